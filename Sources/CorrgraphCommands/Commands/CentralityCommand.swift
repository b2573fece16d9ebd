import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit
import Foundation

/// `corrgraph centrality`: every node's degrees, betweenness, closeness, harmonic, eigenvector
/// and PageRank, computed on the same graph `export --to graphml` writes.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank correspondents by centrality.",
        discussion: """
            Measures follow NetworkX's default conventions (stated in the output); --compat igraph \
            switches normalization and direction to igraph's defaults. See the README, "Network analysis".
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "table, csv, json or markdown.")
    var format: TableFormat = .table

    @Option(help: ArgumentHelp("Compute only these (comma-separated): degree, inDegree, outDegree, weightedIn, weightedOut, betweenness, closeness, harmonic, eigenvector, pagerank.",
                               valueName: "list"))
    var measures: String?

    @Option(help: "Conventions: networkx (default) or igraph.")
    var compat: CentralityConventions.Compatibility = .networkx

    @Flag(name: .customLong("weighted-paths"), help: "Shortest paths use length 1/weight (betweenness, closeness, harmonic).")
    var weightedPaths = false

    @Option(help: ArgumentHelp("Estimate betweenness, closeness and harmonic from K sampled source nodes (Brandes–Pich pivots; error bounds in the conventions), for very large graphs. Default: exact.",
                               valueName: "K"))
    var approximate: Int?

    @Option(help: "Seed for --approximate sampling.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("Order rows by this measure, or 'name' (default: weighted degree — letters and conversations "
                               + "sent and received — or the first measure computed).", valueName: "measure"))
    var sort: String?

    @Option(help: ArgumentHelp("Write only the first N rows (in the order of --sort).", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Threads for the path-based measures (default: every core; results do not depend on it).", valueName: "N"))
    var threads: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let measures, case .failure(let error) = CentralityMeasure.parseList(measures) {
            throw ValidationError("--measures: \(error)")
        }
        if let approximate, approximate < 1 { throw ValidationError("--approximate takes a positive number of samples") }
        if let threads, threads < 1 { throw ValidationError("--threads takes a positive number") }
        if let top, top < 1 { throw ValidationError("--top takes a positive number of rows, not \(top)") }
        if let sort, CentralityMeasure(rawValue: sort) == nil && sort != "name" {
            throw ValidationError("--sort takes a measure name or 'name', not '\(sort)'")
        }
    }

    func run() throws {
        let chosen = try measures.map { try CentralityMeasure.parseList($0).get() } ?? CentralityMeasure.allCases
        let loaded = try Pipeline.load(input)
        let digraph = loaded.graph.filtered(by: graphOptions.filter(input)).weightedDigraph()
        let conventions = CentralityConventions(compatibility: compat, weightedPaths: weightedPaths,
                                                pivots: approximate, seed: seed)
        let progress = Progress(enabled: !input.quiet)
        progress.say("centrality of \(digraph.nodeCount) nodes, \(digraph.edgeCount) edges")
        let result = StageClock.shared.measure("centrality") {
            CentralityMeasures.compute(digraph, measures: chosen, conventions: conventions, threads: threads,
                                       progress: progress.sourcesDone)
        }
        progress.done()
        if let sort, !chosen.contains(where: { $0.rawValue == sort }), sort != "name" {
            throw ValidationError("--sort \(sort): that measure was not computed (see --measures)")
        }
        var order: [Int]
        if sort == "name" {
            order = result.names.indices.sorted { result.names[$0] < result.names[$1] }
        } else if let key = sort.flatMap(CentralityMeasure.init(rawValue:)) {
            order = result.ranking(by: key)
        } else {
            order = CentralityTables.rankingByWeightedDegree(result, fallback: chosen.first)
        }
        if let top { order = Array(order.prefix(top)) }
        let text: String
        switch format {
        case .json: text = CentralityTables.json(result, order: order).serialized(indent: 2) + "\n"
        case .csv: text = CentralityTables.table(result, order: order, exact: true).csv()
        case .markdown: text = CentralityTables.table(result, order: order).markdown()
        case .table: text = CentralityTables.table(result, order: order).terminal()
        }
        try StageClock.shared.measure("write") { try OutputWriter.write(text, to: output) }
    }
}

extension TableFormat: ExpressibleByArgument {}
extension CentralityConventions.Compatibility: ExpressibleByArgument {}
