@testable import CorrgraphEmit
import CorrgraphGraph
import CorrgraphResolve
import Testing

/// Which correspondents `top` draws when the network has isolated pairs and groups, on a
/// hand-made graph whose expected selections are worked out below.
///
/// Ids: 0 Hub, 1 Ana, 2 Ben, 3 Cleo, 4 Dan, 5 Eve, 6 Finn, 7 Gus, 8 Hal, 9 Ida, 10 Jo, 11 Kim, 12 Lou.
/// Letters (10): 0→1, 0→2, 0→3, 1→0, 2→1, 3→4, 5→6 ×3, and one from Jo to no one.
/// Conversations (2): Gus, Hal, Ida; Kim, Lou.
///
/// Groups linked by lines: the main network {0, 1, 2, 3, 4} (Dan only through Cleo), the
/// triangle {7, 8, 9}, the pairs {5, 6} and {11, 12}; Jo has no line.
///
/// Scores are set by hand the way PageRank treats such a graph: the isolated pairs rate high (Eve
/// and Finn just below Hub, Kim and Lou above all of Hub's partners), and Dan above Cleo, who links
/// him to the rest. By score: 0, 5, 6, 11, 12, 1, 2, 4, 3, 7, 8, 9, 10.
@Suite struct DiagramSelectionTests {
    static let names = ["Hub", "Ana", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hal", "Ida", "Jo", "Kim", "Lou"]
    static let scores = [0.20, 0.08, 0.07, 0.06, 0.065, 0.15, 0.14, 0.04, 0.035, 0.03, 0.01, 0.10, 0.09]

    static var graph: CorrespondenceGraph {
        let people = names.enumerated().map { Correspondent(id: $0.offset, name: $0.element, kind: .person) }
        var messages = [(0, 1), (0, 2), (0, 3), (1, 0), (2, 1), (3, 4), (5, 6), (5, 6), (5, 6)]
            .map { DiagramFixture.letter([$0.0], [$0.1], "1950") }
        messages.append(DiagramFixture.letter([10], [], "1950"))
        let conversations = [[7, 8, 9], [11, 12]].map {
            Conversation(participants: $0, when: DiagramFixture.day("1950"), evidence: .title, provenance: DiagramFixture.provenance)
        }
        return CorrespondenceGraph(correspondents: people, messages: messages, conversations: conversations)
    }

    let builder = DiagramBuilder(graph: Self.graph, scores: Self.scores, scoreName: "PageRank")

    func options(top: Int?, minWeight: Int = 1) -> DiagramOptions {
        var options = DiagramOptions(title: "Islands", top: top, colorBy: nil)
        options.minWeight = minWeight
        return options
    }

    /// Correspondent ids at either end of a drawn line, read back from the DOT text.
    static func linked(_ dot: String) -> Set<Int> {
        var ids: Set<Int> = []
        for line in dot.split(separator: "\n") where line.contains(" -> ") {
            let ends = line.drop { $0 == " " }.split(separator: " ")
            for end in [ends[0], ends[2]] { ids.insert(Int(end.dropFirst())!) }
        }
        return ids
    }

    @Test func topSkipsIsolatedPairsAndGrowsThroughLines() {
        // Cut by score alone, the top 4 would be Hub, Eve, Finn, Kim — Kim without a line. Here:
        // Hub, then the best linked to what is drawn: Ana, Ben, then Cleo (Dan, above Cleo by
        // score, is only reachable through her).
        let diagram = builder.diagram(options(top: 4))
        #expect(diagram.shown == [0, 1, 2, 3])
        // 0→1, 0→2, 0→3, 1→0, 2→1.
        #expect(diagram.edgeCount == 5)
        #expect(diagram.engine == .dot)
        #expect(diagram.omittedGroups == 3)
        #expect(diagram.omittedGroupMembers == 7)
    }

    @Test func theNoteCountsWhatWasLeftOut() {
        let dot = builder.diagram(options(top: 4)).dot
        #expect(dot.contains("Showing 4 of the 5 correspondents in the main connected network: the most central by "
                             + "PageRank, taken so that each is linked to the others drawn"))
        // 13 − 4 = 9 correspondents: Dan, Jo and the 7 of the triangle and the two pairs. Letters
        // drawn: the 5 among Hub, Ana, Ben, Cleo; left: 3→4, 5→6 ×3 and Jo's.
        #expect(dot.contains("Not drawn: 9 correspondents (7 of them in 3 groups with no link to the main network, "
                             + "the largest of 3), 5 of 10 letters, 2 of 2 conversations."))
    }

    @Test func roomLeftGoesToWholeGroupsOfThreeOrMore() {
        // Top 8: the main network (5), then the triangle (3) fits; the pairs never join.
        let eight = builder.diagram(options(top: 8))
        #expect(eight.shown == [0, 1, 2, 4, 3, 7, 8, 9])
        #expect(eight.dot.contains("Not drawn: 5 correspondents (4 of them in 2 groups with no link to the main network, "
                                   + "the largest of 2), 4 of 10 letters, 1 of 2 conversations."))
        #expect(!eight.dot.contains("Showing "))
        // Top 7: two places left, too few for the triangle, and pairs are not drawn on their own.
        let seven = builder.diagram(options(top: 7))
        #expect(seven.shown == [0, 1, 2, 4, 3])
        #expect(seven.omittedGroups == 3)
        #expect(seven.omittedGroupMembers == 7)
    }

    @Test func noDrawnCorrespondentIsLeftWithoutALine() {
        for top in 2...13 {
            for minWeight in [1, 2] {
                let diagram = builder.diagram(options(top: top, minWeight: minWeight))
                let linked = Self.linked(diagram.dot)
                #expect(diagram.shown.count >= 2)
                for id in diagram.shown {
                    #expect(linked.contains(id), "top \(top), min-weight \(minWeight): \(Self.names[id]) has no line")
                }
            }
        }
    }

    @Test func topZeroOrNilDrawsEveryoneWithALine() {
        for top in [nil, 0] {
            let diagram = builder.diagram(options(top: top))
            #expect(diagram.shown == [0, 5, 6, 11, 12, 1, 2, 4, 3, 7, 8, 9])
            #expect(diagram.omittedGroups == 0)
            #expect(diagram.dot.contains("Not drawn: 1 correspondent, 1 of 10 letters."))
        }
    }

    @Test func minWeightMakesTheHeavyPairTheMainNetwork() {
        // Only Eve → Finn (3 letters) carries 2 or more: it is the whole drawable network.
        let diagram = builder.diagram(options(top: 4, minWeight: 2))
        #expect(diagram.shown == [5, 6])
        #expect(diagram.omittedGroups == 0)
        #expect(diagram.dot.contains("Not drawn: 11 correspondents, 7 of 10 letters, 2 of 2 conversations."))
    }

    @Test func egoKeepsItsOwnGroupAndIsDrawnEvenAlone() {
        var options = options(top: 4)
        options.ego = 11
        #expect(builder.diagram(options).shown == [11, 12])
        // Jo has no line; asked for by name, Jo is drawn all the same.
        options.ego = 10
        let alone = builder.diagram(options)
        #expect(alone.shown == [10])
        #expect(alone.edgeCount == 0)
        // Ego Dan with radius 2 and top 2: Dan, then Cleo, his only link (Hub outranks her, but is
        // not linked to Dan).
        options.ego = 4
        options.radius = 2
        options.top = 2
        #expect(builder.diagram(options).shown == [4, 3])
    }

    @Test func rankingPutsTheMainNetworkFirst() {
        #expect(builder.ranking() == [0, 1, 2, 4, 3, 5, 6, 11, 12, 7, 8, 9, 10])
    }

    // MARK: DiagramSelection on bare adjacency lists

    @Test func selectionOfTheDocumentationExample() {
        // 0 wrote to 1 and 2; 5 and 6 are an isolated pair ranked just below 0.
        var neighbours = [[Int]](repeating: [], count: 7)
        neighbours[0] = [1, 2]; neighbours[1] = [0]; neighbours[2] = [0]; neighbours[5] = [6]; neighbours[6] = [5]
        let selection = DiagramSelection(ranked: [0, 5, 6, 1, 2], neighbours: neighbours, top: 3, ego: nil)
        #expect(selection.shown == [0, 1, 2])
        #expect(selection.mainGroupSize == 3)
        #expect(selection.omittedGroups == 1)
        #expect(selection.omittedGroupMembers == 2)
        #expect(selection.largestOmittedGroup == 2)
        #expect(DiagramSelection.mainGroupFirst([0, 5, 6, 1, 2], neighbours: neighbours) == [0, 1, 2, 5, 6])
    }

    @Test func equalGroupsGoToTheOneWithTheMostCentralMember() {
        // {5, 6} and {0, 1}, two each; 5 ranks first.
        var neighbours = [[Int]](repeating: [], count: 7)
        neighbours[0] = [1]; neighbours[1] = [0]; neighbours[5] = [6]; neighbours[6] = [5]
        let selection = DiagramSelection(ranked: [5, 0, 6, 1], neighbours: neighbours, top: 2, ego: nil)
        #expect(selection.shown == [5, 6])
        #expect(selection.omittedGroups == 1)
    }

    @Test func growthTakesALowerRankedBridge() {
        // A path 0 – 1 – 2 ranked 0, 2, 1: with room for three, the bridge 1 comes in and brings 2;
        // with room for two, 2 (second by score) is not linked to 0 and waits behind 1.
        var neighbours = [[Int]](repeating: [], count: 3)
        neighbours[0] = [1]; neighbours[1] = [0, 2]; neighbours[2] = [1]
        #expect(DiagramSelection(ranked: [0, 2, 1], neighbours: neighbours, top: 2, ego: nil).shown == [0, 1])
        #expect(DiagramSelection(ranked: [0, 2, 1], neighbours: neighbours, top: 3, ego: nil).shown == [0, 2, 1])
    }

    @Test func emptyGraphSelectsNothing() {
        let selection = DiagramSelection(ranked: [], neighbours: [], top: 5, ego: nil)
        #expect(selection == DiagramSelection())
    }
}
