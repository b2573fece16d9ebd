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

    static func conventionList(_ result: CentralityResult) -> [(key: String, text: String)] {
        var list = result.conventions.statementList
        if let a = result.approximation {
            list.append(("betweennessErrorBound",
                         "±\(Cell.readable(a.errorBound)) for every node at once with probability \(Cell.readable(a.confidence)) (\(a.samples) samples; vertex diameter bounded by n)"))
        }
        return list
    }
}
