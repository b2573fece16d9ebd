import Testing
@testable import CorrgraphRead

/// The same record in two files counts once; alike records within one file are two documents.
@Suite struct DuplicateRecordsTests {
    static func record(_ source: String, _ line: Int, _ title: String, date: String = "May 1, 1950", summary: String = "") -> CatalogueRecord {
        CatalogueRecord(id: "\(source)#\(line)", source: source, line: line, date: date, title: title, summary: summary)
    }

    @Test func aPageSavedTwiceCountsOnce() {
        let a = [Self.record("a.txt", 1, "Cable, A to B"), Self.record("a.txt", 5, "Cable, B to A")]
        let b = [Self.record("b.txt", 1, "Cable, A to B"), Self.record("b.txt", 5, "Cable, B  to A")]
        let result = DuplicateRecords.removing(from: a + b)
        #expect(result.kept.map(\.id) == ["a.txt#1", "a.txt#5"])
        #expect(result.duplicates == 2)
    }

    @Test func alikeRecordsInOneFileAreKept() {
        let records = [Self.record("a.txt", 1, "Cable, A to B"), Self.record("a.txt", 5, "Cable, A to B")]
        #expect(DuplicateRecords.removing(from: records).kept.count == 2)
    }

    @Test(arguments: [("May 2, 1950", "Cable, A to B", ""), ("May 1, 1950", "Cable, A to C", ""), ("May 1, 1950", "Cable, A to B", "A summary.")])
    func aDifferentDateTitleOrSummaryIsAnotherDocument(date: String, title: String, summary: String) {
        let records = [Self.record("a.txt", 1, "Cable, A to B"), Self.record("b.txt", 1, title, date: date, summary: summary)]
        #expect(DuplicateRecords.removing(from: records).duplicates == 0)
    }
}
