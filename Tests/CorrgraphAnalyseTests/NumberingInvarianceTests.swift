import CorrgraphGraph
import Testing
@testable import CorrgraphAnalyse

/// The kernels that iterate on renumbered nodes (PageRank on the nodes by out-degree) or on a
/// renumbered component (the eigenvector solver) must map their results back to the caller's ids:
/// a graph and its relabelled copy get the same value per person.
@Suite("Numbering invariance")
struct NumberingInvarianceTests {
    /// A deterministic weighted digraph with hubs, leaves, a self-loop, an isolated node and a second
    /// component: the shapes the kernels renumber.
    static func sampleEdges(_ n: Int) -> [(Int, Int, Double)] {
        var edges: [(Int, Int, Double)] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let main = n - 4  // the last four: a separate pair, a self-loop node, an isolated node
        for v in 1..<main {
            let hub = next(5)
            edges.append((hub, v, Double(1 + next(3))))
            if next(2) == 0 { edges.append((v, next(v), 1)) }
        }
        edges.append((main, main + 1, 2))
        edges.append((main + 1, main, 1))
        edges.append((main + 2, main + 2, 1))
        return edges
    }

    @Test(arguments: [1, 7, 13])
    func kernelsDoNotDependOnNumbering(stride: Int) {
        let n = 64
        let edges = Self.sampleEdges(n)
        let names = (0..<n).map { "person \($0)" }
        let g = WeightedDigraph(nodeNames: names, edges: edges)
        // Renumber v ↦ v · stride + 5 mod 64 (stride odd, so a bijection); names travel with their nodes.
        let relabel = { (v: Int) in (v * stride + 5) % n }
        var renamed = [String](repeating: "", count: n)
        for v in 0..<n { renamed[relabel(v)] = names[v] }
        let h = WeightedDigraph(nodeNames: renamed, edges: edges.map { (relabel($0.0), relabel($0.1), $0.2) })
        let pageRank = (PageRank.compute(g), PageRank.compute(h))
        let eigenvector = (Eigenvector.compute(g), Eigenvector.compute(h))
        for v in 0..<n {
            #expect(close(pageRank.0[v], pageRank.1[relabel(v)], relative: 1e-12))
            #expect(close(eigenvector.0[v], eigenvector.1[relabel(v)], relative: 1e-12))
        }
        // The isolated node's PageRank is teleportation plus dangling mass; outside the largest
        // component eigenvector centrality is 0.
        #expect(eigenvector.0[n - 1] == 0 && eigenvector.0[n - 3] == 0)
        #expect(abs(pageRank.0.reduce(0, +) - 1) < 1e-12)
    }
}
