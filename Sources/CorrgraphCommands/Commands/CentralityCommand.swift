import ArgumentParser

/// `corrgraph centrality`. Placeholder: not implemented yet.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "centrality", abstract: "Rank correspondents by centrality.")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'centrality' is not implemented yet")
    }
}
