import CorrgraphGraph
import Foundation

/// Betweenness, closeness and harmonic centrality estimated from k sampled source nodes ("pivots"),
/// for graphs where the exact measures — one search from every one of n nodes — would take minutes.
///
/// k pivots are drawn uniformly without replacement (seeded `SplitMix64`). One search runs from each;
/// every sum over all sources in the exact definition becomes the sum over the pivots scaled by n/k
/// (Brandes & Pich 2007; Eppstein & Wang 2004), an unbiased estimate of that sum:
/// - betweenness: Σ_s δ_s(v) (Brandes' dependency of s on v) ≈ (n/k) Σ_{s ∈ pivots} δ_s(v);
/// - harmonic: Σ_{s ≠ u} 1/d(s, u) ≈ (n/k) Σ_{s ∈ pivots, s ≠ u} 1/d(s, u);
/// - closeness: the number r − 1 of others that reach u and their distance sum Σ d(s, u) are each
///   estimated so, and put into the exact formula (a ratio estimate).
/// Under the NetworkX conventions (incoming distances) the pivots' forward searches serve all three;
/// under igraph's (outgoing distances) closeness and harmonic search backwards from the pivots.
///
/// Error bound (Hoeffding 1963, which holds for sampling without replacement, with a union bound over
/// the n nodes): with probability at least 1 − δ, δ = 0.1, every node's mean over the pivots of a term
/// bounded in [0, 1] is within ε = √(ln(2n/δ) / (2k)) of its mean over all n sources. The terms are
/// δ_s(v)/(n − 2) for betweenness and 1/d(s, u) for harmonic (times the largest edge weight with
/// weighted paths, where a distance can be below 1), so
/// - betweenness is within ε · n/(n − 1) (NetworkX normalization; ε · n(n − 2) raw);
/// - harmonic is within ε · n (· the largest weight with weighted paths);
/// - closeness's average distance is within ε · Δ (Eppstein & Wang), Δ the diameter; `largestDistance`
///   is the largest distance met from the pivots, a lower bound on Δ.
/// With k ≥ n every node is a pivot and the values are exact (bound 0).
///
/// ```swift
/// let estimate = PivotSampling.compute(graph, pivots: 500, seed: 1)
/// estimate.betweenness[0]; estimate.betweennessBound   // ± bound at 90 % confidence
/// ```
///
/// - Complexity: O(k(n + m)) time unweighted, O(k(m + n log n)) weighted; O(n + m) memory per thread.
/// - Reference: U. Brandes, C. Pich, "Centrality estimation in large networks", International
///   Journal of Bifurcation and Chaos 17(7), 2303–2318 (2007), doi:10.1142/S0218127407018403;
///   D. Eppstein, J. Wang, "Fast approximation of centrality", Journal of Graph Algorithms and
///   Applications 8(1), 39–45 (2004), doi:10.7155/jgaa.00081; W. Hoeffding, "Probability
///   inequalities for sums of bounded random variables", Journal of the American Statistical
///   Association 58(301), 13–30 (1963), doi:10.1080/01621459.1963.10500830.
public struct PivotSampling: Sendable {
    /// Estimated betweenness per node id (empty when not asked for), normalized as `compute` was told.
    public var betweenness: [Double]
    /// Estimated closeness per node id (empty when not asked for).
    public var closeness: [Double]
    /// Estimated harmonic centrality per node id (empty when not asked for).
    public var harmonic: [Double]
    /// The number of pivots searched from (min(k, n)).
    public var pivots: Int
    /// ε: the bound on a pivot mean of [0, 1] terms, for all nodes at once with probability `confidence`.
    public var epsilon: Double
    /// Bound on every betweenness value, in the normalization of `betweenness`.
    public var betweennessBound: Double
    /// Bound on every harmonic value.
    public var harmonicBound: Double
    /// The largest finite distance met from the pivots (a lower bound on the diameter Δ).
    public var largestDistance: Double
    /// 1 − δ = 0.9.
    public var confidence: Double

    /// Estimates the path-based measures among `measures` from `pivots` sampled sources drawn with `seed`.
    /// `compatibility` chooses direction and normalization as for the exact measures; the result does
    /// not depend on `threads`.
    public static func compute(_ graph: WeightedDigraph, pivots requested: Int, seed: UInt64 = 0,
                               measures: Set<CentralityMeasure> = [.betweenness, .closeness, .harmonic],
                               weightedPaths: Bool = false,
                               compatibility: CentralityConventions.Compatibility = .networkx,
                               threads: Int? = nil, progress: SourcesObserver? = nil) -> PivotSampling {
        let n = graph.nodeCount
        let k = min(max(1, requested), max(n, 1))
        return estimate(graph, sources: sample(k, of: n, seed: seed), measures: measures, weightedPaths: weightedPaths,
                        compatibility: compatibility, threads: threads, progress: progress)
    }

    /// The estimate from the given distinct `sources` (a uniform sample for the bounds to hold).
    static func estimate(_ graph: WeightedDigraph, sources chosen: [Int], measures: Set<CentralityMeasure>,
                         weightedPaths: Bool, compatibility: CentralityConventions.Compatibility,
                         threads: Int?, progress: SourcesObserver? = nil) -> PivotSampling {
        let n = graph.nodeCount
        let k = chosen.count
        let delta = 0.1
        let nx = compatibility == .networkx
        let wantsBetweenness = measures.contains(.betweenness)
        let wantsDistances = measures.contains(.closeness) || measures.contains(.harmonic)
        // NetworkX's incoming distances d(s, u) come from the pivots' forward searches (the ones
        // betweenness needs anyway); igraph's outgoing d(u, s) from searches along in-edges.
        let forward = PathAdjacency(graph, direction: .outgoing, weighted: weightedPaths)
        let backward = nx ? forward : PathAdjacency(graph, direction: .incoming, weighted: weightedPaths)
        var dependency = [Double](repeating: 0, count: wantsBetweenness ? n : 0)
        var reached = [Double](repeating: 0, count: wantsDistances ? n : 0)
        var distanceSum = [Double](repeating: 0, count: wantsDistances ? n : 0)
        var inverseSum = [Double](repeating: 0, count: wantsDistances ? n : 0)
        var largest = 0.0
        // One chunk's sums into the totals (both kernels, in chunk order).
        func add(_ partial: Partial) {
            for v in 0..<dependency.count { dependency[v] += partial.dependency[v] }
            for v in 0..<reached.count {
                reached[v] += partial.reached[v]
                distanceSum[v] += partial.distanceSum[v]
                inverseSum[v] += partial.inverseSum[v]
            }
            largest = max(largest, partial.largest)
        }
        if !weightedPaths, let forwardHops = HopAdjacency(graph, direction: .outgoing),
           let backwardHops = nx ? forwardHops : HopAdjacency(graph, direction: .incoming) {
            // Breadth-first on 32-bit CSR (as the exact measures); sums indexed by internal id.
            let internalID = forwardHops.internalIDs()
            ParallelChunks(count: k).run(threads: threads, observer: progress, chunk: { range -> Partial in
                let search = HopSearch(nodeCount: n)
                var partial = Partial(n: n, betweenness: wantsBetweenness, distances: wantsDistances)
                for index in range {
                    let s = internalID[chosen[index]]
                    if wantsBetweenness || (wantsDistances && nx) {
                        search.search(from: s, in: forwardHops, countPaths: wantsBetweenness)
                        if wantsBetweenness {
                            partial.dependency.withUnsafeMutableBufferPointer { dependency in
                                if let dependency = dependency.baseAddress { search.accumulate(folded: [], into: dependency) }
                            }
                        }
                    }
                    if wantsDistances {
                        if !nx { search.search(from: s, in: backwardHops, countPaths: false) }
                        search.forEachReached { v, hops in
                            let d = Double(hops)
                            partial.reached[v] += 1
                            partial.distanceSum[v] += d
                            partial.inverseSum[v] += 1 / d
                            partial.largest = max(partial.largest, d)
                        }
                    }
                }
                return partial
            }, combine: add)
            if wantsBetweenness { dependency = forwardHops.inGraphOrder(dependency) }
            if wantsDistances {
                reached = forwardHops.inGraphOrder(reached)
                distanceSum = forwardHops.inGraphOrder(distanceSum)
                inverseSum = forwardHops.inGraphOrder(inverseSum)
            }
        } else {
            ParallelChunks(count: k).run(threads: threads, observer: progress, chunk: { range -> Partial in
                var workspace = ShortestPathWorkspace(nodeCount: n)
                var deltaBuffer = [Double](repeating: 0, count: wantsBetweenness ? n : 0)
                var partial = Partial(n: n, betweenness: wantsBetweenness, distances: wantsDistances)
                for index in range {
                    let s = chosen[index]
                    if wantsBetweenness || (wantsDistances && nx) {
                        workspace.run(from: s, in: forward)
                        if wantsBetweenness {
                            Betweenness.accumulate(from: s, workspace, forward, &deltaBuffer, into: &partial.dependency)
                        }
                    }
                    if wantsDistances {
                        if !nx { workspace.run(from: s, in: backward) }
                        for v in workspace.order where Int(v) != s {
                            let d = workspace.distance[Int(v)]
                            partial.reached[Int(v)] += 1
                            partial.distanceSum[Int(v)] += d
                            partial.inverseSum[Int(v)] += 1 / d
                            partial.largest = max(partial.largest, d)
                        }
                    }
                }
                return partial
            }, combine: add)
        }
        let scale = k == 0 ? 0 : Double(n) / Double(k)
        let exact = k >= n
        let epsilon = exact || n < 2 ? 0 : (log(2 * Double(n) / delta) / (2 * Double(k))).squareRoot()

        var betweenness: [Double] = []
        var betweennessBound = 0.0
        if wantsBetweenness {
            let normalize = nx && n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
            betweenness = dependency.map { $0 * scale * normalize }
            betweennessBound = n > 2 ? epsilon * Double(n) * Double(n - 2) * normalize : 0
        }
        var closeness: [Double] = []
        var harmonic: [Double] = []
        var harmonicBound = 0.0
        if wantsDistances {
            if measures.contains(.closeness) {
                closeness = (0..<n).map { u in
                    let others = reached[u] * scale, sum = distanceSum[u] * scale
                    if nx {
                        guard sum > 0, n > 1 else { return 0 }
                        return others / sum * (others / Double(n - 1))
                    }
                    return sum > 0 ? 1 / sum : .nan
                }
            }
            if measures.contains(.harmonic) {
                harmonic = inverseSum.map { $0 * scale }
                let heaviest = weightedPaths ? (graph.outWeights.max() ?? 1) : 1
                harmonicBound = epsilon * Double(n) * max(1, heaviest)
            }
        }
        return PivotSampling(betweenness: betweenness, closeness: closeness, harmonic: harmonic, pivots: k,
                             epsilon: epsilon, betweennessBound: betweennessBound, harmonicBound: harmonicBound,
                             largestDistance: largest, confidence: 1 - delta)
    }

    /// Edge visits (n searches of n + m each) that exact all-pairs measures may cost before the report
    /// and diagrams sample instead: about 0.5 · 10⁹, a few seconds per measure on one core.
    public static let exactBudget = 500_000_000

    /// The number of pivots that keeps the path-based measures within `budget` edge visits, or nil when
    /// the exact measures fit (n · (n + m) ≤ budget). Never fewer than 100 pivots.
    ///
    /// ```swift
    /// PivotSampling.suggestedPivots(for: graph)   // nil for 4,000 people; ~900 for 50,000 people, 500,000 edges
    /// ```
    public static func suggestedPivots(for graph: WeightedDigraph, budget: Int = exactBudget) -> Int? {
        let searchCost = graph.nodeCount + graph.edgeCount
        guard graph.nodeCount.multipliedReportingOverflow(by: searchCost).partialValue > budget
                || graph.nodeCount.multipliedReportingOverflow(by: searchCost).overflow else { return nil }
        return max(100, budget / max(searchCost, 1))
    }

    /// `k` distinct nodes of `0..<n`, uniformly (a partial Fisher–Yates shuffle), fixed by `seed`.
    static func sample(_ k: Int, of n: Int, seed: UInt64) -> [Int] {
        var nodes = Array(0..<n)
        var rng = SplitMix64(seed: seed)
        for i in 0..<min(k, n) {
            nodes.swapAt(i, Int.random(in: i..<n, using: &rng))
        }
        return Array(nodes.prefix(k))
    }

    /// One chunk of pivots' sums.
    struct Partial {
        var dependency: [Double]
        var reached: [Double]
        var distanceSum: [Double]
        var inverseSum: [Double]
        var largest = 0.0
        init(n: Int, betweenness: Bool, distances: Bool) {
            dependency = [Double](repeating: 0, count: betweenness ? n : 0)
            reached = [Double](repeating: 0, count: distances ? n : 0)
            distanceSum = reached
            inverseSum = reached
        }
    }
}
