/// A Graphviz layout engine a diagram is drawn with; the DOT text records it as `layout=…`, so
/// the file lays out the same way wherever it is opened.
///
/// ```swift
/// LayoutEngine.recommended(nodeCount: 40, edgeCount: 70)                         // .dot
/// LayoutEngine.recommended(nodeCount: 50, edgeCount: 200)                        // .neato: dense
/// LayoutEngine.recommended(nodeCount: 50, edgeCount: 55, largestNeighbourhood: 49) // .neato: a star
/// LayoutEngine.recommended(nodeCount: 5_000, edgeCount: 9_000)                   // .sfdp: large
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
    /// `neato` (with overlap removal) for small ones that are dense or centred on one correspondent;
    /// `sfdp` for large ones.
    ///
    /// Above about two lines per node `dot`'s layers turn into long detours round the edge of the
    /// page (a 50-node, 200-line diagram takes 4 s and spreads over a very wide page). A star —
    /// one correspondent linked to more than half of the others, as in an edition of one writer's
    /// letters — puts everyone else on one rank: a strip of names a page long. `fdp` draws both
    /// as a compact, roughly square figure with the busy correspondents in the middle; it takes
    /// about a second at 50 nodes, while `sfdp` lays out thousands in seconds. `neato` rather than
    /// `fdp`, which draws the same figure: with libgvc 2.42 an `fdp` layout after the first in a
    /// process differs from run to run whatever its seed (the fitting to a print size, and the
    /// main job, lay out several), while `neato` with `start=1` is the same every time.
    ///
    /// - Parameter largestNeighbourhood: the most correspondents any one drawn correspondent is
    ///   linked to (0 when not known).
    public static func recommended(nodeCount: Int, edgeCount: Int, largestNeighbourhood: Int = 0) -> LayoutEngine {
        if nodeCount > dotNodeLimit { return .sfdp }
        let dense = edgeCount > max(40, 2 * nodeCount)
        let star = largestNeighbourhood > max(15, nodeCount / 2)
        return dense || star ? .neato : .dot
    }
}
