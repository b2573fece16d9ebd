import CorrgraphGraph
import Foundation
import Testing
@testable import CorrgraphAnalyse

@Suite("Sampled sources (pivots)")
struct PivotSamplingTests {
    /// a → b → c → d → e.
    static let path = WeightedDigraph(nodeNames: ["a", "b", "c", "d", "e"],
                                      edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)])

    @Test func oneSourceWorkedByHand() {
        // Only a is searched from (k = 1, n = 5, so every sum is scaled by n/k = 5).
        // Dependencies of a: δ(b) = 3 (paths to c, d, e), δ(c) = 2, δ(d) = 1; NetworkX normalizes by
        // 1/((n−1)(n−2)) = 1/12: b 15/12, c 10/12, d 5/12.
        // Distances from a: d(a, u) = 1, 2, 3, 4 for b…e. Harmonic (incoming): 5 · 1/d.
        // Closeness: r − 1 estimated 5 · 1 = 5, Σd estimated 5 · d, so (5 / 5d) · (5/4) = 1.25/d.
        let e = PivotSampling.estimate(Self.path, sources: [0], measures: [.betweenness, .closeness, .harmonic],
                                       weightedPaths: false, compatibility: .networkx, threads: 1)
        let betweenness = [0, 15.0 / 12, 10.0 / 12, 5.0 / 12, 0]
        let harmonic = [0, 5, 2.5, 5.0 / 3, 1.25]
        let closeness = [0, 1.25, 0.625, 1.25 / 3, 0.3125]
        for v in 0..<5 {
            #expect(close(e.betweenness[v], betweenness[v]), "betweenness \(v)")
            #expect(close(e.harmonic[v], harmonic[v]), "harmonic \(v)")
            #expect(close(e.closeness[v], closeness[v]), "closeness \(v)")
        }
        #expect(e.largestDistance == 4)
    }

    @Test func igraphDirectionSearchesBackwardsFromThePivot() {
        // igraph's outgoing distances: from pivot e, backwards: d(u, e) = 4, 3, 2, 1 for a…d.
        // Harmonic 5 · 1/d(u, e); closeness 1 / (5 · d(u, e)); e reaches no pivot: NaN.
        let e = PivotSampling.estimate(Self.path, sources: [4], measures: [.closeness, .harmonic],
                                       weightedPaths: false, compatibility: .igraph, threads: 1)
        #expect(e.betweenness.isEmpty)
        let harmonic = [1.25, 5.0 / 3, 2.5, 5, 0]
        let closeness = [1.0 / 20, 1.0 / 15, 1.0 / 10, 1.0 / 5, Double.nan]
        for v in 0..<5 {
            #expect(close(e.harmonic[v], harmonic[v]), "harmonic \(v)")
            #expect(close(e.closeness[v], closeness[v]), "closeness \(v)")
        }
    }

    @Test(arguments: Fixtures.names)
    func everyNodeAPivotIsExact(caseName: String) throws {
        // k ≥ n searches from every node: NetworkX's and igraph's exact values (fixture), bound 0.
        let fixture = Fixtures.named(caseName)
        for (convention, compatibility, weighted) in [("networkx", CentralityConventions.Compatibility.networkx, false),
                                                      ("igraph", .igraph, false), ("weighted_paths", .networkx, true)] {
            let expected = try #require(fixture.expected[convention])
            let e = PivotSampling.compute(fixture.digraph, pivots: fixture.nodes.count + 3, seed: 7,
                                          weightedPaths: weighted, compatibility: compatibility)
            #expect(e.epsilon == 0 && e.betweennessBound == 0)
            for (measure, values) in [("betweenness", e.betweenness), ("closeness", e.closeness), ("harmonic", e.harmonic)] {
                let truth = try #require(expected[measure])
                for node in fixture.nodes.indices {
                    #expect(close(values[node], truth[node] ?? .nan), "\(caseName) \(convention) \(measure) \(fixture.nodes[node])")
                }
            }
        }
    }

    @Test(arguments: ["random_weighted", "florentine_families", "krackhardt_kite"], [1, 2, 3] as [UInt64])
    func halfThePivotsStayWithinTheBound(caseName: String, seed: UInt64) throws {
        // Half the nodes as pivots: betweenness and harmonic within the stated bound of NetworkX's values.
        let fixture = Fixtures.named(caseName)
        let expected = try #require(fixture.expected["networkx"])
        let n = fixture.nodes.count
        let e = PivotSampling.compute(fixture.digraph, pivots: n / 2, seed: seed)
        #expect(e.pivots == n / 2 && e.epsilon > 0)
        for node in 0..<n {
            #expect(abs(e.betweenness[node] - expected["betweenness"]![node]!) <= e.betweennessBound)
            #expect(abs(e.harmonic[node] - expected["harmonic"]![node]!) <= e.harmonicBound)
        }
    }

    @Test func theBoundIsHoeffdingsOverAllNodes() {
        // ε = √(ln(2n/δ) / (2k)), δ = 0.1; n = 5, k = 2: √(ln 100 / 4).
        let e = PivotSampling.compute(Self.path, pivots: 2, seed: 1)
        #expect(close(e.epsilon, (log(100.0) / 4).squareRoot()))
        #expect(close(e.betweennessBound, e.epsilon * 5 / 4))   // n/(n−1) under NetworkX's normalization
        #expect(close(e.harmonicBound, e.epsilon * 5))
        #expect(e.confidence == 0.9)
    }

    @Test func samplesAreDistinctAndFixedBySeed() {
        let a = PivotSampling.sample(40, of: 100, seed: 3)
        #expect(Set(a).count == 40 && a.allSatisfy { (0..<100).contains($0) })
        #expect(a == PivotSampling.sample(40, of: 100, seed: 3))
        #expect(a != PivotSampling.sample(40, of: 100, seed: 4))
    }

    @Test func theResultDoesNotDependOnThreads() {
        let g = randomDigraph(nodes: 300, edges: 1_500, seed: 5)
        let one = PivotSampling.compute(g, pivots: 60, seed: 2, threads: 1)
        let four = PivotSampling.compute(g, pivots: 60, seed: 2, threads: 4)
        #expect(one.betweenness == four.betweenness && one.closeness == four.closeness && one.harmonic == four.harmonic)
    }

    @Test func exactUnlessAskedOrTooLarge() {
        // Default conventions are exact; the pivots only come in when asked for.
        let kite = Fixtures.named("krackhardt_kite").digraph
        let exact = CentralityMeasures.compute(kite)
        #expect(exact.pivotEstimate == nil && exact.approximation == nil)
        #expect(exact.values[.betweenness] == Betweenness.compute(kite))
        #expect(!exact.conventions.statementList.contains { $0.text.contains("sampled") })
        let sampled = CentralityMeasures.compute(kite, conventions: CentralityConventions(pivots: 4, seed: 1))
        #expect(sampled.pivotEstimate?.pivots == 4)
        #expect(sampled.conventions.statementList.first { $0.key == "closeness" }?.text.contains("4 sampled source nodes") == true)
        // The kite: 10 nodes, 36 edges, so all-pairs searches cost 10 · 46 = 460 edge visits.
        #expect(PivotSampling.suggestedPivots(for: kite, budget: 460) == nil)
        #expect(PivotSampling.suggestedPivots(for: kite, budget: 459) == 100)
    }
}
