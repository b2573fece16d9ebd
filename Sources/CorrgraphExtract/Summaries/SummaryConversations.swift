/// Conversations a summary states: it completes a title's conversation, names the other side of a
/// one-sided one, the interlocutors of a journal entry, and meetings a message or report recounts.
extension SummaryReader {
    /// "Kissinger met with Chairman Mao and Zhou Enlai": a summary clause naming every title participant
    /// and more adds the others; so do participants "also present" and conversations the record says
    /// it documents.
    static func completeTitleConversation(_ text: String, clauses: [SubjectClauses], cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        var conversation = result.conversations[0]
        // "Zhou Enlai describes his meeting with Khrushchev, Malenkov, and other Soviet officials" for
        // "Malenkov's conversation with Zhou Enlai".
        let writer = result.messages.first?.from.first { $0.kind == .person }
        let meetings = meetingsWith(text, cues: cues, writer: writer).map { SubjectClauses(subjects: $0, verb: "meet", objects: []) }
        // With a delegation on one side, whoever the named leader tells or asks belongs to it ("Mao tells
        // Vukmanovic-Tempo and Bobrovski …" in Mao's conversation with a Yugoslav delegation).
        let hasGroup = conversation.participants.contains { $0.kind == .institution && ConversationGrammar.isGroup($0.text) }
        let verbs = hasGroup ? SubjectClauses.dialogueVerbs : SubjectClauses.conversationVerbs
        // A clause must name everyone already in the talk: a later speaker alone may be someone reported on. Where
        // the title names only bodies, one person speaking ("B suggests …") speaks for one of them.
        let titleNamesNoPerson = !conversation.participants.contains { $0.kind == .person }
        for clause in clauses.filter({ verbs.contains($0.verb) && !$0.reported && !$0.toldThat }) + meetings {
            let named = ConversationGrammar.merge(clause.persons, [])
            let speaksForBody = titleNamesNoPerson && named.count == 1 && clause.objects.isEmpty
            guard conversation.participants.filter({ $0.kind == .person }).allSatisfy({ MessageGrammar.contains(named, $0) })
                    || speaksForBody else { continue }
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
        // **Rule: a delegation's head speaks for it.** "… with A and the Delegation of the Academy of Sciences" +
        // "a delegation …, headed by the President of …, B": the head the summary names replaces the group.
        // A delegation the title names beside two people is no participant of its own (gold schema); its head is.
        if let head = delegationHead(text), !MessageGrammar.contains(conversation.participants, head) {
            if let group = conversation.participants.firstIndex(where: { $0.kind == .institution && ConversationGrammar.isGroup($0.text) }) {
                conversation.participants[group] = head
            } else if !TitleText.find("delegation", in: result.record.title).isEmpty {
                conversation.participants.append(head)
            }
        }
        // "… in the presence of C and D" (`ConversationGrammar.presenceMarkers`): the people present join the talk.
        // (A summary with none of the markers' cue words is not searched sentence by sentence.)
        for sentence in cues.holds(ConversationGrammar.presenceCues) ? sentences(text) : [] {
            for marker in ConversationGrammar.presenceMarkers {
                guard let r = TitleText.find(marker, in: sentence).first else { continue }
                var rest = String(sentence[r.upperBound...])
                if rest.hasSuffix(".") { rest.removeLast() }
                for person in ConversationGrammar.participantList(rest) where person.kind == .person
                    && !MessageGrammar.contains(conversation.participants, person) {
                    conversation.participants.append(person)
                }
            }
        }
        // "Also present were C and D", "The talk was also attended by C" (`SummaryLexicon.presentListOpeners`).
        for person in presentLists(text, cues: cues) where !MessageGrammar.contains(conversation.participants, person) {
            conversation.participants.append(person)
        }
        // "Romanian military leader Emil Bodnăraş is also present."
        // "Menon suggested that C attend the next meeting": presence proposed is none.
        for clause in clauses where clause.verb == "present" && !clause.reported && !clause.toldThat {
            for person in clause.personSubjects where !MessageGrammar.contains(conversation.participants, person) {
                conversation.participants.append(person)
            }
        }
        result.conversations[0] = conversation
        for people in recountedBetween(text, cues: cues) where !result.conversations.contains(where: { c in
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

    /// **Rule: a list of people present, after the words that announce it.** `Also present were C and D`,
    /// `Present at the talk was C`, `The meeting was also attended by C`: the names after the opener
    /// (`SummaryLexicon.presentListOpeners`), to the sentence's end, joined the talk the title names. An
    /// opener is `present` + an optional `at`/`during` + a talk noun + `was`/`were`, or a talk noun (or `it`)
    /// + `was`/`were` + `attended by`. `present` elsewhere (`presented`, `the present situation`) opens nothing.
    ///
    /// - Complexity: O(n): one pass over the summary's words, read once.
    static func presentLists(_ text: String, cues: SummaryCuePresence) -> [NameMention] {
        guard cues.allows(.presentList) else { return [] }
        let split = SummaryTokens.of(text)
        let tokens = split.words
        let keys = split.keys
        var found: [NameMention] = []
        var i = 0
        while i < tokens.count {
            var listStart: Int?
            // "Also taking part in the talk were C": `taking part` is a word of presence, as `participating` is.
            if SummaryLexicon.presenceWords.contains(keys[i]) || keys[i] == "part" && i >= 1 && keys[i - 1] == "taking" {
                // `present [at|during|for the talk] was|were [also] …`, `Also participating were …`
                var j = i + 1
                if j < keys.count, SummaryLexicon.presentPlacePrepositions.contains(keys[j]) {
                    j += 1
                    while j < keys.count, j <= i + 4, !SummaryLexicon.talkNouns.contains(keys[j]) { j += 1 }
                    j += 1
                }
                if j < keys.count, ["was", "were"].contains(keys[j]), !tokens[j - 1].hasSuffix(",") { listStart = j + 1 }
            } else if keys[i] == "attended", i + 1 < keys.count, i >= 2, let by = attendedBy(keys, after: i) {
                // `the talk was (also) attended by …`: the subject is the talk itself.
                var j = i - 1
                while j >= 0, ["also", "later", "then"].contains(keys[j]) { j -= 1 }
                if j >= 1, ["was", "were"].contains(keys[j]), SummaryLexicon.talkNouns.contains(keys[j - 1]) || keys[j - 1] == "it" {
                    listStart = by + 1
                }
            }
            guard var k = listStart else { i += 1; continue }
            while k < tokens.count, keys[k] == "also" { k += 1 }
            var end = k
            while end < tokens.count, !tokens[end].hasSuffix(".") || NamePhrase.isInitials(tokens[end]) { end += 1 }
            let list = tokens[k..<min(end + 1, tokens.count)].joined(separator: " ")
            found += ConversationGrammar.participantList(list.hasSuffix(".") ? String(list.dropLast()) : list).filter { $0.kind == .person }
            i = max(end, i + 1)
        }
        return found
    }

    /// Where `by` stands after `attended` at `i`: right after it, or after a phrase of the side the people joined
    /// (`attended on the Indian side by C`, `attended on both sides by C`: `on`, at most three words, `side`/`sides`).
    static func attendedBy(_ keys: [String], after i: Int) -> Int? {
        if i + 1 < keys.count, keys[i + 1] == "by" { return i + 1 }
        guard i + 1 < keys.count, keys[i + 1] == "on" else { return nil }
        for s in (i + 2)..<min(keys.count, i + 6) where ["side", "sides"].contains(keys[s]) {
            return s + 1 < keys.count && keys[s + 1] == "by" ? s + 1 : nil
        }
        return nil
    }

    /// The person a summary names as the head of a delegation: "a delegation from the Academy, headed by the
    /// President of the Academy, B" → B; "led by B" the same. The first such person of the summary.
    static func delegationHead(_ text: String) -> NameMention? {
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            guard ByteSearch.asciiContains(lower, "delegation") ?? lower.contains("delegation"), let r = sentence.range(of: " headed by ") ?? sentence.range(of: " led by ") else { continue }
            // The head and his apposition, up to the clause's end.
            var words: [Substring] = []
            for token in sentence[r.upperBound...].split(separator: " ") {
                if token.first?.isLowercase == true, !["of", "the", "and", "for", "in"].contains(token) { break }
                words.append(token)
            }
            var phrase = words.joined(separator: " ")
            while let last = phrase.last, [",", ".", ";"].contains(last), !(last == "." && phrase.split(separator: " ").last.map({ NamePhrase.isInitials(String($0)) }) == true) {
                phrase.removeLast()
            }
            if let person = NamePhrase.parse(phrase).first(where: { $0.kind == .person }) { return person }
        }
        return nil
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
                                             cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        let side = reading.conversationWithOneSide
        // "Mao Zedong and Nehru discuss …": a clause that includes the named side names the other.
        // "Conversation with the Delegation of X" + "A and B dominate the discussion": one of them speaks for the
        // delegation, which the gold schema then does not list.
        let sideIsGroup = side.allSatisfy { $0.kind == .institution && ConversationGrammar.isGroup($0.text) }
        for clause in clauses where SubjectClauses.conversationVerbs.contains(clause.verb) {
            var all = ConversationGrammar.merge(side, clause.personSubjects)
            if sideIsGroup, clause.personSubjects.count >= 2 { all = ConversationGrammar.merge(clause.personSubjects, []) }
            if all.count >= 2, clause.personSubjects.contains(where: { MessageGrammar.contains(side, $0) }) || clause.personSubjects.count >= 2 {
                result.conversations.append(ExtractedConversation(participants: all, evidence: .summary))
                break
            }
        }
        // "Mr. Pemberton saw Mr. Sukarjo", "The President called Prime Minister Nakahara": the summary's subject met the side.
        if result.conversations.isEmpty, let talk = subjectMeetingSide(text, clauses: clauses, side: side, title: result.record.title) {
            result.conversations.append(ExtractedConversation(participants: talk, evidence: .summary))
        }
        // "M. Duchamel a reçu l'ambassadeur Castellanos", "Staatssekretär Brückner empfing Botschafter B": the same in the
        // summary's own language (`foreignSubjectMeetingSide`, the table's `meetingVerbs`).
        if result.conversations.isEmpty, let talk = foreignSubjectMeetingSide(text, side: side) {
            result.conversations.append(ExtractedConversation(participants: talk, evidence: .summary))
        }
        // "Khrushchev reassures Hoxha of …": the named side speaking to someone names the other side.
        if result.conversations.isEmpty {
            for clause in clauses where SubjectClauses.personObjectVerbs.contains(clause.verb) && !clause.reported && !clause.toldThat {
                let others = clause.objects.filter { $0.kind == .person && !MessageGrammar.contains(side, $0) }
                guard clause.subjects.count == 1, MessageGrammar.contains(side, clause.subjects[0]), !others.isEmpty,
                      others.count == clause.objects.count else { continue }
                result.conversations.append(ExtractedConversation(participants: ConversationGrammar.merge(side, others), evidence: .summary))
                break
            }
        }
        // "During the meeting with Tito, Nicolau learned …": the opening phrase names the title's side, the
        // main clause's subject the other.
        if result.conversations.isEmpty,
           let meeting = meetingsWith(text, cues: cues, writer: nil).first(where: { m in m.contains { MessageGrammar.contains(side, $0) } }) {
            result.conversations.append(ExtractedConversation(participants: ConversationGrammar.merge(side, meeting), evidence: .summary))
        }
        // "Conversation between DPRK Ambassador Ri Sang-jo and Kurdyukov …" in the summary.
        for sentence in sentences(text) {
            guard let found = ConversationGrammar.read(sentence, author: nil).conversation,
                  found.contains(where: { MessageGrammar.contains(side, $0) }),
                  !result.conversations.contains(where: { MessageGrammar.sameParties($0.participants, found) }) else { continue }
            result.conversations.append(ExtractedConversation(participants: found, evidence: .summary))
            break
        }
        // "Soviet Ambassador to Mongolia, Vasily Pisarev, reports on the discussions between Tsedenbal and
        // Ulanfu": the record's author, who had the conversation the title names from one side; the
        // discussions he reports are another conversation.
        if reading.journalAuthor == nil,
           let clause = clauses.first(where: { ["reports", "describes", "writes", "recounts", "records", "notes"].contains($0.verb) }),
           clause.personSubjects.count == 1, !MessageGrammar.contains(side, clause.personSubjects[0]),
           !result.conversations.contains(where: { MessageGrammar.contains($0.participants, clause.personSubjects[0]) }) {
            result.conversations.append(ExtractedConversation(
                participants: ConversationGrammar.merge(clause.personSubjects, side), evidence: .summary))
        }
        if result.conversations.isEmpty, let author = reading.journalAuthor {
            result.conversations.append(ExtractedConversation(participants: ConversationGrammar.merge([author], side), evidence: .title))
        }
        keepingTitleSideFullerForms(side, in: &result)
    }

    /// Whether a clause is one of meeting whose subject may be a side of a talk a head names (`sideMeetingVerbs`): the
    /// record's own statement, not what someone reports or proposes, not recalled from before, not a condition (the
    /// clause walk drops those), and its subject named (not `he`/`she`).
    static func isSideMeetingClause(_ clause: SubjectClauses) -> Bool {
        SummaryLexicon.sideMeetingVerbs.contains(clause.verb) && !clause.reported && !clause.toldThat && !clause.pastPerfect
            && !clause.pronounSubject && !clause.passive && !clause.sideMarked && !clause.respectively
    }

    /// A clause's subjects when every one is a person or an office (`The Prime Minister received …`), never a group.
    static func speakingSubjects(_ clause: SubjectClauses) -> [NameMention]? {
        let subjects = clause.subjects.filter { $0.kind == .person || $0.kind == .office && !ConversationGrammar.isGroup($0.text) }
        return !subjects.isEmpty && subjects.count == clause.subjects.count ? subjects : nil
    }

    /// **Convention: the summary's subject meets the side a talk head names.** A head that names one side of a talk
    /// (`Conversation with B`, `Interview with B`, `Note of Interview with Mr. B`, `Summary of Discussion with Prime
    /// Minister B`, `Telephone Conversation With B`, `Record of Conversation with B`, and a head of any language read as a
    /// talk with one named side) has its other side in the summary as the subject of a verb of meeting
    /// (`SummaryLexicon.sideMeetingVerbs`: `A saw / received / met / called on / called / interviewed / spoke to / told B`)
    /// whose object is that side. The object may be the side's office (`received the Soviet Ambassador` for `the Soviet
    /// Ambassador, Comrade B`: an office word of the object stands in the title); an office side the summary names with
    /// its holder right after it (`saw the Soviet Chargé d'Affaires, Mr. B`) is that holder. The subject is someone other
    /// than the side (`Conversation with B` + `B received the press` names one side only), persons or offices, in a
    /// clause of the record's own (`isSideMeetingClause`); a planned talk (`will see B`) has no such verb.
    static func subjectMeetingSide(_ text: String, clauses: [SubjectClauses], side: [NameMention], title: String) -> [NameMention]? {
        for clause in clauses where isSideMeetingClause(clause) {
            guard let subjects = speakingSubjects(clause), !subjects.contains(where: { MessageGrammar.contains(side, $0) }),
                  !clause.objects.isEmpty else { continue }
            var sides = side
            let persons = clause.objects.filter { $0.kind == .person }
            if persons.isEmpty {
                // "received the Soviet Ambassador" for "… with the Soviet Ambassador, Comrade B".
                guard clause.objects.allSatisfy({ $0.kind == .office && officeWordsShared($0.text, with: title) }) else { continue }
            } else if !persons.allSatisfy({ MessageGrammar.contains(side, $0) }) {
                // "saw the Soviet Chargé d'Affaires, Mr. B" for "Conversation with the Soviet Chargé d'Affaires".
                guard side.allSatisfy({ $0.kind == .office }), persons.count == 1, clause.objects.count == 1,
                      side.contains(where: { holderFollows(persons[0], office: $0, in: text) }) else { continue }
                sides = persons
            }
            let all = ConversationGrammar.merge(subjects, sides)
            if all.count >= 2 { return all }
        }
        return nil
    }

    /// **Convention: a talk head that names no side has its sides in the summary's clause of meeting** (`Note of a
    /// Meeting`, `Record of a Meeting held at the Foreign Office`, `Telcon`, `Memorandum of Conversation`): the subject
    /// and the object of the first clause of meeting (`isSideMeetingClause`), persons, or offices that say whose they are
    /// (`isTitledOffice`); an office subject stands as printed (`The Prime Minister received Chancellor B` → {B, Prime
    /// Minister}). An unnamed object (`met officials of the Ministry`) names one side only and is no talk.
    static func sidesOfUnnamedTalk(_ clauses: [SubjectClauses]) -> [NameMention]? {
        for clause in clauses where isSideMeetingClause(clause) {
            guard let subjects = speakingSubjects(clause), !clause.objects.isEmpty,
                  clause.objects.allSatisfy({ $0.kind == .person || isTitledOffice($0) }) else { continue }
            let all = ConversationGrammar.merge(subjects, clause.objects)
            if all.count >= 2 { return all }
        }
        return nil
    }

    /// Whether an office names the same post as words of `text` (a title): an office word (`Lexicon.offices`) of the one
    /// stands in the other (`Vietnamese ambassador` and `Ambassador of the DRV`).
    static func officeWordsShared(_ office: String, with text: String) -> Bool {
        let words = Set(NamePhrase.tokenize(text).map(NamePhrase.wordKey))
        return NamePhrase.tokenize(office).map(NamePhrase.wordKey).contains { Lexicon.offices.contains($0) && words.contains($0) }
    }

    /// Whether `person`'s last name follows the office in `text` within its apposition (`the Soviet Chargé d'Affaires,
    /// Mr. Gromadin`): the office as printed, a comma, and the name within the next few words.
    static func holderFollows(_ person: NameMention, office: NameMention, in text: String) -> Bool {
        guard let last = person.text.split(separator: " ").last else { return false }
        for r in TitleText.find(office.text + ",", in: text).prefix(4) {
            let next = text[r.upperBound...].split(separator: " ").prefix(5)
            if next.contains(where: { $0.filter { !",.;".contains($0) } == String(last) }) { return true }
        }
        return false
    }

    /// **Convention: the side the title names keeps the title's fuller form of the name**, whichever rule found the talk
    /// ("Record of Conversation with Nguyen Van Thanh" + "Gorelov received Thanh"; "… with Ri Myong-jun" + "called on Ri"):
    /// a one-word form of the summary is the family name printed first (Korean, Chinese, Vietnamese: `Ri`, `Li`, `Nguyen`)
    /// or last (`Petrov`) of the name the title prints whole (`MessageGrammar.contains`).
    static func keepingTitleSideFullerForms(_ side: [NameMention], in result: inout ExtractedRecord) {
        for i in result.conversations.indices {
            result.conversations[i].participants = result.conversations[i].participants.map { p in
                guard p.kind == .person else { return p }
                return side.first { $0.kind == .person && $0.text.count > p.text.count && MessageGrammar.contains([$0], p) } ?? p
            }
            // A talk that named both forms names the person once.
            var seen = Set<String>()
            result.conversations[i].participants.removeAll { !seen.insert(NameFolding.fold($0.text)).inserted }
        }
        // Two rules that found the same talk, once its side has the title's form, state it once.
        var talks = Set<[String]>()
        result.conversations.removeAll { !talks.insert($0.participants.map { NameFolding.fold($0.text) }.sorted()).inserted }
    }

    /// **Rule: a talk that names its participants.** Precondition: the title names a talk whose participants it
    /// does not name. "The talks included Khrushchev, Mikoyan, and Kaganovich on the Soviet side, and Gomułka, with
    /// fourteen members of the Politburo, on the Polish side": the people named in each item of the list.
    static func participantsListedByTalk(_ text: String, into result: inout ExtractedRecord) {
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            // The sentence's subject is the talk: "The talks", "The Soviet-Polish talks".
            guard let v = keys.indices.first(where: { SummaryLexicon.includingVerbs.contains(keys[$0]) }), v >= 1,
                  SummaryLexicon.talkNouns.contains(keys[v - 1]),
                  (0..<(v - 1)).allSatisfy({ SummaryLexicon.determiners.contains(keys[$0]) || tokens[$0].first?.isUppercase == true })
            else { continue }
            // "A's Notes from the Talks": the notes' author took part in them.
            var people: [NameMention] = notesAuthor(result.record.title).map { [$0] } ?? []
            for item in tokens[(v + 1)...].joined(separator: " ").split(separator: ",") {
                let words = item.split(separator: " ").drop { ["and", "together", "with"].contains($0.lowercased()) }
                for person in leadingNames(words) where person.kind == .person && !MessageGrammar.contains(people, person) {
                    people.append(person)
                }
            }
            if people.count >= 2 {
                result.conversations.append(ExtractedConversation(participants: people, evidence: .summary))
                return
            }
        }
    }

    /// The author of notes or a record the title names by a possessive: "A's Notes from the … Talks", "A's
    /// Record of the Talks" → A.
    static func notesAuthor(_ title: String) -> NameMention? {
        let text = TitleText.normalize(title)
        for r in TitleText.find("'s ", in: text).prefix(4) {
            let next = text[r.upperBound...].prefix { $0 != " " }
            guard ConversationGrammar.recordNouns.contains(NamePhrase.wordKey(String(next))) else { continue }
            let owner = NamePhrase.parse(ConversationGrammar.possessor(before: String(text[..<r.lowerBound])))
            if owner.count == 1, owner[0].kind == .person { return owner[0] }
        }
        return nil
    }

    /// "Record of a Meeting between the Soviet and Chinese Delegations": the title documents a meeting
    /// whose sides it does not name; the people the summary has speaking to each other are its participants.
    static func meetingOfUnnamedSides(_ clauses: [SubjectClauses], titleCues: TitleCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard titleCues.holds(SummaryCues.meetingOfUnnamedSides) else { return }
        guard ConversationGrammar.nouns.contains(where: { !TitleText.find($0 + " between ", in: result.record.title).isEmpty })
        else { return }
        var people: [NameMention] = []
        for clause in clauses where SubjectClauses.dialogueVerbs.contains(clause.verb) {
            for p in clause.persons where !MessageGrammar.contains(people, p) { people.append(p) }
        }
        if people.count >= 2 { result.conversations.append(ExtractedConversation(participants: people, evidence: .summary)) }
    }

    /// A journal entry records the author's conversations: each named person who speaks in the summary
    /// ("Kim Il Sung discusses …", "Nam Il informs Puzanov …") is an interlocutor, each in a conversation
    /// of their own with the author.
    static func journalInterlocutors(_ text: String, clauses: [SubjectClauses], author: NameMention, cues: SummaryCuePresence,
                                     into result: inout ExtractedRecord) {
        var seen: [NameMention] = []
        var groups: [[NameMention]] = []
        // Past `looseComparisonLimit` interlocutors (a summary listing hundreds), a repeat is one with the same
        // folded name, a set lookup: comparing each with all before would be quadratic.
        var seenKeys: Set<String> = []
        func isSeen(_ m: NameMention) -> Bool {
            seen.count > MessageGrammar.looseComparisonLimit ? seenKeys.contains(NameFolding.fold(m.text)) : MessageGrammar.contains(seen, m)
        }
        func see(_ ms: [NameMention]) {
            seen += ms
            for m in ms { seenKeys.insert(NameFolding.fold(m.text)) }
        }
        let authorsPronouns = pronounsOfAuthor(clauses, author: author, text: text)
        let separate = separateTalkSentences(text, cues: cues)
        for (index, clause) in clauses.enumerated() where SubjectClauses.dialogueVerbs.contains(clause.verb) && !clause.reported {
            // "Kim Il Sung visited the embassy. He met with …": the pronoun is Kim, not the diarist.
            if clause.pronounSubject && !authorsPronouns.contains(index) { continue }
            // "Petrov learned that he had met with …": a meeting in the past perfect is recalled, not recorded.
            if clause.pastPerfect { continue }
            // "Sources indicate that A and B met", "A and B met in Kaesong": others' meeting, hearsay or with each other, is
            // no talk of the diarist (`JournalHearsay`).
            if JournalHearsay.isOthersMeeting(clause, author: author, text: text, textCues: cues) { continue }
            // "Wang records that Zhou Enlai spoke with Molotov": a talk between others, told to the diarist.
            if clause.toldThat, clause.objects.contains(where: { !MessageGrammar.sameName($0, author) }) { continue }
            // "Kwon told Liang that …": telling someone named other than the diarist is a talk between others.
            if SummaryLexicon.tellingVerbs.contains(clause.verb), !clause.subjects.contains(where: { MessageGrammar.sameName($0, author) }),
               clause.objects.contains(where: { $0.kind == .person }),
               !clause.objects.contains(where: { MessageGrammar.sameName($0, author) }) { continue }
            // "The GDR Ambassador and the Ambassador of Hungary express …": officials the diarist names by office
            // alone (a nationality or a complement tells whose) are interlocutors, each an office of its own.
            if clause.personSubjects.isEmpty, !clause.subjects.isEmpty, clause.subjects.allSatisfy(isQualifiedOffice) {
                for office in clause.subjects where !isSeen(office) {
                    see([office])
                    groups.append([office])
                }
                continue
            }
            // **Rule: several people telling the diarist together are one talk with him** ("A and B told Petrov",
            // "Petrov was informed by A, B, and C"): the clause's subjects, with the diarist as its object.
            let jointTellers = clause.personSubjects.filter { !MessageGrammar.sameName($0, author) && !isSeen($0) }
            if jointTellers.count >= 2, !clause.respectively, clause.objects.contains(where: { MessageGrammar.sameName($0, author) }) {
                see(jointTellers)
                groups.append(MessageGrammar.distinct(jointTellers))
                continue
            }
            for p in clause.personSubjects where !MessageGrammar.sameName(p, author) && !isSeen(p) {
                see([p])
                groups.append([p])
            }
            // "Puzanov meets with Kim Il Sung, Nam Il, and Pak Chang-ok": one meeting of them all. In a journal
            // "he receives Richard Fischer" is the diarist.
            if clause.subjects.count == 1 && MessageGrammar.sameName(clause.subjects[0], author) || clause.pronounSubject {
                // "Sokolov met the GDR Ambassador and the Polish Chargé": offices that say whose are interlocutors too.
                let others = MessageGrammar.distinct(clause.objects.filter { ($0.kind == .person || isTitledOffice($0)) && !isSeen($0) })
                guard !others.isEmpty else { continue }
                see(others)
                // "Gorshenin explained to A and B …": telling several people is one talk with them all, as meeting them is.
                if SubjectClauses.conversationVerbs.contains(clause.verb) || SummaryLexicon.tellingVerbs.contains(clause.verb), !clause.respectively,
                   rangeHolding(clause.subjectStart, in: separate) == nil { groups.append(others) }
                else { groups += others.map { [$0] } }
            }
        }
        // "In a conversation with Puzanov, Nam Il said …": a meeting of the diarist the sentence recounts.
        for meeting in meetingsWith(text, cues: cues, writer: author) where MessageGrammar.contains(meeting, author) {
            let others = meeting.filter { !MessageGrammar.sameName($0, author) && !isSeen($0) }
            guard !others.isEmpty else { continue }
            see(others)
            groups.append(others)
        }
        for group in groups {
            result.conversations.append(ExtractedConversation(participants: [author] + group, evidence: .summary))
        }
    }

    /// **Rule: "he"/"she" is the record's author** (a diarist, a report's one writer) unless the person named last as a
    /// subject before it — of a clause, or opening a sentence — is someone else ("Kim Il Sung returned from Moscow. He
    /// met …" is Kim). The indices of the pronoun clauses that are the author's, in one pass over the sentences and clauses.
    static func pronounsOfAuthor(_ clauses: [SubjectClauses], author: NameMention, text: String) -> [Int] {
        guard clauses.contains(where: \.pronounSubject) else { return [] }
        // Subjects by word position: each sentence's opening name, and each clause's people.
        var subjects: [(position: Int, person: NameMention)] = []
        var position = 0
        for sentence in sentences(text) {
            if let opening = recounter(head: sentence), opening.kind == .person { subjects.append((position, opening)) }
            position += sentence.split(separator: " ").count
        }
        for clause in clauses where !clause.pronounSubject && !clause.personSubjects.isEmpty {
            // Several people with the author among them leave the author as the one antecedent.
            let people = clause.personSubjects
            subjects.append((clause.subjectStart, people.first { MessageGrammar.sameName($0, author) } ?? people[0]))
        }
        subjects.sort { $0.position < $1.position }
        var own: [Int] = []
        var next = 0
        var antecedent: NameMention? = nil
        // Clauses come in word order: one sweep finds each pronoun's last subject before it.
        for (index, clause) in clauses.enumerated() where clause.pronounSubject {
            while next < subjects.count, subjects[next].position < clause.subjectStart {
                antecedent = subjects[next].person
                next += 1
            }
            if antecedent.map({ MessageGrammar.sameName($0, author) }) ?? true { own.append(index) }
        }
        return own
    }

    /// An office a summary prints as a title that says whose it is, as the other side of someone's talk: `the GDR
    /// Ambassador`, `the Ambassador of Hungary` — capitalised and whole; `the head of the … Section` is a description.
    static func isTitledOffice(_ mention: NameMention) -> Bool {
        guard isQualifiedOffice(mention), mention.text.first?.isUppercase == true else { return false }
        let last = NamePhrase.wordKey(String(mention.text.split(separator: " ").last ?? ""))
        return !["the", "of", "a", "an", "and", "in", "for"].contains(last)
    }

    /// An office that says whose it is: `GDR Ambassador`, `Ambassador of Hungary`, `Soviet Charge d'Affaires` — not a
    /// bare `the Ambassador`, which may be the diarist himself.
    static func isQualifiedOffice(_ mention: NameMention) -> Bool {
        guard mention.kind == .office else { return false }
        let words = NamePhrase.tokenize(mention.text).map(NamePhrase.wordKey)
        return words.contains { Lexicon.nationalities.contains($0) || $0 == "of" || Lexicon.acronyms.contains($0) }
    }

    /// Conversations a message or report recounts as its subject: "Shtykov gives a report of a meeting
    /// with Kim Il Sung and Pak Heon-yeong", "A report by Ambassador Práth on a conversation he held with
    /// Puzanov", "The report details Mikoyan's talks with Kennedy", "Zhou and Stalin discuss …" — but not
    /// the record's own sender and recipient "discussing" the letter between them.
    static func recountedConversations(_ text: String, clauses: [SubjectClauses], allClauses: [SubjectClauses] = [], cues: SummaryCuePresence,
                                       into result: inout ExtractedRecord) {
        // The record's ends, gathered once a talk is found (most records recount none).
        var endsStorage: [NameMention]? = nil
        let messages = result.messages
        var found: [[NameMention]] = []
        let senders = result.messages.first?.from ?? []
        // Past `looseComparisonLimit` conversations, a repeat is one with the same folded names (a set
        // lookup): comparing each with all before made 700 recounted talks take seconds (issue 13).
        var foundKeys: Set<[String]> = []
        func isFound(_ persons: [NameMention]) -> Bool {
            found.count > MessageGrammar.looseComparisonLimit ? foundKeys.contains(MessageGrammar.partiesKey(persons))
                : found.contains(where: { MessageGrammar.sameParties($0, persons) })
        }
        func add(_ people: [NameMention]) {
            // People, and the record's own sending institution for its unnamed writer.
            // An office that says whose it is ("met the GDR Ambassador") stands for its unnamed holder.
            let persons = ConversationGrammar.merge(people.filter { $0.kind == .person || MessageGrammar.contains(senders, $0) || isTitledOffice($0) }, [])
            guard persons.count >= 2 else { return }
            let ends = endsStorage ?? messages.flatMap { $0.from + $0.to }
            endsStorage = ends
            if persons.allSatisfy({ MessageGrammar.contains(ends, $0) }) { return }
            if isFound(persons) { return }
            found.append(persons)
            foundKeys.insert(MessageGrammar.partiesKey(persons))
        }
        // "It recalls that Dulles had met Chiang Kai-shek", "He notes that Molotov and Eden had discussed …":
        // what the writer passes on in a that-clause, or recalls, is mentioned, not recounted.
        // "had a talk with", "called on", "received B", "was received by B", "conferred with": a talk held
        // (`SummaryLexicon.consultingVerbs`).
        let separate = separateTalkSentences(text, cues: cues)
        for clause in clauses where (talkHeldVerbs.contains(clause.verb) || clause.passive
                                     || consultingVerbKeys.contains(clause.verb) || SubjectClauses.persuadingVerbKeys.contains(clause.verb)
                                     || SummaryLexicon.speakingWithVerbs.contains(clause.verb) && !clause.afterTo && !clause.objects.isEmpty)
            && !clause.toldThat && !clause.pastPerfect {
            // "Jackson and Debevoise discuss with State Department officials": one side, its counterpart unnamed.
            if clause.sideMarked && !clause.objects.contains(where: { $0.kind == .person }) { continue }
            // Persuading is a talk with the person persuaded: "A and B are persuaded that …" names one side only.
            if SubjectClauses.persuadingVerbs.contains(clause.verb) && !clause.objects.contains(where: { $0.kind == .person }) { continue }
            // "Altmann met separately with A and B": one talk with each.
            if clause.subjects.count == 1, clause.objects.count >= 2, rangeHolding(clause.subjectStart, in: separate) != nil {
                for other in clause.objects { add(clause.subjects + [other]) }
                continue
            }
            // "Petrov met the GDR Ambassador": an office that says whose, met or talked with, is the other side.
            if clause.personSubjects.count >= 2 || !clause.objects.isEmpty { add(clause.persons + clause.objects.filter(isTitledOffice)) }
        }
        // **Rule: in a report by one person, "he"/"she" right after a clause of the writer is the writer**:
        // "Petrov reports on the harvest. He then met with Kim Chol-ho." The antecedent must be the writer alone:
        // after "Kim Il Sung returned. He met …" the pronoun is not the writer's.
        let soleWriter = senders.filter { $0.kind == .person }
        if soleWriter.count == 1 {
            for index in pronounsOfAuthor(allClauses, author: soleWriter[0], text: text) {
                let clause = allClauses[index]
                guard SubjectClauses.conversationVerbs.contains(clause.verb), !clause.toldThat, !clause.pastPerfect,
                      !clause.reported, !clause.sideMarked else { continue }
                add(soleWriter + clause.objects.filter { $0.kind == .person })
            }
        }
        // In a message that reports talks, "Mao admits to Mikoyan", "Gromyko informs Liu Xiao" are the talks.
        // The speaker must be someone other than the letter's own ends and relays (whose "telling" is the
        // letter itself), and "tells X to do" is an instruction, not a talk.
        if !result.messages.isEmpty {
            // The ends and relays, gathered at the first clause that may be such a talk.
            var routedStorage: [NameMention]? = nil
            // "Liang advised Solberg to wait" in Solberg's report: someone else telling the writer to do something
            // told him face to face; only the record's own sender telling someone to do something is the record.
            let instructsTheWriter = { (clause: SubjectClauses) in
                let told = clause.objects.filter { $0.kind == .person }
                return !told.isEmpty && told.allSatisfy { o in senders.contains { $0.kind == .person && MessageGrammar.sameName($0, o) } }
            }
            for clause in clauses where tellingVerbs.contains(clause.verb) && (!clause.instructs || instructsTheWriter(clause)) {
                let routed = routedStorage ?? result.messages.flatMap { $0.from + $0.to + $0.via }
                routedStorage = routed
                let objects = clause.objects.filter { $0.kind == .person }
                // "Zharkov warned / has briefed / handed Kwon …" in Zharkov's own telegram: the sender's telling in the
                // past is a talk he recounts; in the present ("Zharkov informs Kwon") it is the record addressing Kwon.
                let senderRecounts = clause.personSubjects.count == 1 && MessageGrammar.contains(senders, clause.personSubjects[0])
                    && SummaryLexicon.pastTellingVerbs.contains(clause.verb) && !objects.contains { MessageGrammar.contains(routed, $0) }
                guard clause.personSubjects.count == 1, !objects.isEmpty,
                      !MessageGrammar.contains(routed, clause.personSubjects[0]) || senderRecounts else { continue }
                add(clause.personSubjects + objects)
            }
        }
        // "Ambassador X reports that Y received him": the writer's own talk, told in what he reports.
        for people in writerAsPronounObject(text, clauses: clauses, writers: senders.filter { $0.kind == .person }) { add(people) }
        // "A meeting with Kim Il Sung reveals …" in Mikoyan's telegram: the writer's meeting.
        // "The Romanian ambassador reports on a conversation with Kim Il Sung" in the embassy's telegram: the
        // embassy stands for its unnamed writer.
        let writer = senders.first { $0.kind == .person } ?? (senders.count == 1 ? senders.first : nil)
            ?? (messages.isEmpty ? authorAfterBy(result.record.title) : nil)
        // Who sent the telegram "after meeting X": its first relay when it carries someone else's message.
        let telegramWriter = result.messages.first.flatMap { $0.via.first { $0.kind == .person } } ?? writer
        for people in meetingsWith(text, cues: cues, writer: writer, telegramWriter: telegramWriter) { add(people) }
        // "An overview of Wu Xueqian and Abe Shintaro's exchanges on the Korean Peninsula."
        for people in jointPossessiveTalks(text, cues: cues) { add(people) }
        // "The correspondence also summarizes the conversation between Tito and Kim Il Sung."
        found += recountedBetween(text, cues: cues).filter { p in !isFound(p) }
        for people in found {
            result.conversations.append(ExtractedConversation(participants: people, evidence: .summary))
        }
    }

    static let consultingVerbKeys = FilteredWords(SummaryLexicon.consultingVerbs)

    /// **Convention: a report or memorandum by its author recounts the author's talks** (`Memorandum by the Director of the
    /// Political Department` + `Conversation with the Polish Ambassador, who protested …`): a head that opens with a record
    /// noun of a report (`SummaryReader.isReport`'s kinds) and `by` names its author — a person or an office, up to the
    /// subject (`on`, `concerning`, `regarding`, `about`, a comma or a colon) — who writes to no one stated and had the
    /// talks the summary opens with (`Conversation with B`, `A meeting with B`). Nil for any other head.
    static func authorAfterBy(_ title: String) -> NameMention? {
        guard ByteSearch.mayContainCaseInsensitive(title, " by "), let lead = DocumentLeadIn.read(title),
              ["report", "note", "information", "memorandum", "account", "political report", "minute", "notes"].contains(lead.type),
              let by = lead.remainder.range(of: " by ", options: [.caseInsensitive, .anchored]) else { return nil }
        var author = String(lead.remainder[by.upperBound...])
        for ender in [" on ", " concerning ", " regarding ", " about ", ",", ":", " (", " to "] {
            if let r = author.range(of: ender) { author = String(author[..<r.lowerBound]) }
        }
        let named = NamePhrase.parse(author)
        guard named.count == 1, named[0].kind == .person || named[0].kind == .office else { return nil }
        return named[0]
    }

    /// Object pronouns that stand for the subject of the clause that reports (`X reports that Y received him`).
    static let objectPronouns: Set<String> = ["him", "her"]

    /// **Rule: the writer as the pronoun object of a talk he reports.** `X reports / writes / notes that Y received /
    /// met / visited / told him …`: a that-clause after a reporting verb (`SubjectClauses.reportingVerbs`) whose subject
    /// is the record's writer, a talk verb (`talkHeldVerbs`) or a past verb of telling (`pastTellingVerbs`) with `him`/
    /// `her` as its object: the talk of Y with the writer. Y meeting someone else (`that Y met Z`) stays mentioned.
    static func writerAsPronounObject(_ text: String, clauses: [SubjectClauses], writers: [NameMention]) -> [[NameMention]] {
        guard !writers.isEmpty, clauses.contains(where: { $0.toldThat && $0.objects.isEmpty }) else { return [] }
        let keys = SummaryTokens.of(text).keys
        var found: [[NameMention]] = []
        for clause in clauses where clause.toldThat && !clause.pastPerfect && clause.objects.isEmpty && !clause.personSubjects.isEmpty
            && (talkHeldVerbs.contains(clause.verb) || SummaryLexicon.pastTellingVerbs.contains(clause.verb)) {
            let s = clause.subjectStart
            // (A recollection is mentioned, not recounted: "X recalls that Y received him".)
            guard s >= 2, s < keys.count, keys[s - 1] == "that", SubjectClauses.reportingVerbs.contains(keys[s - 2]),
                  !SummaryLexicon.unheldTalkWords.contains(keys[s - 2]) else { continue }
            // The verb, then the pronoun right after it.
            guard let v = (s..<min(keys.count, s + SubjectClauses.maxClauseTokens)).first(where: { keys[$0] == clause.verb }),
                  v + 1 < keys.count, objectPronouns.contains(keys[v + 1]) else { continue }
            // The reporting clause: the last clause before, whose verb is the one before "that", has the writer as subject.
            guard let reporting = clauses.last(where: { $0.subjectStart < s - 1 && $0.verb == keys[s - 2] }),
                  reporting.personSubjects.count == 1,
                  writers.contains(where: { MessageGrammar.sameName($0, reporting.personSubjects[0]) }) else { continue }
            found.append(reporting.personSubjects + clause.personSubjects)
        }
        return found
    }

    /// Verbs of a talk held, as `recountedConversations` reads them: "Zhou and Stalin discuss …", "X met Y".
    static let talkHeldVerbs: Set<String> = [
        "discuss", "discusses", "discussed", "talk", "talks", "talked", "converse", "converses", "conversed", "met", "meet",
        "meets", "exchange", "exchanges", "conversation", "called", "calls", "received", "receives", "visited", "visits",
    ]
    /// Verbs of telling that are a talk in a message reporting talks: "Mao admits to Mikoyan", "Gromyko informs Liu Xiao".
    static let tellingVerbs: Set<String> = SummaryLexicon.tellingVerbs.union(["admits", "admitted"])

    /// Meetings a sentence recounts with "meeting with", "talks with", "conversation he held with":
    /// "Shtykov gives a report of a meeting with Kim Il Sung and Pak Heon-yeong", "Zhou Enlai describes
    /// his meeting with Khrushchev, Malenkov, and other Soviet officials". A bare "A meeting with …"
    /// is the `writer`'s.
    /// The markers `meetingsWith` reads, each with the space before it that puts it at a word boundary (made once).
    static let meetingMarkers: [(noun: String, marker: String)] = ([
        "meeting with ", "meetings with ", "conversation with ", "conversations with ", "talks with ",
        "conversation he held with ", "conversation she held with ", "discussions with ", "discussion with ",
        "consultation with ", "consultations with ", "after meeting with ", "after meeting ",
        "he met with ", "she met with ", "he met ", "she met ", "he talked with ", "she talked with ",
        "he spoke with ", "she spoke with ", "interview with ", "interviews with ", "audience with ", "talk with ",
        "visit to ",
    ] + SummaryLexicon.mealsWith).map { ($0, " " + $0) }

    static func meetingsWith(_ text: String, cues: SummaryCuePresence, writer: NameMention?, telegramWriter: NameMention? = nil) -> [[NameMention]] {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.meetingsWith) else { return [] }
        var meetings: [[NameMention]] = []
        var previousSentence: String? = nil
        for sentence in sentences(text) {
            defer { previousSentence = sentence }
            // A sentence with none of the markers' cue words holds no marker (one byte scan, no lower-casing).
            guard SummaryCues.meetingsWith.occurs(in: sentence) else { continue }
            // "According to press reports, …": hearsay states no act (`attributedToPress`).
            if attributedToPress(sentence) { continue }
            let lower = sentence.lowercased()
            // At a word boundary: "he met with" must not match inside "She met with".
            let padded = " " + lower
            for (noun, marker) in meetingMarkers {
                guard let found = padded.range(of: marker) else { continue }
                let start = padded.distance(from: padded.startIndex, to: found.lowerBound)
                let offset = padded.distance(from: padded.startIndex, to: found.upperBound) - 1
                var rest = String(sentence.dropFirst(offset))
                for ender in [" in which", " during which", " about ", " on ", " regarding ", " concerning ", " to ",
                              " in ", " at ", " where ", " who ", ";"] {
                    if let e = listEnd(ender, in: rest), e.lowerBound > rest.startIndex { rest = String(rest[..<e.lowerBound]) }
                }
                if rest.hasSuffix(".") { rest.removeLast() }
                // The names end where the sentence goes on: "a meeting with Kim Il Sung reveals …".
                // "Kim Il Sung's envoy, Kim Il": the meeting is with the envoy, not with Kim Il Sung.
                var nameTokens: [Substring] = []
                var afterPossessive = false
                var appositionRead = false
                var consumed = 0   // tokens read, names or not, to find the word after the names
                for token in rest.split(separator: " ") {
                    consumed += 1
                    let lower = token.lowercased()
                    if afterPossessive, nameTokens.isEmpty, token.first?.isLowercase == true { continue }
                    // An office's posting stays in the name: "Assistant to First Secretary …".
                    let posting = ["to", "in"].contains(lower) && nameTokens.last.map { Lexicon.offices.contains(NamePhrase.wordKey(String($0))) } == true
                    // "the Charge d'Affaires of Cuba": a lower-case office word goes on the capitalised office before it.
                    let officeWord = nameTokens.last?.first?.isUppercase == true && Lexicon.offices.contains(NamePhrase.wordKey(String(token)))
                    if token.first?.isLowercase == true && !["and", "of", "the", "de", "van", "von", "al"].contains(lower) && !posting && !officeWord { consumed -= 1; break }
                    if lower.hasSuffix("'s") || lower.hasSuffix("’s") {
                        nameTokens = []
                        afterPossessive = true
                        continue
                    }
                    nameTokens.append(token)
                    if token.hasSuffix(":") || token.hasSuffix(".") && !NamePhrase.isInitials(String(token)) { break }
                    // "China's Deputy Foreign Minister, Guanhua": an office alone goes on to the holder in apposition.
                    if afterPossessive, token.hasSuffix(",") {
                        if NamePhrase.parse(nameTokens.joined(separator: " ")).contains(where: { $0.kind == .person }) || appositionRead { break }
                        appositionRead = true
                    }
                }
                // "the talks with Kissinger will resume": talks still to come.
                let restTokens = String(sentence.dropFirst(offset)).split(separator: " ")
                if restTokens.count > consumed,
                   ["will", "would", "shall", "should", "could", "might", "may", "are", "is"].contains(restTokens[consumed].lowercased()) {
                    continue
                }
                // "A meeting with Kwon has been arranged / was postponed": a talk its predicate says did not (yet) happen.
                if restTokens[min(consumed, restTokens.count)...].prefix(3).contains(where: {
                    SummaryLexicon.unheldTalkPredicates.contains(NamePhrase.wordKey(String($0))) }) {
                    continue
                }
                rest = nameTokens.joined(separator: " ")
                // "conversations with Kim Chol-ho and the GDR Ambassador": an office that says whose is a side too.
                var others = NamePhrase.parse(rest).filter { $0.kind == .person || isTitledOffice($0) }
                // "During Kwon's visit to the embassy": the writer's own mission, bare, is the writer visited.
                if others.isEmpty, noun == "visit to ", let writer, restTokens.count >= 2 {
                    let opening = restTokens.prefix(2).map { NamePhrase.wordKey(String($0)) }
                    if ["the", "our"].contains(opening[0]), ownMissionNouns.contains(opening[1]),
                       writer.kind == .person || NamePhrase.tokenize(writer.text).map(NamePhrase.wordKey).contains(opening[1]) {
                        others = [writer]
                    }
                }
                guard !others.isEmpty else { continue }
                let head = String(sentence.prefix(start))
                // "Kim Il Sung returned from Moscow. He met with …": the pronoun is the person the sentence before
                // has as its subject, not the writer.
                if noun.hasPrefix("he ") || noun.hasPrefix("she "), let writer, writer.kind == .person,
                   let previous = previousSentence.flatMap({ recounter(head: $0) }), previous.kind == .person,
                   !MessageGrammar.sameName(writer, previous) {
                    continue
                }
                // "his talk with X" is a talk; "wants to talk with X" is a verb, planned: the singular is a noun only
                // after a determiner or possessive (the hedges below are checked on it too).
                let headLast = head.split(separator: " ").last.map(String.init) ?? ""
                if noun == "talk with " || SummaryLexicon.mealsWith.contains(noun), !["his", "her", "their", "a", "the"].contains(headLast.lowercased()),
                   !SummaryWords.endsPossessive(headLast) {
                    continue
                }
                // "his interview with Molotov" is a diplomat's meeting; "says in an interview with Le Monde" is the press.
                if noun.hasPrefix("interview"), !(" " + head.lowercased()).hasSuffix(" his ") && !(" " + head.lowercased()).hasSuffix(" her ") {
                    continue
                }
                // "Kim Il Sung requested a meeting with Stalin", "a possible meeting with …", "recalls his
                // meeting with …": a meeting wished for or remembered is not one the record documents.
                let lead = head.lowercased().split(separator: " ").suffix(3).map { NamePhrase.wordKey(String($0)) }
                if lead.contains(where: SummaryLexicon.unheldTalkWords.contains) { continue }
                // "hopes to pay a visit to B", "plans to hold talks with B": a talk after an infinitive of wishing,
                // planning or asking is one still to come.
                if intendedTalk(head) { continue }
                // "recalls in passing his meeting with B": a recollection, with an adverbial between verb and talk.
                if head.split(separator: ",").last.map({ $0.split(separator: " ").suffix(5).contains { recallingVerbs.contains(NamePhrase.wordKey(String($0))) } }) == true { continue }
                // "comments on a newspaper article about A's meeting with B": a talk that a press item is about is its subject.
                let clauseLead = head.split(separator: ",").last.map { $0.split(separator: " ").suffix(6).map { NamePhrase.wordKey(String($0)) } } ?? []
                if let press = clauseLead.firstIndex(where: SummaryLexicon.pressNouns.contains),
                   clauseLead[press...].contains(where: SummaryLexicon.topicPrepositions.contains) { continue }
                // "a condition for holding talks with …": hypothetical; "a breakthrough in his talks with …":
                // the outcome is reported and the talks only mentioned.
                if lead.contains(where: SummaryLexicon.hedgeWords.contains) || lead.contains(where: SummaryLexicon.outcomeNouns.contains) { continue }
                // "did not hold talks with", "failed to obtain a meeting with": a talk denied is none (within the clause).
                let clauseHead = head.split(separator: ",", omittingEmptySubsequences: false).last ?? ""
                if clauseHead.split(separator: " ").suffix(5).contains(where: { SummaryLexicon.denialWords.contains(NamePhrase.wordKey(String($0))) }) { continue }
                // "At a meeting with B on 3 May, A raised …": the main clause's subject had the talk.
                if let own = openingTalkPhraseSubject(sentence, head: head) {
                    meetings.append(others + own.filter { !MessageGrammar.contains(others, $0) })
                    continue
                }
                // "A meeting with …", "his meeting with …", "Especially significant was his 30 January meeting with …":
                // the writer's own.
                let headIsBare = ["a ", "the ", "his ", "her ", "during the ", "at the ", "in a "].contains { head.lowercased().hasPrefix($0) }
                    || head.trimmingSpaces().isEmpty || opensWithRecordNoun(head)
                    || [" his ", " her "].contains { (" " + head.lowercased()).contains($0) } && !head.contains(",")
                // "Telegram from Roshchin to Moscow after meeting Zhou Enlai": the writer met him.
                // "Records of a conversation with …": the record noun is no recounter's name.
                // "During Kwon's visit to B": the opening preposition is no part of the possessor's name.
                let headWords = head.split(separator: " ")
                let possessorHead = headWords.count >= 2 && SummaryLexicon.openingTalkPrepositions.contains(NamePhrase.wordKey(String(headWords[0])))
                    && SummaryWords.opensUppercase(String(headWords[1])) ? headWords.dropFirst().joined(separator: " ") : head
                let recounted = opensWithRecordNoun(head) ? [] : recounters(head: possessorHead)
                let subjects: [NameMention]? = noun.hasPrefix("after ") ? (telegramWriter ?? writer).map { [$0] }
                    : !recounted.isEmpty ? recounted : (headIsBare ? writer.map { [$0] } : nil)
                guard let subjects else {
                    // "On a consultation with Herrmann, Kim Gwang-su informed him": the opening phrase names
                    // one side, the main clause's subject after the comma the other.
                    let opening = ["on a ", "in a ", "at a ", "during a ", "on the ", "in the ", "at the ", "during the "]
                    if opening.contains(head.lowercased()), rest.contains(","), others.count >= 2 { meetings.append(others) }
                    continue
                }
                // "conversations with A and B", "met separately with A and B": one talk with each.
                if (noun.hasPrefix("conversations with ") || separateTalks(sentence)) && others.count > 1 {
                    for other in others { meetings.append(subjects + [other]) }
                } else {
                    meetings.append(subjects + others)
                }
            }
        }
        // "A conversation was held with B": the writer's talk, as "A meeting with B" is.
        if let writer { meetings += talksHeldWith(text, cues: cues).map { [writer] + $0 } }
        return meetings
    }

    /// Verbs of remembering: a talk they name is recalled, not recounted ("recalls in passing his meeting with B").
    static let recallingVerbs: Set<String> = ["recalls", "recalled", "recalling", "remembers", "remembered", "remembering"]

    /// A diplomatic mission named bare after a visit (`visit to the embassy`, `our legation`): the writer's own.
    static let ownMissionNouns: Set<String> = ["embassy", "legation", "consulate", "mission"]

    /// Whether a talk noun's head ends in an infinitive of intent within its clause: a verb of wishing, planning or
    /// asking (`SummaryLexicon.hedgeWords`, `unheldTalkWords`), `to`, then at most three words (`hopes to pay a`,
    /// `plans to hold`, `wants to have a`).
    static func intendedTalk(_ head: String) -> Bool {
        let clause = head.split(separator: ",").last.map { $0.split(separator: " ").suffix(6).map { NamePhrase.wordKey(String($0)) } } ?? []
        guard let to = clause.lastIndex(of: "to"), to >= 1, clause.count - to <= 4 else { return false }
        return SummaryLexicon.hedgeWords.contains(clause[to - 1]) || SummaryLexicon.unheldTalkWords.contains(clause[to - 1])
    }

    /// **Rule: a record noun of talks opening a summary names the author's talks.** "Record of conversations with
    /// A and B", "Notes on a conversation with A", "Memorandum of the talks with A": the head before the talk noun is a
    /// record noun (`ConversationGrammar.recordNouns`), `of`/`on`/`from` and at most a determiner.
    static func opensWithRecordNoun(_ head: String) -> Bool {
        let words = head.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
        guard words.count == 2 || words.count == 3, ConversationGrammar.recordNouns.contains(words[0]),
              ["of", "on", "from"].contains(words[1]) else { return false }
        return words.count == 2 || SummaryLexicon.determiners.contains(words[2])
    }

    /// Where a list of names ends at `ender`; "to" and "in" after an office bind its posting and end nothing:
    /// "with Indonesian Assistant to First Secretary … Su-wei-duo", "with the Ambassador in Beijing, Liu Fang".
    static func listEnd(_ ender: String, in text: String) -> Range<String.Index>? {
        guard [" to ", " in "].contains(ender) else { return text.range(of: ender) }
        var search = text.startIndex..<text.endIndex
        while let r = ByteSearch.foundationRange(of: ender, in: text[search]) {
            let start = text.index(r.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
            let before = text[start..<r.lowerBound].split(separator: " ").last.map { NamePhrase.wordKey(String($0)) } ?? ""
            let next = text[r.upperBound...].prefix { $0 != " " }
            // The posting is a capitalised place or office ("to First Secretary", "in Beijing").
            if !(Lexicon.offices.contains(before) && next.first?.isUppercase == true) { return r }
            search = r.upperBound..<text.endIndex
        }
        return nil
    }

    /// "Wu Xueqian and Abe Shintaro's exchanges", "Kim Il Sung and Zhou Enlai's talks": a talk of the
    /// people who jointly own it.
    static func jointPossessiveTalks(_ text: String, cues: SummaryCuePresence) -> [[NameMention]] {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.jointPossessiveTalks) else { return [] }
        var found: [[NameMention]] = []
        let nouns = ["exchanges", "exchange", "talks", "discussions", "discussion", "conversation", "conversations",
                     "meeting", "meetings", "negotiations", "consultations"]
        for sentence in sentences(text) {
            // Every marker holds "'s ": a sentence without it is passed over in one byte scan.
            guard ByteSearch.mayContainCaseInsensitive(sentence, "'s ") else { continue }
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

    /// **Rule: a talk the record recounts as its subject, named with its sides.**
    /// "The correspondence also summarizes the conversation between Tito and Kim Il Sung", "Shtykov recounts a
    /// recent meeting between Kim Il and Mao Zedong", "A note on the conversations between Ho Chi Minh and Mao
    /// Zedong", "… where Tsevegmid relates a discussion between Zhou Enlai and Luvsan": a talk noun followed by
    /// "between", after a recounting verb or document noun (with "on"/"of"), a determiner and up to three
    /// modifiers, or opening the sentence. A talk only hoped for ("a possible meeting between") is not one.
    /// How many words before `between` state that a talk happened (`SummaryLexicon.talkOccurrences`: "took place",
    /// "was held"); 0 when none does. A talk that will or would take place is no act, and matches none of them.
    static func occurrenceLength(_ keys: [String], before b: Int) -> Int {
        for phrase in SummaryLexicon.talkOccurrences where phrase.count <= b && Array(keys[(b - phrase.count)..<b]) == phrase {
            return phrase.count
        }
        return 0
    }

    static func recountedBetween(_ text: String, cues: SummaryCuePresence) -> [[NameMention]] {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.recountedBetween) else { return [] }
        var found: [[NameMention]] = []
        for sentence in sentences(text) where !attributedToPress(sentence) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            for b in keys.indices where keys[b] == "between" && b >= 1 {
                // "the conversation between A and B", or "A conversation took place / was held between A and B".
                let noun = SummaryLexicon.talkNouns.contains(keys[b - 1]) ? b - 1 : b - 1 - occurrenceLength(keys, before: b)
                guard noun >= 0, noun < b, SummaryLexicon.talkNouns.contains(keys[noun]) else { continue }
                var k = noun - 1
                var modifiers = 0
                while k >= 0, modifiers < 3, tokens[k].first?.isLowercase == true || NamePhrase.isNumberLike(keys[k]),
                      !SummaryLexicon.determiners.contains(keys[k]), !["on", "of", "about"].contains(keys[k]),
                      !SummaryLexicon.recountingVerbs.contains(keys[k]), !SummaryLexicon.recountingNouns.contains(keys[k]) {
                    if SummaryLexicon.hedgeWords.contains(keys[k]) || SummaryLexicon.unheldTalkWords.contains(keys[k]) { modifiers = 99; break }
                    k -= 1
                    modifiers += 1
                }
                guard modifiers <= 3 else { continue }
                if k >= 0, SummaryLexicon.determiners.contains(keys[k]) { k -= 1 }
                let opensSentence = k < 0
                var recounted = opensSentence
                if k >= 0, ["on", "of", "about"].contains(keys[k]) {
                    // "On the talks between A and B concerning …": a summary that opens with its topic recounts the talk.
                    recounted = k == 0 || k >= 1 && (SummaryLexicon.recountingNouns.contains(keys[k - 1]) || SummaryLexicon.recountingVerbs.contains(keys[k - 1])
                        || keys[k - 1] == "tells")
                    // "forwards a TASS report on the talks between A and B": a press item's topic, not the record's talk.
                    if k >= 2, SummaryLexicon.recountingNouns.contains(keys[k - 1]), SummaryLexicon.pressNouns.contains(keys[k - 2]) { recounted = false }
                } else if k >= 1, keys[k] == "out", SummaryLexicon.settingOutVerbs.contains(keys[k - 1]) {
                    recounted = true   // "The report sets out the conversation between A and B"
                } else if k >= 0 {
                    recounted = SummaryLexicon.recountingVerbs.contains(keys[k])
                }
                guard recounted else { continue }
                // "A meeting between A and B, planned for 4 May, was cancelled": a talk that is its sentence's subject,
                // whose predicate says it did not happen, is none (past appositions, to the sentence's end).
                if opensSentence, keys[(b + 1)...].enumerated().contains(where: { n, key in
                    let token = tokens[b + 1 + n]
                    return SummaryWords.opensLowercase(token) && (SummaryLexicon.unheldTalkPredicates.contains(key) || ["not", "never"].contains(key))
                }) { continue }
                // The sides end with the clause: "…, which was relayed by …", "… where …", or the full stop.
                var phraseTokens: [String] = []
                for token in ([tokens[noun]] + tokens[b...]).prefix(40) {
                    if ["which", "who", "where", "whom", "that", "when"].contains(NamePhrase.wordKey(token)) { break }
                    phraseTokens.append(token)
                    if token.hasSuffix(";") || (token.hasSuffix(".") && !NamePhrase.isInitials(token)) { break }
                }
                var phrase = phraseTokens.joined(separator: " ")
                while let last = phrase.last, [",", ".", ";"].contains(last) { phrase.removeLast() }
                if let people = ConversationGrammar.read(phrase, author: nil).conversation,
                   people.filter({ $0.kind == .person }).count >= 2,
                   !found.contains(where: { MessageGrammar.sameParties($0, people) }) { found.append(people) }
            }
        }
        return found
    }

    /// Who had the meeting a sentence head introduces: "X's talks", "a report by X on a conversation",
    /// or the sentence's subject ("Shtykov gives an insider's report of a meeting").
    static func recounters(head: String) -> [NameMention] {
        let trimmed = head.trimmingSpaces()
        // "…, Kim Il Sung and Pak Heon-yeong, who described their talks with …": the antecedent of "who".
        if let who = ByteSearch.foundationRange(of: " who ", in: trimmed, options: .backwards)
            ?? (trimmed.hasSuffix(" who") ? ByteSearch.foundationRange(of: " who", in: trimmed, options: .backwards) : nil) {
            var antecedent = String(trimmed[..<who.lowerBound])
            if antecedent.hasSuffix(",") { antecedent.removeLast() }
            // The names right before "who": back to a lowercase word that is no list joiner.
            var words: [Substring] = []
            for token in antecedent.split(separator: " ").reversed() {
                guard token.first?.isUppercase == true || token == "and" || NamePhrase.isInitials(String(token)) else { break }
                words.insert(token, at: 0)
            }
            let people = NamePhrase.parse(words.joined(separator: " ")).filter { $0.kind == .person }
            if !people.isEmpty { return people }
        }
        // "Gao Gang and Liu Shaoqi report on their talks": every subject had them.
        let all = recounter(head: trimmed)
        if let first = all, (" " + trimmed.lowercased() + " ").contains(" their ") {
            var words: [String] = []
            for token in trimmed.split(separator: " ") {
                let t = String(token)
                guard (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t) || t == "and" || t.hasSuffix(",") else { break }
                words.append(t)
            }
            let people = NamePhrase.parse(words.joined(separator: " ")).filter { $0.kind == .person }
            return people.isEmpty ? [first] : people
        }
        return all.map { [$0] } ?? []
    }

    /// Every run of names in running prose, in order: "Telegram from Aurel Duma to Corneliu Manescu" → both.
    static func namesIn(_ text: String) -> [NameMention] {
        let tokens = SummaryWords.spaceSeparated(text)
        var found: [NameMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].first?.isUppercase == true, i == 0 || tokens[i - 1].first?.isLowercase == true || tokens[i - 1].hasSuffix(",") else {
                i += 1
                continue
            }
            let run = tokens[i...].prefix { $0.first?.isUppercase == true || NamePhrase.isInitials($0) }
            found += leadingNames(run.prefix(maxNameListTokens))
            i += max(1, run.count)
        }
        return found
    }

    static func recounter(head: String) -> NameMention? {
        let trimmed = head.trimmingSpaces()
        // "Telegram from A to B regarding the former's meeting with C": the first (or last) person the
        // sentence has named.
        for (reference, pickFirst) in [("the former's", true), ("the latter's", false)] where trimmed.lowercased().hasSuffix(reference) {
            let named = namesIn(String(trimmed.dropLast(reference.count))).filter { $0.kind == .person }
            return pickFirst ? named.first : named.last
        }
        if trimmed.hasSuffix("'s") || trimmed.lowercased().hasSuffix("'s a") {
            let possessor = ConversationGrammar.possessor(before: String(trimmed.dropLast(trimmed.hasSuffix("'s") ? 2 : 4)))
            if let p = NamePhrase.parse(possessor).last, p.kind == .person { return p }
        }
        if let by = trimmed.range(of: " by ") {
            var after = String(trimmed[by.upperBound...])
            if let on = after.range(of: " on ") { after = String(after[..<on.lowerBound]) }
            if let p = NamePhrase.parse(after).first, p.kind == .person { return p }
        }
        // The sentence's own subject: the leading capitalised words, after an opening adverb ("Especially").
        var words: [String] = []
        for (n, token) in trimmed.split(separator: " ").enumerated() {
            let t = String(token)
            // "Afterwards, he met …": an opening adverb, with or without its comma, is no subject.
            let opener = NamePhrase.wordKey(t)
            if n == 0, opener.hasSuffix("ly") || ["also", "later", "then", "however", "meanwhile", "during", "in", "at", "on",
                                                  "after", "before", "following", "since", "while", "when"].contains(opener)
                || SubjectClauses.openingSubordinators.contains(opener) || SummaryLexicon.sequenceAdverbs.contains(opener) { break }
            guard (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t) else { break }
            words.append(t)
            if t.hasSuffix(",") { break }
        }
        if let p = NamePhrase.parse(words.joined(separator: " ")).first, p.kind == .person { return p }
        return nil
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
                // "former President Eisenhower" no longer holds the office.
                if ["former", "ex", "late", "then"].contains(before.split(separator: " ").last.map { NamePhrase.wordKey(String($0)) } ?? "") { continue }
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
}
