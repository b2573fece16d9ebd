import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import CorrgraphRender
import Testing

/// Output safety (issue 13), one test per output format, end to end: an edge list names correspondents
/// with markup, quotes, control characters, bidirectional overrides and a spreadsheet formula; every
/// format corrgraph writes must parse, carry no bidi control and no control character raw, and keep or
/// visibly replace each name as its format's rule says (docs/limits.md, "Output").
@Suite(.serialized) struct OutputSafetyTests {
    static let script = "<script>alert(1)</script>"
    static let quotes = #"Tom & "Jerry" O'Neil"#
    static let controls = "Bell\u{0}\u{7} Ctrl\u{1B}[31m Del\u{7F}"
    static let bidi = "Ali \u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}e \u{2066}f\u{2067}g\u{2068}h\u{2069}"
    static let formula = #"=HYPERLINK("http://x")"#

    /// The names as formats that cannot carry them show them: every control and bidi control as U+FFFD.
    static let controlsReplaced = "Bell\u{FFFD}\u{FFFD} Ctrl\u{FFFD}[31m Del\u{FFFD}"
    static let bidiReplaced = "Ali \u{FFFD}a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e \u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}"
    /// XML drops the C0 controls it forbids and writes DEL and bidi controls as references, which a parser
    /// reads back as the characters.
    static let controlsInXML = "Bell Ctrl[31m Del\u{7F}"

    /// An edge list: script → quotes (1950), controls → bidi (1951), formula → script (1952), bidi → script
    /// (1953): one connected network, so that a diagram draws everyone.
    static func input() throws -> URL {
        func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = [(script, quotes, "1950"), (controls, bidi, "1951"), (formula, script, "1952"), (bidi, script, "1953")]
        let text = "from,to,date\n" + rows.map { cell($0.0) + "," + cell($0.1) + "," + $0.2 }.joined(separator: "\n") + "\n"
        let url = try CLI.temporaryDirectory().appendingPathComponent("hostile.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    static func run(_ arguments: [String]) throws -> String {
        let result = try CLI.run(arguments + ["--quiet", try input().path])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// No bidi control, and no control character but tab and line breaks, appears raw.
    static func expectNothingRaw(_ text: String, _ format: String) {
        let bad = text.unicodeScalars.filter {
            (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
                || ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0x7F
        }
        #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
    }

    /// Every element and the text inside it, from Foundation's XML parser; nil when the document does not parse.
    final class Elements: NSObject, XMLParserDelegate {
        var found: [(name: String, attributes: [String: String], text: String)] = []
        var stack: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            found.append((name, attributes, ""))
            stack.append(found.count - 1)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let top = stack.last { found[top].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        static func parse(_ text: String) -> [(name: String, attributes: [String: String], text: String)]? {
            let parser = XMLParser(data: Data(text.utf8))
            let delegate = Elements()
            parser.delegate = delegate
            return parser.parse() ? delegate.found : nil
        }
    }

    static let everyNameInXML: Set<String> = [script, quotes, controlsInXML, bidi, formula]

    @Test func graphML() throws {
        let out = try Self.run(["export", "--to", "graphml"])
        Self.expectNothingRaw(out, "GraphML")
        let elements = try #require(Elements.parse(out), "GraphML does not parse")
        #expect(Set(elements.filter { $0.name == "data" && $0.attributes["key"] == "name" }.map(\.text)) == Self.everyNameInXML)
    }

    @Test func gexf() throws {
        let out = try Self.run(["export", "--to", "gexf"])
        Self.expectNothingRaw(out, "GEXF")
        let elements = try #require(Elements.parse(out), "GEXF does not parse")
        #expect(Set(elements.filter { $0.name == "node" }.compactMap { $0.attributes["label"] }) == Self.everyNameInXML)
    }

    @Test func cmif() throws {
        let out = try Self.run(["export", "--to", "cmif"])
        Self.expectNothingRaw(out, "CMIF")
        let elements = try #require(Elements.parse(out), "CMIF does not parse")
        #expect(Set(elements.filter { $0.name == "persName" }.map(\.text)) == Self.everyNameInXML)
    }

    @Test func nodeLinkJSON() throws {
        let out = try Self.run(["export", "--to", "json"])
        Self.expectNothingRaw(out, "JSON")
        // JSON escapes what it must not show raw (\u202e); the names read back exactly.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["name"] as? String }) == [Self.script, Self.quotes, Self.controls, Self.bidi, Self.formula])
    }

    @Test func dot() throws {
        let out = try Self.run(["graph", "--format", "dot"])
        Self.expectNothingRaw(out, "DOT")
        let parsed = try GraphvizRenderer.parse(dot: out)
        #expect(parsed.nodeCount == 5)
        #expect(parsed.edgeCount == 4)
        // Tooltips hold the names whole (labels break long ones), controls and bidi controls as U+FFFD.
        let labels = parsed.nodes.compactMap(\.tooltip).joined(separator: "\n")
        for name in [Self.controlsReplaced, Self.bidiReplaced] { #expect(labels.contains(name), "\(name)") }
    }

    @Test func svg() throws {
        let out = try Self.run(["graph", "--format", "svg"])
        Self.expectNothingRaw(out, "SVG")
        let elements = try #require(Elements.parse(out), "SVG does not parse")
        #expect(!elements.contains { $0.name == "script" })
        // A long name is drawn on several lines, broken at spaces: the lines joined by spaces hold every name.
        let texts = elements.filter { $0.name == "text" }.map(\.text).joined(separator: " ")
        for name in [Self.script, Self.quotes, Self.controlsReplaced, Self.bidiReplaced, Self.formula] {
            #expect(texts.contains(name), "\(name)")
        }
    }

    @Test func htmlReport() throws {
        let out = try Self.run(["report"])
        Self.expectNothingRaw(out, "HTML")
        #expect(!out.contains("<script>alert"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(out.contains("Tom &amp; &quot;Jerry&quot; O&#39;Neil") || out.contains("Tom &amp; \"Jerry\" O&#39;Neil"))
        #expect(out.contains(Self.controlsReplaced))
        #expect(out.contains(Self.bidiReplaced))
    }

    @Test func graphCSV() throws {
        let out = try Self.run(["export", "--to", "csv"])
        Self.expectNothingRaw(out, "CSV")
        // The formula is guarded by an apostrophe; no cell begins with `=`.
        #expect(out.contains(#""'=HYPERLINK(""http://x"")""#))
        #expect(!out.contains(",=") && !out.contains("\n=") && !out.contains("\"="))
    }

    @Test func extractionCSVReadsBack() throws {
        let out = try Self.run(["extract", "--format", "csv"])
        Self.expectNothingRaw(out, "extraction CSV")
        #expect(out.contains(#""'=HYPERLINK(""http://x"")""#))
        #expect(!out.contains(",=") && !out.contains("\n=") && !out.contains("\"="))
        // Read back as acts: the apostrophe guard is dropped; controls and bidi controls stay U+FFFD.
        let table = try CLI.temporaryDirectory().appendingPathComponent("acts.csv")
        try Data(out.utf8).write(to: table)
        let back = try CLI.run(["export", "--to", "json", "--quiet", table.path])
        #expect(back.status == 0, "\(back.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any])
        let names = Set((object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(names == [Self.script, Self.quotes, Self.controlsReplaced, Self.bidiReplaced, Self.formula])
    }

    @Test func extractionTableOnATerminal() throws {
        let out = try Self.run(["extract", "--format", "table"])
        Self.expectNothingRaw(out, "table")
    }
}

/// `extract` accounts for every record and every skipped line on standard error (issue 13).
@Suite(.serialized) struct ExtractAccountingTests {
    static let page = """
    Skip to content
    May 7, 1968
    Letter from Ivan Petrov to Wang Jianguo
    Language: Russian
    May 8, 1968
    Minutes of the meeting of the grain committee
    """

    @Test func theSummaryLineCountsSkippedLines() throws {
        let result = try CLI.run(["extract", "--format", "jsonl", "--input-format", "listing", "-"], stdin: Self.page)
        #expect(result.status == 0)
        #expect(result.lines.count == 2)
        // Two records: the letter has an act, the minutes none; lines 1 and 4 are no record.
        #expect(result.stderr.contains(
            "corrgraph: 2 records read: 1 with acts, 1 without, 0 with problems; 2 lines skipped (--verbose lists them)"))
    }

    @Test func verboseListsEachSkippedLine() throws {
        let result = try CLI.run(["extract", "--format", "jsonl", "--verbose", "--input-format", "listing", "-"], stdin: Self.page)
        #expect(result.status == 0)
        #expect(result.stderr.contains("corrgraph: -:1: skipped \"Skip to content\" (not part of a record)\n"))
        #expect(result.stderr.contains("corrgraph: -:4: skipped \"Language: Russian\" (not part of a record)\n"))
        #expect(result.stderr.contains("0 with problems; 2 lines skipped\n"))
    }

    @Test func quietSaysNothing() throws {
        let result = try CLI.run(["extract", "--format", "jsonl", "--quiet", "--input-format", "listing", "-"], stdin: Self.page)
        #expect(result.stderr.isEmpty)
    }
}

/// A long one-line listing through the whole command (issue 13): read, extracted, written, accounted for.
@Suite(.serialized) struct LongLineCommandTests {
    @Test func aTwentyMegabyteLineIsOneRecordCutAndNoted() throws {
        // "May 7, 1968 — " then a title of 48 bytes and " and trade" two million times: 20,000,048 bytes of
        // title on line 1. (The readers and the grammar take 100 MB in HostileInputTests and HostileTextTests;
        // here the whole command runs, debug-built, in a few seconds.)
        let title = "Cable from Ivan Petrov to Wang Jianguo, on trade" + String(repeating: " and trade", count: 2_000_000)
        let file = try CLI.temporaryDirectory().appendingPathComponent("long.txt")
        try Data(("May 7, 1968 — " + title + "\n").utf8).write(to: file)
        let result = try CLI.run(["extract", "--format", "jsonl", file.path])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data((result.lines.first ?? "").utf8)) as? [String: Any])
        // The cut falls at byte 1,998 (48 + 195 × 10), as in InputLimitTests.
        #expect(object["problems"] as? [String] == ["the title is 20000048 bytes long; only its first 1998 bytes were read (the limit is 2000)"])
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.map { ($0["from"] as? [String] ?? []) + ($0["to"] as? [String] ?? []) } == [["Ivan Petrov", "Wang Jianguo"]])
        #expect(result.stderr.contains("corrgraph: 1 record read: 1 with acts, 0 without, 1 with problems; 0 lines skipped\n"))
    }
}
