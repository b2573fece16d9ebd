/// A Graphviz layout engine a diagram is drawn with; the DOT text records it as `layout=…`, so
/// the file lays out the same way wherever it is opened.
///
/// ```swift
/// LayoutEngine.recommended(nodeCount: 40, edgeCount: 70)      // .dot
/// LayoutEngine.recommended(nodeCount: 50, edgeCount: 200)     // .sfdp: dense
/// LayoutEngine.recommended(nodeCount: 5_000, edgeCount: 9_000) // .sfdp: large
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

    /// The largest diagram drawn with `dot` by default: `dot` takes minutes at about 500 busy
    /// nodes, and every edge label adds a virtual node.
    public static let dotNodeLimit = 120

    /// `dot` for small, sparse diagrams, where its layers show who wrote to whom through whom;
    /// `sfdp` (with overlap removal) for large or dense ones. Above about two lines per node
    /// `dot`'s layers turn into long detours (a 50-node, 200-line diagram takes 4 s and spreads
    /// over a very wide page), while `sfdp` draws it compactly in a fraction of a second.
    public static func recommended(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= dotNodeLimit && edgeCount <= max(40, 2 * nodeCount) ? .dot : .sfdp
    }
}
