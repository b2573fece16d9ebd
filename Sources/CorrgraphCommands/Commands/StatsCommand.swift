import ArgumentParser

/// `corrgraph stats`. Placeholder: not implemented yet.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Who talked to whom: pair statistics and per-period counts.")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'stats' is not implemented yet")
    }
}
