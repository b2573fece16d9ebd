import Benchmark
import CorrgraphAnalyse
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
import Foundation

/// Every stage of the pipeline — read, extract, resolve, graph, each centrality measure, the sampled
/// measures the report uses on large graphs — on synthetic listings of growing size from
/// `../shared/bench/gen_corpus.py`, so that the growth from one size to the next (4× the letters) can be
/// read off the table (issue 10: at most 4.5× per stage).
///
/// The corpora are made once by `make bench-corpora` into `Benchmarks/.corpora/`:
/// `listing-50k.txt` (`--people 5000 --letters 50000 --seed 42`) and `listing-200k.txt`
/// (`--people 20000 --letters 200000 --seed 5`). A size whose file is missing is skipped;
/// `CORRGRAPH_BENCH_SIZES=200k` runs one size.
///
/// The benchmark library runs every benchmark in a process of its own, so each stage's input is made in
/// that benchmark's setup (not measured), and only as far as it needs: the measures read the resolved
/// graph from `.corpora/graph-SIZE.tsv`, written by the first process that resolves the corpus.
let benchmarks: @Sendable () -> Void = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".corpora")
    let sizes = ProcessInfo.processInfo.environment["CORRGRAPH_BENCH_SIZES"]?.split(separator: ",").map(String.init)
        ?? ["50k", "200k"]
    let slow = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 0,
                                       maxDuration: .seconds(60), maxIterations: 3)
    for size in sizes {
        let path = folder.appendingPathComponent("listing-\(size).txt").path
        guard FileManager.default.fileExists(atPath: path) else { continue }
        let stages = Stages(path: path, graphCache: folder.appendingPathComponent("graph-\(size).tsv").path)

        Benchmark("read \(size)", configuration: slow) { _ in blackHole(try CorpusReader().read(paths: [path])) }
        Benchmark("extract \(size)", configuration: slow, closure: { _ in blackHole(CorpusExtractor().extract(stages.records)) },
                  setup: { _ = stages.records })
        Benchmark("resolve \(size)", configuration: slow, closure: { _ in blackHole(NameResolver().resolve(stages.extracted)) },
                  setup: { _ = stages.extracted })
        Benchmark("graph \(size)", configuration: slow,
                  closure: { _ in blackHole(CorrespondenceGraph(corpus: stages.resolved).weightedDigraph()) },
                  setup: { _ = stages.resolved })
        // The measures that take milliseconds run 30 times: three runs of a few milliseconds put the
        // growth's noise at ±0.2×, the size of what is being measured.
        let quick = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 1,
                                            maxDuration: .seconds(10), maxIterations: 30)
        let fastMeasures: [(String, @Sendable (WeightedDigraph) -> Any)] = [
            ("degree", { Degree.compute($0) }),
            ("pagerank", { PageRank.compute($0) }),
            ("eigenvector", { Eigenvector.compute($0) }),
        ]
        for (name, measure) in fastMeasures {
            Benchmark("\(name) \(size)", configuration: quick, closure: { _ in blackHole(measure(stages.digraph)) },
                      setup: { _ = stages.digraph })
        }
        let measures: [(String, @Sendable (WeightedDigraph) -> Any)] = [
            ("betweenness", { Betweenness.compute($0) }),
            ("closeness", { Closeness.compute($0) }),
            ("harmonic", { Harmonic.compute($0) }),
            // What `report` computes past the exact budget: betweenness, closeness and harmonic from 500 pivots.
            ("sampled paths (500 pivots)", { PivotSampling.compute($0, pivots: 500, seed: 1) }),
        ]
        for (name, measure) in measures {
            Benchmark("\(name) \(size)", configuration: slow, closure: { _ in blackHole(measure(stages.digraph)) },
                      setup: { _ = stages.digraph })
        }
    }
}

/// One corpus's stages, each made on first use (benchmarks run one after another in a process).
final class Stages: @unchecked Sendable {
    let path: String
    let graphCache: String
    init(path: String, graphCache: String) {
        self.path = path
        self.graphCache = graphCache
    }

    lazy var records: [CatalogueRecord] = (try? CorpusReader().read(paths: [path])) ?? []
    lazy var extracted: [ExtractedRecord] = CorpusExtractor().extract(records)
    lazy var resolved: ResolvedCorpus = NameResolver().resolve(extracted)

    /// The resolved graph, from the cache file when an earlier process wrote it.
    lazy var digraph: WeightedDigraph = {
        if let cached = Self.load(graphCache) { return cached }
        let digraph = CorrespondenceGraph(corpus: resolved).weightedDigraph()
        Self.save(digraph, to: graphCache)
        return digraph
    }()

    /// `names` line (tab-separated), then one `source<TAB>target<TAB>weight` line per edge, by node id.
    static func save(_ graph: WeightedDigraph, to path: String) {
        var text = graph.names.joined(separator: "\t") + "\n"
        for source in 0..<graph.nodeCount {
            for i in graph.outOffsets[source]..<graph.outOffsets[source + 1] {
                text += "\(source)\t\(graph.outTargets[i])\t\(graph.outWeights[i])\n"
            }
        }
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func load(_ path: String) -> WeightedDigraph? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return nil }
        let names = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var edges: [(Int, Int, Double)] = []
        for line in lines where !line.isEmpty {
            let parts = line.split(separator: "\t")
            guard parts.count == 3, let s = Int(parts[0]), let t = Int(parts[1]), let w = Double(parts[2]) else { return nil }
            edges.append((s, t, w))
        }
        return WeightedDigraph(nodeNames: names, edges: edges)
    }
}
