import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead

/// The formats `corrgraph export` writes.
///
/// ```swift
/// ExchangeFormat(rawValue: "graphml")   // .graphml
/// ```
public enum ExchangeFormat: String, Sendable, CaseIterable {
    /// GraphML: the weighted digraph centrality runs on (node `label`, `name`, kind, authority,
    /// first, last, weight; edge `weight`, first, last).
    case graphml
    /// GEXF 1.3 for Gephi: the same graph, nodes labelled, with kind, authority and spells (dates).
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

/// What the Gephi-ready exports say about each node and edge of the weighted digraph beyond its
/// name and weight: kind, authority identifier, the first and last dates of the acts on it (the known
/// bound of an open interval), for nodes the number of acts they take part in, and for edges the ids
/// of the records behind them, so that a historian can cite the documents behind a line.
///
/// ```swift
/// let a = ExchangeAttributes(graph)
/// a.nodes[0].first   // 1949-01-09 (the earliest act of node n0)
/// ```
public struct ExchangeAttributes: Sendable {
    public struct Item: Sendable {
        public var first: CalendarDay?
        public var last: CalendarDay?
        /// The ids of the records behind an edge, in input order, each once (edges only).
        public var records: [String] = []
        private var recordSet: Set<String> = []
        mutating func add(record id: String) {
            if recordSet.insert(id).inserted { records.append(id) }
        }
        mutating func add(_ when: DateRange?) {
            guard let when else { return }
            first = Swift.min(first ?? when.firstKnown, when.firstKnown)
            last = Swift.max(last ?? when.lastKnown, when.lastKnown)
        }
    }
    public struct Node: Sendable {
        public var kind: CorrespondentKind
        public var authority: String?
        /// Messages and conversations the correspondent takes part in (as sender, recipient, relay or participant).
        public var acts: Int
        public var dates: Item
    }
    public let digraph: WeightedDigraph
    public var nodes: [Node]
    /// Dates per edge, in the digraph's edge order.
    public var edges: [Item]

    public init(_ graph: CorrespondenceGraph) {
        let digraph = graph.weightedDigraph()
        self.digraph = digraph
        var nodeOf: [Int: Int] = [:]
        for (index, id) in digraph.correspondentIDs.enumerated() { nodeOf[id] = index }
        var nodes = digraph.correspondentIDs.map { id in
            let c = graph.correspondents[id]
            return Node(kind: c.kind, authority: c.attributes["authority"], acts: 0, dates: Item())
        }
        var edgeOf: [Int: Int] = [:]
        let n = digraph.names.count
        for (index, e) in digraph.edges.enumerated() { edgeOf[e.from * n + e.to] = index }
        var edges = [Item](repeating: Item(), count: digraph.edges.count)
        func hop(_ a: Int, _ b: Int, _ when: DateRange?, _ record: String) {
            guard let x = nodeOf[a], let y = nodeOf[b], let e = edgeOf[x * n + y] else { return }
            edges[e].add(when)
            edges[e].add(record: record)
        }
        func involve(_ ids: [Int], _ when: DateRange?) {
            for id in Set(ids) {
                guard let x = nodeOf[id] else { continue }
                nodes[x].acts += 1
                nodes[x].dates.add(when)
            }
        }
        for m in graph.messages {
            involve(m.from + m.to + m.via, m.when)
            for h in m.hops { hop(h.from, h.to, m.when, m.provenance.recordID) }
        }
        for c in graph.conversations {
            involve(c.participants, c.when)
            for a in Set(c.participants) { for b in Set(c.participants) where a != b { hop(a, b, c.when, c.provenance.recordID) } }
        }
        self.nodes = nodes
        self.edges = edges
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
