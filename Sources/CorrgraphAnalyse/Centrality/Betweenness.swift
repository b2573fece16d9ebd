import CorrgraphGraph

/// Shortest-path betweenness centrality of every node of a directed graph.
///
/// For a node v,
///
///     c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)
///
/// where σ(s, t) is the number of shortest directed paths from s to t and σ(s, t | v) the number of
/// those passing through v (endpoints excluded).
///
/// Conventions (NetworkX `betweenness_centrality(G, normalized=True, weight=None)` on a `DiGraph`):
/// - direction: paths follow edge direction;
/// - weights: ignored (hop counts) unless `weightedPaths`, where an edge of weight w has length 1/w
///   (Dijkstra, ties by exact floating-point equality as in NetworkX);
/// - normalization: multiplied by 1/((n−1)(n−2)) when `normalized` and n > 2; igraph's default is
///   the raw sum (`normalized: false`);
/// - self-loops and edge multiplicity never change shortest paths.
///
/// The computation runs Brandes' accumulation from every source in parallel. Sources are split
/// into chunks fixed by n alone; each chunk sums into its own buffer, and chunk sums are added in
/// chunk order, so the result is identical for every thread count.
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)])
/// Betweenness.compute(g)   // [0.0, 0.5, 0.0]
/// ```
///
/// - Complexity: O(nm) time unweighted, O(nm + n² log n) with weighted paths; O(n + m) memory per
///   thread.
/// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
///   Mathematical Sociology 25(2), 163–177 (2001), doi:10.1080/0022250X.2001.9990249;
///   L. C. Freeman, "A set of measures of centrality based on betweenness", Sociometry 40(1),
///   35–41 (1977), doi:10.2307/3033543.
public enum Betweenness {
    /// Exact betweenness of every node, indexed by node id; `threads` bounds parallelism (nil: every
    /// core) and never changes the result.
    public static func compute(_ graph: WeightedDigraph, weightedPaths: Bool = false,
                               normalized: Bool = true, threads: Int? = nil,
                               progress: SourcesObserver? = nil) -> [Double] {
        let n = graph.nodeCount
        var total = [Double](repeating: 0, count: n)
        if !weightedPaths, let hops = HopAdjacency(graph, direction: .outgoing) {
            total = hopCounts(hops, threads: threads, progress: progress)
        } else {
            total = general(graph, weightedPaths: weightedPaths, threads: threads, progress: progress)
        }
        if normalized, n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { total[v] *= scale }
        }
        return total
    }

    /// Unweighted betweenness: breadth-first Brandes on 32-bit CSR, pendant sources folded (`HopAdjacency`).
    static func hopCounts(_ hops: HopAdjacency, threads: Int?, progress: SourcesObserver?) -> [Double] {
        let n = hops.nodeCount
        var total = [Double](repeating: 0, count: n)
        ParallelChunks(count: n).run(threads: threads, observer: progress, chunk: { sources -> [Double] in
            let search = HopSearch(nodeCount: n)
            var partial = [Double](repeating: 0, count: n)
            partial.withUnsafeMutableBufferPointer { partial in
                guard let partial = partial.baseAddress else { return }
                for s in sources where !hops.isFolded[s] {
                    search.search(from: s, in: hops, countPaths: true)
                    search.accumulate(folded: hops.folded(into: s), into: partial)
                }
            }
            return partial
        }, combine: { partial in
            for v in 0..<n { total[v] += partial[v] }
        })
        return hops.inGraphOrder(total)
    }

    /// Betweenness by the general search (Dijkstra with weighted paths), raw sums.
    static func general(_ graph: WeightedDigraph, weightedPaths: Bool, threads: Int?,
                        progress: SourcesObserver?) -> [Double] {
        let n = graph.nodeCount
        let adjacency = PathAdjacency(graph, direction: .outgoing, weighted: weightedPaths)
        var total = [Double](repeating: 0, count: n)
        ParallelChunks(count: n).run(threads: threads, observer: progress, chunk: { sources -> [Double] in
            var workspace = ShortestPathWorkspace(nodeCount: n)
            var delta = [Double](repeating: 0, count: n)
            var partial = [Double](repeating: 0, count: n)
            for s in sources {
                workspace.run(from: s, in: adjacency)
                accumulate(from: s, workspace, adjacency, &delta, into: &partial)
            }
            return partial
        }, combine: { partial in
            for v in 0..<n { total[v] += partial[v] }
        })
        return total
    }

    /// Brandes' dependency accumulation, walking the reached nodes from the farthest back.
    /// A successor w of v lies on a shortest path through v exactly when
    /// `distance[w] == distance[v] + length(v, w)` (the same sum the search computed).
    /// Resets `delta` at every node it touched, restoring the all-zero invariant.
    static func accumulate(from source: Int, _ workspace: ShortestPathWorkspace, _ adjacency: PathAdjacency,
                           _ delta: inout [Double], into partial: inout [Double]) {
        let order = workspace.order
        for index in stride(from: order.count - 1, through: 0, by: -1) {
            let v = Int(order[index])
            let dv = workspace.distance[v]
            let sv = workspace.sigma[v]
            var sum = 0.0
            for i in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                let w = Int(adjacency.targets[i])
                let step = adjacency.lengths?[i] ?? 1
                if workspace.distance[w] == dv + step, w != v {
                    sum += sv / workspace.sigma[w] * (1 + delta[w])
                }
            }
            delta[v] = sum
            if v != source { partial[v] += sum }
        }
        for v in order { delta[Int(v)] = 0 }
    }
}
