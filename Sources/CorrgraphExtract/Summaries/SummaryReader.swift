/// What a summary states plainly, used conservatively and always marked with evidence "summary":
/// aliases (`Terebin (Andrei Orlov)`); the messages it restates or relays (`SummaryMessages.swift`);
/// the conversations it completes or recounts (`SummaryConversations.swift`), read from the clauses
/// of its sentences (`SubjectClauses.swift`).
///
/// ```swift
/// // "Minutes of Talks with Mao Tse-tung" + summary "Mao Zedong and Nehru discuss …"
/// SummaryReader.read(summary, into: &result, reading: TitleGrammar.read(title))
/// result.conversations[0].participants.map(\.text)   // ["Mao Tse-tung", "Nehru"]
/// ```
enum SummaryReader {
    static func read(_ summary: String, into result: inout ExtractedRecord, reading: TitleReading) {
        guard !summary.isEmpty else { return }
        read(SummaryPrelude(summary), into: &result, reading: reading)
    }

    static func read(_ prelude: SummaryPrelude, into result: inout ExtractedRecord, reading: TitleReading) {
        guard !prelude.summary.isEmpty else { return }
        // Whether the title holds a conversation noun's or a passing mention's cue word, read in one pass for the
        // rules that ask.
        let titleCues = TitleCuePresence(result.record.title, known: reading.headCues)
        let titleConversationCued = titleCues.allows(.conversationNoun)
        let plain = prelude.plain, text = prelude.text, toldInPassive = prelude.toldInPassive, cues = prelude.cues
        // Every alias opens a parenthesis: the record's names are gathered only for a summary that holds one.
        if ByteSearch.holds(UInt8(ascii: "("), in: text) { result.statedAliases += aliases(in: text, names: names(of: result)) }
        // Clauses whose subject is "he" or "she" serve only a journal's diarist.
        // "According to press reports, A met B": hearsay states no act (`withoutPressHearsay`).
        // "A, who received B on 3 May, said …": talks in relative clauses are clauses too (`relativeTalkClauses`).
        // (The record's names are gathered only for a summary that holds the rule's cue word.)
        let relativeTalks = cues.holds(relativeTalkCues)
            ? relativeTalkClauses(text, parties: names(of: result) + (reading.journalAuthor.map { [$0] } ?? []), cues: cues) : []
        let foundClauses = prelude.clauses + relativeTalks
        // "A talked with B and later with C": a further talk of the same subject (`furtherTalkClauses`).
        let allClauses = withoutPressHearsay(foundClauses + furtherTalkClauses(text, clauses: foundClauses, cues: cues), in: text, cues: cues)
        let clauses = allClauses.filter { !$0.pronounSubject }

        // "Participants: President Nixon, Ambassador Dobrynin, Henry Kissinger" (FRUS memoranda of conversation).
        if result.conversations.isEmpty, let participants = participantsLine(text), participants.count >= 2 {
            result.conversations.append(ExtractedConversation(participants: participants, evidence: .summary))
        }
        restatedEnds(text, clauses: clauses, reading: reading, into: &result)
        // After the ends are known, from the title or the summary ("Roshchin sends Stalin a message from Mao").
        relayedContent(text, cues: cues, into: &result)
        carriedMessageAddress(text, into: &result)
        relayingOpening(text, cues: cues, into: &result)
        textOfMessageOpening(text, into: &result)
        askedToConvey(text, cues: cues, into: &result)
        goBetween(text, cues: cues, into: &result)
        conveyedThrough(text, clauses: clauses, cues: cues, into: &result)
        addressedThrough(text, cues: cues, into: &result)
        onwardRecipient(text, cues: cues, into: &result)
        handOnRequest(text, cues: cues, into: &result)
        requestedRelays(text, cues: cues, into: &result)
        anotherAuthorAddressesTheRecipient(text, clauses: clauses, into: &result)
        forwardedDocumentOfAnother(text, cues: cues, into: &result)
        ministryWritesToItsEmbassy(text, into: &result)
        addressees(clauses, reading: reading, into: &result)
        if cues.allows(.pronounAlso) { pronounFurtherAddressees(text, clauses: clauses, cues: cues, into: &result) }
        senderAlsoAddresses(text, into: &result)
        copyRecipients(text, cues: cues, into: &result)
        recordAlsoSent(text, cues: cues, into: &result)
        senderAlsoSendsRecord(text, cues: cues, into: &result)
        senderAddressesList(text, cues: cues, into: &result)
        namedWriter(clauses, into: &result)
        writerBesideInstitution(text, clauses: clauses, reading: reading, into: &result)
        writerInRestatement(text, into: &result)
        signedWriter(text, cues: cues, into: &result)
        writerToldInPassive(toldInPassive, reading: reading, into: &result)

        if !result.conversations.isEmpty {
            completeTitleConversation(text, clauses: clauses, cues: cues, into: &result)
        } else if !reading.conversationWithOneSide.isEmpty {
            completeOneSidedConversation(text, clauses: clauses, reading: reading, cues: cues, into: &result)
        }
        // Only a message, or a record of talks, recounts meetings as its subject; a chronology, an assessment,
        // a biography or a session's minutes mention them in passing (gold schema).
        if result.conversations.isEmpty && reading.journalAuthor == nil && !reading.sessionRecord,
           !result.messages.isEmpty || titleConversationCued && TitleGrammar.containsConversationNoun(result.record.title, cues: titleCues.presence)
            || reading.documentType.map(Lexicon.isWire) ?? false || isReport(reading) {
            recountedConversations(text, clauses: clauses, allClauses: allClauses, cues: cues, into: &result)
        }
        // "Note of a Meeting" + "The Prime Minister received Chancellor B": a talk head that names no side (`sidesOfUnnamedTalk`).
        if result.conversations.isEmpty, result.messages.isEmpty, reading.journalAuthor == nil, reading.conversationWithOneSide.isEmpty,
           !reading.sessionRecord, titleConversationCued && TitleGrammar.containsConversationNoun(result.record.title, cues: titleCues.presence)
            || ConversationGrammar.isTalkAbbreviation(result.record.title),
           !ConversationGrammar.opensWithProspectiveTalk(result.record.title),
           let talk = sidesOfUnnamedTalk(clauses) {
            result.conversations.append(ExtractedConversation(participants: talk, evidence: .summary))
        }
        if result.conversations.isEmpty, reading.journalAuthor == nil, reading.conversationWithOneSide.isEmpty, titleConversationCued {
            meetingOfUnnamedSides(clauses, titleCues: titleCues, into: &result)
        }
        if result.conversations.isEmpty, reading.conversationWithOneSide.isEmpty, titleConversationCued,
           TitleGrammar.containsConversationNoun(result.record.title, cues: titleCues.presence) {
            participantsListedByTalk(text, into: &result)
        }
        // Again after the talks are known: a writer who recounts his own talk signs beside the institution.
        writerBesideInstitution(text, clauses: clauses, reading: reading, into: &result)
        if let author = reading.journalAuthor, result.messages.isEmpty {
            journalReport(clauses, author: author, into: &result)
        }
        resolveOffices(text, in: &result)
        // No one writes to himself: a recipient who is also the sender was misread (an office's posting).
        for i in result.messages.indices {
            let senders = result.messages[i].from.filter { $0.kind == .person }.map { NameFolding.fold($0.text) }
            guard !senders.isEmpty else { continue }
            let isSender = { (to: NameMention) in to.kind == .person && senders.contains(NameFolding.fold(to.text)) }
            if result.messages[i].to.contains(where: isSender) { result.messages[i].to.removeAll(where: isSender) }
        }
        if result.conversations.isEmpty, let author = reading.journalAuthor, reading.documentType == "journal" {
            journalInterlocutors(text, clauses: allClauses, author: author, cues: cues, into: &result)
        }
        // **Rule: a talk the record says it recounts** ("A note on the conversations between A and B"), in any
        // record but a session's minutes or a kind that mentions talks only in passing (a chronology, a speech).
        if result.conversations.isEmpty, !reading.sessionRecord,
           !mentionsTalksInPassing(result.record.title, cued: titleCues.allows(.passingMention)) {
            for people in recountedBetween(text, cues: cues) {
                result.conversations.append(ExtractedConversation(participants: people, evidence: .summary))
            }
        }
        // "Menon was accompanied by C", "met B in the presence of C", "Also present: C": people present join the talk.
        peoplePresent(plain, into: &result)
        if !reading.conversationWithOneSide.isEmpty { keepingTitleSideFullerForms(reading.conversationWithOneSide, in: &result) }
    }

    /// Precondition of the recounted-talk rules: the record is a report or note, which recounts the talks
    /// of its subject, and not a kind that mentions talks in passing.
    static func isReport(_ reading: TitleReading) -> Bool {
        ["report", "note", "information", "memorandum", "account", "political report"].contains(reading.documentType ?? "")
    }

    /// Whether the title names a kind of record that mentions talks only in passing: "Chronology of …",
    /// "Speech by …", "Minutes of the Politburo Session".
    static func mentionsTalksInPassing(_ title: String) -> Bool {
        mentionsTalksInPassing(title, cued: SummaryCues.passingMention.occurs(in: title))
    }

    /// `mentionsTalksInPassing` with its cue test (`SummaryCues.passingMention` on the title) already answered.
    static func mentionsTalksInPassing(_ title: String, cued: Bool) -> Bool {
        guard cued else { return false }
        let words = NamePhrase.tokenize(title).map(NamePhrase.wordKey)
        return words.contains(where: SummaryLexicon.passingMentionKinds.contains)
            && !words.contains(where: { SummaryLexicon.talkNouns.contains($0) && $0 != "visit" })
    }

    /// A `Participants:` list, as memoranda of conversation print it.
    static func participantsLine(_ text: String) -> [NameMention]? {
        // Every marker ends in a colon: a text without one is passed over in one byte scan.
        guard ByteSearch.holds(UInt8(ascii: ":"), in: text) else { return nil }
        guard let r = text.range(of: "Participants:") ?? text.range(of: "PARTICIPANTS:") ?? text.range(of: "Present:")
                ?? text.range(of: "PRESENT:") else { return nil }
        var list = String(text[r.upperBound...])
        if let end = list.range(of: "\n") { list = String(list[..<end.lowerBound]) }
        // The list ends with its sentence; "Henry A. Kissinger" and "Dr. Kissinger" do not end it.
        list = sentences(list).first ?? list
        if list.hasSuffix(".") { list.removeLast() }
        // "Mr. Akalovsky (interpreter)": a role in parentheses is no second name.
        var cleaned = ""
        var depth = 0
        for ch in list {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(ch) }
        }
        // Semicolons separate participants and commas a name from its office ("Henry A. Kissinger, Assistant
        // to the President; The President"): each item is one participant, an office alone included.
        let people: [NameMention]
        if cleaned.contains(";") {
            people = cleaned.split(separator: ";").flatMap { item -> [NameMention] in
                let parsed = NamePhrase.parse(String(item))
                let persons = parsed.filter { $0.kind == .person }
                return persons.isEmpty ? Array(parsed.prefix(1)) : persons
            }
        } else {
            people = NamePhrase.parse(cleaned)
            // "Present: the President, Secretary McNamara, General Wheeler": an office alone before someone
            // printed with an office of his own is a participant, not a description of him.
            let items = cleaned.split(separator: ",").map { String($0).trimmingSpaces() }
            var offices: [NameMention] = []
            for (k, item) in items.enumerated() where k + 1 < items.count {
                let this = NamePhrase.parse(item), next = NamePhrase.parse(items[k + 1])
                if this.count == 1, this[0].kind == .office, next.count == 1, next[0].kind == .person, next[0].office != nil,
                   !MessageGrammar.contains(people, this[0]) {
                    offices.append(this[0])
                }
            }
            if !offices.isEmpty { return offices + people }
        }
        return people.isEmpty ? nil : people
    }

    /// Sentences of a summary, split at ". " unless the period ends an initial ("A.M. Puzanov").
    static func sentences(_ text: String, limit: Int = .max) -> [String] {
        // Every summary rule asks for the same summary's sentences: they are split once per text and thread
        // (without the title cache's lowered bytes and bracket depths, which no sentence rule reads).
        let all = SummarySentenceMemo.current.sentences(of: text) { splitSentences($0, limit: .max) }
        return limit >= all.count ? all : Array(all.prefix(max(0, limit)))
    }

    /// `sentences(text, limit: 1).first`, without copying the sentence list.
    static func firstSentence(_ text: String) -> String? {
        SummarySentenceMemo.current.sentences(of: text) { splitSentences($0, limit: .max) }.first
    }

    private static func splitSentences(_ text: String, limit: Int) -> [String] {
        if let sentences = SummaryWords.sentences(text, limit: limit) { return sentences }
        var result: [String] = []
        var current: [Substring] = []
        // Tokens are read lazily, so that the first sentence costs only its own length.
        var rest = Substring(text)
        while !rest.isEmpty, result.count < limit {
            let space = rest.firstIndex(of: " ") ?? rest.endIndex
            let token = rest[..<space]
            rest = space == rest.endIndex ? rest[rest.endIndex...] : rest[rest.index(after: space)...]
            if token.isEmpty { continue }
            current.append(token)
            // Most words end in none of the bytes below and cannot end a sentence.
            if let last = token.utf8.last, last != UInt8(ascii: "."), last != UInt8(ascii: "]"), last != UInt8(ascii: ")"),
               last != UInt8(ascii: "\""), last != UInt8(ascii: "'"), last != 0x9D { continue }
            if endsSentence(token) {
                result.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty, result.count < limit { result.append(current.joined(separator: " ")) }
        return result
    }

    /// Whether a word that ends in `.`, a closing bracket or a quote ends its sentence: "1962.]" and
    /// "reply.\"" do, "Dr." and the initials of "A.M. Puzanov" do not.
    static func endsSentence(_ token: Substring) -> Bool {
        // "1962.]", "reply.\"": a full stop inside closing brackets or quotes ends the sentence too.
        var core = token
        // (One character off the end at a time without counting the rest: a token may be 16,000 quotes.)
        while let last = core.last, ["]", ")", "\"", "”", "'"].contains(last), core.index(after: core.startIndex) < core.endIndex {
            core = core[..<core.index(before: core.endIndex)]
        }
        return core.hasSuffix(".") && !NamePhrase.isInitials(String(core))
            && !abbreviations.contains(core.dropLast().lowercased().trimmingCharacters("(["))
    }

    /// Abbreviations whose period does not end a sentence ("Dr. Kissinger", "Cde. Mao", "No. 3").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "cde", "cdes", "gen", "col", "lt", "capt", "adm", "sen", "amb", "st",
        "no", "nos", "vol", "ca", "cf", "jr", "sr", "messrs", "rev", "hon", "gov", "pres", "sec", "dept",
    ]

    static func names(of result: ExtractedRecord) -> [NameMention] {
        result.messages.flatMap { $0.from + $0.to + $0.via } + result.conversations.flatMap(\.participants)
    }

    /// `Terebin (Andrei Orlov)` where `Terebin` is a correspondent of the record and the parenthesis
    /// holds a person's full name.
    static func aliases(in summary: String, names: [NameMention]) -> [StatedAlias] {
        var result: [StatedAlias] = []
        // Every alias opens a parenthesis: a summary without one is passed over in one byte scan.
        guard ByteSearch.holds(UInt8(ascii: "("), in: summary) else { return result }
        for mention in names where mention.kind == .person {
            for form in [mention.text] + (mention.bracketed.map { [$0] } ?? []) {
                guard let r = summary.range(of: form + " (") else { continue }
                guard let close = summary[r.upperBound...].firstIndex(of: ")") else { continue }
                let inside = String(summary[r.upperBound..<close])
                // Only a full name (given name and surname) identifies a cover name; a bare surname in
                // parentheses ("Kuznetsov (Stalin)") may say on whose behalf, not who.
                guard let alias = NamePhrase.personName(in: inside), NamePhrase.isPureName(inside),
                      alias.text.split(separator: " ").count >= 2, NameFolding.fold(alias.text) != NameFolding.fold(form),
                      !names.contains(where: { MessageGrammar.sameName($0, alias) })
                else { continue }
                result.append(StatedAlias(name: form, alias: alias.text, evidence: .summary))
            }
        }
        return result
    }
}

/// What the summary reader derives from the summary's text alone, before any rule reads the title's reading or
/// the record: the summary in catalogue case with names bound (`Truecasing`, `NameBinding`), normalised
/// (`TitleText.normalize`), its clauses rewritten (`ClauseRewrites`) and passives made active (`PassiveTelling`),
/// the cue presences, and its subject clauses (`SubjectClauses.find` with pronouns).
///
/// **Why it may be remembered.** Each step is a function of its text and nothing else (no title, date, record
/// or option; the per-thread memos and the cue registry they use answer as the work itself would), so the
/// prelude is a function of the summary's bytes. A catalogue repeats its summaries (30,198 distinct among the
/// 53,500 records of the 50k benchmark listing); the run keeps the preludes of summaries up to 2 KB
/// (`memo`), and every rule that reads the title, the record or the acts read so far runs on every record.
struct SummaryPrelude {
    /// The summary as the grammar reads it (capitals restored, names bound).
    let summary: String
    let plain: String
    let text: String
    let toldInPassive: [String]?
    let cues: SummaryCuePresence
    let clauses: [SubjectClauses]

    /// The prelude of a summary already in catalogue case with its names bound.
    init(_ summary: String) {
        self.summary = summary
        guard !summary.isEmpty else {
            plain = ""; text = ""; toldInPassive = nil; cues = SummaryCuePresence(""); clauses = []
            return
        }
        // Which rule families' cue words the summary holds, read in one pass (again only if a clause or a passive
        // is rewritten).
        let plain = TitleText.normalize(summary)
        let plainCues = SummaryCuePresence(plain)
        // "Had A met B, …" is "If A met B, …", "in attendance" is "present" … (`ClauseRewrites`, whose cue words
        // are a family of the presence above).
        let normalized = plainCues.allows(.clauseRewrites) ? ClauseRewrites.rewritten(plain) : plain
        let normalizedCues = TextCache.sameBytes(normalized, plain) ? plainCues : SummaryCuePresence(normalized)
        // "X was told by Y" is read as "Y told X" (`PassiveTelling`).
        let (text, toldInPassive) = normalizedCues.allows(.passiveTelling) && normalizedCues.allows(.by)
            ? PassiveTelling.activated(normalized) : (normalized, nil)
        self.plain = plain
        self.text = text
        self.toldInPassive = toldInPassive
        cues = TextCache.sameBytes(text, normalized) ? normalizedCues : SummaryCuePresence(text)
        clauses = SubjectClauses.find(in: text, pronouns: true)
    }

    /// The run's preludes by the record's summary (cut to its limit, format characters removed).
    static let memo = TextMemo<SummaryPrelude>(longestKept: 2_048, capacity: 32_768)

    /// The prelude of a record's summary, as `RecordExtractor` reads it.
    static func of(recordSummary summary: String) -> SummaryPrelude {
        memo.value(of: summary) { SummaryPrelude(NameBinding.bind(Truecasing.restoringCapitals($0, proseWords: SummaryLexicon.proseWords))) }
    }
}
