import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Where an act came from: the record and the file line, for citing and auditing.
public struct Provenance: Sendable, Hashable, Codable {
    public var recordID: String
    public var source: String
    public var line: Int
    public var title: String

    public init(recordID: String, source: String, line: Int, title: String) {
        self.recordID = recordID
        self.source = source
        self.line = line
        self.title = title
    }
}

/// A dated message: one multi-edge from its senders to its recipients along its relay route.
public struct Message: Sendable, Hashable, Codable {
    public var from: [Int]
    public var to: [Int]
    /// Ordered relay chain between sender and recipient.
    public var via: [Int]
    public var when: DateRange?
    public var evidence: Evidence
    public var provenance: Provenance

    public init(from: [Int], to: [Int], via: [Int], when: DateRange?, evidence: Evidence, provenance: Provenance) {
        self.from = from
        self.to = to
        self.via = via
        self.when = when
        self.evidence = evidence
        self.provenance = provenance
    }

    /// The hops every sender/recipient combination travels: `from → via₁ → … → viaₖ → to`.
    /// A message with no stated sender or recipient has no hops.
    public var hops: [(from: Int, to: Int, isRelay: Bool)] {
        var result: [(Int, Int, Bool)] = []
        let relayed = !via.isEmpty
        for s in from {
            for t in to {
                let route = [s] + via + [t]
                for i in 0..<(route.count - 1) { result.append((route[i], route[i + 1], relayed)) }
            }
        }
        return result
    }
}

/// A dated conversation among its participants.
public struct Conversation: Sendable, Hashable, Codable {
    public var participants: [Int]
    public var when: DateRange?
    public var evidence: Evidence
    public var provenance: Provenance

    public init(participants: [Int], when: DateRange?, evidence: Evidence, provenance: Provenance) {
        self.participants = participants
        self.when = when
        self.evidence = evidence
        self.provenance = provenance
    }
}

/// The correspondence network of a corpus: correspondents as nodes, messages as dated
/// multi-edges (with relay routes) and conversations, each with provenance back to its record.
///
/// ```swift
/// let graph = CorrespondenceGraph(corpus: resolved)
/// let weights = graph.weightedDigraph()   // what centrality runs on
/// ```
public struct CorrespondenceGraph: Sendable {
    public var correspondents: [Correspondent]
    public var messages: [Message]
    public var conversations: [Conversation]

    public init(correspondents: [Correspondent], messages: [Message], conversations: [Conversation]) {
        self.correspondents = correspondents
        self.messages = messages
        self.conversations = conversations
    }

    /// Builds the graph of every act of a resolved corpus.
    public init(corpus: ResolvedCorpus) {
        var messages: [Message] = []
        var conversations: [Conversation] = []
        for record in corpus.records {
            let r = record.record
            let provenance = Provenance(recordID: r.id, source: r.source, line: r.line, title: r.title)
            for m in record.messages {
                messages.append(Message(from: m.from, to: m.to, via: m.via, when: record.when,
                                        evidence: m.evidence, provenance: provenance))
            }
            for c in record.conversations {
                conversations.append(Conversation(participants: c.participants, when: record.when,
                                                  evidence: c.evidence, provenance: provenance))
            }
        }
        self.init(correspondents: corpus.correspondents, messages: messages, conversations: conversations)
    }

    /// Ids of correspondents that take part in at least one message or conversation, ascending.
    public var activeCorrespondents: [Int] {
        var seen = [Bool](repeating: false, count: correspondents.count)
        for m in messages { for id in m.from + m.to + m.via { seen[id] = true } }
        for c in conversations { for id in c.participants { seen[id] = true } }
        return seen.indices.filter { seen[$0] }
    }
}
