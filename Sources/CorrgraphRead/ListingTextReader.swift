/// Reads archive search-result pages saved as text: records of a date line, a title line and an
/// optional summary of one or more paragraphs.
///
/// Every layout of the Wilson Center Digital Archive is understood: blank-line separated
/// paragraphs, `•` bullets, and the compact `SEARCH RESULTS` layout with `-` separator lines; so are
/// date and title on one line (`October 27, 1962 — Letter from Khrushchev to Kennedy`).
/// Page chrome before the first date line (`Skip to content`, `Results:`, `81 - 90 of 120`,
/// `Documents`, `Search in`) is skipped.
///
/// ```swift
/// let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "page.txt")
/// records[0].title   // "Cable, Stalin to Mao Zedong [via Terebin]"
/// ```
public struct ListingTextReader: Sendable {
    public init() {}

    /// Lines that belong to the page rather than to a record, wherever they stand.
    static let chrome: Set<String> = [
        "skip to content", "results:", "documents", "search in", "search results",
        "digital archive international history declassified", "-", "•", "–", "—",
        // Column headings of tabular listings.
        "date", "title", "summary", "description", "date title summary", "date title",
    ]

    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        let lines = try TextLines.split(bytes, source: source)
        var records: [CatalogueRecord] = []
        // The record being read: the line that names it (its title's, else its date's), date, title, summary.
        var pending: (line: Int, date: String, title: String?, paragraphs: [String])?

        func finish() {
            guard let p = pending else { return }
            let ordinal = records.count + 1
            records.append(CatalogueRecord(id: "\(source)#\(ordinal)", source: source, line: p.line,
                                           date: p.date, title: p.title ?? "",
                                           summary: p.paragraphs.joined(separator: "\n")))
            pending = nil
        }

        for (index, raw) in lines.enumerated() {
            let text = Self.stripBullet(raw.trimmingSpaces())
            if text.isEmpty { continue }
            let lowered = text.lowercased()
            // A date line opens a record, unless it stands where the current record's title belongs.
            if pending?.title != nil || pending == nil, DateLine.parse(text) != nil {
                finish()
                pending = (index + 1, text, nil, [])
                continue
            }
            // "October 27, 1962 — Letter from Khrushchev to Kennedy": date and title on one line.
            if pending?.title != nil || pending == nil, let (date, title) = Self.dateAndTitle(text) {
                finish()
                pending = (index + 1, date, title, [])
                continue
            }
            if text == "-" || text == "–" {
                finish()
                continue
            }
            if Self.isPageChrome(lowered) { continue }
            guard var p = pending else {
                // A title with no date line before it is an undated record, not page chrome to drop.
                pending = (index + 1, "", text, [])
                continue
            }
            if p.title == nil {
                p.title = text
                p.line = index + 1
            } else {
                p.paragraphs.append(text)
            }
            pending = p
        }
        finish()
        if records.isEmpty, lines.contains(where: { !$0.trimmingSpaces().isEmpty }) {
            throw ReadError(source: source, line: 1, reason: "no catalogue records found (expected date, title and summary lines)")
        }
        return records
    }

    static func stripBullet(_ text: String) -> String {
        for bullet in ["• ", "· ", "* "] where text.hasPrefix(bullet) {
            return String(text.dropFirst(bullet.count)).trimmingSpaces()
        }
        return text
    }

    /// A line that starts with a date set off by a dash, bar, tab or colon, followed by the title.
    static func dateAndTitle(_ text: String) -> (date: String, title: String)? {
        for separator in [" — ", " – ", " - ", " | ", "\t", ": "] {
            guard let r = text.range(of: separator) else { continue }
            let date = text[..<r.lowerBound].trimmingSpaces()
            let title = text[r.upperBound...].trimmingSpaces()
            if !title.isEmpty, DateLine.parse(date) != nil { return (date, title) }
        }
        return nil
    }

    /// Pagination and navigation lines: `81 - 90 of 120`, `Showing 1–10 of 354 results`, `Page 2 of 36`,
    /// `Results:`, `Documents`.
    static func isPageChrome(_ lowered: String) -> Bool {
        if chrome.contains(lowered) { return true }
        var words = lowered.replacingOccurrences(of: "–", with: " - ").replacingOccurrences(of: "-", with: " - ")
            .split(separator: " ").map(String.init)
        while let first = words.first, ["showing", "results", "displaying", "items", "records", "documents", "page"].contains(first) {
            words.removeFirst()
        }
        while let last = words.last, ["results", "documents", "records", "items"].contains(last) { words.removeLast() }
        if words.count == 5, words[1] == "-", words[3] == "of", Int(words[0]) != nil,
           Int(words[2]) != nil, Int(words[4]) != nil { return true }
        if words.count == 3, words[1] == "of", Int(words[0]) != nil, Int(words[2]) != nil { return true }
        return false
    }
}

/// Splits bytes into lines at LF (a CR before it is dropped), after a UTF-8 byte order mark.
/// Invalid UTF-8 is an error naming the line, never silently replaced.
enum TextLines {
    static func split(_ bytes: [UInt8], source: String) throws -> [String] {
        var lines: [String] = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var lineNumber = 1
        var i = start
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                if i == bytes.count && start == end { break }
                guard let line = String(validating: bytes[start..<end], as: UTF8.self) else {
                    throw ReadError(source: source, line: lineNumber, reason: "invalid UTF-8 text")
                }
                lines.append(line)
                lineNumber += 1
                start = i + 1
            }
            i += 1
        }
        return lines
    }
}
