import ArgumentParser

/// `corrgraph report`. Placeholder: not implemented yet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Write a self-contained HTML report.")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'report' is not implemented yet")
    }
}
