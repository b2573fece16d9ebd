@testable import CorrgraphEmit
import CorrgraphGraph
import CorrgraphRender
import CorrgraphResolve
import Testing

/// The diagram of `DiagramFixture`, checked against counts worked out by hand in the fixture.
@Suite struct DiagramBuilderTests {
    let graph = DiagramFixture.graph

    var byDegree: DiagramBuilder {
        DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: "weighted degree")
    }

    @Test func weightedDegreeMatchesTheHandCount() {
        #expect(DiagramBuilder.weightedDegree(of: graph) == [8, 18, 4, 9, 1, 1, 9, 2])
    }

    @Test func rankingBreaksTiesByName() {
        // Mikoyan and Zhou tie at 9 on score and degree: "Anastas Mikoyan" sorts before "Zhou Enlai".
        #expect(byDegree.ranking() == [1, 3, 6, 0, 2, 7, 4, 5])
    }

    @Test func everyCorrespondentAndLineIsDrawn() throws {
        let diagram = byDegree.diagram(DiagramOptions(top: nil))
        let parsed = try GraphvizRenderer.parse(dot: diagram.dot)
        #expect(parsed.nodeCount == 8)
        #expect(parsed.edgeCount == 11)
        #expect(diagram.edgeCount == 11)
        #expect(Set(parsed.nodeNames) == Set((0..<8).map { "n\($0)" }))
        #expect(diagram.engine == .dot)
        #expect(diagram.dot.contains("layout=dot"))
    }

    @Test func lettersAreSolidArrowsWeightedByCount() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        let line = try #require(DiagramFixture.line(dot, startingWith: "n1 -> n0 "))
        #expect(line.contains(#"label="4""#))
        // 1 + 1.5·log2(4) = 4.
        #expect(line.contains("penwidth=4.0"))
        #expect(!line.contains("style="))
        #expect(!line.contains("dir=none"))
    }

    @Test func relaysAreDashedHopsThroughTheIntermediary() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        for hop in ["n0 -> n2 ", "n2 -> n1 "] {
            let line = try #require(DiagramFixture.line(dot, startingWith: hop))
            #expect(line.contains("style=dashed"))
            #expect(line.contains(#"label="2""#))
        }
        // The two relayed letters do not add to the direct Stalin → Mao line (one direct letter).
        let direct = try #require(DiagramFixture.line(dot, startingWith: "n0 -> n1 "))
        #expect(direct.contains(#"label="1""#))
    }

    @Test func conversationsAreUndirectedDottedLines() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        // Mao and Mikoyan met twice and Mao wrote to Mikoyan once: a dotted line and a solid arrow.
        let lines = dot.split(separator: "\n").filter { $0.contains("n1 -> n3 ") }
        #expect(lines.count == 2)
        let conversation = try #require(lines.first { $0.contains("style=dotted") })
        #expect(conversation.contains("dir=none"))
        #expect(conversation.contains(#"label="2""#))
        let letter = try #require(lines.first { !$0.contains("style=dotted") })
        #expect(letter.contains(#"label="1""#))
        #expect(!letter.contains("dir=none"))
    }

    @Test func shapesFollowKinds() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n0 [")).contains("shape=ellipse"))
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n4 [")).contains("shape=box, style=\"filled\""))
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n5 [")).contains("shape=box, style=\"rounded,filled\""))
    }

    @Test func sizeFollowsScore() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        // Mao has the top score: 10 + 16 = 26 pt; Terebin 4/18: 10 + 16·√(4/18) = 17.54… → 17.5.
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n1 [")).contains("fontsize=26.0"))
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n2 [")).contains("fontsize=17.5"))
    }

    @Test func coloursByCountryMostFrequentFirst() throws {
        let dot = byDegree.diagram(DiagramOptions(top: nil)).dot
        // USSR has 4 shown correspondents, China 3: USSR takes the first palette colour.
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n0 [")).contains(##"fillcolor="#8dd3c7""##))
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n1 [")).contains(##"fillcolor="#ffffb3""##))
        #expect(try #require(DiagramFixture.line(dot, startingWith: "n7 [")).contains("fillcolor") == false)
        #expect(dot.contains("no country"))
        #expect(dot.contains("Colour: country"))
    }

    @Test func noColourWhenNoShownCorrespondentHasTheAttribute() {
        var options = DiagramOptions(top: nil)
        options.colorBy = "party"
        let dot = byDegree.diagram(options).dot
        #expect(!dot.contains("#8dd3c7"))
        #expect(!dot.contains("Colour:"))
    }

    @Test func titleCarriesTheDateRange() {
        let dot = byDegree.diagram(DiagramOptions(title: "Fixture", top: nil)).dot
        #expect(dot.contains("<B>Fixture</B>"))
        #expect(dot.contains("1948-10-17 – 1950-02-14"))
        #expect(dot.contains("8 correspondents · 9 letters · 3 conversations"))
    }

    @Test func topKeepsTheMostCentralAndSaysWhatWasLeftOut() throws {
        let diagram = byDegree.diagram(DiagramOptions(top: 3))
        #expect(diagram.shown == [1, 3, 6])
        // Among Mao, Mikoyan, Zhou: three conversation pairs and the letter Mao → Mikoyan.
        #expect(diagram.edgeCount == 4)
        #expect(diagram.shownMessages == 1)
        #expect(diagram.shownConversations == 2)
        #expect(try GraphvizRenderer.parse(dot: diagram.dot).nodeCount == 3)
        #expect(diagram.dot.contains("Showing 3 of the 8 correspondents in the main connected network: the most central "
                                     + "by weighted degree, taken so that each is linked to the others drawn"))
        #expect(diagram.dot.contains("Not drawn: 5 correspondents, 8 of 9 letters, 1 of 3 conversations."))
    }

    @Test func minWeightDropsLightLinesAndTheirLoneNodes() throws {
        var options = DiagramOptions(top: nil)
        options.minWeight = 2
        let diagram = byDegree.diagram(options)
        // Lines of ≥ 2: 1→0 (4), 0→2 and 2→1 (2 each), three conversation pairs (2 each).
        #expect(diagram.edgeCount == 6)
        #expect(Set(diagram.shown) == [0, 1, 2, 3, 6])
        #expect(diagram.dot.contains("Lines of fewer than 2 letters or conversations are left out"))
    }

    @Test func egoKeepsNeighboursWithinTheRadius() throws {
        var options = DiagramOptions(top: nil)
        options.ego = 2
        options.radius = 1
        let diagram = byDegree.diagram(options)
        // Terebin's only lines go to Stalin and Mao; among the three: 1→0, 0→1, 0→2, 2→1.
        #expect(diagram.shown.first == 2)
        #expect(Set(diagram.shown) == [0, 1, 2])
        #expect(diagram.edgeCount == 4)
        #expect(diagram.dot.contains("Ego network of Terebin"))
        #expect(try #require(DiagramFixture.line(diagram.dot, startingWith: "n2 [")).contains("peripheries=2"))

        options.radius = 2
        // Two steps add everyone Stalin or Mao touched (CC, Mikoyan, Zhou, Kovalev); the Ambassador's
        // only line goes to Zhou, three steps from Terebin.
        #expect(Set(byDegree.diagram(options).shown) == [0, 1, 2, 3, 4, 6, 7])
    }

    @Test func egoSurvivesTop() {
        var options = DiagramOptions(top: 2)
        options.ego = 7
        options.radius = 1
        // Kovalev (degree 2) is outranked by Mao (18) but stays as the ego.
        #expect(byDegree.diagram(options).shown == [7, 1])
    }

    @Test func largeDiagramsSwitchToSfdp() {
        // A ring of 300 people: more nodes than dot handles quickly.
        let people = (0..<300).map { Correspondent(id: $0, name: "P\($0)", kind: .person) }
        let messages = (0..<300).map { DiagramFixture.letter([$0], [($0 + 1) % 300], "1950") }
        let ring = CorrespondenceGraph(correspondents: people, messages: messages, conversations: [])
        let builder = DiagramBuilder(graph: ring, scores: DiagramBuilder.weightedDegree(of: ring), scoreName: "degree")
        let all = builder.diagram(DiagramOptions(top: nil))
        #expect(all.engine == .sfdp)
        #expect(all.dot.contains("overlap=prism"))
        #expect(builder.diagram(DiagramOptions(top: 50)).engine == .dot)
        var forced = DiagramOptions(top: 50)
        forced.engine = .circo
        #expect(builder.diagram(forced).dot.contains("layout=circo"))
    }

    @Test func veryDenseDrawingsGetStraightLinesNotSplines() throws {
        // 24 people who all wrote to each other, in letters and in talks: 24·23 letter lines and 276
        // conversation lines, 34.5 per name — past `curvedLinesPerName` (16), where Graphviz 2.42's spline
        // router fails (an assertion, in process a corrupted heap) and polylines cost seconds. Lines are straight.
        let people = (0..<24).map { Correspondent(id: $0, name: "P\($0)", kind: .person) }
        var messages: [Message] = []
        var talks: [Conversation] = []
        for a in 0..<24 {
            for b in 0..<24 where a != b { messages.append(DiagramFixture.letter([a], [b], "1950")) }
            for b in (a + 1)..<24 {
                talks.append(Conversation(participants: [a, b], when: DiagramFixture.day("1950-01-01"), evidence: .title,
                                          provenance: DiagramFixture.provenance))
            }
        }
        let dense = CorrespondenceGraph(correspondents: people, messages: messages, conversations: talks)
        let diagram = DiagramBuilder(graph: dense, scores: DiagramBuilder.weightedDegree(of: dense), scoreName: "degree")
            .diagram(DiagramOptions(top: nil))
        #expect(diagram.edgeCount == 24 * 23 + 276)
        #expect(diagram.dot.contains("splines=false"))
        #expect(!diagram.dot.contains("splines=true"))
        let svg = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
    }

    @Test func denseDiagramsSwitchToNeatoAndStopNumberingSingleLetters() throws {
        // 12 people who all wrote once to each other: 12·11 = 132 lines, more than 2 per node.
        let people = (0..<12).map { Correspondent(id: $0, name: "P\($0)", kind: .person) }
        var messages: [Message] = []
        for a in 0..<12 { for b in 0..<12 where a != b { messages.append(DiagramFixture.letter([a], [b], "1950")) } }
        messages.append(DiagramFixture.letter([0], [1], "1951"))
        let clique = CorrespondenceGraph(correspondents: people, messages: messages, conversations: [])
        let diagram = DiagramBuilder(graph: clique, scores: DiagramBuilder.weightedDegree(of: clique), scoreName: "degree")
            .diagram(DiagramOptions(top: nil))
        #expect(diagram.edgeCount == 132)
        #expect(diagram.engine == .neato)
        #expect(diagram.dot.contains("overlap=prism"))
        #expect(diagram.dot.contains("splines=true"))
        // Past 100 lines only counts above one are written: here just 0 → 1, with 2 letters.
        let labelled = diagram.dot.split(separator: "\n").filter { $0.contains("->") && $0.contains("label=") }
        #expect(labelled.count == 1)
        #expect(try #require(DiagramFixture.line(diagram.dot, startingWith: "n0 -> n1 ")).contains(#"label="2""#))
        #expect(diagram.dot.contains("unnumbered lines: one"))
    }

    @Test func engineRule() {
        #expect(LayoutEngine.recommended(nodeCount: 8, edgeCount: 11) == .dot)
        #expect(LayoutEngine.recommended(nodeCount: 10, edgeCount: 40) == .dot)
        #expect(LayoutEngine.recommended(nodeCount: 50, edgeCount: 100) == .dot)
        #expect(LayoutEngine.recommended(nodeCount: 50, edgeCount: 101) == .neato)
        #expect(LayoutEngine.recommended(nodeCount: 121, edgeCount: 121) == .sfdp)
        // Stars: one correspondent linked to more than half of 50, or to more than 15 of fewer.
        #expect(LayoutEngine.recommended(nodeCount: 50, edgeCount: 55, largestNeighbourhood: 25) == .dot)
        #expect(LayoutEngine.recommended(nodeCount: 50, edgeCount: 55, largestNeighbourhood: 26) == .neato)
        #expect(LayoutEngine.recommended(nodeCount: 20, edgeCount: 19, largestNeighbourhood: 15) == .dot)
        #expect(LayoutEngine.recommended(nodeCount: 20, edgeCount: 19, largestNeighbourhood: 16) == .neato)
        #expect(LayoutEngine.recommended(nodeCount: 500, edgeCount: 499, largestNeighbourhood: 499) == .sfdp)
    }

    @Test func aStarIsDrawnWithNeato() {
        // One writer and 20 recipients: 21 nodes, 20 lines, the writer linked to all 20.
        let people = (0...20).map { Correspondent(id: $0, name: "P\($0)", kind: .person) }
        let star = CorrespondenceGraph(correspondents: people,
                                       messages: (1...20).map { DiagramFixture.letter([0], [$0], "1690") }, conversations: [])
        let diagram = DiagramBuilder(graph: star, scores: DiagramBuilder.weightedDegree(of: star), scoreName: "degree")
            .diagram(DiagramOptions(top: nil))
        #expect(diagram.edgeCount == 20)
        #expect(diagram.engine == .neato)
        #expect(diagram.dot.contains("layout=neato"))
    }

    @Test func scoresFromTheDigraphAreReindexedByCorrespondent() {
        let digraph = graph.filtered(by: .init(only: .letters)).weightedDigraph()
        // Kovalev (7) takes part in no letter: the letters' digraph has nodes 0…6.
        #expect(digraph.correspondentIDs == [0, 1, 2, 3, 4, 5, 6])
        let scores = DiagramBuilder.scoresByCorrespondent([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], of: digraph, correspondentCount: 8)
        #expect(scores == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0])
    }

    @Test func renderedSVGNamesEveryCorrespondent() throws {
        let diagram = byDegree.diagram(DiagramOptions(top: nil))
        let svg = String(decoding: try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg),
                         as: UTF8.self)
        for name in ["Joseph Stalin", "Mao Zedong", "Terebin", "Anastas Mikoyan", "CC of the CCP", "Soviet Ambassador",
                     "Zhou Enlai", "Kovalev"] {
            #expect(svg.contains(">\(name)</text>"), "missing \(name)")
        }
    }

    @Test func renderedPNGAndPDFHaveTheirSignatures() throws {
        let diagram = byDegree.diagram(DiagramOptions(top: nil))
        let png = try GraphvizRenderer.render(dot: diagram.dot, engine: "dot", format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try GraphvizRenderer.render(dot: diagram.dot, engine: "dot", format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }
}
