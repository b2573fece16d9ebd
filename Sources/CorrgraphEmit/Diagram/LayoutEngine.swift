/// A Graphviz layout engine a diagram is drawn with; the DOT text records it as `layout=…`, so
/// the file lays out the same way wherever it is opened.
///
/// ```swift
/// LayoutEngine.recommended(nodeCount: 40, edgeCount: 90)     // .dot
/// LayoutEngine.recommended(nodeCount: 5_000, edgeCount: 9_000) // .sfdp
/// ```
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered drawing: the most readable for small networks, but slow past a few hundred busy nodes.
    case dot
    /// Multiscale force-directed: lays out thousands of nodes in seconds.
    case sfdp
    /// Spring model (stress majorization), for mid-sized networks.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Circular layout.
    case circo

    /// The largest diagram drawn with `dot` by default. `dot` takes minutes at about 500 busy
    /// nodes and every edge label adds a virtual node, so beyond this `sfdp` is chosen.
    public static let dotNodeLimit = 120
    /// The largest number of drawn edges drawn with `dot` by default.
    public static let dotEdgeLimit = 400

    /// `dot` for small diagrams, `sfdp` (with overlap removal) for large ones.
    public static func recommended(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= dotNodeLimit && edgeCount <= dotEdgeLimit ? .dot : .sfdp
    }
}
