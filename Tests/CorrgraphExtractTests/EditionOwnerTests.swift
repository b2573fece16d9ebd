import CorrgraphTestSupport
import Testing
import CorrgraphRead
import CorrgraphResolve
@testable import CorrgraphExtract

/// `--papers-of`: in an edition of one person's papers, that person stands at the end a heading leaves
/// open. Expected acts worked out by hand; the names are invented.
@Suite struct EditionOwnerTests {
    static let headings: [(title: String, owned: [String], plain: [String])] = [
        ("To Ruslan Akhmetov", ["Henrietta Vogel → Ruslan Akhmetov"], [" → Ruslan Akhmetov"]),
        ("From Mei Lin Zhou", ["Mei Lin Zhou → Henrietta Vogel"], ["Mei Lin Zhou → "]),
        ("Conversation with Jorge Ibáñez", ["{Henrietta Vogel, Jorge Ibáñez}"], []),
        // Both ends printed: read as they stand.
        ("From Henrietta Vogel to Paul Vogel", ["Henrietta Vogel → Paul Vogel"], ["Henrietta Vogel → Paul Vogel"]),
        ("From Kwame Mensah to Ruslan Akhmetov", ["Kwame Mensah → Ruslan Akhmetov"], ["Kwame Mensah → Ruslan Akhmetov"]),
        // The owner already at the one named end: no second owner.
        ("To Henrietta Vogel", [" → Henrietta Vogel"], [" → Henrietta Vogel"]),
        // No correspondence: nothing to complete.
        ("Lecture on the Theory of Heat", [], []),
    ]

    static func acts(_ title: String, owner: String?) -> [String] {
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1911", title: title, summary: "")
        let extracted = CorpusExtractor(papersOf: owner.flatMap(EditionOwner.init)).extract([record])
        let corpus = NameResolver().resolve(extracted)
        return Acts.describe(corpus.records[0], in: corpus)
    }

    @Test(arguments: headings.indices)
    func headingInThePapersOfSomeone(index: Int) {
        let h = Self.headings[index]
        #expect(Self.acts(h.title, owner: "Henrietta Vogel") == h.owned)
    }

    @Test(arguments: headings.indices)
    func sameHeadingWithoutAnOwner(index: Int) {
        let h = Self.headings[index]
        #expect(Self.acts(h.title, owner: nil) == h.plain)
    }

    @Test func blankOwnerIsNoOwner() {
        #expect(EditionOwner("  ") == nil)
    }
}
