import ArgumentParser

/// `corrgraph intermediaries`. Placeholder: not implemented yet.
struct IntermediariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intermediaries", abstract: "List everyone who relays messages.")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'intermediaries' is not implemented yet")
    }
}
