/// A line of an input that a reader read but that is not part of any record: page chrome (`Results:`,
/// `81 - 90 of 120`), a metadata line (`Language: Russian`), a table row with no date, title or summary.
/// Readers report these so that nothing is dropped silently (issue 13): `extract` counts them in its
/// summary line and lists them with `--verbose`. Blank lines and invisible markup are not reported.
///
/// ```swift
/// var skipped: [SkippedLine] = []
/// let records = try ListingTextReader().read(bytes: bytes, source: "page.txt", skipped: &skipped)
/// skipped.first?.description   // "page.txt:1: skipped \"Skip to content\" (not part of a record)"
/// ```
public struct SkippedLine: Sendable, Hashable, CustomStringConvertible {
    /// The input named: a file name, or `-` for standard input.
    public var source: String
    /// The 1-based line that was skipped (a table row: the line it begins on).
    public var line: Int
    /// The line's text, cut to `shownLength` characters.
    public var text: String
    /// Why it is no record.
    public var reason: String

    /// How much of a skipped line's text is kept (a line may be 100 MB).
    public static let shownLength = 80

    public init(source: String, line: Int, text: String, reason: String) {
        self.source = source
        self.line = line
        // (Counted no further than one past the length shown: a line may be 100 MB.)
        self.text = text.prefix(Self.shownLength + 1).count > Self.shownLength ? String(text.prefix(Self.shownLength)) + "…" : text
        self.reason = reason
    }

    /// `source:line: skipped "text" (reason)`.
    public var description: String { "\(source):\(line): skipped \"\(text)\" (\(reason))" }
}
