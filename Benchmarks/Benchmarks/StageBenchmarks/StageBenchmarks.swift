import Benchmark
import CorrgraphAnalyse
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
import Foundation

/// Every stage of the pipeline — read, extract, resolve, graph, each centrality measure — on synthetic
/// listings of growing size from `../shared/bench/gen_corpus.py`, so that the growth from one size to
/// the next (4× the letters) can be read off the table (issue 10: at most 4.5× per stage).
///
/// The corpora are made once by `make bench-corpora` into `Benchmarks/.corpora/`:
/// `listing-50k.txt` (`--people 5000 --letters 50000 --seed 42`) and `listing-200k.txt`
/// (`--people 20000 --letters 200000 --seed 5`). A size whose file is missing is skipped.
let benchmarks: @Sendable () -> Void = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".corpora")
    // CORRGRAPH_BENCH_SIZES=200k limits the setup (read, extract, resolve) to those sizes; a filter does not.
    let sizes = ProcessInfo.processInfo.environment["CORRGRAPH_BENCH_SIZES"]?.split(separator: ",").map(String.init)
        ?? ["50k", "200k"]
    for size in sizes {
        let path = folder.appendingPathComponent("listing-\(size).txt").path
        guard FileManager.default.fileExists(atPath: path) else { continue }
        // Each stage is measured on the previous stage's output, prepared once outside the measurement.
        guard let records = try? CorpusReader().read(paths: [path]) else { continue }
        let extracted = CorpusExtractor().extract(records)
        let resolved = NameResolver().resolve(extracted)
        let graph = CorrespondenceGraph(corpus: resolved)
        let digraph = graph.weightedDigraph()
        let slow = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 3)

        Benchmark("read \(size)", configuration: slow) { _ in blackHole(try CorpusReader().read(paths: [path])) }
        Benchmark("extract \(size)", configuration: slow) { _ in blackHole(CorpusExtractor().extract(records)) }
        Benchmark("resolve \(size)", configuration: slow) { _ in blackHole(NameResolver().resolve(extracted)) }
        Benchmark("graph \(size)", configuration: slow) { _ in blackHole(CorrespondenceGraph(corpus: resolved).weightedDigraph()) }
        Benchmark("degree \(size)", configuration: slow) { _ in blackHole(Degree.compute(digraph)) }
        Benchmark("pagerank \(size)", configuration: slow) { _ in blackHole(PageRank.compute(digraph)) }
        Benchmark("eigenvector \(size)", configuration: slow) { _ in blackHole(Eigenvector.compute(digraph)) }
        Benchmark("betweenness \(size)", configuration: slow) { _ in blackHole(Betweenness.compute(digraph)) }
        Benchmark("closeness \(size)", configuration: slow) { _ in blackHole(Closeness.compute(digraph)) }
        Benchmark("harmonic \(size)", configuration: slow) { _ in blackHole(Harmonic.compute(digraph)) }
        // What `report` computes past the exact budget: betweenness, closeness and harmonic from 500 pivots.
        Benchmark("sampled paths \(size)", configuration: slow) { _ in
            blackHole(PivotSampling.compute(digraph, pivots: 500, seed: 1))
        }
    }
}
