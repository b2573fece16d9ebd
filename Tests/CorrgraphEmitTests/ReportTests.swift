@testable import CorrgraphEmit
@testable import CorrgraphAnalyse
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphRender
import CorrgraphResolve
import Testing

/// Builders for hand-made resolved corpora (shared with `PeopleTests`).
enum ReportFixture {
    static func record(_ ordinal: Int, _ date: String?, _ title: String, source: String = "fixture.txt",
                       messages: [ResolvedMessage] = [], conversations: [ResolvedConversation] = [],
                       problems: [String] = []) -> ResolvedRecord {
        let when = date.flatMap { iso in
            CalendarDay(iso: iso).map { DateRange(start: $0, end: CalendarDay(iso: iso, atEnd: true)!) }
        }
        let catalogue = CatalogueRecord(id: "\(source)#\(ordinal)", source: source, line: ordinal * 4, date: date ?? "Undated",
                                        title: title, summary: "")
        return ResolvedRecord(extraction: ExtractedRecord(record: catalogue, when: when, problems: problems),
                              messages: messages, conversations: conversations)
    }

    static func letter(_ from: [Int], _ to: [Int], via: [Int] = []) -> ResolvedMessage {
        ResolvedMessage(from: from, to: to, via: via, evidence: .title)
    }

    static func talk(_ participants: [Int]) -> ResolvedConversation {
        ResolvedConversation(participants: participants, evidence: .title)
    }

    /// The report of `corpus` with everything computed the way `corrgraph report` does.
    static func report(_ corpus: ResolvedCorpus, title: String = "Fixture", figure: HTMLReport.Figure = .none,
                       diagram: Diagram? = nil) -> HTMLReport {
        let graph = CorrespondenceGraph(corpus: corpus)
        return HTMLReport(title: title, corpus: corpus, centrality: CentralityMeasures.compute(graph.weightedDigraph()),
                          intermediaries: Intermediaries.compute(graph), statistics: PairStatistics.compute(graph, by: .year),
                          diagram: diagram, figure: figure)
    }

    /// The markup of `<section id="id">…</section>`.
    static func section(_ id: String, of html: String) -> String {
        guard let start = html.firstRange(of: "<section id=\"\(id)\">") else { return "" }
        let rest = html[start.lowerBound...]
        guard let end = rest.firstRange(of: "</section>") else { return "" }
        return String(rest[..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int { text.ranges(of: needle).count }
}

@Suite struct ReportTests {
    // MARK: Hostile input

    static let script = "<script>alert('x')</script>"
    static let marx = #"Marx & "Engels""#

    /// Ids: 0 the script name, 1 Marx & "Engels", 2 O'Brien <b>, 3 Mao Zedong.
    /// r1 1949-01-10: 0 → 1 via 2; r2 1949-02: 1 → 0; r3 1950-03-01: conversation 0, 3;
    /// r4 undated, an unreadable title with a problem; r5 1951-01-01: no act.
    static var hostileCorpus: ResolvedCorpus {
        let people = [
            Correspondent(id: 0, name: script, kind: .person, surfaceForms: [script, "<SCRIPT src=x>"],
                          merges: [MergeDecision(form: "<SCRIPT src=x>", rule: .shortForm, detail: #"matched "<script>" & more"#)],
                          attributes: ["country": "<b>USSR</b>"]),
            Correspondent(id: 1, name: marx, kind: .institution, surfaceForms: [marx]),
            Correspondent(id: 2, name: "O'Brien <b>", kind: .person, surfaceForms: ["O'Brien <b>", "Terebin"]),
            Correspondent(id: 3, name: "Mao Zedong", kind: .person, surfaceForms: ["Mao Zedong"]),
        ]
        let source = "evil<script>.txt"
        let records = [
            ReportFixture.record(1, "1949-01-10", "Cable, \(script) to \(marx) [via O'Brien <b>]", source: source,
                                 messages: [ReportFixture.letter([0], [1], via: [2])]),
            ReportFixture.record(2, "1949-02", "Reply", source: source, messages: [ReportFixture.letter([1], [0])]),
            ReportFixture.record(3, "1950-03-01", "Conversation", source: source, conversations: [ReportFixture.talk([0, 3])]),
            ReportFixture.record(4, nil, "<img src=x onerror=alert(1)>", source: source,
                                 problems: [#"could not read correspondents in "<script>evil()</script>""#]),
            ReportFixture.record(5, "1951-01-01", "Report on </td></tr></table><script>", source: source),
        ]
        return ResolvedCorpus(records: records, correspondents: people)
    }

    /// A real Graphviz drawing of the hostile corpus, inlined: no markup from the input survives anywhere.
    @Test func hostileNamesAreEscapedEverywhere() throws {
        let corpus = Self.hostileCorpus
        let graph = CorrespondenceGraph(corpus: corpus)
        let diagram = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: "degree")
            .diagram(DiagramOptions(title: "\(Self.script) & \"title\""))
        let svg = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
        let html = ReportFixture.report(corpus, title: #"<script>document.write("x")</script>"#,
                                        figure: .svg(String(decoding: svg, as: UTF8.self)), diagram: diagram).render()

        // The diagram made it in, so its text was checked too.
        #expect(html.contains("<figure class=\"diagram\"><svg"))
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"))
        #expect(!lowered.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains(Self.marx))
        #expect(!html.contains("</td></tr></table><"))
        // The report's own markup has no script at all, so any `<script` would have come from input;
        // the escaped forms show the names are there, as text.
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Marx &amp; &quot;Engels&quot;"))
        #expect(html.contains("O&#39;Brien &lt;b&gt;"))
        #expect(html.contains("&lt;SCRIPT src=x&gt;"))
        #expect(html.contains("matched &quot;&lt;script&gt;&quot; &amp; more"))
        #expect(html.contains("country=&lt;b&gt;USSR&lt;/b&gt;"))
        #expect(html.contains("evil&lt;script&gt;.txt:16"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("<title>Correspondence network — &lt;script&gt;document.write(&quot;x&quot;)&lt;/script&gt;</title>"))
    }

    @Test(arguments: [
        ("Marx & Engels", "Marx &amp; Engels"),
        (#"<a href="x">"#, "&lt;a href=&quot;x&quot;&gt;"),
        ("O'Brien", "O&#39;Brien"),
        ("&amp;", "&amp;amp;"),
        ("tab\there\nline", "tab\there\nline"),
        ("bell\u{7}nul\u{0}del\u{7F}", "bell\u{FFFD}nul\u{FFFD}del\u{FFFD}"),
        ("Чжоу Эньлай 周恩来", "Чжоу Эньлай 周恩来"),
    ])
    func escape(input: String, expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    @Test func attributeValuesAreEscaped() {
        let html = HTML.element("a", [("title", #"x" onclick="y"#)], .text("<b>")).markup
        #expect(html == "<a title=\"x&quot; onclick=&quot;y\">&lt;b&gt;</a>")
    }

    // MARK: The diagram

    @Test func inlineSVGDropsPrologueAndComments() {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Generated by graphviz -->
            <svg width="10pt"><!-- <script> n0 --><g><title>a&#45;&gt;b</title></g></svg>

            """
        #expect(HTMLReport.inlineSVG(document) == "<svg width=\"10pt\"><g><title>a&#45;&gt;b</title></g></svg>")
    }

    @Test(arguments: [
        "<svg><script>alert(1)</script></svg>",
        "<svg><foreignObject><div/></foreignObject></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"/></svg>",
        "<svg onload=\"alert(1)\"></svg>",
        "<svg><g\nonclick = 'x'/></svg>",
        "no drawing here",
        "<svg><!-- unterminated </svg>",
    ])
    func activeOrBrokenSVGIsRefused(document: String) {
        #expect(HTMLReport.inlineSVG(document) == nil)
        let html = ReportFixture.report(Self.hostileCorpus, figure: .svg(document)).render()
        #expect(ReportFixture.section("network", of: html).contains("could not be included"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("onload=\"") && !html.contains("<foreignObject"))
    }

    @Test func textThatMerelyMentionsOnIsKept() {
        // "on" inside text, not an attribute: `<` in text is always escaped, so this is no handler.
        let svg = "<svg><text>Memo on=1 &lt;b onclick=x&gt;</text></svg>"
        #expect(HTMLReport.inlineSVG(svg) == svg)
    }

    @Test func renderingFailureIsStatedAndTheRestIsWritten() {
        let html = ReportFixture.report(Self.hostileCorpus, figure: .failed("Graphviz has no layout engine 'dot'")).render()
        let network = ReportFixture.section("network", of: html)
        #expect(network.contains("The diagram could not be drawn: Graphviz has no layout engine &#39;dot&#39;"))
        #expect(!network.contains("<svg"))
        #expect(!ReportFixture.section("pairs", of: html).isEmpty)
        #expect(!ReportFixture.section("people", of: html).isEmpty)
    }

    @Test func captionLeavesOutKindsOfActTheCorpusLacks() {
        // The star has four letters and no conversation; with the drawing failed, the caption
        // still says what would have been shown.
        let graph = CorrespondenceGraph(corpus: Self.star)
        let diagram = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: "degree").diagram()
        let html = ReportFixture.report(Self.star, figure: .failed("no plugin"), diagram: diagram).render()
        #expect(ReportFixture.section("network", of: html)
            .contains("<p class=\"note\">Showing 5 of 5 correspondents and 4 of 4 letters (layout: dot)."))
    }

    // MARK: Page structure

    @Test func pageIsSelfContained() throws {
        let corpus = Self.hostileCorpus
        let graph = CorrespondenceGraph(corpus: corpus)
        let diagram = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: "degree").diagram()
        let svg = try GraphvizRenderer.render(dot: diagram.dot, engine: "dot", format: .svg)
        let html = ReportFixture.report(corpus, figure: .svg(String(decoding: svg, as: UTF8.self)), diagram: diagram).render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        // By hand: 4 correspondents drawn of 4 active, both letters, the one conversation.
        #expect(html.contains("<figcaption>Showing 4 of 4 correspondents, 2 of 2 letters and 1 of 1 conversations (layout: dot)."))
        for external in ["<link", "<script", "<img", "<iframe", "@import", "url(", "src=\"", "href=\"http", "xlink:href"] {
            #expect(!html.contains(external), "found \(external)")
        }
        // Every section is there and linked from the contents; every link points at an id on the page.
        let ids = ["network", "centrality", "intermediaries", "pairs", "documents", "timeline", "people", "problems"]
        for id in ids {
            #expect(html.contains("<a href=\"#\(id)\">"))
            #expect(ReportFixture.count("<section id=\"\(id)\">", in: html) == 1)
        }
        for link in html.ranges(of: "href=\"#") {
            let target = html[link.upperBound...].prefix { $0 != "\"" }
            #expect(html.contains("id=\"\(target)\""), "no id for #\(target)")
        }
    }

    @Test func headerCountsAndDates() {
        let html = ReportFixture.report(Self.hostileCorpus, title: "Sample").render()
        // 5 records; letters r1, r2; conversation r3; 4 correspondents; r4 undated;
        // earliest start 1949-01-10 (r1), latest end 1951-01-01 (r5).
        #expect(html.contains("<h1>Correspondence network — Sample</h1>"))
        #expect(html.contains("<strong>5</strong> records · <strong>2</strong> letters · "
                              + "<strong>1</strong> conversation · <strong>4</strong> correspondents"))
        #expect(html.contains("Dated <strong>1949-01-10</strong> to <strong>1951-01-01</strong>; 1 undated record."))
        #expect(!html.contains("Report made"))
        var report = ReportFixture.report(Self.hostileCorpus)
        report.generated = "2024-05-01"
        #expect(report.render().contains("Report made 2024-05-01."))
    }

    @Test func renderingIsDeterministic() {
        let report = ReportFixture.report(Self.hostileCorpus)
        #expect(report.render() == report.render())
        #expect(HTMLReport.render(title: report.title, corpus: report.corpus, centrality: report.centrality,
                                  intermediaries: report.intermediaries, statistics: report.statistics) == report.render())
    }

    // MARK: Sections

    /// A star: leaves L1…L4 each write to Hub once. PageRank by symmetry: Hub highest, the leaves
    /// equal, so ties go by name. With topCentral 3: Hub, L1, L2.
    static var star: ResolvedCorpus {
        let names = ["L3", "Hub", "L1", "L4", "L2"]
        let people = names.enumerated().map { Correspondent(id: $0.offset, name: $0.element, kind: .person, surfaceForms: [$0.element]) }
        let records = [0, 2, 3, 4].enumerated().map { i, leaf in
            ReportFixture.record(i + 1, "19\(50 + i)", "Letter", messages: [ReportFixture.letter([leaf], [1])])
        }
        return ResolvedCorpus(records: records, correspondents: people)
    }

    @Test func centralityShowsTheTopByPageRankWithEveryMeasureAndTheConventions() {
        var report = ReportFixture.report(Self.star)
        report.topCentral = 3
        let section = ReportFixture.section("centrality", of: report.render())
        #expect(ReportFixture.count("<tr>", in: section) == 4)   // header + 3
        let hub = section.firstRange(of: "<td>Hub</td>")
        let l1 = section.firstRange(of: "<td>L1</td>")
        let l2 = section.firstRange(of: "<td>L2</td>")
        #expect(hub != nil && l1 != nil && l2 != nil)
        if let hub, let l1, let l2 { #expect(hub.lowerBound < l1.lowerBound && l1.lowerBound < l2.lowerBound) }
        #expect(!section.contains("<td>L3</td>") && !section.contains("<td>L4</td>"))
        // Ranked by letters sent and received (Hub 4, each leaf 1; ties by PageRank, then name).
        #expect(section.contains("The 3 correspondents with the most letters and conversations (weighted in + out), of 5."))
        // Hub: in-degree 4 from distinct leaves; its row starts with rank 1, name, in 4, out 0.
        #expect(section.contains("<tr><td class=\"num\">1</td><td>Hub</td><td class=\"num\">4</td><td class=\"num\">0</td>"))
        for measure in CentralityMeasure.allCases {
            #expect(section.contains("title=\"\(measure.rawValue)\""))
        }
        #expect(section.contains("<dt>pagerank</dt><dd>alpha = 0.85"))
        #expect(section.contains("<dt>betweenness</dt><dd>Brandes (2001)"))
    }

    @Test func pairsShowTheMostActiveAndSayHowManyWereLeftOut() {
        var report = ReportFixture.report(Self.star)
        report.topPairs = 2
        let section = ReportFixture.section("pairs", of: report.render())
        // Four pairs of one letter each; ties by sender name: L1, L2 shown, L3 and L4 not.
        #expect(section.contains("The 2 most active of 4 ordered pairs"))
        #expect(ReportFixture.count("<tr>", in: section) == 3)
        #expect(section.contains("<tr><td>L1</td><td>Hub</td><td class=\"num\">1</td><td class=\"num\">0</td>"))
        #expect(section.contains("<td>L2</td>") && !section.contains("<td>L3</td>"))
        // L1 (id 2) wrote in the second record, dated 1951.
        #expect(section.contains("<td class=\"nowrap\">1951-01-01</td><td class=\"nowrap\">1951-12-31</td><td>no</td>"))
    }

    @Test func pairsLinkToTheDocumentsBehindThem() {
        var report = ReportFixture.report(Self.star)
        report.topPairs = 2
        let html = report.render()
        // L1 → Hub is record 2 (fixture.txt#2, the corpus's second record: anchor doc-2); L2 → Hub is record 4.
        let pairs = ReportFixture.section("pairs", of: html)
        #expect(pairs.contains(##"<a href="#doc-2">fixture.txt#2</a>"##))
        #expect(pairs.contains(##"<a href="#doc-4">fixture.txt#4</a>"##))
        let documents = ReportFixture.section("documents", of: html)
        #expect(documents.contains(#"<li id="doc-2"><strong>fixture.txt#2</strong> — 1951 — Letter</li>"#))
        // Only the documents the shown pairs cite are listed.
        #expect(ReportFixture.count("<li id=", in: documents) == 2)
    }

    @Test func intermediariesListWhomTheyServed() {
        let html = ReportFixture.report(Self.hostileCorpus).render()
        let section = ReportFixture.section("intermediaries", of: html)
        // O'Brien relayed r1, the only letter from the script name to Marx: 1 of 1 (100%).
        #expect(section.contains("<td>O&#39;Brien &lt;b&gt;</td><td class=\"num\">1</td>"
                                 + "<td class=\"nowrap\">1949-01-10</td><td class=\"nowrap\">1949-01-10</td>"))
        #expect(section.contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; → Marx &amp; &quot;Engels&quot;: 1 of 1 (100%)</li>"))
        let none = ReportFixture.section("intermediaries", of: ReportFixture.report(Self.star).render())
        #expect(none.contains("No letter in this corpus names an intermediary."))
    }

    @Test func peopleShowFormsAndMergeReasons() {
        let section = ReportFixture.section("people", of: ReportFixture.report(Self.hostileCorpus).render())
        #expect(section.contains("(1 of 4 have merged forms)"))
        #expect(section.contains("<li>&lt;SCRIPT src=x&gt; <span class=\"rule\">short-form</span> "
                                 + "<span class=\"detail\">matched &quot;&lt;script&gt;&quot; &amp; more</span></li>"))
        #expect(section.contains("<li>Mao Zedong <span class=\"detail\">(display name)</span></li>"))
        // A form merged without a recorded decision is flagged, not passed over.
        #expect(section.contains("<li>Terebin <span class=\"detail\">(no rule recorded)</span></li>"))
        // Sorted by name: "<script…" (‹<› sorts first), Mao Zedong, Marx, O'Brien.
        let order = ["&lt;script&gt;alert", "<td>Mao Zedong", "<td>Marx &amp;", "<td>O&#39;Brien"]
            .compactMap { section.firstRange(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test func problemsListUninterpretedAndSilentRecords() {
        let section = ReportFixture.section("problems", of: ReportFixture.report(Self.hostileCorpus).render())
        #expect(section.contains("1 record could not be fully interpreted."))
        #expect(section.contains("<td class=\"nowrap\">evil&lt;script&gt;.txt:16</td><td class=\"nowrap\">Undated</td>"))
        #expect(section.contains("<li>could not read correspondents in &quot;&lt;script&gt;evil()&lt;/script&gt;&quot;</li>"))
        #expect(section.contains("1 further record named no letter or conversation"))
        #expect(section.contains("<td class=\"nowrap\">evil&lt;script&gt;.txt:20</td>"))
        let clean = ReportFixture.section("problems", of: ReportFixture.report(Self.star).render())
        #expect(clean.contains("Every record was read without problems."))
        #expect(!clean.contains("further record"))
    }

    // MARK: Timeline

    @Test func timelineFillsMissingYearsAndPutsOtherPeriodsLast() {
        let periods = [
            PairStatistics.Period(period: "1950", messages: 1, conversations: 1),
            PairStatistics.Period(period: "1948", messages: 2, conversations: 0),
            PairStatistics.Period(period: "1949/1950", messages: 1, conversations: 0),
            PairStatistics.Period(period: "undated", messages: 0, conversations: 1),
        ]
        typealias Bar = TimelineChart.Bar
        #expect(TimelineChart(periods: periods).bars == [
            Bar(label: "1948", messages: 2, conversations: 0), Bar(label: "1949", messages: 0, conversations: 0),
            Bar(label: "1950", messages: 1, conversations: 1), nil,
            Bar(label: "1949/1950", messages: 1, conversations: 0), Bar(label: "undated", messages: 0, conversations: 1),
        ])
        // Months are not filled (gaps of months are normal), only ordered.
        let months = [PairStatistics.Period(period: "1949-03", messages: 1, conversations: 0),
                      PairStatistics.Period(period: "1949-01", messages: 1, conversations: 0)]
        #expect(TimelineChart(periods: months).bars.map { $0?.label } == ["1949-01", "1949-03"])
        #expect(TimelineChart(periods: []).bars.isEmpty)
    }

    @Test func timelineBarsAreToScale() {
        // Tallest bar 2 → ticks of 1 up to 2, so 2 letters fill the 170-unit plot: from y 32 to 202.
        // The 1950 bar stacks 1 letter (y 117…202, height 85) under 1 conversation (y 32…117).
        let svg = TimelineChart(periods: [PairStatistics.Period(period: "1948", messages: 2, conversations: 0),
                                          PairStatistics.Period(period: "1950", messages: 1, conversations: 1)]).svg
        #expect(svg.hasPrefix("<svg class=\"timeline\""))
        #expect(svg.contains("y=\"32.0\" width=\"48.0\" height=\"170.0\" fill=\"\(TimelineChart.letterColour)\""))
        #expect(svg.contains("y=\"117.0\" width=\"48.0\" height=\"85.0\" fill=\"\(TimelineChart.letterColour)\""))
        #expect(svg.contains("y=\"32.0\" width=\"48.0\" height=\"85.0\" fill=\"\(TimelineChart.conversationColour)\""))
        #expect(svg.contains("<title>1949: 0 letters, 0 conversations</title>"))
        #expect(svg.contains("<title>1950: 1 letter, 1 conversation</title>"))
        #expect(svg.contains("aria-label=\"Letters and conversations per period, 4 in all\""))
        #expect(ReportFixture.count("<rect", in: svg) == 3 + 2)   // bars + legend swatches
    }

    @Test func labelsOfManyMultiYearPeriodsDoNotOverlap() {
        // 40 years and 30 periods dated across two years: 71 bars in 712 units, about 10 units each. A label
        // like "1949/1950" (about 54 units) cannot stand level, so labels are set at 45° and every second is
        // shown (14 units of width each); their x positions are then at least 14 units apart.
        var periods = (1930..<1970).map { PairStatistics.Period(period: String($0), messages: 1, conversations: 0) }
        periods += (1930..<1960).map { PairStatistics.Period(period: "\($0)/\($0 + 1)", messages: 1, conversations: 0) }
        let svg = TimelineChart(periods: periods).svg
        let labels = svg.ranges(of: "text-anchor=\"end\" font-size=\"10\" transform=\"rotate(-45 ").map { r -> Double in
            Double(svg[r.upperBound...].prefix { $0 != " " }) ?? 0
        }
        #expect(labels.count >= 30)
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $1 - $0 >= 14 })
        // The room below the plot grows for the rotated labels: 32 + 170 + 64.
        #expect(svg.contains("viewBox=\"0 0 760.0 266.0\""))
    }

    @Test(arguments: [(1, 1), (5, 1), (6, 2), (10, 2), (11, 5), (25, 5), (26, 10), (100, 20), (101, 50), (5000, 1000)])
    func tickStep(maximum: Int, step: Int) {
        #expect(TimelineChart.tickStep(maximum) == step)
    }

    @Test(arguments: [
        (3.0, "3"), (0.0, "0"), (0.0452489, "0.0452"), (65.33333, "65.3"), (0.25, "0.25"), (2.83333, "2.83"),
        (1234.5678, "1235"), (0.999999, "1"), (0.000181851, "0.000182"), (8.343389243430381e-05, "8.34×10⁻⁵"),
        (9.999e-05, "1.00×10⁻⁴"), (-2.5e-7, "-2.50×10⁻⁷"), (-0.5, "-0.5"), (Double.nan, "n/a"),
    ])
    func score(value: Double, text: String) {
        #expect(HTMLReport.score(value) == text)
    }
}
