import Foundation
import Testing
import CorrgraphTestSupport
@testable import CorrgraphRead

/// Hostile inputs (issue 13): each reader reads them in time linear in their size and accounts for every
/// record, or fails with an error naming the file and the line. The inputs are generated here; their sizes
/// are the issue's unless a comment says why a smaller one shows the same (each test finishes in seconds in
/// a debug build; speed targets are for the benchmarks). docs/limits.md states the limits tested here.
@Suite struct HostileInputTests {
    /// A title of names from several naming cultures, the same one each time.
    static let title = "Letter from Ivan Petrov to Wang Jianguo"

    // MARK: - Listing text

    @Test func aHundredMegabyteLineIsOneUndatedRecord() throws {
        // "Letter from Ivan Petrov to Wang Jianguo" (39 bytes), then " and grain" (10 bytes) ten million
        // times: 100,000,039 bytes on one line, no line break, no date.
        let line = Self.title + String(repeating: " and grain", count: 10_000_000)
        #expect(line.utf8.count == 100_000_039)
        let records = try ListingTextReader().read(bytes: Array(line.utf8), source: "long.txt")
        // A title with no date line before it is an undated record: one record, the whole line its title.
        #expect(records.count == 1)
        #expect(records.first?.line == 1)
        #expect(records.first?.date == "")
        #expect(records.first?.title.utf8.count == 100_000_039)
        #expect(records.first?.summary == "")
    }

    @Test func aLongLineBetweenRecordsIsTheSummaryOfTheRecordBefore() throws {
        // Two records; the first's summary is one line of 10 MB ("grain " 1,666,667 times, trimmed).
        let summary = String(repeating: "grain ", count: 1_666_667)
        let page = "May 7, 1968\n\(Self.title)\n\(summary)\nMay 8, 1968\nLetter from Kim Min-jun to Hans Becker\n"
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "p.txt")
        #expect(records.map(\.line) == [2, 5])
        #expect(records.map(\.date) == ["May 7, 1968", "May 8, 1968"])
        // 6 × 1,666,667 bytes less the final space.
        #expect(records.first?.summary.utf8.count == 10_000_001)
    }

    @Test func aMillionRecordsOnOneLineAreOneRecordWithAnOverlongTitle() throws {
        // Records run together on one line ("May 7, 1968 — Letter … . May 7, 1968 — Letter … . …"): a
        // listing separates records by lines, so the line is one record, dated by its first date, whose
        // title is the rest; extraction then reads only the start of it and says so (CorrgraphExtractTests).
        let one = "May 7, 1968 — \(Self.title). "
        let line = String(repeating: one, count: 1_000_000)
        let records = try ListingTextReader().read(bytes: Array(line.utf8), source: "run.txt")
        #expect(records.count == 1)
        #expect(records.first?.date == "May 7, 1968")
        #expect(records.first?.line == 1)
        // All but the first date and its dash (11 + 5 bytes: " — " is 5 bytes) and the final space.
        #expect(records.first?.title.utf8.count == line.utf8.count - 16 - 1)
    }

    @Test func aMillionOpeningBracketsOrQuotesAreATitleLikeAnyOther() throws {
        for mark in ["(", "[", "\"", "«"] {
            let nested = String(repeating: mark, count: 1_000_000)
            let page = "May 7, 1968\n\(nested)\(Self.title)\nSummary.\n"
            let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "b.txt")
            #expect(records.count == 1, "\(mark)")
            #expect(records.first?.line == 2)
            #expect(records.first?.title.hasSuffix(Self.title) == true)
            #expect(records.first?.summary == "Summary.")
        }
    }

    @Test func aHundredThousandNameTitleIsReadWhole() throws {
        // "Letter from A, B, C, … and Y to Z": 100,000 senders in one title line.
        let names = InventedNames.names(100_000)
        let title = "Letter from " + names.dropLast().joined(separator: ", ") + " to " + names[names.count - 1]
        let page = "May 7, 1968\n\(title)\n"
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "n.txt")
        #expect(records.map(\.title) == [title])
        #expect(records.first?.line == 2)
    }

    @Test func invalidUTF8InALongFileNamesItsLine() {
        // 100,000 good lines, then a lone continuation byte on line 100,001.
        var bytes = Array(String(repeating: "May 7, 1968\n", count: 100_000).utf8)
        bytes += [0x41, 0x80, 0x0A]
        let error = readError { try ListingTextReader().read(bytes: bytes, source: "bad.txt") }
        #expect(error == ReadError(source: "bad.txt", line: 100_001, reason: "invalid UTF-8 text"))
    }

    // MARK: - HTML

    @Test func manyRecordsOnOneMinifiedHTMLLine() throws {
        // A minified results page: every record on line 1. 50,000 records (3.4 MB) rather than a million:
        // the HTML scanner and the listing grammar run once per character and once per visible line, at
        // about 50 µs a record in a debug build (a million take a minute there).
        let count = 50_000
        let item = "<li><div>May 7, 1968</div><h3>\(Self.title)</h3></li>"
        let page = "<html><body><ul>" + String(repeating: item, count: count) + "</ul></body></html>"
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "min.html")
        #expect(records.count == count)
        #expect(records.allSatisfy { $0.line == 1 && $0.title == Self.title && $0.date == "May 7, 1968" })
        #expect(records.last?.id == "min.html#\(count)")
    }

    @Test func aHundredThousandUnclosedDivsAndParagraphs() throws {
        // 100,000 `<div>` and 100,000 `<p>` never closed, on one line each, around one record.
        let opened = String(repeating: "<div><p>", count: 100_000)
        let page = "<html><body>\n\(opened)\n<div>May 7, 1968<p>\(Self.title)<p>A summary.\n\(opened)\n</body></html>"
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "open.html")
        #expect(records.count == 1)
        #expect(records.first?.date == "May 7, 1968")
        #expect(records.first?.title == Self.title)
        #expect(records.first?.summary == "A summary.")
        #expect(records.first?.line == 3)
    }

    @Test func aHundredThousandNestedUnclosedLists() throws {
        // `<ul><li>` 100,000 deep, never closed: the stack of open lists grows with the input, no further.
        let opened = String(repeating: "<ul><li>", count: 100_000)
        let page = "<body>\(opened)<div>May 7, 1968</div><div>\(Self.title)</div>\(opened)</body>"
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "lists.html")
        #expect(records.map(\.title) == [Self.title])
    }

    @Test func aMillionBracketsAndQuotesInAPage() throws {
        // Brackets and quotes in text are text; a quote opened inside a tag runs (as in a browser) to the
        // next quote of its kind, here the end of the attribute.
        let brackets = String(repeating: "(", count: 1_000_000) + String(repeating: "[", count: 1_000_000)
        let quotes = String(repeating: "\"", count: 1_000_000)
        let page = "<body><p title='\(quotes)'>May 7, 1968</p><h3>\(Self.title)</h3><p>\(brackets)</p><p>\(quotes)</p></body>"
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "q.html")
        #expect(records.map(\.date) == ["May 7, 1968"])
        #expect(records.map(\.title) == [Self.title])
        // Two paragraphs of summary, joined by a line break.
        #expect(records.first?.summary == brackets + "\n" + quotes)
    }

    @Test func aMillionUnterminatedTagsAndComments() throws {
        // `<a` a million times without `>`: the first tag runs to the end of the page (as in a browser),
        // once, not once per `<`. Likewise an unclosed comment and an unclosed `<script>`.
        for tail in [String(repeating: "<a ", count: 1_000_000), String(repeating: "<!-- ", count: 1_000_000),
                     String(repeating: "<script>", count: 1_000_000)] {
            let page = "<body><div>May 7, 1968</div><h3>\(Self.title)</h3>\(tail)"
            let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "t.html")
            #expect(records.map(\.title) == [Self.title])
        }
    }

    // MARK: - CSV

    @Test func aFiftyMegabyteCell() throws {
        // One quoted summary cell of 50,000,000 bytes (with commas, doubled quotes and line breaks) between
        // two ordinary rows: three records, the third starting on the line after the cell's 2,500,000 breaks.
        let chunk = "grains, \"\"oil\"\"\nand "   // 20 bytes, read as 18 (each "" is one quote)
        let cell = String(repeating: chunk, count: 2_500_000)
        let csv = "date,title,summary\n1968-05-07,\(Self.title),short\n1968-05-08,\(Self.title),\"\(cell)\"\n1968-05-09,\(Self.title),\n"
        let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "big.csv")
        #expect(records.map(\.line) == [2, 3, 2_500_003 + 1])
        // 2,500,000 × 18 bytes, less the final "and " trimmed to "and" (1 byte).
        #expect(records[1].summary.utf8.count == 45_000_000 - 1)
        #expect(records[1].summary.hasPrefix("grains, \"oil\"\nand grains"))
    }

    @Test func anUnterminatedQuotedCellNamesTheLineItOpens() {
        // The quote opens on line 3 and runs through 1,000,000 more lines to the end of the file.
        let rest = String(repeating: "grain and oil\n", count: 1_000_000)
        let csv = "date,title,summary\n1968-05-07,\(Self.title),short\n1968-05-08,\(Self.title),\"\(rest)"
        let error = readError { try CSVRecordReader().read(bytes: Array(csv.utf8), source: "open.csv") }
        #expect(error == ReadError(source: "open.csv", line: 3,
                                   reason: "unterminated quoted field (the quote opened on this line is never closed)"))
    }

    @Test func rowsEndedByCarriageReturnsAlone() throws {
        // Old Mac line ends (CR alone): one line for a text editor, many rows for the CSV reader. 200,000
        // rows (10 MB) rather than a million: the reader is one pass over the bytes, and a million rows take
        // ten seconds in a debug build.
        let count = 200_000
        let csv = "date,title\r" + String(repeating: "1968-05-07,Letter from Ivan Petrov to Wang Jianguo\r", count: count)
        let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "cr.csv")
        #expect(records.count == count)
        #expect(records.last?.line == count + 1)
    }

    @Test func anEdgeListCellOfManyNames() throws {
        // One row whose `from` cell names 25,000 senders separated by ";": one record, one act of them all.
        // (Not 100,000: each name is classified once by PartyDescription, about 40 µs in a debug build.)
        let names = InventedNames.names(25_000)
        let csv = "from,to,date\n\"" + names.joined(separator: "; ") + "\",Wang Jianguo,1968\n"
        let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "e.csv")
        #expect(records.count == 1)
        let acts = try #require(records.first?.stated?.acts)
        #expect(acts.count == 1)
        #expect(acts.first?.from.map(\.name) == names)
        #expect(acts.first?.to.map(\.name) == ["Wang Jianguo"])
    }

    // MARK: - JSON Lines

    @Test func aFiftyMegabyteJSONLine() throws {
        // Line 2 holds a summary of 50,000,000 bytes; lines 1 and 3 are short records.
        let summary = String(repeating: "grain and oil, ", count: 3_333_334)   // 50,000,010 bytes
        let short = #"{"date": "1968-05-07", "title": "\#(Self.title)", "summary": ""}"#
        let long = #"{"date": "1968-05-08", "title": "\#(Self.title)", "summary": "\#(summary)"}"#
        let text = [short, long, short].joined(separator: "\n") + "\n"
        let records = try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "big.jsonl")
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records[1].summary.utf8.count == 50_000_010)
    }

    @Test func deeplyNestedJSONIsAnErrorNamingItsLine() {
        // Arrays nested a million deep on line 2 (the parser refuses more than 512 levels, as Foundation did), alone
        // and as the value of a field of an otherwise good record.
        let nested = String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000)
        let short = #"{"date": "1968-05-07", "title": "\#(Self.title)"}"#
        for line in [nested, #"{"title": "\#(Self.title)", "extra": \#(nested)}"#] {
            let text = short + "\n" + line + "\n" + short + "\n"
            let error = readError { try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "deep.jsonl") }
            #expect(error?.source == "deep.jsonl")
            #expect(error?.line == 2)
            #expect(error?.reason.hasPrefix("not valid JSON") == true)
        }
    }

    @Test func jsonNestedTo512LevelsIsRead() throws {
        // The record's object is level 1; 511 arrays inside it make 512, the most Foundation reads; one more is
        // an error at the line (docs/limits.md).
        func line(_ depth: Int) -> String {
            #"{"title": "\#(Self.title)", "extra": \#(String(repeating: "[", count: depth))\#(String(repeating: "]", count: depth))}"#
        }
        let records = try JSONLinesRecordReader().read(bytes: Array((line(511) + "\n").utf8), source: "d.jsonl")
        #expect(records.map(\.title) == [Self.title])
        let error = readError { try JSONLinesRecordReader().read(bytes: Array((line(512) + "\n").utf8), source: "d.jsonl") }
        #expect(error?.line == 1)
        #expect(error?.reason.hasPrefix("not valid JSON") == true)
    }

    @Test func manyRecordsOnOneJSONLineAreAnErrorNamingTheLine() {
        // A JSON array of records is one JSON value on line 1, not JSON Lines. 100,000 records (6 MB) rather
        // than a million: Foundation parses the whole array before it is found not to be an object, in
        // time linear in its length (a million take 19 s in a debug build).
        let one = #"{"date": "1968-05-07", "title": "\#(Self.title)"}"#
        let text = "[" + Array(repeating: one, count: 100_000).joined(separator: ",") + "]\n"
        let error = readError { try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "array.jsonl") }
        #expect(error == ReadError(source: "array.jsonl", line: 1, reason: "expected a JSON object with date, title and summary"))
    }

    // MARK: - CMIF

    static func cmif(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc>
        \(body)
        </profileDesc></teiHeader></TEI>
        """
    }

    static let letter = #"<correspDesc><correspAction type="sent"><persName>Ivan Petrov</persName><date when="1907-01-04"/></correspAction><correspAction type="received"><persName>Wang Jianguo</persName></correspAction></correspDesc>"#

    @Test func manyLettersOnOneXMLLine() throws {
        // A minified CMIF file: 20,000 letters (4.7 MB) on line 3. (A million is 236 MB: the scanner is one
        // pass over the bytes and each letter is read once, at about 140 µs in a debug build.)
        let count = 20_000
        let records = try CMIFReader().read(bytes: Array(Self.cmif(String(repeating: Self.letter, count: count)).utf8),
                                            source: "min.xml")
        #expect(records.count == count)
        #expect(records.allSatisfy { $0.line == 3 && $0.title == "Letter, Ivan Petrov to Wang Jianguo" })
    }

    @Test func aMillionNestedElementsInsideAName() throws {
        // `<hi>` a million deep inside a persName, closed again: the name is the text inside them.
        let depth = 1_000_000
        let name = "<persName>" + String(repeating: "<hi>", count: depth) + "Ivan Petrov" + String(repeating: "</hi>", count: depth) + "</persName>"
        let letter = #"<correspDesc><correspAction type="sent">\#(name)</correspAction><correspAction type="received"><persName>Wang Jianguo</persName></correspAction></correspDesc>"#
        let records = try CMIFReader().read(bytes: Array(Self.cmif(letter).utf8), source: "deep.xml")
        #expect(records.map(\.title) == ["Letter, Ivan Petrov to Wang Jianguo"])
    }

    @Test func aMillionUnclosedElementsAreAnErrorNamingALine() {
        // A million `<note>` on line 4 never closed: the next end tag (line 5) does not match.
        let body = Self.letter + "\n" + String(repeating: "<note>", count: 1_000_000)
        let error = readError { try CMIFReader().read(bytes: Array(Self.cmif(body).utf8), source: "open.xml") }
        #expect(error == ReadError(source: "open.xml", line: 5, reason: "end tag </profileDesc> does not match <note> opened at line 4"))
        // Where the file ends first, the error names the line of the innermost element left open.
        let cut = "<TEI>\n" + Self.letter + "\n" + String(repeating: "<note>", count: 1_000_000)
        let ended = readError { try CMIFReader().read(bytes: Array(cut.utf8), source: "cut.xml") }
        #expect(ended == ReadError(source: "cut.xml", line: 3, reason: "<note> is never closed (the file ends first)"))
    }

    @Test func aNameOfAMillionQuestionMarksIsAnUnnamedCorrespondent() throws {
        // A trailing `?` marks an uncertain name and is removed; a field of nothing but `?` describes
        // someone unnamed. A million of them are removed in one pass.
        let marks = String(repeating: "?", count: 1_000_000)
        let text = #"<correspDesc><correspAction type="sent"><persName>\#(marks)</persName></correspAction><correspAction type="received"><persName>Wang Jianguo ? ? \#(marks)</persName></correspAction></correspDesc>"#
        let records = try CMIFReader().read(bytes: Array(Self.cmif(text).utf8), source: "m.xml")
        #expect(records.first?.stated?.senders == [])
        #expect(records.first?.stated?.unnamed == [marks])
        #expect(records.first?.stated?.recipients.map(\.name) == ["Wang Jianguo"])
    }

    @Test func aMillionBracketsQuotesAndAmpersandsInXML() throws {
        // Brackets and quotes in element text are text; an unterminated attribute value is an error at
        // the line of its tag; a million `&amp;` decode to a million `&`.
        let brackets = String(repeating: "([", count: 500_000)
        let text = #"<correspDesc><correspAction type="sent"><persName>Ivan Petrov \#(brackets)</persName></correspAction></correspDesc>"#
        let records = try CMIFReader().read(bytes: Array(Self.cmif(text).utf8), source: "b.xml")
        // Editorial square brackets are dropped from a name (PartyDescription); round ones stay.
        #expect(records.first?.stated?.senders.first?.name == "Ivan Petrov " + String(repeating: "(", count: 500_000))

        let amps = #"<correspDesc><correspAction type="sent"><persName>Ivan Petrov \#(String(repeating: "&amp;", count: 1_000_000))</persName></correspAction></correspDesc>"#
        let decoded = try CMIFReader().read(bytes: Array(Self.cmif(amps).utf8), source: "a.xml")
        #expect(decoded.first?.stated?.senders.first?.name == "Ivan Petrov " + String(repeating: "&", count: 1_000_000))

        let quotes = String(repeating: "\"", count: 1_000_000)
        let open = #"<correspDesc><correspAction type='sent\#(quotes)"#
        let error = readError { try CMIFReader().read(bytes: Array(Self.cmif(open).utf8), source: "q.xml") }
        // The value runs on to the `<` of the next tag, which an attribute value may not hold.
        #expect(error == ReadError(source: "q.xml", line: 3, reason: "'<' in the value of attribute type"))
    }
}

/// Every input line is a record's or is reported as skipped, with file and line (issue 13, accounting).
@Suite struct SkippedLineTests {
    @Test func listingChromeAndMetadataLinesAreReported() throws {
        let page = """
        Skip to content
        Results:

        81 - 90 of 120
        May 7, 1968
        Letter from Ivan Petrov to Wang Jianguo
        Language: Russian
        Petrov writes.
        """
        var skipped: [SkippedLine] = []
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "p.txt", skipped: &skipped)
        #expect(records.count == 1)
        #expect(records.first?.summary == "Petrov writes.")
        // The blank line 3 is layout, not a skipped line.
        #expect(skipped.map(\.line) == [1, 2, 4, 7])
        #expect(skipped.map(\.description) == [
            "p.txt:1: skipped \"Skip to content\" (not part of a record)",
            "p.txt:2: skipped \"Results:\" (not part of a record)",
            "p.txt:4: skipped \"81 - 90 of 120\" (not part of a record)",
            "p.txt:7: skipped \"Language: Russian\" (not part of a record)",
        ])
    }

    @Test func htmlSkippedLinesNameTheHTMLLine() throws {
        let page = "<html><body>\n<p>Skip to content</p>\n<ul><li><div>May 7, 1968</div>\n<h3>Letter from Ivan Petrov to Wang Jianguo</h3></li></ul>\n</body></html>"
        var skipped: [SkippedLine] = []
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "p.html", skipped: &skipped)
        #expect(records.map(\.line) == [4])
        #expect(skipped.map(\.description) == ["p.html:2: skipped \"Skip to content\" (not part of a record)"])
    }

    @Test func emptyTableRowsAreReported() throws {
        let csv = "date,title,summary\n1950,Letter from Ivan Petrov to Wang Jianguo,\n,,\n\n , , \n1951,Letter from Wang Jianguo to Ivan Petrov,\n"
        var skipped: [SkippedLine] = []
        let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "t.csv", skipped: &skipped)
        #expect(records.map(\.line) == [2, 6])
        // Line 4 is blank: no row at all.
        #expect(skipped.map(\.description) == [
            "t.csv:3: skipped \",,\" (a row with no date, title or summary)",
            "t.csv:5: skipped \" , , \" (a row with no date, title or summary)",
        ])
        var edges: [SkippedLine] = []
        let acts = try CSVRecordReader().read(bytes: Array("from,to\nIvan Petrov,Wang Jianguo\n,\n".utf8), source: "e.csv", skipped: &edges)
        #expect(acts.count == 1)
        #expect(edges.map(\.description) == ["e.csv:3: skipped \",\" (a row with no value)"])
    }

    @Test func aSkippedLineShowsAtMostEightyCharacters() throws {
        // A 100,000-character metadata line is skipped and shown cut.
        let page = "Keywords: " + String(repeating: "grain ", count: 16_666) + "\nMay 7, 1968\nLetter from Ivan Petrov to Wang Jianguo\n"
        var skipped: [SkippedLine] = []
        _ = try ListingTextReader().read(bytes: Array(page.utf8), source: "k.txt", skipped: &skipped)
        #expect(skipped.count == 1)
        // "Keywords: " is 10 characters, and 70 more are eleven "grain " and "grai".
        #expect(skipped.first?.text == "Keywords: " + String(repeating: "grain ", count: 11) + "grai…")
    }
}
