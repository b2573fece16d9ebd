import ArgumentParser
import CorrgraphGraph

/// Options that shape the graph a command works on: which acts it keeps.
/// (`--from/--to` are in `InputOptions` and filter records before extraction.)
///
/// ```swift
/// @OptionGroup var input: InputOptions
/// @OptionGroup var graphOptions: GraphOptions
/// let graph = loaded.graph.filtered(by: graphOptions.filter(input))   // --only, --from/--to
/// ```
public struct GraphOptions: ParsableArguments {
    /// `--only letters|conversations`; nil keeps both.
    @Option(help: "Keep only letters (messages) or only conversations.")
    public var only: GraphFilter.ActKind?

    /// Defaults: every kind of act (ArgumentParser's requirement).
    public init() {}

    /// The filter these options and the input's date range select.
    public func filter(_ input: InputOptions) -> GraphFilter {
        GraphFilter(only: only, range: input.dateRange, includeUndated: input.includeUndated)
    }
}

extension GraphFilter.ActKind: ExpressibleByArgument {}
