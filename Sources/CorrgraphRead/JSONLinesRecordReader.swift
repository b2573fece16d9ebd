import Foundation

/// Reads JSON Lines: one JSON object per line, each a catalogue record.
///
/// Three shapes are understood, so earlier output can be read again:
/// - a plain record: `{"date": …, "title": …, "summary": …}` (optional `id`);
/// - a gold-label line (`id`, `date`, `title`, `summary`, `source`, `gold`), read as a plain record;
/// - a previous `corrgraph extract --format jsonl` line (a `record` object with `messages` or
///   `conversations`): read as its acts, not extracted again, keeping the record's own id, source and
///   line (see `ExtractionLineReader`); a line with only `"record"` is read as a plain record.
///
/// `title` is required; `date` and `summary` may be absent or null (read as empty). A non-empty
/// `id` becomes the record id, otherwise `source#ordinal`; `source` and `line` of a plain record name
/// this file and line, because that is where the record was read. Blank lines are skipped. A line that
/// is not a JSON object of that shape is a `ReadError` naming the line.
///
/// ```swift
/// let text = #"{"date": "May 7, 1968", "title": "Letter, Ho Chi Minh to Kosygin", "summary": ""}"#
/// let records = try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "r.jsonl")
/// records[0].title   // "Letter, Ho Chi Minh to Kosygin"
/// ```
public struct JSONLinesRecordReader: Sendable {
    /// A reader; it holds no state, so one can read any number of files.
    public init() {}

    /// The records of one JSON Lines file, in line order; `source` names the file in record ids and
    /// errors.
    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        var blocks = LineBlocks(bytes: bytes, source: source)
        return try read(blocks: &blocks, source: source)
    }

    /// The records of an input read block by block (`LineBlocks`): only the records and one block are
    /// held, and each line is parsed from its bytes (`JSONBytes`).
    func read(blocks: inout LineBlocks, source: String) throws -> [CatalogueRecord] {
        var records: [CatalogueRecord] = []
        var lineNumber = 0
        var isFirstBlock = true
        while let block = try blocks.next() {
            try block.withUnsafeBufferPointer { bytes in
                var start = 0
                if isFirstBlock, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
                isFirstBlock = false
                while start < bytes.count {
                    lineNumber += 1
                    let end = ByteScan.firstOffset(of: 0x0A, in: UnsafeBufferPointer(rebasing: bytes[start...]))
                        .map { start + $0 } ?? bytes.count
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    start = end + 1
                    guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
                    records.append(try record(line: line, lineNumber: lineNumber, source: source, ordinal: records.count + 1))
                }
            }
        }
        return records
    }

    /// The record of one non-blank line.
    private func record(line: UnsafeBufferPointer<UInt8>, lineNumber: Int, source: String, ordinal: Int) throws -> CatalogueRecord {
        guard ByteScan.isASCII(line) || String(validating: line, as: UTF8.self) != nil else {
            throw ReadError(source: source, line: lineNumber, reason: "invalid UTF-8 text")
        }
        let object: JSONValue
        do {
            object = try JSONBytes.parse(line)
        } catch let failure as JSONBytes.Failure {
            throw ReadError(source: source, line: lineNumber, reason: "not valid JSON (\(failure.description))")
        }
        guard let dictionary = object.object else {
            throw ReadError(source: source, line: lineNumber, reason: "expected a JSON object with date, title and summary")
        }
        // A previous extraction is read as its acts, corrections included, not extracted again.
        if ExtractionLineReader.isExtraction(dictionary) {
            return try ExtractionLineReader.record(dictionary, source: source, line: lineNumber, ordinal: ordinal)
        }
        let nested = dictionary["record"]?.object ?? dictionary
        // Keys are matched case-insensitively, with the synonyms catalogue exports use.
        var fields: [String: JSONValue] = [:]
        // A key as written wins over the same key in another case; among those, the first in sorted
        // order (a dictionary's order differs from run to run).
        let values = nested.lastValues
        for key in values.keys.sorted() {
            let folded = key.trimmingSpaces().lowercased()
            if key == folded || fields[folded] == nil { fields[folded] = values[key] }
        }
        func text(_ name: String) throws -> String? {
            // The first synonym that holds a value (a null "summary" leaves room for a "description").
            let key = (RecordFieldNames.synonyms[name] ?? [name]).first { fields[$0].map { !$0.isNull } ?? false } ?? name
            switch fields[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case .number(let n)?: return n.stringValue   // a bare year such as 1949
            default:
                throw ReadError(source: source, line: lineNumber, reason: "field \(key) is not a string")
            }
        }
        guard let title = try text("title") else {
            throw ReadError(source: source, line: lineNumber,
                            reason: "no title field (expected date, title and summary, at the top level or under \"record\")")
        }
        let id = try text("id") ?? ""
        return CatalogueRecord(id: id.isEmpty ? "\(source)#\(ordinal)" : id,
                               source: source, line: lineNumber,
                               date: try text("date") ?? "", title: title,
                               summary: try text("summary") ?? "")
    }
}
