import ArgumentParser

/// `corrgraph graph`. Placeholder: not implemented yet.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "Draw the correspondence network (DOT, SVG, PNG or PDF).")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'graph' is not implemented yet")
    }
}
