import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit

/// `corrgraph stats`: who talked to whom — every ordered pair with messages, conversations, dates
/// and reciprocity; counts per year or month; optionally one person's ego network.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Who talked to whom: pair statistics and per-period counts.")

    enum Section: String, ExpressibleByArgument, CaseIterable { case pairs, periods }

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "table, csv, json or markdown.")
    var format: TableFormat = .table

    @Option(help: "Period length for the counts: year or month.")
    var by: PairStatistics.Granularity = .year

    @Option(help: ArgumentHelp("Only this person's ego network (a name, any form of it, or a unique part of a name).", valueName: "name"))
    var ego: String?

    @Option(help: ArgumentHelp("In the table and Markdown, show only the N most active pairs.", valueName: "N"))
    var top: Int?

    @Option(help: "For csv: which table to write, pairs (default) or periods.")
    var section: Section = .pairs

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
    }

    func run() throws {
        let loaded = try Pipeline.load(input)
        let graph = loaded.graph.filtered(by: graphOptions.filter(input))
        let egoID = try ego.map { try EgoOption.correspondent(named: $0, in: graph) }
        let stats = PairStatistics.compute(graph, by: by, ego: egoID)
        let text: String
        switch format {
        case .json: text = PairStatisticsTables.json(stats).serialized(indent: 2) + "\n"
        case .csv:
            text = section == .pairs ? PairStatisticsTables.pairs(stats).csv() : PairStatisticsTables.periods(stats).csv()
        case .markdown:
            text = PairStatisticsTables.pairs(stats, limit: top, recordsPerPair: 3).markdown() + "\n" + PairStatisticsTables.periods(stats).markdown()
        case .table:
            text = PairStatisticsTables.pairs(stats, limit: top, recordsPerPair: 3).terminal() + "\n" + PairStatisticsTables.periods(stats).terminal()
        }
        try OutputWriter.write(text, to: output)
    }
}

extension PairStatistics.Granularity: ExpressibleByArgument {}
