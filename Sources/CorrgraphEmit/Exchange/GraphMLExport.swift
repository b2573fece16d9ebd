import CorrgraphGraph

/// GraphML of the weighted digraph every measure runs on, with typed attributes Gephi, NetworkX and
/// igraph read: each node has `label` and `name` (the same name `centrality` prints), and, when
/// written from a correspondence graph, `kind` (person, institution, office), `authority` (the GND,
/// VIAF … identifier the source gives, when it gives one), `first`/`last` (ISO dates of its earliest and
/// latest act) and `weight` (the number of acts it takes part in); each directed edge (one per hop) has
/// `weight`, the number of messages on that hop (a conversation counts once each way), and `first`/`last`.
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["Mao Zedong", "Joseph Stalin"], edges: [(0, 1, 2)])
/// GraphMLExport.document(g)
/// // … <node id="n0"><data key="label">Mao Zedong</data><data key="name">Mao Zedong</data></node> …
/// // … <edge id="e0" source="n0" target="n1"><data key="weight">2</data></edge> …
/// ```
public enum GraphMLExport {
    /// The GraphML document of `graph`'s weighted digraph with every node and edge attribute.
    public static func document(_ graph: CorrespondenceGraph) -> String {
        let attributes = ExchangeAttributes(graph)
        return document(attributes.digraph, attributes: attributes)
    }

    /// The GraphML document of `digraph`, nodes `n0…` and edges `e0…` in the digraph's order; the
    /// attributes beyond label, name and weight come from `attributes` when given.
    public static func document(_ digraph: WeightedDigraph, attributes: ExchangeAttributes? = nil) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="name" for="node" attr.name="name" attr.type="string"/>

            """
        if attributes != nil {
            out += """
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="authority" for="node" attr.name="authority" attr.type="string"/>
                  <key id="first" for="node" attr.name="first" attr.type="string"/>
                  <key id="last" for="node" attr.name="last" attr.type="string"/>
                  <key id="acts" for="node" attr.name="weight" attr.type="int"/>
                  <key id="edgeFirst" for="edge" attr.name="first" attr.type="string"/>
                  <key id="edgeLast" for="edge" attr.name="last" attr.type="string"/>
                  <key id="records" for="edge" attr.name="records" attr.type="string"/>

                """
        }
        out += """
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="corrgraph" edgedefault="directed">

            """
        func data(_ key: String, _ value: String?) -> String {
            value.map { "<data key=\"\(key)\">\(ExchangeXML.escape($0))</data>" } ?? ""
        }
        for (index, name) in digraph.names.enumerated() {
            out += "    <node id=\"n\(index)\">" + data("label", name) + data("name", name)
            if let node = attributes?.nodes[index] {
                out += data("kind", node.kind.rawValue) + data("authority", node.authority)
                    + data("first", node.dates.first?.description) + data("last", node.dates.last?.description)
                    + data("acts", String(node.acts))
            }
            out += "</node>\n"
        }
        for (index, edge) in digraph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\">"
                + data("weight", exchangeNumber(edge.weight))
            if let dates = attributes?.edges[index] {
                out += data("edgeFirst", dates.first?.description) + data("edgeLast", dates.last?.description)
                    + data("records", dates.records.isEmpty ? nil : dates.records.joined(separator: "; "))
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
