import CorrgraphGraph

/// Node-link JSON of the weighted digraph, the shape D3's force layout and NetworkX's
/// `node_link_graph` read: `nodes` with integer `id`, `name` and `kind`; `links` with `source` and
/// `target` ids and `weight`.
///
/// ```swift
/// NodeLinkJSONExport.document(graph)
/// // {"directed":true,"multigraph":false,"graph":{…},
/// //  "nodes":[{"id":0,"name":"Mao Zedong","kind":"person"},…],
/// //  "links":[{"source":0,"target":1,"weight":2},…]}
/// ```
public enum NodeLinkJSONExport {
    /// The node-link object of `graph`'s weighted digraph, for embedding in other JSON.
    public static func value(_ graph: CorrespondenceGraph) -> JSONValue {
        let nodes = ExchangeNodes(graph)
        let g = nodes.digraph
        return .object([
            ("directed", .bool(true)),
            ("multigraph", .bool(false)),
            ("graph", .object([
                ("weight", .string("number of messages on the hop; a conversation counts once each way")),
            ])),
            ("nodes", .array(g.names.indices.map { i in
                .object([("id", .int(i)), ("name", .string(g.names[i])), ("kind", .string(nodes.kinds[i].rawValue))])
            })),
            ("links", .array(g.edges.map { e in
                .object([("source", .int(e.from)), ("target", .int(e.to)), ("weight", .number(e.weight))])
            })),
        ])
    }

    /// `value(_:)` pretty-printed with two-space indentation and a final line feed.
    public static func document(_ graph: CorrespondenceGraph) -> String {
        value(graph).serialized(indent: 2) + "\n"
    }
}
