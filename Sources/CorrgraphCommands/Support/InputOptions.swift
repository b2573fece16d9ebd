import ArgumentParser
import CorrgraphRead

/// The options of every command that reads a corpus (see `contract/cli.md`, "Inputs").
public struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, directories (read recursively) or - for standard input. Default: the bundled sample corpus.",
                                 valueName: "input"))
    public var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Force the input format: listing, html, csv, jsonl or cmif.")
    public var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("An authority file of people, aliases and cover names (format in the README).", valueName: "file"))
    public var authority: String?

    @Option(help: ArgumentHelp("Keep records whose date overlaps this and later (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    public var from: String?

    @Option(help: ArgumentHelp("Keep records whose date overlaps this and earlier (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    public var to: String?

    @Flag(name: .customLong("include-undated"), help: "With --from/--to, keep undated records too.")
    public var includeUndated = false

    @Flag(help: "Do not report progress on standard error.")
    public var quiet = false

    public init() {}

    public mutating func validate() throws {
        if let from, CalendarDay(iso: from) == nil {
            throw ValidationError("--from takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(from)'")
        }
        if let to, CalendarDay(iso: to) == nil {
            throw ValidationError("--to takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(to)'")
        }
        if let range = dateRange, range.end < range.start {
            throw ValidationError("--from \(from ?? "") is after --to \(to ?? "")")
        }
    }

    /// The date range `--from`/`--to` select, or nil when neither is given.
    public var dateRange: DateRange? {
        guard from != nil || to != nil else { return nil }
        let start = from.flatMap { CalendarDay(iso: $0) } ?? CalendarDay(year: 1, month: 1, day: 1)
        let end = to.flatMap { CalendarDay(iso: $0, atEnd: true) } ?? CalendarDay(year: 9999, month: 12, day: 31)
        return DateRange(start: start, end: end)
    }
}

extension InputFormat: ExpressibleByArgument {}
