import CorrgraphGraph

/// The weighted digraph as two CSV tables (RFC 4180, LF line ends): edges `source,target,weight`
/// naming nodes by their `name`, and nodes `name,kind`, which also lists correspondents without
/// edges (a message with no stated recipient still makes its sender a node).
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["Mao Zedong", "Stalin, Joseph"], edges: [(0, 1, 2)])
/// GraphCSVExport.edges(g)
/// // source,target,weight
/// // Mao Zedong,"Stalin, Joseph",2
/// ```
public enum GraphCSVExport {
    /// The edge table: a header, then one row per edge, tails ascending then heads.
    public static func edges(_ digraph: WeightedDigraph) -> String {
        var out = "source,target,weight\n"
        for edge in digraph.edges {
            out += "\(field(digraph.names[edge.from])),\(field(digraph.names[edge.to])),\(exchangeNumber(edge.weight))\n"
        }
        return out
    }

    /// The node table: a header, then one row per node of `graph`'s weighted digraph, in node order.
    public static func nodes(_ graph: CorrespondenceGraph) -> String {
        let nodes = ExchangeNodes(graph)
        var out = "name,kind\n"
        for (index, name) in nodes.digraph.names.enumerated() {
            out += "\(field(name)),\(nodes.kinds[index].rawValue)\n"
        }
        return out
    }

    /// A CSV field under `TextTable.csvField`: quoted when it holds a comma, a quote, a line break or edge
    /// spaces, and a spreadsheet formula neutralised.
    static func field(_ s: String) -> String {
        // One quoting and formula-neutralising rule for every CSV corrgraph writes.
        TextTable.csvField(s)
    }
}
