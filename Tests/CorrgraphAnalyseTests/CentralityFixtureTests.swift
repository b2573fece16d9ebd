import CorrgraphAnalyse
import CorrgraphGraph
import Testing

/// Every measure on every fixture graph against NetworkX (`Fixtures/generate_expected.py`).
@Suite("Centrality against NetworkX")
struct CentralityFixtureTests {
    static let conventions: [(String, CentralityConventions)] = [
        ("networkx", CentralityConventions()),
        ("weighted_paths", CentralityConventions(weightedPaths: true)),
        ("igraph", CentralityConventions(compatibility: .igraph)),
    ]

    @Test("all measures match NetworkX", arguments: Fixtures.names)
    func matchesNetworkX(caseName: String) {
        let fixture = Fixtures.named(caseName)
        let graph = fixture.digraph
        #expect(Fixtures.cases.count >= 10)
        for (conventionName, conventions) in Self.conventions {
            let result = CentralityMeasures.compute(graph, conventions: conventions)
            guard let expected = fixture.expected[conventionName] else {
                Issue.record("fixture \(caseName) lacks \(conventionName)")
                continue
            }
            for measure in CentralityMeasure.allCases {
                guard let want = expected[measure.rawValue], let got = result.values[measure] else {
                    Issue.record("\(caseName)/\(conventionName): \(measure) missing")
                    continue
                }
                #expect(want.count == got.count)
                for (node, (w, g)) in zip(want, got).enumerated() {
                    let wanted = w ?? .nan
                    #expect(close(g, wanted),
                            "\(caseName) \(conventionName) \(measure) \(fixture.nodes[node]): got \(g), NetworkX \(wanted)")
                }
            }
        }
    }

    @Test func medicBetweennessIsThePublishedValue() {
        // Published value for Padgett's Florentine families: Medici 0.522 (NetworkX docs, Borgatti).
        let fixture = Fixtures.named("florentine_families")
        let medici = fixture.nodes.firstIndex(of: "Medici")!
        let b = Betweenness.compute(fixture.digraph)
        #expect(abs(b[medici] - 0.521978021978022) < 1e-12)
    }

    @Test func directedPathByHand() {
        // a → b → c: b lies on the one a→c path; (n−1)(n−2) = 2, so b = 0.5.
        // Closeness of c: reached by a (2) and b (1): 2/3 · 2/2. Harmonic of c: 1 + 1/2.
        let g = WeightedDigraph(nodeNames: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)])
        #expect(Betweenness.compute(g) == [0, 0.5, 0])
        #expect(Closeness.compute(g) == [0, 0.5, 2.0 / 3.0])
        #expect(Harmonic.compute(g) == [0, 1, 1.5])
    }

    @Test func onlyRequestedMeasuresAreComputed() {
        let g = Fixtures.named("krackhardt_kite").digraph
        let result = CentralityMeasures.compute(g, measures: [.pagerank, .betweenness])
        #expect(result.measures == [.betweenness, .pagerank])
        #expect(result.values[.closeness] == nil)
        #expect(result.values[.inDegree] == nil)
    }

    @Test func measureListParsing() throws {
        let parsed = try CentralityMeasure.parseList("pagerank, Degree").get()
        #expect(parsed == [.inDegree, .outDegree, .weightedIn, .weightedOut, .pagerank])
        #expect(throws: CentralityMeasure.UnknownMeasure.self) { try CentralityMeasure.parseList("katz").get() }
    }

    @Test func emptyGraph() {
        let g = WeightedDigraph(nodeNames: [], edges: [])
        let result = CentralityMeasures.compute(g)
        for measure in CentralityMeasure.allCases { #expect(result.values[measure] == []) }
    }
}
