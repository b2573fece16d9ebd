import CorrgraphAnalyse
import CorrgraphRead
import CorrgraphResolve

/// A self-contained HTML report of a correspondence network: one file with its styles and
/// figures inline (no script, fonts, images or style sheets to fetch), readable on screen and on
/// paper.
///
/// The report takes values already computed, so that `corrgraph report` and the main job share
/// one rendering and compute nothing twice:
///
/// ```swift
/// let graph = loaded.graph.filtered(by: filter)
/// let digraph = graph.weightedDigraph()
/// let centrality = CentralityMeasures.compute(digraph)
/// let diagram = DiagramBuilder(graph: graph, scores: scores, scoreName: "PageRank").diagram(options)
/// let figure: HTMLReport.Figure
/// do {
///     let bytes = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
///     figure = .svg(String(decoding: bytes, as: UTF8.self))
/// } catch {
///     figure = .failed("\(error)")
/// }
/// let html = HTMLReport.render(title: "Sino-Soviet relations", corpus: loaded.resolved,
///                              centrality: centrality, intermediaries: Intermediaries.compute(graph),
///                              statistics: PairStatistics.compute(graph, by: .year),
///                              diagram: diagram, figure: figure, generated: "2024-05-01")
/// ```
///
/// Sections: title with the corpus, date range and counts; the diagram; the centrality ranking
/// (top `topCentral` by PageRank, every measure computed, the conventions beneath); intermediaries;
/// who wrote to whom (top `topPairs` pairs) and a timeline of acts per period; every correspondent
/// with their surface forms and merge reasons; records that could not be fully interpreted.
///
/// Every string from the input — names, titles, dates, problems, merge details, even the SVG's
/// text, which Graphviz escapes — reaches the page escaped (`HTMLText.escape`).
public struct HTMLReport: Sendable {
    /// The rendered diagram, or why there is none.
    public enum Figure: Sendable, Equatable {
        /// An SVG document as Graphviz writes it (XML prologue and comments are dropped when inlined).
        case svg(String)
        /// Rendering failed; the page says so with this message instead of the diagram.
        case failed(String)
        /// No diagram was asked for.
        case none
    }

    /// The corpus name shown as the heading (e.g. the input's file names).
    public var title: String
    /// The resolved corpus: records for the counts, date range and problems; correspondents for the audit.
    public var corpus: ResolvedCorpus
    /// The measures of the ranking section (ranked by PageRank).
    public var centrality: CentralityResult
    /// The intermediaries section's rows, in the order given.
    public var intermediaries: [Intermediary]
    /// Pairs and periods for the "who wrote to whom" section and the timeline.
    public var statistics: PairStatistics
    /// What the diagram shows, for its caption; nil leaves the caption out.
    public var diagram: Diagram?
    /// The diagram to inline, or why there is none.
    public var figure: Figure
    /// When the report was made (free text, e.g. an ISO date); nil leaves it out, which keeps
    /// output byte-for-byte reproducible.
    public var generated: String?
    /// Correspondents the authority file excluded, and how many acts that changed.
    public var excluded: (names: [String], actsChanged: Int) = ([], 0)
    /// Rows of the centrality ranking.
    public var topCentral: Int = 25
    /// Rows of the pair table.
    public var topPairs: Int = 30

    /// A report of already computed results, with the default table lengths (`topCentral`, `topPairs`).
    public init(title: String, corpus: ResolvedCorpus, centrality: CentralityResult, intermediaries: [Intermediary],
                statistics: PairStatistics, diagram: Diagram? = nil, figure: Figure = .none, generated: String? = nil) {
        self.title = title
        self.corpus = corpus
        self.centrality = centrality
        self.intermediaries = intermediaries
        self.statistics = statistics
        self.diagram = diagram
        self.figure = figure
        self.generated = generated
    }

    /// The whole page; see the type's documentation.
    public static func render(title: String, corpus: ResolvedCorpus, centrality: CentralityResult,
                              intermediaries: [Intermediary], statistics: PairStatistics, diagram: Diagram? = nil,
                              figure: Figure = .none, generated: String? = nil) -> String {
        HTMLReport(title: title, corpus: corpus, centrality: centrality, intermediaries: intermediaries,
                   statistics: statistics, diagram: diagram, figure: figure, generated: generated).render()
    }

    /// The whole page as UTF-8 text.
    public func render() -> String {
        let sections: [(id: String, heading: String, body: HTML)] = [
            ("network", "The network", networkSection()),
            ("centrality", "Who is central", centralitySection()),
            ("intermediaries", "Intermediaries", intermediariesSection()),
            ("pairs", "Who wrote to whom", pairsSection()),
            ("documents", "Documents", documentsSection()),
            ("timeline", "Over time", timelineSection()),
            ("people", "People and their names", peopleSection()),
            ("problems", "Records with problems", problemsSection()),
        ]
        var body = header(toc: sections.map { ($0.id, $0.heading) })
        for section in sections {
            body += .element("section", [("id", section.id)], .element("h2", .text(section.heading)) + section.body)
        }
        body += .element("footer", .text("Made with corrgraph. Names are shown as resolved; see "
                                         + "“People and their names” for every form merged into each."))
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTMLText.escape("Correspondence network — " + title))</title>\n"
            + "<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
            + body.markup + "\n</body>\n</html>\n"
    }
}

// MARK: - Sections

extension HTMLReport {
    func header(toc: [(id: String, heading: String)]) -> HTML {
        let facts = CorpusFacts(corpus)
        var html = HTML.element("h1", .text("Correspondence network — " + title))
        let counts = [
            (facts.records, "record", "records"), (facts.messages, "letter", "letters"),
            (facts.conversations, "conversation", "conversations"), (facts.correspondents, "correspondent", "correspondents"),
        ].map { count, one, many in
            HTML.element("strong", .text(NumberText.grouped(count))) + .text(" " + (count == 1 ? one : many))
        }
        html += .element("p", [("class", "meta")], .join(counts, separator: " · "))
        var dates: HTML
        if let first = facts.first, let last = facts.last {
            dates = .text("Dated ") + .element("strong", .text(first.description)) + .text(" to ")
                + .element("strong", .text(last.description))
        } else {
            dates = .text("No record is dated")
        }
        if facts.undated > 0 && facts.first != nil {
            dates += .text("; \(NumberText.grouped(facts.undated)) undated record\(facts.undated == 1 ? "" : "s")")
        }
        html += .element("p", [("class", "meta")], dates + .text("."))
        if facts.withUnnamedParty > 0 {
            let n = facts.withUnnamedParty
            html += .element("p", [("class", "meta")], .text(
                "\(NumberText.grouped(n)) record\(n == 1 ? "" : "s") describe\(n == 1 ? "s" : "") a correspondent without naming them "
                + "(“a friend”, “Unknown”); the description is kept with the record, but it is no node."))
        }
        if !excluded.names.isEmpty {
            let n = excluded.actsChanged
            html += .element("p", [("class", "meta")], .text(
                "Excluded by the authority file: \(excluded.names.joined(separator: ", ")) "
                + "(\(NumberText.grouped(n)) act\(n == 1 ? "" : "s") changed)."))
        }
        if let generated {
            html += .element("p", [("class", "meta")], .text("Report made \(generated)."))
        }
        html += .element("nav", .join(toc.map { .element("a", [("href", "#" + $0.id)], .text($0.heading)) }))
        return .element("header", html)
    }

    func networkSection() -> HTML {
        var html = HTML.empty
        switch figure {
        case .svg(let svg):
            if let inline = Self.inlineSVG(svg) {
                html += .element("figure", [("class", "diagram")], HTML(markup: inline) + caption())
            } else {
                html += failure("The diagram could not be included: the renderer's output was not a plain SVG drawing.")
            }
        case .failed(let message):
            html += failure("The diagram could not be drawn: " + message)
            if diagram != nil { html += .element("p", [("class", "note")], caption(bare: true)) }
        case .none:
            html += .element("p", .text("No diagram was drawn for this report."))
        }
        return html
    }

    private func failure(_ text: String) -> HTML {
        .element("p", [("class", "failure"), ("role", "note")], .text(text)
                 + .text(" The tables below do not depend on it; 'corrgraph graph --format dot' writes the diagram as text."))
    }

    /// What the diagram shows and leaves out, and how to read it.
    private func caption(bare: Bool = false) -> HTML {
        guard let diagram else { return .empty }
        var parts = ["\(NumberText.grouped(diagram.shown.count)) of \(NumberText.grouped(diagram.activeCount)) correspondents"]
        // A kind of act the corpus lacks (CMIF has no conversations) is not worth "0 of 0".
        if diagram.messageCount > 0 {
            parts.append("\(NumberText.grouped(diagram.shownMessages)) of \(NumberText.grouped(diagram.messageCount)) letters")
        }
        if diagram.conversationCount > 0 {
            parts.append("\(NumberText.grouped(diagram.shownConversations)) of "
                         + "\(NumberText.grouped(diagram.conversationCount)) conversations")
        }
        var text = "Showing " + parts.dropLast().joined(separator: ", ") + (parts.count > 1 ? " and " : "") + parts.last!
        text += " (layout: \(diagram.engine.rawValue)). Solid arrows are letters, dashed arrows hops through an intermediary, "
            + "dotted lines conversations; line width and numbers count them."
        return bare ? .text(text) : .element("figcaption", .text(text))
    }

    func centralitySection() -> HTML {
        let result = centrality
        guard !result.names.isEmpty, !result.measures.isEmpty else {
            return .element("p", .text("No correspondence was found, so there is nothing to rank."))
        }
        let byDegree = result.measures.contains(.weightedIn) && result.measures.contains(.weightedOut)
        let key: CentralityMeasure = result.measures.contains(.pagerank) ? .pagerank : result.measures[0]
        // Letters sent and received first: what a historian reads "central" as.
        let order = Array(CentralityTables.rankingByWeightedDegree(result, fallback: key).prefix(max(0, topCentral)))
        var table = ReportTable(columns: [.init("#", numeric: true), .init("name")]
            + result.measures.map { .init(Self.measureLabel($0), numeric: true, hint: $0.rawValue) }, className: "compact")
        for (rank, node) in order.enumerated() {
            var row: [HTML] = [.text(String(rank + 1)), .text(result.names[node])]
            for measure in result.measures {
                row.append(.text(Self.score(result.values[measure]![node])))
            }
            table.rows.append(row)
        }
        let everyone = order.count == result.names.count
        var intro = everyone ? "The correspondents" : "The \(order.count) correspondents"
        intro += byDegree ? " with the most letters and conversations (weighted in + out)" : " with the highest \(Self.measureLabel(key))"
        if !everyone { intro += ", of \(NumberText.grouped(result.names.count))" }
        intro += ". PageRank favours those written to by the well-connected; betweenness, those on the shortest "
        intro += "paths between others. Values to three significant figures; every digit and every correspondent: "
        intro += "'corrgraph centrality --format csv'."
        // Sampled measures say so where they are read, not only in the conventions below.
        if let sampled = result.pivotEstimate?.pivots ?? result.approximation?.samples, result.pivotEstimate?.epsilon != 0 {
            intro += result.pivotEstimate != nil
                ? " Betweenness, closeness and harmonic are estimates from \(NumberText.grouped(sampled)) sampled correspondents, not exact values: the network is too large for exact all-pairs measures in seconds (the error bounds are in the conventions below; 'corrgraph centrality' is exact)."
                : " Betweenness is an estimate from \(NumberText.grouped(sampled)) sampled shortest paths (error bound below)."
        }
        var html = HTML.element("p", .text(intro))
        html += table.html
        var conventions = HTML.empty
        for (key, text) in CentralityTables.conventionList(result) {
            conventions += .element("dt", .text(key)) + .element("dd", .text(text))
        }
        html += .element("p", [("class", "note")], .text("Conventions (documented in the README, section Network analysis):"))
        html += .element("dl", [("class", "conventions")], conventions)
        return html
    }

    func intermediariesSection() -> HTML {
        guard !intermediaries.isEmpty else {
            return .element("p", .text("No letter in this corpus names an intermediary."))
        }
        let withRoles = intermediaries.contains { $0.roles != nil }
        var table = ReportTable(columns: [.init("name"), .init("relayed", numeric: true, hint: "letters passed on"),
                                          .init("first", nowrap: true), .init("last", nowrap: true),
                                          .init("between (letters relayed of the pair's total)")]
                                + (withRoles ? [.init("brokerage roles")] : []))
        for relay in intermediaries {
            let pairs = relay.pairs.map { p in
                HTML.element("li", .text("\(p.from) → \(p.to): \(p.messages) of \(p.pairTotal) (\(Cell.percent(p.share)))"))
            }
            var row: [HTML] = [.text(relay.name), .text(String(relay.relayed)), .text(relay.first?.description ?? "—"),
                               .text(relay.last?.description ?? "—"), .element("ul", .join(pairs))]
            if withRoles {
                let roles = (relay.roles?.counts ?? []).filter { $0.count > 0 }.map { "\($0.role) \($0.count)" }
                row.append(.text(roles.joined(separator: ", ")))
            }
            table.rows.append(row)
        }
        return .element("p", .text("People through whom letters passed, most letters first. A relayed letter counts once for "
                                   + "each intermediary on its route; pairs are the original sender and final recipient."))
            + table.html
    }

    func pairsSection() -> HTML {
        let pairs = statistics.pairs
        guard !pairs.isEmpty else { return .element("p", .text("No pair of correspondents was found.")) }
        let shown = Array(pairs.prefix(max(0, topPairs)))
        var table = ReportTable(columns: [
            .init("from"), .init("to"), .init("letters", numeric: true),
            .init("back", numeric: true, hint: "letters the other way"),
            .init("relayed", numeric: true, hint: "of the letters, how many went through an intermediary"),
            .init("conversations", numeric: true), .init("first", nowrap: true), .init("last", nowrap: true),
            .init("reciprocated"), .init("records", hint: "the documents behind the pair, listed under “Documents”"),
        ])
        let anchors = documentAnchors()
        for p in shown {
            // The first few records link to their entries in "Documents"; the rest are counted.
            let links = p.records.prefix(Self.recordsPerPair).map { id in
                anchors[id].map { HTML.element("a", [("href", "#\($0)")], .text(id)) } ?? .text(id)
            }
            let more = p.records.count > Self.recordsPerPair ? [HTML.text("+\(p.records.count - Self.recordsPerPair)")] : []
            table.rows.append([.text(p.from), .text(p.to), .text(String(p.messages)), .text(String(p.messagesBack)),
                               .text(String(p.relayed)), .text(String(p.conversations)),
                               .text(p.first?.description ?? "—"), .text(p.last?.description ?? "—"),
                               .text(p.reciprocated ? "yes" : "no"), .join(links + more, separator: ", ")])
        }
        let intro = shown.count < pairs.count
            ? "The \(shown.count) most active of \(NumberText.grouped(pairs.count)) ordered pairs"
            : "All \(pairs.count) ordered pair\(pairs.count == 1 ? "" : "s")"
        return .element("p", .text(intro + " (letters plus conversations). A conversation counts for both directions; "
                                   + "“reciprocated” means the other wrote back or the two met. Every pair: 'corrgraph stats'."))
            + table.html
    }

    /// Record ids linked from the pair table: the first `recordsPerPair` of each pair shown.
    static let recordsPerPair = 5

    /// The records the pair table links to, in corpus order, each with an anchor `doc-N` (N its position
    /// in the corpus: record ids hold `#`, which a fragment cannot).
    func documentAnchors() -> [String: String] {
        let cited = Set(statistics.pairs.prefix(max(0, topPairs)).flatMap { $0.records.prefix(Self.recordsPerPair) })
        var anchors: [String: String] = [:]
        for (index, record) in corpus.records.enumerated() where cited.contains(record.record.id) {
            anchors[record.record.id] = "doc-\(index + 1)"
        }
        return anchors
    }

    /// The documents behind the pairs shown: id, date and title as catalogued, so that a pair can be cited.
    func documentsSection() -> HTML {
        let anchors = documentAnchors()
        let items = corpus.records.filter { anchors[$0.record.id] != nil }.map { r in
            HTML.element("li", [("id", anchors[r.record.id] ?? "")],
                         .element("strong", .text(r.record.id)) + .text(" — \(r.record.date) — \(r.record.title)"))
        }
        guard !items.isEmpty else { return .element("p", .text("No pair is shown, so no document is listed.")) }
        return .element("p", .text("The records the pair table cites, as catalogued (id, date line, title). "
                                   + "Every pair's full list: 'corrgraph stats --format csv'."))
            + .element("ol", [("class", "documents")], .join(items))
    }

    func timelineSection() -> HTML {
        let periods = statistics.periods
        guard !periods.isEmpty else { return .element("p", .text("No dated act to show.")) }
        var html = HTML.element("figure", HTML(markup: TimelineChart(periods: periods).svg)
            + .element("figcaption", .text("Letters and conversations per period. Acts whose date spans two years are "
                                           + "shown under both years (e.g. 1949/1950); undated acts last.")))
        let counts = periods.map { p in
            HTML.element("strong", .text(p.period + ":")) + .text(" \(p.messages)" + (p.conversations > 0 ? " + \(p.conversations)" : ""))
        }
        html += .element("p", [("class", "note")],
                         .text("Letters (+ conversations) per period: ") + .join(counts, separator: " · "))
        return html
    }

    func peopleSection() -> HTML {
        let people = PersonSummary.all(in: corpus)
        guard !people.isEmpty else { return .element("p", .text("No correspondent was identified.")) }
        let withAttributes = people.contains { !$0.attributes.isEmpty }
        var table = ReportTable(columns: [.init("name"), .init("acts", numeric: true, hint: "letters and conversations naming them")]
                                + (withAttributes ? [.init("attributes")] : [])
                                + [.init("forms seen, and why each was merged")], className: "people")
        for person in people {
            let forms = person.formLines.map { line -> HTML in
                var item = HTML.text(line.form)
                if let merge = line.merge {
                    item += .text(" ") + .element("span", [("class", "rule")], .text(merge.rule.rawValue))
                    if !merge.detail.isEmpty { item += .text(" ") + .element("span", [("class", "detail")], .text(merge.detail)) }
                } else {
                    // The resolver records a decision for every merged form; say so when one is missing.
                    let note = line.form == person.name ? "(display name)" : "(no rule recorded)"
                    item += .text(" ") + .element("span", [("class", "detail")], .text(note))
                }
                return .element("li", item)
            }
            let name = HTML.text(person.name) + HTML(markup: "<br>")
                + .element("span", [("class", "kind")], .text(person.kind.rawValue))
            table.rows.append([name, .text(String(person.acts))]
                              + (withAttributes ? [.text(PeopleTables.attributeText(person.attributes))] : [])
                              + [forms.isEmpty ? .empty : .element("ul", .join(forms))])
        }
        let merged = people.filter { !$0.merges.isEmpty }.count
        return .element("p", .text("Every correspondent, sorted by name, with each form of their name the corpus or the "
                                   + "authority file used and the rule that merged it (\(merged) of \(people.count) have merged forms). "
                                   + "Check these before trusting the network: a wrong merge joins two people."))
            + table.html
    }

    func problemsSection() -> HTML {
        let troubled = corpus.records.filter { !$0.extraction.problems.isEmpty }
        let silent = corpus.records.filter {
            $0.extraction.problems.isEmpty && $0.messages.isEmpty && $0.conversations.isEmpty
        }
        var html = HTML.empty
        if troubled.isEmpty {
            html += .element("p", .text("Every record was read without problems."))
        } else {
            html += .element("p", .text("\(troubled.count) record\(troubled.count == 1 ? "" : "s") could not be fully "
                                        + "interpreted. Acts read from the rest of such a record are kept."))
            var table = ReportTable(columns: [.init("record", nowrap: true), .init("date", nowrap: true), .init("title"),
                                              .init("problem")])
            for record in troubled {
                let r = record.record
                let problems = record.extraction.problems.map { HTML.element("li", .text($0)) }
                table.rows.append([.text("\(r.source):\(r.line)"), .text(r.date), .text(r.title),
                                   .element("ul", [("class", "problems")], .join(problems))])
            }
            html += table.html
        }
        if !silent.isEmpty {
            html += .element("p", .text("\(silent.count) further record\(silent.count == 1 ? "" : "s") named no letter or "
                                        + "conversation (reports, minutes, notes and the like):"))
            var table = ReportTable(columns: [.init("record", nowrap: true), .init("date", nowrap: true), .init("title")],
                                    className: "compact")
            for record in silent {
                let r = record.record
                table.rows.append([.text("\(r.source):\(r.line)"), .text(r.date), .text(r.title)])
            }
            html += table.html
        }
        return html
    }
}

// MARK: - Helpers

extension HTMLReport {
    /// Graphviz's SVG document reduced to its `<svg>` element: the XML declaration, doctype and
    /// comments (which repeat node names) are dropped. Returns nil when the text is not an SVG
    /// drawing or holds anything that could run — Graphviz never writes scripts, so their presence
    /// means the text came from elsewhere, and a report must not carry it.
    static func inlineSVG(_ document: String) -> String? {
        var text = Substring(document)
        guard let start = text.firstRange(of: "<svg") else { return nil }
        text = text[start.lowerBound...]
        guard let end = text.ranges(of: "</svg>").last else { return nil }
        text = text[..<end.upperBound]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        while let open = text.firstRange(of: "<!--") {
            out += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].firstRange(of: "-->") else { return nil }
            text = text[close.upperBound...]
        }
        out += text
        let lowered = out.lowercased()
        for active in ["<script", "<foreignobject", "javascript:", "<iframe", "<object", "<embed"] where lowered.contains(active) {
            return nil
        }
        // Event-handler attributes (` onload=`, ` onclick=`): none in Graphviz output. Text
        // content cannot match, since a `<` in text is always escaped.
        if lowered.contains(#/<[^>]*\son[a-z]+\s*=/#) { return nil }
        return out
    }

    /// A measure's value for reading: integers as such, others to three significant figures
    /// (the ranking is what the page is for; `corrgraph centrality --format csv` has every digit),
    /// below 0.0001 as a power of ten, since `8.343389243430381e-05` is noise to a reader. NaN
    /// (igraph closeness of a node that reaches nobody) is "n/a".
    ///
    /// ```swift
    /// HTMLReport.score(3)                       // "3"
    /// HTMLReport.score(0.0452489)               // "0.0452"
    /// HTMLReport.score(8.343389243430381e-05)   // "8.34×10⁻⁵"
    /// ```
    static func score(_ x: Double) -> String {
        if x.isNaN { return "n/a" }
        guard x.isFinite else { return x > 0 ? "∞" : "-∞" }
        if x == x.rounded(), x.magnitude < 1e15 { return String(Int64(x)) }
        var exponent = 0
        var mantissa = x.magnitude
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        if exponent >= -4 {
            var text = NumberText.fixed(x, max(0, 2 - exponent))
            if text.contains(".") {
                while text.last == "0" { text.removeLast() }
                if text.last == "." { text.removeLast() }
            }
            return text
        }
        var digits = NumberText.fixed(mantissa, 2)
        if digits == "10.00" { digits = "1.00"; exponent += 1 }
        let superscripts: [Character: Character] = [
            "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        ]
        let power = String(String(exponent).map { superscripts[$0] ?? $0 })
        return (x < 0 ? "-" : "") + digits + "×10" + power
    }

    static func measureLabel(_ measure: CentralityMeasure) -> String {
        switch measure {
        case .inDegree: return "in"
        case .outDegree: return "out"
        case .weightedIn: return "weighted in"
        case .weightedOut: return "weighted out"
        case .betweenness: return "betweenness"
        case .closeness: return "closeness"
        case .harmonic: return "harmonic"
        case .eigenvector: return "eigenvector"
        case .pagerank: return "PageRank"
        }
    }
}

/// Counts for the report's title lines.
struct CorpusFacts {
    var records = 0, messages = 0, conversations = 0, correspondents = 0, undated = 0
    /// Records that describe a correspondent without naming them (`einen Amtsbruder`, `Unknown`).
    var withUnnamedParty = 0
    var first: CalendarDay?
    var last: CalendarDay?

    init(_ corpus: ResolvedCorpus) {
        records = corpus.records.count
        correspondents = corpus.correspondents.count
        for record in corpus.records {
            messages += record.messages.count
            conversations += record.conversations.count
            if record.record.stated?.unnamed.isEmpty == false { withUnnamedParty += 1 }
            if let when = record.when {
                first = min(first ?? when.firstKnown, when.firstKnown)
                last = max(last ?? when.lastKnown, when.lastKnown)
            } else {
                undated += 1
            }
        }
    }
}
