import CorrgraphExtract
import CorrgraphRead

/// One real correspondent (person, institution or office) after resolution, with every
/// surface form that was merged into it and why.
///
/// ```swift
/// let stalin = corpus.correspondents[id]
/// stalin.name           // "Stalin"
/// stalin.surfaceForms   // ["Stalin", "Filippov", …]
/// stalin.merges[0]      // form "Filippov", rule .coverName, and why
/// ```
public struct Correspondent: Sendable, Hashable, Codable {
    /// Dense index into `ResolvedCorpus.correspondents`.
    public var id: Int
    /// The one display name used everywhere in output.
    public var name: String
    /// Person, institution or office.
    public var kind: CorrespondentKind
    /// Every form seen in the corpus or the authority file, in first-seen order.
    public var surfaceForms: [String]
    /// How each form other than the display name came to denote this correspondent.
    public var merges: [MergeDecision]
    /// Attributes from the authority file (e.g. `country`, `party`), used for grouping.
    public var attributes: [String: String]

    /// A correspondent from its parts; resolution builds them, tests build them by hand.
    public init(id: Int, name: String, kind: CorrespondentKind, surfaceForms: [String] = [],
                merges: [MergeDecision] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.surfaceForms = surfaceForms
        self.merges = merges
        self.attributes = attributes
    }
}

/// The reason a surface form was merged into a correspondent.
///
/// ```swift
/// for merge in corpus.correspondents[id].merges {
///     print("\(merge.form) → \(merge.rule.rawValue): \(merge.detail)")
/// }
/// ```
public struct MergeDecision: Sendable, Hashable, Codable {
    /// The rules that can merge a form; raw values are the names shown in `people` and the report.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// Same name after folding case, diacritics, punctuation and honorifics.
        case sameName = "same-name"
        /// A cover name resolved by brackets (`Filippov [Stalin]`).
        case coverName = "cover-name"
        /// An alias the record states (`Terebin (Andrei Orlov)`).
        case statedAlias = "stated-alias"
        /// A surname or given-name-less short form matching exactly one full name (`Mao`).
        case shortForm = "short-form"
        /// Initials compatible with a full given name (`N.V. Roshchin`, `Nikolai Roshchin`).
        case initials = "initials"
        /// A one-letter spelling variant of a long name (`Roschin`/`Roshchin`).
        case spellingVariant = "spelling-variant"
        /// A romanization variant (`Chou En-lai`/`Zhou Enlai`).
        case romanization = "romanization"
        /// A Russian case ending (`Poskrebyshevu` → `Poskrebyshev`).
        case caseEnding = "case-ending"
        /// The canonical form of an institution's name (`CC CPSU` → `CPSU Central Committee`).
        case institutionForm = "institution-form"
        /// Decided by the user's authority file.
        case authority = "authority"
    }

    /// The surface form merged.
    public var form: String
    /// The rule that merged it.
    public var rule: Rule
    /// A readable explanation: what matched what, and where the evidence came from.
    public var detail: String

    /// A decision from its parts.
    public init(form: String, rule: Rule, detail: String) {
        self.form = form
        self.rule = rule
        self.detail = detail
    }
}

/// Two correspondents that may be one person, which resolution kept apart because only similarity
/// speaks for it (one letter apart, a romanization that could match, compatible-looking given names, a
/// name that begins a longer one, a cover-name bracket no other record confirms). The user confirms one
/// with an authority line (`[Name]` / `aliases: Other`); `corrgraph people --candidates` lists them.
///
/// ```swift
/// for c in corpus.candidates { print("\(c.form) ~ \(c.otherForm): \(c.kind.rawValue), \(c.evidence)") }
/// ```
public struct MergeCandidate: Sendable, Hashable, Codable {
    /// What makes the two forms look alike; raw values are shown in `people --candidates`.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Surnames one letter apart (`Nanming`/`Nanping`).
        case spellingVariant = "spelling-variant"
        /// One form reads as the other in another romanization (`Kao Kang`/`Gao Gang`).
        case romanization = "romanization"
        /// Same surname, given names that only look alike (`Du Longbo`/`Dong Longbo`).
        case givenNames = "given-names"
        /// A name that begins or ends a longer one (`Ana Ruiz`/`Ana Ruiz Soto`): the extra words may make another person.
        case longerName = "longer-name"
        /// A form of address that may mark another person (`Mrs. Petrova`/`Petrova`).
        case formOfAddress = "form-of-address"
        /// A cover-name bracket that only its own record states.
        case coverName = "cover-name"
    }

    /// The two forms as printed, and the correspondents they resolved to.
    public var form: String
    public var otherForm: String
    public var correspondent: Int
    public var otherCorrespondent: Int
    public var kind: Kind
    /// Why they look alike, and what evidence for a merge is missing.
    public var evidence: String

    public init(form: String, otherForm: String, correspondent: Int, otherCorrespondent: Int, kind: Kind, evidence: String) {
        self.form = form
        self.otherForm = otherForm
        self.correspondent = correspondent
        self.otherCorrespondent = otherCorrespondent
        self.kind = kind
        self.evidence = evidence
    }
}

/// A message of one record with its parties resolved to correspondent ids.
///
/// ```swift
/// let m = ResolvedMessage(from: [0], to: [1], via: [2], evidence: .title)   // 0 → 2 → 1
/// corpus.name(m.via[0])                                                     // the relay's display name
/// ```
public struct ResolvedMessage: Sendable, Hashable, Codable {
    /// Sender ids; empty when the record names none.
    public var from: [Int]
    /// Recipient ids; empty when the record names none.
    public var to: [Int]
    /// Relay ids in route order, from the original sender to the final recipient.
    public var via: [Int]
    /// Whether the act was read from the record's title or its summary.
    public var evidence: Evidence

    /// A message from its parts.
    public init(from: [Int], to: [Int], via: [Int], evidence: Evidence) {
        self.from = from
        self.to = to
        self.via = via
        self.evidence = evidence
    }
}

/// A conversation (meeting, talk) of one record with its participants resolved to correspondent ids.
///
/// ```swift
/// let c = ResolvedConversation(participants: [1, 3], evidence: .summary)
/// c.participants.map(corpus.name)   // the participants' display names
/// ```
public struct ResolvedConversation: Sendable, Hashable, Codable {
    /// Participant ids.
    public var participants: [Int]
    /// Whether the act was read from the record's title or its summary.
    public var evidence: Evidence

    /// A conversation from its parts.
    public init(participants: [Int], evidence: Evidence) {
        self.participants = participants
        self.evidence = evidence
    }
}

/// One record with its acts expressed in correspondent ids.
///
/// ```swift
/// let r = corpus.records[0]
/// r.record.title                                  // the title as catalogued
/// r.messages.map { $0.from.map(corpus.name) }     // who sent each message
/// ```
public struct ResolvedRecord: Sendable, Hashable, Codable {
    /// The record and what extraction read from it (date, document type, problems).
    public var extraction: ExtractedRecord
    /// The record's messages, in the order extraction found them.
    public var messages: [ResolvedMessage]
    /// The record's conversations, in the order extraction found them.
    public var conversations: [ResolvedConversation]

    /// The catalogue record as read.
    public var record: CatalogueRecord { extraction.record }
    /// The record's date interval; nil when undated.
    public var when: DateRange? { extraction.when }

    /// A record from its extraction and its resolved acts.
    public init(extraction: ExtractedRecord, messages: [ResolvedMessage], conversations: [ResolvedConversation]) {
        self.extraction = extraction
        self.messages = messages
        self.conversations = conversations
    }
}

/// The whole run after resolution: records in input order and the correspondents they name.
///
/// ```swift
/// let graph = CorrespondenceGraph(corpus: resolved)   // the network of every act
/// resolved.name(resolved.records[0].messages[0].to[0])  // a display name
/// ```
public struct ResolvedCorpus: Sendable, Hashable, Codable {
    /// Every record read, in input order, including those with no acts.
    public var records: [ResolvedRecord]
    /// Every correspondent, index = id.
    public var correspondents: [Correspondent]
    /// Pairs of correspondents that only similarity links, for the user to confirm or reject.
    public var candidates: [MergeCandidate]

    /// A corpus from its parts; ids in the records must index `correspondents`.
    public init(records: [ResolvedRecord], correspondents: [Correspondent], candidates: [MergeCandidate] = []) {
        self.records = records
        self.correspondents = correspondents
        self.candidates = candidates
    }

    /// The display name of a correspondent id.
    public func name(_ id: Int) -> String { correspondents[id].name }
}
