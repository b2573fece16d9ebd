import CorrgraphGraph
import Testing
@testable import CorrgraphAnalyse

/// Eigenvector centrality where power iteration is slow: graphs whose projection has a small
/// spectral gap. Expected values are NetworkX 3.6.1's `eigenvector_centrality_numpy(P, weight="weight")`
/// on the projection P, computed once with this script (the suite never runs Python):
///
///     import networkx as nx
///     def projection(edges, n):
///         p = nx.Graph(); p.add_nodes_from(range(n))
///         for u, v, w in edges:
///             if p.has_edge(u, v): p[u][v]["weight"] += w
///             else: p.add_edge(u, v, weight=w)
///         return p
///     clusters = [(i, j, 1 + (i + j) % 3) for i in range(14) for j in range(i + 1, 14)] \
///         + [(14 + i, 14 + j, 1 + (i * j) % 4) for i in range(13) for j in range(i + 1, 13)] + [(13, 14, 1)]
///     path = [(i, i + 1, 1 + i % 5) for i in range(59)]
///     for edges, n in [(clusters, 27), (path, 60)]:
///         x = nx.eigenvector_centrality_numpy(projection(edges, n), weight="weight")
///         print([repr(x[i]) for i in range(n)])
@Suite("Eigenvector centrality with a small spectral gap")
struct EigenvectorSpectralGapTests {
    /// Two weighted cliques (14 and 13 people) joined by one letter: λ₁ = 26.004, λ₂ = 25.141, so
    /// power iteration on A + I gains only a factor 0.968 per step.
    static var clusterEdges: [(Int, Int, Double)] {
        var edges: [(Int, Int, Double)] = []
        for i in 0..<14 { for j in i + 1..<14 { edges.append((i, j, Double(1 + (i + j) % 3))) } }
        for i in 0..<13 { for j in i + 1..<13 { edges.append((14 + i, 14 + j, Double(1 + (i * j) % 4))) } }
        edges.append((13, 14, 1))
        return edges
    }

    static let clusterValues: [Double] = [
        0.266987068766542, 0.26701593038970856, 0.26696614328101137,
        0.26698706876654194, 0.2670159303897085, 0.26696614328101137,
        0.266987068766542, 0.2670159303897084, 0.26696614328101137,
        0.26698706876654205, 0.26701593038970856, 0.26696614328101137,
        0.266987068766542, 0.2675413231075559, 0.01523853042957222,
        0.01319164212469849, 0.011193155325667432, 0.013191642124698363,
        0.005331088271243004, 0.013191642124698585, 0.011193155325667522,
        0.01319164212469839, 0.005331088271243011, 0.013191642124698474,
        0.011193155325667515, 0.013191642124698397, 0.005331088271243039,
    ]

    /// A weighted path of 60 people: bipartite (λₙ = −λ₁) with λ₁ − λ₂ = 0.0065 of λ₁ = 6.85, so
    /// power iteration on A + I gains a factor 0.99917 per step (about 40,000 steps to converge).
    static let pathEdges: [(Int, Int, Double)] = (0..<59).map { i in (i, i + 1, Double(1 + i % 5)) }

    static let pathValues: [Double] = [
        0.0010599071529571794, 0.007258118538553134, 0.024321414098842427,
        0.050677974510307026, 0.06851812990384772, 0.05329842663492953,
        0.022390657905034146, 0.05001507221806031, 0.09923865659572378,
        0.1323823349087118, 0.10191678200645135, 0.0360023670842903,
        0.07231157997356585, 0.14105879781220193, 0.18725479648023752,
        0.14361269144902294, 0.04716870431841384, 0.08969650209465002,
        0.17329786826246396, 0.229408438068771, 0.17555406320205807,
        0.055131223704709936, 0.10098901064512188, 0.19376610863904284,
        0.25598007758739655, 0.19557135840750275, 0.059349090762106815,
        0.10542208984697282, 0.20107326422158092, 0.265164901989717,
        0.20230495168299883, 0.059535817278686454, 0.10269463373440377,
        0.1947230144981254, 0.25633905474248825, 0.19529748032098274,
        0.05567872031657314, 0.09299189803364989, 0.17514668451140447,
        0.23010200974150902, 0.17502490952223168, 0.048039783669194834,
        0.07697291712480671, 0.14367394816939164, 0.18823585352617267,
        0.1428642036338347, 0.03713786325854721, 0.05572574075779358,
        0.10244251342623482, 0.13358424144880063, 0.10099979924375217,
        0.02371344512704873, 0.030693530958041622, 0.054252923744641406,
        0.06985924940205239, 0.05227523271605524, 0.008678349750348648,
        0.003576538807029624, 0.0023783380917017857, 0.0013892402237058463,
    ]

    static func graph(_ edges: [(Int, Int, Double)], nodes: Int) -> WeightedDigraph {
        // Zero-padded names keep the alphabetical order equal to the id order.
        WeightedDigraph(nodeNames: (0..<nodes).map { "p" + String(1000 + $0) }, edges: edges)
    }

    @Test("two clusters joined by one edge match NetworkX", arguments: [false, true])
    func clusters(igraph: Bool) {
        check(Self.graph(Self.clusterEdges, nodes: 27), expected: Self.clusterValues, igraph: igraph)
    }

    @Test("a long weighted path matches NetworkX", arguments: [false, true])
    func path(igraph: Bool) {
        check(Self.graph(Self.pathEdges, nodes: 60), expected: Self.pathValues, igraph: igraph)
    }

    @Test func stepsGrowWithTheSquareRootOfTheGap() {
        // Power iteration would need about 40,000 steps on the path; LOBPCG needs a few hundred.
        let projection = UndirectedProjection(Self.graph(Self.pathEdges, nodes: 60))
        let solution = Eigenvector.perronVector(of: projection.restricted(to: Array(0..<60)))
        #expect(solution.steps < 500)
        #expect(solution.relativeResidual < 1e-13)
        #expect(solution.vector.allSatisfy { $0 > 0 })
    }

    @Test("random graphs: a non-negative unit eigenvector, so the Perron vector",
          arguments: [(60, 70, 1), (60, 400, 2), (300, 320, 3), (300, 3000, 4), (800, 1200, 5)])
    func randomGraphs(nodes: Int, edges: Int, seed: UInt64) {
        // On a connected non-negative matrix the only eigenvector with no negative entry is the
        // Perron vector: a small residual and x ≥ 0 identify it without a reference value.
        let projection = UndirectedProjection(randomDigraph(nodes: nodes, edges: edges, seed: seed))
        let component = projection.largestComponent(names: (0..<nodes).map { "n\($0)" })
        let matrix = projection.restricted(to: component)
        let x = Eigenvector.perronVector(of: matrix).vector
        var ax = [Double](repeating: 0, count: x.count)
        matrix.multiply(x, into: &ax)
        let lambda = zip(x, ax).reduce(0) { $0 + $1.0 * $1.1 }
        let residual = zip(x, ax).reduce(0) { $0 + ($1.1 - lambda * $1.0) * ($1.1 - lambda * $1.0) }.squareRoot()
        #expect(component.count > 1)
        #expect(residual < 1e-12 * lambda)
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-14)
        #expect(x.allSatisfy { $0 >= 0 })
    }

    @Test func projectionMergesBothDirectionsAndKeepsSelfLoopsOnce() {
        // a → b 2 + 1 (parallel, merged by the graph), b → a 3: {a, b} = 6. a → c 4, c → a 1: {a, c} = 5.
        // b → b 5: the diagonal, once. b → c 1: {b, c} = 1.
        let g = WeightedDigraph(nodeNames: ["a", "b", "c"],
                                edges: [(0, 1, 2), (1, 0, 3), (1, 1, 5), (2, 0, 1), (0, 2, 4), (1, 2, 1), (0, 1, 1)])
        let p = UndirectedProjection(g)
        #expect(p.offsets == [0, 2, 5, 7])
        #expect(p.targets == [1, 2, 0, 1, 2, 0, 1])
        #expect(p.weights == [6, 5, 6, 5, 1, 5, 1])
    }

    @Test func jacobiFindsTheLargestEigenpair() {
        // [[2, 1, 0], [1, 2, 1], [0, 1, 2]]: eigenvalues 2 − √2, 2, 2 + √2; top vector (1, √2, 1)/2.
        var m: [[Double]] = [[2, 1, 0], [1, 2, 1], [0, 1, 2]]
        let (value, vector) = TopEigenpair.largestEigenpair(symmetric: &m)
        #expect(abs(value - (2 + 2.0.squareRoot())) < 1e-14)
        let sign: Double = vector[0] < 0 ? -1 : 1
        for (got, want) in zip(vector, [0.5, 0.5 * 2.0.squareRoot(), 0.5]) { #expect(abs(sign * got - want) < 1e-14) }
    }

    func check(_ graph: WeightedDigraph, expected: [Double], igraph: Bool) {
        let got = Eigenvector.compute(graph, compatibility: igraph ? .igraph : .networkx)
        // igraph's convention is NetworkX's vector scaled to max 1.
        let top = expected.max() ?? 1
        let want = igraph ? expected.map { $0 / top } : expected
        #expect(got.count == want.count)
        for (node, (g, w)) in zip(got, want).enumerated() {
            #expect(close(g, w), "node \(node): got \(g), NetworkX \(w)")
        }
    }
}
