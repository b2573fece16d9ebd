/// The input formats corrgraph reads. Detected from the file extension and content;
/// `--input-format` overrides.
///
/// ```swift
/// InputFormat.detect(path: "letters.csv", prefix: [])          // .csv
/// InputFormat.sniff("{\"date\": \"1950\", \"title\": …")        // .jsonl
/// ```
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Date / title / summary text of archive search pages.
    case listing
    /// Archive search pages saved as HTML.
    case html
    /// A table with `date`, `title` and `summary` columns (header required), or an edge list / a
    /// previous extraction's acts (a header with sender and recipient columns).
    case csv
    /// One JSON object per line with `date`, `title`, `summary` (e.g. a previous extraction).
    case jsonl
    /// TEI Correspondence Metadata Interchange Format (`correspDesc`).
    case cmif

    /// The format a file's name and first bytes suggest, or nil when it is not a supported input.
    public static func detect(path: String, prefix: [UInt8]) -> InputFormat? {
        let lower = path.lowercased()
        let head = String(decoding: prefix.prefix(4096), as: UTF8.self).lowercased()
        if lower.hasSuffix(".xml") || lower.hasSuffix(".tei") {
            return head.contains("correspdesc") || head.contains("<tei") ? .cmif : nil
        }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .listing }
        return sniff(head)
    }

    /// Detects a format from content alone (standard input, unknown extensions).
    public static func sniff(_ lowercasedHead: String) -> InputFormat? {
        let head = lowercasedHead.trimmingSpaces()
        if head.hasPrefix("<?xml") || head.hasPrefix("<tei") {
            return head.contains("correspdesc") || head.contains("<tei") ? .cmif : .html
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body") { return .html }
        if head.hasPrefix("{") { return .jsonl }
        if let firstLine = head.split(separator: "\n").first, firstLine.contains("title"),
           firstLine.contains(",") && firstLine.contains("date") { return .csv }
        // An edge list on standard input: a header with a sender and a recipient column.
        if let firstLine = head.split(separator: "\n").first {
            for separator: Character in [",", "\t", ";"] where firstLine.contains(separator) {
                let names = firstLine.split(separator: separator).map { $0.trimmingSpaces().trimmingCharacters("\"") }
                if EdgeListReader.senderAndRecipient(names) != nil { return .csv }
            }
        }
        if head.isEmpty { return nil }
        return .listing
    }
}
