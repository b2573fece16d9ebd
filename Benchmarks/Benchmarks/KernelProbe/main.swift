import CorrgraphAnalyse
import CorrgraphGraph
import Foundation

// Runs one fast centrality kernel many times on a cached benchmark graph, for instruction and cache
// counts that the machine's load does not disturb (the benchmark's clock is too coarse at these sizes):
//
//     swift build -c release --product KernelProbe
//     valgrind --tool=callgrind --cache-sim=yes --D1=49152,12,64 --LL=1048576,16,64 \
//         .build/release/KernelProbe pagerank 200k 3
//
// (`perf stat -e instructions:u,cache-misses:u` where the kernel exposes those counters; this VM does not.)
// Subtract a run with 0 repetitions (loading the graph) to get the kernel's own counts. The graph is
// `.corpora/graph-SIZE.tsv`, written by the first `make bench` run (see StageBenchmarks).
let arguments = CommandLine.arguments
guard arguments.count == 4, let repetitions = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: KernelProbe degree|pagerank|eigenvector SIZE REPETITIONS\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".corpora")
let path = folder.appendingPathComponent("graph-\(arguments[2]).tsv").path
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
var lines = text.split(separator: "\n")
let names = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
var edges: [(Int, Int, Double)] = []
for line in lines {
    let parts = line.split(separator: "\t")
    if parts.count == 3, let s = Int(parts[0]), let t = Int(parts[1]), let w = Double(parts[2]) { edges.append((s, t, w)) }
}
let graph = WeightedDigraph(nodeNames: names, edges: edges)
let kernel: (WeightedDigraph) -> [Double]
switch arguments[1] {
case "degree": kernel = { Degree.compute($0).weightedIn }
case "pagerank": kernel = { PageRank.compute($0) }
case "eigenvector": kernel = { Eigenvector.compute($0) }
default:
    FileHandle.standardError.write(Data("unknown kernel \(arguments[1])\n".utf8))
    exit(2)
}
var times: [Double] = []
var checksum = 0.0
for _ in 0..<repetitions {
    let start = DispatchTime.now().uptimeNanoseconds
    let values = kernel(graph)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    checksum += values.reduce(0, +)
}
times.sort()
if !times.isEmpty {
    print("\(arguments[1]) \(arguments[2]): \(graph.nodeCount) nodes, \(graph.edgeCount) edges; "
        + "min \(times[0]) µs, median \(times[times.count / 2]) µs over \(repetitions) runs (checksum \(checksum))")
}
