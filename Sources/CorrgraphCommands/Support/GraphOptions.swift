import ArgumentParser
import CorrgraphGraph

/// Options that shape the graph a command works on: which acts it keeps.
/// (`--from/--to` are in `InputOptions` and filter records before extraction.)
public struct GraphOptions: ParsableArguments {
    @Option(help: "Keep only letters (messages) or only conversations.")
    public var only: GraphFilter.ActKind?

    public init() {}

    /// The filter these options and the input's date range select.
    public func filter(_ input: InputOptions) -> GraphFilter {
        GraphFilter(only: only, range: input.dateRange, includeUndated: input.includeUndated)
    }
}

extension GraphFilter.ActKind: ExpressibleByArgument {}
