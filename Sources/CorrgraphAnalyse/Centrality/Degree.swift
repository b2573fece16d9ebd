import CorrgraphGraph

/// Degrees of a weighted digraph: distinct neighbours and summed weights, in and out.
///
/// - `inDegree(v)`: the number of distinct nodes u with an edge u → v (NetworkX `G.in_degree(v)`
///   on the `DiGraph`; a self-loop makes v its own neighbour and counts once);
/// - `weightedIn(v)`: Σ_u w(u, v) (NetworkX `G.in_degree(v, weight="weight")`), i.e. the number of
///   message hops and conversation directions arriving at v;
/// - `outDegree`, `weightedOut` likewise for edges leaving v.
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["a", "b"], edges: [(0, 1, 3)])
/// Degree.compute(g).weightedOut   // [3.0, 0.0]
/// ```
///
/// - Complexity: O(n + m).
/// - Reference: Wasserman & Faust (1994), §4.3, doi:10.1017/CBO9780511815478.
public struct Degree: Sendable {
    /// Distinct in-neighbours per node id.
    public var inDegree: [Int]
    /// Distinct out-neighbours per node id.
    public var outDegree: [Int]
    /// Summed weights of incoming edges per node id.
    public var weightedIn: [Double]
    /// Summed weights of outgoing edges per node id.
    public var weightedOut: [Double]

    /// The four degree arrays of `graph`, indexed by node id.
    public static func compute(_ graph: WeightedDigraph) -> Degree {
        let n = graph.nodeCount
        var result = Degree(inDegree: [], outDegree: [], weightedIn: [], weightedOut: [])
        for v in 0..<n {
            result.inDegree.append(graph.inOffsets[v + 1] - graph.inOffsets[v])
            result.outDegree.append(graph.outOffsets[v + 1] - graph.outOffsets[v])
            result.weightedIn.append(graph.inWeights[graph.inOffsets[v]..<graph.inOffsets[v + 1]].reduce(0, +))
            result.weightedOut.append(graph.outWeights[graph.outOffsets[v]..<graph.outOffsets[v + 1]].reduce(0, +))
        }
        return result
    }
}
