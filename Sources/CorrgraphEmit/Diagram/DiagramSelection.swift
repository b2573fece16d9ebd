/// Which correspondents a diagram draws under `top`, and which groups that leaves out.
///
/// Ranking the whole network by a centrality and cutting it at N draws what a historian does not
/// want: PageRank gives the two members of an isolated pair as much weight as a busy member of
/// the main network, and a correspondent whose partners fall below the cut is drawn without a
/// line. So the drawing is chosen by connected groups (weakly connected components over the
/// lines heavy enough to draw):
///
/// 1. the main group is the ego's, or else the largest (ties: the one with the most central
///    member);
/// 2. when it is larger than `top`, it is grown from its most central member (or the ego), each
///    step adding the most central correspondent linked to someone already chosen — so every
///    one drawn keeps a line, and the drawing stays in one piece;
/// 3. when room remains, further groups of `minimumExtraGroup` or more join whole, largest first;
///    isolated pairs never do, and every group left out is counted for the diagram's note.
///
/// Without `top` everyone with a drawable line is drawn.
///
/// ```swift
/// // Ranked 0, 5, 6, 1, 2: 5 and 6 are an isolated pair; 0 wrote to 1 and 2.
/// let s = DiagramSelection(ranked: [0, 5, 6, 1, 2], neighbours: neighbours, top: 3, ego: nil)
/// s.shown            // [0, 1, 2]
/// s.omittedGroups    // 1
/// ```
///
/// - Complexity: O(n + m + k log n) for n candidates, m lines and k = `top`.
struct DiagramSelection: Equatable {
    /// The smallest group drawn besides the main one: a pair on its own is what made the old
    /// default diagrams a column of dyads.
    static let minimumExtraGroup = 3

    /// Correspondent ids drawn, in ranking order (the ego first).
    var shown: [Int] = []
    /// Correspondents in the main group (the ego's, or the largest).
    var mainGroupSize = 0
    /// How many of `shown` belong to the main group.
    var shownFromMainGroup = 0
    /// Groups unconnected to the main one that are not drawn, their members, and the largest.
    var omittedGroups = 0
    var omittedGroupMembers = 0
    var largestOmittedGroup = 0

    /// Nothing chosen (the empty graph).
    init() {}

    /// - Parameters:
    ///   - ranked: the candidates (correspondents with a drawable line, or the ego), most central first.
    ///   - neighbours: for each correspondent id, those it shares a drawable line with (any kind,
    ///     either direction); ids outside `ranked` are ignored.
    ///   - top: the most correspondents to draw; nil or 0 draws every candidate.
    ///   - ego: the correspondent the drawing is about; drawn first, whatever its rank.
    init(ranked: [Int], neighbours: [[Int]], top: Int?, ego: Int?) {
        let n = neighbours.count
        var position = [Int](repeating: -1, count: n)
        for (index, id) in ranked.enumerated() { position[id] = index }
        let groups = Groups(ranked: ranked, neighbours: neighbours, position: position)
        guard !groups.sizes.isEmpty else { return }
        let group = groups.label
        let sizes = groups.sizes
        let main = groups.main(ego: ego)
        mainGroupSize = sizes[main]

        let budget = top.flatMap { $0 > 0 ? $0 : nil } ?? ranked.count
        var chosen: [Int]
        if mainGroupSize <= budget {
            chosen = ranked.filter { group[$0] == main }
        } else {
            let seed = ego.flatMap { $0 >= 0 && $0 < n && group[$0] == main ? $0 : nil } ?? ranked.first { group[$0] == main }!
            chosen = Self.grow(from: seed, count: budget, position: position, ranked: ranked, neighbours: neighbours)
        }
        shownFromMainGroup = chosen.count

        // The other groups, largest first (ties: most central member first).
        var room = budget - chosen.count
        let others = sizes.indices.filter { $0 != main }.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var joined = Set<Int>()
        for label in others {
            if top == nil || top == 0 || (sizes[label] >= Self.minimumExtraGroup && sizes[label] <= room) {
                joined.insert(label)
                room -= sizes[label]
            } else {
                omittedGroups += 1
                omittedGroupMembers += sizes[label]
                largestOmittedGroup = max(largestOmittedGroup, sizes[label])
            }
        }
        if !joined.isEmpty { chosen += ranked.filter { joined.contains(group[$0]) } }

        chosen.sort { position[$0] < position[$1] }
        if let ego, let index = chosen.firstIndex(of: ego), index > 0 {
            chosen.remove(at: index)
            chosen.insert(ego, at: 0)
        }
        shown = chosen
    }

    /// The main group's members first, then everyone else, each part in `ranked` order: the
    /// ranking a caller wants when it picks "the most central" correspondent for a drawing.
    ///
    /// ```swift
    /// // 5 and 6 are an isolated pair ranked above most of the main group.
    /// DiagramSelection.mainGroupFirst([0, 5, 6, 1, 2], neighbours: neighbours)   // [0, 1, 2, 5, 6]
    /// ```
    static func mainGroupFirst(_ ranked: [Int], neighbours: [[Int]]) -> [Int] {
        var position = [Int](repeating: -1, count: neighbours.count)
        for (index, id) in ranked.enumerated() { position[id] = index }
        let groups = Groups(ranked: ranked, neighbours: neighbours, position: position)
        guard !groups.sizes.isEmpty else { return ranked }
        let main = groups.main(ego: nil)
        return ranked.filter { groups.label[$0] == main } + ranked.filter { groups.label[$0] != main }
    }

    /// `count` correspondents of `seed`'s group: the seed, then repeatedly the most central one
    /// linked to those already taken (a best-first search keyed by rank).
    private static func grow(from seed: Int, count: Int, position: [Int], ranked: [Int], neighbours: [[Int]]) -> [Int] {
        var reached = [Bool](repeating: false, count: neighbours.count)
        var frontier = MinHeap()
        var taken: [Int] = []
        reached[seed] = true
        frontier.push(position[seed])
        while taken.count < count, let next = frontier.pop() {
            let id = ranked[next]
            taken.append(id)
            for v in neighbours[id] where position[v] >= 0 && !reached[v] {
                reached[v] = true
                frontier.push(position[v])
            }
        }
        return taken
    }
}

/// Weakly connected components of the candidates, numbered in the order of their most central
/// member.
private struct Groups {
    /// Component per correspondent id; -1 for those not ranked.
    var label: [Int]
    var sizes: [Int] = []

    init(ranked: [Int], neighbours: [[Int]], position: [Int]) {
        label = [Int](repeating: -1, count: neighbours.count)
        var stack: [Int] = []
        for id in ranked where label[id] < 0 {
            let group = sizes.count
            var size = 0
            label[id] = group
            stack.append(id)
            while let u = stack.popLast() {
                size += 1
                for v in neighbours[u] where position[v] >= 0 && label[v] < 0 {
                    label[v] = group
                    stack.append(v)
                }
            }
            sizes.append(size)
        }
    }

    /// The ego's group, or else the largest; ties go to the lowest number, the most central.
    func main(ego: Int?) -> Int {
        if let ego, ego >= 0, ego < label.count, label[ego] >= 0 { return label[ego] }
        return sizes.indices.max { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }!
    }
}

/// A binary min-heap of integers (rank positions): the frontier of `DiagramSelection.grow`.
private struct MinHeap {
    private var items: [Int] = []

    mutating func push(_ x: Int) {
        items.append(x)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        guard !items.isEmpty else { return first }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count && items[left] < items[smallest] { smallest = left }
            if right < items.count && items[right] < items[smallest] { smallest = right }
            guard smallest != parent else { return first }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
