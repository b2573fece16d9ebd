import CorrgraphGraph

/// Eigenvector centrality on the undirected projection of the correspondence graph.
///
/// Projection: an undirected weighted graph on the same nodes whose edge {u, v} carries
/// w(u, v) + w(v, u) — every message hop or conversation direction between the two, whichever way
/// it went. A self-loop u → u enters once, as the diagonal entry A(u, u) = w(u, u): it is one
/// hop of u's traffic, exactly what NetworkX gets when the projection is built as an `nx.Graph` by
/// adding each directed edge's weight to its undirected edge (`to_scipy_sparse_array` then puts
/// w(u, u) on the diagonal).
///
/// Component: the projection's largest connected component (most nodes; on a tie, the component
/// holding the alphabetically first name). Eigenvector centrality is only well defined on a
/// connected graph; every node outside the component gets 0.
///
/// On the component, x is the Perron eigenvector of A (A x = λ_max x, x ≥ 0):
/// - NetworkX convention (`eigenvector_centrality_numpy(component, weight="weight")`): unit
///   Euclidean norm, ‖x‖₂ = 1;
/// - igraph convention (`eigen_centrality(scale = TRUE)`): scaled so that max x = 1.
/// A single-node component without a self-loop gets 1.
///
/// The sign is fixed so that the entries sum to a positive number, as NetworkX does; entries below 0
/// can only be rounding noise (the Perron vector of a connected graph is positive) and are set to 0.
///
/// Computed by LOBPCG for the top eigenpair (`TopEigenpair`): Rayleigh–Ritz on span{x, residual,
/// previous direction} each step, until ‖A x − λ x‖₂ ≤ 5e-14 · λ, or ε · L / 10 · λ where a row of L
/// entries makes the product's rounding exceed that (`TopEigenpair.defaultTolerance`) — the angle
/// between x and the true vector is at most that divided by the relative gap (λ₁ − λ₂)/λ₁ — or
/// until the residual stops falling at rounding level; then one power step x ← A x / ‖A x‖, which
/// makes small entries' errors relative. Power iteration, used before, needs a number of steps
/// that grows with 1/gap — and with the most negative eigenvalue: correspondence graphs are nearly
/// bipartite (a few writers, many recipients; λₙ = −0.93 λ₁ on the 200k-letter CMIF graph), so on
/// A + I it gained only a factor 0.93 a step there (335 steps); LOBPCG takes 28 (37 products with A).
///
/// ```swift
/// let g = WeightedDigraph(nodeNames: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 1)])
/// Eigenvector.compute(g)   // [0.5, 0.7071067811865476, 0.5]
/// ```
///
/// - Complexity: O(n + m) for the projection and its component; O(n + m) per LOBPCG step (one
///   product with A and a dozen vector operations); the step count grows as 1/√gap, where the gap
///   is (λ₁ − λ₂)/(λ₁ − λₙ).
/// - Growth: on the 50k- and 200k-letter listing graphs (components of 4,266 and 16,889 nodes,
///   37,720 and 159,573 matrix entries: 4.23×) the solver takes 23 and 27 steps, 31 and 35 products
///   (1.13×), 4.58× the instructions (cachegrind). The gap falls from 0.249 to 0.213 because the
///   graph grows more bipartite (λₙ/λ₁ from −0.62 to −0.91; λ₂/λ₁ stays 0.60), so the Chebyshev rate
///   (1 − √gap)/(1 + √gap) of any Krylov method goes from 0.334 to 0.369 a product: 1.10× the products
///   for the same residual, 4.23 × 1.10 = 4.65× at the least. The rest of the measured ~4.9× is the
///   cache: a step's arrays fit a core's 1 MB L2 at 50k (0.5 MB), not at 200k (2.0 MB).
///   Since the projection and component search allocate once and no longer sort or compare every
///   component's names: 30.5 → 28.5 M instructions a call at 50k, 136.9 → 127.8 M at 200k (4.49×;
///   KernelProbe under callgrind). Tried and not kept: the most negative eigenvalue at 200k is
///   isolated (λₙ₋₁/λ₁ = −0.46), and keeping the previous step's lowest Ritz vector in the basis
///   (as thick-restart Lanczos keeps Ritz vectors: K. Wu, H. Simon, SIAM J. Matrix Anal. Appl. 22(2),
///   602–616 (2000), doi:10.1137/S0895479898334605) deflates it — 36 → 32 products at 200k in a NumPy
///   model, 31 at 50k unchanged — but its orthogonalization and update cost six more vector passes a
///   step: a quarter to a third more instructions at both sizes (callgrind), a better ratio only by
///   slowing the small graph.
/// - Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
///   Sociology 92(5), 1170–1182 (1987), doi:10.1086/228631; Wasserman & Faust (1994),
///   doi:10.1017/CBO9780511815478; A. V. Knyazev, "Toward the optimal preconditioned eigensolver:
///   Locally optimal block preconditioned conjugate gradient method", SIAM J. Sci. Comput. 23(2),
///   517–541 (2001), doi:10.1137/S1064827500366124.
public enum Eigenvector {
    /// Eigenvector centrality of every node, indexed by node id, scaled by `compatibility`'s convention.
    public static func compute(_ graph: WeightedDigraph,
                               compatibility: CentralityConventions.Compatibility = .networkx) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let projection = UndirectedProjection(graph)
        let component = projection.largestComponent(names: graph.names)
        var x = [Double](repeating: 0, count: n)
        if component.count == 1 {
            x[component[0]] = 1
            return x
        }
        let solution = perronVector(of: projection.restricted(to: component))
        for (local, v) in component.enumerated() { x[v] = solution.vector[local] }
        if compatibility == .igraph, let top = x.max(), top > 0 {
            for v in component { x[v] /= top }
        }
        return x
    }
}

extension Eigenvector {
    /// The Perron vector of a connected component's matrix: unit 2-norm, every entry ≥ 0.
    static func perronVector(of matrix: SymmetricCSR) -> TopEigenpair.Result {
        // All ones: positive, so never orthogonal to the (positive) Perron vector.
        var result = TopEigenpair.lobpcg(matrix, start: [Double](repeating: 1, count: matrix.size))
        // An eigenvector is defined up to sign: take the one with a positive sum, as NetworkX does;
        // entries of the Perron vector of a connected graph are positive, so a negative one is
        // rounding noise around 0.
        let sign: Double = result.vector.reduce(0, +) < 0 ? -1 : 1
        for i in result.vector.indices { result.vector[i] = max(0, sign * result.vector[i]) }
        let norm = TopEigenpair.norm(result.vector)
        for i in result.vector.indices { result.vector[i] /= norm }
        return result
    }
}

/// The symmetric projection in CSR form (see `Eigenvector`), each row's targets ascending.
///
/// Every array is allocated once at a size known in advance (no appends), the targets as 32-bit ids;
/// the component search is linear. The projection had been growing arrays of 64-bit ids (3.4 MB on
/// the 200k-letter listing graph), and the search sorted the component's nodes and compared the names
/// of every component's members, an n log n term: 7% of the measure's instructions at both sizes.
struct UndirectedProjection {
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]

    /// Row u merges u's out-edges and in-edges, both already ascending in the graph's CSR: linear
    /// in n + m, where sorting all 2m entries grew faster than the graph.
    init(_ graph: WeightedDigraph) {
        let n = graph.nodeCount
        let capacity = graph.outTargets.count + graph.inSources.count
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets = [Int32](repeating: 0, count: capacity)
        var weights = [Double](repeating: 0, count: capacity)
        var k = 0
        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
        graph.outTargets.withUnsafeBufferPointer { outTargets in
        graph.outWeights.withUnsafeBufferPointer { outWeights in
        graph.inOffsets.withUnsafeBufferPointer { inOffsets in
        graph.inSources.withUnsafeBufferPointer { inSources in
        graph.inWeights.withUnsafeBufferPointer { inWeights in
        targets.withUnsafeMutableBufferPointer { targets in
        weights.withUnsafeMutableBufferPointer { weights in
            for u in 0..<n {
                var o = outOffsets[u]
                let outEnd = outOffsets[u + 1]
                var i = inOffsets[u]
                let inEnd = inOffsets[u + 1]
                while o < outEnd || i < inEnd {
                    let outTarget = o < outEnd ? Int(outTargets[o]) : Int.max
                    let inSource = i < inEnd ? Int(inSources[i]) : Int.max
                    if outTarget == inSource {
                        targets[k] = Int32(truncatingIfNeeded: outTarget)
                        // A self-loop u → u is both an out-edge and an in-edge of u: it enters once.
                        weights[k] = outTarget == u ? outWeights[o] : outWeights[o] + inWeights[i]
                        o += 1
                        i += 1
                    } else if outTarget < inSource {
                        targets[k] = Int32(truncatingIfNeeded: outTarget)
                        weights[k] = outWeights[o]
                        o += 1
                    } else {
                        targets[k] = Int32(truncatingIfNeeded: inSource)
                        weights[k] = inWeights[i]
                        i += 1
                    }
                    k += 1
                }
                offsets[u + 1] = k
            }
        }}}}}}}}
        targets.removeLast(capacity - k)
        weights.removeLast(capacity - k)
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The rows and columns of `nodes` (ascending, closed under adjacency — a component), renumbered
    /// 0..<nodes.count in the same order; the upper triangle only (see `SymmetricCSR`).
    func restricted(to nodes: [Int]) -> SymmetricCSR {
        var local = [Int32](repeating: -1, count: offsets.count - 1)
        for (i, v) in nodes.enumerated() { local[v] = Int32(i) }
        var stored = 0
        for v in nodes {
            for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) >= v { stored += 1 }
        }
        var rowOffsets = [Int](repeating: 0, count: nodes.count + 1)
        var rowTargets = [Int32](repeating: 0, count: stored)
        var rowWeights = [Double](repeating: 0, count: stored)
        var k = 0
        for (row, v) in nodes.enumerated() {
            for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) >= v {
                rowTargets[k] = local[Int(targets[i])]
                rowWeights[k] = weights[i]
                k += 1
            }
            rowOffsets[row + 1] = k
        }
        return SymmetricCSR(offsets: rowOffsets, targets: rowTargets, weights: rowWeights)
    }

    /// Nodes of the largest connected component, ascending; ties go to the component holding the
    /// alphabetically first name. O(n + m): names are compared only within components of the largest
    /// size, and the members come out ascending from a scan of the labels.
    func largestComponent(names: [String]) -> [Int] {
        let n = offsets.count - 1
        guard n > 0 else { return [] }
        // label[v]: the first node of v's component, where its search started; size[start]: its nodes.
        var label = [Int32](repeating: -1, count: n)
        var size = [Int32](repeating: 0, count: n)
        var largest: Int32 = 0
        var stack: [Int32] = []
        for start in 0..<n where label[start] < 0 {
            var count: Int32 = 0
            label[start] = Int32(start)
            stack.append(Int32(start))
            while let v = stack.popLast() {
                count += 1
                for i in offsets[Int(v)]..<offsets[Int(v) + 1] where label[Int(targets[i])] < 0 {
                    label[Int(targets[i])] = Int32(start)
                    stack.append(targets[i])
                }
            }
            size[start] = count
            largest = max(largest, count)
        }
        // Among the components of the largest size, the one holding the alphabetically first name
        // (on equal names, the one found first).
        var chosen = -1
        var chosenName = ""
        var firstName: [Int32: String] = [:]
        for v in 0..<n where size[Int(label[v])] == largest {
            if let name = firstName[label[v]], name <= names[v] { continue }
            firstName[label[v]] = names[v]
        }
        for (start, name) in firstName.sorted(by: { $0.key < $1.key }) where chosen < 0 || name < chosenName {
            chosen = Int(start)
            chosenName = name
        }
        var members: [Int] = []
        members.reserveCapacity(Int(largest))
        for v in 0..<n where Int(label[v]) == chosen { members.append(v) }
        return members
    }
}
