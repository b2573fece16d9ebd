/// What a summary states plainly, used conservatively and always marked with evidence "summary":
/// aliases (`Terebin (Andrei Orlov)`); the interlocutors of a journal entry (`Kim Il Sung discusses …`
/// in Puzanov's journal); the other side of a conversation whose title names one side
/// (`Minutes of Talks with Mao Tse-tung` + `Mao Zedong and Nehru discuss …`); and participants
/// `also present`.
enum SummaryReader {
    static func read(_ summary: String, into result: inout ExtractedRecord, reading: TitleReading) {
        guard !summary.isEmpty else { return }
        let text = TitleText.normalize(summary)
        result.statedAliases += aliases(in: text, names: names(of: result))
        let clauses = SubjectClauses.find(in: text)

        // "Participants: President Nixon, Ambassador Dobrynin, Henry Kissinger" (FRUS memoranda of conversation).
        if result.conversations.isEmpty, let participants = participantsLine(text), participants.count >= 2 {
            result.conversations.append(ExtractedConversation(participants: participants, evidence: .summary))
        }
        relayedContent(text, into: &result)
        restatedEnds(text, clauses: clauses, reading: reading, into: &result)
        askedToConvey(text, into: &result)
        goBetween(text, into: &result)
        addressees(clauses, reading: reading, into: &result)
        namedWriter(clauses, into: &result)
        writerBesideInstitution(clauses, reading: reading, into: &result)

        if !result.conversations.isEmpty {
            completeTitleConversation(text, clauses: clauses, into: &result)
        } else if !reading.conversationWithOneSide.isEmpty {
            completeOneSidedConversation(text, clauses: clauses, reading: reading, into: &result)
        }
        // Talks a session's minutes recount are mentioned in passing (gold schema), not documented.
        if result.conversations.isEmpty && reading.journalAuthor == nil && !reading.sessionRecord {
            recountedConversations(text, clauses: clauses, into: &result)
        }
        if result.conversations.isEmpty, reading.journalAuthor == nil, reading.conversationWithOneSide.isEmpty {
            meetingOfUnnamedSides(clauses, into: &result)
        }
        if let author = reading.journalAuthor, result.messages.isEmpty {
            journalReport(clauses, author: author, into: &result)
        }
        resolveOffices(text, in: &result)
        if result.conversations.isEmpty, let author = reading.journalAuthor, reading.documentType == "journal" {
            journalInterlocutors(clauses, author: author, into: &result)
        }
    }

    /// "Kissinger met with Chairman Mao and Zhou Enlai": a summary clause naming every title participant
    /// and more adds the others; so do participants "also present" and conversations the record says
    /// it documents.
    static func completeTitleConversation(_ text: String, clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        var conversation = result.conversations[0]
        // "Zhou Enlai describes his meeting with Khrushchev, Malenkov, and other Soviet officials" for
        // "Malenkov's conversation with Zhou Enlai".
        let writer = result.messages.first?.from.first { $0.kind == .person }
        let meetings = meetingsWith(text, writer: writer).map { SubjectClauses(subjects: $0, verb: "meet", objects: []) }
        for clause in clauses.filter({ SubjectClauses.conversationVerbs.contains($0.verb) }) + meetings {
            let named = ConversationGrammar.merge(clause.persons, [])
            guard conversation.participants.filter({ $0.kind == .person }).allSatisfy({ MessageGrammar.contains(named, $0) }) else { continue }
            for person in named where !MessageGrammar.contains(conversation.participants, person) {
                conversation.participants.append(person)
            }
        }
        let title = result.conversations[0].participants
        if conversation.participants.count != title.count {
            let added = conversation.participants.filter { !MessageGrammar.contains(title, $0) }
            // "Conversations between the Delegation of the Romanian Workers Party and the CPSU" +
            // "Khrushchev and Mikoyan … in a conversation with a Romanian delegation": the people named
            // speak for the side the summary does not call their counterpart, which keeps its name.
            if title.count >= 2, title.allSatisfy({ $0.kind != .person }),
               let counterpart = title.first(where: { namedAsCounterpart($0, in: text) }),
               title.filter({ namedAsCounterpart($0, in: text) }).count == 1 {
                conversation.participants = [counterpart] + added
            } else {
                conversation.participants = ConversationGrammar.merge(conversation.participants, [])
            }
        }
        // "Romanian military leader Emil Bodnăraş is also present."
        for clause in clauses where clause.verb == "present" {
            for person in clause.personSubjects where !MessageGrammar.contains(conversation.participants, person) {
                conversation.participants.append(person)
            }
        }
        result.conversations[0] = conversation
        for people in recountedBetween(text) where !result.conversations.contains(where: { c in
            people.allSatisfy { MessageGrammar.contains(c.participants, $0) } }) {
            // "Discussions of a Delegation from the DRV with Ceausescu and Maurer" + "the conversation between
            // Ceausescu, Maurer, and Le Thanh Nghi": the delegation is represented by its named member.
            let titlePersons = conversation.participants.filter { $0.kind == .person }
            if conversation.participants.contains(where: { $0.kind == .institution && ConversationGrammar.isGroup($0.text) }),
               !titlePersons.isEmpty, titlePersons.allSatisfy({ MessageGrammar.contains(people, $0) }) {
                result.conversations[0].participants = ConversationGrammar.merge(conversation.participants + people, [])
                result.conversations[0].evidence = .summary
                continue
            }
            result.conversations.append(ExtractedConversation(participants: people, evidence: .summary))
        }
    }

    /// Whether the summary names `side` as the party someone talks "with": "a conversation with a
    /// Romanian delegation" names the Delegation of the Romanian Workers Party.
    static func namedAsCounterpart(_ side: NameMention, in text: String) -> Bool {
        let sideWords = Set(NamePhrase.tokenize(side.text).map(NamePhrase.wordKey))
        let words = NamePhrase.tokenize(text).map(NamePhrase.wordKey)
        let generic: Set<String> = ["a", "an", "the", "of", "delegation", "delegations", "side", "party", "leadership",
                                    "government", "representatives", "officials", "leaders"]
        for (i, word) in words.enumerated() where word == "with" {
            // The phrase after "with", up to its group noun: "with a Romanian delegation".
            var phrase: [String] = []
            for next in words.dropFirst(i + 1).prefix(5) {
                phrase.append(next)
                if ["delegation", "delegations", "side", "leadership", "government", "representatives"].contains(next) { break }
            }
            guard let last = phrase.last, ["delegation", "delegations", "side", "leadership", "government", "representatives"].contains(last)
            else { continue }
            if phrase.contains(where: { !generic.contains($0) && sideWords.contains($0) }) { return true }
        }
        return false
    }

    /// The title names one side of a conversation ("Record of Conversation with Tsedenbal"); the summary
    /// may name the other.
    static func completeOneSidedConversation(_ text: String, clauses: [SubjectClauses], reading: TitleReading,
                                             into result: inout ExtractedRecord) {
        let side = reading.conversationWithOneSide
        // "Mao Zedong and Nehru discuss …": a clause that includes the named side names the other.
        for clause in clauses where SubjectClauses.conversationVerbs.contains(clause.verb) {
            let all = ConversationGrammar.merge(side, clause.personSubjects)
            if all.count >= 2, clause.personSubjects.contains(where: { MessageGrammar.contains(side, $0) }) || clause.personSubjects.count >= 2 {
                result.conversations.append(ExtractedConversation(participants: all, evidence: .summary))
                break
            }
        }
        // "Conversation between DPRK Ambassador Ri Sang-jo and Kurdyukov …" in the summary.
        for sentence in sentences(text) {
            guard let found = ConversationGrammar.read(sentence, author: nil).conversation,
                  found.contains(where: { MessageGrammar.contains(side, $0) }) else { continue }
            result.conversations.append(ExtractedConversation(participants: found, evidence: .summary))
            break
        }
        // "Soviet Ambassador to Mongolia, Vasily Pisarev, reports on the discussions between Tsedenbal and
        // Ulanfu": the record's author, who had the conversation the title names from one side; the
        // discussions he reports are another conversation.
        if reading.journalAuthor == nil,
           let clause = clauses.first(where: { ["reports", "describes", "writes", "recounts"].contains($0.verb) }),
           clause.personSubjects.count == 1, !MessageGrammar.contains(side, clause.personSubjects[0]),
           !result.conversations.contains(where: { MessageGrammar.contains($0.participants, clause.personSubjects[0]) }) {
            result.conversations.append(ExtractedConversation(
                participants: ConversationGrammar.merge(clause.personSubjects, side), evidence: .summary))
        }
        if result.conversations.isEmpty, let author = reading.journalAuthor {
            result.conversations.append(ExtractedConversation(participants: ConversationGrammar.merge([author], side), evidence: .title))
        }
    }

    /// "Record of a Meeting between the Soviet and Chinese Delegations": the title documents a meeting
    /// whose sides it does not name; the people the summary has speaking to each other are its participants.
    static func meetingOfUnnamedSides(_ clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        guard ConversationGrammar.nouns.contains(where: { !TitleText.find($0 + " between ", in: result.record.title).isEmpty })
        else { return }
        var people: [NameMention] = []
        for clause in clauses where SubjectClauses.dialogueVerbs.contains(clause.verb) {
            for p in clause.persons where !MessageGrammar.contains(people, p) { people.append(p) }
        }
        if people.count >= 2 { result.conversations.append(ExtractedConversation(participants: people, evidence: .summary)) }
    }

    /// "From the Journal of Vyshinsky …": "Vyshinsky reports to Stalin that …" makes the entry a report to Stalin.
    static func journalReport(_ clauses: [SubjectClauses], author: NameMention, into result: inout ExtractedRecord) {
        for clause in clauses where ["reports", "writes", "sends"].contains(clause.verb) && clause.afterTo {
            guard clause.subjects.count == 1, MessageGrammar.sameName(clause.subjects[0], author) else { continue }
            let to = clause.objects.filter { $0.kind == .person }
            if !to.isEmpty { result.messages.append(ExtractedMessage(from: [author], to: to, evidence: .summary)) }
            break
        }
    }

    /// A journal entry records the author's conversations: each named person who speaks in the summary
    /// ("Kim Il Sung discusses …", "Nam Il informs Puzanov …") is an interlocutor, each in a conversation
    /// of their own with the author.
    static func journalInterlocutors(_ clauses: [SubjectClauses], author: NameMention, into result: inout ExtractedRecord) {
        var seen: [NameMention] = []
        for clause in clauses where SubjectClauses.dialogueVerbs.contains(clause.verb) && !clause.reported {
            for p in clause.personSubjects where !MessageGrammar.sameName(p, author) && !MessageGrammar.contains(seen, p) {
                seen.append(p)
            }
            if clause.subjects.count == 1, MessageGrammar.sameName(clause.subjects[0], author) {
                for p in clause.objects where p.kind == .person && !MessageGrammar.contains(seen, p) { seen.append(p) }
            }
        }
        for person in seen {
            result.conversations.append(ExtractedConversation(participants: [author, person], evidence: .summary))
        }
    }

    /// Conversations a message or report recounts as its subject: "Shtykov gives a report of a meeting
    /// with Kim Il Sung and Pak Heon-yeong", "A report by Ambassador Práth on a conversation he held with
    /// Puzanov", "The report details Mikoyan's talks with Kennedy", "Zhou and Stalin discuss …" — but not
    /// the record's own sender and recipient "discussing" the letter between them.
    static func recountedConversations(_ text: String, clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        let ends = result.messages.flatMap { $0.from + $0.to }
        var found: [[NameMention]] = []
        let senders = result.messages.first?.from ?? []
        func add(_ people: [NameMention]) {
            // People, and the record's own sending institution for its unnamed writer.
            let persons = ConversationGrammar.merge(people.filter { $0.kind == .person || MessageGrammar.contains(senders, $0) }, [])
            guard persons.count >= 2 else { return }
            if persons.allSatisfy({ MessageGrammar.contains(ends, $0) }) { return }
            if found.contains(where: { MessageGrammar.sameParties($0, persons) }) { return }
            found.append(persons)
        }
        for clause in clauses where ["discuss", "discusses", "discussed", "talk", "talks", "talked", "converse", "converses",
                                     "conversed", "met", "meet", "meets", "exchange", "exchanges"].contains(clause.verb) {
            if clause.personSubjects.count >= 2 || !clause.objects.isEmpty { add(clause.persons) }
        }
        // In a message that reports talks, "Mao admits to Mikoyan", "Gromyko informs Liu Xiao" are the talks.
        // The speaker must be someone other than the letter's own ends and relays (whose "telling" is the
        // letter itself), and "tells X to do" is an instruction, not a talk.
        if !result.messages.isEmpty {
            let routed = result.messages.flatMap { $0.from + $0.to + $0.via }
            for clause in clauses where ["informs", "informed", "tells", "told", "admits", "admitted", "assures", "assured",
                                         "explains", "explained"].contains(clause.verb) && !clause.instructs {
                let objects = clause.objects.filter { $0.kind == .person }
                guard clause.personSubjects.count == 1, !objects.isEmpty,
                      !MessageGrammar.contains(routed, clause.personSubjects[0]) else { continue }
                add(clause.personSubjects + objects)
            }
        }
        // "A meeting with Kim Il Sung reveals …" in Mikoyan's telegram: the writer's meeting.
        // "The Romanian ambassador reports on a conversation with Kim Il Sung" in the embassy's telegram: the
        // embassy stands for its unnamed writer.
        let writer = senders.first { $0.kind == .person } ?? (senders.count == 1 ? senders.first : nil)
        // Who sent the telegram "after meeting X": its first relay when it carries someone else's message.
        let telegramWriter = result.messages.first.flatMap { $0.via.first { $0.kind == .person } } ?? writer
        for people in meetingsWith(text, writer: writer, telegramWriter: telegramWriter) { add(people) }
        // "An overview of Wu Xueqian and Abe Shintaro's exchanges on the Korean Peninsula."
        for people in jointPossessiveTalks(text) { add(people) }
        // "The correspondence also summarizes the conversation between Tito and Kim Il Sung."
        found += recountedBetween(text).filter { p in !found.contains { MessageGrammar.sameParties($0, p) } }
        for people in found {
            result.conversations.append(ExtractedConversation(participants: people, evidence: .summary))
        }
    }

    /// Meetings a sentence recounts with "meeting with", "talks with", "conversation he held with":
    /// "Shtykov gives a report of a meeting with Kim Il Sung and Pak Heon-yeong", "Zhou Enlai describes
    /// his meeting with Khrushchev, Malenkov, and other Soviet officials". A bare "A meeting with …"
    /// is the `writer`'s.
    static func meetingsWith(_ text: String, writer: NameMention?, telegramWriter: NameMention? = nil) -> [[NameMention]] {
        var meetings: [[NameMention]] = []
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            for noun in ["meeting with ", "meetings with ", "conversation with ", "conversations with ", "talks with ",
                         "conversation he held with ", "conversation she held with ", "discussions with ",
                         "consultation with ", "consultations with ", "after meeting with ", "after meeting "] {
                guard let r = lower.range(of: noun) else { continue }
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                var rest = String(sentence.dropFirst(offset))
                for ender in [" in which", " during which", " about ", " on ", " regarding ", " concerning ", " to ",
                              " in ", " at ", " where ", " who ", ";"] {
                    if let e = rest.range(of: ender), e.lowerBound > rest.startIndex { rest = String(rest[..<e.lowerBound]) }
                }
                if rest.hasSuffix(".") { rest.removeLast() }
                // The names end where the sentence goes on: "a meeting with Kim Il Sung reveals …".
                // "Kim Il Sung's envoy, Kim Il": the meeting is with the envoy, not with Kim Il Sung.
                var nameTokens: [Substring] = []
                var afterPossessive = false
                for token in rest.split(separator: " ") {
                    let lower = token.lowercased()
                    if afterPossessive, nameTokens.isEmpty, token.first?.isLowercase == true { continue }
                    if token.first?.isLowercase == true && !["and", "of", "the", "de", "van", "von", "al"].contains(lower) { break }
                    if lower.hasSuffix("'s") || lower.hasSuffix("’s") {
                        nameTokens = []
                        afterPossessive = true
                        continue
                    }
                    nameTokens.append(token)
                    if token.hasSuffix(":") || token.hasSuffix(".") && !NamePhrase.isInitials(String(token)) { break }
                    if afterPossessive, token.hasSuffix(",") { break }
                }
                rest = nameTokens.joined(separator: " ")
                let others = NamePhrase.parse(rest).filter { $0.kind == .person }
                guard !others.isEmpty else { continue }
                let head = String(sentence.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound)))
                let headIsBare = ["a ", "the ", "his ", "her ", "during the ", "at the ", "in a "].contains { head.lowercased().hasPrefix($0) }
                    || head.trimmingSpaces().isEmpty
                // "Telegram from Roshchin to Moscow after meeting Zhou Enlai": the writer met him.
                let subject = noun.hasPrefix("after ") ? telegramWriter ?? writer : recounter(head: head) ?? (headIsBare ? writer : nil)
                guard let subject else {
                    // "On a consultation with Herrmann, Kim Gwang-su informed him": the opening phrase names
                    // one side, the main clause's subject after the comma the other.
                    let opening = ["on a ", "in a ", "at a ", "during a ", "on the ", "in the ", "at the ", "during the "]
                    if opening.contains(head.lowercased()), rest.contains(","), others.count >= 2 { meetings.append(others) }
                    continue
                }
                if noun.hasPrefix("conversations with ") && others.count > 1 {
                    for other in others { meetings.append([subject, other]) }
                } else {
                    meetings.append([subject] + others)
                }
            }
        }
        return meetings
    }

    /// "Wu Xueqian and Abe Shintaro's exchanges", "Kim Il Sung and Zhou Enlai's talks": a talk of the
    /// people who jointly own it.
    static func jointPossessiveTalks(_ text: String) -> [[NameMention]] {
        var found: [[NameMention]] = []
        let nouns = ["exchanges", "exchange", "talks", "discussions", "discussion", "conversation", "conversations",
                     "meeting", "meetings", "negotiations", "consultations"]
        for sentence in sentences(text) {
            for noun in nouns {
                for r in TitleText.find("'s " + noun, in: sentence) {
                    let owners = NamePhrase.parse(ConversationGrammar.possessor(before: String(sentence[..<r.lowerBound])))
                    let people = ConversationGrammar.merge(owners.filter { $0.kind == .person }, [])
                    if people.count >= 2 { found.append(people) }
                }
            }
        }
        return found
    }

    /// "The correspondence also summarizes the conversation between Tito and Kim Il Sung", "A note on a
    /// conversation between Mao Zedong and Le Duan": a conversation the record says it documents.
    static func recountedBetween(_ text: String) -> [[NameMention]] {
        var found: [[NameMention]] = []
        let recounting = ["summarizes the", "summarises the", "records the", "details the", "describes the",
                          "reports on the", "recounts the", "is a record of the", "is a note on the",
                          "note on a conversation", "note on the conversation", "record of a conversation",
                          "record of the conversation", "minutes of a conversation", "minutes of the conversation"]
        for sentence in sentences(text) where sentence.lowercased().contains(" between ")
            && recounting.contains(where: { sentence.lowercased().contains($0) }) {
            if let people = ConversationGrammar.read(sentence, author: nil).conversation,
               people.filter({ $0.kind == .person }).count >= 2 { found.append(people) }
        }
        return found
    }

    /// Who had the meeting a sentence head introduces: "X's talks", "a report by X on a conversation",
    /// or the sentence's subject ("Shtykov gives an insider's report of a meeting").
    static func recounter(head: String) -> NameMention? {
        let trimmed = head.trimmingSpaces()
        if trimmed.hasSuffix("'s") || trimmed.lowercased().hasSuffix("'s a") {
            let possessor = ConversationGrammar.possessor(before: String(trimmed.dropLast(trimmed.hasSuffix("'s") ? 2 : 4)))
            if let p = NamePhrase.parse(possessor).last, p.kind == .person { return p }
        }
        if let by = trimmed.range(of: " by ") {
            var after = String(trimmed[by.upperBound...])
            if let on = after.range(of: " on ") { after = String(after[..<on.lowerBound]) }
            if let p = NamePhrase.parse(after).first, p.kind == .person { return p }
        }
        // The sentence's own subject: the leading capitalised words.
        var words: [String] = []
        for token in trimmed.split(separator: " ") {
            let t = String(token)
            guard (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t) else { break }
            words.append(t)
            if t.hasSuffix(",") { break }
        }
        if let p = NamePhrase.parse(words.joined(separator: " ")).first, p.kind == .person { return p }
        return nil
    }

    /// A summary sentence that restates the document's own ends fills what the title leaves out:
    /// "This telegram, sent from the Romanian Ministry of Foreign Affairs to the Romanian Embassy in
    /// Beijing, …", "Draft telegram from the CPSU CC to … Togliatti", "The Romanian Embassy in
    /// Pyongyang reports to the Romanian Ministry of Foreign Affairs on …".
    static func restatedEnds(_ text: String, clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        let isMessageRecord = !result.messages.isEmpty
            || (reading.documentType.map { ["letter", "message", "note", "report", "directive"].contains($0) || Lexicon.isWire($0) } ?? true)
        guard isMessageRecord, result.messages.count <= 1 else { return }
        let title = result.messages.first
        if let title, !title.from.isEmpty, !title.to.isEmpty { return }
        guard let first = sentences(text).first else { return }
        let lower = first.lowercased()
        let nouns = ["telegram", "cable", "letter", "message", "note", "report", "memorandum", "document", "correspondence", "cablegram"]
        var restated: ExtractedMessage?
        for marker in [" sent from ", " from "] {
            guard let r = lower.range(of: marker) else { continue }
            let before = lower[..<r.lowerBound]
            guard nouns.contains(where: { before.hasSuffix($0) || before.hasSuffix($0 + ",") }) || marker == " sent from " else { continue }
            let body = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
            guard let split = MessageGrammar.splitAtTo(body) else { continue }
            var to = split.right
            for ender in [",", " on ", " regarding ", " about ", " concerning ", " informs ", " asking ", " requesting ", " that ",
                          " after ", " before ", " following ", " who ", " which ", "."] {
                if let e = to.range(of: ender) { to = String(to[..<e.lowerBound]) }
            }
            let from = NamePhrase.parse(split.left), recipients = NamePhrase.parse(to)
            if !from.isEmpty && !recipients.isEmpty {
                restated = ExtractedMessage(from: from, to: recipients, evidence: .summary)
                // "Yuri Andropov forwards this letter from Hegedus to the Council of Ministers": a relay.
                if let forwarder = forwarder(of: String(first[..<first.index(first.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])),
                   !MessageGrammar.contains(from + recipients, forwarder) {
                    restated?.via = [forwarder]
                }
            }
            break
        }
        if restated == nil, result.messages.isEmpty {
            // "The Romanian Embassy in Pyongyang reports to the Romanian Ministry of Foreign Affairs …"
            for clause in clauses where ["reports", "writes", "sends"].contains(clause.verb) && clause.afterTo {
                let to = clause.objects
                if !to.isEmpty, !clause.subjects.isEmpty {
                    restated = ExtractedMessage(from: clause.subjects, to: to, evidence: .summary)
                    break
                }
            }
        }
        // "Ciphered Telegram No. 4581" + "Stalin informs Mao Zedong that …": a wire whose title names no one
        // is the message its summary's first clause sends.
        if restated == nil, title.map({ $0.from.isEmpty && $0.to.isEmpty }) ?? true,
           let type = reading.documentType, Lexicon.isWire(type), let clause = clauses.first,
           clause.subjects.count == 1, clause.subjects[0].kind == .person, !clause.reported,
           SubjectClauses.addressingVerbs.contains(clause.verb) || clause.verb == "replies" || clause.afterTo,
           !clause.objects.isEmpty, clause.objects.allSatisfy({ $0.kind == .person }) {
            restated = ExtractedMessage(from: clause.subjects, to: clause.objects, evidence: .summary)
        }
        // "CPSU gives instructions to the Communist Party of Italy …" for a directive from the CPSU
        // Secretariat; "Draft instructions of the Soviet leadership to …" for instructions to named people.
        if restated == nil {
            for verb in [" gives ", " sends ", " issues ", " transmits "] {
                guard let v = lower.range(of: verb) else { continue }
                let after = lower[v.upperBound...]
                guard let to = after.range(of: " to "),
                      ["instructions", "directive", "directives", "orders", "message", "letter", "telegram", "note"]
                        .contains(where: { after[..<to.lowerBound].hasSuffix($0) }) else { continue }
                var addressee = String(first.dropFirst(lower.distance(from: lower.startIndex, to: to.upperBound)))
                for ender in [" on ", " about ", " regarding ", " concerning ", ",", "."] {
                    if let e = addressee.range(of: ender) { addressee = String(addressee[..<e.lowerBound]) }
                }
                let recipients = NamePhrase.parse(addressee)
                let author = (title?.from).flatMap { $0.isEmpty ? nil : $0 } ?? reading.unaddressedAuthor
                if !recipients.isEmpty, !author.isEmpty {
                    restated = ExtractedMessage(from: author, to: recipients, evidence: .summary)
                }
                break
            }
        }
        if restated == nil, let title, title.from.isEmpty, !title.to.isEmpty {
            for noun in ["instructions of ", "directive of ", "letter of ", "message of ", "telegram of "] {
                guard let r = lower.range(of: noun) else { continue }
                var author = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
                for ender in [" to ", " on ", " about ", ",", "."] {
                    if let e = author.range(of: ender) { author = String(author[..<e.lowerBound]) }
                }
                let from = NamePhrase.parse(author)
                if !from.isEmpty { restated = ExtractedMessage(from: from, to: title.to, evidence: .summary) }
                break
            }
        }
        guard let restated else { return }
        if let title {
            // Keep what the title states, take the rest from the summary.
            let from = title.from.isEmpty ? restated.from : (restated.from.count >= title.from.count
                && !MessageGrammar.contains(restated.from, title.from[0]) && title.from[0].kind != .person ? restated.from : title.from)
            let to = title.to.isEmpty ? restated.to : title.to
            result.messages = [ExtractedMessage(from: from, to: to, via: title.via, evidence: .summary)]
        } else {
            result.messages = [restated]
        }
    }

    /// The subject of "X forwards this letter", "X transmits the telegram": who passes a document on.
    static func forwarder(of head: String) -> NameMention? {
        let lower = head.lowercased()
        for verb in [" forwards ", " forwarded ", " transmits ", " transmitted ", " relays ", " relayed ", " passes on ",
                     " passed on ", " conveys ", " conveyed "] {
            guard let v = lower.range(of: verb) else { continue }
            let object = lower[v.upperBound...].split(separator: " ")
            guard object.count <= 3, ["this", "the", "a", "an"].contains(object.first.map(String.init) ?? "") else { continue }
            let subject = String(head[..<head.index(head.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: v.lowerBound))])
            let people = NamePhrase.parse(subject)
            if people.count == 1, people[0].kind == .person { return people[0] }
        }
        return nil
    }

    /// The person who wrote a telegram that the title gives only as an office: "East German Ambassador
    /// Oskar Fischer reports …" for one from the "Ambassador to China".
    static func namedWriter(_ clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.from.count == 1,
              let sender = message.from.first, sender.kind != .person, let clause = clauses.first,
              clause.subjects.count == 1, let person = clause.subjects.first, let office = person.office?.lowercased(),
              office.contains("ambassador") || office.contains("chargé") || office.contains("charge") else { return }
        let senderText = sender.text.lowercased()
        guard sender.kind == .office, senderText.contains("ambassador") else { return }
        message.from = [person]
        message.evidence = .summary
        result.messages = [message]
    }

    /// "Popa describes …", "Lazar believes …", "Chinese Ambassador Wellington Koo states …" for a telegram
    /// the title sends from an embassy or ministry: the summary names the diplomat who wrote it, who
    /// signs beside the institution. "Ogrodinski tells Drozniak to …" names the addressee as well.
    /// Only wires (telegrams, cables), which a diplomat signs; an embassy's report stays the embassy's.
    static func writerBesideInstitution(_ clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        guard let type = reading.documentType, Lexicon.isWire(type), result.messages.count == 1,
              var message = result.messages.first, message.via.isEmpty, !message.from.isEmpty,
              message.from.allSatisfy({ $0.kind == .institution }),
              let clause = clauses.first, clause.subjects.count == 1, let writer = clause.personSubjects.first,
              SubjectClauses.writerVerbs.contains(clause.verb) else { return }
        // "Shtykov informs Vyshinsky that …" in a telegram to the ministry is the telegram itself, and so is
        // an instruction ("tells Drozniak to meet …"); in a cable with no addressee, "Gromyko informs
        // Liu Xiao …" is a talk the cable reports.
        let addressees = clause.objects.filter { $0.kind == .person }
        // An ambassador being told something is at the sending end: "Kim Il Sung tells Ambassador Puzanov …"
        // is the talk Puzanov's telegram reports.
        let toDiplomat = addressees.contains { $0.office.map { NamePhrase.tokenize($0).map(NamePhrase.wordKey)
            .contains(where: Lexicon.diplomaticRanks.contains) } ?? false }
        guard clause.objects.isEmpty || addressees.count == clause.objects.count
                && (clause.instructs || !message.to.isEmpty && !toDiplomat) else { return }
        guard !result.conversations.contains(where: { MessageGrammar.contains($0.participants, writer) }) else { return }
        // A writer with an office is a diplomat of the sending country ("Chinese Ambassador" for the
        // Chinese Embassy), not a host-country leader the telegram quotes.
        if let office = writer.office {
            let words = NamePhrase.tokenize(office).map(NamePhrase.wordKey)
            guard words.contains(where: { Lexicon.diplomaticRanks.contains($0) }) else { return }
            let senderWords = Set(message.from.flatMap { NamePhrase.tokenize($0.text).map(NamePhrase.wordKey) })
            guard words.filter({ Lexicon.nationalities.contains($0) }).allSatisfy({ senderWords.contains($0) }) else { return }
        }
        message.from.append(writer)
        if !addressees.isEmpty, message.to.allSatisfy({ $0.kind == .institution }) {
            message.to += addressees.filter { !MessageGrammar.contains(message.to + message.from, $0) }
        }
        message.evidence = .summary
        result.messages = [message]
    }

    /// Offices the title names without a person, whom the summary names: "Ambassador Ochęduszko's
    /// Meeting with the Soviet Ambassador" + "the Soviet ambassador in Bucharest, Alexander Vasilievich Basov".
    static func resolveOffices(_ text: String, in result: inout ExtractedRecord) {
        func holder(_ office: NameMention) -> NameMention? {
            let words = NamePhrase.tokenize(office.text).map(NamePhrase.wordKey)
            guard let head = words.last(where: { NamePhrase.strongOffices.contains($0) }) else { return nil }
            let qualifiers = words.filter { Lexicon.nationalities.contains($0) }
            let lower = text.lowercased()
            // "Kim Il Sung tells Ambassador Qiao Xiaoguang …" for "the Chinese Ambassador": an office the
            // summary names only once, without a nationality, is the same office.
            let mentions = lower.components(separatedBy: head).count - 1
            var search = lower.startIndex..<lower.endIndex
            while let r = lower.range(of: head, range: search) {
                search = r.upperBound..<lower.endIndex
                let before = lower[lower.index(r.lowerBound, offsetBy: -min(30, lower.distance(from: lower.startIndex, to: r.lowerBound)))..<r.lowerBound]
                let unqualified = mentions == 1 && !before.split(separator: " ").suffix(2).contains { Lexicon.nationalities.contains(NamePhrase.wordKey(String($0))) }
                guard qualifiers.allSatisfy({ before.contains($0) }) || unqualified else { continue }
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                var after = String(text.dropFirst(offset))
                if let end = after.range(of: ". ") { after = String(after[..<end.lowerBound]) }
                // "… ambassador in Bucharest, Alexander Vasilievich Basov" or "… ambassador Basov"
                let pieces = after.split(separator: ",", maxSplits: 2).map(String.init)
                for (n, piece) in pieces.prefix(2).enumerated() {
                    // Right after the office the name ends where the sentence goes on ("Ambassador Qiao
                    // Xiaoguang that North Korea …"); after a comma it must be the whole apposition.
                    var words: [Substring] = []
                    for token in piece.split(separator: " ") {
                        if n == 0, token.first?.isLowercase == true, !words.isEmpty { break }
                        words.append(token)
                    }
                    let piece = words.joined(separator: " ")
                    if let person = NamePhrase.personName(in: piece.trimmingSpaces()),
                       piece.trimmingSpaces().hasPrefix(person.text.split(separator: " ").first.map(String.init) ?? "\u{0}") {
                        return person
                    }
                }
            }
            return nil
        }
        for (i, c) in result.conversations.enumerated() {
            var participants: [NameMention] = []
            for p in c.participants {
                guard p.kind == .office, let person = holder(p) else { participants.append(p); continue }
                // The office's holder takes its place, once: the summary may already have named them.
                if !MessageGrammar.contains(participants + c.participants, person) { participants.append(person) }
            }
            result.conversations[i].participants = participants
        }
    }

    /// A `Participants:` list, as memoranda of conversation print it.
    static func participantsLine(_ text: String) -> [NameMention]? {
        guard let r = text.range(of: "Participants:") ?? text.range(of: "PARTICIPANTS:") ?? text.range(of: "Present:") else { return nil }
        var list = String(text[r.upperBound...])
        if let end = list.range(of: ". ") ?? list.range(of: "\n") { list = String(list[..<end.lowerBound]) }
        if list.hasSuffix(".") { list.removeLast() }
        let people = NamePhrase.parse(list.replacingOccurrences(of: ";", with: ","))
        return people.isEmpty ? nil : people
    }

    /// Sentences of a summary, split at ". " unless the period ends an initial ("A.M. Puzanov").
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for token in text.split(separator: " ") {
            current.append(token)
            if token.hasSuffix(".") && !NamePhrase.isInitials(String(token)) {
                result.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// "The cable contains Stalin's personal response …", "The telegram relays a request from Mao,
    /// conveyed via … Zhou Enlai": the title's single message carries someone else's, so it becomes
    /// one relayed message from that person (schema: A ≠ C).
    static func relayedContent(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, let outer = result.messages.first, !outer.from.isEmpty, !outer.to.isEmpty,
              outer.via.isEmpty else { return }
        let first = sentences(text).first ?? ""
        let lower = first.lowercased()
        let subjects = ["the cable ", "the telegram ", "this telegram ", "this cable ", "the letter ", "the message ", "the note "]
        guard subjects.contains(where: { lower.hasPrefix($0) }) else { return }
        let verbs = [" contains ", " relays ", " conveys ", " transmits ", " forwards ", " carries ", " passes on "]
        guard let v = verbs.compactMap({ lower.range(of: $0) }).first else { return }
        let after = String(first.dropFirst(lower.distance(from: lower.startIndex, to: v.upperBound)))
        var author: [NameMention] = []
        var relays: [NameMention] = []
        let kinds = ["response", "reply", "message", "letter", "telegram", "request", "answer", "instructions"]
        if let from = after.range(of: " from "),
           kinds.contains(where: { after[..<from.lowerBound].lowercased().hasSuffix($0) }) {
            var who = String(after[from.upperBound...])
            if let cut = who.firstIndex(where: { $0 == "," || $0 == ";" }) {
                let tail = String(who[who.index(after: cut)...]).trimmingSpaces()
                for marker in ["conveyed via ", "conveyed through ", "via "] where tail.lowercased().hasPrefix(marker) {
                    var relay = String(tail.dropFirst(marker.count))
                    if let end = relay.firstIndex(where: { $0 == "," || $0 == ";" }) { relay = String(relay[..<end]) }
                    relays = NamePhrase.parse(relay).filter { $0.kind == .person }
                }
                who = String(who[..<cut])
            }
            author = Array(NamePhrase.parse(who.split(separator: " ").prefix(4).joined(separator: " ")).filter { $0.kind == .person }.prefix(1))
        } else if let possessive = after.range(of: "'s ") {
            let noun = after[possessive.upperBound...].lowercased()
            guard kinds.contains(where: { noun.hasPrefix($0) || noun.hasPrefix("personal " + $0) }) else { return }
            author = NamePhrase.parse(String(after[..<possessive.lowerBound])).filter { $0.kind == .person }
        }
        guard let a = author.first, !MessageGrammar.contains(outer.from, a), !MessageGrammar.contains(outer.to, a) else { return }
        result.messages = [ExtractedMessage(from: [a], to: outer.to, via: relays + outer.from, evidence: .summary)]
    }

    /// "Telegram from Roshchin to Moscow after meeting Zhou Enlai who asked him to request of Stalin an
    /// answer", "Kim Il Sung asks Shtykov to convey to Stalin …": the telegram carries the asker's message
    /// to the person named, relayed by its writer (the gold schema's A ≠ C rule). A ministry or city the
    /// title addresses stands for that person. "Stalin asks Shtykov to convey to Kim Il Sung …" in Stalin's
    /// telegram to Shtykov makes Shtykov the go-between of a message to Kim Il Sung.
    static func askedToConvey(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, let outer = result.messages.first, outer.via.isEmpty,
              outer.from.count == 1, let writer = outer.from.first, writer.kind == .person else { return }
        let requests = ["to request of ", "to convey to ", "to pass on to ", "to transmit to ", "to relay to ",
                        "to forward to ", "to pass to ", "to convey his request to ", "to convey a message to ", "to inform "]
        let recipient = outer.to.count == 1 && outer.to[0].kind == .person ? outer.to[0] : nil
        // Who is asked, as the summary may print them: "him", the writer, or the title's recipient.
        var asked: [(form: String, isWriter: Bool)] = [("him", true)]
        for (person, isWriter) in [(writer, true)] + (recipient.map { [($0, false)] } ?? []) {
            let full = person.text.lowercased()
            asked.append((full, isWriter))
            if let surname = full.split(separator: " ").last, String(surname) != full { asked.append((String(surname), isWriter)) }
        }
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            for (form, askedIsWriter) in asked {
                for verb in [" asked ", " asks ", " instructs ", " instructed ", " tells ", " told ", " requests "] {
                    guard let m = lower.range(of: verb + form + " ") else { continue }
                    let after = lower[m.upperBound...]
                    guard let request = requests.first(where: { after.hasPrefix($0) }) else { continue }
                    // The addressee: the capitalised words after the request.
                    let offset = lower.distance(from: lower.startIndex, to: m.upperBound) + request.count
                    var words: [Substring] = []
                    for token in sentence.dropFirst(offset).split(separator: " ") {
                        guard token.first?.isUppercase ?? false else { break }
                        words.append(token)
                        if token.hasSuffix(",") || token.hasSuffix(".") { break }
                    }
                    guard let addressee = NamePhrase.parse(words.joined(separator: " ")).first, addressee.kind == .person,
                          !MessageGrammar.sameName(addressee, writer) else { continue }
                    // The asker: the name right before the verb ("meeting Zhou Enlai who asked him").
                    var head = String(sentence.prefix(lower.distance(from: lower.startIndex, to: m.lowerBound)))
                    if head.lowercased().hasSuffix(" who") { head.removeLast(4) }
                    var askerWords: [Substring] = []
                    for token in head.split(separator: " ").reversed() {
                        guard token.first?.isUppercase ?? false || NamePhrase.isInitials(String(token)) else { break }
                        askerWords.insert(token, at: 0)
                    }
                    guard let asker = NamePhrase.parse(askerWords.joined(separator: " ")).last, asker.kind == .person else { continue }
                    if askedIsWriter {
                        guard !MessageGrammar.sameName(asker, writer) else { continue }
                        let relays = [writer] + outer.to.filter { $0.kind == .person && !MessageGrammar.sameName($0, addressee) }
                        result.messages = [ExtractedMessage(from: [asker], to: [addressee], via: relays, evidence: .summary)]
                    } else if let recipient, MessageGrammar.sameName(asker, writer), !MessageGrammar.sameName(addressee, recipient) {
                        result.messages = [ExtractedMessage(from: [writer], to: [addressee], via: [recipient], evidence: .summary)]
                    } else {
                        continue
                    }
                    return
                }
            }
        }
    }

    /// "Ciphered Telegram, Filippov [Stalin] to Roshchin" + "Telegram from Stalin to Mao Zedong on …": the
    /// title addresses a go-between and the summary names the real recipient (gold schema).
    static func goBetween(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, let outer = result.messages.first, outer.from.count == 1,
              outer.to.count == 1, outer.to[0].kind == .person, let first = sentences(text).first else { return }
        let lower = first.lowercased()
        guard let noun = ["telegram from ", "cable from ", "letter from ", "message from ", "cablegram from "]
                .first(where: { lower.hasPrefix($0) || lower.hasPrefix("a " + $0) || lower.hasPrefix("the " + $0) }),
              let r = lower.range(of: noun) else { return }
        let body = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
        guard let split = MessageGrammar.splitAtTo(body) else { return }
        var to = split.right
        for ender in [",", " on ", " regarding ", " about ", " concerning ", " informing ", " asking ", " that ", " in which ", "."] {
            if let e = to.range(of: ender) { to = String(to[..<e.lowerBound]) }
        }
        let from = NamePhrase.parse(split.left), finals = NamePhrase.parse(to)
        guard from.count == 1, MessageGrammar.sameName(from[0], outer.from[0]) || from[0].text == outer.from[0].bracketed,
              finals.count == 1, finals[0].kind == .person, !MessageGrammar.contains(outer.to, finals[0]) else { return }
        result.messages = [ExtractedMessage(from: outer.from, to: finals, via: outer.via + outer.to, evidence: .summary)]
    }

    /// "Mao Zedong informs Peng Dehuai and Gao Gang …" for a telegram from Mao to Peng: the summary
    /// names a further addressee of the same message, or the addressee the title leaves out.
    static func addressees(_ clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        // "Directive [from Mao Zedong] …" + "Mao reminds Comrade Yao Wenyuan to remain humble": the summary
        // names the addressee the title leaves out.
        // Only orders address by their nature; in a report, "the ambassador tells Kim Il Sung" is a talk.
        let orders = ["directive", "instructions", "instruction", "order", "draft instructions", "draft directive"]
        if result.messages.isEmpty, !reading.unaddressedAuthor.isEmpty, orders.contains(reading.documentType ?? "") {
            for clause in clauses where SubjectClauses.addressingVerbs.contains(clause.verb) {
                let to = clause.objects.filter { $0.kind == .person }
                guard clause.subjects.count == 1, MessageGrammar.contains(reading.unaddressedAuthor, clause.subjects[0]),
                      !to.isEmpty, to.count == clause.objects.count else { continue }
                result.messages = [ExtractedMessage(from: reading.unaddressedAuthor, to: to, evidence: .summary)]
                return
            }
        }
        guard result.messages.count == 1, var message = result.messages.first, message.via.isEmpty,
              !message.from.isEmpty else { return }
        for clause in clauses where ["informs", "tells", "instructs", "replies", "writes"].contains(clause.verb)
            || (clause.verb == "reports" && clause.afterTo) {
            guard clause.subjects.count == 1, MessageGrammar.contains(message.from, clause.subjects[0]) else { continue }
            let objects = clause.objects.filter { $0.kind == .person || clause.afterTo }
            guard !objects.isEmpty else { continue }
            let known = message.to.filter { MessageGrammar.contains(objects, $0) }
            guard message.to.isEmpty || (known.count == message.to.count && objects.count > known.count) else { continue }
            for o in objects where !MessageGrammar.contains(message.to, o) && !MessageGrammar.contains(message.from, o) {
                message.to.append(o)
            }
            message.evidence = .summary
            result.messages = [message]
            return
        }
    }


    static func names(of result: ExtractedRecord) -> [NameMention] {
        result.messages.flatMap { $0.from + $0.to + $0.via } + result.conversations.flatMap(\.participants)
    }

    /// `Terebin (Andrei Orlov)` where `Terebin` is a correspondent of the record and the parenthesis
    /// holds a person's full name.
    static func aliases(in summary: String, names: [NameMention]) -> [StatedAlias] {
        var result: [StatedAlias] = []
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

/// Clauses of a summary whose subject is a list of names followed by a verb:
/// "A.M. Puzanov and Kim Il Sung discuss …", "…, Kim Il Sung shares …", "Nam Il informs Puzanov …".
struct SubjectClauses {
    var subjects: [NameMention]
    var verb: String
    /// Names right after the verb or after "with" in the same clause ("informs Puzanov", "discusses … with Fischer").
    var objects: [NameMention]
    /// Whether the objects followed "to" ("reports to Krajewski").
    var afterTo = false
    /// Whether the object is told to do something ("tells Drozniak to meet …"): an instruction.
    var instructs = false
    /// Whether the clause is part of what someone else tells: "Nam Il informs Puzanov of the Presidium
    /// meeting in which Kim Du-bong explains …" reports Kim Du-bong, who did not speak to Puzanov.
    var reported = false

    /// The people among the subjects and objects (conversations are between people or named groups).
    var persons: [NameMention] { (subjects + objects).filter { $0.kind == .person } }
    var personSubjects: [NameMention] { subjects.filter { $0.kind == .person } }

    static let conversationVerbs: Set<String> = [
        "discuss", "discusses", "discussed", "talk", "talks", "talked", "converse", "converses", "conversed",
        "meet", "meets", "met", "conversation", "present", "visited", "visits", "accompanied",
    ]
    static let dialogueVerbs: Set<String> = conversationVerbs.union([
        "share", "shares", "shared", "express", "expresses", "expressed", "inform", "informs", "informed",
        "tell", "tells", "told", "raise", "raises", "raised", "ask", "asks", "asked", "speak", "speaks", "spoke",
        "complain", "complains", "complained", "explain", "explains", "explained", "propose", "proposes",
        "exchange", "exchanges", "replies", "writes", "instructs", "reports", "sends", "states", "describes",
        "admits", "admitted", "assures", "assured",
    ])

    /// Verbs with which a summary has the document's writer speak ("Lazar believes …", "Popa describes …").
    static let writerVerbs: Set<String> = [
        "describes", "states", "reports", "notes", "writes", "believes", "discusses", "mentions", "assesses",
        "considers", "argues", "suggests", "warns", "explains", "expresses", "summarizes", "recounts", "relates",
        "tells", "informs", "proposes", "recommends", "requests", "comments", "observes", "analyzes", "analyses",
    ]
    /// Verbs by which an author addresses someone: "Mao reminds Yao Wenyuan …", "the CC instructs Zhou …".
    static let addressingVerbs: Set<String> = [
        "informs", "tells", "instructs", "reminds", "orders", "urges", "directs", "advises", "asks", "warns", "writes",
    ]
    static let clauseVerbs = dialogueVerbs.union(writerVerbs).union(addressingVerbs)
    /// Verbs whose direct object is a person ("informs Puzanov", "meets Kim Il Sung"); after other verbs
    /// a capitalised object is a topic ("discuss West Irian", "raises Taiwan").
    static let personObjectVerbs: Set<String> = [
        "inform", "informs", "informed", "tell", "tells", "told", "meet", "meets", "met", "visit", "visits", "visited",
        "ask", "asks", "asked", "instructs", "reminds", "urges", "orders", "directs", "advises", "warns", "assures",
        "assured", "accompanied", "receives", "received", "thanks", "congratulates", "briefs", "briefed",
    ]

    /// Verbs that introduce what someone tells: a relative clause after them is its content.
    static let reportingVerbs: Set<String> = [
        "informs", "informed", "tells", "told", "reports", "reported", "describes", "described", "recounts",
        "recounted", "explains", "explained", "briefs", "briefed",
    ]

    static func find(in text: String) -> [SubjectClauses] {
        let tokens = text.split(separator: " ").map(String.init)
        var result: [SubjectClauses] = []
        for (i, token) in tokens.enumerated() {
            var verb = NamePhrase.wordKey(token)
            if verb == "present", i >= 2, NamePhrase.wordKey(tokens[i - 1]) == "also" {
                // "X is also present"
            } else if verb == "conversation", i >= 2, ["a", "their"].contains(NamePhrase.wordKey(tokens[i - 1])),
                      ["have", "has", "had"].contains(NamePhrase.wordKey(tokens[i - 2])) {
                verb = "conversation"
            } else if !clauseVerbs.contains(verb) || verb == "present" || verb == "conversation" || token.first!.isUppercase {
                continue
            }
            // Walk back over the subject: capitalised words, initials and list joiners.
            var j = i - 1
            while j >= 0, ["is", "was", "are", "were", "also", "have", "has", "had", "a", "their"].contains(NamePhrase.wordKey(tokens[j]))
                    || (tokens[j].hasSuffix("ly") && tokens[j].first?.isLowercase == true) { j -= 1 }
            let end = j + 1
            var start = end
            while start > 0 {
                let t = tokens[start - 1]
                let key = NamePhrase.wordKey(t)
                // A lowercase word before a comma ends an earlier clause ("At the meeting, Kim Il Sung shares");
                // a capitalised one is part of a list of names ("Mao Zedong, Mehmet Shehu, and others").
                if t.hasSuffix(",") && !(t.first?.isUppercase ?? false) && !Lexicon.offices.contains(key) { break }
                if t.hasSuffix(".") && !NamePhrase.isInitials(t) { break }
                let bare = t.drop { $0 == "(" || $0 == "[" }
                if key == "and" || key == "others" || (bare.first?.isUppercase ?? false) || NamePhrase.isInitials(t)
                    || (t.hasSuffix(",") && (t.first?.isUppercase ?? false)) || Lexicon.offices.contains(key)
                    || Lexicon.nationalities.contains(key) || ["of", "the", "in", "for", "his", "her", "their"].contains(key) {
                    start -= 1
                    continue
                }
                break
            }
            guard start < end else { continue }
            var phrase = tokens[start..<end].joined(separator: " ")
            if phrase.hasSuffix(",") { phrase.removeLast() }
            // A sentence-initial function word is not part of the subject.
            for lead in ["Also, ", "However, ", "Later, ", "Then, ", "Meanwhile, ", "Finally, ", "Moreover, ", "Furthermore, ",
                         "In addition, ", "Subsequently, ", "Afterwards, ", "The ", "During ", "At ", "In ", "On ", "After ",
                         "Later ", "Then ", "Also "] where phrase.hasPrefix(lead) {
                phrase.removeFirst(lead.count)
            }
            let subjects = NamePhrase.parse(phrase)
            guard !subjects.isEmpty else { continue }
            // Objects: the capitalised name right after the verb, or after "with" later in the clause.
            var objects: [NameMention] = []
            var afterTo = false
            var k = i + 1
            var clause: [String] = []
            while k < tokens.count {
                let t = tokens[k]
                clause.append(t)
                if t.hasSuffix(".") && !NamePhrase.isInitials(t) { break }
                k += 1
            }
            let clauseText = clause.joined(separator: " ")
            // "discusses … with Fischer": the other side of a talk; "informs Malenkov that … with Peng" is not.
            let padded = " " + clauseText
            if conversationVerbs.contains(verb) || ["discusses", "exchange", "exchanges"].contains(verb),
               let r = padded.range(of: " with ") {
                // The other side is a list that may carry appositions ("the Albanian Prosecutor General,
                // Aranit Çela, and Sofikli Papavasili, an inspector …"); it ends with the clause.
                var kept: [String] = []
                for t in padded[r.upperBound...].split(separator: " ").map(String.init) {
                    let key = NamePhrase.wordKey(t)
                    if t.first?.isLowercase == true, !["and", "the", "a", "an", "of"].contains(key),
                       !Lexicon.offices.contains(key), !NamePhrase.strongOffices.contains(key) { break }
                    if t.hasSuffix(".") && !NamePhrase.isInitials(t) {
                        kept.append(String(t.dropLast()))
                        break
                    }
                    kept.append(t)
                }
                var after = kept.joined(separator: " ")
                if after.hasSuffix(",") { after.removeLast() }
                objects = NamePhrase.parse(after.replacingOccurrences(of: "respectively", with: ""))
            } else if let first = clause.first,
                      (first.first?.isUppercase ?? false) && personObjectVerbs.contains(verb) || ["to", "with"].contains(first.lowercased()) {
                // "informs Puzanov", "meets Kim Il Sung"; but "discuss West Irian", "raises Taiwan" name a topic.
                if ["to", "with"].contains(first.lowercased()) {
                    afterTo = first.lowercased() == "to"
                    clause.removeFirst()
                    if clause.first?.lowercased() == "the" { clause.removeFirst() }
                }
                var name: [String] = []
                for (n, t) in clause.enumerated() {
                    // "Peng Dehuai and Gao Gang", "the Romanian Ministry of Foreign Affairs"
                    let joinsNames = ["and", "&", "of", "for", "in", "the"].contains(t) && n > 0 && n + 1 < clause.count
                        && (clause[n + 1].first?.isUppercase ?? false)
                    guard (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t) || joinsNames else { break }
                    name.append(t)
                    if t.hasSuffix(",") || (t.hasSuffix(".") && !NamePhrase.isInitials(t)) { break }
                }
                objects = NamePhrase.parse(name.joined(separator: " "))
            }
            // Brackets in running prose ("Kuznetsov (Stalin)") may say on whose behalf; only the
            // aliases rule above reads them, so clause names carry no second name.
            let plain = { (list: [NameMention]) in list.map { m -> NameMention in var m = m; m.bracketed = nil; return m } }
            var entry = SubjectClauses(subjects: plain(subjects), verb: verb, objects: plain(objects), afterTo: afterTo)
            if start >= 1, ["which", "where", "whom"].contains(NamePhrase.wordKey(tokens[start - 1])) {
                var b = start - 2
                while b >= 0, !(tokens[b].hasSuffix(".") && !NamePhrase.isInitials(tokens[b])) {
                    if reportingVerbs.contains(NamePhrase.wordKey(tokens[b])) { entry.reported = true; break }
                    b -= 1
                }
            }
            if let last = objects.last?.text.split(separator: " ").last, let r = clauseText.range(of: String(last) + " to ") {
                let next = clauseText[r.upperBound...].split(separator: " ").first.map(String.init) ?? ""
                entry.instructs = next.first?.isLowercase ?? false
            }
            result.append(entry)
        }
        return result
    }
}
