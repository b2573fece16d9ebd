import CorrgraphAnalyse
import CorrgraphGraph
import Testing

@Suite("Approximate betweenness")
struct ApproximateBetweennessTests {
    @Test(arguments: ["krackhardt_kite", "florentine_families", "random_weighted"])
    func estimatesAreWithinTheStatedBound(caseName: String) throws {
        // NetworkX's exact values (fixture); the Riondato–Kornaropoulos bound holds with
        // probability 0.9 for a random seed, and the seed is fixed, so this check is deterministic.
        let fixture = Fixtures.named(caseName)
        let exact = try #require(fixture.expected["networkx"]?["betweenness"])
        let estimate = ApproximateBetweenness.compute(fixture.digraph, samples: 20_000, seed: 2024)
        #expect(estimate.errorBound > 0 && estimate.errorBound < 0.05)
        for (node, value) in estimate.values.enumerated() {
            #expect(abs(value - exact[node]!) <= estimate.errorBound, "\(fixture.nodes[node])")
        }
    }

    @Test func boundShrinksWithSamples() {
        let g = Fixtures.named("krackhardt_kite").digraph
        let few = ApproximateBetweenness.compute(g, samples: 100, seed: 1).errorBound
        let more = ApproximateBetweenness.compute(g, samples: 400, seed: 1).errorBound
        // ε ∝ 1/√K: four times the samples, half the bound.
        #expect(abs(few / more - 2) < 1e-12)
    }

    @Test func sameSeedSameEstimate() {
        let g = Fixtures.named("florentine_families").digraph
        let a = ApproximateBetweenness.compute(g, samples: 500, seed: 9)
        let b = ApproximateBetweenness.compute(g, samples: 500, seed: 9)
        let c = ApproximateBetweenness.compute(g, samples: 500, seed: 10)
        #expect(a.values == b.values)
        #expect(a.values != c.values)
    }
}
