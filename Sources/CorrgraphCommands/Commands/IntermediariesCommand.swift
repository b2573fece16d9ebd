import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit

/// `corrgraph intermediaries`: everyone who relays messages — how many, between whom, when, and
/// (with `--group-by`) their Gould–Fernandez brokerage roles.
struct IntermediariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intermediaries", abstract: "List everyone who relays messages.")

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "table, csv, json or markdown.")
    var format: TableFormat = .table

    @Option(name: .customLong("group-by"),
            help: ArgumentHelp("A person attribute from the authority file (e.g. country) for brokerage roles.", valueName: "attribute"))
    var groupBy: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let loaded = try Pipeline.load(input)
        let graph = loaded.graph.filtered(by: graphOptions.filter(input))
        let relays = Intermediaries.compute(graph, groupBy: groupBy)
        let text: String
        switch format {
        case .json: text = IntermediaryTables.json(relays).serialized(indent: 2) + "\n"
        case .csv: text = IntermediaryTables.flat(relays).csv()
        case .markdown: text = IntermediaryTables.summary(relays).markdown()
        case .table: text = IntermediaryTables.summary(relays).terminal()
        }
        try OutputWriter.write(text, to: output)
    }
}
