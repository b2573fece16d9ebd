import CorrgraphGraph

/// One direction of a `WeightedDigraph`'s adjacency with an edge length per entry: the view every
/// path-based measure walks. Lengths are 1 (hop counts) or 1/weight (`--weighted-paths`: a pair that
/// wrote often is "closer").
struct PathAdjacency: Sendable {
    enum Direction: Sendable { case outgoing, incoming }

    let offsets: [Int]
    let targets: [Int32]
    /// nil: every edge has length 1 and breadth-first search replaces Dijkstra.
    let lengths: [Double]?
    var nodeCount: Int { offsets.count - 1 }

    init(_ graph: WeightedDigraph, direction: Direction, weighted: Bool) {
        switch direction {
        case .outgoing:
            offsets = graph.outOffsets
            targets = graph.outTargets
            lengths = weighted ? graph.outWeights.map { 1 / $0 } : nil
        case .incoming:
            offsets = graph.inOffsets
            targets = graph.inSources
            lengths = weighted ? graph.inWeights.map { 1 / $0 } : nil
        }
    }
}

/// Single-source shortest paths with path counts, reusing its buffers from source to source.
///
/// Loop invariant between calls to `run(from:)`: `distance` is +∞ and `sigma` is 0 at every node,
/// because each run resets exactly the nodes it reached (listed in `order`). A run therefore costs
/// O(reached nodes + their edges), never O(n) for the reset, and allocates nothing once the
/// buffers have grown.
struct ShortestPathWorkspace {
    /// Distance from the current source; +∞ when unreached.
    var distance: [Double]
    /// Number of shortest paths from the current source, as Double: integer counts overflow on
    /// graphs as small as a 36×36 grid (as igraph found).
    var sigma: [Double]
    /// Reached nodes in non-decreasing distance: the order Brandes' accumulation runs backwards.
    var order: [Int32]
    private var heap: [(Double, Int32)]
    /// Dijkstra's finished nodes; reset with the others through `order`.
    private var settled: [Bool]

    init(nodeCount n: Int) {
        distance = Array(repeating: .infinity, count: n)
        sigma = Array(repeating: 0, count: n)
        order = []
        order.reserveCapacity(n)
        heap = []
        settled = Array(repeating: false, count: n)
    }

    mutating func reset() {
        for v in order {
            distance[Int(v)] = .infinity
            sigma[Int(v)] = 0
            settled[Int(v)] = false
        }
        order.removeAll(keepingCapacity: true)
    }

    /// Fills `distance`, `sigma` and `order` for paths from `source` along `adjacency`.
    mutating func run(from source: Int, in adjacency: PathAdjacency) {
        reset()
        distance[source] = 0
        sigma[source] = 1
        if let lengths = adjacency.lengths {
            dijkstra(from: source, adjacency, lengths)
        } else {
            breadthFirst(from: source, adjacency)
        }
    }

    private mutating func breadthFirst(from source: Int, _ adjacency: PathAdjacency) {
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            for i in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                let w = Int(adjacency.targets[i])
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(Int32(w))
                }
                if distance[w] == next { sigma[w] += sigma[v] }
            }
        }
    }

    /// Dijkstra with a lazy-deletion binary heap. Ties are exact floating-point equality of
    /// `distance[v] + length`, the same test NetworkX makes, so both find the same path sets.
    private mutating func dijkstra(from source: Int, _ adjacency: PathAdjacency, _ lengths: [Double]) {
        heap.removeAll(keepingCapacity: true)
        push((0, Int32(source)))
        while let (d, v32) = pop() {
            let v = Int(v32)
            if settled[v] { continue }
            settled[v] = true
            order.append(v32)
            for i in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                let w = Int(adjacency.targets[i])
                if settled[w] { continue }
                let candidate = d + lengths[i]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    push((candidate, Int32(w)))
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
    }

    private mutating func push(_ item: (Double, Int32)) {
        heap.append(item)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heap[parent].0 <= heap[i].0 { break }
            heap.swapAt(parent, i)
            i = parent
        }
    }

    private mutating func pop() -> (Double, Int32)? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var smallest = i
                if l < heap.count, heap[l].0 < heap[smallest].0 { smallest = l }
                if r < heap.count, heap[r].0 < heap[smallest].0 { smallest = r }
                if smallest == i { break }
                heap.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}
