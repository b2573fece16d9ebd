import CorrgraphExtract
import CorrgraphGraph

/// The formats `corrgraph export` writes.
///
/// ```swift
/// ExchangeFormat(rawValue: "graphml")   // .graphml
/// ```
public enum ExchangeFormat: String, Sendable, CaseIterable {
    /// GraphML: the weighted digraph centrality runs on (node `name`, edge `weight`).
    case graphml
    /// GEXF 1.2 for Gephi: the same graph, nodes labelled and given their `kind`.
    case gexf
    /// Edges as `source,target,weight` (and a nodes table `name,kind` beside it).
    case csv
    /// Node-link JSON (`nodes`, `links`), as D3 and NetworkX read it.
    case json
    /// The messages as TEI `correspDesc` (CMIF), one per message.
    case cmif
}

/// The digraph of a correspondence graph with each node's correspondent kind, computed once
/// for the exporters that label nodes.
struct ExchangeNodes {
    let digraph: WeightedDigraph
    let kinds: [CorrespondentKind]

    init(_ graph: CorrespondenceGraph) {
        digraph = graph.weightedDigraph()
        kinds = digraph.correspondentIDs.map { graph.correspondents[$0].kind }
    }
}

/// Escaping for XML 1.0 text and attribute values.
enum ExchangeXML {
    /// `s` with `& < > " '` escaped and the characters XML 1.0 forbids (C0 controls other than
    /// tab and line breaks, U+FFFE, U+FFFF) dropped, so any name yields a well-formed document
    /// (`MarkupEscaper.xml`, shared with the report's HTML escaping).
    static func escape(_ s: String) -> String { MarkupEscaper.xml.escape(s) }
}

/// Weights are message counts; written without a fraction when whole (`3`, not `3.0`).
func exchangeNumber(_ d: Double) -> String { JSONValue.format(d) }
