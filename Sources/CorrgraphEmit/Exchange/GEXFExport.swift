import CorrgraphGraph

/// GEXF 1.2 (Gephi) of the same weighted digraph as the GraphML export, with each node's
/// `kind` (person, institution, office) as a node attribute for colouring and filtering.
///
/// ```swift
/// GEXFExport.document(graph)
/// // … <node id="n0" label="Mao Zedong"><attvalues><attvalue for="kind" value="person"/> …
/// // … <edge id="e0" source="n0" target="n1" weight="2"/> …
/// ```
public enum GEXFExport {
    /// The GEXF document of `graph`'s weighted digraph; `description` goes into `meta/description`.
    public static func document(_ graph: CorrespondenceGraph, description: String = "Correspondence network") -> String {
        let nodes = ExchangeNodes(graph)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta>
                <creator>corrgraph</creator>
                <description>\(ExchangeXML.escape(description))</description>
              </meta>
              <graph mode="static" defaultedgetype="directed">
                <attributes class="node">
                  <attribute id="kind" title="kind" type="string"/>
                </attributes>
                <nodes>

            """
        for (index, name) in nodes.digraph.names.enumerated() {
            out += "      <node id=\"n\(index)\" label=\"\(ExchangeXML.escape(name))\"><attvalues>"
                + "<attvalue for=\"kind\" value=\"\(nodes.kinds[index].rawValue)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in nodes.digraph.edges.enumerated() {
            out += "      <edge id=\"e\(index)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\" "
                + "weight=\"\(exchangeNumber(edge.weight))\"/>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
