import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Title and name conventions of session 8b (docs/titles.md, "Colons, one-word holders, peoples' bodies"). Names are
/// invented (Russian, Chinese, Vietnamese, Korean, German, Arabic, Spanish); expected acts are worked out by hand from
/// GOLD-SCHEMA.md.
@Suite struct TitleHeadsS8bTests {
    // MARK: 1. A name never runs across a colon

    /// Three-part names of several cultures, each then followed by a surname after the colon.
    static let threePartNames = ["Hoang Van Minh", "Nguyen Thi Lan", "Kim Jong Su", "Park Chung Ho", "Li Wen Bo",
                                 "Ahmad Hassan Karimi", "Maria Lopez Garcia"]
    static let senders = ["Belyaev", "Schulz", "Tanaka", "Haddad", "Morales"]
    static let goBetweens = ["Smirnov", "Weber", "Yamada", "Nasser", "Ortega"]

    /// "Cable, A to C" + "Telegram from A to B: A thanks …": B is the final recipient via C, and neither end takes
    /// the surname after the colon.
    @Test func aRestatedAddresseeEndsAtTheColon() {
        for (n, final) in Self.threePartNames.enumerated() {
            let a = Self.senders[n % Self.senders.count], c = Self.goBetweens[n % Self.goBetweens.count]
            let summary = "Telegram from \(a) to \(final): \(a) thanks \(final.split(separator: " ")[0]) for the gifts."
            #expect(Acts.of("Cable, \(a) to \(c)", summary: summary) == ["\(a) → \(final) via \(c)"], "\(final)")
        }
    }

    /// A colon after the addressee in a title opens a subtitle: not part of the name.
    @Test func aColonInATitleEndsTheAddressee() {
        for (n, b) in Self.threePartNames.enumerated() {
            let a = Self.senders[n % Self.senders.count]
            #expect(Acts.of("Letter from \(a) to \(b): Proposals for Talks") == ["\(a) → \(b)"], "\(b)")
            #expect(Acts.of("Letter from \(a) to \(b): \(a) Proposes a Meeting") == ["\(a) → \(b)"], "\(b)")
        }
        #expect(NamePhrase.parse("Li Wenbo: Belyaev").map(\.text) == ["Li Wenbo"])
        #expect(NamePhrase.parse("Kim Jong Su, Park Chung Ho and Li Wen Bo: Notes").map(\.text) == ["Kim Jong Su", "Park Chung Ho", "Li Wen Bo"])
    }

    /// A colon that ends nothing: between digits, inside brackets, or after a label that names no one.
    @Test func aColonThatEndsNoName() {
        #expect(NamePhrase.beforeColon("Kim Jong Su at 10:30") == nil)
        #expect(NamePhrase.beforeColon("Belyaev [note: Smirnov]") == nil)
        #expect(NamePhrase.parse("Hoang Van Minh").map(\.text) == ["Hoang Van Minh"])
        #expect(NamePhrase.parse("Schulz and Weber").map(\.text) == ["Schulz", "Weber"])
    }
}
