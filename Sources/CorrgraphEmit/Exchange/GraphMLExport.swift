import CorrgraphGraph

/// GraphML of the weighted digraph every measure runs on: one node per correspondent with the
/// attribute `name` (the same name `centrality` prints), one directed edge per hop with `weight`,
/// the number of messages on that hop (a conversation counts once each way).
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["Mao Zedong", "Joseph Stalin"], edges: [(0, 1, 2)])
/// GraphMLExport.document(g)
/// // … <node id="n0"><data key="name">Mao Zedong</data></node> …
/// // … <edge id="e0" source="n0" target="n1"><data key="weight">2</data></edge> …
/// ```
public enum GraphMLExport {
    /// The GraphML document of `digraph`, nodes `n0…` and edges `e0…` in the digraph's order.
    public static func document(_ digraph: WeightedDigraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="corrgraph" edgedefault="directed">

            """
        for (index, name) in digraph.names.enumerated() {
            out += "    <node id=\"n\(index)\"><data key=\"name\">\(ExchangeXML.escape(name))</data></node>\n"
        }
        for (index, edge) in digraph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\">"
                + "<data key=\"weight\">\(exchangeNumber(edge.weight))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
