import CorrgraphRead
import Testing

@Suite struct DateLineTests {
    @Test(arguments: [
        ("May 7, 1968", "1968-05-07", "1968-05-07"),
        ("May 07, 1968", "1968-05-07", "1968-05-07"),
        ("7 May 1968", "1968-05-07", "1968-05-07"),
        ("March 1950", "1950-03-01", "1950-03-31"),
        ("August, 1962", "1962-08-01", "1962-08-31"),
        ("February 1952", "1952-02-01", "1952-02-29"),
        ("1955", "1955-01-01", "1955-12-31"),
        ("1949-1950", "1949-01-01", "1950-12-31"),
        ("1950-06-25", "1950-06-25", "1950-06-25"),
    ])
    func intervals(line: String, start: String, end: String) throws {
        guard case .dated(let range)? = DateLine.parse(line) else {
            Issue.record("\(line) not read")
            return
        }
        #expect(range.start.description == start)
        #expect(range.end.description == end)
    }

    @Test func undatedAndNonDates() {
        #expect(DateLine.parse("Undated") == .undated)
        #expect(DateLine.parse("Cable, Mao to Stalin") == nil)
        #expect(DateLine.parse("February 30, 1950") == nil)
    }
}
