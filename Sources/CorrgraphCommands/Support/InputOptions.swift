import ArgumentParser
import CorrgraphRead

/// The options of every command that reads a corpus (see `contract/cli.md`, "Inputs").
///
/// ```swift
/// @OptionGroup var input: InputOptions      // in a command
/// let loaded = try Pipeline.load(input)     // read, extract, resolve, build the graph
/// input.dateRange                           // --from 1949 --to 1950: 1949-01-01…1950-12-31
/// ```
public struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, directories (read recursively) or - for standard input. Default: the bundled sample corpus.",
                                 valueName: "input"))
    /// The input paths; empty reads the bundled sample.
    public var inputs: [String] = []

    /// `--input-format`; nil detects each input's format.
    @Option(name: .customLong("input-format"), help: "Force the input format: listing, html, csv, jsonl or cmif.")
    public var inputFormat: InputFormat?

    /// `--authority`: the path of an authority file.
    @Option(help: ArgumentHelp("An authority file of people, aliases and cover names (format in the README).", valueName: "file"))
    public var authority: String?

    /// `--papers-of`: the person whose papers an edition is; headings that name one end (`To X`, `From X`,
    /// `Conversation with X`) have this person at the other.
    @Option(name: .customLong("papers-of"), help: ArgumentHelp(
        "The person whose papers the input is: headings such as 'To X', 'From X' or 'Conversation with X' have this person at the other end.",
        valueName: "name"))
    public var papersOf: String?

    /// `--from`: the earliest date kept, as typed (checked by `validate()`).
    @Option(help: ArgumentHelp("Keep records whose date overlaps this and later (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    public var from: String?

    /// `--to`: the latest date kept, as typed (checked by `validate()`).
    @Option(help: ArgumentHelp("Keep records whose date overlaps this and earlier (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    public var to: String?

    /// `--include-undated`: with a date range, keep undated records too.
    @Flag(name: .customLong("include-undated"), help: "With --from/--to, keep undated records too.")
    public var includeUndated = false

    /// `--keep-duplicates`: count a record again when another file lists it with the same date, title and summary.
    @Flag(name: .customLong("keep-duplicates"),
          help: "Count records that another input file lists with the same date, title and summary (default: once).")
    public var keepDuplicates = false

    /// `--strict`: an empty selection (no record in the date range) is an error, not a warning.
    @Flag(help: "Fail (exit status 1) when no record is left to work on, instead of warning.")
    public var strict = false

    /// `--quiet`: no progress notes on standard error.
    @Flag(help: "Do not report progress on standard error.")
    public var quiet = false

    /// `--timings`: each stage's time and the peak memory on standard error at the end.
    @Flag(help: "Print each stage's time and the peak memory on standard error at the end.")
    public var timings = false

    /// Defaults: the sample corpus, every date (ArgumentParser's requirement).
    public init() {}

    /// Rejects a `--from`/`--to` that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a range that ends
    /// before it starts (bad usage, exit status 2).
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
