/// Node orders that keep neighbours near each other in memory, for the iterative kernels (PageRank,
/// the eigenvector solver) that gather a vector's entries along the edges: renumbered in such an
/// order, consecutive rows read nearby entries, so one cache line serves several edges.
///
/// Reverse Cuthill–McKee: a breadth-first search from a node of least degree, each node's unvisited
/// neighbours taken in order of increasing degree (ties by id), then the whole order reversed; each
/// component in turn, a component's search starting at its node of least degree (ties by id). Nodes
/// at one distance from the start become consecutive, so an edge joins nodes at most two levels apart
/// (a narrow band around the diagonal).
///
/// ```swift
/// // A path 0 – 2 – 1 – 3: its ends are the least-degree nodes; the search from 0 is 0, 2, 1, 3.
/// LocalityOrder.reverseCuthillMcKee(offsets: [0, 1, 3, 5, 6], targets: [2, 2, 3, 0, 1, 1])  // [3, 1, 2, 0]
/// ```
///
/// - Complexity: O(n + m + Δ) time and memory for n nodes, m adjacency entries and largest degree Δ:
///   the neighbour lists are put in degree order by two counting sorts over all entries (no comparison
///   sort per list), the start nodes come from a counting sort of the nodes by degree, and the search
///   visits each entry once.
/// - Reference: E. Cuthill, J. McKee, "Reducing the bandwidth of sparse symmetric matrices",
///   Proceedings of the 24th ACM National Conference (1969), 157–172, doi:10.1145/800195.805928;
///   A. George, J. W.-H. Liu, Computer Solution of Large Sparse Positive Definite Systems
///   (Prentice-Hall, 1981), §4.3 (the reversal).
public enum LocalityOrder {
    /// The reverse Cuthill–McKee order of a symmetric adjacency structure in CSR form:
    /// `targets[offsets[v]..<offsets[v + 1]]` are v's neighbours (each edge listed from both ends;
    /// self-loops are ignored; every target must be in 0..<n, as in any CSR built here). Returns every node id once;
    /// `order[k]` is the node placed k-th.
    public static func reverseCuthillMcKee(offsets: [Int], targets: [Int32]) -> [Int] {
        let n = offsets.count - 1
        guard n > 0 else { return [] }
        // Degree: neighbour entries other than the node itself.
        var degree = [Int](repeating: 0, count: n)
        var largest = 0
        for v in 0..<n {
            var d = 0
            for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) != v { d += 1 }
            degree[v] = d
            largest = max(largest, d)
        }
        // Every entry (v, u) with u ≠ v, in order of u's degree (ties: u ascending, as the callers'
        // rows are ascending), then stably by v: each row's neighbours end up by increasing degree.
        var byDegree = [Int](repeating: 0, count: largest + 2)
        for v in 0..<n {
            for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) != v {
                byDegree[degree[Int(targets[i])] + 1] += 1
            }
        }
        for d in 0...largest { byDegree[d + 1] += byDegree[d] }
        let entries = byDegree[largest + 1]
        var entryRow = [Int32](repeating: 0, count: entries)
        var entryTarget = [Int32](repeating: 0, count: entries)
        for v in 0..<n {
            for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) != v {
                let slot = byDegree[degree[Int(targets[i])]]
                entryRow[slot] = Int32(v)
                entryTarget[slot] = targets[i]
                byDegree[degree[Int(targets[i])]] += 1
            }
        }
        var rowStart = [Int](repeating: 0, count: n + 1)
        for k in 0..<entries { rowStart[Int(entryRow[k]) + 1] += 1 }
        for v in 0..<n { rowStart[v + 1] += rowStart[v] }
        var cursor = rowStart
        var neighbours = [Int32](repeating: 0, count: entries)
        for k in 0..<entries {
            let v = Int(entryRow[k])
            neighbours[cursor[v]] = entryTarget[k]
            cursor[v] += 1
        }
        // Start nodes: all nodes by increasing degree (ties by id); the first unvisited one starts
        // the next component's search.
        var nodeStart = [Int](repeating: 0, count: largest + 2)
        for v in 0..<n { nodeStart[degree[v] + 1] += 1 }
        for d in 0...largest { nodeStart[d + 1] += nodeStart[d] }
        var starts = [Int](repeating: 0, count: n)
        for v in 0..<n {
            starts[nodeStart[degree[v]]] = v
            nodeStart[degree[v]] += 1
        }
        // Breadth-first search: `order` is its own queue.
        var visited = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        var head = 0
        for start in starts where !visited[start] {
            visited[start] = true
            order.append(start)
            while head < order.count {
                let v = order[head]
                head += 1
                for i in rowStart[v]..<rowStart[v + 1] where !visited[Int(neighbours[i])] {
                    visited[Int(neighbours[i])] = true
                    order.append(Int(neighbours[i]))
                }
            }
        }
        order.reverse()
        return order
    }
}

extension WeightedDigraph {
    /// The reverse Cuthill–McKee order (`LocalityOrder`) of the graph with directions ignored:
    /// u and v are neighbours when u → v or v → u. O(n + m + Δ).
    public func reverseCuthillMcKeeOrder() -> [Int] {
        let n = nodeCount
        // Each node's distinct neighbours, merged from its out- and in-lists (both ascending).
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets = [Int32](repeating: 0, count: outTargets.count + inSources.count)
        var k = 0
        for u in 0..<n {
            var o = outOffsets[u], i = inOffsets[u]
            let outEnd = outOffsets[u + 1], inEnd = inOffsets[u + 1]
            while o < outEnd || i < inEnd {
                let out = o < outEnd ? outTargets[o] : Int32.max
                let inn = i < inEnd ? inSources[i] : Int32.max
                let next = min(out, inn)
                if out == next { o += 1 }
                if inn == next { i += 1 }
                targets[k] = next
                k += 1
            }
            offsets[u + 1] = k
        }
        targets.removeLast(targets.count - k)
        return LocalityOrder.reverseCuthillMcKee(offsets: offsets, targets: targets)
    }
}
