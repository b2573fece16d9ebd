import CorrgraphTestSupport
import Foundation
import Testing
import CorrgraphRead
@testable import CorrgraphExtract

/// The example tables in `docs/` are tests, so that the documented conventions cannot drift from the
/// grammar: every `| title | acts |`, `| title | summary | acts |` and `| date line | start | end |` row
/// is checked. The expected acts in the documents were worked out by hand from GOLD-SCHEMA.md.
@Suite struct DocumentedConventionTests {
    static let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs")

    struct Row: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let cells: [String]
        var testDescription: String { "\(file):\(line)" }
    }

    /// Rows of the tables whose header is exactly `header`, with file and line.
    static func rows(header: [String]) -> [Row] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: docs.path))?.filter { $0.hasSuffix(".md") }.sorted() ?? []
        var rows: [Row] = []
        for file in files {
            guard let text = try? String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8) else { continue }
            var inTable = false
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let cells = cellsOf(line)
                if cells == header { inTable = true; continue }
                guard inTable, let cells else { inTable = false; continue }
                if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                rows.append(Row(file: file, line: index + 1, cells: cells))
            }
        }
        return rows
    }

    static func cellsOf(_ line: Substring) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count > 1 else { return nil }
        return trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The backticked parts of a cell: `` `A → B` `{A, B}` `` → ["A → B", "{A, B}"]; `none` → [].
    static func quoted(_ cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    static let titleRows = rows(header: ["title", "acts"])
    static let summaryRows = rows(header: ["title", "summary", "acts"])
    static let dateRows = rows(header: ["date line", "start", "end"])
    static let corpusRows = rows(header: ["records", "acts"])

    @Test func theDocumentsHoldExamples() {
        // titles.md, summaries.md and dates.md each hold a table of each kind.
        #expect(Self.titleRows.count >= 40)
        #expect(Self.summaryRows.count >= 10)
        #expect(Self.dateRows.count >= 20)
        #expect(Self.corpusRows.count >= 5)
    }

    @Test func everyOfficeHeadPatternExampleIsDocumented() {
        let documented = Set(Self.titleRows.map { (Self.quoted($0.cells[0]).first ?? "") + " | " + Self.quoted($0.cells[1]).joined(separator: "; ") })
        let missing = OfficeHeads.patterns.flatMap { pattern in
            pattern.examples.map { $0.head + " | " + $0.reads.joined(separator: "; ") }.filter { !documented.contains($0) }
        }
        #expect(missing.isEmpty, "docs/titles.md lacks these OfficeHeads.patterns examples: \(missing)")
    }

    @Test(arguments: titleRows)
    func titleRow(_ row: Row) {
        let title = Self.quoted(row.cells[0]).first ?? ""
        #expect(Acts.of(title).sorted() == Self.quoted(row.cells[1]).sorted(), "\(row.file):\(row.line) \(title)")
    }

    @Test(arguments: summaryRows)
    func summaryRow(_ row: Row) {
        let title = Self.quoted(row.cells[0]).first ?? ""
        let summary = Self.quoted(row.cells[1]).first ?? ""
        #expect(Acts.of(title, summary: summary).sorted() == Self.quoted(row.cells[2]).sorted(), "\(row.file):\(row.line) \(title)")
    }

    /// names.md: each row is a small corpus (`DATE: TITLE [¶ SUMMARY]` per record) resolved as a whole.
    @Test(arguments: corpusRows)
    func corpusRow(_ row: Row) {
        let records = Self.quoted(row.cells[0]).map { item -> (title: String, summary: String, date: String) in
            let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            // `DATE: TITLE ¶ SUMMARY`
            let title = (parts.count == 2 ? parts[1] : item).components(separatedBy: " ¶ ")
            return (title[0], title.count > 1 ? title[1] : "", parts.count == 2 ? parts[0] : "")
        }
        let corpus = Acts.corpus(records)
        let acts = corpus.records.flatMap { Acts.describe($0, in: corpus, shown: true) }
        #expect(acts == Self.quoted(row.cells[1]), "\(row.file):\(row.line)")
    }

    @Test(arguments: dateRows)
    func dateRow(_ row: Row) {
        let line = Self.quoted(row.cells[0]).first ?? ""
        switch DateLine.parse(line) {
        case .dated(let range)?:
            #expect(range.start.description == row.cells[1] && range.end.description == row.cells[2], "\(row.file):\(row.line) \(line)")
        case .undated?:
            #expect(row.cells[1] == "undated", "\(row.file):\(row.line) \(line)")
        case nil:
            Issue.record("\(row.file):\(row.line): \(line) is not read")
        }
    }
}
