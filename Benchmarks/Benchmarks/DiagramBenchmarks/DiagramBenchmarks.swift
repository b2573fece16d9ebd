import Benchmark
import CorrgraphAnalyse
import CorrgraphEmit
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphRender
import CorrgraphResolve

/// The default diagram (`corrgraph graph`: PageRank sizes, top 50, dot) of a synthetic corpus of
/// 50,000 correspondents — the size of a large archive's whole catalogue. What it shows: that
/// choosing the drawn nodes stays linear-ish in the corpus and that the render itself stays small.
let benchmarks: @Sendable () -> Void = {
    let corpus = SyntheticCorpus.make(people: 50_000, letters: 200_000, conversations: 20_000, seed: 1948)

    Benchmark("Default diagram DOT, 50k people",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                   maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        let digraph = corpus.weightedDigraph()
        let scores = DiagramBuilder.scoresByCorrespondent(PageRank.compute(digraph), of: digraph,
                                                          correspondentCount: corpus.correspondents.count)
        let diagram = DiagramBuilder(graph: corpus, scores: scores, scoreName: "PageRank")
            .diagram(DiagramOptions(title: "Synthetic 50k"))
        blackHole(diagram.dot)
    }

    Benchmark("Default diagram rendered to SVG, 50k people",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident],
                                   maxDuration: .seconds(120), maxIterations: 5)) { benchmark in
        let digraph = corpus.weightedDigraph()
        let scores = DiagramBuilder.scoresByCorrespondent(PageRank.compute(digraph), of: digraph,
                                                          correspondentCount: corpus.correspondents.count)
        let diagram = DiagramBuilder(graph: corpus, scores: scores, scoreName: "PageRank")
            .diagram(DiagramOptions(title: "Synthetic 50k"))
        let svg = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
        blackHole(svg)
    }
}

/// A reproducible corpus with the skew of real archives: a few correspondents write most letters.
enum SyntheticCorpus {
    static func make(people: Int, letters: Int, conversations: Int, seed: UInt64) -> CorrespondenceGraph {
        var random = SplitMix64(seed: seed)
        let countries = ["USSR", "China", "USA", "UK", "France", "GDR", "Poland", "India", "Japan", "Korea", "Vietnam", "Cuba"]
        let correspondents = (0..<people).map { i in
            Correspondent(id: i, name: "Person \(i)", kind: i % 17 == 0 ? .institution : (i % 23 == 0 ? .office : .person),
                          attributes: ["country": countries[i % countries.count]])
        }
        // Squaring a uniform draw skews ids towards 0: low ids are the archive's "leaders".
        func someone() -> Int {
            let u = Double(random.next() >> 11) / Double(1 << 53)
            return min(people - 1, Int(u * u * Double(people)))
        }
        let provenance = Provenance(recordID: "synthetic", source: "synthetic", line: 0, title: "")
        func day() -> DateRange {
            let d = CalendarDay(year: 1945 + Int(random.next() % 20), month: 1 + Int(random.next() % 12),
                                day: 1 + Int(random.next() % 28))
            return DateRange(start: d, end: d)
        }
        var messages: [Message] = []
        messages.reserveCapacity(letters)
        for i in 0..<letters {
            let from = someone()
            var to = someone()
            if to == from { to = (to + 1) % people }
            // One letter in ten travels through an intermediary.
            let via = i % 10 == 0 ? [someone()] : []
            messages.append(Message(from: [from], to: [to], via: via, when: day(), evidence: .title, provenance: provenance))
        }
        let talks = (0..<conversations).map { _ in
            Conversation(participants: [someone(), someone(), someone()], when: day(), evidence: .title,
                         provenance: provenance)
        }
        return CorrespondenceGraph(correspondents: correspondents, messages: messages, conversations: talks)
    }
}
