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
}
