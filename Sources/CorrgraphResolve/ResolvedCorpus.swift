import CorrgraphExtract
import CorrgraphRead

/// One real correspondent (person, institution or office) after resolution, with every
/// surface form that was merged into it and why.
public struct Correspondent: Sendable, Hashable, Codable {
    /// Dense index into `ResolvedCorpus.correspondents`.
    public var id: Int
    /// The one display name used everywhere in output.
    public var name: String
    public var kind: CorrespondentKind
    /// Every form seen in the corpus or the authority file, in first-seen order.
    public var surfaceForms: [String]
    /// How each form other than the display name came to denote this correspondent.
    public var merges: [MergeDecision]
    /// Attributes from the authority file (e.g. `country`, `party`), used for grouping.
    public var attributes: [String: String]

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
public struct MergeDecision: Sendable, Hashable, Codable {
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

    public var form: String
    public var rule: Rule
    /// A readable explanation: what matched what, and where the evidence came from.
    public var detail: String

    public init(form: String, rule: Rule, detail: String) {
        self.form = form
        self.rule = rule
        self.detail = detail
    }
}

public struct ResolvedMessage: Sendable, Hashable, Codable {
    public var from: [Int]
    public var to: [Int]
    public var via: [Int]
    public var evidence: Evidence

    public init(from: [Int], to: [Int], via: [Int], evidence: Evidence) {
        self.from = from
        self.to = to
        self.via = via
        self.evidence = evidence
    }
}

public struct ResolvedConversation: Sendable, Hashable, Codable {
    public var participants: [Int]
    public var evidence: Evidence

    public init(participants: [Int], evidence: Evidence) {
        self.participants = participants
        self.evidence = evidence
    }
}

/// One record with its acts expressed in correspondent ids.
public struct ResolvedRecord: Sendable, Hashable, Codable {
    public var extraction: ExtractedRecord
    public var messages: [ResolvedMessage]
    public var conversations: [ResolvedConversation]

    public var record: CatalogueRecord { extraction.record }
    public var when: DateRange? { extraction.when }

    public init(extraction: ExtractedRecord, messages: [ResolvedMessage], conversations: [ResolvedConversation]) {
        self.extraction = extraction
        self.messages = messages
        self.conversations = conversations
    }
}

/// The whole run after resolution: records in input order and the correspondents they name.
public struct ResolvedCorpus: Sendable, Hashable, Codable {
    public var records: [ResolvedRecord]
    public var correspondents: [Correspondent]

    public init(records: [ResolvedRecord], correspondents: [Correspondent]) {
        self.records = records
        self.correspondents = correspondents
    }

    /// The display name of a correspondent id.
    public func name(_ id: Int) -> String { correspondents[id].name }
}
