import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve

/// Builds small correspondence graphs by hand for tests.
struct CorpusBuilder {
    var correspondents: [Correspondent] = []
    var messages: [Message] = []
    var conversations: [Conversation] = []

    init(names: [String], attributes: [[String: String]] = []) {
        correspondents = names.enumerated().map { index, name in
            Correspondent(id: index, name: name, kind: .person,
                          attributes: index < attributes.count ? attributes[index] : [:])
        }
    }

    static func day(_ iso: String) -> DateRange? {
        guard let start = CalendarDay(iso: iso), let end = CalendarDay(iso: iso, atEnd: true) else { return nil }
        return DateRange(start: start, end: end)
    }

    mutating func message(_ from: [Int], _ to: [Int], via: [Int] = [], on date: String? = nil) {
        let id = "m\(messages.count + 1)"
        messages.append(Message(from: from, to: to, via: via, when: date.flatMap(Self.day), evidence: .title,
                                provenance: Provenance(recordID: id, source: "test", line: messages.count + 1, title: id)))
    }

    mutating func conversation(_ participants: [Int], on date: String? = nil) {
        let id = "c\(conversations.count + 1)"
        conversations.append(Conversation(participants: participants, when: date.flatMap(Self.day), evidence: .title,
                                          provenance: Provenance(recordID: id, source: "test", line: 0, title: id)))
    }

    var graph: CorrespondenceGraph {
        CorrespondenceGraph(correspondents: correspondents, messages: messages, conversations: conversations)
    }
}
