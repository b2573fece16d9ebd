import ArgumentParser

/// `corrgraph export`. Placeholder: not implemented yet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the graph (GraphML, GEXF, CSV, JSON or CMIF).")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'export' is not implemented yet")
    }
}
