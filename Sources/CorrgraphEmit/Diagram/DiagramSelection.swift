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
/// 3. without an ego, every other group of `substantialGroup` or more correspondents is a network
///    of its own (the four editions of a CMIF bundle): each is drawn beside the main one, grown the
///    same way from its own most central member, `top` shared among them by the square root of
///    their sizes (so a small network keeps a readable core and a large one the most room);
/// 4. when room remains, further groups of `minimumExtraGroup` or more join whole, largest first;
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
    /// A group this large, unconnected to the main one, is a network of its own and is always drawn.
    static let substantialGroup = 10
    /// At most this many separate networks are drawn side by side.
    static let maximumNetworks = 6
    /// The fewest correspondents a separate network is drawn with (when it has that many).
    static let minimumNetworkShare = 6

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
    /// Every separate network drawn, the main one first: its size and how many of it are drawn.
    var networks: [Network] = []
    /// How many separate networks the graph has (drawn together, or one by one with `network`).
    var networkCount = 1

    struct Network: Equatable {
        var size: Int
        var shown: Int
    }

    /// Nothing chosen (the empty graph).
    init() {}

    /// - Parameters:
    ///   - ranked: the candidates (correspondents with a drawable line, or the ego), most central first.
    ///   - neighbours: for each correspondent id, those it shares a drawable line with (any kind,
    ///     either direction); ids outside `ranked` are ignored.
    ///   - top: the most correspondents to draw; nil or 0 draws every candidate.
    ///   - ego: the correspondent the drawing is about; drawn first, whatever its rank.
    ///   - network: draw only this one of the separate networks (0 = the main one); nil draws all.
    init(ranked: [Int], neighbours: [[Int]], top: Int?, ego: Int?, network: Int? = nil) {
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
        // The other groups, largest first (ties: most central member first).
        let others = sizes.indices.filter { $0 != main }.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let separate = ego == nil
            ? Array(others.prefix { sizes[$0] >= Self.substantialGroup }.prefix(Self.maximumNetworks - 1)) : []
        let allNetworks = [main] + separate
        networkCount = allNetworks.count
        let drawnNetworks = network.map { allNetworks.indices.contains($0) ? [allNetworks[$0]] : [] } ?? allNetworks
        guard !drawnNetworks.isEmpty else { return }
        let shares = Self.shares(of: drawnNetworks.map { sizes[$0] }, budget: budget)

        var chosen: [Int] = []
        for (label, share) in zip(drawnNetworks, shares) {
            let part: [Int]
            if sizes[label] <= share {
                part = ranked.filter { group[$0] == label }
            } else {
                let seed = (label == main ? ego.flatMap { $0 >= 0 && $0 < n && group[$0] == main ? $0 : nil } : nil)
                    ?? ranked.first { group[$0] == label }!
                part = Self.grow(from: seed, count: share, position: position, ranked: ranked, neighbours: neighbours)
            }
            networks.append(Network(size: sizes[label], shown: part.count))
            chosen += part
        }
        shownFromMainGroup = networks[0].shown
        mainGroupSize = networks[0].size

        var room = budget - chosen.count
        var joined = Set<Int>()
        for label in others where !drawnNetworks.contains(label) && !(network != nil && separate.contains(label)) {
            if network ?? 0 == 0, top == nil || top == 0 || (sizes[label] >= Self.minimumExtraGroup && sizes[label] <= room) {
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

    /// `budget` shared among networks of `sizes` (the main one first) in proportion to the square
    /// root of their sizes, each getting at least `minimumNetworkShare` (or its size, even past the
    /// budget) and never more than its size; what a network cannot use goes to the main one.
    ///
    /// ```swift
    /// DiagramSelection.shares(of: [400, 100, 12], budget: 50)   // [30, 14, 6]
    /// ```
    static func shares(of sizes: [Int], budget: Int) -> [Int] {
        guard sizes.count > 1 else { return sizes.map { min($0, budget) } }
        let roots = sizes.map { Double($0).squareRoot() }
        let total = roots.reduce(0, +)
        var shares = zip(sizes, roots).map { size, root in
            min(size, max(min(size, minimumNetworkShare), Int(Double(budget) * root / total)))
        }
        let used = shares.dropFirst().reduce(0, +)
        shares[0] = min(sizes[0], max(min(sizes[0], minimumNetworkShare), budget - used))
        return shares
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
