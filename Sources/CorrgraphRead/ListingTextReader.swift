import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// One non-empty line of a page, classified.
    enum Entry {
        case date(String)
        case dateAndTitle(String, String)
        /// `Title: …` in a labelled layout.
        case labelledTitle(String)
        /// `Summary: …`, `Description: …` in a labelled layout.
        case labelledSummary(String)
        case separator
        case text(String)
    }

    /// Labels of labelled layouts (`Date: …`, `Title: …`, `Summary: …`) and of metadata lines to skip.
    static let dateLabels: Set<String> = ["date", "dates", "date line"]
    static let titleLabels: Set<String> = ["title", "document title", "heading"]
    static let summaryLabels: Set<String> = ["summary", "description", "abstract", "synopsis", "content", "scope and content"]
    static let metadataLabels: Set<String> = [
        "source", "sources", "archive", "original archive", "collection", "collections", "language", "languages",
        "keywords", "subjects", "subject", "topics", "type", "document type", "url", "link", "rights", "citation",
        "record id", "id", "identifier", "call number", "box", "folder", "author", "authors", "genre", "format",
    ]

    static func classify(_ raw: String) -> Entry? {
        let text = stripBullet(raw.trimmingSpaces())
        if text.isEmpty { return nil }
        if text.utf8.count <= 3, text == "-" || text == "–" { return .separator }
        // Whether the first 201 bytes are ASCII: then each of them is one character, and the checks on
        // the head of the line below work on bytes, without Unicode property lookups.
        // (Over the stored bytes: the generic UTF-8 view walk costs several times more.)
        let asciiHead = text.utf8.withContiguousStorageIfAvailable { !$0.prefix(201).contains { $0 >= 0x80 } }
            ?? !text.utf8.prefix(201).contains { $0 >= 0x80 }
        // Page chrome is short; a long line is not lower-cased to find out.
        if text.utf8.count <= 200, isPageChrome(line: text, ascii: asciiHead) { return nil }
        // A label's colon is among the first 25 characters: only those are searched (a line may be 100 MB).
        if let colon = asciiHead ? Self.firstColon(inFirst: 25, ofASCII: text) : text.prefix(25).firstIndex(of: ":") {
            let label = text[..<colon].trimmingSpaces().lowercased()
            let value = text[text.index(after: colon)...].trimmingSpaces()
            if metadataLabels.contains(label) { return nil }
            if dateLabels.contains(label), !value.isEmpty { return .date(value) }
            if titleLabels.contains(label), !value.isEmpty { return .labelledTitle(value) }
            if summaryLabels.contains(label) { return value.isEmpty ? nil : .labelledSummary(value) }
        }
        if DateLine.parse(text) != nil { return .date(text) }
        // "12. March 14, 1950": a numbered result.
        if let numbered = strippingNumber(text) {
            if DateLine.parse(numbered) != nil { return .date(numbered) }
            if let (date, title) = dateAndTitle(numbered) { return .dateAndTitle(date, title) }
        }
        if let (date, title) = dateAndTitle(text) { return .dateAndTitle(date, title) }
        return .text(text)
    }

    /// The index of the first `:` among the first `limit` bytes of `text`, searched in its stored bytes
    /// when it has them (the generic UTF-8 view walk costs several times more). O(limit).
    static func firstColon(inFirst limit: Int, ofASCII text: String) -> String.Index? {
        let offset = text.utf8.withContiguousStorageIfAvailable { $0.prefix(limit).firstIndex(of: UInt8(ascii: ":")) }
        guard let offset else { return text.utf8.prefix(limit).firstIndex(of: UInt8(ascii: ":")) }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Every line classified, with its line number. Each line is classified on its own (`classify` is a
    /// function of the line), so a long page is classified in parallel over chunks of lines, and the
    /// result does not depend on the number of threads. O(n) work in the page's length. `firstLine` is
    /// the line number of `lines[0]`.
    static func classifyAll(_ lines: [String], firstLine: Int = 1) -> [(line: Int, entry: Entry)] {
        var entries: [(line: Int, entry: Entry)] = []
        classifyAll(lines, firstLine: firstLine, appendingTo: &entries)
        return entries
    }

    /// `classifyAll(lines, firstLine:)` appended to `entries`: each classified line is moved there from the
    /// classification (no copy of its text, no array in between).
    static func classifyAll(_ lines: [String], firstLine: Int = 1, appendingTo entries: inout [(line: Int, entry: Entry)]) {
        let chunkSize = 4_096
        guard lines.count >= 2 * chunkSize else {
            var repeated = RepeatedDateLine()
            for index in lines.indices {
                if let entry = repeated.classify(lines[index]) { entries.append((line: firstLine + index, entry: entry)) }
            }
            return
        }
        // Each chunk initializes a disjoint range of the array (no filling with nil first).
        var classified = [Entry?](unsafeUninitializedCapacity: lines.count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: (lines.count + chunkSize - 1) / chunkSize) { chunk in
                var repeated = RepeatedDateLine()
                for i in chunk * chunkSize..<min((chunk + 1) * chunkSize, lines.count) {
                    (out.baseAddress! + i).initialize(to: repeated.classify(lines[i]))
                }
            }
            initialized = lines.count
        }
        entries.reserveCapacity(entries.count + classified.reduce(0) { $0 + ($1 == nil ? 0 : 1) })
        classified.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Each entry moves out (bits only); its slot is left holding none.
            for index in buffer.indices {
                let entry = (base + index).move()
                (base + index).initialize(to: nil)
                if let entry { entries.append((line: firstLine + index, entry: entry)) }
            }
        }
    }

    /// `classify`, remembering the last date line seen: a listing sorted by date repeats its date line record
    /// after record, and a line with the same bytes is classified the same (`classify` is a function of the
    /// line). A line of another length costs one comparison of lengths.
    struct RepeatedDateLine {
        var last: (raw: String, entry: Entry)?

        mutating func classify(_ raw: String) -> Entry? {
            if let last, last.raw.utf8.count == raw.utf8.count, Self.sameBytes(last.raw, raw) { return last.entry }
            let entry = ListingTextReader.classify(raw)
            if case .date? = entry { last = (raw, entry!) }
            return entry
        }

        static func sameBytes(_ a: String, _ b: String) -> Bool {
            a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                    guard x.count == y.count else { return false }
                    guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == 0 }
                    return memcmp(p, q, x.count) == 0
                }
            }.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
        }
    }

    /// "12. …", "12) …" → "…".
    static func strippingNumber(_ text: String) -> String? {
        // A line whose first byte is ASCII but no digit starts with no number (most lines).
        if let first = text.utf8.first, first < 0x80, !(0x30...0x39).contains(first) { return nil }
        let digits = text.prefix(5).prefix { $0.isNumber }
        guard (1...4).contains(digits.count) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return rest.dropFirst(2).trimmingSpaces()
    }

    /// Whether a page gives each record's title before its date: the line after a date is then
    /// mostly a summary sentence, not a title; a page ending in a date line points the same way.
    static func titleComesFirst(_ entries: [(line: Int, entry: Entry)]) -> Bool {
        var sentenceAfter = 0, titleAfter = 0
        for (k, item) in entries.enumerated() {
            guard case .date = item.entry, k + 1 < entries.count, case .text(let next) = entries[k + 1].entry else { continue }
            guard k > 0, case .text = entries[k - 1].entry else { return false }
            // (More than 60 characters, counted no further than the 61st: a line may be 100 MB.)
            if next.hasSuffix(".") && next.prefix(61).count > 60 { sentenceAfter += 1 } else { titleAfter += 1 }
        }
        if case .date? = entries.last?.entry, sentenceAfter >= titleAfter, entries.count > 1 { return true }
        return sentenceAfter > titleAfter
    }

    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(bytes: bytes, source: source, skipped: &skipped)
    }

    /// The records of a page, and in `skipped` its non-blank lines that belong to no record (page chrome,
    /// metadata lines).
    public func read(bytes: [UInt8], source: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        var blocks = LineBlocks(bytes: bytes, source: source)
        return try read(blocks: &blocks, source: source, skipped: &skipped)
    }

    /// The records of an input read block by block (`LineBlocks`). Each block's lines are classified
    /// and dropped: what is kept is the classified text of the records, never the input's bytes and
    /// lines besides. (Whether titles come first is decided over the whole page, so the records are
    /// assembled after the last block.)
    func read(blocks: inout LineBlocks, source: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        var entries: [(line: Int, entry: Entry)] = []
        var linesRead = 0
        var holdsText = false
        var isFirstBlock = true
        while let block = try blocks.next() {
            let lines = try TextLines.split(block, source: source, firstLine: linesRead + 1, afterByteOrderMark: isFirstBlock)
            isFirstBlock = false
            let start = entries.count
            Self.classifyAll(lines, firstLine: linesRead + 1, appendingTo: &entries)
            // Lines that are neither part of a record nor blank are accounted for (page chrome, stray text).
            var classified = [Bool](repeating: false, count: lines.count)
            for k in start..<entries.count { classified[entries[k].line - linesRead - 1] = true }
            for (index, raw) in lines.enumerated() where !classified[index]
                && raw.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                skipped.append(SkippedLine(source: source, line: linesRead + index + 1, text: raw.trimmingSpaces(),
                                           reason: "not part of a record"))
            }
            if !holdsText { holdsText = lines.contains(where: { !$0.trimmingSpaces().isEmpty }) }
            linesRead += lines.count
        }
        var records: [CatalogueRecord] = []
        // About one record per date line: reserved, so that the records are not moved as the array grows.
        records.reserveCapacity(entries.reduce(0) { count, item in
            switch item.entry {
            case .date, .dateAndTitle: count + 1
            default: count
            }
        } + 1)
        // The record being read: the line that names it (its title's, else its date's), date, title, summary.
        var pending: (line: Int, date: String, title: String?, paragraphs: [String])?

        func finish() {
            // (Taken, not copied: the record gets the pending strings and list as they are.)
            guard let p = pending.take() else { return }
            let ordinal = records.count + 1
            // (The id appended in place, and a one-paragraph summary shared as it is: interpolating and
            // joining built each afresh.)
            var id = source
            id.reserveCapacity(source.utf8.count + 21)
            id += "#"
            id += String(ordinal)
            records.append(CatalogueRecord(id: id, source: source, line: p.line,
                                           date: p.date, title: p.title ?? "",
                                           summary: p.paragraphs.count == 1 ? p.paragraphs[0] : p.paragraphs.joined(separator: "\n")))
            pending = nil
        }
        func addParagraph(_ text: String, line: Int) {
            if pending == nil { pending = (line, "", nil, []) }
            pending!.paragraphs.append(text)
        }

        let titleFirst = Self.titleComesFirst(entries)
        for (k, item) in entries.enumerated() {
            let line = item.line
            switch item.entry {
            case .separator:
                finish()
            case .date(let date):
                // Title-first pages: the date completes the record its title opened.
                if let p = pending, p.title != nil, p.date.isEmpty, p.paragraphs.isEmpty, titleFirst || k > 0 && Self.isLabelledTitle(entries[k - 1].entry) {
                    pending!.date = date
                } else if pending?.title != nil || pending == nil || Self.isLabelled(entries, around: k) {
                    // A date line opens a record, unless it stands where the current record's title belongs.
                    finish()
                    pending = (line, date, nil, [])
                } else {
                    pending!.title = date
                    pending!.line = line
                }
            case .dateAndTitle(let date, let title):
                // "October 27, 1962 — Letter from Khrushchev to Kennedy": date and title on one line.
                if pending?.title != nil || pending == nil {
                    finish()
                    pending = (line, date, title, [])
                } else {
                    pending!.title = date + " — " + title
                    pending!.line = line
                }
            case .labelledTitle(let title):
                if let p = pending, p.title == nil {
                    pending!.title = title
                    pending!.line = line
                } else {
                    finish()
                    pending = (line, "", title, [])
                }
            case .labelledSummary(let text):
                addParagraph(text, line: line)
            case .text(let text):
                if titleFirst {
                    // A line right before a date is the next record's title; others are summary.
                    if k + 1 < entries.count, case .date = entries[k + 1].entry {
                        finish()
                        pending = (line, "", text, [])
                    } else if pending == nil {
                        pending = (line, "", text, [])
                    } else {
                        addParagraph(text, line: line)
                    }
                    continue
                }
                // (Taken and put back: a copy beside `pending` made appending a paragraph copy the list.)
                guard var p = pending.take() else {
                    // A title with no date line before it is an undated record, not page chrome to drop.
                    pending = (line, "", text, [])
                    continue
                }
                if p.title == nil {
                    p.title = text
                    p.line = line
                } else {
                    p.paragraphs.append(text)
                }
                pending = p
            }
        }
        finish()
        if records.isEmpty, holdsText {
            throw ReadError(source: source, line: 1, reason: "no catalogue records found (expected date, title and summary lines)")
        }
        return records
    }

    static func isLabelledTitle(_ entry: Entry) -> Bool {
        if case .labelledTitle = entry { return true }
        return false
    }

    /// Whether the entries around `k` use labels (`Date:` opens a record even before its title).
    static func isLabelled(_ entries: [(line: Int, entry: Entry)], around k: Int) -> Bool {
        entries[max(0, k - 2)..<min(entries.count, k + 3)].contains {
            switch $0.entry {
            case .labelledTitle, .labelledSummary: true
            default: false
            }
        }
    }

    static func stripBullet(_ text: String) -> String {
        // Every bullet starts with `•` (E2), `·` (C2) or `*`: any other first byte has none.
        guard let first = text.utf8.first, first == 0xE2 || first == 0xC2 || first == UInt8(ascii: "*") else { return text }
        for bullet in ["• ", "· ", "* "] where text.hasPrefix(bullet) {
            return String(text.dropFirst(bullet.count)).trimmingSpaces()
        }
        return text
    }

    /// A line that starts with a date set off by a dash, bar, tab or colon, followed by the title.
    static func dateAndTitle(_ text: String) -> (date: String, title: String)? {
        // A date line is at most 120 bytes (`DateLine`), so its separator is among the first 200 characters:
        // only those are searched (a line may be 100 MB), in one byte pass for all six separators.
        // Most lines hold no separator: when their first 201 bytes are ASCII without a line feed (so that no
        // two bytes form one character), the first 200 characters are the first 200 bytes, searched in place.
        let inPlace = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let first = UnsafeBufferPointer(rebasing: bytes.prefix(201))
            guard !first.contains(where: { $0 >= 0x80 || $0 == 0x0A }) else { return nil }
            return holdsDateTitleSeparator(bytes: UnsafeBufferPointer(rebasing: first.prefix(200)))
        } ?? nil
        guard inPlace ?? holdsDateTitleSeparator(String(text.prefix(200))) else { return nil }
        // Only a line that starts like a date can hold one: a digit, a bracket or a month's name.
        guard let first = text.first else { return nil }
        if !(first.isNumber || first == "[") {
            let word = text.prefix(20).prefix { $0.isLetter }.lowercased()   // a month's name is shorter
            guard DateLine.monthNames[word] != nil || DateLine.isPlace(String(text.prefix(81).prefix { $0 != "," })) else { return nil }
        }
        let head = text.prefix(200)
        for separator in [" — ", " – ", " - ", " | ", "\t", ": "] {
            guard let r = head.range(of: separator) else { continue }
            let date = text[..<r.lowerBound].trimmingSpaces()
            let title = text[r.upperBound...].trimmingSpaces()
            if !title.isEmpty, DateLine.parse(date) != nil { return (date, title) }
        }
        return nil
    }

    /// Whether one of the separators `dateAndTitle` tries (" — ", " – ", " - ", " | ", tab, ": ") occurs
    /// among the text's bytes: one pass for all six.
    static func holdsDateTitleSeparator(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { holdsDateTitleSeparator(bytes: $0) }
    }

    /// `holdsDateTitleSeparator` over UTF-8 bytes. O(n).
    static func holdsDateTitleSeparator(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count, space = UInt8(ascii: " ")
        for i in 0..<n {
            let b = bytes[i]
            if b == UInt8(ascii: "\t") { return true }
            if b == UInt8(ascii: ":"), i + 1 < n, bytes[i + 1] == space { return true }
            guard b == space, i + 2 < n else { continue }
            let c = bytes[i + 1]
            // " - ", " | "
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "|"), bytes[i + 2] == space { return true }
            // " — " (E2 80 94), " – " (E2 80 93)
            if c == 0xE2, i + 4 < n, bytes[i + 2] == 0x80, bytes[i + 3] == 0x94 || bytes[i + 3] == 0x93, bytes[i + 4] == space {
                return true
            }
        }
        return false
    }

    /// Pagination and navigation lines: `81 - 90 of 120`, `Showing 1–10 of 354 results`, `Page 2 of 36`,
    /// `Results:`, `Documents`.
    static func isPageChrome(_ lowered: String) -> Bool {
        isPageChrome(lowered: lowered, ascii: !lowered.utf8.contains { $0 >= 0x80 })
    }

    /// The first bytes of chrome lines (lower case), as a table by byte (a set would hash every line's byte).
    static let chromeFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for line in chrome { if let first = line.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// An ASCII capital lowered; any other byte as it is.
    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// The longest chrome line in bytes.
    static let chromeMaxBytes = chrome.map(\.utf8.count).max() ?? 0

    /// `isPageChrome` of a line as written. An ASCII line (`ascii`) is lower-cased and checked on its bytes,
    /// and one longer than every chrome line and than pagination (48 characters) is ruled out unread.
    static func isPageChrome(line text: String, ascii: Bool) -> Bool {
        guard ascii else { return isPageChrome(lowered: text.lowercased(), ascii: false) }
        if text.utf8.count > max(chromeMaxBytes, 48) { return false }
        // (Over the stored bytes: the generic UTF-8 view walk costs several times more.)
        let worthChecking = text.utf8.withContiguousStorageIfAvailable(mayBeChrome) ?? Array(text.utf8).withUnsafeBufferPointer(mayBeChrome)
        guard worthChecking else { return false }
        return isPageChrome(lowered: text.lowercased(), ascii: true)
    }

    /// Before lower-casing a line: a chrome line starts with the first byte of one, and pagination holds a
    /// digit and `of` in any case (a date line such as `January 9, 1949` is neither). True for no bytes.
    static func mayBeChrome(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if chromeFirstBytes[Int(Self.lowered(first))] { return true }
        var hasDigit = false, hasOf = false, previous: UInt8 = 0
        for byte in bytes {
            let byte = Self.lowered(byte)
            if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
            if previous == UInt8(ascii: "o"), byte == UInt8(ascii: "f") { hasOf = true }
            previous = byte
        }
        return hasDigit && hasOf
    }

    /// Whether the bytes `of` occur in `text`. O(n).
    static func holdsOf(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "o"), byte == UInt8(ascii: "f") { return true }
            previous = byte
        }
        return false
    }

    /// `ascii`: the line is ASCII, where a character is a byte and only `0`–`9` are numbers.
    static func isPageChrome(lowered: String, ascii: Bool) -> Bool {
        if chrome.contains(lowered) { return true }
        // Pagination is short and has numbers.
        if ascii {
            guard lowered.utf8.count <= 48, lowered.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        } else {
            guard lowered.count <= 48, lowered.contains(where: \.isNumber) else { return false }
        }
        // Both pagination shapes hold the word `of`: a line without those two bytes (a date line) is none.
        guard holdsOf(lowered) else { return false }
        // A date line has no dash: Foundation's replacing is skipped when there is none to replace.
        let dashed = lowered.unicodeScalars.contains { $0 == "-" || $0 == "–" }
        var words = (dashed ? lowered.replacingOccurrences(of: "–", with: " - ").replacingOccurrences(of: "-", with: " - ") : lowered)
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
    /// O(n) in the bytes; each line is validated and copied once, from the buffer (no slice in between).
    /// An ASCII line (most of them) is recognised eight bytes at a time and copied without the generic
    /// validation (which costs about a thousand instructions a line); any other line is validated.
    /// `firstLine` numbers the first line in errors; a byte order mark is skipped only at the start of
    /// the input (`afterByteOrderMark`), not of a later block.
    static func split(_ bytes: [UInt8], source: String, firstLine: Int = 1, afterByteOrderMark: Bool = true) throws -> [String] {
        try bytes.withUnsafeBufferPointer { bytes in
            // The lines' byte ranges first (one memchr pass), then their strings: a long input's strings are
            // made in parallel over chunks of lines, each of which depends on its bytes only.
            var ranges: [Range<Int>] = []
            var start = 0
            if afterByteOrderMark, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            while start <= bytes.count {
                // The line ends at the next LF, or at the end of the bytes.
                let next = ByteScan.firstOffset(of: 0x0A, in: UnsafeBufferPointer(rebasing: bytes[start...])).map { start + $0 }
                let stop = next ?? bytes.count
                var end = stop
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                if next == nil && start == end { break }
                ranges.append(start..<end)
                start = stop + 1
            }
            let chunkSize = 4_096
            let chunkCount = (ranges.count + chunkSize - 1) / chunkSize
            // Per chunk, the first of its lines that is not UTF-8 (Int.max for none): the error names the
            // first line of the input that is not.
            var invalid = [Int](repeating: Int.max, count: max(chunkCount, 1))
            nonisolated(unsafe) let input = bytes
            let lines = [String](unsafeUninitializedCapacity: ranges.count) { out, initialized in
                nonisolated(unsafe) let out = out
                invalid.withUnsafeMutableBufferPointer { invalidIn in
                    nonisolated(unsafe) let invalidIn = invalidIn
                    let chunk = { @Sendable [ranges] (c: Int) in
                        for i in c * chunkSize..<min((c + 1) * chunkSize, ranges.count) {
                            let slice = UnsafeBufferPointer(rebasing: input[ranges[i]])
                            if ByteScan.isASCII(slice) {
                                (out.baseAddress! + i).initialize(to: String(decoding: slice, as: UTF8.self))
                            } else if let line = String(validating: slice, as: UTF8.self) {
                                (out.baseAddress! + i).initialize(to: line)
                            } else {
                                (out.baseAddress! + i).initialize(to: "")
                                invalidIn[c] = min(invalidIn[c], i)
                            }
                        }
                    }
                    if chunkCount >= 2 {
                        DispatchQueue.concurrentPerform(iterations: chunkCount, execute: chunk)
                    } else if chunkCount == 1 {
                        chunk(0)
                    }
                }
                initialized = ranges.count
            }
            if let first = invalid.min(), first != Int.max {
                throw ReadError(source: source, line: firstLine + first, reason: "invalid UTF-8 text")
            }
            return lines
        }
    }
}

/// Byte searches the readers run over whole inputs, faster than the generic collection algorithms.
enum ByteScan {
    /// Whether every byte is below 0x80, eight bytes at a time. O(n).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The offset of the first `byte` in `bytes` (memchr). O(n).
    @inline(__always)
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, bytes.count > 0,
              let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
