/// Reads an edge list — the sender/recipient table historians keep in spreadsheets and export from
/// Palladio, Gephi or nodegoat — and corrgraph's own `extract --format csv`, as acts without any
/// extraction. A table is an edge list when its header names a sender and a recipient column.
///
/// Columns are matched case-insensitively by their synonyms (`EdgeListColumns`): sender (`from`,
/// `sender`, `author`, `Absender`, `expéditeur`, `source` …), recipient (`to`, `recipient`, `addressee`,
/// `Empfänger`, `destinataire`, `target` …), and optionally `via`, `participants`, `kind`/`type`, a
/// `date` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `START/END`, or a date line such as `May 7, 1968`), or
/// `start`/`end` (`notBefore`/`notAfter`; either may be alone: an open interval), `id`/`record`,
/// `evidence`, `place`, `title`, `weight` (a row of Gephi's aggregated edge table stands for that many
/// acts), and the provenance `source` and `line` of an extraction. Several names
/// in a cell are separated by `;`. A name cell that describes someone unnamed (`unknown`, `N.N.`, `?`,
/// `a friend`) is kept with the record but is no correspondent (`PartyDescription`).
///
/// Consecutive rows with the same id are the acts of one record. A row of kind `conversation`
/// (`meeting`, `talks`) has as participants its `participants`, `from` and `to` names; any other kind
/// is a message, and a kind other than `message` is the record's document type (`letter`, `telegram`).
/// A bad row — no sender and no recipient, an unreadable date, a conversation of one — is a
/// `ReadError` naming the file, the line and the column; no row is dropped.
///
/// ```swift
/// let csv = "Absender;Empfänger;Datum\nKim Il Sung;Zhou Enlai;1950-03\n"
/// let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "briefe.csv")
/// records[0].stated?.acts?[0].from[0].name   // "Kim Il Sung"
/// records[0].stated?.earliest               // "1950-03"
/// ```
enum EdgeListReader {
    /// The columns an edge list may have, each by its synonyms (lower case), first match wins.
    enum EdgeListColumns {
        static let sender = ["from", "sender", "senders", "author", "authors", "writer", "absender", "verfasser",
                             "expéditeur", "expediteur", "auteur", "mittente", "remitente", "afzender", "source"]
        static let recipient = ["to", "recipient", "recipients", "receiver", "receivers", "addressee", "addressees",
                                "empfänger", "empfaenger",
                                "adressat", "destinataire", "destinatario", "ontvanger", "target"]
        static let via = ["via", "relay", "relays", "intermediary", "intermediaries", "through", "über", "par"]
        static let participants = ["participants", "teilnehmer", "participants list"]
        static let kind = ["kind", "type", "act", "document type", "doctype", "art", "typ"]
        static let date = ["date", "when", "datum", "date sent", "sent"]
        static let start = ["start", "date start", "notbefore", "not before", "not_before", "earliest", "start date", "from date"]
        static let end = ["end", "date end", "notafter", "not after", "not_after", "latest", "end date", "to date"]
        static let id = ["record", "id", "record id", "record_id", "key", "letter id", "identifier", "nr"]
        static let evidence = ["evidence"]
        static let provenance = ["source", "file"]
        static let line = ["line"]
        static let place = ["place", "place sent", "ort", "lieu", "location", "place of sending"]
        static let title = ["title", "label"]
        /// Kinds and authority identifiers of the row's names: `Name = institution https://…; …`.
        static let described = ["correspondents"]
        /// Kinds that are conversations rather than messages.
        static let conversationKinds: Set<String> = ["conversation", "conversations", "meeting", "talk", "talks",
                                                     "audience", "gespräch", "treffen", "entretien"]
        static let messageKinds: Set<String> = ["", "message", "messages", "edge", "directed", "undirected"]
        /// How many acts a row stands for (Gephi's aggregated edge tables).
        static let weight = ["weight", "count", "letters", "messages", "anzahl"]
    }

    /// The most acts one row may stand for: a larger "weight" is more likely a measure than a count.
    static let maximumWeight = 10_000
    /// The most acts the weights of one table may add up to: more letters than the largest editions hold
    /// (about 100,000), and a bound on memory — a 33 KB table of rows weighing 10,000 each was 33 million
    /// acts and 2 GB (issue 13).
    static let maximumWeightedActs = 1_000_000

    /// The header's sender and recipient columns, when it has both.
    static func senderAndRecipient(_ names: [String]) -> (Int, Int)? {
        guard let from = RecordFieldNames.index(in: names, of: EdgeListColumns.sender),
              let to = RecordFieldNames.index(in: names, of: EdgeListColumns.recipient), from != to else { return nil }
        return (from, to)
    }

    /// `text.split(separator: ";")`, without walking the characters when the text holds no `;` byte (most
    /// cells name one party).
    static func splitAtSemicolons(_ text: String) -> [Substring] {
        guard text.utf8.contains(UInt8(ascii: ";")) else { return text.isEmpty ? [] : [text[...]] }
        return text.split(separator: ";")
    }

    static func read(header: [String], rows: ArraySlice<CSVRecordReader.Row>, source: String) throws -> [CatalogueRecord] {
        guard let (fromColumn, toColumn) = senderAndRecipient(header) else { return [] }
        func column(_ synonyms: [String]) -> Int? {
            RecordFieldNames.index(in: header, of: synonyms.filter { !EdgeListColumns.sender.contains($0) || header[fromColumn] != $0 })
                .flatMap { $0 == fromColumn || $0 == toColumn ? nil : $0 }
        }
        let via = column(EdgeListColumns.via), participants = column(EdgeListColumns.participants)
        let kind = column(EdgeListColumns.kind), date = column(EdgeListColumns.date)
        let start = column(EdgeListColumns.start), end = column(EdgeListColumns.end)
        let id = column(EdgeListColumns.id), evidence = column(EdgeListColumns.evidence)
        let provenance = column(EdgeListColumns.provenance), lineColumn = column(EdgeListColumns.line)
        let place = column(EdgeListColumns.place), title = column(EdgeListColumns.title)
        let described = column(EdgeListColumns.described)
        let weight = column(EdgeListColumns.weight)

        struct Pending {
            var id: String
            var record: CatalogueRecord
            var acts: [StatedAct]
            var unnamed: [String]
            var documentType: String?
        }
        var records: [CatalogueRecord] = []
        var pending: Pending?
        var weightedActs = 0
        // An edge list repeats its names row after row: each cell is read once (`PartyDescription.classify`
        // depends on the cell only). Bounded: past 50,000 cells the memo starts again.
        var partyReadings: [String: PartyDescription.Reading] = [:]
        func partyReading(_ cell: String) -> PartyDescription.Reading {
            if let known = partyReadings[cell] { return known }
            let reading = PartyDescription.classify(cell)
            if partyReadings.count >= 50_000 { partyReadings.removeAll(keepingCapacity: true) }
            partyReadings[cell] = reading
            return reading
        }
        func flush() {
            // Taken out of `pending` first, so that it is the only copy and is completed in place.
            guard var p = pending else { return }
            pending = nil
            p.record.stated?.acts = p.acts
            p.record.stated?.unnamed = p.unnamed
            p.record.stated?.documentType = p.documentType
            records.append(p.record)
        }

        for row in rows {
            func value(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmingSpaces()
            }
            func fail(_ index: Int, _ reason: String) -> ReadError {
                ReadError(source: source, line: row.line, reason: "column \(index + 1) (\(header[index])): \(reason)")
            }
            if row.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            var unnamed: [String] = []
            // `Name = institution https://…`: the kind and authority of a name in this row.
            var kinds: [String: (kind: String, authority: String?)] = [:]
            for entry in Self.splitAtSemicolons(value(described)) {
                let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
                guard parts.count == 2 else { continue }
                let words = parts[1].split(separator: " ").map(String.init)
                kinds[parts[0]] = (words.first ?? "person", words.count > 1 ? words[1] : nil)
            }
            // The cells of a column: its value split at semicolons, each trimmed, empty ones dropped (a value
            // without a semicolon, most of them, is its only cell). Each column is split once, for its names and
            // for the title.
            func cellTexts(_ index: Int?) -> [String] {
                let text = value(index)
                guard text.utf8.contains(UInt8(ascii: ";")) else { return text.isEmpty ? [] : [text] }
                return Self.splitAtSemicolons(text).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            let fromCells = cellTexts(fromColumn), toCells = cellTexts(toColumn), viaCells = cellTexts(via)
            func names(_ cells: [String]) -> [StatedParty] {
                cells.compactMap { cell in
                    if let k = kinds[cell] {
                        return StatedParty(name: cell, authority: k.authority, isOrganization: k.kind == "institution",
                                           isOffice: k.kind == "office")
                    }
                    switch partyReading(cell) {
                    case .unnamed: unnamed.append(cell); return nil
                    // A table's names are identities as written, brackets and all.
                    case .named: return StatedParty(name: cell)
                    }
                }
            }
            let from = names(fromCells), to = names(toCells), relays = names(viaCells), others = names(cellTexts(participants))
            let kindText = value(kind).lowercased()
            let act: StatedAct
            let isConversation = EdgeListColumns.conversationKinds.contains(kindText)
            if isConversation {
                let everyone = others + from + to
                guard everyone.count >= 2 else {
                    throw fail(participants ?? fromColumn, "a conversation needs at least two participants")
                }
                act = StatedAct(kind: .conversation, participants: everyone, evidence: nil)
            } else {
                guard !(from.isEmpty && to.isEmpty && unnamed.isEmpty) else {
                    throw fail(value(fromColumn).isEmpty ? fromColumn : toColumn, "the row names neither a sender nor a recipient")
                }
                act = StatedAct(kind: .message, from: from, to: to, via: relays)
            }
            var withEvidence = act
            let evidenceText = value(evidence).lowercased()
            withEvidence.evidence = evidenceText == "title" || evidenceText == "summary" ? evidenceText : nil

            // A weight of n (a whole number) is n acts on that row.
            var copies = 1
            if let weight, !value(weight).isEmpty {
                guard let n = Int(value(weight)) ?? Double(value(weight)).flatMap({ $0 == $0.rounded() && $0 < 1e6 ? Int($0) : nil }),
                      n >= 1 else {
                    throw fail(weight, "\"\(value(weight))\" is not a whole number of acts")
                }
                guard n <= Self.maximumWeight else {
                    throw fail(weight, "\(n) acts on one row is more than \(Self.maximumWeight); is this column a weight?")
                }
                copies = n
                weightedActs += n
                guard weightedActs <= Self.maximumWeightedActs else {
                    throw fail(weight, "the weights add up to more than \(Self.maximumWeightedActs) acts by this row; is this column a weight?")
                }
            }
            let rowActs = Array(repeating: withEvidence, count: copies)
            let given = value(id)
            // (The pending record's id compared in place: the record is not copied to ask.)
            if !given.isEmpty, pending?.id == given {
                pending?.acts += rowActs
                pending?.unnamed += unnamed
                continue
            }
            flush()

            // Dates: start/end columns when the header has them, else the date column.
            var earliest: String?, latest: String?
            if start != nil || end != nil {
                for (index, bound) in [(start, 0), (end, 1)] {
                    guard let index else { continue }
                    let text = value(index)
                    guard !text.isEmpty else { continue }
                    guard CalendarDay(iso: text) != nil else { throw fail(index, "\"\(text)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                    if bound == 0 { earliest = text } else { latest = text }
                }
            } else if let date, !value(date).isEmpty {
                guard let (e, l) = Self.interval(value(date)) else {
                    throw fail(date, "\"\(value(date))\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD, START/END or a date line)")
                }
                (earliest, latest) = (e, l)
            }
            var lineNumber = row.line
            if let lineColumn, !value(lineColumn).isEmpty {
                guard let n = Int(value(lineColumn)), n > 0 else { throw fail(lineColumn, "\"\(value(lineColumn))\" is not a line number") }
                lineNumber = n
            }
            let recordSource = value(provenance).isEmpty ? source : value(provenance)
            let dateText = date.map(value) ?? [earliest, latest].compactMap { $0 }.joined(separator: " – ")
            let placeText = value(place)
            let typeText = EdgeListColumns.messageKinds.contains(kindText) || isConversation
                ? nil : value(kind)
            // The title shows the cells as written, descriptions of unnamed parties included.
            let parties = { (cells: [String]) in cells.map { StatedParty(name: $0) } }
            let shown = StatedAct(kind: withEvidence.kind, from: parties(fromCells), to: parties(toCells), via: parties(viaCells),
                                  participants: withEvidence.participants)
            let titleText = value(title).isEmpty ? Self.title(shown, type: typeText) : value(title)
            var notes: [String] = []
            if !placeText.isEmpty { notes.append("Place: \(placeText).") }
            if !unnamed.isEmpty { notes.append("Unnamed: \(unnamed.joined(separator: "; ")).") }
            let record = CatalogueRecord(
                id: given.isEmpty ? "\(source)#\(records.count + 1)" : given, source: recordSource, line: lineNumber,
                date: dateText, title: titleText, summary: notes.joined(separator: " "),
                stated: StatedCorrespondence(acts: [], earliest: earliest, latest: latest))
            pending = Pending(id: given, record: record, acts: rowActs, unnamed: unnamed, documentType: typeText)
        }
        flush()
        return records
    }

    /// The bounds a date cell gives: `1950`, `1950-03`, `1950-03-07`, `1950-03/1950-05`, or a date line.
    static func interval(_ text: String) -> (String?, String?)? {
        if CalendarDay(iso: text) != nil { return (text, text) }
        let halves = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        if halves.count == 2, halves.allSatisfy({ $0.isEmpty || CalendarDay(iso: $0) != nil }), halves.contains(where: { !$0.isEmpty }) {
            return (halves[0].isEmpty ? nil : halves[0], halves[1].isEmpty ? nil : halves[1])
        }
        if case .dated(let range)? = DateLine.parse(text) {
            return (range.start.description, range.end.description)
        }
        return nil
    }

    /// A title for display when the table has none: `Letter, A to B`, `Conversation, A and B`.
    static func title(_ act: StatedAct, type: String?) -> String {
        let names = { (parties: [StatedParty]) in parties.map(\.name).joined(separator: "; ") }
        switch act.kind {
        case .conversation: return "Conversation, \(names(act.participants))"
        case .message:
            let head = type.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Message"
            let via = act.via.isEmpty ? "" : " via \(names(act.via))"
            return "\(head), \(act.from.isEmpty ? "?" : names(act.from)) to \(act.to.isEmpty ? "?" : names(act.to))\(via)"
        }
    }
}
