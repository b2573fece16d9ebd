/// One archival document as a catalogue lists it: a date line, a title and a summary,
/// with provenance back to the file and line it was read from.
///
/// ```swift
/// let record = CatalogueRecord(id: "listing.txt#1", source: "listing.txt", line: 5,
///                              date: "October 17, 1948",
///                              title: "Cable, Stalin to Mao Zedong [via Terebin]", summary: "")
/// ```
public struct CatalogueRecord: Sendable, Hashable, Codable {
    /// `source#ordinal`, the ordinal counting records from 1 within their source.
    public var id: String
    /// The file the record was read from (its last path component; `-` for standard input).
    public var source: String
    /// The 1-based line in `source` that names the record: its title's line (its date's when it has
    /// no title; the line of its `correspDesc` or row in structured formats).
    public var line: Int
    /// The date line exactly as read ("January 9, 1949", "Undated", "1955", …).
    public var date: String
    /// The title exactly as read.
    public var title: String
    /// The summary exactly as read; paragraphs joined by a blank line. Empty when absent.
    public var summary: String
    /// Correspondence the source states as structured data (CMIF `correspDesc`), if any.
    /// Titles of such records are synthesized for display; extraction trusts this instead.
    public var stated: StatedCorrespondence?

    public init(id: String, source: String, line: Int, date: String, title: String, summary: String,
                stated: StatedCorrespondence? = nil) {
        self.id = id
        self.source = source
        self.line = line
        self.date = date
        self.title = title
        self.summary = summary
        self.stated = stated
    }
}

/// Correspondence given as structured fields by the source (e.g. a CMIF `correspDesc`),
/// rather than written into a title.
public struct StatedCorrespondence: Sendable, Hashable, Codable {
    public var senders: [StatedParty]
    public var recipients: [StatedParty]
    /// ISO date or interval bounds as given by the source (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    /// Either bound may be missing alone: an open interval (`notAfter` only is "on or before").
    public var earliest: String?
    public var latest: String?
    /// Parties the message travelled through, in route order (CMIF `forwarded`, `transmitted`,
    /// `redirected`; an edge list's `via`).
    public var relays: [StatedParty]
    /// Correspondents the source describes without naming them (`einen Amtsbruder`, `Unknown`, `N.N.`):
    /// the record keeps the description, but no node stands for it (see `PartyDescription`).
    public var unnamed: [String]
    /// When the source is a table of acts (a previous extraction, an edge list): every act of the
    /// record as stated, taken as it is instead of `senders`/`recipients`.
    public var acts: [StatedAct]?
    /// A previous extraction's document type, number and notes, carried through unchanged.
    public var documentType: String?
    public var number: String?
    public var notes: [String]

    public init(senders: [StatedParty], recipients: [StatedParty], earliest: String? = nil, latest: String? = nil,
                relays: [StatedParty] = [], unnamed: [String] = [], acts: [StatedAct]? = nil,
                documentType: String? = nil, number: String? = nil, notes: [String] = []) {
        self.senders = senders
        self.recipients = recipients
        self.earliest = earliest
        self.latest = latest
        self.relays = relays
        self.unnamed = unnamed
        self.acts = acts
        self.documentType = documentType
        self.number = number
        self.notes = notes
    }

    /// A record's acts given as data (a previous extraction or an edge list), dated `earliest…latest`.
    public init(acts: [StatedAct], earliest: String?, latest: String?, documentType: String? = nil,
                number: String? = nil, notes: [String] = []) {
        self.init(senders: [], recipients: [], earliest: earliest, latest: latest, acts: acts,
                  documentType: documentType, number: number, notes: notes)
    }
}

/// One correspondence act given as data: a message (`from`, `to`, ordered `via`) or a conversation
/// (`participants`), with where it was read from (`title`, `summary`, or the source's own word).
public struct StatedAct: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case message, conversation }
    public var kind: Kind
    public var from: [StatedParty]
    public var to: [StatedParty]
    public var via: [StatedParty]
    public var participants: [StatedParty]
    /// `title` or `summary` for a previous extraction's acts; nil when the table does not say.
    public var evidence: String?

    public init(kind: Kind, from: [StatedParty] = [], to: [StatedParty] = [], via: [StatedParty] = [],
                participants: [StatedParty] = [], evidence: String? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.via = via
        self.participants = participants
        self.evidence = evidence
    }
}

/// A named correspondent in structured input, with an optional authority identifier.
public struct StatedParty: Sendable, Hashable, Codable {
    public var name: String
    /// An authority URI such as a GND or VIAF identifier, when the source gives one.
    public var authority: String?
    public var isOrganization: Bool
    /// The form the source printed when it differs from `name` (`Bölsche, Wilhelm` for
    /// `Wilhelm Bölsche`): kept as an alias.
    public var printed: String?
    /// An office named without a person (a previous extraction's `office` correspondents).
    public var isOffice: Bool

    public init(name: String, authority: String? = nil, isOrganization: Bool = false, printed: String? = nil,
                isOffice: Bool = false) {
        self.name = name
        self.authority = authority
        self.isOrganization = isOrganization
        self.printed = printed
        self.isOffice = isOffice
    }
}

/// The field names tabular and JSON inputs use for the parts of a record, case-insensitively: catalogue
/// exports call the summary a description or abstract, the date a date line.
enum RecordFieldNames {
    static let date = ["date", "date line", "dateline", "date_line", "dates", "date text", "datetext"]
    static let title = ["title", "document title", "heading", "name"]
    static let summary = ["summary", "description", "abstract", "synopsis", "content", "note", "notes", "scope and content", "scopecontent"]
    static let id = ["id", "identifier", "record id", "record_id"]
    /// The synonyms of each field, by its canonical name.
    static let synonyms = ["date": date, "title": title, "summary": summary, "id": id]

    /// The first name of `candidates` found among `names` (already lowercased and trimmed).
    static func index(in names: [String], of candidates: [String]) -> Int? {
        for candidate in candidates { if let i = names.firstIndex(of: candidate) { return i } }
        return nil
    }
}
