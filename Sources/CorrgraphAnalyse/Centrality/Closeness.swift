import CorrgraphGraph

/// Closeness centrality: how near a node is to the others that can reach it.
///
/// NetworkX convention (`closeness_centrality(G, wf_improved=True)` on a `DiGraph`): distances are
/// **incoming**, d(v, u) from every v that can reach u. With r(u) the number of nodes that reach u
/// (u included) and n the node count,
///
///     C(u) = (r − 1) / Σ_v d(v, u) · (r − 1) / (n − 1)
///
/// The second factor is Wasserman & Faust's scaling for disconnected graphs (it is 1 when every
/// node reaches u). C(u) = 0 when nothing reaches u.
///
/// igraph convention (`closeness(mode = "out", normalized = FALSE)`, the R and C defaults):
/// **outgoing** distances over the reachable nodes only, C(u) = 1 / Σ_v d(u, v), and NaN when u
/// reaches nobody.
///
/// Weights: hop counts, or 1/weight per edge with `weightedPaths`.
///
/// ```swift
/// let path = WeightedDigraph(nodeNames: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)])
/// Closeness.compute(path)   // [0.0, 0.5, 0.6666666666666666]
/// ```
///
/// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; parallel over nodes.
/// - Reference: S. Wasserman, K. Faust, *Social Network Analysis: Methods and Applications*,
///   Cambridge University Press (1994), §5.3, doi:10.1017/CBO9780511815478; L. C. Freeman,
///   "Centrality in social networks: conceptual clarification", Social Networks 1(3), 215–239
///   (1979), doi:10.1016/0378-8733(78)90021-7.
public enum Closeness {
    /// Closeness of every node, indexed by node id, under `compatibility`'s direction and scaling.
    public static func compute(_ graph: WeightedDigraph, weightedPaths: Bool = false,
                               compatibility: CentralityConventions.Compatibility = .networkx,
                               threads: Int? = nil, progress: SourcesObserver? = nil) -> [Double] {
        let n = graph.nodeCount
        let direction: PathAdjacency.Direction = compatibility == .networkx ? .incoming : .outgoing
        return DistanceSums.perNode(graph, direction: direction, weightedPaths: weightedPaths,
                                    threads: threads, progress: progress) { reached, sum, _ in
            switch compatibility {
            case .networkx:
                guard sum > 0, n > 1 else { return 0 }
                let others = Double(reached - 1)
                return others / sum * (others / Double(n - 1))
            case .igraph:
                return reached > 1 ? 1 / sum : .nan
            }
        }
    }
}

/// Per-node sums over single-source distances, shared by closeness and harmonic centrality.
enum DistanceSums {
    /// Calls `finish(reached, Σ d, Σ 1/d)` for every node's search and returns what it yields.
    static func perNode(_ graph: WeightedDigraph, direction: PathAdjacency.Direction, weightedPaths: Bool,
                        threads: Int?, progress: SourcesObserver? = nil, finish: (Int, Double, Double) -> Double) -> [Double] {
        let n = graph.nodeCount
        let output = DisjointWrites<Double>(repeating: 0, count: n)
        if !weightedPaths, let hops = HopAdjacency(graph, direction: direction) {
            // Breadth-first on 32-bit CSR; a folded source's sums come from its root's search.
            ParallelChunks(count: n).run(threads: threads, observer: progress, chunk: { nodes -> Void in
                let search = HopSearch(nodeCount: n)
                for u in nodes where !hops.isFolded[u] {
                    search.search(from: u, in: hops, countPaths: false)
                    let own = search.distanceSums()
                    output.set(Int(hops.original[u]), finish(own.reached, own.sum, own.inverse))
                    let folded = hops.folded(into: u)
                    for (s, sums) in zip(folded, search.foldedDistanceSums(folded)) {
                        output.set(Int(hops.original[Int(s)]), finish(sums.reached, sums.sum, sums.inverse))
                    }
                }
            }, combine: { _ in })
            return output.values
        }
        let adjacency = PathAdjacency(graph, direction: direction, weighted: weightedPaths)
        ParallelChunks(count: n).run(threads: threads, observer: progress, chunk: { nodes -> Void in
            var workspace = ShortestPathWorkspace(nodeCount: n)
            for u in nodes {
                workspace.run(from: u, in: adjacency)
                var sum = 0.0, inverse = 0.0
                for v in workspace.order where Int(v) != u {
                    let d = workspace.distance[Int(v)]
                    sum += d
                    inverse += 1 / d
                }
                output.set(u, finish(workspace.order.count, sum, inverse))
            }
        }, combine: { _ in })
        return output.values
    }
}
