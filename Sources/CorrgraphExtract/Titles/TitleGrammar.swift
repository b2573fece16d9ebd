import Foundation

/// Reads a catalogue title: its document type and number, the messages it states and the
/// conversations it documents.
///
/// ```swift
/// let reading = TitleGrammar.read("Cable, Stalin to Mao Zedong [via Terebin]")
/// reading.messages   // [Stalin → Mao Zedong via Terebin]
/// ```
enum TitleGrammar {
    static func read(_ rawTitle: String) -> TitleReading {
        // An end named only by a relation (`to his son`) is read as a name, then left empty (`RelationEnds`).
        if let unnamed = RelationEnds.replacingRelations(rawTitle) {
            var reading = ArchiveHeads.namingPostsAsPrinted(readHead(unnamed), title: rawTitle)
            RelationEnds.removingPlaceholder(&reading)
            return reading
        }
        return ArchiveHeads.namingPostsAsPrinted(readHead(rawTitle), title: rawTitle)
    }

    static func readHead(_ rawTitle: String) -> TitleReading {
        var reading = TitleReading()
        // An edition's letter number, description and styles (`EditionHeads`) go before the dateline is cut; a head the
        // editor put whole in brackets is read without them.
        // A title of nobility and its particle before a name are an honorific (`NobilityTitles`: `Conde de X` → `X`), dropped
        // before the German edition's heads read their titles of rank.
        var title = LetterEditions.headingClosed(EditionHeads.rewritten(NobilityTitles.rewritten(TitleText.normalize(ArchiveHeads.unbracketingWholeHead(rawTitle)))))
        // Other archives (`ArchiveHeads`): chapter and topic headings state no act; their heads are rewritten.
        if ArchiveHeads.isHeadingWithoutAct(title) { return reading }
        // Office heads in Italian, Spanish and French (`RomanceOfficeHeads`, which also reads every Romance talk head and
        // names the talks it reads); the other heads that `ForeignDiplomaticHeads` rewrites are left to it.
        var known = HeadReadings()
        if let romance = RomanceOfficeHeads.read(title) {
            if !romance.conversations.isEmpty { return romance }
            let foreign = ForeignDiplomaticHeads.rewritten(title)
            known.foreign = (title, foreign)
            if foreign == nil { return romance }
        }
        title = TitleText.cuttingPartMarker(ArchiveHeads.rewritten(title, known: &known))
        if let numbered = TitleText.leadingNumber(title) {
            reading.number = numbered.number
            title = numbered.rest
        }
        title = unquotingNames(title)
        title = MonsieurInitial.readingMonsieur(title)
        title = PeerageName.readingRanksInStyledHead(title)
        // "…, Washington, May 3, 1962": a dateline after the head (FRUS) names no one; a conversation's setting is read whole.
        if !OfficeHeads.namesOnlySetting(title) { title = OfficeHeads.cuttingDateLine(title) }
        let (head, quoted) = splitQuoted(title)
        var unquoted = quoted.map { head + ", " + $0 } ?? head
        // The head's cue words, read once for the rules below that test the head (or a body that is the head).
        let headCues = CuePresence(head)
        reading.headCues = headCues

        // "From the Journal of X, …", "Diary of Ambassador X, …"
        var body = head
        if let (author, rest) = journalPrefix(head, cues: headCues) {
            reading.journalAuthor = author
            reading.documentType = "journal"
            body = rest
        } else if let (author, rest) = journalInfix(head, cues: headCues) {
            // "Record of Conversation from the Diary of A with B": the talk is read without the journal's phrase.
            reading.journalAuthor = author
            reading.documentType = "journal"
            body = rest
            unquoted = quoted.map { rest + ", " + $0 } ?? rest
        }

        // "Letter from Kim Il Sung to Stalin and Stalin's Reply": the reply is a second message back.
        let reply = splitReply(body, cues: headCues)
        body = reply.rest
        // "Exchange of Letters between Khrushchev and Kennedy": letters both ways.
        if let exchange = MessageGrammar.exchangeBetween(body, cues: headCues) {
            reading.messages = exchange
            reading.documentType = "correspondence"
            return reading
        }
        // "Télégramme de A à B", "Brief an B von A": a letter heading of another language (`LetterEditions`).
        if let foreign = LetterEditions.foreignHeading(body) {
            reading.messages = foreign
            reading.documentType = reading.documentType ?? body.prefix { $0 != " " }.lowercased()
            return reading
        }
        let lead = DocumentLeadIn.read(body)
        if let lead {
            reading.documentType = reading.documentType ?? lead.type
            reading.number = lead.number ?? reading.number
            // Every phrase the remainder is compared with below opens with a space and then `f`, `o`, `t` or `[`: a remainder
            // whose bytes open otherwise (ASCII after the space) matches none lower-cased either, and is not lower-cased.
            let opening = lead.remainder.utf8.prefix(2)
            let mayOpenLikePhrase = opening.first == 0x20 && opening.dropFirst().first.map { b in
                b >= 0x80 || b == UInt8(ascii: "[") || [UInt8(ascii: "f"), UInt8(ascii: "o"), UInt8(ascii: "t")].contains(b | 0x20)
            } == true
            let remainder = mayOpenLikePhrase ? lead.remainder.lowercased() : ""
            // (Asked only of a remainder opening " on ", below.)
            var authored: Bool { [" sent by ", " made by ", " written by ", " submitted by "].contains { remainder.range(of: $0) != nil } }
            // (Each phrase below opens with a space and `f`, `o` or `t`: a remainder that does not is not compared.)
            let opensLikeRecord = remainder.utf8.first == 0x20
                && remainder.utf8.dropFirst().first.map { $0 == UInt8(ascii: "f") || $0 == UInt8(ascii: "o") || $0 == UInt8(ascii: "t") } == true
            // "Note from the Conversation between A and B": a record taken from a talk, not a message from it.
            let conversationInSenders = opensLikeRecord && (remainder.hasPrefix(" from a conversation")
                || [" from the conversation", " from conversation", " from the talks", " from talks", " from the meeting"]
                    .contains { remainder.hasPrefix($0) }
                || (remainder.hasPrefix(" on ") && !authored)
                || [" of conversation", " of a conversation", " of the conversation", " of talks", " of meeting",
                    " of a meeting", " of the meeting", " of discussion", " for the record", " to the file", " to file"]
                    .contains { remainder.hasPrefix($0) })
            // "Record of a Telephone Call from A to B": a call is a talk of its two ends (`ConversationGrammar.callFromTo`).
            if !conversationInSenders, ConversationGrammar.callFromTo(body) == nil {
                var lead = lead
                // "Note from the Embassy of the Polish Republic in Korea about …": a diplomatic note is sent
                // to someone even when the title does not say to whom.
                if ["note", "diplomatic note", "note verbale"].contains(lead.type), remainder.hasPrefix(" from ") {
                    lead.addressless = true
                }
                let read = OfficeHeads.read(afterLeadIn: lead).map { (messages: $0, problems: [String]()) }
                    ?? MessageGrammar.read(lead: lead)
                reading.messages = read.messages
                reading.problems += read.problems
                // "Directive from the CPSU Secretariat", "Directive [from Mao Zedong] Regarding …": an author
                // without an addressee, whom the summary may name.
                if read.messages.isEmpty, remainder.hasPrefix(" from ") || remainder.hasPrefix(" [from ") {
                    var author = String(lead.remainder.dropFirst(remainder.hasPrefix(" from ") ? 6 : 7))
                    if remainder.hasPrefix(" [from "), let close = author.firstIndex(of: "]") { author = String(author[..<close]) }
                    reading.unaddressedAuthor = NamePhrase.parse(MessageGrammar.cutSubject(author).phrase)
                } else if read.messages.isEmpty, lead.remainder.hasPrefix(" by ") || lead.remainder.hasPrefix(" By ") {
                    reading.authorBy = NamePhrase.parse(MessageGrammar.cutSubject(String(lead.remainder.dropFirst(4))).phrase)
                }
            }
        } else if reading.journalAuthor == nil, !containsConversationNoun(body, cues: headCues), !hasPossessiveAct(body, cues: headCues),
                  ConversationGrammar.callFromTo(body) == nil {
            let office = known.officeHead(body)
            reading.messages = office ?? MessageGrammar.readBare(body)
            // **Convention: an office-to-office head carries its enclosed message** (`The Ambassador in X to the Foreign
            // Ministry, transmitting a Message From A to B`): the office heads name the hop only; the general grammar reads
            // the enclosure clause by the relay rule, and its reading stands where it names a relay or more messages.
            // (Only after the office heads' reading: the general grammar's own is not read twice.)
            if office != nil, reading.messages.count == 1, MessageGrammar.transmissionStart(in: body) != nil {
                // (The general grammar reads a bare head without its article: `The Ambassador in X to …` opens with an office.)
                let bare = MessageGrammar.readBare(body.hasPrefix("The ") ? String(body.dropFirst(4)) : body)
                if bare.contains(where: { !$0.via.isEmpty }) || bare.count > 1 { reading.messages = bare }
            }
        }
        // "Notes Kept during the Verbal Report given to X by Y": a report handed to someone, wherever it stands.
        if reading.messages.isEmpty {
            let markers = MessageGrammar.handedCues.occurs(in: body, reading: headCues) ? [" given to ", " presented to ", " delivered to ", " handed to "] : []
            for marker in markers {
                guard let r = TitleText.find(marker, in: body).first,
                      let noun = ["report", "message", "letter", "statement", "memorandum", "note"].first(where: {
                          body[..<r.lowerBound].lowercased().hasSuffix($0) }) else { continue }
                let lead = DocumentLeadIn(type: noun, addressless: true, number: nil, possessiveAuthor: nil,
                                          remainder: String(body[r.lowerBound...]))
                reading.messages = MessageGrammar.read(lead: lead).messages
                reading.documentType = reading.documentType ?? noun
                break
            }
        }

        // "Politburo Decision with an Approved Message from A to B": a decision that carries an approved or
        // attached message states that message.
        if reading.messages.isEmpty, let carried = approvedMessage(body, cues: headCues) {
            reading.messages = [carried]
        }
        // "Circular Letter to the States": a circular's class of bodies is its addressee (`CircularClasses`), whatever the
        // general grammar made of the class's words.
        if reading.messages.count <= 1, let lead, let circular = CircularClasses.message(body, lead: lead) {
            reading.messages = [circular]
            reading.problems.removeAll { $0.hasPrefix("could not read correspondents") }
        }

        if reply.found, let first = reading.messages.first, !first.from.isEmpty {
            let from = reply.author.map(NamePhrase.parse) ?? first.to
            if !from.isEmpty, !MessageGrammar.sameParties(from, first.from) {
                reading.messages.append(ExtractedMessage(from: from, to: first.from))
            }
        }
        if reading.messages.isEmpty, OfficeHeads.repeatsPreviousHead(body) {
            reading.problems.append("head repeats the previous head's ends ('Same to same'): no act read")
        }
        reading.sessionRecord = isSessionRecord(title, cues: headCues)
        var author = reading.journalAuthor
        // "Cable from A to B, Meeting with C", "Cable, A to B, Meeting with C": the sender is the author of a talk
        // the title names from one side.
        // (A remainder opening " from " opens with a space byte: others are not lower-cased to be compared.)
        if author == nil, let lead, lead.remainder.utf8.first == 0x20
            && lead.remainder.utf8.dropFirst().first.map({ $0 >= 0x80 || $0 | 0x20 == UInt8(ascii: "f") }) == true
            && lead.remainder.lowercased().hasPrefix(" from ")
            || lead.possessiveAuthor != nil || lead.remainder.hasPrefix(","),
           let sender = reading.messages.first?.from.first(where: { $0.kind == .person }) {
            author = sender
        }
        var conversation = OfficeHeads.namesOnlySetting(unquoted) ? (conversation: nil, oneSide: []) : ConversationGrammar.read(unquoted, author: author, presence: headCues)
        // `Memorandum of conversation between A and B, "Subject," date` (NSA): a quoted subject after a head that names
        // both sides adds no one.
        if quoted != nil, conversation.conversation != nil, let sides = ConversationGrammar.read(body, author: author).conversation,
           sides.count >= 2 {
            conversation.conversation = sides
        }
        // A title that is only "Mao Zedong and Pham Van Dong" (place and date may follow): their talk.
        if conversation.conversation == nil, lead == nil, reading.messages.isEmpty, reading.journalAuthor == nil {
            let names = ConversationGrammar.participantList(body)
            let list = body.split(separator: ",").first.map(String.init) ?? body
            // Full names only: "Stalin and the Korean War", "War and Peace" are subjects.
            if names.count >= 2, names.allSatisfy({ $0.kind == .person && $0.text.split(separator: " ").count >= 2 }),
               !TitleText.find(" and ", in: list).isEmpty,
               MessageGrammar.isPureNameList(list) {
                conversation = (names, [])
            }
        }
        if let participants = conversation.conversation {
            reading.conversations.append(ExtractedConversation(participants: participants))
            if reading.documentType == nil || reading.documentType == "journal" {
                reading.documentType = conversationType(title) ?? reading.documentType
            }
        } else {
            reading.conversationWithOneSide = conversation.oneSide
        }
        return reading
    }

    /// Participles that make a carried document part of the record: `with [an] Approved Message …`.
    static let carriedDocumentMarks: Set<String> = ["approved", "attached", "enclosed", "adopted", "confirmed", "appended"]
    static let carriedDocumentCues = RuleCues(carriedDocumentMarks)

    /// `… with [an] approved|attached DOCUMENT [from] A to B`: the carried message from A to B.
    static func approvedMessage(_ body: String, cues: CuePresence? = nil) -> ExtractedMessage? {
        // Precondition: a carried document's participle (`carriedDocumentCues`).
        guard carriedDocumentCues.occurs(in: body, reading: cues) else { return nil }
        for r in TitleText.find(" with ", in: body).prefix(8) {
            var rest = body[r.upperBound...]
            for article in ["an ", "a ", "the "] where rest.lowercased().hasPrefix(article) { rest = rest.dropFirst(article.count) }
            guard let space = rest.firstIndex(of: " "), carriedDocumentMarks.contains(rest[..<space].lowercased()),
                  let document = DocumentLeadIn.stackedTypes(String(rest[rest.index(after: space)...])) else { continue }
            var ends = document.remainder.trimmingSpaces()
            if ends.lowercased().hasPrefix("from ") { ends = String(ends.dropFirst(5)) }
            guard let split = MessageGrammar.splitAtTo(ends) else { continue }
            let from = NamePhrase.parse(split.left)
            let to = NamePhrase.parse(MessageGrammar.cutSubject(split.right).phrase)
            if !from.isEmpty, !to.isEmpty { return ExtractedMessage(from: from, to: to) }
        }
        return nil
    }

    /// Splits off ", and Mao Zedong's Reply", " with Stalin's Answer", " and the Reply": whether a reply is
    /// named, its author when printed, and the title without it.
    static func splitReply(_ body: String, cues: CuePresence? = nil) -> (found: Bool, author: String?, rest: String) {
        // Precondition: a reply noun, which every branch below reads as a whole word.
        guard replyCues.occurs(in: body, reading: cues) else { return (false, nil, body) }
        for joiner in [", and ", " and ", ", with ", " with "] {
            for r in TitleText.find(joiner, in: body) {
                let after = String(body[r.upperBound...]).trimmingSpaces()
                let lower = after.lowercased()
                let nouns = ["reply", "replies", "response", "answer"]
                let ending = { (s: Substring) in s.isEmpty || s.hasPrefix(",") || s.hasPrefix(" (") || s.hasPrefix(" [") || s.hasPrefix(" to ") || s.hasPrefix(" of ") || s.hasPrefix(" on ") }
                var rest = String(body[..<r.lowerBound])
                if rest.hasSuffix(",") { rest.removeLast() }
                for noun in nouns {
                    for article in ["", "the ", "a "] where lower.hasPrefix(article + noun) && ending(lower.dropFirst(article.count + noun.count)) {
                        return (true, nil, rest)
                    }
                    if let p = lower.range(of: "'s " + noun), ending(lower[p.upperBound...]) {
                        let author = String(after[..<after.index(after.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: p.lowerBound))])
                        // The author is a short name, not a clause ("with Reference to Stalin's Reply").
                        let words = author.split(separator: " ")
                        if words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }), MessageGrammar.isPureNameList(author) {
                            return (true, author, rest)
                        }
                    }
                }
            }
        }
        return (false, nil, body)
    }

    static let replyCues = RuleCues(["reply", "replies", "response", "answer"])

    /// "Minutes No. 49 of the Meeting of the SED Politburo", "Working Notes from the Session of the CPSU CC
    /// Presidium", "Protocol of the Plenum of the BCP Central Committee": the record of a body's sitting.
    static func isSessionRecord(_ title: String, cues: CuePresence? = nil) -> Bool {
        // Precondition: one of the record words below, which must stand as a whole word among the first three.
        guard sessionRecordCues.occurs(in: title, reading: cues) else { return false }
        let lower = title.lowercased()
        // The record word leads the title ("Minutes …", "Working Notes from …", "Stenographic Protocol of …"); a
        // telegram "on the Notes of the Plenum" is a telegram.
        let recordWords: Set<Substring> = ["minutes", "notes", "protocol", "transcript", "record", "stenogram"]
        let leadWords = lower.split(separator: " ").prefix(3)
        // (A bare record word needs no trimming; Foundation's trim is run only when none stands bare.)
        guard leadWords.contains(where: recordWords.contains)
            || leadWords.map({ $0.trimmingCharacters(in: .punctuationCharacters) }).contains(where: { recordWords.contains(Substring($0)) })
        else { return false }
        let records: [StaticString] = ["minutes", "notes", "protocol", "transcript", "stenographic record", "record", "stenogram"]
        // A Cabinet's sittings as the Commonwealth editions head them: `Minutes of Cabinet Meeting`, `Extract from Minutes of
        // Cabinet Defence Committee` (a committee of the Cabinet is its sitting).
        let sittings: [StaticString] = ["session", "plenum", "sitting", "meeting of the", "congress", "conference of the", "cabinet meeting",
                        "meeting of cabinet", "cabinet committee", "cabinet defence committee", "cabinet foreign affairs committee"]
        let bodies: [StaticString] = ["politburo", "presidium", "central committee", " cc ", "secretariat", "plenum", "council of ministers",
                      "congress", "executive committee", "national security council", "political consultative committee", "cabinet"]
        // (Over the bytes where the lowered title is ASCII; Foundation's `contains` for any other.)
        let spaced = lower + " "
        return records.contains(where: { ByteSearch.foundationContains(lower, $0) }) && sittings.contains(where: { ByteSearch.foundationContains(lower, $0) })
            && bodies.contains(where: { ByteSearch.foundationContains(spaced, $0) })
    }

    static let sessionRecordCues = RuleCues(["minutes", "notes", "protocol", "transcript", "record", "stenogram"])

    /// "A's Second Visit to B", "A's Farewell Call on B": a possessive before an act noun makes the title a
    /// meeting, so its `to` is the visit's, not a message's.
    static func hasPossessiveAct(_ text: String, cues: CuePresence? = nil) -> Bool {
        // Precondition: an act noun, which `actNoun` reads as a whole word.
        actNounCues.occurs(in: text, reading: cues)
            && TitleText.find("'s ", in: text).contains { r in ConversationGrammar.actNoun(opening: text[r.upperBound...]) != nil }
    }

    static func containsConversationNoun(_ text: String, cues: CuePresence? = nil) -> Bool {
        conversationNounCues.occurs(in: text, reading: cues) && ConversationGrammar.nouns.contains { !TitleText.find($0, in: text).isEmpty }
    }

    static let actNounCues = RuleCues(ConversationGrammar.actNouns)
    static let conversationNounCues = RuleCues(ConversationGrammar.nouns)

    /// "memorandum of conversation", "minutes of conversation", "record of conversation".
    static func conversationType(_ title: String) -> String? {
        let lower = title.lowercased()
        for kind in ["memorandum of conversation", "minutes of conversation", "record of conversation",
                     "record of a conversation", "notes of the conversation", "minutes of talks", "transcript"] where lower.contains(kind) {
            return kind
        }
        return "conversation"
    }

    /// **Convention: quote marks around a correspondent are punctuation, not part of the name.**
    /// `Cable, "Ivan Petrov" to Li Weiguo`, `Letter from ‘Kim Young-sam’ to …`: a quoted span is a name when
    /// it holds one to five capitalised words that read as a person (no subject, document or institution
    /// word) and stands where an end stands — after `from`/`to`/`between`/`and`/`with`/`by`/`via`/`for`,
    /// or after a comma or the start when `to`/`and`/`from`/`via` or a bracket follows it (a quoted span
    /// after a comma at the end is a subject: `Cable from A, 'Regarding Korea'`). A run of quote marks
    /// closing the title that opens nothing is dropped (`… to Wang Jianguo ""`).
    static func unquotingNames(_ title: String) -> String {
        // Most titles hold no quote mark: a byte scan says so without Foundation's search.
        // (memchr over the bytes: the generic `contains(where:)` on the UTF-8 view costs some thirty instructions a byte.)
        guard ByteSearch.holds(UInt8(ascii: "\""), in: title) || ByteSearch.holds(UInt8(ascii: "'"), in: title) else { return title }
        guard title.contains("\"") || title.contains("'") else { return title }
        var chars = Array(title)
        let endWords: Set<String> = ["from", "to", "between", "and", "with", "by", "via", "for"]
        let followers: Set<String> = ["to", "and", "from", "via"]
        func word(endingAt end: Int) -> String {
            var k = end
            while k >= 0, chars[k] != " " { k -= 1 }
            return String(chars[(k + 1)...end]).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[("))
        }
        var removals: [Int] = []
        var i = 0
        while i < chars.count {
            let q = chars[i]
            guard q == "\"" || q == "'", i == 0 || chars[i - 1] == " " || chars[i - 1] == "[" || chars[i - 1] == "(",
                  i + 1 < chars.count, chars[i + 1].isUppercase else { i += 1; continue }
            // The closing mark: the next one of the same kind, within a name's length.
            var j = i + 1
            while j < chars.count, j - i <= 80, chars[j] != q { j += 1 }
            guard j < chars.count, chars[j] == q else { i += 1; continue }
            // What follows the closing mark, as far as a word (a bounded look: titles may be long).
            let after = j + 1 < chars.count ? String(chars[(j + 1)..<min(chars.count, j + 24)]).trimmingSpaces() : ""
            let atClose = after.isEmpty || after.first.map { ",;[()]".contains($0) } == true
            let nextWord = after.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            let before = i >= 2 ? word(endingAt: i - 2) : ""
            let afterComma = i == 0 || (i >= 2 && chars[i - 2] == ",") || before.isEmpty
            let inEndSlot = endWords.contains(before) && (atClose || endWords.contains(nextWord) || followers.contains(nextWord))
                || afterComma && (followers.contains(nextWord) || after.hasPrefix("[") || after.hasPrefix("("))
            let content = String(chars[(i + 1)..<j])
            if inEndSlot, isQuotedName(content) {
                removals += [i, j]
                i = j + 1
            } else {
                i += 1
            }
        }
        for k in removals.reversed() { chars.remove(at: k) }
        // A closing run of quote marks that opens nothing: after a space, or double quotes left unpaired.
        var end = chars.count
        while end > 0, chars[end - 1] == "\"" || chars[end - 1] == "'" { end -= 1 }
        if end < chars.count, end > 0 {
            let run = chars[end...]
            let doublesBefore = chars[..<end].filter { $0 == "\"" }.count
            let unpaired = run.allSatisfy { $0 == "\"" } && doublesBefore % 2 == 0
                || run.count >= 2 && run.allSatisfy { $0 == "'" } && !chars[..<end].contains(where: { $0 == "'" })
            if chars[end - 1] == " " || unpaired { chars.removeSubrange(end...) }
        }
        return String(chars).trimmingSpaces()
    }

    /// One to five capitalised words that read as a person: the inside of a quoted correspondent.
    static func isQuotedName(_ content: String) -> Bool {
        let words = NamePhrase.tokenize(content)
        guard (1...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || NamePhrase.particles.contains($0) }),
              NamePhrase.isPureName(content), !words.contains(where: isAbstractNoun) else { return false }
        return NamePhrase.parseItem(content)?.kind == .person
    }

    /// Endings of abstract nouns, which a slogan or a subject in quotes holds and a name does not (`"Peaceful
    /// Coexistence"`, `"Socialist Realism"`, `"The Great Leap"` is left to the lexicon). A word must be long enough
    /// that names with the same ending (`Florence`, `Constance`, `Ness`) stay names.
    static let abstractNounEndings: [(ending: String, minimumLength: Int)] = [
        ("ism", 6), ("tion", 7), ("sion", 7), ("ment", 8), ("ness", 7), ("ity", 7), ("ence", 10), ("ance", 10), ("ship", 8),
    ]

    static func isAbstractNoun(_ word: String) -> Bool {
        let key = NamePhrase.wordKey(word)
        return abstractNounEndings.contains { key.count >= $0.minimumLength && key.hasSuffix($0.ending) }
    }

    /// Splits off a quoted part that follows a comma or colon: `Cable from Zhou Enlai, 'Regarding …'`.
    static func splitQuoted(_ title: String) -> (head: String, quoted: String?) {
        // Every opener holds a quote mark, which most titles lack: a byte scan rules them out first.
        guard ByteSearch.holds(UInt8(ascii: "'"), in: title) || ByteSearch.holds(UInt8(ascii: "\""), in: title) else { return (title, nil) }
        for opener in [", '", ": '", ", \"", ": \"", " '"] {
            guard let r = title.range(of: opener) else { continue }
            var quoted = String(title[r.upperBound...])
            let quote = opener.last!
            if opener == " '" {
                // A quote opened by a space only counts when it closes before the end.
                guard quoted.contains(quote) else { continue }
                if title[..<r.lowerBound].count < 3 { continue }
                return (title, nil)
            }
            if let close = quoted.lastIndex(of: quote) { quoted = String(quoted[..<close]) }
            return (String(title[..<r.lowerBound]), quoted)
        }
        return (title, nil)
    }

    /// "From the Journal of Ambassador P. F. Yudin, Record of …" → (Yudin, "Record of …").
    static func journalPrefix(_ text: String, cues: CuePresence? = nil) -> (NameMention, String)? {
        // Precondition: the journal's noun, a whole word in every prefix below.
        guard journalCues.occurs(in: text, reading: cues) else { return nil }
        var lower = text.lowercased()
        var opened = text
        // "Excerpt from the Diary of A, …", "Extract from the Journal of A: …": a part of the journal is the journal's.
        if let opener = journalExcerptOpeners.first(where: { lower.hasPrefix($0) }) {
            opened = "from " + String(text.dropFirst(opener.count))
            lower = opened.lowercased()
            if !lower.hasPrefix("from the ") { opened = String(opened.dropFirst(5)); lower = String(lower.dropFirst(5)) }
        }
        for prefix in ["from the journal of ", "journal of ", "from the diary of ", "diary of ", "from the notebook of ",
                       "journal entry of ", "diary entry of ", "from the journal entry of ", "from the diary entry of "] {
            guard lower.hasPrefix(prefix) else { continue }
            var rest = String(opened.dropFirst(prefix.count))
            // "the Soviet Ambassador in Mongolia, Fyodor Kashirin, Record of …": an office, then its holder's name
            // between commas, is the author.
            if let holder = officeThenHolder(rest) { rest = holder }
            // The author ends at a comma, a colon or " for <date>".
            var authorEnd = rest.endIndex
            var remainder = ""
            for sep in [",", ":"] {
                if let i = rest.firstIndex(of: Character(sep)), i < authorEnd {
                    authorEnd = i
                    remainder = String(rest[rest.index(after: i)...]).trimmingSpaces()
                }
            }
            var authorText = String(rest[..<authorEnd])
            if let f = authorText.range(of: " for ", options: .caseInsensitive) { authorText = String(authorText[..<f.lowerBound]) }
            guard let author = NamePhrase.parseItem(authorText), author.kind == .person else { return nil }
            return (author, remainder)
        }
        return nil
    }

    /// Words that open a part taken from a journal: `Excerpt from the Diary of A`, `Extracts from the Journal of A`.
    static let journalExcerptOpeners = ["excerpt from ", "excerpts from ", "extract from ", "extracts from "]

    /// `OFFICE, NAME, rest` → `NAME, rest`, when the text before the first comma is an office (`the Soviet
    /// Ambassador in Mongolia`) and the text before the second comma is a person: the office names its holder.
    static func officeThenHolder(_ text: String) -> String? {
        // "A: Reception of the Minister …, B": a colon before the comma closes the author, whose office it cannot be.
        guard let first = text.firstIndex(of: ","), !text[..<first].contains(":"), let office = NamePhrase.parseItem(String(text[..<first])),
              office.kind == .office else { return nil }
        let after = text[text.index(after: first)...]
        let holderEnd = after.firstIndex(where: { $0 == "," || $0 == ":" }) ?? after.endIndex
        guard let holder = NamePhrase.parseItem(String(after[..<holderEnd]).trimmingSpaces()), holder.kind == .person
        else { return nil }
        return String(after).trimmingSpaces()
    }

    /// Precondition of `journalPrefix` and `journalInfix`: the nouns of their markers.
    static let journalCues = RuleCues(journalNouns)
    static let journalNouns: Set<String> = ["journal", "diary", "notebook"]

    /// Journals that a record of a talk is taken from, named after the record: `Record of Conversation from the
    /// Diary of A with B`.
    static let journalInfixes = [" from the diary of ", " from the journal of ", " from the notebook of ",
                                 " from the diary entry of ", " from the journal entry of ",
                                 " (from the diary of ", " (from the journal of ", " [from the diary of ", " [from the journal of "]

    /// `RECORD [of TALK] from the Diary|Journal of A with B …` → (A, `RECORD [of TALK] with B …`): the journal's
    /// author is one side, the other follows `with`, as in `From the Diary of A: Conversation with B`. The text
    /// before the journal must name a talk or a record of one.
    static func journalInfix(_ text: String, cues: CuePresence? = nil) -> (NameMention, String)? {
        // Precondition: the journal's noun, a whole word in every infix.
        guard journalCues.occurs(in: text, reading: cues) else { return nil }
        guard let marker = journalInfixes.lazy.compactMap({ TitleText.find($0, in: text).first }).first else { return nil }
        let record = String(text[..<marker.lowerBound])
        let recordKeys = NamePhrase.tokenize(record).map(NamePhrase.wordKey)
        guard recordKeys.contains(where: { ConversationGrammar.recordNouns.contains($0) || ConversationGrammar.nouns.contains($0) }) else { return nil }
        let rest = String(text[marker.upperBound...])
        // "Note on a Conversation with B, from the Diary of A", "Record of Conversation with B (from the Journal of
        // A)": the journal named after the whole record; its author is the one side, B the other.
        if TitleText.find(" with ", in: rest).isEmpty, !TitleText.find(" with ", in: record).isEmpty {
            var recordText = record.trimmingSpaces()
            while let last = recordText.last, [",", "(", "[", ";"].contains(last) { recordText.removeLast() }
            let authorText = rest.prefix { $0 != "," && $0 != ")" && $0 != "]" && $0 != ":" && $0 != ";" }
            guard let author = NamePhrase.parseItem(String(authorText).trimmingSpaces()), author.kind == .person else { return nil }
            return (author, recordText.trimmingSpaces())
        }
        guard let with = TitleText.find(" with ", in: rest).first else { return nil }
        let authorText = String(rest[..<with.lowerBound])
        guard !authorText.contains(","), let author = NamePhrase.parseItem(authorText), author.kind == .person else { return nil }
        return (author, record + String(rest[with.lowerBound...]))
    }
}
