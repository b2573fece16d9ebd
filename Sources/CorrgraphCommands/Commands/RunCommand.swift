import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit
import CorrgraphGraph
import CorrgraphRead
import CorrgraphRender
import Foundation

/// `corrgraph run` (also `corrgraph` alone): the main job. Reads the corpus (default: the bundled
/// sample) and writes every product into an output folder: the extraction, the diagrams (whole
/// network, the most central person's ego network, the busiest year), rankings and tables, the
/// graph for other tools, and the HTML report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the main job: write extraction, diagrams, rankings and tables into Output/.",
        discussion: """
            Writes extraction.jsonl, network.{dot,svg,png,pdf}, ego-<name>.{svg,png,pdf}, year-<YYYY>.{svg,png,pdf}, \
            centrality.csv/.json, intermediaries.csv, pairs.csv, periods.csv, people.csv, graph.graphml and \
            report.html. Text outputs are byte-for-byte reproducible from the same input.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Folder to write into.", valueName: "dir"))
    var outputDirectory = "Output"

    func run() throws {
        let loaded = try Pipeline.load(input)
        let progress = Progress(enabled: !input.quiet)
        let dir = outputDirectory
        var written: [String] = []
        func write(_ name: String, _ text: String) throws {
            try OutputWriter.write(text, to: "\(dir)/\(name)")
            written.append(name)
        }
        func write(_ name: String, bytes: [UInt8]) throws {
            try OutputWriter.write(bytes, to: "\(dir)/\(name)")
            written.append(name)
        }

        progress.say("writing the extraction")
        try write("extraction.jsonl", ExtractionJSONL.lines(of: loaded.resolved).map { $0 + "\n" }.joined())

        progress.say("computing centrality")
        let graph = loaded.graph
        let digraph = graph.weightedDigraph()
        let conventions = CentralityConventions()
        let centrality = CentralityMeasures.compute(digraph, measures: CentralityMeasure.allCases, conventions: conventions)
        let order = CentralityTables.rankingByWeightedDegree(centrality)
        try write("centrality.csv", CentralityTables.table(centrality, order: order, exact: true).csv())
        try write("centrality.json", CentralityTables.json(centrality, order: order).serialized(indent: 1) + "\n")
        let intermediaries = Intermediaries.compute(graph)
        try write("intermediaries.csv", IntermediaryTables.flat(intermediaries).csv())
        let statistics = PairStatistics.compute(graph, by: .year)
        try write("pairs.csv", PairStatisticsTables.pairs(statistics).csv())
        try write("periods.csv", PairStatisticsTables.periods(statistics).csv())
        try write("graph.graphml", GraphMLExport.document(graph))
        try write("people.csv", PeopleTables.flat(PersonSummary.all(in: loaded.resolved)).csv())

        progress.say("drawing diagrams")
        // Printed one journal page wide (16 cm), nodes sized by letters sent and received.
        let (scores, scoreName) = GraphCommand.scores(graph, by: .degree)
        let builder = DiagramBuilder(graph: graph, scores: scores, scoreName: scoreName)
        let whole = try PrintFit.diagram(builder, DiagramOptions(title: loaded.sourceDescription, printSize: .journalPage))
        try write("network.dot", whole.dot)
        let svg = try render(whole, as: "network", formats: [.svg, .png, .pdf], write: write)[.svg] ?? []
        // The report inlines the same diagram; no date stamp, so that the page is reproducible.
        try write("report.html", HTMLReport.render(
            title: loaded.sourceDescription, corpus: loaded.resolved, centrality: centrality,
            intermediaries: intermediaries, statistics: statistics, diagram: whole,
            figure: .svg(String(decoding: svg, as: UTF8.self))))

        // The most central person's ego network.
        if let top = builder.ranking().first(where: { graph.correspondents[$0].kind == .person }) {
            let name = graph.correspondents[top].name
            let ego = try PrintFit.diagram(builder, DiagramOptions(title: "\(loaded.sourceDescription): \(name) and correspondents",
                                                                   top: nil, ego: top, radius: 1, printSize: .journalPage))
            try render(ego, as: "ego-" + Self.fileName(name), formats: [.svg, .png, .pdf], write: write)
        }
        // The busiest year.
        if let year = Self.busiestYear(graph) {
            let range = DateRange(start: CalendarDay(year: year, month: 1, day: 1), end: CalendarDay(year: year, month: 12, day: 31))
            let slice = graph.filtered(by: GraphFilter(range: range))
            let (yearScores, yearScoreName) = GraphCommand.scores(slice, by: .degree)
            let diagram = try PrintFit.diagram(DiagramBuilder(graph: slice, scores: yearScores, scoreName: yearScoreName),
                                               DiagramOptions(title: "\(loaded.sourceDescription): \(year)", printSize: .journalPage))
            try render(diagram, as: "year-\(year)", formats: [.svg, .png, .pdf], write: write)
        }
        progress.done()
        if !input.quiet {
            FileHandle.standardError.write(Data(
                "corrgraph: \(loaded.records.count) records → \(graph.messages.count) messages, \(graph.conversations.count) conversations; wrote \(written.count) files to \(dir)/\n".utf8))
        }
    }

    /// Renders a diagram in each format, writes the files and returns the bytes by format.
    @discardableResult
    private func render(_ diagram: Diagram, as base: String, formats: [RenderFormat],
                        write: (String, [UInt8]) throws -> Void) throws -> [RenderFormat: [UInt8]] {
        var rendered: [RenderFormat: [UInt8]] = [:]
        do {
            let files = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, formats: formats)
            for (format, bytes) in zip(formats, files) {
                try write("\(base).\(format.rawValue)", bytes)
                rendered[format] = bytes
            }
        } catch let error as GraphvizError {
            throw CommandError(error.message)
        }
        return rendered
    }

    /// The year with the most dated messages and conversations (the earliest on a tie).
    static func busiestYear(_ graph: CorrespondenceGraph) -> Int? {
        var counts: [Int: Int] = [:]
        for m in graph.messages { if let y = m.when?.firstKnown.year { counts[y, default: 0] += 1 } }
        for c in graph.conversations { if let y = c.when?.firstKnown.year { counts[y, default: 0] += 1 } }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// A file-name-safe form of a name: letters and digits, other characters as hyphens.
    static func fileName(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        for ch in folded {
            if ch.isLetter && ch.isASCII || ch.isNumber && ch.isASCII { out.append(ch) }
            else if !out.hasSuffix("-") { out.append("-") }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
