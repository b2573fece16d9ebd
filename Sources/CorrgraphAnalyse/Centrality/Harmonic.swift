import CorrgraphGraph

/// Harmonic centrality: the sum of inverse distances, which stays meaningful on disconnected
/// graphs (unreachable pairs add 0).
///
/// NetworkX convention (`harmonic_centrality(G)` on a `DiGraph`, checked against NetworkX 3.6):
/// distances are **incoming** — NetworkX runs its searches from every source v and credits
/// 1/d(v, u) to the node u reached — and the sum is not normalized:
///
///     H(u) = Σ_{v ≠ u, v reaches u} 1 / d(v, u)
///
/// igraph convention (`harmonic_centrality(mode = "out", normalized = FALSE)`): **outgoing**
/// distances, H(u) = Σ_{v ≠ u} 1 / d(u, v), also not normalized.
///
/// Weights: hop counts, or 1/weight per edge with `weightedPaths`.
///
/// ```swift
/// let path = WeightedDigraph(nodeNames: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)])
/// Harmonic.compute(path)   // [0.0, 1.0, 1.5]
/// ```
///
/// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; parallel over nodes.
/// - Reference: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4),
///   539–546 (2000), doi:10.1016/S0378-4371(00)00311-3; P. Boldi, S. Vigna, "Axioms for
///   centrality", Internet Mathematics 10(3–4), 222–262 (2014), doi:10.1080/15427951.2013.865686.
public enum Harmonic {
    /// Harmonic centrality of every node, indexed by node id, under `compatibility`'s direction.
    public static func compute(_ graph: WeightedDigraph, weightedPaths: Bool = false,
                               compatibility: CentralityConventions.Compatibility = .networkx,
                               threads: Int? = nil, progress: SourcesObserver? = nil) -> [Double] {
        let direction: PathAdjacency.Direction = compatibility == .networkx ? .incoming : .outgoing
        return DistanceSums.perNode(graph, direction: direction, weightedPaths: weightedPaths,
                                    threads: threads, progress: progress) { _, _, inverse in inverse }
    }
}
