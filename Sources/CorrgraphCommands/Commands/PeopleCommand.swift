import ArgumentParser
import CorrgraphEmit

/// `corrgraph people`: every resolved correspondent with the number of acts naming them, every
/// form of their name seen, how each form was merged, and their authority attributes — the audit
/// a historian checks before trusting the network.
///
/// ```
/// corrgraph people
/// corrgraph people pages/ --authority people.txt --format csv -o people.csv
/// corrgraph people --format json | jq '.people[] | select(.merges | length > 0)'
/// corrgraph people --candidates            # pairs only similarity links, to confirm in the authority file
/// ```
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List every resolved correspondent with surface forms and merge reasons.",
        discussion: """
            One block per correspondent, sorted by name: kind, acts (letters and conversations naming \
            them in any role), attributes from the authority file, then each surface form with the rule \
            and evidence that merged it. CSV has one row per form; JSON follows the contract.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "table, csv, json or markdown.")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "List merge candidates instead: pairs that only similarity links (one letter apart, a possible romanization, a longer name), with the evidence, to confirm with an authority line.")
    var candidates = false

    func run() throws {
        let loaded = try Pipeline.load(input)
        let text: String
        if candidates {
            let table = PeopleTables.candidates(loaded.resolved)
            switch format {
            case .json: text = PeopleTables.candidatesJSON(loaded.resolved).serialized(indent: 2) + "\n"
            case .csv: text = table.csv()
            case .markdown: text = table.markdown()
            case .table: text = table.terminal()
            }
            try OutputWriter.write(text, to: output)
            return
        }
        let people = PersonSummary.all(in: loaded.resolved)
        switch format {
        case .json: text = PeopleTables.json(people).serialized(indent: 2) + "\n"
        case .csv: text = PeopleTables.flat(people).csv()
        case .markdown: text = PeopleTables.table(people).markdown()
        case .table: text = PeopleTables.table(people).terminal()
        }
        try OutputWriter.write(text, to: output)
    }
}
