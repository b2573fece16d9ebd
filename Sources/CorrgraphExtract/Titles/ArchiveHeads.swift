import Foundation

/// Heads of documentary archives and editions besides FRUS and the letter editions (docs/titles.md, "Other
/// archives": the National Security Archive's briefing books, British and Irish document editions, CIA releases,
/// presidential libraries, chapter headings of any edition). Each convention is a word class or a table row:
///
/// | head | reads as |
/// |---|---|
/// | `U.S. Embassy Santiago cable 4567 to State Department, "…"` | `Cable 4567 from U.S. Embassy Santiago to State Department` |
/// | `Department of State Action Memorandum from A to B` | `Action Memorandum from A to B` |
/// | `Memorandum for B, Subject: …` / `MEMORANDUM FOR: B FROM: A` | `Memorandum to B` / `Memorandum from A to B` |
/// | `A (Paris) to B No. 312 Telegraphic [C 1234/5/18]` | `A (Paris) to B` |
/// | `A to B, Telegram EX-1234` | `A to B` |
/// | `M. Dubois to Mr. Everard` | `Monsieur Dubois to Mr. Everard` |
/// | `From Yalta to Potsdam`, `Chapter 3: …`, `Talking Points for the Meeting with B` | no act |
/// Readings of a head that a step of the title grammar made on its way, kept with the bytes they were made of so that a
/// later step asking the same of the same bytes does not read the head again: the German or French head rewritten in
/// English (`ForeignDiplomaticHeads.rewritten`: the Romance office-head arbitration, then `ArchiveHeads.rewritten`), and
/// the office-head reading (`OfficeHeads.read`: `SeriesHeads.relayForOffice`, then the title grammar's bare head).
struct HeadReadings {
    var foreign: (title: String, head: String?)?
    var office: (title: String, messages: [ExtractedMessage]?)?

    func foreignHead(_ title: String) -> String? {
        if let foreign, TextCache.sameBytes(foreign.title, title) { return foreign.head }
        return ForeignDiplomaticHeads.rewritten(title)
    }

    func officeHead(_ title: String) -> [ExtractedMessage]? {
        if let office, TextCache.sameBytes(office.title, title) { return office.messages }
        return OfficeHeads.read(title)
    }
}

enum ArchiveHeads {
    /// The head rewritten into the forms the general grammar reads, with what the archive prints after it cut.
    static func rewritten(_ title: String, known: inout HeadReadings) -> String {
        // German and French diplomatic heads are read as the English heads they translate (`ForeignDiplomaticHeads`).
        // Heads of other series (UN documents, calendars, meeting headings with a dash …: `SeriesHeads`).
        let title = SeriesHeads.rewritten(title, known: &known)
        var out = closingTrailer(known.foreignHead(title) ?? ForeignDiplomaticHeads.droppingGermanRanks(title))
        // The notes the cut leaves at the end (`(Received 3 September)`) are the normaliser's to drop, as at any end.
        if out != title { out = TitleText.normalize(out) }
        if let record = expandingRecordAbbreviation(out) { out = record }
        if let routed = routingMemorandum(out) { out = routed }
        if let unaddressed = droppingPurposeAfterFor(out) { out = unaddressed }
        if let addressed = droppingOccasionAfterAddressee(out) { out = addressed }
        if let addressed = authorForAddressee(out) { out = addressed }
        if let authored = authorBeforeDocumentWord(out) {
            out = authored
            // `National Security Council Memorandum for B from A`: the agency's routing line, read as above.
            if let routed = routingMemorandum(out) { out = routed }
        }
        out = postsAtCities(droppingPlaceAfterAddressee(droppingPlacesInParentheses(out)))
        out = closingOfficeAndUnitBeforeTo(droppingOfficeAndUnitAfterPerson(out))
        return droppingPlaceSetOffBeforeTo(droppingPostsInParentheses(closingPostAtPlaceBeforeTo(out)))
    }

    /// **Convention: a head the editor supplies whole in brackets** (`[Memorandum of Conversation between A and B]`, `[Telegram
    /// from A to B]`): an editor's title for an untitled document states the acts the printed head would; it is read without
    /// the brackets. Only one pair of brackets enclosing the whole head is removed (`[A] to B` keeps its own). On bytes.
    static func unbracketingWholeHead(_ title: String) -> String {
        let utf8 = title.utf8
        guard utf8.count > 2, utf8.first == UInt8(ascii: "["), utf8.last == UInt8(ascii: "]") else { return title }
        let inner = title.dropFirst().dropLast()
        guard !ByteSearch.holds(UInt8(ascii: "["), in: inner), !ByteSearch.holds(UInt8(ascii: "]"), in: inner) else { return title }
        return String(inner)
    }

    /// **Convention: a place after the addressee, set off by a comma, is where the addressee was** (the South African and
    /// other Dominion series): `A to Secretary for Foreign Affairs, Pretoria` — a gazetteer place closing the head after the
    /// last `to`, with no other comma in the addressee, is dropped, as a place set off after the sender is
    /// (`droppingPlaceSetOffBeforeTo`). After an institution's head word (`the Soviet Embassy, Pretoria`) it is the seat, and
    /// after a delegation (`NamePhrase.continuesSeatOfMission`) where it sits: both stay; a place that is a surname or a
    /// given name too (`Jordan`, `Paris`) may be a second addressee and stays.
    static func droppingPlaceAfterAddressee(_ title: String) -> String {
        // Decided on bytes first (most titles): a place after the last comma holds no digit and no ` to ` — a tail with
        // either leaves the title as it is below too (a `to` after the comma is the addressee's; digits are no place).
        let utf8 = title.utf8
        guard let commaByte = utf8.lastIndex(of: UInt8(ascii: ",")) else { return title }
        var (third, second, last): (UInt8, UInt8, UInt8) = (0, 0, 0)
        for b in utf8[utf8.index(after: commaByte)...] {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return title }
            let lower = ByteSearch.lowered(b)
            if lower == 0x20, third == 0x20, second == UInt8(ascii: "t"), last == UInt8(ascii: "o") { return title }
            (third, second, last) = (second, last, lower)
        }
        guard let comma = title.lastIndex(of: ","),
              let to = TitleText.find(" to ", in: title).last, to.upperBound < comma,
              !title[to.upperBound..<comma].contains(",") else { return title }
        let place = title[title.index(after: comma)...].trimmingSpaces()
        let key = place.lowercased()
        // (A place inside a bracket, `(… Delegation to the United Nations, New York)`, belongs to the bracket.)
        guard place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }), Gazetteer.isPlace(place), !Gazetteer.surnamePlaces.contains(key), !Gazetteer.givenNamePlaces.contains(key) else { return title }
        let before = String(title[..<comma])
        guard let lastWord = before.split(separator: " ").last, lastWord.first?.isUppercase == true,
              !Lexicon.institutionHeads.contains(OfficeHeads.key(String(lastWord))),
              !NamePhrase.continuesSeatOfMission(before: before, next: place) else { return title }
        return before
    }

    /// **Convention: a place in parentheses after an end is where it was** (Israeli, British and other series): `Israel
    /// Delegation to the UN (Lake Success) to the Foreign Ministry (Tel Aviv)`, `A. Okafor (Moscow) to B` — a parenthesis
    /// right after a capitalised word that holds a place (the gazetteer's, or one shaped as a place: `Gazetteer.isPlaceShaped`)
    /// names no second correspondent and no signer; it is dropped. A one-word place that may be a given name (`(Florence)`)
    /// stays, as does a parenthesis after a city (`from Hanoi (Nowacki)`, read as the embassy's signer).
    static func droppingPlacesInParentheses(_ title: String) -> String {
        guard ByteSearch.holds(UInt8(ascii: "("), in: title), ByteSearch.holds(UInt8(ascii: ")"), in: title) else { return title }
        var out = title
        var search = out.startIndex
        for _ in 0..<4 {
            guard let open = out[search...].firstIndex(of: "("), let close = out[open...].firstIndex(of: ")") else { break }
            search = out.index(after: open)
            let inside = out[out.index(after: open)..<close].trimmingSpaces()
            let before = out[..<open].trimmingSpaces()
            guard before.last?.isLetter == true, let lastWord = before.split(separator: " ").last, lastWord.first?.isUppercase == true,
                  !Gazetteer.isPlace(String(lastWord)), Gazetteer.isPlaceShaped(inside),
                  inside.contains(" ") || !Gazetteer.givenNamePlaces.contains(inside.lowercased()) else { continue }
            var lower = open
            while lower > out.startIndex, out[out.index(before: lower)] == " " { lower = out.index(before: lower) }
            out.removeSubrange(lower...close)
            search = lower
        }
        return out
    }

    /// `Dispatch from Chief of Station, Montevideo, to B`: the comma after the city closes the office of a post at a place
    /// (`officeAndUnit`), which stays whole, as printed: the comma before `to` is dropped.
    static func closingPostAtPlaceBeforeTo(_ title: String) -> String {
        guard ByteSearch.count(UInt8(ascii: ","), in: title, upTo: 2) >= 2, let to = title.range(of: ", to ") else { return title }
        let before = title[..<to.lowerBound]
        let start = before.range(of: " from ", options: [.caseInsensitive, .backwards])?.upperBound ?? before.startIndex
        guard let post = officeAndUnitEnd(String(before[start...])), post.text.hasSuffix(String(before.suffix(1))),
              officeAndUnit(officeText: String(before[start...].prefix { $0 != "," }), unitText: String(before[start...].drop { $0 != "," }.dropFirst()).trimmingSpaces()) != nil,
              before[start...].lowercased().contains(" of ") else { return title }
        return String(before) + " to " + String(title[to.upperBound...])
    }

    /// **Convention: an office whose unit follows after a comma is one end** — `Chief, Near East Division, to B`,
    /// `Memorandum from Director, Office of Soviet Affairs, to B`, `Letter, Head, Second Department, to B`: the sender is
    /// the office with the unit it heads (`officeAndUnit`), and the comma after the unit closes it, as the comma after a
    /// station's city does (`closingPostAtPlaceBeforeTo`); the comma before `to` is dropped so that the end reads whole. A
    /// list of people (`Smith, Jones, and Brown to B`) holds no office word before its first comma and is left alone.
    static func closingOfficeAndUnitBeforeTo(_ title: String) -> String {
        guard ByteSearch.count(UInt8(ascii: ","), in: title, upTo: 2) >= 2, let to = title.range(of: ", to ") else { return title }
        let before = title[..<to.lowerBound]
        var start = before.range(of: " from ", options: [.caseInsensitive, .backwards])?.upperBound ?? before.startIndex
        // `Letter, Chief, Near East Division, to B`: the office opens after the document word's comma.
        if start == before.startIndex, let opening = DocumentLeadIn.typeOpening(before), opening.after.first == "," {
            start = before.index(after: opening.after.startIndex)
        }
        guard officeAndUnitEnd(String(before[start...]).trimmingSpaces()) != nil else { return title }
        return String(before) + " to " + String(title[to.upperBound...])
    }

    /// **Convention: a person's office and unit set off by commas are apposition** — `Ivan Petrov, Director, Second
    /// Department, to Sergei Orlov`, `Letter from A, Chief, Near East Division, to B`, `A to B, Deputy Chief, Far East
    /// Division`: after a person's name, an office with the unit it heads (`officeAndUnit`: office words, a comma, a unit
    /// noun closing the unit or opening it with its `of`) says what the person was; the end is the person alone, at either
    /// end. Without a name before it the office and unit are the end (`closingOfficeAndUnitBeforeTo`); a list of names
    /// (`Kowalski, Tanabe, and Haddad to B`) holds no office word and is left alone.
    static func droppingOfficeAndUnitAfterPerson(_ title: String) -> String {
        // Precondition: a name, an office and a unit set off by two commas.
        guard ByteSearch.count(UInt8(ascii: ","), in: title, upTo: 2) >= 2 else { return title }
        func isPerson(_ item: Substring) -> Bool {
            var name = item.trimmingSpaces()
            for marker in [" from ", " by "] {
                if let r = name.range(of: marker, options: [.caseInsensitive, .backwards]) { name = String(name[r.upperBound...]) }
            }
            guard name.first?.isUppercase == true, MessageGrammar.isPureNameList(name),
                  let mention = NamePhrase.parseItem(name) else { return false }
            return mention.kind == .person
        }
        var out = title
        // The sender: `NAME, OFFICE, UNIT, to …`.
        if let to = out.range(of: ", to ") {
            let items = out[..<to.lowerBound].split(separator: ",", omittingEmptySubsequences: false)
            if items.count >= 3, isPerson(items[items.count - 3]),
               officeAndUnit(officeText: String(items[items.count - 2]), unitText: items[items.count - 1].trimmingSpaces()) != nil {
                out = items.dropLast(2).joined(separator: ",") + " to " + String(out[to.upperBound...])
            }
        }
        // The addressee: `… to NAME, OFFICE, UNIT[, …]`.
        if let to = TitleText.find(" to ", in: out).last {
            let items = out[to.upperBound...].split(separator: ",", omittingEmptySubsequences: false)
            if items.count >= 3, isPerson(items[0]),
               officeAndUnit(officeText: String(items[1]), unitText: items[2].trimmingSpaces()) != nil {
                out = String(out[..<to.upperBound]) + ([items[0]] + items.dropFirst(3)).joined(separator: ",")
            }
        }
        return out
    }

    /// `Ambassador A, Moscow, to the Foreign Office` → `Ambassador A to the Foreign Office`: a place set off by commas
    /// after a correspondent is where the correspondent was, as `A (Moscow) to B` prints it; after an institution's
    /// head word (`Romanian Embassy, Beijing, to …`) it is the institution's seat, which the general grammar reads.
    static func droppingPlaceSetOffBeforeTo(_ title: String) -> String {
        guard ByteSearch.count(UInt8(ascii: ","), in: title, upTo: 2) >= 2, let to = title.range(of: ", to ") else { return title }
        let before = title[..<to.lowerBound]
        guard let comma = before.lastIndex(of: ",") else { return title }
        let place = before[before.index(after: comma)...].trimmingSpaces()
        guard Gazetteer.isPlace(place), let lastWord = before[..<comma].split(separator: " ").last,
              !Lexicon.institutionHeads.contains(OfficeHeads.key(String(lastWord))),
              // `Australian Delegation, United Nations, New York, to …`: the city where a delegation's body sits stays.
              !NamePhrase.continuesSeatOfMission(before: String(before[..<comma]), next: place) else { return title }
        return String(before[..<comma]) + " to " + String(title[to.upperBound...])
    }

    // MARK: Headings that state no act

    /// Labels of a part of a book or an edition before its number and a colon or period (`Chapter 3:`, `Part II.`,
    /// `Introduction:`): what follows is the heading of a chapter or section, not of a document.
    static let sectionLabels: Set<String> = [
        "chapter", "part", "section", "introduction", "prologue", "epilogue", "conclusion", "conclusions", "afterword",
        "preface", "foreword", "overview", "chronology", "book", "volume", "vol",
    ]

    /// Nouns of papers written before a meeting for those who will hold it (`Talking Points for the Secretary's
    /// Meeting with B`, `Briefing Paper for the President's Talks with B`): they document no talk and go to no one.
    static let preparatoryPapers: [String] = [
        "suggested talking points", "talking points", "points to be made", "briefing paper", "briefing papers",
        "briefing book", "briefing memorandum", "briefing material", "background paper", "scope paper", "position paper",
        "agenda", "proposed agenda", "draft agenda", "brief", "briefing", "paper", "papers", "working paper",
        // A meeting only planned or prepared (`Proposal for a Meeting between A and B`, `Notes for A's Talk with B`,
        // `Theses for the Talks with B`, `Program for the Visit of A`): it has not taken place in the document.
        "proposal", "proposals", "plan", "plans", "suggestions", "program", "programme", "draft program",
        "draft programme", "notes", "note", "theses", "questions", "topics", "themes",
    ].sorted { $0.count > $1.count }

    /// What follows `Note for`/`Notes for` when the note records an act instead of preparing one (`Note for the
    /// Record: Meeting with B`, `Notes for the File`).
    static let recordingNoteEnds = ["the record", "the file", "the files", "record", "file", "files"]

    /// First words of the headings `isHeadingWithoutAct` reads: section labels, `from`, and the first words of the papers.
    static let headingOpenings: Set<String> = sectionLabels.union(["from"])
        .union(preparatoryPapers.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// A title that names no act however it reads: a chapter or section heading, a topic heading shaped like a
    /// letter head (`From Revolution to Reform`), a paper prepared for a meeting.
    static func isHeadingWithoutAct(_ title: String) -> Bool {
        if isDocumentForMeeting(title) || SeriesHeads.isPressDocument(title) { return true }
        // Every form opens with a word of `headingOpenings`: a title opening with an ASCII letter no such word begins
        // with is left on its first byte (a leading `:`, `.` or `,` is trimmed below, and other bytes take the word path).
        if let ascii = TitleText.asciiOpeningWord(title, limit: 32) {
            // The same word over bytes: `:`, `.` and `,` trimmed at both ends.
            var word = Substring(ascii)
            while let c = word.first, c == ":" || c == "." || c == "," { word.removeFirst() }
            while let c = word.last, c == ":" || c == "." || c == "," { word.removeLast() }
            guard headingOpenings.contains(String(word)) else { return false }
        }
        let firstWord = title.prefix(32).prefix { $0 != " " }.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":.,"))
        guard headingOpenings.contains(firstWord) else { return false }
        let lower = title.prefix(200).lowercased()
        if sectionLabels.contains(firstWord), let rest = afterSectionLabel(title) {
            // `Chapter 3: …`: a section heading; a document after an edition's label would open with its document word.
            return DocumentLeadIn.stackedTypes(rest) == nil || TitleText.find(" to ", in: rest).isEmpty
        }
        if firstWord == "from" { return isTopicFromTo(title) }
        if let paper = preparatoryPapers.first(where: { lower.hasPrefix($0 + " for ") }) {
            let rest = lower.dropFirst(paper.count + 5)
            if paper.hasPrefix("note"), recordingNoteEnds.contains(where: { rest.hasPrefix($0) }) { return false }
            return Lexicon.meetingNouns.contains { rest.contains($0) } || Lexicon.visitNouns.contains { rest.contains($0) }
        }
        return false
    }

    /// Words between `for` and a meeting's noun that say when or whether it is held (`for the Secretary's Forthcoming
    /// Talks with B`, `for the Proposed Meeting with B`).
    static let meetingPlanModifiers: Set<String> = [
        "forthcoming", "upcoming", "coming", "proposed", "planned", "projected", "prospective", "scheduled", "expected",
        "possible", "official", "state", "private", "bilateral",
    ]

    /// The document word that opens a title, perhaps after modifiers (`Confidential Memorandum`, `Most Secret
    /// Cablegram`), with the text after it; nil when the title opens with no document word.
    static func typeOpeningAfterModifiers(_ title: String) -> (entry: (phrase: String, type: String, addressless: Bool), after: Substring)? {
        var start = title.startIndex
        var opening = DocumentLeadIn.typeOpening(title[...])
        while opening == nil, let space = title[start...].firstIndex(of: " "),
              Lexicon.documentModifiers.contains(title[start..<space].lowercased()) {
            start = title.index(after: space)
            opening = DocumentLeadIn.typeOpening(title[start...])
        }
        return opening
    }

    /// **Convention: a document prepared for a meeting documents no talk and goes to no one** — any document word (with its
    /// modifiers and an author's `by A` or `from A`, no `to`) followed by `for` and a meeting or visit named as the occasion:
    /// `Memorandum for the Secretary's Meeting with B`, `Note by A for the Minister's Talks with B`, `Paper for the
    /// President's Forthcoming Visit to X`, `Memorandum for the Meeting with B`. A possessive or an article before the
    /// meeting's noun marks the occasion; `for the Record`/`for the File` records a talk and is left to the grammar.
    static func isDocumentForMeeting(_ title: String) -> Bool {
        guard ByteSearch.mayContainCaseInsensitive(title, " for "), title.utf8.count <= 400 else { return false }
        let opening = typeOpeningAfterModifiers(title)
        guard let opening else { return false }
        let after = String(opening.after.drop { $0 == " " })
        let lower = after.lowercased()
        let forRange: Range<String.Index>
        if lower.hasPrefix("for ") {
            forRange = lower.startIndex..<lower.index(lower.startIndex, offsetBy: 4)
        } else {
            // `by A for …`, `from A for …`: the author's phrase before the first `for`, without an addressee or a subject.
            guard lower.hasPrefix("by ") || lower.hasPrefix("from "), let r = TitleText.find(" for ", in: lower).first else { return false }
            let author = lower[..<r.lowerBound]
            guard !author.contains(","), !author.contains(":"), TitleText.find(" to ", in: String(author)).isEmpty else { return false }
            forRange = r
        }
        return namesMeetingAsOccasion(String(after[forRange.upperBound...]))
    }

    /// **Convention: a document addressed to someone for a meeting is the message alone** — `Memorandum from A to C for
    /// the Chancellor's Talks with B`, `Briefing Paper from A to C for the President's Meeting with B`, `Note by A to C for
    /// the Forthcoming Visit of B`: after a document word, its author's `from|by A` and an addressee's `to C`, a `for`
    /// whose phrase names a meeting or visit as the occasion (`namesMeetingAsOccasion`) names the talk the paper prepares,
    /// which is its subject, not the record's act. The `for` phrase is cut up to its comma or colon (what follows stays):
    /// the head is read as `DOCUMENT from A to C`. (Without an addressee, `isDocumentForMeeting` reads no act at all.)
    static func droppingOccasionAfterAddressee(_ title: String) -> String? {
        guard ByteSearch.mayContainCaseInsensitive(title, " for "), title.utf8.count <= 400,
              let opening = typeOpeningAfterModifiers(title) else { return nil }
        let after = String(opening.after)
        let lower = after.lowercased()
        // Offsets in `lower` stand for those in `after` only where lower-casing keeps the length.
        guard lower.count == after.count else { return nil }
        let trimmed = lower.drop { $0 == " " }
        let padded = " " + lower
        guard trimmed.hasPrefix("from ") || trimmed.hasPrefix("by ") || trimmed.hasPrefix("to "),
              let to = TitleText.find(" to ", in: padded).first else { return nil }
        guard let occasion = TitleText.find(" for ", in: padded, from: to.upperBound).first(where: {
            namesMeetingAsOccasion(String(after.dropFirst(padded.distance(from: padded.startIndex, to: $0.upperBound) - 1))) })
        else { return nil }
        let forOffset = padded.distance(from: padded.startIndex, to: occasion.lowerBound) - 1
        guard forOffset > 0 else { return nil }
        let fromFor = lower.dropFirst(forOffset)
        let keptOffset = fromFor.firstIndex { $0 == "," || $0 == ":" || $0 == ";" }.map { lower.distance(from: lower.startIndex, to: $0) }
        let head = String(after.prefix(forOffset))
        let kept = keptOffset.map { String(after.dropFirst($0)) } ?? ""
        return String(title[..<opening.after.startIndex]) + head + kept
    }

    /// The phrase after `for` names a meeting or visit as its occasion: `[the|a] [A's] [modifier] MEETING-NOUN`, where the
    /// possessive holder is at most eight words and the phrase runs to the first comma or colon.
    static func namesMeetingAsOccasion(_ phrase: String) -> Bool {
        let clause = phrase.prefix { $0 != "," && $0 != ":" && $0 != ";" }
        var words = clause.split(separator: " ").prefix(14).map { String($0) }
        if let first = words.first, ["the", "a", "an"].contains(first.lowercased()) { words.removeFirst() }
        guard !words.isEmpty else { return false }
        let joinedLower = words.joined(separator: " ").lowercased()
        if recordingNoteEnds.contains(where: { joinedLower == $0 || joinedLower.hasPrefix($0 + " ") }) { return false }
        func opensMeetingNoun(_ index: Int) -> Bool {
            var i = index
            while i < words.count, meetingPlanModifiers.contains(words[i].lowercased()) || Lexicon.isOrdinal(words[i]) { i += 1 }
            guard i < words.count else { return false }
            let rest = words[i...].joined(separator: " ").lowercased()
            return (Lexicon.meetingNouns + Lexicon.visitNouns).contains { noun in
                rest == noun || rest.hasPrefix(noun + " ") }
        }
        if opensMeetingNoun(0) { return true }
        guard let holderEnd = words.prefix(8).firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") || $0.hasSuffix("s'") }),
              words[...holderEnd].allSatisfy({ $0.first?.isUppercase == true || Lexicon.connectives.contains($0.lowercased()) })
        else { return false }
        return opensMeetingNoun(holderEnd + 1)
    }

    /// `Chapter 3: REST`, `Part II. REST`, `Introduction: REST`, `Chapter Three — REST`: the text after the label, its
    /// number and the colon, period or dash; nil when the label opens no heading (`Part of a Letter …`).
    static func afterSectionLabel(_ title: String) -> String? {
        var words = title.split(separator: " ", maxSplits: 3).map(String.init)
        guard !words.isEmpty else { return nil }
        func closes(_ word: String) -> Bool { word.hasSuffix(":") || word.hasSuffix(".") }
        if closes(words[0]) { return words.dropFirst().joined(separator: " ") }
        guard words.count >= 2 else { return words.count == 1 ? "" : nil }
        let number = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ":."))
        let numbered = number.first?.isNumber == true || isRomanNumeral(number) || Lexicon.isOrdinal(number)
            || cardinals.contains(number.lowercased())
        guard numbered else { return nil }
        if closes(words[1]) { return words.dropFirst(2).joined(separator: " ") }
        if words.count >= 3, ["-", "–", "—"].contains(words[2]) { words.removeFirst(3); return words.joined(separator: " ") }
        return words.count == 2 ? "" : nil
    }

    static let cardinals: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen", "twenty"]

    static func isRomanNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.count <= 7 && word.allSatisfy { "IVXLC".contains($0) }
    }

    /// `From A to B` with no document word is a letter head of an edition only when its ends name correspondents:
    /// a subtitle after a colon (`From Stalin to Khrushchev: Soviet Policy`), an end that is an abstract noun
    /// (`Revolution`, `Confrontation`), one word at each end (`From Yalta to Potsdam`: a surname or a place alone is
    /// too little for an edition's head), or an end that opens with `the` and holds no office, institution or form of
    /// address (`the Cold War`) make it the heading of a topic.
    static func isTopicFromTo(_ title: String) -> Bool {
        let body = String(title.dropFirst(5))
        guard let to = TitleText.find(" to ", in: body).first else { return false }
        let sender = String(body[..<to.lowerBound])
        // `From the Diary of A, Memorandum of Conversation between B and the Ambassador to C`: an edition's lead-in
        // (a comma, a document word) before the `to` is no topic's first end; the general grammar reads the head.
        // `From the Journal of the Polish Ambassador to China, A: …`: a journal's lead-in likewise.
        guard !sender.contains(","), !sender.split(separator: " ").contains(where: {
            let key = NamePhrase.wordKey(String($0))
            return Lexicon.classes(of: key).contains(.documentWord) || TitleGrammar.journalNouns.contains(key) }) else { return false }
        var recipient = String(body[to.upperBound...])
        if let colon = recipient.firstIndex(of: ":") {
            let subtitle = recipient[recipient.index(after: colon)...].trimmingSpaces()
            if subtitle.first?.isUppercase == true { return true }
            recipient = String(recipient[..<colon])
        }
        // A dateline or a subject after a comma is the general grammar's: the ends are read before it.
        if let comma = recipient.firstIndex(of: ",") { recipient = String(recipient[..<comma]) }
        let ends = [sender, recipient].map { $0.split(separator: " ").map(String.init) }
        if ends.contains(where: { $0.contains(where: TitleGrammar.isAbstractNoun) }) { return true }
        let bare = ends.allSatisfy { end in
            end.count == 1 && !end[0].contains(".") && !Lexicon.honorifics.contains(NamePhrase.wordKey(end[0]))
                && !Lexicon.offices.contains(NamePhrase.wordKey(end[0])) && !Lexicon.institutionHeads.contains(NamePhrase.wordKey(end[0]))
        }
        if bare { return true }
        // A post or body named by its complement (`the Lords of the Treasury`, `the Keeper of the Archive`) is a correspondent.
        return ends.contains { end in
            guard end.first.map(NamePhrase.wordKey) == "the", end.count >= 2 else { return false }
            return !end.dropFirst().contains { word in
                let key = NamePhrase.wordKey(word)
                let singular = key.hasSuffix("s") ? String(key.dropLast()) : key
                return [key, singular].contains { Lexicon.offices.contains($0) || Lexicon.institutionHeads.contains($0)
                    || Lexicon.honorifics.contains($0) || OfficeHeads.isOfficeWord($0) }
                    || Lexicon.nationalities.contains(key) || key == "of" || key == "for"
            }
        }
    }

    // MARK: What registers print after the head

    /// Marks of how a telegram travelled and was classed, printed after a British or Irish head without
    /// parentheses: the register's marks (`LetterEditions.registerMarks`) and the telegraph office's precedences.
    static let trailerMarks: Set<String> = LetterEditions.registerMarks.union([
        "saving", "most immediate", "emergency", "priority", "restricted", "routine", "flash", "operational immediate",
        "deferred", "copy", "en clair", "by bag", "secret and personal", "top secret and personal", "personal and confidential",
        "personal and private",
        // How the text came, besides the bag and the post (`Telegraphic: by telephone`).
        "by telephone", "by wireless", "by cable", "by courier", "by messenger", "by air mail", "by safe hand",
        // The German edition's precedences of a telegram (`Telegram No. 1544. Citissime`).
        "cito", "citissime", "citissime nachts",
    ])

    static let trailerMarkLastWords: Set<String> = Set(trailerMarks.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// `HEAD No. 312 Telegraphic [C 1234/5/18]`, `HEAD (No. 18/30) (Confidential)`, `HEAD, Telegram EX-1234`: the
    /// register's number and marks, the file reference in square brackets, stacked editor's notes in parentheses and
    /// a document word with its number, printed after the addressee, name no one. Cut from the end (a few passes).
    static func closingTrailer(_ title: String) -> String {
        // A comma or colon left closing the head once a mark after it is gone (`… Telegraphic,`) is kept if nothing is cut.
        var unclosed = title
        while let last = unclosed.last, last == "," || last == ";" || last == ":" || last == " " { unclosed.removeLast() }
        let cut = closingTrailerOfClosedHead(unclosed)
        return cut == unclosed ? title : cut
    }

    static func closingTrailerOfClosedHead(_ title: String) -> String {
        // Each form ends in a bracket, a digit, or a mark's word: other titles are left at once. When the last two bytes are
        // ASCII other than CR, the last character is the last byte (an ASCII scalar joins no scalar before it), read as a byte.
        let lastByte: UInt8?? = title.utf8.withContiguousStorageIfAvailable { b -> UInt8? in
            b.count >= 2 && b[b.count - 1] < 0x80 && b[b.count - 2] < 0x80 && b[b.count - 2] != 0x0D ? b[b.count - 1] : nil
        }
        if let byte = lastByte ?? nil {
            guard byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".") || ASCIIWords.isAlphanumeric(byte)
            else { return title }
        } else {
            guard let last = title.last, last == "]" || last == ")" || last.isNumber || last.isLetter || last == "." else { return title }
        }
        var out = title
        for _ in 0..<6 {
            let before = out
            out = cuttingStopAfterBracket(out)
            out = cuttingFileReference(out)
            out = cuttingStackedNote(out)
            out = cuttingRegisterParenthesis(out)
            // A document word's own number (`, Despatch No. 12`) is cut with its word, before a register's `No.` alone.
            out = cuttingDocumentNumber(out)
            out = cuttingNumberAndMarks(out)
            if out == before { break }
        }
        return out
    }

    /// `A (Paris) to B (Received May 2). No. 140`: once the number is cut, the stop after the last bracket closes the
    /// head as a sentence does, and leaves the note in parentheses at the end, where the normaliser reads it.
    static func cuttingStopAfterBracket(_ title: String) -> String {
        guard title.utf8.last == UInt8(ascii: "."), title.hasSuffix(").") || title.hasSuffix("].") else { return title }
        return String(title.dropLast())
    }

    /// `… [C 1234/5/18]`, `… [WF 10345/7]`, `… [CAB 128/15]`, `… [CP(52)123]`: a registry's file reference — one to
    /// five capital letters, then digits with a slash or parenthesis — at the end of a head.
    static func cuttingFileReference(_ title: String) -> String {
        guard title.utf8.last == UInt8(ascii: "]"), title.hasSuffix("]"), let open = title.lastIndex(of: "[") else { return title }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
        let letters = inside.prefix { $0.isUppercase && $0.isASCII }
        let rest = inside.dropFirst(letters.count).drop { $0 == " " }
        guard (1...5).contains(letters.count), rest.first?.isNumber == true,
              rest.contains(where: { $0 == "/" || $0 == "(" }),
              rest.allSatisfy({ $0.isNumber || "/()-. ".contains($0) || ($0.isUppercase && $0.isASCII) }) else { return title }
        return String(title[..<open]).trimmingSpaces()
    }

    /// `A to B (Dublin) (No. 18/30) (Confidential)`: editor's notes in parentheses after another bracket; the last
    /// one before the head's end is left to the name grammar, which reads a place or a note there.
    static func cuttingStackedNote(_ title: String) -> String {
        guard title.utf8.last == UInt8(ascii: ")"), title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return title }
        let head = String(title[..<open]).trimmingSpaces()
        guard head.hasSuffix(")") || head.hasSuffix("]") else { return title }
        let inside = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
        let folded = NameFolding.fold(inside)
        let numbered = inside.hasPrefix("No. ") && inside.dropFirst(4).allSatisfy { $0.isNumber || "/-.".contains($0) }
        guard numbered || LetterEditions.isRegisterNote(folded) || trailerMarks.contains(folded)
                || ["received", "sent", "copy"].contains(folded.prefix { $0 != " " }) else { return title }
        return head
    }

    /// **Convention: a register's trailer in parentheses names no one** (the Japanese, Italian and other series): `A to
    /// B (Telegram No. 88, Top Secret)`, `A to B, Y (Telegram 118/45, Confidential)`, `A to B (Despatch No. 12)` — a closing
    /// parenthesis whose first item is a document word with its number (`isDocumentWordAndNumber`) and whose other
    /// items, after commas, are the register's marks (`trailerMarks`: Secret, Urgent, Confidential …) is the document's
    /// register entry, cut wherever it stands after the head. The head before it must still read `… to …`.
    static func cuttingRegisterParenthesis(_ title: String) -> String {
        guard title.utf8.last == UInt8(ascii: ")"), let open = title.lastIndex(of: "(") else { return title }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)]
        let items = inside.split(separator: ",").map { $0.trimmingSpaces() }
        guard let first = items.first, isDocumentWordAndNumber(Substring(first)),
              items.dropFirst().allSatisfy({ trailerMarks.contains(NameFolding.fold($0)) }) else { return title }
        let head = String(title[..<open]).trimmingSpaces()
        guard !TitleText.find(" to ", in: head).isEmpty else { return title }
        return head
    }

    /// `A to B No. 312 Telegraphic`, `A (Paris) to B, No. 87 Telegraphic: by bag`, `(Paris), Telegraphic, Most
    /// Immediate`: the register's number and marks without parentheses. A number needs `No.` before it; marks alone
    /// need a bracket or comma before them (`LetterEditions.droppingTrailingRegisterMark` reads one mark so).
    static func cuttingNumberAndMarks(_ title: String) -> String {
        // The last word is a mark or a number (most titles end otherwise): looked up before the title is split.
        let lastWord = asciiLastWordKey(title) ?? String(title.suffix(24).reversed().prefix { $0 != " " }.reversed()
            .filter { !",.:;".contains($0) }).lowercased()
        // (An ASCII first byte is the first character's first scalar, which `isNumber` reads.)
        let opensWithNumber = lastWord.utf8.first.map { $0 < 0x80 ? isASCIIDigit($0) : lastWord.first?.isNumber == true } ?? false
        guard opensWithNumber || trailerMarkLastWords.contains(lastWord) else { return title }
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 4 else { return title }
        // Read the marks from the end, word runs of one to three words, then an optional `No. N`.
        var end = words.count
        var marks = 0
        func key(_ run: ArraySlice<Substring>) -> String {
            NameFolding.fold(run.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.:;")))
        }
        while end > 0 {
            guard let length = [3, 2, 1].first(where: { end - $0 >= 0 && trailerMarks.contains(key(words[(end - $0)..<end])) }) else { break }
            end -= length
            marks += 1
        }
        // `. Telegram No. 1544. Citissime`: a `No.` after a document word is that document's number, cut with its word.
        if marks > 0, end >= 3, words[end - 1].last == "." {
            let markless = words[..<end].joined(separator: " ")
            if cuttingDocumentNumberAtEnd(markless) != markless, !TitleText.find(" to ", in: markless).isEmpty { return markless }
        }
        var numbered = false
        if end >= 2, ["no.", "no", "nos."].contains(words[end - 2].lowercased()),
           words[end - 1].first?.isNumber == true,
           words[end - 1].trimmingCharacters(in: CharacterSet(charactersIn: ",.:;")).allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" }) {
            end -= 2
            numbered = true
        }
        guard numbered || marks > 0, end >= 3 else { return title }
        let kept = words[..<end].joined(separator: " ")
        // Marks alone close a head only after a bracket or comma, or after a document word's number and its stop
        // (`. Telegram EX-1234. Top Secret`); a number after `No.` closes it after a name too.
        guard numbered || kept.last.map({ ")],".contains($0) }) == true
                || kept.last == "." && (cuttingDocumentNumberAtEnd(kept) != kept || closesName(kept)) else { return title }
        // The head must still read `… to …`.
        guard !TitleText.find(" to ", in: kept).isEmpty else { return title }
        var head = kept.trimmingSpaces()
        while head.last == "," || head.last == ":" || head.last == ";" { head.removeLast() }
        return head
    }

    /// `… to Mr. Penhale.`: the full stop after a word of three letters or more that is no form of address or abbreviation
    /// closes the head, so marks may follow it (`. Personal and Confidential`); after an initial (`Sir R.`) it does not.
    static func closesName(_ kept: String) -> Bool {
        guard let last = kept.split(separator: " ").last else { return false }
        let word = last.dropLast()
        return word.count >= 3 && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } && word.first?.isUppercase == true
            && !Lexicon.honorifics.contains(word.lowercased())
    }

    /// The last word as `cuttingNumberAndMarks` keys it (after the last space, without `,.:;`, lower-cased), read over
    /// bytes when the word, the space before it and the byte before that are printable ASCII and the word is shorter than
    /// 24 bytes (then its bytes are its characters); nil otherwise, for the character reading.
    static func asciiLastWordKey(_ title: String) -> String? {
        title.utf8.withContiguousStorageIfAvailable { b -> String? in
            let n = b.count
            var i = n - 1
            while i >= 0, n - i <= 24, b[i] != 0x20 {
                guard b[i] >= 0x21, b[i] < 0x7F else { return nil }
                i -= 1
            }
            guard i >= 1, n - i <= 24, b[i] == 0x20, b[i - 1] >= 0x20, b[i - 1] < 0x7F else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(n - i - 1)
            for byte in b[(i + 1)...] where byte != 0x2C && byte != 0x2E && byte != 0x3A && byte != 0x3B {
                key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return String(decoding: key, as: UTF8.self)
        } ?? nil
    }

    /// `A to B, Telegram EX-1234`, `A to B, Cablegram 345`, `A to B, Despatch No. 12`: a document word and its number
    /// after the addressee, as the Dominion editions print them, name no one.
    static func cuttingDocumentNumber(_ title: String) -> String {
        let cut = cuttingDocumentNumberAtEnd(title)
        // (The last character's class is read from its byte when it is ASCII: `asciiLastByte`.)
        let last = asciiLastByte(title)
        if cut == title, last.map(isASCIILetter) ?? (title.last?.isLetter == true), let placed = cuttingDocumentNumberBeforePlace(title) { return placed }
        guard cut == title, last.map(isASCIIDigit) ?? (title.last?.isNumber == true) else { return cut }
        // `A to B, Telegram EX-1234, Ottawa, May 3, 1950`: the document's number before a dateline goes with it.
        let undated = OfficeHeads.cuttingDateLine(title)
        guard undated != title else { return title }
        let cutUndated = cuttingDocumentNumberAtEnd(undated)
        return cutUndated != undated ? cutUndated : title
    }

    /// `A to B. Cablegram 88, Djakarta`: the Dominion editions print where the document was sent from after its word and
    /// number, with no date when the editor has none; one to three capitalised words after the last comma, known to the
    /// gazetteer or not, go with the number before them.
    static func cuttingDocumentNumberBeforePlace(_ title: String) -> String? {
        // The number before the place must be a digit: an ASCII title with no digit byte holds none (tested on bytes,
        // since this runs on every title's trailer and most hold no number).
        // An ASCII title is read in one pass over its bytes (its digits, its last comma, the words after that comma), so
        // that most are left before a Character is formed: in ASCII a comma is a Character of its own.
        let scan = asciiLastCommaScan(title)
        if let scan {
            guard scan.holdsDigit, let offset = scan.lastComma, (1...3).contains(scan.wordsAfterComma) else { return nil }
        } else {
            guard title.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }) else { return nil }
        }
        guard let comma = scan?.lastComma.map({ title.utf8.index(title.utf8.startIndex, offsetBy: $0) }) ?? title.lastIndex(of: ",")
        else { return nil }
        let place = title[title.index(after: comma)...].split(separator: " ")
        guard (1...3).contains(place.count), place.allSatisfy({ word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
        }), !place.contains(where: { trailerMarks.contains(NameFolding.fold(String($0))) }) else { return nil }
        let head = String(title[..<comma]).trimmingSpaces()
        let cut = cuttingDocumentNumberAtEnd(head)
        return cut == head ? nil : cut
    }

    /// The last byte of `title` when it is the whole last character: it and the byte before it are ASCII and that byte
    /// is no CR (an ASCII scalar joins no scalar before it, and only CR joins the LF after it). For an ASCII character,
    /// `isLetter` is A–Z or a–z and `isNumber` is 0–9 (both read the first scalar).
    static func asciiLastByte(_ title: String) -> UInt8? {
        let byte: UInt8?? = title.utf8.withContiguousStorageIfAvailable { b -> UInt8? in
            b.count >= 2 && b[b.count - 1] < 0x80 && b[b.count - 2] < 0x80 && b[b.count - 2] != 0x0D ? b[b.count - 1] : nil
        }
        return byte ?? nil
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    @inline(__always) static func isASCIIDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    /// For an all-ASCII title: whether it holds a digit, the byte offset of its last comma, and how many space-separated
    /// words follow that comma (`split(separator: " ")` of the rest); nil for a title with a non-ASCII byte.
    static func asciiLastCommaScan(_ title: String) -> (holdsDigit: Bool, lastComma: Int?, wordsAfterComma: Int)? {
        let scan: (holdsDigit: Bool, lastComma: Int?, wordsAfterComma: Int)?? = title.utf8.withContiguousStorageIfAvailable { bytes in
            var digit = false, comma: Int?, words = 0, inWord = false
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if b >= 0x30 && b <= 0x39 { digit = true }
                if b == UInt8(ascii: ",") {
                    comma = i; words = 0; inWord = false
                } else if b == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    words += 1; inWord = true
                }
            }
            return (digit, comma, words)
        }
        return scan ?? nil
    }

    static func cuttingDocumentNumberAtEnd(_ title: String) -> String {
        // A closing number (perhaps with its full stop) is tested before any separator is searched for by character; an
        // ASCII last character other than a digit or a stop rules it out from its byte.
        if let byte = asciiLastByte(title), !isASCIIDigit(byte), byte != UInt8(ascii: ".") { return title }
        guard let last = title.last, last.isNumber || last == "." && title.dropLast().last?.isNumber == true else { return title }
        if ByteSearch.holds(UInt8(ascii: ","), in: title), let comma = title.lastIndex(of: ","),
           isDocumentWordAndNumber(title[title.index(after: comma)...]) {
            let head = String(title[..<comma])
            if !TitleText.find(" to ", in: head).isEmpty { return head }
        }
        // `A to B. Telegram EX-1234`, `A to B. Circular Telegram D. 1265`: the Dominion editions print the document word on a
        // line of its own, which a flat catalogue joins with a full stop. The stop may also close an initial of the number
        // (`D. 1265`), so each of the last few stops is tried, from the end.
        guard ByteSearch.holds(UInt8(ascii: "."), in: title) else { return title }
        var end = title.endIndex
        for _ in 0..<3 {
            guard let stop = title[..<end].range(of: ". ", options: .backwards) else { break }
            end = stop.lowerBound
            guard isDocumentWordAndNumber(title[stop.upperBound...]) else { continue }
            let head = String(title[..<stop.lowerBound])
            return TitleText.find(" to ", in: head).isEmpty ? title : head
        }
        return title
    }

    /// `Telegram EX-1234`, `Despatch 611`, `Letter No. 12`, `Circular Telegram D. 1265`, `Secret Savingram 45.`: a document
    /// word of the lexicon, perhaps after document modifiers (`Circular`, `Secret`, `Personal`), and the number a registry
    /// gives it — one word with a digit (`EX-1234`, `WA-88`, `611`, `12/3`), after `No.` or after a series letter and its
    /// stop (`D. 1265`).
    static func isDocumentWordAndNumber(_ tail: Substring) -> Bool {
        var text = Substring(tail.trimmingSpaces())
        if text.hasSuffix(".") { text = text.dropLast() }
        guard text.first?.isUppercase == true, text.count <= 48 else { return false }
        // Document modifiers stand before the word (`Circular Telegram`, `Most Secret Cablegram`); a modifier that is a
        // document type of its own (`Circular`) is one only with a number after it.
        var words = text.split(separator: " ")
        // Each reading after zero to three modifiers (`Most Secret Cablegram`) is tried.
        for _ in 0..<4 {
            if isBareDocumentWordAndNumber(words) { return true }
            guard words.count > 2, Lexicon.documentModifiers.contains(words[0].lowercased()) else { return false }
            words.removeFirst()
        }
        return false
    }

    /// `isDocumentWordAndNumber` after the modifiers: the document word and the number.
    static func isBareDocumentWordAndNumber(_ words: [Substring]) -> Bool {
        // `Circular Document B-12`: a registry's `Document` with its number, as the Dominion editions print circulars.
        var number: [String]
        if words.count >= 2, words[0].lowercased() == "document" {
            number = words.dropFirst().map(String.init)
        } else {
            guard let opening = DocumentLeadIn.typeOpening(Substring(words.joined(separator: " "))) else { return false }
            number = opening.after.split(separator: " ").map(String.init)
        }
        if number.count == 2, ["no.", "no", "nos."].contains(number[0].lowercased()) { number.removeFirst() }
        // `D. 1265`: a series of one to three capitals closed by a stop, then the number.
        if number.count == 2, number[0].hasSuffix("."), (2...4).contains(number[0].count),
           number[0].dropLast().allSatisfy({ $0.isUppercase && $0.isASCII }) { number.removeFirst() }
        guard number.count == 1, let word = number.first, word.contains(where: \.isNumber) else { return false }
        return word.allSatisfy { $0.isNumber || $0.isLetter || $0 == "-" || $0 == "/" || $0 == "." }
    }

    // MARK: Authors before the document word

    /// `AUTHOR DOCUMENT-WORD [NUMBER] to B`: an institution printed before the document word (`U.S. Embassy Santiago
    /// cable 4567 to …`, `Department of State telegram 2210 to …`) is the sender, as the National Security Archive
    /// heads its documents; before `DOCUMENT-WORD from A to B` it is the agency the document came out of, and A the
    /// sender (`Department of State Action Memorandum from …`). The author is capitalised words (with `of`, `the`,
    /// `to`, `for`, `in` inside) that hold an institution head (`Lexicon.institutionHeads`).
    static func authorBeforeDocumentWord(_ title: String) -> String? {
        // Only an author holding an institution head is read (below): an ASCII title whose first words hold none is
        // left on its bytes, before it is split.
        if asciiOpeningWordsHoldNoInstitutionHead(title) == true { return nil }
        let words = title.split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true)
        guard words.count >= 4 else { return nil }
        let inner = authorInnerWords
        // A title that opens with its document word has no author before it (most titles).
        guard let first = words.first, first.first?.isUppercase == true, !inner.contains(String(first).lowercased()) else { return nil }
        guard DocumentLeadIn.typeOpening(Substring(title)) == nil else { return nil }
        for k in 1..<min(words.count - 1, 10) {
            let author = words[..<k]
            let last = author[k - 1]
            guard last.first?.isUppercase == true || inner.contains(String(last)),
                  !last.contains(where: { $0 == "," || $0 == ":" || $0 == "'" || $0 == "(" || $0 == "[" }) else { return nil }
            // `to` inside the author only binds a posting (`U.S. Mission to the United Nations`), never a purpose
            // (`Decision to Confirm the Following Directive to …`).
            if last == "to", k >= 2, !OfficeHeads.postingOffices.contains(NamePhrase.wordKey(String(author[k - 2]))) { return nil }
            guard !inner.contains(String(last)) else { continue }
            let rest = words[k...].joined(separator: " ")
            guard let opening = DocumentLeadIn.typeOpening(Substring(rest)) else { continue }
            // Documents sent to someone; `Proposal|Request|Decision to VERB` takes an infinitive instead.
            guard Lexicon.isWire(opening.entry.type) || sentDocuments.contains(opening.entry.type) else { return nil }
            guard author.contains(where: { Lexicon.institutionHeads.contains(NamePhrase.wordKey(String($0))) }) else { return nil }
            let type = rest.prefix(rest.count - opening.after.count)
            var after = opening.after
            // A second document word (`Intelligence Information Report`, `Action Memorandum`) belongs to the type.
            var number = ""
            let numberWord = after.drop { $0 == " " }.prefix { $0 != " " }
            if numberWord.contains(where: \.isNumber), numberWord.first.map({ $0.isNumber || $0.isUppercase }) == true,
               numberWord.allSatisfy({ $0.isNumber || $0.isUppercase || $0 == "-" || $0 == "/" || $0 == "." }) {
                number = " " + numberWord
                after = after.drop { $0 == " " }.dropFirst(numberWord.count)
            }
            let authorText = author.joined(separator: " ")
            if after.hasPrefix(" to ") {
                return String(type).capitalizedFirst + number + " from " + authorText + after
            }
            if after.hasPrefix(" from ") || after.hasPrefix(" for ") && ["memorandum", "memo"].contains(opening.entry.type),
               number.isEmpty {
                return String(type).capitalizedFirst + after
            }
            return nil
        }
        return nil
    }

    /// Lower-case words an author before the document word holds inside it (`U.S. Mission to the United Nations`).
    static let authorInnerWords: Set<String> = ["of", "the", "to", "for", "in", "on"]

    /// For an ASCII title, whether none of the words an author can be made of — the first min(words − 1, 10) − 1 of
    /// the title's space-separated words, as `authorBeforeDocumentWord` splits it (at most 13) — is an institution
    /// head; nil for a title with another byte, which is split and read.
    static func asciiOpeningWordsHoldNoInstitutionHead(_ title: String) -> Bool? {
        // The words are those of `ASCIIWords.spaceSeparated` (cut at space bytes, empty ones dropped), read in place:
        // they are counted (up to 13), and only a word the filter passes becomes a string for its look-up.
        var title = title
        return title.withUTF8 { b -> Bool? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            let n = b.count
            // The range of the word that starts at or after `from`, if any.
            func word(from: Int) -> Range<Int>? {
                var start = from
                while start < n, b[start] == 0x20 { start += 1 }
                guard start < n else { return nil }
                var end = start
                while end < n, b[end] != 0x20 { end += 1 }
                return start..<end
            }
            var count = 0
            var next = 0
            while count < 13, let w = word(from: next) { count += 1; next = w.upperBound }
            guard count >= 4 else { return true }
            next = 0
            for _ in 0..<(min(count - 1, 10) - 1) {
                guard let w = word(from: next) else { break }
                next = w.upperBound
                // The key drops non-alphanumerics at both ends, as `ASCIIWords.key` does.
                var lo = w.lowerBound, hi = w.upperBound
                while lo < hi, !ASCIIWords.isAlphanumeric(b[lo]) { lo += 1 }
                while hi > lo, !ASCIIWords.isAlphanumeric(b[hi - 1]) { hi -= 1 }
                guard institutionHeadFilter.mayHold(key: b[lo..<hi]) else { continue }
                let printed = String(decoding: UnsafeBufferPointer(rebasing: b[w]), as: UTF8.self)
                if Lexicon.institutionHeads.contains(NamePhrase.wordKey(printed)) { return false }
            }
            return true
        }
    }

    /// A bit filter in front of `Lexicon.institutionHeads`: most words are ruled out on their bytes.
    static let institutionHeadFilter = WordFilter(Lexicon.institutionHeads)

    /// Document types an author before the document word sends to an addressee (besides the wires, `Lexicon.isWire`).
    static let sentDocuments: Set<String> = [
        "letter", "memorandum", "memo", "message", "note", "report", "minute", "note verbale", "aide-memoire", "aide memoire",
        "aide-mémoire", "action memorandum", "information memorandum", "intelligence memorandum", "circular", "political report",
        "backchannel message", "back channel message", "oral message", "verbal message", "diplomatic note",
    ]

    /// Diplomatic posts that an archive names by their city without `in` (`U.S. Embassy Santiago`, `Embassy Tehran`).
    static let postsAtCity: Set<String> = ["embassy", "consulate", "legation", "consulate-general"]

    /// Stems of the posts (`postsAtCity`) as lower-case bytes: `embass`, `consulat`, `legation`.
    static let postStems: [[UInt8]] = ["embass", "consulat", "legation"].map { Array($0.utf8) }

    /// Whether `title` may name a post: an ASCII title holds a stem of `postStems` in any case (what
    /// `ByteSearch.mayContainCaseInsensitive` says of each stem, in one pass for all three); any other title may.
    static func mayNamePost(_ title: String) -> Bool {
        let stems = postStems
        var title = title
        return title.withUTF8 { b -> Bool in
            if b.contains(where: { $0 >= 0x80 }) { return true }
            // `x | 0x20` is a lower-case letter only for that letter in either case.
            for i in b.indices {
                let first = b[i] | 0x20
                guard first == UInt8(ascii: "e") || first == UInt8(ascii: "c") || first == UInt8(ascii: "l") else { continue }
                stems: for stem in stems where stem[0] == first && i + stem.count <= b.count {
                    for k in 1..<stem.count where b[i + k] | 0x20 != stem[k] { continue stems }
                    return true
                }
            }
            return false
        }
    }

    /// Words before a post that say whose it is: a nationality, or the abbreviations of a state.
    static let postOwners: Set<String> = ["u.s.", "us", "u.k.", "uk", "usa", "american", "british"]

    /// `U.S. Embassy Santiago` → `U.S. Embassy in Santiago`, `to Embassy Port Vell` → `to Embassy in Port Vell`: the one to
    /// three capitalised words after a post (opening the title, after `from`/`to`, or after a nationality or state's
    /// abbreviation) that name no office, body, document or place class of the lexicon are its city, as `in` would
    /// print it; otherwise the grammar would read the post as an office and the city as its holder.
    static func postsAtCities(_ title: String) -> String {
        guard mayNamePost(title) else { return title }
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        var insertions: [Int] = []
        while i < words.count {
            defer { i += 1 }
            guard postsAtCity.contains(words[i].lowercased()), i + 1 < words.count else { continue }
            let before = i > 0 ? words[i - 1].lowercased() : ""
            guard i == 0 || ["to", "from", "and"].contains(before) || postOwners.contains(before)
                    || Lexicon.nationalities.contains(NamePhrase.wordKey(words[i - 1])) else { continue }
            var j = i + 1
            while j < words.count, j - i <= 3 {
                let word = words[j].trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
                let key = NamePhrase.wordKey(word)
                guard word.first?.isUppercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }),
                      Lexicon.classes(of: Substring(word)).isEmpty || Gazetteer.placeWords.contains(key),
                      DocumentLeadIn.typeOpening(Substring(word)) == nil else { break }
                j += 1
                if words[j - 1].last.map({ ",;:".contains($0) }) == true { break }
            }
            if j > i + 1 { insertions.append(i + 1) }
        }
        for k in insertions.reversed() { words.insert("in", at: k) }
        return insertions.isEmpty ? title : words.joined(separator: " ")
    }

    /// **Convention: a post named by its city is named as printed** — `U.S. Embassy Moscow`, `US Embassy Bonn`, `British
    /// Embassy Paris`, `Embassy Port Vell`: `postsAtCities` reads the post with `in` before its city, so that the grammar
    /// takes it as one post; the correspondent is then named as the title prints it, without the `in` (no reader would
    /// accept `American Embassy in Moscow` as that record's form). A post printed with `in` keeps it.
    static func namingPostsAsPrinted(_ reading: TitleReading, title: String) -> TitleReading {
        guard mayNamePost(title), !reading.messages.isEmpty || !reading.conversations.isEmpty else { return reading }
        let printed = TitleText.normalize(title)
        func named(_ mention: NameMention) -> NameMention {
            guard mention.kind == .institution, let post = printedPostAtCity(mention.text, in: printed) else { return mention }
            var renamed = mention
            renamed.text = post
            return renamed
        }
        var out = reading
        for i in out.messages.indices {
            out.messages[i].from = out.messages[i].from.map(named)
            out.messages[i].to = out.messages[i].to.map(named)
            out.messages[i].via = out.messages[i].via.map(named)
        }
        for i in out.conversations.indices { out.conversations[i].participants = out.conversations[i].participants.map(named) }
        return out
    }

    /// `U.S. Embassy in Moscow` → `U.S. Embassy Moscow` when the title prints the post word right before the city (`Embassy
    /// Moscow`, in any case) and never with `in` between them; nil otherwise.
    static func printedPostAtCity(_ name: String, in title: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard let post = words.indices.first(where: { i in
            i + 2 < words.count && postsAtCity.contains(words[i].lowercased()) && words[i + 1] == "in" }) else { return nil }
        let city = words[(post + 2)...].joined(separator: " ")
        guard title.range(of: words[post] + " " + city, options: .caseInsensitive) != nil,
              title.range(of: words[post] + " in " + city, options: .caseInsensitive) == nil else { return nil }
        return (words[...post] + words[(post + 2)...]).joined(separator: " ")
    }

    /// `Sir P. Dunmore (United Kingdom Delegation to the United Nations, New York) to …`: a parenthesis after a person
    /// addressed by a form of address that holds an institution (and perhaps its city) names where the person served,
    /// as `(Berlin)` does: no second correspondent. (The reverse, an institution with its signer in parentheses, is
    /// `OfficeHeads`'.)
    static func droppingPostsInParentheses(_ title: String) -> String {
        guard ByteSearch.holds(UInt8(ascii: "("), in: title), ByteSearch.holds(UInt8(ascii: ")"), in: title),
              title.contains("("), title.contains(")") else { return title }
        var out = title
        var search = out.startIndex
        for _ in 0..<4 {
            guard let open = out[search...].firstIndex(of: "("), let close = out[open...].firstIndex(of: ")") else { break }
            search = out.index(after: open)
            let inside = out[out.index(after: open)..<close]
            let insideWords = inside.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
            let before = out[..<open].split(separator: " ").suffix(4)
            guard insideWords.count <= 12, insideWords.contains(where: Lexicon.institutionHeads.contains),
                  !insideWords.contains("via"), before.last?.first?.isUppercase == true,
                  before.dropLast().contains(where: { Lexicon.honorifics.contains(NamePhrase.wordKey(String($0))) || $0 == "M." }),
                  !before.contains(where: { Lexicon.institutionHeads.contains(NamePhrase.wordKey(String($0))) }) else { continue }
            var lower = open
            while lower > out.startIndex, out[out.index(before: lower)] == " " { lower = out.index(before: lower) }
            out.removeSubrange(lower...close)
            search = lower
        }
        return out
    }

    // MARK: Routing lines of a memorandum

    /// `Memorandum for B, Subject: …`, `MEMORANDUM FOR: B FROM: A SUBJECT: …`: the agency's routing line names the
    /// addressee after `for` and the sender after `FROM:`; `for the Record` and `for the Files` name no one (read
    /// elsewhere). Rewritten to `Memorandum [from A] to B`.
    static func routingMemorandum(_ title: String) -> String? {
        // Both forms open with `m`: a title opening with another ASCII byte is not lower-cased.
        if let first = title.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "m") { return nil }
        let lower = title.lowercased()
        guard let type = ["memorandum for", "memo for"].first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = String(title.dropFirst(type.count)).trimmingSpaces()
        let colonRouted = rest.hasPrefix(":")
        if colonRouted { rest = String(rest.dropFirst()).trimmingSpaces() }
        let restLower = rest.lowercased()
        guard !["the record", "record", "the file", "the files", "file", "files"].contains(where: { restLower.hasPrefix($0) }) else { return nil }
        // The subject line ends the addressee; a `FROM:` line before it names the sender.
        guard let subject = restLower.range(of: "subject:") ?? (colonRouted ? restLower.range(of: " re:") : nil)
                ?? restLower.range(of: "from:") else {
            // `Memorandum for the Taoiseach`, `Memorandum for Prime Minister`: with no routing lines, the `for` still
            // addresses a correspondent (`isAddresseeAfterFor`); `for the Secretary's Meeting with …` prepares a talk.
            guard !colonRouted, isAddresseeAfterFor(rest, afterDomain: false) else { return nil }
            return "Memorandum to " + rest
        }
        var addressee = String(rest[..<rest.index(rest.startIndex, offsetBy: restLower.distance(from: restLower.startIndex, to: subject.lowerBound))])
        var sender = ""
        if let from = addressee.lowercased().range(of: "from:") {
            let offset = addressee.lowercased().distance(from: addressee.lowercased().startIndex, to: from.lowerBound)
            let fromStart = addressee.index(addressee.startIndex, offsetBy: offset)
            sender = String(addressee[addressee.index(fromStart, offsetBy: 5)...])
            addressee = String(addressee[..<fromStart])
        } else if restLower[subject].hasPrefix("from:") {
            let afterFrom = String(rest[rest.index(rest.startIndex, offsetBy: restLower.distance(from: restLower.startIndex, to: subject.upperBound))...])
            sender = afterFrom
            if let s = sender.range(of: "subject:", options: .caseInsensitive) { sender = String(sender[..<s.lowerBound]) }
        }
        func cleaned(_ s: String) -> String {
            var t = s.trimmingSpaces()
            while let c = t.last, ",;:.".contains(c) { t.removeLast(); t = t.trimmingSpaces() }
            return t
        }
        // `MEMORANDUM FOR: B; VIA: C; FROM: A`: the officer the memorandum passes through on its way to B relays it.
        var relay = ""
        if let via = addressee.range(of: "via:", options: .caseInsensitive) {
            relay = cleaned(String(addressee[via.upperBound...]))
            addressee = String(addressee[..<via.lowerBound])
        }
        addressee = cleaned(addressee)
        sender = cleaned(sender)
        guard !addressee.isEmpty, addressee.first?.isUppercase == true || addressee.lowercased().hasPrefix("the ") else { return nil }
        let relayed = relay.isEmpty ? "" : " [via " + relay + "]"
        return (sender.isEmpty ? "Memorandum to " + addressee : "Memorandum from " + sender + " to " + addressee) + relayed
    }

    // MARK: Abbreviated records

    /// The National Security Archive's and the presidential libraries' abbreviations of a record of a talk, opening a
    /// head: `Telcon` (a telephone conversation), `Memcon` (a memorandum of conversation).
    static let recordAbbreviations: [String: String] = [
        "telcon": "Telephone Conversation", "telecon": "Telephone Conversation", "memcon": "Memorandum of Conversation",
    ]
    static let recordAbbreviationLengths = Set(recordAbbreviations.keys.map(\.utf8.count))

    /// **Convention: `Telcon|Memcon between A and B`, `Memcon, A and B`** — an abbreviated record opening the head is the
    /// record it abbreviates (`Telephone Conversation between A and B`), read as such. Nil for any other title.
    static func expandingRecordAbbreviation(_ title: String) -> String? {
        guard let first = title.utf8.first, first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "m") else { return nil }
        // An opening run of ASCII letters followed by an ASCII byte (or the end) is the opening word: one of another length
        // than every abbreviation's is left without reading characters (most titles open with `Telegram`, `Memorandum` …).
        let asciiLength: Int?? = title.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var n = 0
            while n < b.count, isASCIILetter(b[n]) { n += 1 }
            return n == b.count || b[n] < 0x80 ? n : nil
        }
        if let length = asciiLength ?? nil, !recordAbbreviationLengths.contains(length) { return nil }
        let word = title.prefix { $0.isLetter }
        guard let full = recordAbbreviations[word.lowercased()], title.count > word.count + 1 else { return nil }
        let rest = title.dropFirst(word.count)
        guard rest.first == " " || rest.first == "," || rest.first == ":" else { return nil }
        return full + rest
    }

    // MARK: The addressee after `for`

    /// Words after `for` that name a purpose, a record, a time or an occasion, not whom the document was written for
    /// (`for the Record`, `for Discussion`, `for the Period …`, `for the Meeting of …`).
    static let forNonAddressees: Set<String> = Set([
        "record", "records", "file", "files", "minutes", "conference", "session", "sessions", "period", "year", "years",
        "month", "week", "press", "talking", "points", "agenda", "briefing",
    ]).union(forPurposeNouns).union(Lexicon.meetingNouns).union(Lexicon.visitNouns)

    /// Nouns of what a document is written for, after `for` (`for Submission to the Government`, `for Consideration by
    /// the Cabinet`, `for the Information of the Minister`): a purpose, not an addressee. A body after the purpose noun
    /// (`to`, `by`, `of` …) is who will consider the paper, not whom it is sent to.
    static let forPurposeNouns: Set<String> = [
        "submission", "consideration", "information", "approval", "signature", "comment", "comments", "discussion",
        "guidance", "use", "decision", "action", "distribution", "circulation", "presentation", "transmission", "reference",
        "review", "clearance", "concurrence", "perusal", "noting", "study", "examination", "background", "publication",
        "endorsement", "ratification", "adoption", "release",
    ]

    /// The purpose nouns that name no office's domain (`Minister for Information` is an office; no minister is `for
    /// Approval`): after an end they open the subject (`to Prime Minister for Approval`, `MessageGrammar.cutSubject`).
    static let purposesAfterAnEnd: Set<String> = [
        "approval", "signature", "submission", "consideration", "comment", "comments", "decision", "action", "circulation",
        "perusal", "clearance", "concurrence", "noting", "endorsement", "ratification", "review",
    ]

    /// Whether the ` for ` at `range` opens a purpose that names no office's domain (`for Approval`, `for the Comments of`).
    static func opensPurposeAfterEnd(_ text: String, at range: Range<String.Index>) -> Bool {
        var words = text[range.upperBound...].prefix(40).split(separator: " ", maxSplits: 2)
        if let first = words.first, first.lowercased() == "the" { words.removeFirst() }
        guard let word = words.first else { return false }
        return purposesAfterAnEnd.contains(NamePhrase.wordKey(String(word)))
    }

    /// **Convention: `DOCUMENT [by A] for PURPOSE …` names no addressee** — `Memorandum by A for Submission to the
    /// Government`, `Note for Consideration by the Cabinet`, `Memorandum by A for the Information of the Minister`: the
    /// purpose phrase (`forPurposeNouns`, with what follows it up to a comma or colon) is cut, so that its `to` or `by`
    /// is read as no end. `for the Record`/`for the File` are left to the grammar (they record a talk).
    static func droppingPurposeAfterFor(_ title: String) -> String? {
        guard ByteSearch.mayContainCaseInsensitive(title, " for "), title.utf8.count <= 400 else { return nil }
        let opening = typeOpeningAfterModifiers(title)
        guard let opening else { return nil }
        let after = String(opening.after)
        let lower = after.lowercased()
        // Offsets in `lower` stand for those in `after` only where lower-casing keeps the length.
        guard lower.count == after.count else { return nil }
        // The `for` right after the document word, or after the author's `by A` / `from A` (no addressee before it).
        let forOffset: Int
        let leadingSpaces = lower.prefix { $0 == " " }.count
        let trimmed = lower.dropFirst(leadingSpaces)
        if trimmed.hasPrefix("for ") {
            forOffset = leadingSpaces
        } else {
            guard trimmed.hasPrefix("by ") || trimmed.hasPrefix("from "), let r = TitleText.find(" for ", in: lower).first else { return nil }
            let author = String(lower[..<r.lowerBound])
            guard !author.contains(","), !author.contains(":"), TitleText.find(" to ", in: author).isEmpty else { return nil }
            forOffset = lower.distance(from: lower.startIndex, to: r.lowerBound)
        }
        let fromFor = lower.dropFirst(forOffset).drop { $0 == " " }.dropFirst(4)
        var words = fromFor.split(separator: " ", maxSplits: 3)
        if let first = words.first, ["the", "a", "an"].contains(String(first)) { words.removeFirst() }
        guard let noun = words.first.map({ String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",:;.")) }),
              forPurposeNouns.contains(noun) else { return nil }
        // What follows the purpose phrase's comma or colon (a date, a subject) stays.
        let keptOffset = fromFor.firstIndex { $0 == "," || $0 == ":" || $0 == ";" }.map { lower.distance(from: lower.startIndex, to: $0) }
        let head = String(after.prefix(forOffset)).trimmingSpaces()
        let kept = keptOffset.map { String(after.dropFirst($0)) } ?? ""
        return String(title[..<opening.after.startIndex]) + (head.isEmpty ? "" : " " + head) + kept
    }

    /// Words that open an office named without its article (`Prime Minister`, `Under-Secretary of State`, `High
    /// Commissioner`), besides the office words themselves.
    static let officeOpeners: Set<String> = [
        "prime", "deputy", "acting", "assistant", "under", "under-secretary", "permanent", "high", "chief", "principal",
        "parliamentary", "vice", "special", "private", "executive", "associate", "senior", "lord", "foreign", "first",
        "second", "third", "joint", "federal", "state",
    ]

    /// **Convention: `DOCUMENT by A for B` addresses B** — the Irish, Dominion and British editions head a memorandum, note,
    /// minute or report written for someone `by A for B` (`Memorandum by A for the Minister for External Affairs`,
    /// `Memorandum by the Department of Finance for the Government`): rewritten `DOCUMENT from A to B`. The `for` is the
    /// first whose phrase names a correspondent (`isAddresseeAfterFor`); a `for` right after an office or body word
    /// (`Minister for Finance`, `Secretary of State for the Colonies`, `Committee for State Security`) opens the office's
    /// own domain unless an office or a named person follows it. Nil for any other title.
    static func authorForAddressee(_ title: String) -> String? {
        guard ByteSearch.mayContainCaseInsensitive(title, " for "), ByteSearch.mayContainCaseInsensitive(title, " by "),
              title.utf8.count <= 400, title.contains(where: \.isLowercase) else { return nil }
        let opening = typeOpeningAfterModifiers(title)
        guard let opening, sentDocuments.contains(opening.entry.type) else { return nil }
        let after = opening.after.drop { $0 == " " }
        guard after.lowercased().hasPrefix("by ") else { return nil }
        let body = after.dropFirst(3)
        // The `for`s from the last: the addressee is a short phrase at the end, and an earlier `for` may open an
        // office's domain (`Under-Secretary of State for External Affairs for Prime Minister`).
        var fors: [Range<Substring.Index>] = []
        var search = body.startIndex
        while fors.count < 4, let r = body.range(of: " for ", options: .caseInsensitive, range: search..<body.endIndex) {
            fors.append(r)
            search = r.upperBound
        }
        for r in fors.reversed() {
            let left = String(body[..<r.lowerBound]).trimmingSpaces()
            let right = String(body[r.upperBound...])
            guard left.first?.isUppercase == true || left.hasPrefix("the "), TitleText.find(" to ", in: left).isEmpty,
                  OfficeHeads.isOfficePhrase(OfficeHeads.droppingArticle(left)) || !NamePhrase.parse(left).isEmpty else { continue }
            let leftWords = left.split(separator: " ").map { OfficeHeads.key(String($0)) }
            let domain = leftWords.last.map { last in
                OfficeHeads.isOfficeHead(last) || Lexicon.institutionHeads.contains(last)
                    || last == "state" && leftWords.dropLast().last == "of"
            } ?? false
            guard isAddresseeAfterFor(right, afterDomain: domain) else { continue }
            return String(title[..<opening.after.startIndex]) + " from " + left + " to " + right.trimmingSpaces()
        }
        return nil
    }

    /// Whether the phrase after `for` (up to a comma, colon, subject, `by` or `from`) names whom the document was written
    /// for: an office (`the Minister for External Affairs`, `Prime Minister`), a named person, a body that receives
    /// papers (`the Government`, `Cabinet`), or a post printed with the article and one capitalised word (`the
    /// Taoiseach`). No purpose, record, time or occasion (`forNonAddressees`), no possessive (`the Secretary's Meeting`),
    /// no lower-case words but connectives. After an office's or body's own `for` (`afterDomain`) only an office or a named
    /// person is an addressee: a body or place there is the domain (`Secretary of State for the Home Department`).
    static func isAddresseeAfterFor(_ phrase: String, afterDomain: Bool) -> Bool {
        var text = Substring(phrase)
        if let stop = text.firstIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) { text = text[..<stop] }
        for marker in [" by ", " from ", " By ", " From "] {
            if let r = text.range(of: marker) { text = text[..<r.lowerBound] }
        }
        let cut = MessageGrammar.cutSubject(String(text)).phrase.trimmingSpaces()
        let tokens = NamePhrase.tokenize(cut)
        guard (1...12).contains(tokens.count), !cut.contains("'"), !cut.contains("’") else { return false }
        let keys = tokens.map { OfficeHeads.key($0) }
        guard !keys.contains(where: forNonAddressees.contains),
              tokens.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" || Lexicon.connectives.contains($0.lowercased()) && $0 != "to" }),
              let firstIndex = keys.firstIndex(where: { $0 != "the" }) else { return false }
        let first = keys[firstIndex]
        let articled = firstIndex > 0
        // An office opens with its head noun or a modifier of rank (`Prime`, `Under-Secretary`, `High`), not with a word of
        // its domain (`External Affairs for …`).
        // After the article any office word opens a post (`the Chiefs of Staff`, `the Foreign Secretary`).
        let opensAsOffice = OfficeHeads.isOfficeHead(first) || officeOpeners.contains(first) || Lexicon.honorifics.contains(first)
            || articled && OfficeHeads.isOfficeWord(first)
            || articled && EditionHeads.isOfficeClosedByGeneral(tokens)
            || Lexicon.nationalities.contains(first) && keys.dropFirst(firstIndex + 1).contains(where: OfficeHeads.isOfficeHead)
        // "the Taoiseach": the article and one capitalised word that is no common noun of the lexicon is a post.
        if articled, keys.count == 2, !afterDomain, !Lexicon.nonNameWords.contains(first), !Gazetteer.isPlace(String(tokens[1])) {
            return true
        }
        let mentions = NamePhrase.parse(cut)
        guard (1...4).contains(mentions.count) else { return false }
        return mentions.allSatisfy { mention in
            switch mention.kind {
            case .office:
                return opensAsOffice
            case .institution:
                return !afterDomain && !Gazetteer.isPlace(mention.text)
                    && mention.text.split(separator: " ").contains { Lexicon.institutionHeads.contains(OfficeHeads.key(String($0))) }
            case .person:
                let words = mention.text.split(separator: " ").map { OfficeHeads.key(String($0)) }
                return opensAsOffice || words.count >= 2 && !words.contains(where: Lexicon.nonNameWords.contains)
            }
        }
    }

    // MARK: An office and the unit it heads

    /// Last words of an agency's unit (`Soviet Russia Division`, `Policy Planning Staff`, `EE Branch`).
    static let unitNouns: Set<String> = [
        "division", "branch", "staff", "station", "section", "desk", "base", "group", "directorate", "office", "service",
        "component", "center", "centre", "bureau", "unit", "task force", "detachment", "element",
        // A ministry's or agency's department, numbered or named (`Second Department`, `Consular Department`).
        "department",
    ]

    /// `Office of Soviet Affairs`, `Bureau of Intelligence and Research`, `Division of Research for Europe`: a unit noun
    /// with its complement after `of` names a unit as a unit noun closing the phrase does.
    static func namesUnitWithComplement(_ unitWords: [String]) -> Bool {
        unitWords.count >= 3 && (unitNouns.contains(unitWords[0]) && unitWords[1] == "of"
            || frenchUnitNouns.contains(unitWords[0]) && frenchUnitComplements.contains(unitWords[1]))
    }

    /// A French service's units and the words that open their complement (`Division des affaires politiques`, `Service de
    /// presse`, `Section du protocole`, `Direction d'Europe`): a French office with one of them is an office with its unit.
    static let frenchUnitNouns: Set<String> = ["division", "service", "section", "bureau", "direction", "sous-direction", "département"]
    static let frenchUnitComplements: Set<String> = ["de", "des", "du", "d'", "de la"]

    /// Offices whose own last word names a post at a place (`Chief of Station, Vienna`, `Chief of Base, Taipei`).
    static let postAtPlaceNouns: Set<String> = ["station", "base", "mission", "post", "outpost"]

    /// `Chief, Soviet Russia Division`, `Director, Policy Planning Staff`, `Chief of Station, Vienna`: an agency prints an
    /// office, a comma and the unit it heads (no article before the unit), or a station's chief and its city. The two
    /// are one office, named as printed; nil when the items are anything else (an office and a body: two ends).
    static func officeAndUnit(officeText: String, unitText: String) -> NameMention? {
        var office = officeText.trimmingSpaces()
        for article in ["the ", "The "] where office.hasPrefix(article) { office.removeFirst(article.count) }
        let officeWords = office.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
        let unitWords = unitText.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
        guard let officeLast = officeWords.last, officeWords.count <= 6, let unitFirst = unitText.first, unitFirst.isUppercase,
              unitWords.first != "the", (1...5).contains(unitWords.count) else { return nil }
        func isOfficeWord(_ key: String) -> Bool {
            Lexicon.offices.contains(key) || OfficeHeads.isOfficeWord(key) || ForeignDiplomaticHeads.frenchOffices.contains(key)
        }
        let postAtPlace = postAtPlaceNouns.contains(officeLast) && officeWords.count >= 3
            && officeWords.dropLast().allSatisfy { isOfficeWord($0) || $0 == "of" } && Gazetteer.isPlace(unitText)
        let headsUnit = officeWords.allSatisfy { isOfficeWord($0) || $0 == "of" } && officeWords.first != "of"
            && (unitWords.last.map(unitNouns.contains) == true || namesUnitWithComplement(unitWords))
            // (A unit's complement names its domain, whose words may be an office's: `Office of Soviet Affairs`.)
            && !(namesUnitWithComplement(unitWords) ? [] : unitWords).contains {
                Lexicon.offices.contains($0) && !Lexicon.institutionHeads.contains($0) && !Lexicon.isOrdinal($0) }
        guard headsUnit || postAtPlace else { return nil }
        return NameMention(text: office + ", " + unitText.trimmingSpaces(), kind: .office)
    }

    /// A whole end that is `OFFICE, UNIT` (`officeAndUnit`): one comma, an office before it and a unit after it.
    static func officeAndUnitEnd(_ phrase: String) -> NameMention? {
        guard let comma = phrase.firstIndex(of: ","), !phrase[phrase.index(after: comma)...].contains(",") else { return nil }
        return officeAndUnit(officeText: String(phrase[..<comma]), unitText: String(phrase[phrase.index(after: comma)...]).trimmingSpaces())
    }

    // MARK: Holders of offices in lists

    /// `Secretary of Defense Ingram Thorsby`, `Park Min-ho and Minister of Defence Kwame Mensah`: a list item of named
    /// people, one at least after an office whose domain is a subject word (`Defense`, `Trade`: words the lexicon keeps
    /// out of names), continues a list of correspondents after a comma, as `to A, B, and Secretary of State C` does.
    /// The people's own words must be no word of the lexicon (`Minister of Trade Meeting` names no one).
    static func isListOfNamedHolders(_ item: String) -> Bool {
        let parts = item.components(separatedBy: " and ").map { $0.trimmingSpaces() }
        guard (1...4).contains(parts.count) else { return false }
        var holders = 0
        for part in parts {
            guard part.first?.isUppercase == true, let mention = NamePhrase.parseItem(part), mention.kind == .person,
                  mention.text.split(separator: " ").allSatisfy({ Lexicon.classes(of: $0).isEmpty }) else { return false }
            // The office opens with an office word (`Secretary of …`, `Minister of …`), not a subject's (`Regarding …`).
            let officeOpening = mention.office?.split(separator: " ").first { NamePhrase.wordKey(String($0)) != "the" }
                .map { NamePhrase.wordKey(String($0)) }
            if let officeOpening, Lexicon.offices.contains(officeOpening) || OfficeHeads.isOfficeWord(officeOpening) {
                holders += 1
            } else if !MessageGrammar.isPureNameList(part) {
                return false
            }
        }
        return holders > 0
    }
}

private extension String {
    /// The first letter in upper case: a document word moved to the front of the head.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
