@testable import CorrgraphAnalyse
@testable import CorrgraphEmit
import CorrgraphGraph
import CorrgraphResolve
import Testing

/// Diagrams at a printed size, separate networks, provenance in tooltips and pair tables, and
/// the number format of tables. Every expected value is worked out by hand in the comments.
@Suite struct PrintDiagramTests {
    // MARK: Print size

    @Test func printSizesParseInEveryUnit() throws {
        // 16 cm = 16 × 72 / 2.54 = 453.54 pt; the height not given is 22/16 of the width = 623.62 pt.
        let column = try #require(PrintSize.parse("16cm"))
        #expect(abs(column.width - 453.543) < 0.001)
        #expect(abs(column.height - 623.622) < 0.001)
        #expect(column == PrintSize.journalPage)
        // 160 mm is 16 cm; 6.3 in = 453.6 pt; 450 pt as given.
        #expect(abs(try #require(PrintSize.parse("160mm")).width - 453.543) < 0.001)
        #expect(abs(try #require(PrintSize.parse("6.3in")).width - 453.6) < 0.001)
        #expect(try #require(PrintSize.parse("450pt")).width == 450)
        // One column, 8 cm = 226.77 pt, may run a page's height (22 cm); 30 cm wide → 30 × 22/16 = 41.25 cm tall.
        let single = try #require(PrintSize.parse("8cm"))
        #expect(abs(single.width - 226.772) < 0.001 && abs(single.height - 623.622) < 0.001)
        #expect(abs(try #require(PrintSize.parse("30cm")).height - 41.25 * 72 / 2.54) < 0.001)
        // Width × height: 8.5 × 11 in = 612 × 792 pt; capitals and spaces are read too.
        #expect(PrintSize.parse("8.5x11in") == PrintSize(width: 612, height: 792))
        #expect(PrintSize.parse(" 8.5X11IN ") == PrintSize(width: 612, height: 792))
    }

    @Test func badPrintSizesAreRefused() {
        for text in ["16", "cm", "0cm", "-3cm", "16 furlongs", "1x2x3cm", "x5cm", "abc cm", "nan cm", "1e9cm"] {
            #expect(PrintSize.parse(text) == nil, "\(text)")
        }
    }

    @Test func typeSizesKeepTheirPrintedMinimumAtTheSmallestScaleAllowed() {
        // Names are set at 8 pt and may shrink to 7 pt: 7/8 = 0.875; the legend at 7 pt to 6 pt: 6/7 ≈ 0.857.
        #expect(PrintSize.minimumScale == 0.875)
        #expect(PrintSize.namePoints * PrintSize.minimumScale >= PrintSize.minimumNamePoints)
        #expect(PrintSize.legendPoints * PrintSize.minimumScale >= PrintSize.minimumLegendPoints)
    }

    @Test func printedDOTStatesTheSizeAndTypeInPoints() throws {
        var options = DiagramOptions(title: "Letters", top: nil, colorBy: nil, printSize: .journalPage)
        options.engine = .dot
        let dot = DiagramBuilder(graph: DiagramFixture.graph, scores: DiagramBuilder.weightedDegree(of: DiagramFixture.graph),
                                 scoreName: "weighted degree").diagram(options).dot
        // 16 cm = 6.2992 in, 22 cm = 8.6614 in; no margin beyond a thin pad.
        #expect(dot.contains("size=\"6.299,8.661\""))
        #expect(dot.contains("margin=0"))
        // Names from 8 pt (the least central) to 12 pt (the most: Mao, weighted degree 18 in the fixture).
        let sizes = dot.split(separator: "\n").filter { $0.contains(" [label=") && !$0.contains(" -> ") }.compactMap { line -> Double? in
            guard let range = line.range(of: "fontsize=") else { return nil }
            return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        #expect(sizes.count == 8)
        #expect(sizes.min() ?? 0 >= 8)
        #expect(sizes.max() == 12)
        #expect(DiagramFixture.line(dot, startingWith: "n1 [")?.contains("fontsize=12.0") == true)
        // Line numbers and the legend at 7 pt, the title at 12 pt, the summary at 8 pt.
        #expect(dot.contains("edge [fontname=\"Helvetica\", fontsize=7.0"))
        #expect(dot.contains("<FONT POINT-SIZE=\"12\"><B>Letters</B>"))
        #expect(dot.contains("<FONT POINT-SIZE=\"8\">1948-10-17"))
        #expect(!dot.contains("POINT-SIZE=\"10\"") && !dot.contains("POINT-SIZE=\"20\""))
        // Single letters carry no number in print: the thinnest line says one.
        #expect(DiagramFixture.line(dot, startingWith: "n4 -> n0")?.contains("label=") == false)
        #expect(DiagramFixture.line(dot, startingWith: "n1 -> n0")?.contains("label=\"4\"") == true)
        // Long names of several words are set on two lines: "Anastas Mikoyan" (15 characters).
        #expect(DiagramFixture.line(dot, startingWith: "n3 [")?.contains("label=\"Anastas\\nMikoyan\"") == true)
    }

    @Test func screenDiagramsKeepScreenType() {
        let dot = DiagramBuilder(graph: DiagramFixture.graph, scores: DiagramBuilder.weightedDegree(of: DiagramFixture.graph),
                                 scoreName: "weighted degree").diagram(DiagramOptions(title: "Letters", top: nil)).dot
        #expect(!dot.contains("size=\""))
        #expect(dot.contains("fontsize=9.0,"))
        #expect(dot.contains("label=\"Anastas Mikoyan\""))
    }

    @Test func longNamesBreakAtTheSpaceNearestTheMiddle() {
        // 21 characters, spaces at 4 and 13: 13 is nearer the middle (10.5).
        #expect(DiagramStyle.twoLineName("Karl Heinrich Baumann") == "Karl Heinrich\nBaumann")
        // 17 characters, one space.
        #expect(DiagramStyle.twoLineName("Fatima Al-Sayyida") == "Fatima\nAl-Sayyida")
        // Short names and single words stay on one line.
        #expect(DiagramStyle.twoLineName("Li Wei") == "Li Wei")
        #expect(DiagramStyle.twoLineName("Kim Min-jun") == "Kim\nMin-jun")
        #expect(DiagramStyle.twoLineName("Wojciechowski-Lis") == "Wojciechowski-Lis")
    }

    @Test func notesWrapWithoutSplittingTagsOrEntities() {
        #expect(HTMLWrap.wrap("one two three", width: 7) == "one two<BR ALIGN=\"LEFT\"/>three")
        // The tag has a space inside and no width; "a b" is 3 characters wide.
        #expect(HTMLWrap.wrap("<FONT COLOR=\"#1\">a b</FONT> c", width: 3)
                == "<FONT COLOR=\"#1\">a b</FONT><BR ALIGN=\"LEFT\"/>c")
        // "&amp;&amp;" is two characters: with " x" it makes 4 > 3.
        #expect(HTMLWrap.wrap("&amp;&amp; x", width: 3) == "&amp;&amp;<BR ALIGN=\"LEFT\"/>x")
        // A word longer than the width stays whole, on its own line.
        #expect(HTMLWrap.wrap("a Wojciechowski b", width: 5) == "a<BR ALIGN=\"LEFT\"/>Wojciechowski<BR ALIGN=\"LEFT\"/>b")
    }

    // MARK: Separate networks

    /// Two stars that share nobody: Olga Ivanova wrote to 11 people (a network of 12), Hans Weber
    /// to 10 (11), and Carmen López to Jorge Ruiz (a pair).
    /// Ids: 0 Olga, 1–11 her correspondents; 12 Hans, 13–22 his; 23 Carmen, 24 Jorge.
    static var twoNetworks: CorrespondenceGraph {
        var people = [Correspondent(id: 0, name: "Olga Ivanova", kind: .person)]
        people += (1...11).map { Correspondent(id: $0, name: "Petrov \($0)", kind: .person) }
        people.append(Correspondent(id: 12, name: "Hans Weber", kind: .person))
        people += (13...22).map { Correspondent(id: $0, name: "Müller \($0)", kind: .person) }
        people += [Correspondent(id: 23, name: "Carmen López", kind: .person), Correspondent(id: 24, name: "Jorge Ruiz", kind: .person)]
        var messages = (1...11).map { DiagramFixture.letter([0], [$0], "1900") }
        messages += (13...22).map { DiagramFixture.letter([12], [$0], "1901") }
        messages.append(DiagramFixture.letter([23], [24], "1902"))
        return CorrespondenceGraph(correspondents: people, messages: messages, conversations: [])
    }

    var twoNetworkBuilder: DiagramBuilder {
        DiagramBuilder(graph: Self.twoNetworks, scores: DiagramBuilder.weightedDegree(of: Self.twoNetworks), scoreName: "weighted degree")
    }

    @Test func everyNetworkOfSubstanceIsDrawnAndTheNoteSaysSo() {
        // top 50: both stars whole (12 + 11 = 23), room for no pair (pairs never join): 23 drawn.
        let diagram = twoNetworkBuilder.diagram(DiagramOptions(title: "Two houses", top: 50, colorBy: nil))
        #expect(diagram.shown.count == 23)
        #expect(diagram.networkCount == 2)
        #expect(diagram.shown.contains(0) && diagram.shown.contains(12))
        #expect(!diagram.shown.contains(23))
        #expect(diagram.dot.contains("2 separate networks, each drawn apart (no letter or conversation links them): all 12 and all 11 correspondents."))
    }

    @Test func topIsSharedAmongNetworksByTheSquareRootOfTheirSizes() {
        // Sizes 12 and 11, top 10: √12 = 3.46, √11 = 3.32, shares 10·3.46/6.78 = 5 and 4.9 → 4,
        // raised to the minimum of 6; the main network gets max(6, 10 − 6) = 6.
        #expect(DiagramSelection.shares(of: [12, 11], budget: 10) == [6, 6])
        // 400, 100, 12 with 50: √ = 20, 10, 3.46 (sum 33.46): 100 → 14.9 → 14; 12 → 5.2 → 6 (minimum);
        // the main one the rest, 50 − 20 = 30.
        #expect(DiagramSelection.shares(of: [400, 100, 12], budget: 50) == [30, 14, 6])
        let diagram = twoNetworkBuilder.diagram(DiagramOptions(title: "Two houses", top: 10, colorBy: nil))
        // Each grown from its hub: the hub and its 5 busiest partners (all tie at 1: by name).
        #expect(diagram.shown.count == 12)
        #expect(diagram.shown.contains(0) && diagram.shown.contains(12))
        #expect(diagram.dot.contains("6 of 12 and 6 of 11 correspondents, the most central by weighted degree"))
    }

    @Test func oneNetworkPerDiagramWhenSplit() {
        var options = DiagramOptions(title: "Two houses", top: nil, colorBy: nil)
        options.network = 1
        let second = twoNetworkBuilder.diagram(options)
        // Hans Weber's star only: 11 correspondents, and the note names it.
        #expect(Set(second.shown) == Set(12...22))
        #expect(second.networkCount == 2)
        #expect(second.dot.contains("Network 2 of 2 separate networks (--split"))
        options.network = 0
        #expect(Set(twoNetworkBuilder.diagram(options).shown) == Set(0...11).union([23, 24]))
        options.network = 5
        #expect(twoNetworkBuilder.diagram(options).shown.isEmpty)
    }

    @Test func anEgoDiagramDrawsOnlyTheEgosNetwork() {
        var options = DiagramOptions(title: "Hans", top: nil, ego: 12, colorBy: nil)
        options.radius = 1
        let diagram = twoNetworkBuilder.diagram(options)
        #expect(Set(diagram.shown) == Set(12...22))
        #expect(!diagram.dot.contains("separate networks"))
    }

    // MARK: Provenance

    static func provenance(_ id: String, _ title: String) -> Provenance {
        Provenance(recordID: id, source: "letters.txt", line: 1, title: title)
    }

    /// Ivan Petrov (0) wrote twice to Li Wei (1), once in a record that also reports their
    /// conversation; Kim Min-jun (2) passed one of them on.
    static var documented: CorrespondenceGraph {
        let people = [Correspondent(id: 0, name: "Ivan Petrov", kind: .person), Correspondent(id: 1, name: "Li Wei", kind: .person),
                      Correspondent(id: 2, name: "Kim Min-jun", kind: .person)]
        let messages = [
            Message(from: [0], to: [1], via: [], when: DiagramFixture.day("1950-01-02"), evidence: .title,
                    provenance: provenance("letters.txt#1", "Letter, Petrov to Li")),
            Message(from: [0], to: [1], via: [2], when: DiagramFixture.day("1950-03-04"), evidence: .title,
                    provenance: provenance("letters.txt#2", "Cable, Petrov to Li via Kim")),
            Message(from: [0], to: [1], via: [], when: DiagramFixture.day("1950-05-06"), evidence: .title,
                    provenance: provenance("letters.txt#3", "Letter and meeting, Petrov and Li")),
        ]
        let conversations = [Conversation(participants: [1, 0], when: DiagramFixture.day("1950-05-06"), evidence: .summary,
                                          provenance: provenance("letters.txt#3", "Letter and meeting, Petrov and Li"))]
        return CorrespondenceGraph(correspondents: people, messages: messages, conversations: conversations)
    }

    @Test func edgeTooltipsNameTheDocumentsBehindThem() throws {
        let graph = Self.documented
        let dot = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: "weighted degree")
            .diagram(DiagramOptions(title: "Documents", top: nil, colorBy: nil)).dot
        // The direct line carries records 1 and 3; the relay hops record 2; the conversation record 3.
        let direct = try #require(DiagramFixture.line(dot, startingWith: "n0 -> n1 [label=\"2\""))
        #expect(direct.contains(#"Ivan Petrov → Li Wei: 2 letters\n• Letter, Petrov to Li [letters.txt#1]\n• Letter and meeting, Petrov and Li [letters.txt#3]""#))
        let hop = try #require(DiagramFixture.line(dot, startingWith: "n0 -> n2"))
        #expect(hop.contains(#"1 relayed letter\n• Cable, Petrov to Li via Kim [letters.txt#2]""#))
        let talk = try #require(DiagramFixture.line(dot, startingWith: "n0 -> n1 [label=\"1\""))
        #expect(talk.contains(#"1 conversation\n• Letter and meeting, Petrov and Li [letters.txt#3]""#))
    }

    @Test func pairTablesListTheRecordsBehindEachPair() throws {
        let stats = PairStatistics.compute(Self.documented, by: .year)
        // Petrov → Li: letters 1, 2, 3 and the conversation of record 3 (listed once).
        let forward = try #require(stats.pairs.first { $0.from == "Ivan Petrov" && $0.to == "Li Wei" })
        #expect(forward.records == ["letters.txt#1", "letters.txt#2", "letters.txt#3"])
        // Li → Petrov: only the conversation.
        let back = try #require(stats.pairs.first { $0.from == "Li Wei" })
        #expect(back.records == ["letters.txt#3"])
        let csv = PairStatisticsTables.pairs(stats).csv()
        #expect(csv.hasPrefix("from,to,messages,back,relayed,conversations,first,last,reciprocated,records\n"))
        #expect(csv.contains("Ivan Petrov,Li Wei,3,0,1,1,1950-01-02,1950-05-06,yes,letters.txt#1 letters.txt#2 letters.txt#3\n"))
        // For reading, the first ids and a count of the rest: one shown, two more.
        #expect(PairStatisticsTables.pairs(stats, recordsPerPair: 1).csv().contains(",yes,letters.txt#1 (+2)\n"))
        // Lists longer than the limit are cut; shorter ones are whole.
        #expect(PairStatisticsTables.recordList(["a#1", "a#2", "a#3", "a#4", "a#5"], limit: 3) == "a#1 a#2 a#3 (+2)")
        #expect(PairStatisticsTables.recordList(["a#1"], limit: 3) == "a#1")
        let json = PairStatisticsTables.json(stats).serialized(indent: 0)
        #expect(json.contains("\"records\":[\"letters.txt#1\",\"letters.txt#2\",\"letters.txt#3\"]"))
    }

    // MARK: Rankings and numbers

    @Test func centralityRanksByLettersSentAndReceived() {
        // Weighted in + out: Ana 0 + 3 = 3, Bo 3 + 1 = 4, Chen 1 + 0 = 1 → Bo, Ana, Chen,
        // although PageRank would put Chen first.
        let result = CentralityResult(names: ["Ana", "Bo", "Chen"], measures: [.weightedIn, .weightedOut, .pagerank],
                                      values: [.weightedIn: [0, 3, 1], .weightedOut: [3, 1, 0], .pagerank: [0.1, 0.3, 0.6]],
                                      conventions: CentralityConventions(), approximation: nil)
        #expect(CentralityTables.rankingByWeightedDegree(result) == [1, 0, 2])
        // Ties on weighted degree go to PageRank: Ana and Chen both 2.
        let tied = CentralityResult(names: ["Ana", "Bo", "Chen"], measures: [.weightedIn, .weightedOut, .pagerank],
                                    values: [.weightedIn: [1, 3, 2], .weightedOut: [1, 1, 0], .pagerank: [0.1, 0.3, 0.6]],
                                    conventions: CentralityConventions(), approximation: nil)
        #expect(CentralityTables.rankingByWeightedDegree(tied) == [1, 2, 0])
        // Without weighted degrees: the fallback measure, highest first.
        let pagerankOnly = CentralityResult(names: ["Ana", "Bo", "Chen"], measures: [.pagerank],
                                            values: [.pagerank: [0.1, 0.3, 0.6]], conventions: CentralityConventions(), approximation: nil)
        #expect(CentralityTables.rankingByWeightedDegree(pagerankOnly, fallback: .pagerank) == [2, 1, 0])
    }

    @Test func tableNumbersRoundToSignificantFiguresWithoutExponents() {
        #expect(Cell.readable(0.134455) == "0.1345")
        #expect(Cell.readable(1.2044129691188515e-05) == "0.00001204")
        #expect(Cell.readable(1234.5678) == "1235")
        #expect(Cell.readable(0.25) == "0.25")
        #expect(Cell.readable(-0.0004567) == "-0.0004567")
        #expect(Cell.readable(42) == "42")
        #expect(Cell.readable(1e-15) == "0")
        #expect(Cell.readable(.nan) == "NaN")
        // Files keep six figures: 1/3 → 0.333333, 2/3 → 0.666667.
        #expect(Cell.exact(1.0 / 3) == "0.333333")
        #expect(Cell.exact(2.0 / 3) == "0.666667")
        #expect(Cell.exact(8.343389243430381e-05) == "0.0000834339")
    }
}
