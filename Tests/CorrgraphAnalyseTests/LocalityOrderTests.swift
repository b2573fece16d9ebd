import CorrgraphGraph
import Testing
@testable import CorrgraphAnalyse

/// `LocalityOrder.reverseCuthillMcKee`, worked by hand, and the kernels that iterate in it: their values
/// must not depend on how the nodes are numbered.
@Suite("Locality order")
struct LocalityOrderTests {
    /// Symmetric CSR of an undirected edge list (each edge listed from both ends, rows ascending).
    static func csr(_ n: Int, _ edges: [(Int, Int)]) -> (offsets: [Int], targets: [Int32]) {
        var rows = [[Int32]](repeating: [], count: n)
        for (u, v) in edges {
            rows[u].append(Int32(v))
            if u != v { rows[v].append(Int32(u)) }
        }
        var offsets = [0]
        var targets: [Int32] = []
        for row in rows {
            targets += row.sorted()
            offsets.append(targets.count)
        }
        return (offsets, targets)
    }

    static func isPermutation(_ order: [Int], of n: Int) -> Bool {
        order.count == n && Set(order) == Set(0..<n)
    }

    @Test func pathStartsFromAnEndAndIsReversed() {
        // Path 0 – 2 – 1 – 3: ends 0 and 3 have degree 1; the search starts at 0 (lower id): 0, 2, 1, 3.
        let (offsets, targets) = Self.csr(4, [(0, 2), (2, 1), (1, 3)])
        #expect(LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets) == [3, 1, 2, 0])
    }

    @Test func starTakesLeavesByIdAndIsolatedNodeFirst() {
        // Hub 0 with leaves 1…4, node 5 alone. Least degree first: 5 (degree 0) is a search of its own;
        // then leaf 1, the hub, and the hub's other leaves (all degree 1) by id: 5, 1, 0, 2, 3, 4.
        let (offsets, targets) = Self.csr(6, [(0, 1), (0, 2), (0, 3), (0, 4)])
        #expect(LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets) == [4, 3, 2, 0, 1, 5])
    }

    @Test func neighboursByIncreasingDegree() {
        // 0 – 1, 0 – 2, 2 – 3, 2 – 4: degrees 2, 1, 3, 1, 1. The search starts at 1 (least degree,
        // lowest id): 1, 0, 2, then 2's neighbours of degree 1, by id: 3, 4. Reversed: 4, 3, 2, 0, 1.
        let (offsets, targets) = Self.csr(5, [(0, 1), (0, 2), (2, 3), (2, 4)])
        #expect(LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets) == [4, 3, 2, 0, 1])
        // 5 – 0, 0 – 1, 0 – 2, 1 – 3, 1 – 4: the search starts at 2: 2, 0, then 0's unvisited neighbours
        // 5 (degree 1) before 1 (degree 3) although 5's id is higher, then 1's: 3, 4.
        let (o2, t2) = Self.csr(6, [(5, 0), (0, 1), (0, 2), (1, 3), (1, 4)])
        #expect(LocalityOrder.reverseCuthillMcKee(offsets: o2, targets: t2) == [4, 3, 1, 5, 0, 2])
    }

    @Test func scrambledPathGetsBandwidthOne() {
        // A path of 31 nodes numbered k·7 mod 31 along it: every edge joins ids far apart. Reordered,
        // consecutive positions hold consecutive path nodes, so every edge spans one position.
        let n = 31
        let along = (0..<n).map { $0 * 7 % n }
        let edges = (0..<(n - 1)).map { (along[$0], along[$0 + 1]) }
        let (offsets, targets) = Self.csr(n, edges)
        let order = LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets)
        #expect(Self.isPermutation(order, of: n))
        // The ends are 0 and 24 (30 · 7 mod 31); the search starts at 0, so reversed, 24 comes first.
        #expect(order == along.reversed())
        var position = [Int](repeating: 0, count: n)
        for (k, v) in order.enumerated() { position[v] = k }
        #expect(edges.allSatisfy { abs(position[$0.0] - position[$0.1]) == 1 })
    }

    @Test func everyNodeOnceOnAnyShape() {
        #expect(LocalityOrder.reverseCuthillMcKee(offsets: [0], targets: []) == [])
        // Self-loops only; a triangle with a self-loop; two components and an isolated node.
        let shapes: [(Int, [(Int, Int)])] = [
            (3, [(0, 0), (1, 1), (2, 2)]),
            (4, [(0, 1), (1, 2), (2, 0), (1, 1)]),
            (9, [(0, 8), (8, 4), (4, 0), (2, 6), (6, 7), (7, 5), (5, 2)]),
        ]
        for (n, edges) in shapes {
            let (offsets, targets) = Self.csr(n, edges)
            #expect(Self.isPermutation(LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets), of: n))
        }
    }

    @Test func digraphIgnoresDirectionSelfLoopsAndRepeats() {
        // 2 → 0, 0 → 2, 1 → 2, 3 → 1, 1 → 1: undirected, the path 0 – 2 – 1 – 3.
        let g = WeightedDigraph(nodeNames: ["Ivanova", "Zhang Wei", "Kim Minji", "Haddad"],
                                edges: [(2, 0, 1), (0, 2, 3), (1, 2, 1), (3, 1, 2), (1, 1, 1)])
        #expect(g.reverseCuthillMcKeeOrder() == [3, 1, 2, 0])
    }

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
