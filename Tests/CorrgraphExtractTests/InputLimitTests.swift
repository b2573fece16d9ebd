import Testing
import CorrgraphRead
@testable import CorrgraphExtract

/// Titles and summaries past the stated limits are read up to a word boundary before the limit, in
/// time bounded per record, and the record says so (issue 13: linear time, nothing cut silently).
@Suite struct InputLimitTests {
    @Test func longTitleAndSummaryAreCutAtAWordAndNoted() {
        // 48 bytes of lead-in, then " and trade" (10 bytes) 20,000 times: 200,048 bytes.
        let title = "Cable from Ivan Petrov to Wang Jianguo, on trade" + String(repeating: " and trade", count: 20_000)
        let summary = String(repeating: "Petrov writes. ", count: 3_000)
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950", title: title, summary: summary)
        let result = RecordExtractor().extract(record)
        // The last space at or before byte 2,000: the words end every 10 bytes from byte 48, so the
        // cut falls at byte 1,998 (48 + 195 × 10), before the space that starts " and trade".
        #expect(result.problems.contains("the title is 200048 bytes long; only its first 1998 bytes were read (the limit is 2000)"))
        // "Petrov writes. " is 15 bytes (45,000 in all): byte 16,000 falls inside "writes." of copy 1,066
        // (which starts at 15,990), so the last space before it is the one after its "Petrov": 15,996.
        #expect(result.problems.contains("the summary is 45000 bytes long; only its first 15996 bytes were read (the limit is 16000)"))
        #expect(result.messages.map { $0.from.map(\.text) + ["→"] + $0.to.map(\.text) } == [["Ivan Petrov", "→", "Wang Jianguo"]])
        // The record keeps its text as read.
        #expect(result.record.title == title)
    }

    @Test func textsWithinTheLimitsAreNotNoted() {
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950",
                                     title: "Cable from Ivan Petrov to Wang Jianguo", summary: "Petrov writes.")
        #expect(RecordExtractor().extract(record).problems.isEmpty)
    }

    @Test func aCutNeverSplitsAMultiByteLetter() {
        // 1,999 ASCII bytes then "Ž" (2 bytes) and no space: the cut backs off to byte 1,999.
        let title = String(repeating: "a", count: 1_999) + "Žukov"
        var problems: [String] = []
        let bounded = RecordExtractor.bounded(title, limit: 2_000, field: "title", problems: &problems)
        #expect(bounded == String(repeating: "a", count: 1_999))
        #expect(problems == ["the title is 2005 bytes long; only its first 1999 bytes were read (the limit is 2000)"])
    }
}
