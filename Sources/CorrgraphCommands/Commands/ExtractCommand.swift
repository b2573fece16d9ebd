import ArgumentParser
import CorrgraphEmit
import CorrgraphResolve
import Foundation

/// `corrgraph extract`: one output record per input record.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract correspondence acts from every record (JSON Lines, a CSV of acts, or a readable table).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @OptionGroup var input: InputOptions

    @Option(help: "jsonl (the contract schema), csv (one row per act, readable back as acts) or table. Default: table on a terminal, jsonl otherwise.")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "List on standard error every input line that is not part of a record (page chrome, empty rows).")
    var verbose = false

    func run() throws {
        // One line per record: the graph of the acts is not needed.
        let loaded = try Pipeline.load(input, writesEveryRecord: true, buildsGraph: false)
        let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        try StageClock.shared.measure("write") {
            switch chosen {
            case .jsonl:
                try OutputWriter.write(chunks: ExtractionJSONL.chunks(of: loaded.resolved), to: output)
            case .csv:
                try OutputWriter.write(ExtractionCSV.table(of: loaded.resolved), to: output)
            case .table:
                try OutputWriter.write(ExtractionTable.render(loaded.resolved), to: output)
            }
        }
        if verbose {
            let lines = loaded.skipped.map { "corrgraph: \($0)\n" }.joined()
            FileHandle.standardError.write(Data(lines.utf8))
        }
        if !input.quiet {
            FileHandle.standardError.write(Data((Self.summary(of: loaded.resolved.records, skipped: loaded.skipped.count,
                                                              listed: verbose) + "\n").utf8))
        }
        // The output is written: a large corpus is left for the process's exit to reclaim at once, instead of
        // being freed string by string on one thread (15 M instructions on 5,000 records). Small ones (tests,
        // pages) are freed as usual.
        if loaded.records.count >= Self.keptUntilExit { Self.keepUntilExit(loaded) }
    }

    /// Records from which `run` leaves its corpus for the exit to reclaim.
    static let keptUntilExit = 2_000

    private static func keepUntilExit(_ corpus: LoadedCorpus) {
        final class Kept {
            let corpus: LoadedCorpus
            init(_ corpus: LoadedCorpus) { self.corpus = corpus }
        }
        _ = Unmanaged.passRetained(Kept(corpus))
    }

    /// Every record and every line accounted for (issue 13):
    /// `corrgraph: 708 records read: 540 with acts, 168 without, 12 with problems; 9 lines skipped (--verbose lists them)`.
    static func summary(of records: [ResolvedRecord], skipped: Int = 0, listed: Bool = false) -> String {
        let withActs = records.filter { !$0.messages.isEmpty || !$0.conversations.isEmpty }.count
        let withProblems = records.filter { !$0.extraction.problems.isEmpty }.count
        return "corrgraph: \(records.count) record\(records.count == 1 ? "" : "s") read: \(withActs) with acts, "
            + "\(records.count - withActs) without, \(withProblems) with problems; "
            + "\(skipped) line\(skipped == 1 ? "" : "s") skipped" + (skipped > 0 && !listed ? " (--verbose lists them)" : "")
    }
}
