import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// `DOCWORD by A on|about|concerning|regarding SUBJECT`: the subject runs to the end of the head, and a `to` inside it
/// (a delegation, mission, visit, trip, journey or deputation to a place or a person) names no addressee; an addressee
/// stands before the subject. After a document word and a colon, a phrase whose first end is a subject noun (`Soviet Aid
/// to X`) names no correspondent. Names and places are invented; expectations are worked out by hand from the gold schema
/// (a memorandum, report or note with no addressee is no message; a cable with none is its author's message).
@Suite struct SubjectBoundaryTests {
    static let addresslessDocuments = ["Memorandum", "Report", "Note", "Top Secret Memorandum"]
    static let authors = ["Nako Dovski", "Li Wenbo", "Park Min-ho", "Heinrich Vogel", "Ahmed Haddad", "José Fernández",
                          "Yuki Tanaka", "the Deputy Foreign Minister", "the Ambassador in Xlandia", "Comrade Oleg Sidorov"]
    static let authorDisplay = ["Nako Dovski", "Li Wenbo", "Park Min-ho", "Heinrich Vogel", "Ahmed Haddad", "José Fernández",
                                "Yuki Tanaka", "Deputy Foreign Minister", "Ambassador in Xlandia", "Oleg Sidorov"]
    static let openers = ["on", "about", "concerning", "regarding"]
    static let subjects = ["the Visit of a Delegation", "the Delegation", "the Mission", "the Trip", "the Journey of the Deputation",
                           "the Deputation", "the Visit of the Trade Delegation", "the Trip of the Parliamentary Delegation"]
    static let destinations = ["Tortan", "Xlandia", "Port Vell", "China", "Moscow", "Kim Young-sam", "Chairman Wang Jianguo"]

    @Test(arguments: addresslessDocuments)
    func aToInsideTheSubjectNamesNoAddressee(document: String) {
        for author in Self.authors {
            for opener in Self.openers {
                for subject in Self.subjects {
                    for destination in Self.destinations {
                        let title = "\(document) by \(author) \(opener) \(subject) to \(destination)"
                        #expect(Acts.of(title) == [], "\(title)")
                    }
                }
            }
        }
    }

    @Test func inCapitals() {
        #expect(Acts.of("MEMORANDUM BY NAKO DOVSKI ON THE VISIT OF A DELEGATION TO TORTAN") == [])
        #expect(Acts.of("REPORT BY LI WENBO CONCERNING THE MISSION TO XLANDIA") == [])
    }

    @Test func anAddresseeBeforeTheSubjectIsKept() {
        for (index, author) in Self.authors.enumerated() {
            for opener in Self.openers {
                for subject in Self.subjects {
                    for document in ["Memorandum", "Report", "Note", "Letter"] {
                        let title = "\(document) by \(author) to Kwame Mensah \(opener) \(subject) to Tortan"
                        #expect(Acts.of(title) == ["\(Self.authorDisplay[index]) → Kwame Mensah"], "\(title)")
                    }
                    let letter = "Letter from \(author) to Dmitri Sokolov \(opener) \(subject) to Tortan"
                    #expect(Acts.of(letter) == ["\(Self.authorDisplay[index]) → Dmitri Sokolov"], "\(letter)")
                }
            }
        }
    }

    @Test func aCableWithTheSubjectIsItsAuthorsMessage() {
        for opener in Self.openers {
            #expect(Acts.of("Cable by Yuki Tanaka \(opener) the Visit of a Delegation to Tortan") == ["Yuki Tanaka → "])
        }
    }

    @Test func aReportedConversationKeepsItsParticipants() {
        #expect(Acts.of("Note by Nako Dovski on his Conversation with Li Wenbo") == ["{Li Wenbo, Nako Dovski}"])
        #expect(Acts.of("Report by Ahmed Haddad on his Visit to Kim Young-sam") == ["{Ahmed Haddad, Kim Young-sam}"])
    }

    @Test func aBodyNamedByItsSubjectStillWrites() {
        // `on` after a body's head word continues its name: the `to` after it still addresses the Assembly.
        let acts = Acts.of("Report by the Committee on Foreign Relations to the Assembly")
        #expect(acts.count == 1 && acts.first?.hasSuffix("→ Assembly") == true, "\(acts)")
    }

    @Test(arguments: MessageGrammar.subjectHeadNouns.sorted())
    func aSubjectAfterAColonNamesNoCorrespondent(noun: String) {
        let display = noun.prefix(1).uppercased() + noun.dropFirst()
        for document in ["Intelligence Memorandum", "Memorandum", "Report", "Intelligence Report", "Note"] {
            for qualifier in ["Soviet", "Chinese", "Xlandian", "Economic", "Military"] {
                for destination in ["Xlandia", "Tortan", "the DPRK", "Ruritania"] {
                    let title = "\(document): \(qualifier) \(display) to \(destination)"
                    #expect(Acts.of(title) == [], "\(title)")
                }
            }
        }
    }

    @Test func correspondentsAfterAColonAreKept() {
        #expect(Acts.of("Intelligence Memorandum: Li Wenbo to Kwame Mensah") == ["Li Wenbo → Kwame Mensah"])
        #expect(Acts.of("Memorandum: the Ambassador in Xlandia to the Foreign Minister") == ["Ambassador in Xlandia → Foreign Minister"])
    }
}
