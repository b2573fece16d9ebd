import Testing
@testable import CorrgraphExtract

/// Title conventions the grammar misread before session 9 (docs/titles.md, "Long initials, lists, messages that
/// recount a talk"). Names are invented; expected acts are worked out by hand from the gold schema.
@Suite struct TitleMissesS9Tests {
    // MARK: 1. An end named by its initials, of any registry length

    /// Short titles of commands joined from syllables, nine letters and more (invented, of the registry's shape).
    static let longInitialEnds = ["COMUSFORK", "CINCXLANDFLT", "COMNAVTORT", "CINCWESTCOM", "DEPCOMSUPLANT", "COMTASKGRUX"]

    @Test func longInitialsAreAnEnd() {
        let short = TitleMissesS8Tests.initialEnds
        let k = Self.longInitialEnds.count
        for (n, a) in Self.longInitialEnds.enumerated() {
            let b = Self.longInitialEnds[(n + 1) % k]
            let s = short[n % short.count]
            for type in ["Cable", "Telegram", "Memo", "Message"] {
                #expect(Acts.of("\(type), \(a) to \(b)") == ["\(a) → \(b)"], "\(type) \(a)")
                #expect(Acts.of("\(type) from \(s) to \(a)") == ["\(s) → \(a)"], "\(type) \(a)")
            }
            #expect(Acts.of("Telegram from \(a) to \(s) [via \(b)]") == ["\(a) → \(s) via \(b)"], "\(a)")
            #expect(Acts.of("Cable, \(a), \(s) and \(b) to Li Wenbo") == ["\(a), \(s), \(b) → Li Wenbo"], "\(a)")
            #expect(Acts.of("Memo, Hans Becker to \(a), re: Saigon") == ["Hans Becker → \(a)"], "\(a)")
        }
    }

    /// Markings of a released copy, a wire's precedence and an editor's label, however long, are no ends; nor is a run of
    /// capitals longer than any short title.
    @Test func longMarkingsAreNoEnds() {
        for marking in ["UNCLASSIFIED", "DECLASSIFIED", "SANITIZED", "CONFIDENTIAL", "IMMEDIATE", "TRANSLATION", "ATTACHMENT",
                        "ENCLOSURE", "OPERATIONAL"] {
            #expect(Acts.of("Telegram from Diego Alvarez to Olga Smirnova, \(marking)") == ["Diego Alvarez → Olga Smirnova"], "\(marking)")
            #expect(NamePhrase.isEndByInitials(marking) == false, "\(marking)")
        }
        #expect(NamePhrase.isEndByInitials("ABCDEFGHIJKLMNOPQ") == false)
        #expect(NamePhrase.isEndByInitials("Comusmacv") == false)
        #expect(Acts.of("Report by COMUSFORK") == [])
    }

    // MARK: 2. A message head followed by the heading of a talk it recounts

    /// `DOC from INSTITUTION, [OFFICE] A's TALK with B` and `DOC, C to D, [OFFICE] A's TALK with B`: the message keeps its
    /// ends (the institution writes to no one stated), and A's talk with B is the record's conversation — every meeting
    /// noun, with and without an office, with ordinals, both apostrophes, and a head with an addressee.
    @Test func aMessageHeadThenATalksHeading() {
        let offices = ["Ambassador", "Counsellor", "First Secretary", "Chargé d'Affaires", ""]
        let embassies = ["Polish Embassy in Hanoi", "Hungarian Embassy in Beijing", "Bulgarian Legation in Cairo"]
        for (n, noun) in Variants.meetingNouns.enumerated() where !["exchange of views", "reception", "audience"].contains(noun) {
            let (a, b, c) = Variants.trio(n)
            let office = offices[n % offices.count]
            let holder = office.isEmpty ? a : "\(office) \(a)"
            let embassy = embassies[n % embassies.count]
            let talk = Variants.cased(noun, n)
            let sides = Variants.sortedPair(a, b)
            for doc in ["Cable", "Telegram", "Ciphergram", "Report"] {
                let acts = Acts.of("\(doc) from the \(embassy), \(holder)'s \(talk) with \(b)")
                #expect(acts.contains(sides), "\(doc) \(noun) \(office)")
                #expect(!acts.contains { $0.hasPrefix(b) || $0.contains("→ \(b)") }, "\(doc) \(noun) \(office)")
            }
            #expect(Acts.of("Cable, \(c) to the Foreign Ministry, \(holder)'s \(talk) with \(b)").contains("\(c) → Foreign Ministry"), "\(noun)")
            #expect(Acts.of("Cable, \(c) to the Foreign Ministry, \(holder)'s Second \(talk) with \(b)").contains(sides), "\(noun)")
        }
        #expect(Acts.of("Cable from the Polish Embassy in Hanoi, Ambassador Jan Nowak's Meeting with Li Wenbo")
            == ["Polish Embassy in Hanoi → ", "{Jan Nowak, Li Wenbo}"])
        #expect(Acts.of("Telegram from Hans Becker to Olga Smirnova, Minister Diego Alvarez's Talks with Park Min-ho")
            == ["Hans Becker → Olga Smirnova", "{Diego Alvarez, Park Min-ho}"])
        #expect(Acts.of("Telegram from Hans Becker to Olga Smirnova, Minister Diego Alvarez' Talks with Park Min-ho")
            .contains("Hans Becker → Olga Smirnova"))
    }

    /// A possessive that heads a document or a visit to a place names no correspondent after the comma either; an office in
    /// apposition without a possessive still describes the name before it.
    @Test func aTalksHeadingNegatives() {
        #expect(Acts.of("Cable from the Polish Embassy in Hanoi, Ambassador Jan Nowak's Visit to Moscow") == ["Polish Embassy in Hanoi → "])
        #expect(Acts.of("Letter from Hans Becker to Li Wenbo, Chairman of the State Planning Committee") == ["Hans Becker → Li Wenbo"])
        #expect(MessageGrammar.headsAPossessedAct("Ambassador Jan Nowak's Meeting with Li Wenbo"))
        #expect(!MessageGrammar.headsAPossessedAct("Ambassador Jan Nowak"))
        #expect(!MessageGrammar.headsAPossessedAct("Li Wenbo's Letter"))
    }
}
