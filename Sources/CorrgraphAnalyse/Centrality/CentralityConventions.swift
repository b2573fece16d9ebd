import Foundation

/// Which conventions the centrality measures follow, and a plain-language statement of each, so
/// that every output can say how its numbers were computed.
///
/// ```swift
/// var conventions = CentralityConventions()      // NetworkX defaults
/// conventions.compatibility = .igraph            // igraph's normalization and direction
/// conventions.statements["betweenness"]          // what the output footer prints
/// ```
public struct CentralityConventions: Sendable, Hashable {
    /// Whose defaults (direction, normalization, scaling) the measures reproduce.
    public enum Compatibility: String, Sendable, Hashable, CaseIterable {
        /// NetworkX 3.x defaults (the reference the tests check against).
        case networkx
        /// igraph defaults (R `igraph` / C library): raw betweenness, outgoing closeness and harmonic.
        case igraph
    }

    /// The library whose defaults the measures follow; NetworkX unless chosen otherwise.
    public var compatibility: Compatibility
    /// Shortest paths use length 1/weight instead of hop counts (betweenness, closeness, harmonic).
    public var weightedPaths: Bool
    /// When set, betweenness is estimated from this many sampled shortest paths.
    public var approximateSamples: Int?
    /// When set, betweenness, closeness and harmonic are estimated from this many sampled source nodes
    /// (`PivotSampling`, Brandes–Pich 2007); takes precedence over `approximateSamples`.
    public var pivots: Int?
    /// Seed of the sampling generator for approximate measures.
    public var seed: UInt64
    /// PageRank damping factor α.
    public var damping: Double

    /// Conventions with NetworkX defaults unless overridden: hop-count paths, exact betweenness,
    /// seed 0, PageRank damping 0.85.
    public init(compatibility: Compatibility = .networkx, weightedPaths: Bool = false,
                approximateSamples: Int? = nil, pivots: Int? = nil, seed: UInt64 = 0, damping: Double = 0.85) {
        self.compatibility = compatibility
        self.weightedPaths = weightedPaths
        self.approximateSamples = approximateSamples
        self.pivots = pivots
        self.seed = seed
        self.damping = damping
    }

    /// One statement per measure plus the graph rule, in output order (keys are the JSON keys).
    public var statementList: [(key: String, text: String)] {
        let paths = weightedPaths ? "shortest paths with edge length 1/weight (Dijkstra)" : "unweighted shortest paths (hop counts)"
        let nx = compatibility == .networkx
        var list: [(String, String)] = [
            ("compat", compatibility.rawValue),
            ("graph", "directed, weighted: a message adds 1 to every hop of from → via… → to for each sender/recipient combination; a conversation adds 1 in both directions between every pair of participants"),
            ("degree", "inDegree/outDegree count distinct neighbours (a self-loop counts once); weightedIn/weightedOut sum edge weights"),
        ]
        var betweenness = "Brandes (2001), directed, \(paths), "
            + (nx ? "normalized by 1/((n-1)(n-2))" : "not normalized")
        let sampled = pivots.map { "; estimated from \($0) sampled source nodes (Brandes–Pich 2007 pivots, seed \(seed))" } ?? ""
        if pivots == nil, let k = approximateSamples {
            betweenness += "; estimated from \(k) sampled shortest paths (Riondato–Kornaropoulos 2016, seed \(seed))"
        }
        list.append(("betweenness", betweenness + sampled))
        list.append(("closeness", (nx
            ? "incoming distances, \(paths), (r-1)/sum(d) scaled by (r-1)/(n-1) (Wasserman–Faust)"
            : "outgoing distances, \(paths), 1/sum(d) over reachable nodes, NaN when none") + sampled))
        list.append(("harmonic", (nx
            ? "sum of 1/d over incoming distances, \(paths), not normalized"
            : "sum of 1/d over outgoing distances, \(paths), not normalized") + sampled))
        list.append(("eigenvector", "undirected projection w(u,v)+w(v,u) (self-loop once), largest connected component (ties: alphabetically first name), "
            + (nx ? "unit Euclidean norm" : "maximum scaled to 1") + ", 0 outside"))
        list.append(("pagerank", "alpha = \(damping), weighted, dangling nodes spread uniformly, L1 change < 1e-13"))
        return list
    }
}

/// The node measures `centrality` can compute; raw values are the JSON keys.
///
/// ```swift
/// CentralityMeasure(rawValue: "pagerank")   // .pagerank
/// CentralityMeasure.allCases.count          // 9
/// ```
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable {
    case inDegree, outDegree, weightedIn, weightedOut
    case betweenness, closeness, harmonic, eigenvector, pagerank

    /// Parses a comma-separated list such as `betweenness,pagerank`; `degree` stands for the four
    /// degree measures. Names are case-insensitive. Returns nil and the offending name on error.
    ///
    /// ```swift
    /// CentralityMeasure.parseList("degree,pagerank")   // .success([.inDegree, …, .pagerank])
    /// ```
    public static func parseList(_ text: String) -> Result<[CentralityMeasure], UnknownMeasure> {
        var chosen: [CentralityMeasure] = []
        for raw in text.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if name == "degree" {
                chosen += [.inDegree, .outDegree, .weightedIn, .weightedOut]
            } else if let measure = allCases.first(where: { $0.rawValue.lowercased() == name }) {
                chosen.append(measure)
            } else {
                return .failure(UnknownMeasure(name: name))
            }
        }
        return .success(allCases.filter { chosen.contains($0) })
    }

    /// A measure name `parseList` did not recognise.
    public struct UnknownMeasure: Error, Sendable, CustomStringConvertible {
        /// The name as given, lower-cased and trimmed.
        public var name: String
        /// The error message, listing the names that are accepted.
        public var description: String {
            "unknown measure '\(name)'; choose from degree, "
                + CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }
}
