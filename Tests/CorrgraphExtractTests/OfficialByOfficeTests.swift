import CorrgraphTestSupport
import Foundation
import Testing
@testable import CorrgraphExtract

/// Issue 9, generalization of the title grammar: an official named by office alone as a side of a talk or an end of a
/// message, parts of an act before its noun, the bare possessive apostrophe, an office set off before its holder in a
/// bare head, institutions with a grade, families named by a plural surname, grades and complements of posts the
/// lexicon does not know. Names and posts are invented; expected acts are worked out by hand from GOLD-SCHEMA.md
/// (an official named by office alone is "an `O:` id for the office as printed", without its article).
@Suite struct OfficialByOfficeTests {
    /// Offices as catalogues print them: with and without nationality, with a posting after `to` or `in`, diplomatic
    /// ranks of several words.
    static let offices = ["Hungarian Ambassador to the DPRK", "Soviet Ambassador", "Ambassador", "Bulgarian Ambassador in Hanoi",
                          "Polish Chargé d'Affaires", "Czechoslovak Military Attaché", "East German Ambassador to China",
                          "Romanian Counsellor", "Mongolian Minister in Beijing"]

    /// The record nouns and prepositions by which the title names its author before the talk.
    static let authorTemplates = ["Note by the OFFICE on a TALK", "Notes of the OFFICE on a TALK", "Report by the OFFICE on his TALK",
                                  "Record of the OFFICE about the TALK", "Memorandum by the OFFICE on the TALK"]

    static func fill(_ template: String, _ office: String, _ talk: String) -> String {
        template.replacingOccurrences(of: "OFFICE", with: office).replacingOccurrences(of: "TALK", with: talk)
    }

    // MARK: An official named by office alone is a side of the talk

    @Test(arguments: offices)
    func officeAloneAuthorsTheTalk(_ office: String) {
        var n = 0
        for template in Self.authorTemplates {
            for noun in ["Conversation", "Meeting", "Talks", "Interview", "Exchange of Views"] {
                let (_, b, c) = Variants.trio(n)
                let title = Self.fill(template, office, "\(noun) with \(b)")
                #expect(Acts.of(title) == [Variants.sortedPair(office, b)], "\(title)")
                // A list of three on the other side.
                let three = Self.fill(template, office, "\(noun) with \(b) and \(c)")
                #expect(Acts.of(three) == [Variants.sortedPair(office, b, c)], "\(three)")
                n += 1
            }
        }
    }

    @Test func officeAloneAuthorInCapitalsAndWithBrackets() {
        #expect(Acts.of("NOTE BY THE SOVIET AMBASSADOR ON A CONVERSATION WITH PAK CHOL-SU") == ["{Pak Chol-Su, Soviet Ambassador}"])
        #expect(Acts.of("Note by the Soviet Ambassador on a Conversation with [Hans] Becker") == ["{Hans Becker, Soviet Ambassador}"])
    }

    /// No talk, no other side, or an institution as author: no conversation.
    @Test func officeAloneNegatives() {
        #expect(Acts.of("Note by the Hungarian Ambassador to the DPRK on the Harvest") == [])
        #expect(Acts.of("Report by the Soviet Ambassador") == [])
        #expect(Acts.of("Notes of the Polish Chargé d'Affaires on a Conversation") == [])
        #expect(Acts.of("Report by the Soviet Ambassador on his Visit to Moscow") == [])
        #expect(Acts.of("Note by the Hungarian Embassy on a Conversation with Li Wenbo") == [])
    }

    // MARK: An attaché's or chargé's `to`

    /// A ministry, an office or a person after an attaché's or chargé's `to` is the addressee; a country is the posting.
    @Test(arguments: ["Military Attaché", "Air Attaché", "Chargé d'Affaires", "Attaché"])
    func attacheToAMinistryAddressesIt(_ rank: String) {
        for nationality in Variants.nationalities {
            let title = "Report by the \(nationality) \(rank) to the Ministry of National Defence"
            #expect(Acts.of(title) == ["\(nationality) \(rank) → Ministry of National Defence"], "\(title)")
            let posted = "Letter from the \(nationality) \(rank) to China to Li Wenbo"
            #expect(Acts.of(posted) == ["\(nationality) \(rank) to China → Li Wenbo"], "\(posted)")
        }
        #expect(Acts.of("Report by the Czechoslovak \(rank) to China") == [])
    }

    // MARK: The bare possessive apostrophe

    /// `NAME' NOUN with B` after a word ending in `s`: every meeting noun, a person and an office as possessor.
    @Test func barePossessiveApostrophe() {
        var n = 0
        for noun in Variants.meetingNouns {
            let (_, b, _) = Variants.trio(n)
            let w = Variants.cased(noun, n)
            #expect(Acts.of("Record of Tomás Reyes' \(w) with \(b)") == [Variants.sortedPair("Tomás Reyes", b)], "\(w)")
            #expect(Acts.of("The Romanian Chargé d'Affaires' \(w) with \(b)") == [Variants.sortedPair("Romanian Chargé d'Affaires", b)], "\(w)")
            n += 1
        }
        // A plural possessive before no act noun is no act.
        #expect(Acts.of("The Workers' Party Plans") == [])
    }

    // MARK: Parts of an act before its noun

    /// `A's ORDINAL PART of NOUN with B` and `From the Diary of A, PART of the NOUN with B`: every partitive, ordinals.
    @Test(arguments: ["Round of", "Rounds of", "Continuation of the", "Resumption of", "Series of", "Conclusion of the"])
    func partsOfAnActBeforeItsNoun(_ part: String) {
        var n = 0
        for ordinal in ["", "Second ", "Fourth ", "Tenth ", "Last ", "Final "] {
            let (a, b, c) = Variants.trio(n)
            let p = Variants.cased(part, n)
            let possessive = "\(a)'s \(ordinal)\(p) Talks with \(b)"
            #expect(Acts.of(possessive) == [Variants.sortedPair(a, b)], "\(possessive)")
            let diary = "From the Diary of \(c), \(ordinal)\(p) Conversation with \(b)"
            #expect(Acts.of(diary) == [Variants.sortedPair(c, b)], "\(diary)")
            let between = "\(ordinal)\(p) Meeting between \(a), \(b), and \(c)"
            #expect(Acts.of(between) == [Variants.sortedPair(a, b, c)], "\(between)")
            n += 1
        }
    }

    @Test func partsOfAnActNegatives() {
        #expect(Acts.of("Tenth Round of Talks on Trade") == [])
        #expect(Acts.of("Summary of the Second Round of Talks") == [])
        #expect(Acts.of("Li Wenbo's Round of Visits to the Provinces") == [])
        #expect(Acts.of("Diary of Sergei Volkov, Continuation of the Report on the Harvest") == [])
    }

    // MARK: An office set off before its holder in a bare head

    static let appositionOffices = ["Minister of Culture", "Foreign Minister of Xlandia", "Chairman of the State Planning Committee",
                                    "Ambassador of Hungary", "Secretary General of the Port Authority"]

    /// `The OFFICE, NAME, to B`: the holder writes; lists of three at the far end.
    @Test(arguments: appositionOffices)
    func officeBeforeHolderInABareHead(_ office: String) {
        var n = 0
        for (a, b, c) in (0..<4).map(Variants.trio) {
            let title = "The \(office), \(a), to \(b)"
            #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
            let three = "The \(office), \(a), to \(b), \(c), and Kwame Mensah"
            #expect(Acts.of(three) == ["\(a) → \(b), \(c), Kwame Mensah"], "\(three)")
            n += 1
        }
    }

    // MARK: An institution with its grade

    /// `[The] Consulate General at PLACE (Signer) to B`: the consulate and its signer; `Consul General` is an office.
    @Test(arguments: ["Port Vell", "Shenyang", "Istanbul", "Harbin"])
    func institutionWithItsGrade(_ place: String) {
        for (article, open, close) in [("", "(", ")"), ("The ", "(", ")"), ("The ", "[", "]")] {
            let title = "\(article)Consulate General at \(place) \(open)Okonkwo\(close) to the Secretary of State"
            #expect(Acts.of(title) == ["Consulate General at \(place), Okonkwo → Secretary of State"], "\(title)")
        }
        #expect(Acts.of("The Consul General at \(place) (Okonkwo) to the Secretary of State") == ["Okonkwo → Secretary of State"])
    }

    // MARK: A family named by a plural surname

    @Test(arguments: ["Vogels", "Petrovs", "Haddads", "Tanakas"])
    func familyNamedByAPluralSurname(_ family: String) {
        #expect(Acts.of("Letter from the \(family) to Li Wenbo") == [" → Li Wenbo"])
        #expect(Acts.of("Conversation between Li Wenbo and the \(family)") == [])
    }

    @Test func surnamesEndingInSStayPeople() {
        #expect(Acts.of("Letter from Hans Adams to Li Wenbo") == ["Hans Adams → Li Wenbo"])
        #expect(Acts.of("Letter from Mr. Reyes to Li Wenbo") == ["Reyes → Li Wenbo"])
    }

    // MARK: Posts the lexicon does not know, without a holder

    /// `the GRADE POST`: every grade before a post noun the lexicon does not know; without the article, a name.
    @Test(arguments: ["Acting", "Deputy", "Assistant", "Vice", "Associate", "Executive", "Principal", "Senior", "Chief"])
    func gradeBeforeAnUnknownPost(_ grade: String) {
        #expect(Acts.of("Letter from the \(grade) Harbourmaster to Li Wenbo") == ["\(grade) Harbourmaster → Li Wenbo"])
        #expect(Acts.of("Cable, Park Min-ho to the \(grade) Wardmote [via Li Wenbo]") == ["Park Min-ho → \(grade) Wardmote via Li Wenbo"])
    }

    @Test func unknownPostWithItsComplement() {
        #expect(Acts.of("The Keeper of the Northern Archive to the Secretary of State") == ["Keeper of the Northern Archive → Secretary of State"])
        #expect(Acts.of("Letter from the Keeper of the Northern Archive to Li Wenbo") == ["Keeper of the Northern Archive → Li Wenbo"])
        #expect(Acts.of("Letter from Deputy Ivanov to Li Wenbo") == ["Ivanov → Li Wenbo"])
    }

    // MARK: A described post with its holder among the sides of a talk

    @Test(arguments: ["Harbourmaster, Eastern Roads", "Drovalka Mentessir, Quellan Forde", "President's Principal Scrivener"])
    func describedPostWithHolderInATalk(_ post: String) {
        #expect(Acts.of("Memorandum of Conversation between the \(post) (Okafor) and Li Wenbo") == ["{Li Wenbo, Okafor}"])
        #expect(Acts.of("Memorandum of Conversation between Li Wenbo and the \(post) (Okafor)") == ["{Li Wenbo, Okafor}"])
    }
}
