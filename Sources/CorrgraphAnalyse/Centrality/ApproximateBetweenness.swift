import CorrgraphGraph
import Foundation

/// Betweenness estimated from K sampled shortest paths, for graphs too large for the exact
/// O(nm) computation.
///
/// Each sample draws an ordered pair (s, t), s ≠ t, uniformly, then one shortest s→t path uniformly
/// among all of them (walking back from t, choosing each predecessor p with probability
/// σ(s, p)/σ(s, cur)); every inner node of the path gains 1/K. The expectation is
/// b(v) = c_B(v) / (n(n−1)); the estimate is then rescaled to the requested normalization
/// (NetworkX's 1/((n−1)(n−2)), or igraph's raw sums).
///
/// Error bound (Riondato & Kornaropoulos 2016, Theorem 2 with the universal constant c = 0.5):
/// with probability at least 1 − δ, every node's estimate of b(v) is within
///
///     ε = √( (c/K) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)) )
///
/// of the truth, where VD is the vertex diameter (the most nodes on any shortest path). We bound
/// VD by n, which only loosens ε; `errorBound` reports ε in the output normalization, δ = 0.1.
///
/// Samples are drawn from a `SplitMix64` seeded by (`seed`, sample index), and inner-node counts are
/// integers, so the result is identical for every thread count and every run with the same seed.
///
/// ```swift
/// let estimate = ApproximateBetweenness.compute(graph, samples: 10_000, seed: 1)
/// estimate.values[0]; estimate.errorBound   // ± bound at 90 % confidence
/// ```
///
/// - Complexity: O(K (n + m)) time unweighted, O(K (m + n log n)) weighted.
/// - Reference: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness centrality
///   through sampling", Data Mining and Knowledge Discovery 30(2), 438–475 (2016),
///   doi:10.1007/s10618-015-0423-0.
public struct ApproximateBetweenness: Sendable {
    /// Estimated betweenness per node id, in the normalization `compute` was asked for.
    public var values: [Double]
    /// ε in the same normalization as `values`, holding for all nodes at once with probability `confidence`.
    public var errorBound: Double
    /// The probability 1 − δ with which `errorBound` holds (0.9).
    public var confidence: Double
    /// The number K of sampled shortest paths (at least 1).
    public var samples: Int

    /// Estimates betweenness from `samples` sampled shortest paths drawn with `seed`; `normalized`
    /// follows NetworkX (true) or igraph (false). The result does not depend on `threads`.
    public static func compute(_ graph: WeightedDigraph, samples: Int, seed: UInt64 = 0,
                               weightedPaths: Bool = false, normalized: Bool = true,
                               threads: Int? = nil, progress: SourcesObserver? = nil) -> ApproximateBetweenness {
        let n = graph.nodeCount
        let k = max(1, samples)
        let delta = 0.1
        guard n > 2 else {
            return ApproximateBetweenness(values: Array(repeating: 0, count: n), errorBound: 0,
                                          confidence: 1 - delta, samples: k)
        }
        let forward = PathAdjacency(graph, direction: .outgoing, weighted: weightedPaths)
        let backward = PathAdjacency(graph, direction: .incoming, weighted: weightedPaths)
        var counts = [Int](repeating: 0, count: n)
        ParallelChunks(count: k).run(threads: threads, observer: progress, chunk: { range -> [Int] in
            var workspace = ShortestPathWorkspace(nodeCount: n)
            var partial = [Int](repeating: 0, count: n)
            for index in range {
                var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
                let s = Int.random(in: 0..<n, using: &rng)
                var t = Int.random(in: 0..<(n - 1), using: &rng)
                if t >= s { t += 1 }
                workspace.run(from: s, in: forward)
                guard workspace.distance[t].isFinite else { continue }
                var current = t
                while true {
                    let p = samplePredecessor(of: current, workspace, backward, &rng)
                    if p == s { break }
                    partial[p] += 1
                    current = p
                }
            }
            return partial
        }, combine: { partial in
            for v in 0..<n { counts[v] += partial[v] }
        })
        let scale = normalized ? Double(n) / Double(n - 2) : Double(n) * Double(n - 1)
        let values = counts.map { Double($0) / Double(k) * scale }
        let logTerm = floor(log2(Double(max(n - 2, 1)))) + 1 + log(1 / delta)
        let epsilon = (0.5 / Double(k) * logTerm).squareRoot()
        return ApproximateBetweenness(values: values, errorBound: epsilon * scale,
                                      confidence: 1 - delta, samples: k)
    }

    /// A predecessor p of `node` on a shortest path, drawn with probability σ(p)/σ(node).
    private static func samplePredecessor(of node: Int, _ workspace: ShortestPathWorkspace,
                                          _ backward: PathAdjacency, _ rng: inout SplitMix64) -> Int {
        let target = Double.random(in: 0..<workspace.sigma[node], using: &rng)
        var cumulative = 0.0
        var last = -1
        for i in backward.offsets[node]..<backward.offsets[node + 1] {
            let p = Int(backward.targets[i])
            let step = backward.lengths?[i] ?? 1
            guard p != node, workspace.distance[p] + step == workspace.distance[node] else { continue }
            cumulative += workspace.sigma[p]
            last = p
            if cumulative > target { return p }
        }
        return last  // rounding left the draw past the last predecessor
    }
}
