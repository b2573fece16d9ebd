import ArgumentParser
import CorrgraphEmit
import CorrgraphRead
import Foundation

/// `corrgraph export --to graphml|gexf|csv|json|cmif`: the graph in exchange formats.
///
/// The contract gives `--to` two meanings: the export format here, and the end of the date range
/// for every command that reads a corpus. One command cannot declare the same option twice, so
/// export declares the input options itself and reads each `--to` value by its form: a format
/// name chooses the format, a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) ends the date range. The
/// input options are then handed to `InputOptions` so that reading and filtering stay identical
/// to the other commands.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph (GraphML, GEXF, CSV, JSON or CMIF).",
        discussion: """
            graphml and csv are exactly the graph that `centrality` computes on: one node per \
            correspondent (attribute `name`), one directed edge per hop with `weight` = the number \
            of messages on that hop (a conversation counts once in each direction).

              graphml  GraphML; node attribute `name`, edge attribute `weight`.
              gexf     GEXF 1.2 for Gephi; the same graph, node attribute `kind` (person, institution, office).
              csv      Edges as `source,target,weight` (names as in `centrality`). To standard output only \
            the edges table is written. With --output FILE.csv the edges go to FILE.csv and the nodes \
            (`name,kind`, including correspondents without edges) to FILE-nodes.csv beside it.
              json     Node-link JSON: `nodes` [{id, name, kind}], `links` [{source, target, weight}].
              cmif     The messages as TEI correspDesc (CMIF), one per message, relays as \
            `transmitted` actions; conversations are not letters and are left out.

            --to is both the format and, as for every command that reads a corpus, the end of the \
            date range: a format name chooses the format, a date ends the range, e.g. \
            `corrgraph export --to graphml --from 1949 --to 1950-06 listing.txt`.
            """)

    @Argument(help: ArgumentHelp("Files, directories (read recursively) or - for standard input. Default: the bundled sample corpus.",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Force the input format: listing, html, csv, jsonl or cmif.")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("An authority file of people, aliases and cover names (format in the README).", valueName: "file"))
    var authority: String?

    @Option(help: ArgumentHelp("Keep records whose date overlaps this and later (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(name: .customLong("to"), parsing: .singleValue,
            help: ArgumentHelp("The format: graphml, gexf, csv, json or cmif (required). Given a date (YYYY, YYYY-MM or YYYY-MM-DD), keep records whose date overlaps it and earlier.",
                               valueName: "format|date"))
    var to: [String] = []

    @Flag(name: .customLong("include-undated"), help: "With --from/--to, keep undated records too.")
    var includeUndated = false

    @Flag(help: "Do not report progress on standard error.")
    var quiet = false

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output; for csv see above.",
                                                    valueName: "file"))
    var output: String?

    /// The `--to` values read as one format and at most one date.
    func target() throws -> (format: ExchangeFormat, date: String?) {
        var formats: [ExchangeFormat] = []
        var dates: [String] = []
        for value in to {
            if let format = ExchangeFormat(rawValue: value.lowercased()) {
                formats.append(format)
            } else if CalendarDay(iso: value) != nil {
                dates.append(value)
            } else {
                throw ValidationError("--to takes a format (graphml, gexf, csv, json, cmif) or a date (YYYY, YYYY-MM or YYYY-MM-DD), not '\(value)'")
            }
        }
        guard let format = formats.first else {
            throw ValidationError("export needs a format: --to graphml|gexf|csv|json|cmif")
        }
        guard Set(formats).count == 1 else { throw ValidationError("--to names more than one format") }
        guard dates.count <= 1 else { throw ValidationError("--to names more than one date") }
        return (format, dates.first)
    }

    func validate() throws {
        _ = try target()
        if let from, CalendarDay(iso: from) == nil {
            throw ValidationError("--from takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(from)'")
        }
    }

    /// The shared input options, built from this command's own flags.
    func inputOptions(date: String?) throws -> InputOptions {
        var arguments: [String] = []
        if let inputFormat { arguments += ["--input-format", inputFormat.rawValue] }
        if let authority { arguments += ["--authority", authority] }
        if let from { arguments += ["--from", from] }
        if let date { arguments += ["--to", date] }
        if includeUndated { arguments.append("--include-undated") }
        if quiet { arguments.append("--quiet") }
        return try InputOptions.parse(arguments + ["--"] + inputs)
    }

    func run() throws {
        let (format, date) = try target()
        let input = try inputOptions(date: date)
        let loaded = try Pipeline.load(input)
        let graph = loaded.graph.filtered(by: graphOptions.filter(input))
        switch format {
        case .graphml:
            try OutputWriter.write(GraphMLExport.document(graph), to: output)
        case .gexf:
            try OutputWriter.write(GEXFExport.document(graph, description: "Correspondence network of \(loaded.sourceDescription)"),
                                   to: output)
        case .json:
            try OutputWriter.write(NodeLinkJSONExport.document(graph), to: output)
        case .cmif:
            try OutputWriter.write(CMIFExport.document(graph, title: "Correspondence of \(loaded.sourceDescription)",
                                                       date: Self.today()), to: output)
        case .csv:
            if let output, output != "-" {
                try OutputWriter.write(GraphCSVExport.nodes(graph), to: Self.nodesPath(for: output))
            }
            try OutputWriter.write(GraphCSVExport.edges(graph.weightedDigraph()), to: output)
        }
    }

    /// `out/graph.csv` → `out/graph-nodes.csv`; a name without `.csv` gets `-nodes.csv` appended.
    static func nodesPath(for edgesPath: String) -> String {
        let stem = edgesPath.lowercased().hasSuffix(".csv") ? String(edgesPath.dropLast(4)) : edgesPath
        return stem + "-nodes.csv"
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }
}
