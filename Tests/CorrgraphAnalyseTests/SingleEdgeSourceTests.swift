import CorrgraphAnalyse
import CorrgraphGraph
import Testing

/// Sources with a single edge get no search of their own in the hop-count measures: their values
/// follow from their successor's search (`HopAdjacency`). Checked by hand on a small graph and
/// against the general search (Dijkstra on unit lengths) on random graphs full of such sources.
@Suite("Single-edge sources")
struct SingleEdgeSourceTests {
    /// Ibrahim → Tanaka ← Ortega, Tanaka → Ibrahim, Tanaka → Kowalski → Lindqvist.
    /// Ibrahim and Ortega have one out-edge each, to Tanaka (two out-edges); Kowalski one, to
    /// Lindqvist (none). Ibrahim is also reached from Tanaka.
    static let names = ["Ibrahim", "Ortega", "Tanaka", "Kowalski", "Lindqvist"]
    static let graph = WeightedDigraph(nodeNames: names,
                                       edges: [(0, 2, 1), (1, 2, 1), (2, 0, 1), (2, 3, 1), (3, 4, 1)])

    @Test func betweennessByHand() {
        // Tanaka lies on Ibrahim→Kowalski, Ibrahim→Lindqvist, Ortega→Kowalski, Ortega→Lindqvist,
        // Ortega→Ibrahim (5); Kowalski on Ibrahim→, Ortega→, Tanaka→Lindqvist (3).
        let raw = Betweenness.compute(Self.graph, normalized: false)
        #expect(raw == [0, 0, 5, 3, 0])
        let normalized = Betweenness.compute(Self.graph)
        #expect(zip(normalized, [0, 0, 5.0 / 12, 3.0 / 12, 0]).allSatisfy { close($0, $1) })
    }

    @Test func distanceMeasuresByHand() {
        // igraph closeness, outgoing: Ibrahim 1/(1+2+3), Ortega 1/(1+2+3+2), Tanaka 1/(1+2+1),
        // Kowalski 1/1, Lindqvist reaches nobody (NaN).
        let closeness = Closeness.compute(Self.graph, compatibility: .igraph)
        let wanted = [1.0 / 6, 1.0 / 8, 1.0 / 4, 1, Double.nan]
        #expect(zip(closeness, wanted).allSatisfy { close($0, $1) })
        // NetworkX harmonic, incoming: Ibrahim from Tanaka 1 and Ortega 1/2; Tanaka from Ibrahim
        // and Ortega 1 each; Kowalski from Tanaka 1, Ibrahim and Ortega 1/2; Lindqvist from
        // Kowalski 1, Tanaka 1/2, Ibrahim and Ortega 1/3.
        let harmonic = Harmonic.compute(Self.graph)
        #expect(zip(harmonic, [1.5, 0, 2, 2, 1 + 0.5 + 2.0 / 3]).allSatisfy { close($0, $1) })
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func matchesTheGeneralSearch(seed: UInt64) {
        // A core of 60 nodes, and 140 more with one edge each: into the core, onto each other
        // (chains), onto themselves (a self-loop is their only edge), or onto a sink.
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for _ in 0..<240 { edges.append((Int.random(in: 0..<60, using: &rng), Int.random(in: 0..<60, using: &rng), 1)) }
        for s in 60..<200 {
            let target = Int.random(in: 0..<10, using: &rng) == 0 ? s : Int.random(in: 0..<200, using: &rng)
            edges.append((s, target, 1))
            if Int.random(in: 0..<3, using: &rng) == 0 { edges.append((Int.random(in: 0..<60, using: &rng), s, 1)) }
        }
        // Unit weights (repeated edges would add up): Dijkstra's lengths 1/w are then hop counts.
        var seen = Set<Int>()
        edges = edges.filter { seen.insert($0.0 * 1000 + $0.1).inserted }
        let g = WeightedDigraph(nodeNames: (0..<200).map { "n\($0)" }, edges: edges)
        let pairs: [([Double], [Double])] = [
            (Betweenness.compute(g), Betweenness.compute(g, weightedPaths: true)),
            (Closeness.compute(g), Closeness.compute(g, weightedPaths: true)),
            (Closeness.compute(g, compatibility: .igraph), Closeness.compute(g, weightedPaths: true, compatibility: .igraph)),
            (Harmonic.compute(g), Harmonic.compute(g, weightedPaths: true)),
            (Harmonic.compute(g, compatibility: .igraph), Harmonic.compute(g, weightedPaths: true, compatibility: .igraph)),
        ]
        for (hops, general) in pairs {
            #expect(hops.count == general.count)
            #expect(zip(hops, general).allSatisfy { close($0, $1, relative: 1e-12) })
        }
        #expect(pairs[0].0.contains { $0 > 0 })
    }
}
