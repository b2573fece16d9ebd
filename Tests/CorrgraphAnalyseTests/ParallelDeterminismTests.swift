import CorrgraphAnalyse
import CorrgraphGraph
import Testing

/// Results must not depend on the number of threads: sources are split into chunks fixed by n,
/// and chunk sums are added in chunk order.
@Suite("Thread-count independence")
struct ParallelDeterminismTests {
    @Test(arguments: [false, true])
    func betweennessIsBitIdentical(weightedPaths: Bool) {
        let g = randomDigraph(nodes: 400, edges: 1600, seed: 7)
        let one = Betweenness.compute(g, weightedPaths: weightedPaths, threads: 1)
        let two = Betweenness.compute(g, weightedPaths: weightedPaths, threads: 2)
        let many = Betweenness.compute(g, weightedPaths: weightedPaths, threads: 7)
        #expect(one == two)
        #expect(one == many)
        #expect(one.contains { $0 > 0 })
    }

    @Test func distanceMeasuresAreBitIdentical() {
        let g = randomDigraph(nodes: 300, edges: 900, seed: 11)
        #expect(Closeness.compute(g, threads: 1) == Closeness.compute(g, threads: 5))
        #expect(Harmonic.compute(g, weightedPaths: true, threads: 1) == Harmonic.compute(g, weightedPaths: true, threads: 3))
    }

    @Test func approximateBetweennessIsBitIdentical() {
        let g = randomDigraph(nodes: 300, edges: 900, seed: 3)
        let one = ApproximateBetweenness.compute(g, samples: 3000, seed: 42, threads: 1)
        let many = ApproximateBetweenness.compute(g, samples: 3000, seed: 42, threads: 6)
        #expect(one.values == many.values)
    }
}
