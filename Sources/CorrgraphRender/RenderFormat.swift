/// An output format Graphviz renders a laid-out diagram into.
///
/// ```swift
/// let png = try GraphvizRenderer.render(dot: dot, engine: "dot", format: .png)
/// ```
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics (text, UTF-8), best for the web and for searching names.
    case svg
    /// A bitmap through the cairo plugin.
    case png
    /// A vector document through the cairo plugin, best for print.
    case pdf
}
