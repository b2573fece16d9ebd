import CorrgraphAnalyse
import CorrgraphGraph
import Testing

/// `CorrespondenceGraph.weightedDigraph()` against the rule, rebuilt independently in
/// `generate_expected.py` (case "correspondence") and worked by hand below.
@Suite("Graph rule")
struct GraphRuleTests {
    static func fixtureGraph() -> (FixtureCase, CorrespondenceGraph) {
        let fixture = Fixtures.named("correspondence")
        var builder = CorpusBuilder(names: fixture.correspondents!)
        for m in fixture.messages! { builder.message(m.from, m.to, via: m.via) }
        for c in fixture.conversations! { builder.conversation(c.participants) }
        return (fixture, builder.graph)
    }

    @Test func edgesMatchTheIndependentBuild() {
        let (fixture, graph) = Self.fixtureGraph()
        let digraph = graph.weightedDigraph()
        #expect(digraph.names == fixture.nodes)
        #expect(!digraph.names.contains("Unused"))
        let got = digraph.edges.map { [Double($0.from), Double($0.to), $0.weight] }
        #expect(got == fixture.edges)
    }

    @Test func handWorkedWeights() {
        // Stalin → Kovalev → Mao twice; Mao → Kovalev → Molotov → Stalin once; Mao and Zhou → Stalin;
        // Stalin → Mao and Liu; Zhou → Zhou (self-loop); conversations {Stalin, Mao, Zhou} and {Mao, Zhou}.
        let (_, graph) = Self.fixtureGraph()
        let g = graph.weightedDigraph()
        let id = { (name: String) in g.names.firstIndex(of: name)! }
        #expect(g.weight(from: id("Stalin"), to: id("Kovalev")) == 2)
        #expect(g.weight(from: id("Kovalev"), to: id("Mao")) == 2)
        #expect(g.weight(from: id("Mao"), to: id("Kovalev")) == 1)
        #expect(g.weight(from: id("Molotov"), to: id("Stalin")) == 1)
        // Mao → Stalin: one direct message plus one conversation.
        #expect(g.weight(from: id("Mao"), to: id("Stalin")) == 2)
        // Stalin → Mao: one direct message plus one conversation (relayed letters add hops, not a direct edge).
        #expect(g.weight(from: id("Stalin"), to: id("Mao")) == 2)
        // Mao ↔ Zhou: two conversations (the duplicate Zhou in the second counts once).
        #expect(g.weight(from: id("Mao"), to: id("Zhou")) == 2)
        #expect(g.weight(from: id("Zhou"), to: id("Zhou")) == 1)
        // Liu appears as a recipient and as a sender with no recipient: a node, no out-edges.
        #expect(g.outNeighbours(id("Liu")).isEmpty)
    }

    @Test func measuresOnTheCorrespondenceGraph() throws {
        let (fixture, graph) = Self.fixtureGraph()
        let result = CentralityMeasures.compute(graph.weightedDigraph())
        let expected = try #require(fixture.expected["networkx"])
        for measure in CentralityMeasure.allCases {
            let want = try #require(expected[measure.rawValue])
            let got = try #require(result.values[measure])
            for (w, g) in zip(want, got) { #expect(close(g, w!), "\(measure)") }
        }
    }

    @Test func onlyFilterChangesTheGraph() {
        let (_, graph) = Self.fixtureGraph()
        let letters = graph.filtered(by: GraphFilter(only: .letters)).weightedDigraph()
        let talks = graph.filtered(by: GraphFilter(only: .conversations)).weightedDigraph()
        let id = { (g: WeightedDigraph, name: String) in g.names.firstIndex(of: name)! }
        #expect(letters.weight(from: id(letters, "Mao"), to: id(letters, "Stalin")) == 1)
        #expect(talks.names == ["Stalin", "Mao", "Zhou"])
        #expect(talks.edgeCount == 6)
    }
}
