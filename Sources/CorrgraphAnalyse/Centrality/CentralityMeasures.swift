import CorrgraphGraph

/// Every requested centrality measure of every node, with the conventions used.
///
/// ```swift
/// let digraph = graph.filtered(by: filter).weightedDigraph()
/// let result = CentralityMeasures.compute(digraph, measures: [.betweenness, .pagerank])
/// result.values[.pagerank]?[0]   // the first node's PageRank
/// ```
public struct CentralityResult: Sendable {
    /// Node names, index = node id of the digraph.
    public var names: [String]
    /// The measures computed, in `CentralityMeasure.allCases` order.
    public var measures: [CentralityMeasure]
    /// One array per computed measure, indexed by node id.
    public var values: [CentralityMeasure: [Double]]
    /// The conventions the values were computed under (for output footers and JSON).
    public var conventions: CentralityConventions
    /// With approximate betweenness: its error bound and confidence.
    public var approximation: ApproximateBetweenness?
    /// With sampled sources (`conventions.pivots`): the pivots' count and error bounds.
    public var pivotEstimate: PivotSampling?

    /// The value of `measure` for `node`, or nil when it was not computed.
    public func value(_ measure: CentralityMeasure, node: Int) -> Double? { values[measure]?[node] }

    /// Node ids ordered by a measure, highest first; ties by name.
    public func ranking(by measure: CentralityMeasure) -> [Int] {
        let column = values[measure] ?? []
        return names.indices.sorted { a, b in
            let x = column.isEmpty ? 0 : column[a], y = column.isEmpty ? 0 : column[b]
            if x != y { return x > y || (y.isNaN && !x.isNaN) }
            return names[a] < names[b]
        }
    }
}

/// Computes several centrality measures of one digraph in one call, sharing the degree pass and
/// choosing exact or sampled betweenness from the conventions.
///
/// ```swift
/// var conventions = CentralityConventions(compatibility: .igraph)
/// conventions.approximateSamples = 10_000          // sampled betweenness
/// let result = CentralityMeasures.compute(digraph, measures: [.betweenness, .closeness],
///                                         conventions: conventions, threads: 2)
/// result.approximation?.errorBound                 // set because betweenness was sampled
/// ```
public enum CentralityMeasures {
    /// Computes `measures` (all by default) on `graph` under `conventions`.
    /// `threads` bounds parallelism (nil: every core); it never changes the result.
    public static func compute(_ graph: WeightedDigraph,
                               measures: [CentralityMeasure] = CentralityMeasure.allCases,
                               conventions: CentralityConventions = CentralityConventions(),
                               threads: Int? = nil,
                               progress: (@Sendable (_ measure: String, _ done: Int, _ total: Int) -> Void)? = nil) -> CentralityResult {
        // `progress` hears (measure, sources done, sources in all) after every parallel wave.
        let wanted = Set(measures)
        var conventions = conventions
        // As many pivots as nodes is a search from every node: the exact computation, stated as such.
        if let k = conventions.pivots, k >= graph.nodeCount { conventions.pivots = nil }
        var values: [CentralityMeasure: [Double]] = [:]
        var approximation: ApproximateBetweenness?
        var pivotEstimate: PivotSampling?
        // The path-based measures report sources done after each parallel wave.
        func observer(_ stage: String) -> SourcesObserver? {
            guard let progress else { return nil }
            return { done, total in progress(stage, done, total) }
        }
        if !wanted.isDisjoint(with: [.inDegree, .outDegree, .weightedIn, .weightedOut]) {
            let degree = Degree.compute(graph)
            values[.inDegree] = degree.inDegree.map(Double.init)
            values[.outDegree] = degree.outDegree.map(Double.init)
            values[.weightedIn] = degree.weightedIn
            values[.weightedOut] = degree.weightedOut
        }
        let nx = conventions.compatibility == .networkx
        let pathMeasures = wanted.intersection([.betweenness, .closeness, .harmonic])
        if let k = conventions.pivots, !pathMeasures.isEmpty {
            let estimate = PivotSampling.compute(graph, pivots: k, seed: conventions.seed, measures: pathMeasures,
                                                 weightedPaths: conventions.weightedPaths,
                                                 compatibility: conventions.compatibility, threads: threads,
                                                 progress: observer("sampled paths from"))
            if wanted.contains(.betweenness) { values[.betweenness] = estimate.betweenness }
            if wanted.contains(.closeness) { values[.closeness] = estimate.closeness }
            if wanted.contains(.harmonic) { values[.harmonic] = estimate.harmonic }
            pivotEstimate = estimate
        }
        if wanted.contains(.betweenness), pivotEstimate == nil {
            if let k = conventions.approximateSamples {
                let estimate = ApproximateBetweenness.compute(
                    graph, samples: k, seed: conventions.seed, weightedPaths: conventions.weightedPaths,
                    normalized: nx, threads: threads, progress: observer("betweenness"))
                values[.betweenness] = estimate.values
                approximation = estimate
            } else {
                values[.betweenness] = Betweenness.compute(graph, weightedPaths: conventions.weightedPaths, normalized: nx,
                                                           threads: threads, progress: observer("betweenness"))
            }
        }
        if wanted.contains(.closeness), pivotEstimate == nil {
            values[.closeness] = Closeness.compute(graph, weightedPaths: conventions.weightedPaths,
                                                   compatibility: conventions.compatibility, threads: threads,
                                                   progress: observer("closeness"))
        }
        if wanted.contains(.harmonic), pivotEstimate == nil {
            values[.harmonic] = Harmonic.compute(graph, weightedPaths: conventions.weightedPaths,
                                                 compatibility: conventions.compatibility, threads: threads,
                                                 progress: observer("harmonic"))
        }
        if wanted.contains(.eigenvector) {
            values[.eigenvector] = Eigenvector.compute(graph, compatibility: conventions.compatibility)
        }
        if wanted.contains(.pagerank) {
            values[.pagerank] = PageRank.compute(graph, alpha: conventions.damping)
        }
        let computed = CentralityMeasure.allCases.filter { wanted.contains($0) }
        values = values.filter { wanted.contains($0.key) }
        return CentralityResult(names: graph.names, measures: computed, values: values,
                                conventions: conventions, approximation: approximation, pivotEstimate: pivotEstimate)
    }
}
