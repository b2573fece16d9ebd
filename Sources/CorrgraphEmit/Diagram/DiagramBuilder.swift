import CorrgraphGraph
import CorrgraphResolve

/// Builds a readable Graphviz diagram of a correspondence network.
///
/// ```swift
/// let graph = loaded.graph.filtered(by: filter)
/// let builder = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph),
///                              scoreName: "weighted degree")
/// let diagram = builder.diagram(DiagramOptions(title: "Sino-Soviet relations"))
/// let svg = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
/// ```
///
/// What is drawn:
/// - one node per correspondent, its name as label, its size (font, hence shape) growing with the
///   square root of its score; ellipses for people, boxes for institutions, rounded boxes for
///   offices; filled by group when `colorBy` names an authority attribute the nodes have;
/// - one solid arrow per ordered pair that exchanged letters directly, width and label = count;
/// - one dashed arrow per hop of relayed letters (`A → intermediary → B`), width and label = count;
/// - one dotted line without arrowheads per pair who met in conversation, width and label = count;
/// - a title with the corpus name and date range, a note of what was left out, and a legend.
///
/// Scores are taken as input (one per correspondent id) so that any centrality can size the
/// nodes; `weightedDegree(of:)` is provided for when no other is at hand.
///
/// - Complexity: O(m log m + n log n) for m hops and conversation pairs and n correspondents.
public struct DiagramBuilder: Sendable {
    /// The graph to draw, already filtered; ids index `scores`.
    public var graph: CorrespondenceGraph
    /// One score per correspondent id (`graph.correspondents[i]` ↔ `scores[i]`); missing ids count as 0.
    public var scores: [Double]
    /// What the scores measure, for the legend and tooltips (e.g. "PageRank").
    public var scoreName: String

    /// A builder drawing `graph` with nodes sized by `scores`, named `scoreName` in the legend.
    public init(graph: CorrespondenceGraph, scores: [Double], scoreName: String) {
        self.graph = graph
        self.scores = scores
        self.scoreName = scoreName
    }

    /// Weighted degree (in + out) per correspondent id, by the `WeightedDigraph` rule: each hop of
    /// a letter counts once for each end; a conversation of k people counts 2(k − 1) for each.
    ///
    /// ```swift
    /// // A → B, and a conversation of A, B, C:
    /// DiagramBuilder.weightedDegree(of: graph)   // [5, 5, 4]
    /// ```
    public static func weightedDegree(of graph: CorrespondenceGraph) -> [Double] {
        var degree = [Double](repeating: 0, count: graph.correspondents.count)
        for message in graph.messages {
            for hop in message.hops {
                degree[hop.from] += 1
                degree[hop.to] += 1
            }
        }
        for conversation in graph.conversations {
            let people = Set(conversation.participants)
            for id in people { degree[id] += Double(2 * (people.count - 1)) }
        }
        return degree
    }

    /// Re-indexes scores computed on `graph.weightedDigraph()` (one per digraph node) by
    /// correspondent id, the indexing `DiagramBuilder` takes.
    ///
    /// ```swift
    /// let digraph = graph.weightedDigraph()
    /// let pagerank = /* one value per digraph node */
    /// let scores = DiagramBuilder.scoresByCorrespondent(pagerank, of: digraph, correspondentCount: graph.correspondents.count)
    /// ```
    public static func scoresByCorrespondent(_ nodeScores: [Double], of digraph: WeightedDigraph,
                                             correspondentCount: Int) -> [Double] {
        var result = [Double](repeating: 0, count: correspondentCount)
        for (node, id) in digraph.correspondentIDs.enumerated() where node < nodeScores.count {
            result[id] = nodeScores[node]
        }
        return result
    }

    /// Active correspondents, most central first: those of the main connected network (the
    /// largest group linked by lines), then the rest; each part by score, ties broken by weighted
    /// degree (both descending), then by name and id (ascending). Putting the main network first
    /// keeps a member of an isolated pair, which PageRank rates highly, from heading the list.
    ///
    /// ```swift
    /// let mostCentral = builder.ranking().first   // the ego of the main job's ego diagram
    /// ```
    public func ranking() -> [Int] {
        let lines = LineTally(graph)
        return DiagramSelection.mainGroupFirst(rank(graph.activeCorrespondents, degree: Self.weightedDegree(of: graph)),
                                               neighbours: Self.neighbours(lines, minWeight: 1, count: graph.correspondents.count))
    }

    /// The diagram `options` describe.
    ///
    /// ```swift
    /// var options = DiagramOptions(title: "Sample", top: 10)
    /// options.minWeight = 2
    /// let dot = builder.diagram(options).dot
    /// ```
    public func diagram(_ options: DiagramOptions = DiagramOptions()) -> Diagram {
        let lines = LineTally(graph)
        let degree = Self.weightedDegree(of: graph)
        let minWeight = max(1, options.minWeight)

        // Correspondents with at least one line heavy enough to draw.
        var hasLine = [Bool](repeating: false, count: graph.correspondents.count)
        lines.forEachLine(minWeight: minWeight) { u, v, _, _ in
            hasLine[u] = true
            hasLine[v] = true
        }
        var candidates = graph.activeCorrespondents.filter { hasLine[$0] }
        let neighbours = Self.neighbours(lines, minWeight: minWeight, count: graph.correspondents.count)

        let ego = options.ego.flatMap { $0 >= 0 && $0 < graph.correspondents.count ? $0 : nil }
        if let ego {
            let near = neighbourhood(of: ego, radius: max(0, options.radius), neighbours: neighbours)
            candidates = candidates.filter { near.contains($0) && $0 != ego }
            // The ego is drawn even without a line: it was asked for by name.
            candidates.append(ego)
        }

        let selection = DiagramSelection(ranked: rank(candidates, degree: degree), neighbours: neighbours,
                                         top: options.top, ego: ego, network: options.network)
        let shown = selection.shown

        var isShown = [Bool](repeating: false, count: graph.correspondents.count)
        for id in shown { isShown[id] = true }

        var edgeCount = 0
        lines.forEachLine(minWeight: minWeight) { u, v, _, _ in
            if isShown[u] && isShown[v] { edgeCount += 1 }
        }
        // Distinct drawn partners of the best-linked correspondent: a star needs another layout.
        let largestNeighbourhood = shown.map { id in Set(neighbours[id].filter { isShown[$0] && $0 != id }).count }.max() ?? 0
        let engine = options.engine ?? LayoutEngine.recommended(nodeCount: shown.count, edgeCount: edgeCount,
                                                                largestNeighbourhood: largestNeighbourhood)

        let drawn = { (u: Int, v: Int, kind: LineKind) -> Bool in
            isShown[u] && isShown[v] && lines.count(u, v, kind) >= minWeight
        }
        let shownMessages = graph.messages.count(where: { message in
            message.hops.contains { drawn($0.from, $0.to, $0.isRelay ? .relay : .letter) }
        })
        let shownConversations = graph.conversations.count(where: { conversation in
            let people = conversation.participants
            return people.contains { a in people.contains { b in a < b && drawn(a, b, .conversation) } }
        })

        var writer = DiagramWriter(builder: self, options: options, engine: engine, minWeight: minWeight)
        writer.summary = .init(shown: shown.count, active: graph.activeCorrespondents.count, candidates: candidates.count,
                               shownMessages: shownMessages, messages: graph.messages.count,
                               shownConversations: shownConversations, conversations: graph.conversations.count,
                               drawnLines: edgeCount, selection: selection)
        let dot = writer.write(shown: shown, isShown: isShown, lines: lines, degree: degree)
        return Diagram(dot: dot, engine: engine, shown: shown, activeCount: graph.activeCorrespondents.count,
                       edgeCount: edgeCount, shownMessages: shownMessages, messageCount: graph.messages.count,
                       shownConversations: shownConversations, conversationCount: graph.conversations.count,
                       omittedGroups: selection.omittedGroups, omittedGroupMembers: selection.omittedGroupMembers,
                       networkCount: selection.networkCount)
    }

    func score(_ id: Int) -> Double { id < scores.count && scores[id].isFinite ? scores[id] : 0 }

    private func rank(_ ids: [Int], degree: [Double]) -> [Int] {
        ids.sorted { a, b in
            let (sa, sb) = (score(a), score(b))
            if sa != sb { return sa > sb }
            if degree[a] != degree[b] { return degree[a] > degree[b] }
            let (na, nb) = (graph.correspondents[a].name, graph.correspondents[b].name)
            if na != nb { return na < nb }
            return a < b
        }
    }

    /// For each correspondent id, those it shares a line of at least `minWeight` with (any kind,
    /// either direction; a pair may repeat).
    static func neighbours(_ lines: LineTally, minWeight: Int, count: Int) -> [[Int]] {
        var adjacent = [[Int]](repeating: [], count: count)
        lines.forEachLine(minWeight: minWeight) { u, v, _, _ in
            adjacent[u].append(v)
            adjacent[v].append(u)
        }
        return adjacent
    }

    /// Correspondents within `radius` hops of `ego` along drawable lines of any kind and direction.
    private func neighbourhood(of ego: Int, radius: Int, neighbours: [[Int]]) -> Set<Int> {
        var seen: Set<Int> = [ego]
        var frontier = [ego]
        for _ in 0..<radius where !frontier.isEmpty {
            var next: [Int] = []
            for u in frontier {
                for v in neighbours[u] where seen.insert(v).inserted { next.append(v) }
            }
            frontier = next
        }
        return seen
    }
}

/// The three kinds of line a diagram draws.
enum LineKind: CaseIterable {
    /// A letter sent directly.
    case letter
    /// One hop of a letter passed through an intermediary.
    case relay
    /// A conversation (undirected; stored with the lower id first).
    case conversation
}

/// Message and conversation counts per pair and kind of line.
struct LineTally {
    struct Line {
        var from: Int
        var to: Int
        var kind: LineKind
        var count: Int
    }

    /// Every line, kinds in `LineKind` order, pairs ascending: a stable order for the DOT text.
    private(set) var lines: [Line] = []
    private var counts: [LineKind: [UInt64: Int]] = [:]
    /// The records behind each line, in corpus order (a record may repeat when it has several acts).
    private var documents: [LineKind: [UInt64: [Provenance]]] = [:]

    init(_ graph: CorrespondenceGraph) {
        var letter: [UInt64: Int] = [:]
        var relay: [UInt64: Int] = [:]
        var conversation: [UInt64: Int] = [:]
        var sources: [LineKind: [UInt64: [Provenance]]] = [.letter: [:], .relay: [:], .conversation: [:]]
        for message in graph.messages {
            for hop in message.hops {
                let key = Self.key(hop.from, hop.to)
                if hop.isRelay {
                    relay[key, default: 0] += 1
                    sources[.relay]![key, default: []].append(message.provenance)
                } else {
                    letter[key, default: 0] += 1
                    sources[.letter]![key, default: []].append(message.provenance)
                }
            }
        }
        for c in graph.conversations {
            let people = Array(Set(c.participants)).sorted()
            for (i, a) in people.enumerated() {
                for b in people[(i + 1)...] {
                    conversation[Self.key(a, b), default: 0] += 1
                    sources[.conversation]![Self.key(a, b), default: []].append(c.provenance)
                }
            }
        }
        documents = sources
        counts = [.letter: letter, .relay: relay, .conversation: conversation]
        for kind in LineKind.allCases {
            for (key, count) in (counts[kind] ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append(Line(from: Int(key >> 32), to: Int(key & 0xFFFF_FFFF), kind: kind, count: count))
            }
        }
    }

    private static func key(_ u: Int, _ v: Int) -> UInt64 { UInt64(UInt32(u)) << 32 | UInt64(UInt32(v)) }

    /// The count on `u → v` (for conversations, on the pair in either order).
    func count(_ u: Int, _ v: Int, _ kind: LineKind) -> Int {
        let key = kind == .conversation ? Self.key(min(u, v), max(u, v)) : Self.key(u, v)
        return counts[kind]?[key] ?? 0
    }

    /// The distinct records behind `u → v` (for conversations, the pair in either order), in corpus order.
    func records(_ u: Int, _ v: Int, _ kind: LineKind) -> [Provenance] {
        let key = kind == .conversation ? Self.key(min(u, v), max(u, v)) : Self.key(u, v)
        var seen = Set<String>()
        return (documents[kind]?[key] ?? []).filter { seen.insert($0.recordID).inserted }
    }

    /// Calls `body(u, v, kind, count)` for every line with at least `minWeight`, in `lines` order.
    func forEachLine(minWeight: Int, _ body: (Int, Int, LineKind, Int) -> Void) {
        for line in lines where line.count >= minWeight { body(line.from, line.to, line.kind, line.count) }
    }
}
