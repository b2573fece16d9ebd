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
    public var earliest: String?
    public var latest: String?

    public init(senders: [StatedParty], recipients: [StatedParty], earliest: String? = nil, latest: String? = nil) {
        self.senders = senders
        self.recipients = recipients
        self.earliest = earliest
        self.latest = latest
    }
}

/// A named correspondent in structured input, with an optional authority identifier.
public struct StatedParty: Sendable, Hashable, Codable {
    public var name: String
    /// An authority URI such as a GND or VIAF identifier, when the source gives one.
    public var authority: String?
    public var isOrganization: Bool

    public init(name: String, authority: String? = nil, isOrganization: Bool = false) {
        self.name = name
        self.authority = authority
        self.isOrganization = isOrganization
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
