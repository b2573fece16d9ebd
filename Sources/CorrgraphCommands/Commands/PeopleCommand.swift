import ArgumentParser

/// `corrgraph people`. Placeholder: not implemented yet.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "List every resolved correspondent with surface forms and merge reasons.")

    @OptionGroup var input: InputOptions

    func run() throws {
        throw CommandError("'people' is not implemented yet")
    }
}
