import CorrgraphAnalyse
import CorrgraphGraph
import Foundation

/// One graph of `Fixtures/centrality_expected.json` with the values NetworkX computed on it
/// (see `Fixtures/generate_expected.py`).
struct FixtureCase: Decodable, Sendable {
    struct Message: Decodable, Sendable {
        var from: [Int]
        var to: [Int]
        var via: [Int]
    }
    struct Conversation: Decodable, Sendable {
        var participants: [Int]
    }

    var name: String
    var nodes: [String]
    var edges: [[Double]]
    /// convention → measure → value per node (null where igraph gives NaN).
    var expected: [String: [String: [Double?]]]
    var correspondents: [String]?
    var messages: [Message]?
    var conversations: [Conversation]?

    var digraph: WeightedDigraph {
        WeightedDigraph(nodeNames: nodes, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }

}


enum Fixtures {
    private struct File: Decodable { var cases: [FixtureCase] }

    static let cases: [FixtureCase] = {
        guard let url = Bundle.module.url(forResource: "centrality_expected", withExtension: "json",
                                          subdirectory: "Fixtures")
                ?? Bundle.module.url(forResource: "centrality_expected", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data)
        else { fatalError("Fixtures/centrality_expected.json is missing or unreadable") }
        return file.cases
    }()

    static var names: [String] { cases.map(\.name) }

    static func named(_ name: String) -> FixtureCase { cases.first { $0.name == name }! }
}

/// |a − b| ≤ 1e-9 · max(|a|, |b|), with an absolute floor of 1e-12 for values that should be 0.
/// NaN matches NaN (igraph's closeness of a node that reaches nobody).
func close(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    let gap = abs(a - b)
    return gap <= relative * max(abs(a), abs(b)) || gap <= 1e-12
}

/// A reproducible random digraph for tests that need a graph larger than the fixtures.
func randomDigraph(nodes n: Int, edges m: Int, seed: UInt64) -> WeightedDigraph {
    var rng = SplitMix64(seed: seed)
    var edges: [(Int, Int, Double)] = []
    for _ in 0..<m {
        edges.append((Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng),
                      Double(Int.random(in: 1...4, using: &rng))))
    }
    return WeightedDigraph(nodeNames: (0..<n).map { "n\($0)" }, edges: edges)
}
