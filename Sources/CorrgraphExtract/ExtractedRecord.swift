import CorrgraphRead

/// A name as a record prints it, before identities are resolved.
///
/// ```swift
/// // "Cde. Filippov [Stalin]" in a title:
/// NameMention(text: "Filippov", bracketed: "Stalin", kind: .person)
/// ```
public struct NameMention: Sendable, Hashable, Codable {
    /// The name with honorifics and offices stripped and editorial brackets resolved
    /// ("V[yacheslav] I. Kochemassov" → "Vyacheslav I. Kochemassov").
    public var text: String
    /// A second name the record gives for the same correspondent in brackets or parentheses:
    /// a cover name or the real identity behind one (`Filippov [Stalin]`, `Terebin (Andrei Orlov)`).
    public var bracketed: String?
    public var kind: CorrespondentKind
    /// The office printed before a person's name ("Prime Minister", "Soviet Ambassador to China"):
    /// it tells apart two people who share a surname.
    public var office: String?
    /// An authority identifier the source gives for this correspondent (a CMIF `persName/@ref` such as
    /// a GND or VIAF URI); when present it alone decides identity.
    public var reference: String?
    /// The name is printed as the holder of its office in parentheses (`The Ambassador in Xlandia
    /// (Okonkwo)`): the office and the surname together name the person.
    public var holdsOffice: Bool

    public init(text: String, bracketed: String? = nil, kind: CorrespondentKind = .person, office: String? = nil,
                reference: String? = nil, holdsOffice: Bool = false) {
        self.text = text
        self.bracketed = bracketed
        self.kind = kind
        self.office = office
        self.reference = reference
        self.holdsOffice = holdsOffice
    }
}

/// Whether a correspondent is a person, an institution, or an office named without a person.
public enum CorrespondentKind: String, Sendable, Hashable, Codable {
    case person
    case institution
    /// An official named by office alone ("the Soviet Ambassador").
    case office
}

/// Where an act was read from.
public enum Evidence: String, Sendable, Hashable, Codable {
    case title
    case summary
}

/// A correspondence act a record states: who sent a message to whom, through whom.
public struct ExtractedMessage: Sendable, Hashable, Codable {
    public var from: [NameMention]
    public var to: [NameMention]
    /// The ordered relay chain from the original sender to the final recipient.
    public var via: [NameMention]
    public var evidence: Evidence

    public init(from: [NameMention], to: [NameMention], via: [NameMention] = [], evidence: Evidence = .title) {
        self.from = from
        self.to = to
        self.via = via
        self.evidence = evidence
    }
}

/// A conversation, meeting, talk or audience a record documents; participants are unordered.
public struct ExtractedConversation: Sendable, Hashable, Codable {
    public var participants: [NameMention]
    public var evidence: Evidence

    public init(participants: [NameMention], evidence: Evidence = .title) {
        self.participants = participants
        self.evidence = evidence
    }
}

/// Everything the extractor read from one catalogue record.
public struct ExtractedRecord: Sendable, Hashable, Codable {
    public var record: CatalogueRecord
    /// The interval the date line denotes; nil when undated or unreadable.
    public var when: DateRange?
    /// The document type in lower case ("cable", "ciphered telegram", "memorandum of conversation").
    public var documentType: String?
    /// The document number as printed ("50333", "21340").
    public var number: String?
    public var messages: [ExtractedMessage]
    public var conversations: [ExtractedConversation]
    /// Name equivalences the record states outside of act positions, e.g. a summary's
    /// "Terebin (Andrei Orlov)". Each pair is (name as used, the other name given for it).
    public var statedAliases: [StatedAlias]
    /// Human-readable notes on what could not be interpreted.
    public var problems: [String]

    public init(record: CatalogueRecord, when: DateRange? = nil, documentType: String? = nil, number: String? = nil,
                messages: [ExtractedMessage] = [], conversations: [ExtractedConversation] = [],
                statedAliases: [StatedAlias] = [], problems: [String] = []) {
        self.record = record
        self.when = when
        self.documentType = documentType
        self.number = number
        self.messages = messages
        self.conversations = conversations
        self.statedAliases = statedAliases
        self.problems = problems
    }
}

/// A record's statement that two names denote one correspondent: `Terebin (Andrei Orlov)`.
public struct StatedAlias: Sendable, Hashable, Codable {
    public var name: String
    public var alias: String
    public var evidence: Evidence

    public init(name: String, alias: String, evidence: Evidence) {
        self.name = name
        self.alias = alias
        self.evidence = evidence
    }
}
