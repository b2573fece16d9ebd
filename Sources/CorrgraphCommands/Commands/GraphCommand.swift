import Foundation
import ArgumentParser
import CorrgraphAnalyse
import CorrgraphEmit
import CorrgraphGraph
import CorrgraphRender
import CorrgraphResolve

/// `corrgraph graph`: the correspondence network as a diagram — DOT text, or SVG, PNG or PDF
/// rendered in-process through libgvc.
///
/// ```
/// corrgraph graph --format svg -o network.svg
/// corrgraph graph --ego Mao --radius 2 --format png -o mao.png
/// corrgraph graph --from 1949 --to 1949 --top 30 --min-weight 2
/// ```
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the correspondence network (DOT, SVG, PNG or PDF).",
        discussion: """
            Node size follows a centrality (--size-by); ellipses are people, boxes institutions, rounded \
            boxes offices; solid arrows are letters, dashed arrows hops of letters relayed through an \
            intermediary, dotted lines conversations; line width and number count messages. --top keeps \
            the picture on the main connected network: isolated pairs and lone correspondents are not \
            drawn but counted in the diagram's note. Small diagrams are laid out with dot, dense ones \
            and stars round one correspondent with fdp, large ones with sfdp (--engine to choose).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, svg, png, pdf }

    /// What node size (and the choice of whom to draw) follows: weighted degree, letters sent and
    /// received, is what a historian reads first; the others are network measures.
    enum SizeBy: String, ExpressibleByArgument, CaseIterable {
        case degree, sent, received, pagerank, betweenness, eigenvector, harmonic, closeness
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "dot (text), svg, png or pdf.")
    var format: Format = .dot

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Layout engine: dot, sfdp, neato, fdp or circo. Default: dot for small diagrams, sfdp for large.",
                               valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("Draw at most N correspondents: the most central of the main connected network, each "
                               + "linked to the others drawn, then whole groups of three or more while room remains; "
                               + "0 draws everyone.", valueName: "n"))
    var top: Int = DiagramOptions.defaultTop

    @Option(help: ArgumentHelp("Draw only this person and those near them (a name, any form of it, or a unique part of a name).", valueName: "name"))
    var ego: String?

    @Option(help: ArgumentHelp("With --ego, how many steps away to include.", valueName: "k"))
    var radius: Int = 1

    @Option(name: .customLong("min-weight"),
            help: ArgumentHelp("Leave out lines of fewer than this many letters or conversations.", valueName: "n"))
    var minWeight: Int = 1

    @Option(name: .customLong("size-by"),
            help: "Size and choose nodes by degree (letters sent and received, weighted; the default), sent, received, pagerank, betweenness, eigenvector, harmonic or closeness.")
    var sizeBy: SizeBy = .degree

    @Option(help: ArgumentHelp("Printed size, WIDTH[xHEIGHT] in cm, mm, in or pt (default 16cm: a journal page width, "
                               + "at most 22 cm tall); type is set so that names print at 7 pt or more and the legend at 6 pt, "
                               + "drawing fewer correspondents when needed. 'none': natural size, screen type.",
                               valueName: "size"))
    var size: String = "16cm"

    @Flag(help: ArgumentHelp("When the input holds several separate networks (e.g. several editions), write one diagram "
                             + "each, FILE-1.EXT, FILE-2.EXT, … (main network first) instead of drawing them side by side; needs -o."))
    var split = false

    @Option(name: .customLong("color-by"),
            help: ArgumentHelp("Colour nodes by this authority attribute (e.g. country, party); 'none' for no colour.",
                               valueName: "attribute"))
    var colorBy: String = "country"

    @Option(help: ArgumentHelp("The diagram's title. Default: the sources' common name (an edition's title, the stem of the file names).", valueName: "text"))
    var title: String?

    mutating func validate() throws {
        guard top >= 0 else { throw ValidationError("--top takes 0 or more, not \(top)") }
        guard radius >= 0 else { throw ValidationError("--radius takes 0 or more, not \(radius)") }
        guard minWeight >= 1 else { throw ValidationError("--min-weight takes 1 or more, not \(minWeight)") }
        if split, output == nil || output == "-" {
            throw ValidationError("--split writes one file per network: give -o FILE")
        }
        if size != "none", PrintSize.parse(size) == nil {
            throw ValidationError("--size takes a width such as 16cm, 160mm, 6.3in or 450pt (or WIDTHxHEIGHT, or 'none'), not '\(size)'")
        }
        // PNG and PDF are bytes a terminal cannot show (and may misread as control sequences).
        if [.png, .pdf].contains(format), output == nil || output == "-", isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("--format \(format.rawValue) writes binary data: give -o FILE, or redirect standard output")
        }
    }

    func run() throws {
        let loaded = try Pipeline.load(input)
        let graph = loaded.graph.filtered(by: graphOptions.filter(input))
        var options = DiagramOptions(title: title ?? loaded.sourceDescription)
        options.top = top == 0 ? nil : top
        options.radius = radius
        options.minWeight = minWeight
        options.colorBy = colorBy == "none" ? nil : colorBy
        options.engine = engine
        options.printSize = size == "none" ? nil : PrintSize.parse(size)
        if let ego { options.ego = try EgoOption.correspondent(named: ego, in: graph) }

        let (scores, scoreName) = Self.scores(graph, by: sizeBy)
        let builder = DiagramBuilder(graph: graph, scores: scores, scoreName: scoreName)
        // Choosing what to draw is cheap; laying it out to fit the print size is not: count first.
        let networkCount = split ? builder.diagram(options).networkCount : 1
        guard networkCount > 1, let output else {
            try write(PrintFit.diagram(builder, options), to: output)
            return
        }
        for network in 0..<networkCount {
            var one = options
            one.network = network
            try write(PrintFit.diagram(builder, one), to: Self.numbered(output, network + 1))
        }
    }

    /// `network.svg`, 2 → `network-2.svg`.
    static func numbered(_ path: String, _ number: Int) -> String {
        let ns = path as NSString
        let ext = ns.pathExtension
        return ext.isEmpty ? "\(path)-\(number)" : ns.deletingPathExtension + "-\(number)." + ext
    }

    private func write(_ diagram: Diagram, to output: String?) throws {
        switch format {
        case .dot:
            try OutputWriter.write(diagram.dot, to: output)
        case .svg, .png, .pdf:
            let bytes: [UInt8]
            do {
                bytes = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue,
                                                    format: RenderFormat(rawValue: format.rawValue)!)
            } catch let error as GraphvizError {
                throw CommandError(error.message)
            }
            try OutputWriter.write(bytes, to: output)
        }
    }

    /// The legend's word on a sampled measure: ` (estimated from 900 sampled sources)`.
    static func sampledNote(_ pivots: Int?) -> String {
        pivots.map { " (estimated from \($0) sampled sources)" } ?? ""
    }

    /// Node scores by correspondent id, and their name for the legend.
    static func scores(_ graph: CorrespondenceGraph, by measure: SizeBy) -> ([Double], String) {
        switch measure {
        case .degree:
            return (DiagramBuilder.weightedDegree(of: graph), "weighted degree (letters and conversations)")
        case .sent, .received:
            let digraph = graph.weightedDigraph()
            let degree = Degree.compute(digraph)
            return (DiagramBuilder.scoresByCorrespondent(measure == .sent ? degree.weightedOut : degree.weightedIn, of: digraph,
                                                         correspondentCount: graph.correspondents.count),
                    measure == .sent ? "letters sent (weighted out-degree)" : "letters received (weighted in-degree)")
        case .eigenvector, .harmonic, .closeness:
            let digraph = graph.weightedDigraph()
            let chosen: CentralityMeasure = measure == .eigenvector ? .eigenvector : measure == .harmonic ? .harmonic : .closeness
            // Sampled sources where exact all-pairs searches would take minutes (as in the report).
            let pivots = chosen == .eigenvector ? nil : PivotSampling.suggestedPivots(for: digraph)
            let conventions = CentralityConventions(pivots: pivots, seed: 1)
            let values = CentralityMeasures.compute(digraph, measures: [chosen], conventions: conventions).values[chosen] ?? []
            return (DiagramBuilder.scoresByCorrespondent(values, of: digraph, correspondentCount: graph.correspondents.count),
                    chosen.rawValue + sampledNote(pivots))
        case .pagerank:
            let digraph = graph.weightedDigraph()
            return (DiagramBuilder.scoresByCorrespondent(PageRank.compute(digraph), of: digraph,
                                                         correspondentCount: graph.correspondents.count), "PageRank")
        case .betweenness:
            let digraph = graph.weightedDigraph()
            // Exact betweenness is O(nm); where that takes minutes, sampled sources rank the few dozen
            // drawn nodes just as well, in seconds.
            let pivots = PivotSampling.suggestedPivots(for: digraph)
            let values = pivots.map {
                PivotSampling.compute(digraph, pivots: $0, seed: 1, measures: [.betweenness]).betweenness
            } ?? Betweenness.compute(digraph)
            return (DiagramBuilder.scoresByCorrespondent(values, of: digraph,
                                                         correspondentCount: graph.correspondents.count),
                    "betweenness" + sampledNote(pivots))
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
