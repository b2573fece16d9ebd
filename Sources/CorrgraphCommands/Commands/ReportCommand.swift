import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit
import CorrgraphRender
import Foundation

/// `corrgraph report`: one self-contained HTML file — diagram, centrality ranking, intermediaries,
/// who wrote to whom, a timeline, the people audit and the records with problems.
///
/// ```
/// corrgraph report -o report.html
/// corrgraph report pages/ --authority people.txt --from 1949 --to 1950 -o 1949-50.html
/// ```
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report.",
        discussion: """
            The page needs nothing else to open or print: styles, the network diagram (SVG, drawn \
            in-process through libgvc) and the timeline are inline. If the diagram cannot be drawn, \
            the page says why and the rest is written as usual.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The report's heading. Default: the input's name.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Draw the N most central correspondents in the diagram; 0 draws everyone.", valueName: "n"))
    var top: Int = DiagramOptions.defaultTop

    @Option(help: ArgumentHelp("Layout engine for the diagram: dot, sfdp, neato, fdp or circo. Default: by size.",
                               valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .customLong("color-by"),
            help: ArgumentHelp("Colour diagram nodes by this authority attribute; 'none' for no colour.", valueName: "attribute"))
    var colorBy: String = "country"

    @Option(name: .customLong("group-by"),
            help: ArgumentHelp("An authority attribute (e.g. country) for the intermediaries' brokerage roles.",
                               valueName: "attribute"))
    var groupBy: String?

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top takes 0 or more, not \(top)") }
    }

    func run() throws {
        let loaded = try Pipeline.load(input)
        let graph = loaded.graph.filtered(by: graphOptions.filter(input))
        let digraph = graph.weightedDigraph()
        let progress = Progress(enabled: !input.quiet)
        progress.say("analysing \(digraph.nodeCount) correspondents")
        // Exact measures while all-pairs searches take seconds; beyond, betweenness, closeness and harmonic
        // come from sampled sources so that the report stays a matter of seconds (the page says so and
        // states the error bounds).
        let conventions = CentralityConventions(pivots: PivotSampling.suggestedPivots(for: digraph), seed: 1)
        let clock = StageClock.shared
        let centrality = clock.measure("centrality") {
            CentralityMeasures.compute(digraph, conventions: conventions, progress: progress.sourcesDone)
        }
        let relays = clock.measure("intermediaries") { Intermediaries.compute(graph, groupBy: groupBy) }
        let statistics = clock.measure("pair statistics") { PairStatistics.compute(graph, by: .year) }

        let heading = title ?? loaded.sourceDescription
        var options = DiagramOptions(title: heading)
        options.top = top == 0 ? nil : top
        options.colorBy = colorBy == "none" ? nil : colorBy
        options.engine = engine
        // The diagram's node sizes follow what the ranking is ordered by: letters sent and received.
        let (scores, scoreName) = GraphCommand.scores(graph, by: .degree)
        let diagram = clock.measure("diagram") { DiagramBuilder(graph: graph, scores: scores, scoreName: scoreName).diagram(options) }
        progress.say("drawing \(diagram.shown.count) correspondents")
        let figure: HTMLReport.Figure
        if diagram.shown.isEmpty {
            figure = .none
        } else {
            do {
                let bytes = try clock.measure("layout") {
                    try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
                }
                figure = .svg(String(decoding: bytes, as: UTF8.self))
            } catch let error as GraphvizError {
                figure = .failed(error.message)
            }
        }
        progress.done()
        var report = HTMLReport(title: heading, corpus: loaded.resolved, centrality: centrality, intermediaries: relays,
                                statistics: statistics, diagram: diagram, figure: figure, generated: Self.today())
        report.excluded = (loaded.authorityCheck.excluded, loaded.authorityCheck.actsChanged)
        let html = clock.measure("page") { report.render() }
        try clock.measure("write") { try OutputWriter.write(html, to: output) }
    }

    /// Today's date as `YYYY-MM-DD` in UTC, for the report's "made" line.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }
}
