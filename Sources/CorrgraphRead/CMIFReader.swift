/// Reads the Correspondence Metadata Interchange Format (TEI `correspDesc`, namespace
/// `http://www.tei-c.org/ns/1.0`): one catalogue record per `correspDesc`, whose correspondence is
/// stated as structured data rather than written into a title.
///
/// - Senders are the `persName`/`orgName` of `correspAction type="sent"`; recipients those of
///   `type="received"` and `type="cc"`; the parties of `forwarded`, `transmitted` and `redirected`
///   actions are relays the letter travelled through, in file order (also described in the summary).
/// - A name without `ref` that describes someone unnamed (`einen Amtsbruder`, CMIF's `Unknown`,
///   `N.N.`, see `PartyDescription`) is no party: it is kept in `stated.unnamed` and the summary.
/// - Names printed `Surname, Forename` are given in direct order (`Wilhelm Bölsche`), the printed form
///   kept in `printed`.
/// - Dates come from the sent action (else the received one): `@when`, `@from`/`@to`,
///   `@notBefore`/`@notAfter` become `stated.earliest`/`latest`. The record's `date` is written so
///   that `DateLine` reads the same interval: `@when` as given (`1907-01-04`), an interval in
///   words (`5 January 1907 – 9 January 1907`, `1669 – 1670`), an open end as
///   `not before 1667-09-29`, and only without any machine-readable value the printed text.
///   The printed text always appears in the summary.
/// - The title is synthesized for display: `Letter, Philipp Jakob Spener to Gottlieb Spizel`.
/// - `line` is the line of the `<correspDesc` start tag.
///
/// ```swift
/// let records = try CMIFReader().read(bytes: Array(data), source: "letters.xml")
/// records[0].title                      // "Letter, Philipp Jakob Spener to Gottlieb Spizel"
/// records[0].stated?.senders[0].authority  // "http://d-nb.info/gnd/118616099"
/// ```
public struct CMIFReader: Sendable {
    /// A reader; it holds no state, so one can read any number of files.
    public init() {}

    /// One `correspAction` as read.
    struct Action {
        var type: String
        var parties: [StatedParty] = []
        /// Descriptions of parties the source does not name (`einen Amtsbruder`, `Unknown`).
        var unnamed: [String] = []
        var places: [String] = []
        var date: DateElement?
    }

    /// A `date` element: its machine-readable attributes and its printed text.
    struct DateElement {
        var attributes: [String: String]
        var text = ""
    }

    /// The element whose text is being collected, with the depth of elements nested inside it.
    private struct Capture {
        enum Kind { case person, organization, place, date }
        var kind: Kind
        var attributes: [String: String]
        var text = ""
        var depth = 0
    }

    /// The records of one CMIF file, one per `correspDesc` in document order; `source` names the file
    /// in record ids and errors. Malformed XML is a `ReadError` naming the line.
    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        var scanner = try XMLScanner(bytes: bytes, source: source)
        var records: [CatalogueRecord] = []
        var descLine: Int?
        var actions: [Action] = []
        var action: Action?
        var capture: Capture?
        var parties = PartyMemo()

        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let line):
                if var c = capture {
                    c.depth += 1
                    capture = c
                    continue
                }
                let local = XMLScanner.localName(name)
                if local == "correspDesc" {
                    descLine = line
                    actions = []
                } else if descLine != nil, local == "correspAction" {
                    action = Action(type: (attributes["type"] ?? "").trimmingSpaces().lowercased())
                } else if action != nil {
                    switch local {
                    case "persName": capture = Capture(kind: .person, attributes: attributes)
                    case "orgName": capture = Capture(kind: .organization, attributes: attributes)
                    case "placeName": capture = Capture(kind: .place, attributes: attributes)
                    case "date": capture = Capture(kind: .date, attributes: attributes)
                    default: break
                    }
                }
            case .text(let text):
                capture?.text += text
            case .end(let name):
                if var c = capture {
                    if c.depth > 0 {
                        c.depth -= 1
                        capture = c
                        continue
                    }
                    capture = nil
                    finish(c, into: &action, parties: &parties)
                    continue
                }
                let local = XMLScanner.localName(name)
                if local == "correspAction", let a = action {
                    actions.append(a)
                    action = nil
                } else if local == "correspDesc", let line = descLine {
                    records.append(record(actions: actions, line: line, ordinal: records.count + 1, source: source))
                    descLine = nil
                    action = nil
                }
            }
        }
        return records
    }

    /// What a person or organization field made of a letter's party, by the field's text, `ref` and kind.
    private enum PartyField {
        case none
        case unnamed(String)
        case party(StatedParty)
    }

    /// Correspondents recur letter after letter: a field's reading (a function of its text, `ref` and kind
    /// only) is remembered for the file, so that each distinct field is cleaned and classified once.
    /// Bounded: past `limit` fields the memo starts again.
    private struct PartyMemo {
        struct Key: Hashable {
            var text: String
            var ref: String?
            var organization: Bool
        }
        static let limit = 100_000
        var fields: [Key: PartyField] = [:]
    }

    private func finish(_ c: Capture, into action: inout Action?, parties: inout PartyMemo) {
        switch c.kind {
        case .person, .organization:
            let key = PartyMemo.Key(text: c.text, ref: c.attributes["ref"], organization: c.kind == .organization)
            let field: PartyField
            if let known = parties.fields[key] {
                field = known
            } else {
                field = Self.partyField(c)
                if parties.fields.count >= PartyMemo.limit { parties.fields.removeAll(keepingCapacity: true) }
                parties.fields[key] = field
            }
            switch field {
            case .none: break
            case .unnamed(let text): action?.unnamed.append(text)
            case .party(let party): action?.parties.append(party)
            }
        case .place:
            let text = MarkupText.collapsingWhitespace(c.text)
            if !text.isEmpty { action?.places.append(text) }
        case .date:
            let text = MarkupText.collapsingWhitespace(c.text)
            if action?.date == nil { action?.date = DateElement(attributes: c.attributes, text: text) }
        }
    }

    /// The party a person or organization field names, the description of an unnamed one, or none.
    private static func partyField(_ c: Capture) -> PartyField {
        let text = MarkupText.collapsingWhitespace(c.text)
        // A `ref` may list several URIs; the first is the authority we keep.
        let ref = c.attributes["ref"].flatMap { $0.split(separator: " ").first.map(String.init) }
        guard !text.isEmpty || ref != nil else { return .none }
        guard let ref else {
            // Without an authority the field may describe someone unnamed ("einen Amtsbruder",
            // CMIF's "Unknown"): the letter keeps the description, but no one is added.
            switch PartyDescription.classify(text) {
            case .unnamed: return .unnamed(text)
            case .named(let name): return .party(Self.party(name, printed: text, organization: c.kind == .organization))
            }
        }
        // An identified party is never unnamed, but its name is cleaned the same way
        // (`die Theologische Fakultät` → `Theologische Fakultät`).
        var name = PartyDescription.cleaned(text)
        if case .named(let cleaned) = PartyDescription.classify(text) { name = cleaned }
        return .party(Self.party(text.isEmpty ? ref : name, printed: text, organization: c.kind == .organization,
                                 authority: ref))
    }

    // MARK: - Building the record

    /// The actions through which a letter travels on its way: their parties are relays, in file order.
    static let relayActions: Set<String> = ["forwarded", "transmitted", "redirected"]

    /// A party in direct name order (`Bölsche, Wilhelm` → `Wilhelm Bölsche`), the printed form kept
    /// when it differs.
    static func party(_ name: String, printed: String, organization: Bool, authority: String? = nil) -> StatedParty {
        let direct = displayName(StatedParty(name: name, isOrganization: organization))
        let original = direct != printed ? printed : nil
        return StatedParty(name: direct, authority: authority, isOrganization: organization, printed: original)
    }

    func record(actions: [Action], line: Int, ordinal: Int, source: String) -> CatalogueRecord {
        let senders = actions.filter { $0.type == "sent" }.flatMap(\.parties)
        let recipients = actions.filter { $0.type == "received" || $0.type == "cc" }.flatMap(\.parties)
        let relays = actions.filter { Self.relayActions.contains($0.type) }.flatMap(\.parties)
        let unnamed = actions.flatMap(\.unnamed)
        let dateElement = actions.first(where: { $0.type == "sent" && $0.date != nil })?.date
            ?? actions.first(where: { $0.type == "received" && $0.date != nil })?.date
            ?? actions.first(where: { $0.date != nil })?.date
        let (earliest, latest) = Self.bounds(dateElement)
        let dateText = Self.dateField(earliest: earliest, latest: latest, element: dateElement)

        var notes: [String] = []
        if let printed = dateElement?.text, !printed.isEmpty, printed != dateText {
            notes.append(Self.sentence("Date as printed: \(printed)"))
        }
        for a in actions where a.type == "sent" && !a.places.isEmpty {
            notes.append(Self.sentence("Place of sending: \(a.places.joined(separator: "; "))"))
        }
        for a in actions where (a.type == "received" || a.type == "cc") && !a.places.isEmpty {
            notes.append(Self.sentence("Place of receipt: \(a.places.joined(separator: "; "))"))
        }
        let unnamedSenders = actions.filter { $0.type == "sent" }.flatMap(\.unnamed)
        let unnamedRecipients = actions.filter { $0.type == "received" || $0.type == "cc" }.flatMap(\.unnamed)
        if !unnamedSenders.isEmpty { notes.append(Self.sentence("Unnamed sender: \(unnamedSenders.joined(separator: "; "))")) }
        if !unnamedRecipients.isEmpty {
            notes.append(Self.sentence("Unnamed recipient: \(unnamedRecipients.joined(separator: "; "))"))
        }
        for a in actions where !Self.namedActions.contains(a.type) {
            var parts = a.parties.map(\.name) + a.unnamed + a.places
            if let d = a.date {
                parts.append(d.attributes["when"] ?? d.text)
            }
            let label = a.type.isEmpty ? "Other action" : a.type.prefix(1).uppercased() + a.type.dropFirst()
            notes.append(Self.sentence("\(label): \(parts.filter { !$0.isEmpty }.joined(separator: "; "))"))
        }

        let title = Self.title(senders: senders, recipients: recipients)
        return CatalogueRecord(id: "\(source)#\(ordinal)", source: source, line: line, date: dateText,
                               title: title, summary: notes.joined(separator: " "),
                               stated: StatedCorrespondence(senders: senders, recipients: recipients,
                                                            earliest: earliest, latest: latest,
                                                            relays: relays, unnamed: unnamed))
    }

    /// The actions whose parties and places the title and notes name (built once, not per action).
    static let namedActions: Set<String> = ["sent", "received", "cc"]

    /// Ends a note with a period unless its text already does ("Frankfurt a. M.").
    private static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    /// A machine-readable value, or nil. A time after the date (`1907-01-04T10:00`) is dropped.
    private static func isoValue(_ value: String?) -> String? {
        guard var v = value?.trimmingSpaces(), !v.isEmpty else { return nil }
        // (An ASCII value, the usual one, is searched on its bytes.)
        let ascii = !v.utf8.contains { $0 >= 0x80 }
        if let t = ascii ? v.utf8.firstIndex(of: UInt8(ascii: "T")) : v.firstIndex(of: "T") { v = String(v[..<t]) }
        return CalendarDay(iso: v) != nil ? v : nil
    }

    static func bounds(_ element: DateElement?) -> (String?, String?) {
        guard let a = element?.attributes else { return (nil, nil) }
        if let when = isoValue(a["when"]) { return (when, when) }
        let earliest = isoValue(a["from"]) ?? isoValue(a["notBefore"])
        let latest = isoValue(a["to"]) ?? isoValue(a["notAfter"])
        return (earliest, latest)
    }

    /// See the type's documentation: a form `DateLine` parses to the same interval where one exists.
    static func dateField(earliest: String?, latest: String?, element: DateElement?) -> String {
        switch (earliest, latest) {
        case let (e?, l?) where e == l: return e
        case let (e?, l?): return "\(words(e)) – \(words(l))"
        case let (e?, nil): return "not before \(e)"
        case let (nil, l?): return "not after \(l)"
        case (nil, nil):
            if let text = element?.text, !text.isEmpty { return text }
            return "Undated"
        }
    }

    private static let monthWords = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// `1667-09-29` → `29 September 1667`, `1667-09` → `September 1667`, `1667` → `1667`.
    static func words(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count >= 2, let m = Int(parts[1]), (1...12).contains(m) else { return iso }
        let month = monthWords[m - 1]
        if parts.count == 3, let d = Int(parts[2]) { return "\(d) \(month) \(parts[0])" }
        return "\(month) \(parts[0])"
    }

    /// `Schnitzler, Arthur` → `Arthur Schnitzler` for display; other forms unchanged.
    static func displayName(_ party: StatedParty) -> String {
        // `Berthensson, Sergius,von`: the forenames and particles after the first comma come first.
        // Without a comma there is one piece: the name stays as it is.
        guard party.name.utf8.contains(UInt8(ascii: ",")) else { return party.name }
        let pieces = party.name.split(separator: ",", omittingEmptySubsequences: false)
        let forenames = pieces.dropFirst().map { $0.trimmingSpaces() }
        guard !party.isOrganization, (2...3).contains(pieces.count), pieces[1].hasPrefix(" "),
              !pieces[0].trimmingSpaces().isEmpty, forenames.allSatisfy({ !$0.isEmpty }),
              // Only name-shaped parts: letters, spaces, hyphens, apostrophes and periods.
              party.name.allSatisfy({ $0.isLetter || " ,-.'’".contains($0) }) else { return party.name }
        return (forenames + [pieces[0].trimmingSpaces()]).joined(separator: " ")
    }

    static func title(senders: [StatedParty], recipients: [StatedParty]) -> String {
        func list(_ parties: [StatedParty]) -> String {
            let names = parties.map(displayName)
            if names.count <= 2 { return names.joined(separator: " and ") }
            return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
        switch (senders.isEmpty, recipients.isEmpty) {
        case (false, false): return "Letter, \(list(senders)) to \(list(recipients))"
        case (false, true): return "Letter from \(list(senders))"
        case (true, false): return "Letter to \(list(recipients))"
        case (true, true): return "Letter"
        }
    }
}
