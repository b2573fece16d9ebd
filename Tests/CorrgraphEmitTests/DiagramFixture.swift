import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve

/// A small hand-made correspondence graph whose expected diagram is worked out in the comments.
///
/// Ids: 0 Joseph Stalin, 1 Mao Zedong, 2 Terebin, 3 Anastas Mikoyan (people, USSR/China),
/// 4 CC of the CCP (institution, China), 5 Soviet Ambassador (office, USSR), 6 Zhou Enlai (China),
/// 7 Kovalev (no country).
///
/// Letters (9): Stalin → Mao via Terebin ×2; Mao → Stalin ×3; Stalin → Mao ×1; CC → Stalin;
/// Ambassador → Zhou; Mao → {Stalin, Mikoyan}.
/// Conversations (3): Mikoyan, Mao, Zhou ×2; Kovalev, Mao ×1.
///
/// Lines by hand: letter 1→0: 4, 0→1: 1, 4→0: 1, 5→6: 1, 1→3: 1; relay 0→2: 2, 2→1: 2;
/// conversation {1,3}: 2, {1,6}: 2, {3,6}: 2, {1,7}: 1 — 11 lines.
/// Weighted degree by hand: Stalin 4+1+1+2 = 8; Mao 4+1+1+2 + 2·4 + 2 = 18; Terebin 4;
/// Mikoyan 1 + 8 = 9; CC 1; Ambassador 1; Zhou 1 + 8 = 9; Kovalev 2.
enum DiagramFixture {
    static func day(_ iso: String) -> DateRange {
        DateRange(start: CalendarDay(iso: iso)!, end: CalendarDay(iso: iso, atEnd: true)!)
    }

    static let provenance = Provenance(recordID: "r", source: "fixture", line: 1, title: "t")

    static func letter(_ from: [Int], _ to: [Int], via: [Int] = [], _ when: String) -> Message {
        Message(from: from, to: to, via: via, when: day(when), evidence: .title, provenance: provenance)
    }

    static var graph: CorrespondenceGraph {
        let ussr = ["country": "USSR"]
        let china = ["country": "China"]
        let people = [
            Correspondent(id: 0, name: "Joseph Stalin", kind: .person, attributes: ussr),
            Correspondent(id: 1, name: "Mao Zedong", kind: .person, attributes: china),
            Correspondent(id: 2, name: "Terebin", kind: .person, attributes: ussr),
            Correspondent(id: 3, name: "Anastas Mikoyan", kind: .person, attributes: ussr),
            Correspondent(id: 4, name: "CC of the CCP", kind: .institution, attributes: china),
            Correspondent(id: 5, name: "Soviet Ambassador", kind: .office, attributes: ussr),
            Correspondent(id: 6, name: "Zhou Enlai", kind: .person, attributes: china),
            Correspondent(id: 7, name: "Kovalev", kind: .person),
        ]
        let messages = [
            letter([0], [1], via: [2], "1948-10-17"),
            letter([0], [1], via: [2], "1948-11-01"),
            letter([1], [0], "1948-11-21"),
            letter([1], [0], "1949-01-10"),
            letter([1], [0], "1949-01-14"),
            letter([0], [1], "1949-01-15"),
            letter([4], [0], "1949-05"),
            letter([5], [6], "1950-02-14"),
            letter([1], [0, 3], "1949-07-01"),
        ]
        let conversations = [
            Conversation(participants: [3, 1, 6], when: day("1949-02-04"), evidence: .title, provenance: provenance),
            Conversation(participants: [3, 1, 6], when: day("1949-02-05"), evidence: .title, provenance: provenance),
            Conversation(participants: [7, 1], when: nil, evidence: .summary, provenance: provenance),
        ]
        return CorrespondenceGraph(correspondents: people, messages: messages, conversations: conversations)
    }

    /// The first line of the DOT text that starts with `prefix` (after indentation).
    static func line(_ dot: String, startingWith prefix: String) -> String? {
        dot.split(separator: "\n").map { $0.drop { $0 == " " } }.first { $0.hasPrefix(prefix) }.map(String.init)
    }
}
