import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Heading conventions of documentary archives read in session 9 (docs/letter-editions.md, "Heads of other documentary
/// archives"): a Dominion document word and its number after a full stop, `DOCUMENT by A for B`, a routing `Memorandum
/// for B` without routing lines, a CIA office with its directorate in parentheses, a circular to an unnamed part of a
/// class, and an English `an` that is no German preposition. Names, posts and places are invented; each expectation is
/// worked out by hand from the gold schema.
@Suite struct ArchiveHeadsS9Tests {
    // MARK: A document word and its number after a full stop

    static let dominionEnds: [(head: String, reads: String)] = [
        ("Secretary of State for External Affairs to Ambassador in United States",
         "Secretary of State for External Affairs → Ambassador in United States"),
        ("High Commissioner in United Kingdom to Secretary of State for External Affairs",
         "High Commissioner in United Kingdom → Secretary of State for External Affairs"),
        ("Prime Minister to High Commissioner in Xlandia", "Prime Minister → High Commissioner in Xlandia"),
        ("Minister in Ruritania to Secretary of State for External Affairs",
         "Minister in Ruritania → Secretary of State for External Affairs"),
        ("Kwame Mensah to Li Wenbo", "Kwame Mensah → Li Wenbo"),
    ]
    static let documentWords = ["Telegram", "Despatch", "Dispatch", "Letter", "Cablegram", "Savingram", "Teletype",
                                "Circular Telegram", "Secret Despatch", "Most Secret Cablegram", "Memorandum"]
    static let registryNumbers = ["EX-1402", "611", "No. 12", "WA-88", "D. 1265", "45/3", "D.1265"]

    @Test(arguments: documentWords)
    func documentNumberAfterFullStop(word: String) {
        for (head, reads) in Self.dominionEnds {
            for number in Self.registryNumbers {
                for closing in ["", ".", ". Top Secret", ". Immediate", ". Secret."] {
                    let title = "\(head). \(word) \(number)\(closing)"
                    #expect(Acts.of(title) == [reads], "\(title)")
                }
                // The comma the edition also prints, as before.
                let comma = "\(head), \(word) \(number)"
                #expect(Acts.of(comma) == [reads], "\(comma)")
            }
        }
    }

    @Test func documentWordAndNumberShapes() {
        for tail in ["Telegram EX-1402", "Despatch 611.", "Letter No. 12", "Circular Telegram D. 1265", "Savingram 45",
                     "Secret Despatch A-45"] {
            #expect(ArchiveHeads.isDocumentWordAndNumber(tail[...]), "\(tail)")
        }
        for tail in ["Telegram", "Report on Trade", "Telegram 12 May", "Becker 45", "Smith", "Telegram from Becker",
                     "Despatch on the Harvest 1957", "letter 12"] {
            #expect(!ArchiveHeads.isDocumentWordAndNumber(tail[...]), "\(tail)")
        }
    }

    // MARK: `DOCUMENT by A for B`

    static let forAuthors: [(printed: String, reads: String)] = [
        ("Siobhán Ní Bhriain", "Siobhán Ní Bhriain"), ("Li Wenbo", "Li Wenbo"), ("Kwame Mensah", "Kwame Mensah"),
        ("the Department of Finance", "Department of Finance"), ("the Minister for Agriculture", "Minister for Agriculture"),
        ("the Secretary of State for Dominion Affairs", "Secretary of State for Dominion Affairs"),
    ]
    static let forAddressees: [(printed: String, reads: String)] = [
        ("the Minister for External Affairs", "Minister for External Affairs"), ("Prime Minister", "Prime Minister"),
        ("the Government", "Government"), ("Hans Becker", "Hans Becker"), ("the Taoiseach", "Taoiseach"),
        ("the Secretary of State for External Affairs", "Secretary of State for External Affairs"),
    ]

    @Test(arguments: ["Memorandum", "Note", "Minute", "Report", "Letter", "Confidential Memorandum"])
    func authorForAddressee(word: String) {
        for (author, sender) in Self.forAuthors {
            for (printed, recipient) in Self.forAddressees where !(sender.hasPrefix("Secretary of State") && recipient == "Taoiseach") {
                // (A body's own `on`, `the Government on …`, is read as the body's name: the subject there is left out.)
                for subject in ["", ", 3 May 1949", " regarding the Fisheries"] + (recipient == "Government" ? [] : [" on the Trade Negotiations"]) {
                    let title = "\(word) by \(author) for \(printed)\(subject)"
                    #expect(Acts.of(title) == ["\(sender) → \(recipient)"], "\(title)")
                }
            }
        }
    }

    @Test func forThatNamesNoAddressee() {
        for title in ["Memorandum by Li Wenbo for the Record", "Memorandum by Li Wenbo for Discussion",
                      "Memorandum by the Secretary of State for the Colonies",
                      "Memorandum by the Secretary of State for the Home Department", "Memorandum by the Minister for Finance",
                      "Note by Li Wenbo for the Meeting of the Cabinet", "Memorandum by Li Wenbo for the Period January to March",
                      "Report by Li Wenbo for 1957", "Memorandum by Kwame Mensah for the Files",
                      "Memorandum by the Committee for State Security"] {
            #expect(Acts.of(title).isEmpty, "\(title)")
        }
    }

    @Test func routingMemorandumWithoutRoutingLines() {
        let cases: [(String, [String])] = [
            ("Memorandum for the Taoiseach", [" → Taoiseach"]),
            ("Memorandum for Prime Minister", [" → Prime Minister"]),
            ("Memorandum for the Minister for External Affairs", [" → Minister for External Affairs"]),
            ("Memorandum for the Government by the Department of Finance", ["Department of Finance → Government"]),
            ("Memorandum for Hans Becker from Li Wenbo", ["Li Wenbo → Hans Becker"]),
            ("Memorandum for the Record", []),
            ("Memorandum for the Files", []),
            ("Memorandum for Discussion", []),
        ]
        for (title, acts) in cases {
            #expect(Acts.of(title) == acts, "\(title)")
        }
    }

    // MARK: A directorate in parentheses

    static let agencyOffices = ["Deputy Director", "Assistant Director", "Assistant Deputy Director"]
    static let directorates = ["Plans", "Intelligence", "Support", "Science and Technology", "Operations", "Administration"]

    @Test(arguments: directorates)
    func directorateInParentheses(function: String) {
        for office in Self.agencyOffices {
            let routed = "MEMORANDUM FOR: \(office) (\(function)); FROM: Chief, Far East Division; SUBJECT: Agent Reports"
            #expect(Acts.of(routed) == ["Chief, Far East Division → \(office) (\(function))"], "\(routed)")
            let frus = "Memorandum From the \(office) (\(function)) to the Director of Central Intelligence"
            #expect(Acts.of(frus) == ["\(office) (\(function)) → Director of Central Intelligence"], "\(frus)")
            let held = "Memorandum From the \(office) (\(function)) of the Central Intelligence Agency (Nakagawa) to the Director of Central Intelligence (Okonkwo)"
            #expect(Acts.of(held) == ["Nakagawa → Okonkwo"], "\(held)")
            let addressed = "Memorandum From the Director of Central Intelligence (Okonkwo) to the \(office) (\(function))"
            #expect(Acts.of(addressed) == ["Okonkwo → \(office) (\(function))"], "\(addressed)")
        }
    }

    @Test func parenthesesThatHoldNoDirectorate() {
        #expect(OfficeHeads.isDirectorateInParentheses("Science and Technology"))
        for inside in ["Lindqvist", "Park Min-ho", "and", "Plans Okafor", "plans", "1954", "Xlandia"] {
            #expect(!OfficeHeads.isDirectorateInParentheses(inside), "\(inside)")
        }
        // A holder stays a holder.
        #expect(Acts.of("Memorandum From the Deputy Director (Lindqvist) to the Director of Central Intelligence")
                == ["Lindqvist → Director of Central Intelligence"])
    }

    // MARK: A circular to an unnamed part of a class

    @Test(arguments: ["Certain", "Selected", "Various", "Some", "certain"])
    func circularToUnnamedPosts(quantifier: String) {
        for noun in ["Diplomatic Missions", "Diplomatic Posts", "American Diplomatic and Consular Officers", "Missions in Europe",
                     "Posts"] {
            for word in ["Circular Telegram", "Circular Airgram", "Telegram"] {
                let title = "\(word) From the Department of State to \(quantifier) \(noun)"
                #expect(Acts.of(title) == ["Department of State → "], "\(title)")
            }
        }
        // The whole class is named: its addressee as printed.
        #expect(Acts.of("Circular Telegram From the Department of State to All Diplomatic Missions")
                == ["Department of State → All Diplomatic Missions"])
    }

    // MARK: A delegation at its seat in a bare head

    @Test func delegationAtItsSeatInABareHead() {
        for sender in ["Department of External Affairs", "Secretary of State for External Affairs", "Harland"] {
            for nationality in ["Australian", "Canadian", "Irish"] {
                for seat in ["United Nations, New York", "General Assembly, Paris", "United Nations"] {
                    let delegation = "\(nationality) Delegation, \(seat)"
                    for trailer in ["", ". Cablegram 1234", ". Telegram 56"] {
                        let title = "\(sender) to \(delegation)\(trailer)"
                        #expect(Acts.of(title) == ["\(sender) → \(delegation)"], "\(title)")
                    }
                    let reverse = "\(delegation), to \(sender)"
                    #expect(Acts.of(reverse) == ["\(delegation) → \(sender)"], "\(reverse)")
                }
                // A city alone after the delegation is where it sits: the end is the delegation.
                for city in ["Geneva", "New York", "Paris"] {
                    let title = "\(sender) to \(nationality) Delegation, \(city)"
                    #expect(Acts.of(title) == ["\(sender) → \(nationality) Delegation"], "\(title)")
                }
            }
        }
    }

    // MARK: `on the` after an office's domain

    @Test func subjectAfterAnOfficesDomain() {
        let offices = ["the Minister for External Affairs", "the Minister of Foreign Affairs", "the Secretary of State for Foreign Affairs",
                       "the Minister for Finance"]
        for office in offices {
            let reads = String(office.dropFirst(4))
            for subject in [" on the Council of Europe", " on the Trade Agreement with Xlandia"] {
                for head in ["Letter from Li Wenbo to \(office)", "Memorandum by Siobhán Ní Bhriain for \(office)",
                             "Telegram from Kwame Mensah to \(office)"] {
                    let title = head + subject
                    let sender = head.hasPrefix("Letter") ? "Li Wenbo" : head.hasPrefix("Memorandum") ? "Siobhán Ní Bhriain" : "Kwame Mensah"
                    #expect(Acts.of(title) == ["\(sender) → \(reads)"], "\(title)")
                }
            }
        }
        // An office's own `on` after its head noun stays part of the office.
        #expect(Acts.of("The Secretary of State to the Representative on the Commission for Xlandia (Okonkwo)")
                == ["Secretary of State → Okonkwo"])
    }

    // MARK: Abbreviated records, an agency's routing line, marks after a full stop

    @Test(arguments: ["Telcon", "Memcon", "Telecon"])
    func abbreviatedRecordOfATalk(word: String) {
        for (sides, reads) in [("between Secretary Ortega and Ambassador Volkonov", "{Ortega, Volkonov}"),
                               ("between Li Wenbo and Park Min-ho, 3 May 1970", "{Li Wenbo, Park Min-ho}"),
                               ("with Ahmed Haddad", nil)] {
            let title = "\(word) \(sides)"
            #expect(Acts.of(title) == (reads.map { [$0] } ?? []), "\(title)")
        }
        // Only an opening abbreviation: a word that merely begins so is no record.
        #expect(ArchiveHeads.expandingRecordAbbreviation("Telconia to Ruritania") == nil)
        #expect(ArchiveHeads.expandingRecordAbbreviation("Memcons") == nil)
    }

    @Test func agencyBeforeRoutingMemorandum() {
        for agency in ["National Security Council", "Central Intelligence Agency", "Department of State"] {
            for (addressee, reads) in [("the President", "President"), ("the Secretary of Defense", "Secretary of Defense")] {
                let title = "\(agency) Memorandum for \(addressee) from Henry Walcott, \"Options for Laos,\" 3 May 1970, Top Secret"
                #expect(Acts.of(title) == ["Henry Walcott → \(reads)"], "\(title)")
            }
        }
    }

    @Test func marksAfterAFullStop() {
        for marks in ["Personal and Confidential", "Top Secret", "Confidential", "Immediate"] {
            for (head, reads) in [("Letter from Mr. Penhale to Sir R. Ashworth", "Penhale → R. Ashworth"),
                                  ("Li Wenbo to Hans Becker", "Li Wenbo → Hans Becker")] {
                let title = "\(head). \(marks)"
                #expect(Acts.of(title) == [reads], "\(title)")
            }
        }
        #expect(ArchiveHeads.closesName("to Mr. Penhale."))
        #expect(!ArchiveHeads.closesName("to Sir R."))
        #expect(!ArchiveHeads.closesName("to the Hon."))
        #expect(ArchiveHeads.isDocumentWordAndNumber("Circular Document B-12"[...]))
    }

    // MARK: English `an`

    @Test func englishArticleIsNoGermanPreposition() {
        for noun in ["Translation", "Summary", "Text", "Digest"] {
            for document in ["Editorial", "Article", "Commentary", "Interview"] {
                for periodical in ["", " in Nhan Dan", " in the Daily Worker", " in Rodong Sinmun"] {
                    let title = "\(noun) of an \(document)\(periodical)"
                    #expect(Acts.of(title).isEmpty, "\(title)")
                }
            }
        }
        #expect(Acts.of("Margarethe Vollrath an Konrad Hellwig") == ["Margarethe Vollrath → Konrad Hellwig"])
    }
}
