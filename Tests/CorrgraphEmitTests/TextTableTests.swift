@testable import CorrgraphEmit
import Testing

/// The three writers of `TextTable`, on tables whose expected text is written out by hand.
@Suite struct TextTableTests {
    // MARK: CSV (RFC 4180)

    @Test func csvQuotesOnlyWhatNeedsQuoting() {
        let table = TextTable(columns: [.init("a"), .init("b")], rows: [
            ["plain", "with, comma"],
            [#"say "hi""#, "two\nlines"],
            [" padded", ""],
            ["crlf\r\nend", "trail "],
            ["Чжоу Эньлай", "a;b|c"],
        ])
        // By hand: commas, quotes, line breaks and edge spaces force quotes; quotes inside are
        // doubled; line breaks stay inside the quoted field; an empty field stays empty.
        let expected = "a,b\n"
            + "plain,\"with, comma\"\n"
            + "\"say \"\"hi\"\"\",\"two\nlines\"\n"
            + "\" padded\",\n"
            + "\"crlf\r\nend\",\"trail \"\n"
            + "Чжоу Эньлай,a;b|c\n"
        #expect(table.csv() == expected)
    }

    @Test(arguments: [
        ("", ""),
        ("x", "x"),
        (",", "\",\""),
        ("\"", "\"\"\"\""),
        ("\"\"", "\"\"\"\"\"\""),
        ("a\rb", "\"a\rb\""),
        ("inner space", "inner space"),
        // Spreadsheet formulas are neutralised; numbers are not.
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1 Plan", "'+1 Plan"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("-0.25", "-0.25"),
        ("+3", "+3"),
        ("a=b", "a=b"),
    ])
    func csvField(input: String, expected: String) {
        #expect(TextTable.csvField(input) == expected)
    }

    @Test func csvQuotesHeadersAndLeavesOutTheFooter() {
        let table = TextTable(columns: [.init("from, to"), .init("n", alignment: .right)],
                              rows: [["x", "1"]], footer: ["not data"])
        #expect(table.csv() == "\"from, to\",n\nx,1\n")
    }

    /// Parsing the CSV back with a minimal RFC 4180 reader gives the cells unchanged.
    @Test func csvRoundTrips() {
        let cells = [["Mao, Zedong", #"He said "no""#], ["line\nbreak", " lead"], ["", "x"]]
        let table = TextTable(columns: [.init("one"), .init("two")], rows: cells)
        #expect(Self.parseCSV(table.csv()) == [["one", "two"]] + cells)
    }

    // MARK: Markdown

    @Test func markdownEscapesPipesAndBreaksLines() {
        let table = TextTable(columns: [.init("name"), .init("n", alignment: .right), .init("note")],
                              rows: [["Mao Zedong", "12", "first"], ["a|b", "3", "x\ny"], ["c", "4", "r\r\nn"]],
                              footer: ["total 19"])
        let expected = """
            | name | n | note |
            | --- | ---: | --- |
            | Mao Zedong | 12 | first |
            | a\\|b | 3 | x<br>y |
            | c | 4 | r<br>n |

            total 19

            """
        #expect(table.markdown() == expected)
    }

    @Test func markdownEscapesPipesInHeaders() {
        let table = TextTable(columns: [.init("a|b")])
        #expect(table.markdown() == "| a\\|b |\n| --- |\n")
    }

    // MARK: Terminal

    @Test func terminalPadsToTheWidestCellAndAlignsNumbersRight() {
        let table = TextTable(columns: [.init("name"), .init("n", alignment: .right), .init("note")],
                              rows: [["Mao Zedong", "12", "first"], ["Чжоу", "3", "a\nb"]],
                              footer: ["total 15"])
        // Widths by hand: name 10 ("Mao Zedong"), n 2 ("12"), note 5 ("first"; "a b" is 3).
        // Cyrillic counts one column per letter; the last column is not padded.
        let expected = "name         n  note\n"
            + "──────────  ──  ─────\n"
            + "Mao Zedong  12  first\n"
            + "Чжоу         3  a b\n"
            + "\n"
            + "total 15\n"
        #expect(table.terminal() == expected)
    }

    @Test func terminalHeaderWiderThanCells() {
        let table = TextTable(columns: [.init("messages", alignment: .right), .init("x")], rows: [["7", ""]])
        #expect(table.terminal() == "messages  x\n────────  ─\n       7  \n")
    }

    @Test func terminalToleratesShortRows() {
        let table = TextTable(columns: [.init("a"), .init("b")], rows: [["only"]])
        #expect(table.terminal() == "a     b\n────  ─\nonly  \n")
    }

    /// A reader for the test: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""; afterQuote = false
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            } else {
                field.append(c)
            }
        }
        return rows
    }
}
