import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve

/// Writes the DOT text of a diagram whose nodes and lines `DiagramBuilder` chose.
///
/// Node identifiers are `n<id>`, never names, and every piece of input text (names, attribute
/// values, the title) goes through `DOTText`, so nothing from the corpus becomes DOT syntax.
struct DiagramWriter {
    struct Summary {
        var shown = 0
        /// Correspondents in any act of the graph.
        var active = 0
        /// Correspondents eligible before `top` (after `minWeight` and `ego`).
        var candidates = 0
        var shownMessages = 0
        var messages = 0
        var shownConversations = 0
        var conversations = 0
        /// Lines drawn.
        var drawnLines = 0
        /// The main group and the groups left out.
        var selection = DiagramSelection()
    }

    let builder: DiagramBuilder
    let options: DiagramOptions
    let engine: LayoutEngine
    let minWeight: Int
    var summary = Summary()

    init(builder: DiagramBuilder, options: DiagramOptions, engine: LayoutEngine, minWeight: Int) {
        self.builder = builder
        self.options = options
        self.engine = engine
        self.minWeight = minWeight
    }

    private var graph: CorrespondenceGraph { builder.graph }

    /// Whether lines of a single message get a "1": in a busy diagram a "1" on most lines is
    /// clutter that says nothing the thinnest width does not.
    /// In print, where the numbers of a busy core would overlap, only counts of two or more are written.
    private var labelsSingles: Bool { options.printSize == nil && summary.drawnLines <= DiagramStyle.numberEveryLineUpTo }

    func write(shown: [Int], isShown: [Bool], lines: LineTally, degree: [Double]) -> String {
        let groups = groupFills(shown)
        var drawnKinds: Set<LineKind> = []
        lines.forEachLine(minWeight: minWeight) { u, v, kind, _ in
            if isShown[u] && isShown[v] { drawnKinds.insert(kind) }
        }
        let kinds = Set(shown.map { graph.correspondents[$0].kind })

        var out = "digraph corrgraph {\n"
        out += "  graph [" + graphAttributes(shownCount: shown.count).joined(separator: ", ") + ",\n"
        out += "         label=<" + headerTable(kinds: kinds, drawnKinds: drawnKinds, groups: groups) + ">];\n"
        out += "  node [fontname=\"\(DiagramStyle.font)\", style=filled, fillcolor=\"\(DiagramStyle.ungroupedFill)\", "
            + "color=\"#333333\", margin=\"\(options.printSize == nil ? "0.10,0.04" : "0.04,0.02")\"];\n"
        out += "  edge [fontname=\"\(DiagramStyle.font)\", fontsize=\(NumberText.fixed(edgeFontSize, 1)), color=\"\(DiagramStyle.letterColor)\", "
            + "fontcolor=\"\(DiagramStyle.letterColor)\", arrowsize=0.6];\n"

        let stats = NodeStats(graph, isShown: isShown)
        let maximum = shown.map(builder.score).max() ?? 0
        for id in shown {
            out += "  " + nodeStatement(id, maximum: maximum, fill: groups.fill(for: graph.correspondents[id]),
                                        stats: stats) + "\n"
        }
        lines.forEachLine(minWeight: minWeight) { u, v, kind, count in
            guard isShown[u] && isShown[v] else { return }
            out += "  " + edgeStatement(u, v, kind: kind, count: count, records: lines.records(u, v, kind)) + "\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Graph

    /// Line numbers: 9 pt on screen, the legend's size in print.
    private var edgeFontSize: Double { options.printSize == nil ? 9 : PrintSize.legendPoints }

    /// Header type: the screen sizes (title 20, summary 13, notes 11, legend 10 pt), or in print
    /// a 12 pt title, 8 pt summary and `PrintSize.legendPoints` for notes and legend.
    private func headerSize(_ screenSize: Int) -> Int {
        guard options.printSize != nil else { return screenSize }
        switch screenSize {
        case 16...: return 12
        case 12...: return 8
        default: return Int(PrintSize.legendPoints)
        }
    }

    /// Curved lines routed round the names, except in a dense drawing: there Graphviz 2.42's spline router
    /// fails on thick bundles of lines (`bezier_bb: Assertion 'bz.size > 0'`, in process a corrupted heap —
    /// seen on the 50 busiest of a million synthetic letters, 2,828 lines among 50 names), and routing
    /// polylines instead costs seconds per layout (7 s for 2,081 lines among 50 names, 0.2 s straight).
    /// Past `DiagramStyle.curvedLinesPerName` lines per name, straight lines, as sfdp's large drawings have.
    private func routing(shownCount: Int) -> String {
        summary.drawnLines <= DiagramStyle.curvedLinesPerName * max(shownCount, 1) ? "splines=true" : "splines=false"
    }

    private func graphAttributes(shownCount: Int) -> [String] {
        let splines = routing(shownCount: shownCount)
        var attributes = ["layout=\(engine.rawValue)", "charset=\"UTF-8\"", "fontname=\"\(DiagramStyle.font)\"",
                          "labelloc=t", "labeljust=l", "outputorder=edgesfirst"]
        if let print = options.printSize {
            // Scaled down to fit the printed size, never up; a thin margin, as a figure has.
            attributes += ["size=\"\(print.graphvizSize)\"", "pad=0.05", "margin=0"]
        } else {
            attributes.append("pad=0.3")
        }
        if summary.selection.networks.count > 1, engine != .dot {
            // Separate networks are packed rather than left to drift apart: on a printed page one
            // below the other (two columns past three networks), on screen side by side.
            let mode = options.printSize == nil ? "graph" : summary.selection.networks.count > 3 ? "array_c2" : "array_c1"
            attributes += ["pack=true", "packmode=\"\(mode)\""]
        }
        switch engine {
        case .dot:
            // Left to right keeps long names on few ranks; a page of ranks of ellipses reads better
            // than one very wide row.
            attributes += [options.topToBottom ? "rankdir=TB" : "rankdir=LR", "nodesep=0.25",
                           options.topToBottom ? "ranksep=0.5" : "ranksep=0.9", splines]
        case .sfdp:
            // Straight lines: spline routing around thousands of nodes costs more than the layout.
            // A fixed seed gives the same drawing on every run, whatever was laid out before it.
            attributes += ["overlap=prism", "sep=\"+6\"", "splines=false", "start=1"]
        case .neato where options.printSize != nil, .fdp where options.printSize != nil:
            // In print the page is the limit: short springs (K, fdp's ideal edge length, 0.1 in)
            // and a 4 pt margin round each name pack about twice the names into a column.
            attributes += ["K=0.1", "overlap=prism", "sep=\"+4\"", "esep=\"+2\"", splines, "start=1"]
        case .neato, .fdp:
            // A margin of 10 pt round each name keeps the busy core apart; curved lines then find
            // their way between the names (the drawing is small enough for spline routing).
            attributes += ["overlap=prism", "sep=\"+10\"", "esep=\"+4\"", splines, "start=1"]
        case .circo:
            attributes += [splines]
        }
        return attributes
    }

    /// The title, the summary, what was left out and the legend, as one HTML-like table: the
    /// graph label is the one place every engine draws, whatever the layout.
    private func headerTable(kinds: Set<CorrespondentKind>, drawnKinds: Set<LineKind>, groups: GroupFills) -> String {
        var rows: [String] = []
        func row(_ text: String, size screenSize: Int = 11, color: String? = nil) {
            // Graphviz rejects an empty <FONT></FONT> (and then drops the whole label).
            guard !text.isEmpty else { return }
            let size = headerSize(screenSize)
            let html = options.printSize.map { HTMLWrap.wrap(text, width: $0.charactersPerLine(atPoints: Double(size))) } ?? text
            let colour = color.map { " COLOR=\"\($0)\"" } ?? ""
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size)\"\(colour)>\(html)</FONT></TD></TR>")
        }
        let title = DOTText.html(options.title)
        row(title.isEmpty ? "" : "<B>" + title + "</B>", size: 20)
        let s = summary
        row(DOTText.html(dateRangeText()) + " · " + plural(s.active, "correspondent") + " · "
            + plural(s.messages, "letter") + " · " + plural(s.conversations, "conversation"), size: 13)

        var notes: [String] = []
        if let ego = options.ego, ego >= 0, ego < graph.correspondents.count {
            let hops = max(0, options.radius)
            notes.append("Ego network of " + DOTText.html(graph.correspondents[ego].name) + ": everyone within "
                         + plural(hops, "step") + " (--ego, --radius).")
        }
        let chosen = s.selection
        if let network = options.network, chosen.networkCount > 1 {
            notes.append("Network \(network + 1) of \(chosen.networkCount) separate networks (--split: "
                         + "no letter or conversation links them; each is in a file of its own).")
        }
        if chosen.networks.count > 1 {
            // Several networks no act links: each drawn, the note says how much of each.
            let parts = chosen.networks.map { n in
                n.shown < n.size ? "\(NumberText.grouped(n.shown)) of \(NumberText.grouped(n.size))" : "all \(NumberText.grouped(n.size))"
            }
            notes.append("\(chosen.networks.count) separate networks, each drawn apart (no letter or conversation links them): "
                         + listText(parts) + " correspondents"
                         + (chosen.networks.contains { $0.shown < $0.size }
                            ? ", the most central by " + DOTText.html(builder.scoreName) + ", each linked to the others drawn (--top to change; 0 draws everyone)."
                            : "."))
        } else if chosen.shownFromMainGroup < chosen.mainGroupSize {
            // Grown from the most central (or the ego) through lines, so every one drawn has a line.
            let whose = options.ego == nil ? "in the main connected network" : "in it"
            notes.append("Showing \(NumberText.grouped(chosen.shownFromMainGroup)) of the "
                         + "\(NumberText.grouped(chosen.mainGroupSize)) correspondents \(whose): the most central by "
                         + DOTText.html(builder.scoreName) + ", taken so that each is linked to the others drawn "
                         + "(--top to change; 0 draws everyone).")
        }
        if options.reducedToFitPrint, let print = options.printSize {
            notes.append("Fewer correspondents drawn so that names print at \(NumberText.fixed(PrintSize.minimumNamePoints, 0)) pt "
                         + "or more at \(NumberText.fixed(print.width / PrintSize.pointsPerCentimetre, 1)) cm wide (--size, --top).")
        }
        if minWeight > 1 {
            notes.append("Lines of fewer than \(NumberText.grouped(minWeight)) letters or conversations are left out (--min-weight).")
        }
        if s.shown < s.active || s.shownMessages < s.messages || s.shownConversations < s.conversations {
            var parts: [String] = []
            if s.shown < s.active {
                var text = plural(s.active - s.shown, "correspondent")
                if chosen.omittedGroups > 0 {
                    let members = chosen.omittedGroupMembers == s.active - s.shown
                        ? "all" : NumberText.grouped(chosen.omittedGroupMembers) + " of them"
                    let largest = chosen.omittedGroups > 1 ? ", the largest of \(NumberText.grouped(chosen.largestOmittedGroup))" : ""
                    text += " (\(members) in " + plural(chosen.omittedGroups, "group")
                        + " with no link to the main network\(largest))"
                }
                parts.append(text)
            }
            if s.shownMessages < s.messages {
                parts.append("\(NumberText.grouped(s.messages - s.shownMessages)) of \(plural(s.messages, "letter"))")
            }
            if s.shownConversations < s.conversations {
                parts.append("\(NumberText.grouped(s.conversations - s.shownConversations)) of "
                             + plural(s.conversations, "conversation"))
            }
            notes.append("Not drawn: " + parts.joined(separator: ", ") + ".")
        }
        for note in notes { row(note, color: DiagramStyle.noteColor) }

        var legend = ["Size: " + DOTText.html(builder.scoreName)]
        let shapes = [CorrespondentKind.person, .institution, .office].filter(kinds.contains).map(DiagramStyle.shapeDescription)
        if !shapes.isEmpty { legend.append("Shape: " + shapes.joined(separator: " · ")) }
        if !drawnKinds.isEmpty {
            var kindsText: [String] = []
            if drawnKinds.contains(.letter) {
                kindsText.append("<FONT COLOR=\"\(DiagramStyle.letterColor)\">——▶</FONT> letter")
            }
            if drawnKinds.contains(.relay) {
                kindsText.append("<FONT COLOR=\"\(DiagramStyle.relayColor)\">– – ▶</FONT> relayed through an intermediary")
            }
            if drawnKinds.contains(.conversation) {
                kindsText.append("<FONT COLOR=\"\(DiagramStyle.conversationColor)\">· · · ·</FONT> conversation")
            }
            legend.append("Lines: " + kindsText.joined(separator: " · ") + " (width and number: how many"
                          + (labelsSingles ? ")" : "; unnumbered lines: one)"))
        }
        let legendSize = headerSize(10)
        let legendLines = options.printSize.map { print in
            legend.map { HTMLWrap.wrap($0, width: print.charactersPerLine(atPoints: Double(legendSize))) }
        } ?? legend
        rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(legendSize)\">" + legendLines.joined(separator: "<BR ALIGN=\"LEFT\"/>")
                    + "<BR ALIGN=\"LEFT\"/></FONT></TD></TR>")
        if let swatches = groups.legend(pointSize: legendSize) { rows.append("<TR><TD ALIGN=\"LEFT\">" + swatches + "</TD></TR>") }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    /// "1948-10-17 – 1950-02-14" over every dated act of the graph, or "undated".
    private func dateRangeText() -> String {
        var first: CalendarDay?
        var last: CalendarDay?
        func see(_ when: DateRange?) {
            guard let when else { return }
            if first.map({ when.firstKnown < $0 }) ?? true { first = when.firstKnown }
            if last.map({ when.lastKnown > $0 }) ?? true { last = when.lastKnown }
        }
        graph.messages.forEach { see($0.when) }
        graph.conversations.forEach { see($0.when) }
        guard let first, let last else { return "undated" }
        return first == last ? "\(first)" : "\(first) – \(last)"
    }

    // MARK: Nodes and edges

    private func nodeStatement(_ id: Int, maximum: Double, fill: String, stats: NodeStats) -> String {
        let c = graph.correspondents[id]
        let (shape, style) = DiagramStyle.shape(c.kind)
        let score = builder.score(id)
        var tip = "\(c.name) (\(c.kind.rawValue))\n\(builder.scoreName): \(NumberText.score(score))"
        let s = stats[id]
        tip += "\nletters: \(s.sent) sent, \(s.received) received"
        if s.relayed > 0 { tip += ", \(s.relayed) relayed" }
        if s.conversations > 0 { tip += "\nconversations: \(s.conversations)" }
        if let key = options.colorBy, let value = c.attributes[key] { tip += "\n\(key): \(value)" }
        let label = options.printSize == nil ? c.name : DiagramStyle.twoLineName(c.name)
        var attributes = ["label=" + DOTText.quoted(label), "tooltip=" + DOTText.quoted(tip), "shape=\(shape)",
                          "style=\"\(style)\"",
                          "fontsize=" + NumberText.fixed(options.printSize == nil ? DiagramStyle.fontSize(score: score, maximum: maximum)
                                                                       : DiagramStyle.printFontSize(score: score, maximum: maximum), 1)]
        if fill != DiagramStyle.ungroupedFill { attributes.append("fillcolor=\"\(fill)\"") }
        if id == options.ego { attributes += ["penwidth=2.5", "peripheries=2"] }
        return "n\(id) [" + attributes.joined(separator: ", ") + "];"
    }

    /// The documents behind a line, for its tooltip: one per line of text, title and record id
    /// (`file#n`), the first `documentsInTooltip`, then how many more.
    static let documentsInTooltip = 12

    private func documentList(_ records: [Provenance]) -> String {
        guard !records.isEmpty else { return "" }
        var text = "\n" + records.prefix(Self.documentsInTooltip).map { "• \($0.title) [\($0.recordID)]" }.joined(separator: "\n")
        if records.count > Self.documentsInTooltip { text += "\n… and \(records.count - Self.documentsInTooltip) more" }
        return text
    }

    private func edgeStatement(_ u: Int, _ v: Int, kind: LineKind, count: Int, records: [Provenance]) -> String {
        let documents = documentList(records)
        let (a, b) = (graph.correspondents[u].name, graph.correspondents[v].name)
        let width = options.printSize == nil ? DiagramStyle.penWidth(count: count) : DiagramStyle.printPenWidth(count: count)
        var attributes = ["penwidth=" + NumberText.fixed(width, 1)]
        if count > 1 || labelsSingles { attributes.insert("label=\"\(count)\"", at: 0) }
        if engine == .dot { attributes.append("weight=\(min(count, 100))") }
        switch kind {
        case .letter:
            attributes.append("tooltip=" + DOTText.quoted("\(a) → \(b): \(count) letter\(count == 1 ? "" : "s")" + documents))
        case .relay:
            attributes += ["style=dashed", "color=\"\(DiagramStyle.relayColor)\"", "fontcolor=\"\(DiagramStyle.relayColor)\"",
                           "tooltip=" + DOTText.quoted("\(a) → \(b): \(count) relayed letter\(count == 1 ? "" : "s")" + documents)]
        case .conversation:
            attributes += ["dir=none", "style=dotted", "color=\"\(DiagramStyle.conversationColor)\"",
                           "fontcolor=\"\(DiagramStyle.conversationColor)\"",
                           "tooltip=" + DOTText.quoted("\(a) — \(b): \(count) conversation\(count == 1 ? "" : "s")" + documents)]
        }
        return "n\(u) -> n\(v) [" + attributes.joined(separator: ", ") + "];"
    }

    // MARK: Groups

    /// Fill colours by the `colorBy` attribute of the shown correspondents: the most frequent
    /// values get the palette, the rest share "other groups".
    private func groupFills(_ shown: [Int]) -> GroupFills {
        guard let key = options.colorBy else { return GroupFills(key: nil, fills: [:], ranked: [], hasOther: false, hasNone: false) }
        var frequency: [String: Int] = [:]
        var hasNone = false
        for id in shown {
            if let value = graph.correspondents[id].attributes[key], !value.isEmpty {
                frequency[value, default: 0] += 1
            } else {
                hasNone = true
            }
        }
        guard !frequency.isEmpty else { return GroupFills(key: nil, fills: [:], ranked: [], hasOther: false, hasNone: false) }
        let ranked = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var fills: [String: String] = [:]
        for (value, fill) in zip(ranked, DiagramStyle.groupFills) { fills[value] = fill }
        return GroupFills(key: key, fills: fills, ranked: Array(ranked.prefix(DiagramStyle.groupFills.count)),
                          hasOther: ranked.count > DiagramStyle.groupFills.count, hasNone: hasNone)
    }

    /// "a", "a and b", "a, b and c".
    private func listText(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    private func plural(_ n: Int, _ noun: String) -> String {
        NumberText.grouped(n) + " " + noun + (n == 1 ? "" : "s")
    }
}

/// The fill of each group value and the legend that explains them.
struct GroupFills {
    var key: String?
    var fills: [String: String]
    var ranked: [String]
    var hasOther: Bool
    var hasNone: Bool

    func fill(for correspondent: Correspondent) -> String {
        guard let key else { return DiagramStyle.ungroupedFill }
        guard let value = correspondent.attributes[key], !value.isEmpty else { return DiagramStyle.ungroupedFill }
        return fills[value] ?? DiagramStyle.otherGroupFill
    }

    /// Colour chips (the group's name on its fill) in rows of six, or nil when nodes are not
    /// coloured. Chips rather than small swatches: Graphviz 2.42 stretches a nested table's cells
    /// to the width of the header, and a stretched chip still reads well where a swatch drifts
    /// away from its name.
    func legend(pointSize: Int = 10) -> String? {
        guard let key else { return nil }
        var entries = ranked.map { (fills[$0] ?? DiagramStyle.otherGroupFill, DOTText.html($0)) }
        if hasOther { entries.append((DiagramStyle.otherGroupFill, "other")) }
        if hasNone { entries.append((DiagramStyle.ungroupedFill, "no " + DOTText.html(key))) }
        var rows: [String] = []
        var index = 0
        while index < entries.count {
            let chunk = entries[index..<min(index + 6, entries.count)]
            // Graphviz rejects an empty <FONT></FONT>: continuation rows get an empty cell.
            let label = index == 0 ? "<FONT POINT-SIZE=\"\(pointSize)\">Colour: " + DOTText.html(key) + "</FONT>" : ""
            rows.append("<TR><TD ALIGN=\"LEFT\">\(label)</TD>" + chunk.map { fill, name in
                "<TD BGCOLOR=\"\(fill)\" BORDER=\"1\" COLOR=\"#666666\"><FONT POINT-SIZE=\"\(pointSize)\">\(name)</FONT></TD>"
            }.joined() + "</TR>")
            index += 6
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }
}

/// Letters sent, received and relayed, and conversations, per shown correspondent (for tooltips).
struct NodeStats {
    struct Counts { var sent = 0, received = 0, relayed = 0, conversations = 0 }
    private var counts: [Int: Counts] = [:]

    init(_ graph: CorrespondenceGraph, isShown: [Bool]) {
        for m in graph.messages {
            for id in Set(m.from) where isShown[id] { counts[id, default: Counts()].sent += 1 }
            for id in Set(m.to) where isShown[id] { counts[id, default: Counts()].received += 1 }
            for id in Set(m.via) where isShown[id] { counts[id, default: Counts()].relayed += 1 }
        }
        for c in graph.conversations {
            for id in Set(c.participants) where isShown[id] { counts[id, default: Counts()].conversations += 1 }
        }
    }

    subscript(id: Int) -> Counts { counts[id] ?? Counts() }
}
