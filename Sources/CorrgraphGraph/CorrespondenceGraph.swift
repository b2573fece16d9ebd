import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Where an act came from: the record and the file line, for citing and auditing.
///
/// ```swift
/// let p = graph.messages[0].provenance
/// "\(p.source):\(p.line): \(p.title)"   // listing.txt:12: Cable, Stalin to Mao Zedong
/// ```
public struct Provenance: Sendable, Hashable, Codable {
    /// The catalogue record's id (`source#ordinal` unless the input gave one).
    public var recordID: String
    /// The input the record was read from.
    public var source: String
    /// The line of the input where the record was read.
    public var line: Int
    /// The record's title, as the catalogue gives it.
    public var title: String

    /// Provenance from its parts; `CorrespondenceGraph(corpus:)` takes it from each record.
    public init(recordID: String, source: String, line: Int, title: String) {
        self.recordID = recordID
        self.source = source
        self.line = line
        self.title = title
    }
}

/// A dated message: one multi-edge from its senders to its recipients along its relay route.
///
/// ```swift
/// let m = Message(from: [0], to: [1], via: [2], when: nil, evidence: .title, provenance: p)
/// m.hops.map { ($0.from, $0.to) }   // [(0, 2), (2, 1)], both with isRelay true
/// ```
public struct Message: Sendable, Hashable, Codable {
    /// Sender correspondent ids; empty when the record names none.
    public var from: [Int]
    /// Recipient correspondent ids; empty when the record names none.
    public var to: [Int]
    /// Ordered relay chain between sender and recipient.
    public var via: [Int]
    /// The record's date interval; nil when undated.
    public var when: DateRange?
    /// Whether the act was read from the record's title or its summary.
    public var evidence: Evidence
    /// The record the act was read from.
    public var provenance: Provenance

    /// A message from its parts; `CorrespondenceGraph(corpus:)` builds them from resolved records.
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
///
/// ```swift
/// let talk = Conversation(participants: [1, 3], when: nil, evidence: .summary, provenance: p)
/// graph.conversations.filter { $0.participants.contains(1) }   // everything 1 took part in
/// ```
public struct Conversation: Sendable, Hashable, Codable {
    /// Participant correspondent ids.
    public var participants: [Int]
    /// The record's date interval; nil when undated.
    public var when: DateRange?
    /// Whether the act was read from the record's title or its summary.
    public var evidence: Evidence
    /// The record the act was read from.
    public var provenance: Provenance

    /// A conversation from its parts; `CorrespondenceGraph(corpus:)` builds them from resolved records.
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
    /// Every correspondent of the corpus, index = id; filtering keeps them all.
    public var correspondents: [Correspondent]
    /// Messages in record order.
    public var messages: [Message]
    /// Conversations in record order.
    public var conversations: [Conversation]

    /// A graph from its parts; ids in the acts must index `correspondents`.
    public init(correspondents: [Correspondent], messages: [Message], conversations: [Conversation]) {
        self.correspondents = correspondents
        self.messages = messages
        self.conversations = conversations
    }

    /// Builds the graph of every act of a resolved corpus.
    public init(corpus: ResolvedCorpus) {
        var messages: [Message] = []
        var conversations: [Conversation] = []
        messages.reserveCapacity(corpus.records.reduce(0) { $0 + $1.messages.count })
        conversations.reserveCapacity(corpus.records.reduce(0) { $0 + $1.conversations.count })
        // Reads the four provenance fields in place: copying each whole record (`record.record`)
        // retained and released every string of it, a cache miss apiece on a large corpus, and
        // made this step grow 10× for 4× the letters.
        for index in corpus.records.indices {
            let provenance = Provenance(recordID: corpus.records[index].extraction.record.id,
                                        source: corpus.records[index].extraction.record.source,
                                        line: corpus.records[index].extraction.record.line,
                                        title: corpus.records[index].extraction.record.title)
            let when = corpus.records[index].extraction.when
            for m in corpus.records[index].messages {
                messages.append(Message(from: m.from, to: m.to, via: m.via, when: when,
                                        evidence: m.evidence, provenance: provenance))
            }
            for c in corpus.records[index].conversations {
                conversations.append(Conversation(participants: c.participants, when: when,
                                                  evidence: c.evidence, provenance: provenance))
            }
        }
        self.init(correspondents: corpus.correspondents, messages: messages, conversations: conversations)
    }

    /// Ids of correspondents that take part in at least one message or conversation, ascending.
    public var activeCorrespondents: [Int] {
        var seen = [Bool](repeating: false, count: correspondents.count)
        for m in messages {
            for id in m.from { seen[id] = true }
            for id in m.to { seen[id] = true }
            for id in m.via { seen[id] = true }
        }
        for c in conversations { for id in c.participants { seen[id] = true } }
        return seen.indices.filter { seen[$0] }
    }
}
