/// Why Graphviz could not parse, lay out or render a diagram, with a message fit for the user.
///
/// ```swift
/// do { _ = try GraphvizRenderer.render(dot: "digraph {", format: .svg) }
/// catch let error as GraphvizError { print(error) }   // "Graphviz could not read the DOT text: syntax error in line 1 …"
/// ```
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, so callers can react without matching on message text.
    public enum Kind: Sendable, Equatable {
        /// libgvc found no layout plugins at all: its plugin configuration file is missing.
        case noLayoutEngines
        /// The requested layout engine is not among the installed ones.
        case unknownEngine
        /// No installed plugin writes the requested output format.
        case formatUnavailable
        /// cgraph rejected the DOT text.
        case syntax
        /// The layout engine failed.
        case layout
        /// The renderer failed.
        case render
    }

    /// What went wrong.
    public var kind: Kind
    /// The message for the user, with cgraph's own message when it gave one.
    public var message: String

    /// An error of `kind` reported as `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message, as printed.
    public var description: String { message }
}
