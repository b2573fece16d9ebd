import CorrgraphAnalyse

/// Centrality results as a table (terminal, CSV, Markdown) or as the contract's JSON
/// (`{"conventions": {...}, "nodes": [...]}`).
///
/// ```swift
/// let result = CentralityMeasures.compute(digraph)
/// let order = result.ranking(by: .pagerank)
/// print(CentralityTables.table(result, order: order).terminal())
/// print(CentralityTables.json(result, order: order).serialized(indent: 2))
/// ```
public enum CentralityTables {
    static let degreeMeasures: Set<CentralityMeasure> = [.inDegree, .outDegree, .weightedIn, .weightedOut]

    /// One row per node in `order` (default: node id order); `exact` keeps full precision (CSV).
    /// The footer states every convention used.
    public static func table(_ result: CentralityResult, order: [Int]? = nil, exact: Bool = false) -> TextTable {
        var table = TextTable(columns: [.init("rank", alignment: .right), .init("name")]
            + result.measures.map { .init($0.rawValue, alignment: .right) })
        for (rank, node) in (order ?? Array(result.names.indices)).enumerated() {
            var row = [String(rank + 1), result.names[node]]
            for measure in result.measures {
                let value = result.values[measure]![node]
                row.append(exact ? Cell.exact(value) : Cell.readable(value))
            }
            table.rows.append(row)
        }
        table.footer = ["Conventions:"] + conventionList(result).map { "  \($0.key): \($0.text)" }
        return table
    }

    /// The contract shape; degree values are integers, NaN (igraph closeness of a node that
    /// reaches nobody) is null.
    public static func json(_ result: CentralityResult, order: [Int]? = nil) -> JSONValue {
        let conventions = JSONValue.object(conventionList(result).map { ($0.key, .string($0.text)) })
        var nodes: [JSONValue] = []
        for node in order ?? Array(result.names.indices) {
            var fields: [(String, JSONValue)] = [("name", .string(result.names[node]))]
            for measure in result.measures {
                let value = result.values[measure]![node]
                fields.append((measure.rawValue, degreeMeasures.contains(measure) ? .int(Int(value)) : .number(value)))
            }
            nodes.append(.object(fields))
        }
        return .object([("conventions", conventions), ("nodes", .array(nodes))])
    }

    /// Node ids by weighted degree (weighted in + out: letters and conversations, received and
    /// sent), highest first — the ranking a historian expects first; ties by PageRank when it was
    /// computed, then by name. Falls back to `fallback` (or name order) when the weighted degrees
    /// were not computed.
    ///
    /// ```swift
    /// // A wrote 3 letters to B, B 1 to C: A 3, B 4, C 1
    /// CentralityTables.rankingByWeightedDegree(result)   // [B, A, C]
    /// ```
    public static func rankingByWeightedDegree(_ result: CentralityResult, fallback: CentralityMeasure? = nil) -> [Int] {
        guard let inWeights = result.values[.weightedIn], let outWeights = result.values[.weightedOut] else {
            if let fallback, result.values[fallback] != nil { return result.ranking(by: fallback) }
            return result.names.indices.sorted { result.names[$0] < result.names[$1] }
        }
        let pagerank = result.values[.pagerank]
        return result.names.indices.sorted { a, b in
            let (x, y) = (inWeights[a] + outWeights[a], inWeights[b] + outWeights[b])
            if x != y { return x > y }
            if let pagerank, pagerank[a] != pagerank[b] { return pagerank[a] > pagerank[b] }
            return result.names[a] < result.names[b]
        }
    }

    static func conventionList(_ result: CentralityResult) -> [(key: String, text: String)] {
        var list = result.conventions.statementList
        if let a = result.approximation {
            list.append(("betweennessErrorBound",
                         "±\(Cell.readable(a.errorBound)) for every node at once with probability \(Cell.readable(a.confidence)) (\(a.samples) samples; vertex diameter bounded by n)"))
        }
        if let p = result.pivotEstimate, p.epsilon > 0 {
            var bounds: [String] = []
            if result.measures.contains(.betweenness) { bounds.append("betweenness ±\(Cell.readable(p.betweennessBound))") }
            if result.measures.contains(.harmonic) { bounds.append("harmonic ±\(Cell.readable(p.harmonicBound))") }
            if result.measures.contains(.closeness) {
                bounds.append("closeness: the average distance behind it ±\(Cell.readable(p.epsilon))·Δ (Δ the diameter, at least \(Cell.readable(p.largestDistance)))")
            }
            list.append(("sampledErrorBound",
                         bounds.joined(separator: "; ") + ", for every node at once with probability \(Cell.readable(p.confidence)) (\(p.pivots) sampled sources; Hoeffding)"))
        }
        return list
    }
}
