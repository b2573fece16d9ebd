import CorrgraphGraph

/// GEXF 1.3 (Gephi) of the same weighted digraph as the GraphML export: nodes labelled, with `kind`
/// (person, institution, office), `authority` (when the source gives one) and `acts` as attributes, and
/// a spell from the first to the last date of each node's and each edge's acts (the known bound of an
/// open interval), so that Gephi's timeline can play the network; undated nodes and edges have no spell.
///
/// ```swift
/// GEXFExport.document(graph)
/// // … <node id="n0" label="Mao Zedong"><attvalues><attvalue for="kind" value="person"/>…</attvalues>
/// //     <spells><spell start="1949-01-09" end="1950-02-14"/></spells></node> …
/// // … <edge id="e0" source="n0" target="n1" weight="2"><spells>…</spells></edge> …
/// ```
public enum GEXFExport {
    /// The GEXF document of `graph`'s weighted digraph; `description` goes into `meta/description`.
    public static func document(_ graph: CorrespondenceGraph, description: String = "Correspondence network") -> String {
        let attributes = ExchangeAttributes(graph)
        let digraph = attributes.digraph
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>corrgraph</creator>
                <description>\(ExchangeXML.escape(description))</description>
              </meta>
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="authority" title="authority" type="string"/>
                  <attribute id="acts" title="acts" type="integer"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="records" title="records" type="string"/>
                </attributes>
                <nodes>

            """
        func spells(_ item: ExchangeAttributes.Item) -> String {
            guard let first = item.first, let last = item.last else { return "" }
            return "<spells><spell start=\"\(first)\" end=\"\(last)\"/></spells>"
        }
        // The records behind an edge, "; "-separated, so that a line in Gephi names its documents.
        func records(_ item: ExchangeAttributes.Item) -> String {
            guard !item.records.isEmpty else { return "" }
            return "<attvalues><attvalue for=\"records\" value=\"\(ExchangeXML.escape(item.records.joined(separator: "; ")))\"/></attvalues>"
        }
        for (index, name) in digraph.names.enumerated() {
            let node = attributes.nodes[index]
            out += "      <node id=\"n\(index)\" label=\"\(ExchangeXML.escape(name))\"><attvalues>"
                + "<attvalue for=\"kind\" value=\"\(node.kind.rawValue)\"/>"
                + (node.authority.map { "<attvalue for=\"authority\" value=\"\(ExchangeXML.escape($0))\"/>" } ?? "")
                + "<attvalue for=\"acts\" value=\"\(node.acts)\"/></attvalues>" + spells(node.dates) + "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in digraph.edges.enumerated() {
            out += "      <edge id=\"e\(index)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\" "
                + "weight=\"\(exchangeNumber(edge.weight))\">" + records(attributes.edges[index])
                + spells(attributes.edges[index]) + "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
