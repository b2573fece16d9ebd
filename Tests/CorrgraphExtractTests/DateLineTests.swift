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
        // FRUS headings: place first, time of day last.
        ("Washington, January 14, 1965", "1965-01-14", "1965-01-14"),
        ("Saigon, August 24, 1963, 4 p.m.", "1963-08-24", "1963-08-24"),
        ("Beijing, July 9, 1971, 4:35-11:20 p.m.", "1971-07-09", "1971-07-09"),
        ("New York, December 2, 1961, 10:45 a.m.", "1961-12-02", "1961-12-02"),
        // Day ranges, European and Roman numerals, editors' brackets.
        ("March 3-5, 1969", "1969-03-03", "1969-03-05"),
        ("March 30 - April 2, 1969", "1969-03-30", "1969-04-02"),
        ("17.3.1959", "1959-03-17", "1959-03-17"),
        ("1 VI 1950", "1950-06-01", "1950-06-01"),
        ("[1958]", "1958-01-01", "1958-12-31"),
        ("1958?", "1958-01-01", "1958-12-31"),
        // Parts of a year or month.
        ("Spring 1967", "1967-03-01", "1967-05-31"),
        ("Late 1962", "1962-09-01", "1962-12-31"),
        ("mid-1962", "1962-05-01", "1962-08-31"),
        ("the first half of 1956", "1956-01-01", "1956-06-30"),
        ("early March 1950", "1950-03-01", "1950-03-10"),
        ("late February 1952", "1952-02-21", "1952-02-29"),
        // Other languages, orders and hedges.
        ("14. Juni 1870", "1870-06-14", "1870-06-14"),
        ("12 décembre 1866", "1866-12-12", "1866-12-12"),
        ("Arles, on or about Sunday, 9 September 1888", "1888-09-09", "1888-09-09"),
        ("1945 Feb 10", "1945-02-10", "1945-02-10"),
        ("3/14/1950", "1950-03-14", "1950-03-14"),
        ("14/03/1950", "1950-03-14", "1950-03-14"),
        ("1949-03-14/1949-03-20", "1949-03-14", "1949-03-20"),
        ("March 1950 - April 1950", "1950-03-01", "1950-04-30"),
        ("1940s", "1940-01-01", "1949-12-31"),
        ("between 1949 and 1950", "1949-01-01", "1950-12-31"),
        // Cable headings and editions.
        ("Washington, April 7, 1972, 1707Z.", "1972-04-07", "1972-04-07"),
        ("Sent on March 29, 1945", "1945-03-29", "1945-03-29"),
        ("Philadelphia, July 3d, 1776", "1776-07-03", "1776-07-03"),
        ("[30 or 31 August 1831]", "1831-08-30", "1831-08-31"),
        ("The Hague, Sunday, 8 or Monday, 9 January 1882", "1882-01-08", "1882-01-09"),
        // Letter headings: a longer address, a place with no comma, an editor's brackets.
        ("Head Quarters, New York, July 9th 1776", "1776-07-09", "1776-07-09"),
        ("Ministry of Defence, 22 October 1962", "1962-10-22", "1962-10-22"),
        ("Paris Dec. 20. 1787", "1787-12-20", "1787-12-20"),
        ("[Berlin,] 28 November 1915", "1915-11-28", "1915-11-28"),
        ("[Bern, 18 or 25 May 1905]", "1905-05-18", "1905-05-25"),
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
        #expect(DateLine.parse("[Undated]") == .undated)
        // A document type before a date is a title, not a place heading.
        #expect(DateLine.parse("Cable, March 1950") == nil)
        #expect(DateLine.parse("Moscow, Cable to Mao") == nil)
        #expect(DateLine.parse("On the Korean Question") == nil)
        #expect(DateLine.parse("Between Stalin and Mao") == nil)
        #expect(DateLine.parse("13/14/1950") == nil)
        #expect(DateLine.parse("1/1/0000") == nil)
        #expect(DateLine.parse("0000s") == nil)
        #expect(DateLine.parse("Washington, undated.") == .undated)
        #expect(DateLine.parse("Mao Zedong and Stalin") == nil)
    }

    /// The byte pre-check lets through every line that needs a year (four digits, also split by an
    /// editor's brackets) or an undated word, and rules out numbered titles without one.
    @Test func preCheckBoundaries() throws {
        #expect(DateLine.parse("Ciphered Telegram No. 50333, Ivanov to Wang Jun") == nil)
        #expect(DateLine.parse("Letter No. 12 from Kim Yong-su to Hans Weber") == nil)
        #expect(DateLine.parse("Lisbon, n. d., 4 p.m.") == .undated)
        guard case .dated(let range)? = DateLine.parse("[19]58") else { Issue.record("[19]58 is a year"); return }
        #expect(range.start.description == "1958-01-01")
        #expect(range.end.description == "1958-12-31")
        guard case .dated(let decade)? = DateLine.parse("1940s") else { Issue.record("1940s is a decade"); return }
        #expect(decade.end.description == "1949-12-31")
    }
}
