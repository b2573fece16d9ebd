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

        if let index = result.conversations.indices.first {
            // "Romanian military leader Emil Bodnăraş is also present."
            var conversation = result.conversations[index]
            for clause in clauses where clause.verb == "present" {
                for person in clause.subjects where !MessageGrammar.contains(conversation.participants, person) {
                    conversation.participants.append(person)
                }
            }
            result.conversations[index] = conversation
        } else if !reading.conversationWithOneSide.isEmpty {
            // The title names one side; a summary clause "A and B discuss" that includes it names the other.
            let side = reading.conversationWithOneSide
            for clause in clauses where SubjectClauses.conversationVerbs.contains(clause.verb) {
                let all = ConversationGrammar.merge(side, clause.subjects)
                if all.count >= 2, clause.subjects.contains(where: { MessageGrammar.contains(side, $0) }) || clause.subjects.count >= 2 {
                    result.conversations.append(ExtractedConversation(participants: all, evidence: .summary))
                    break
                }
            }
            if result.conversations.isEmpty, let author = reading.journalAuthor {
                result.conversations.append(ExtractedConversation(participants: ConversationGrammar.merge([author], side), evidence: .title))
            }
        } else if let author = reading.journalAuthor, reading.documentType == "journal" {
            // A journal entry records the author's conversations: each named person who speaks in the
            // summary ("Kim Il Sung discusses …", "Nam Il informs Puzanov …") is an interlocutor.
            var seen: [NameMention] = []
            for clause in clauses where SubjectClauses.dialogueVerbs.contains(clause.verb) {
                let speakers = clause.subjects.filter { $0.kind == .person }
                if speakers.count >= 2, speakers.contains(where: { MessageGrammar.sameName($0, author) }) {
                    for p in speakers where !MessageGrammar.sameName(p, author) && !MessageGrammar.contains(seen, p) { seen.append(p) }
                } else {
                    for p in speakers where !MessageGrammar.sameName(p, author) && !MessageGrammar.contains(seen, p) { seen.append(p) }
                }
                if clause.subjects.count == 1, MessageGrammar.sameName(clause.subjects[0], author) {
                    for p in clause.objects where !MessageGrammar.contains(seen, p) { seen.append(p) }
                }
            }
            for person in seen {
                result.conversations.append(ExtractedConversation(participants: [author, person], evidence: .summary))
            }
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

    static let conversationVerbs: Set<String> = [
        "discuss", "discusses", "discussed", "talk", "talks", "talked", "converse", "converses", "conversed",
        "meet", "meets", "met", "conversation", "present",
    ]
    static let dialogueVerbs: Set<String> = conversationVerbs.union([
        "share", "shares", "shared", "express", "expresses", "expressed", "inform", "informs", "informed",
        "tell", "tells", "told", "raise", "raises", "raised", "ask", "asks", "asked", "speak", "speaks", "spoke",
        "complain", "complains", "complained", "explain", "explains", "explained", "propose", "proposes",
    ])

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
            } else if !dialogueVerbs.contains(verb) || verb == "present" || verb == "conversation" || token.first!.isUppercase {
                continue
            }
            // Walk back over the subject: capitalised words, initials and list joiners.
            var j = i - 1
            while j >= 0, ["is", "was", "also", "have", "has", "had", "a", "their"].contains(NamePhrase.wordKey(tokens[j])) { j -= 1 }
            let end = j + 1
            var start = end
            while start > 0 {
                let t = tokens[start - 1]
                let key = NamePhrase.wordKey(t)
                let isBoundary = t.hasSuffix(",") && start - 1 < end - 1 && !(tokens[start].first?.isUppercase ?? false)
                if isBoundary { break }
                if t.hasSuffix(".") && !NamePhrase.isInitials(t) { break }
                if t.hasSuffix(",") && start == end { break }
                if key == "and" || key == "others" || (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t)
                    || (t.hasSuffix(",") && (t.first?.isUppercase ?? false)) || Lexicon.offices.contains(key)
                    || Lexicon.nationalities.contains(key) || key == "of" || key == "the" {
                    start -= 1
                    continue
                }
                break
            }
            guard start < end else { continue }
            var phrase = tokens[start..<end].joined(separator: " ")
            if phrase.hasSuffix(",") { phrase.removeLast() }
            // A sentence-initial function word is not part of the subject.
            for lead in ["The ", "During ", "At ", "In ", "On ", "After ", "Later ", "Then "] where phrase.hasPrefix(lead) {
                phrase.removeFirst(lead.count)
            }
            let subjects = NamePhrase.parse(phrase).filter { $0.kind == .person }
            guard !subjects.isEmpty else { continue }
            // Objects: the capitalised name right after the verb, or after "with" later in the clause.
            var objects: [NameMention] = []
            var k = i + 1
            var clause: [String] = []
            while k < tokens.count {
                let t = tokens[k]
                clause.append(t)
                if t.hasSuffix(".") && !NamePhrase.isInitials(t) { break }
                k += 1
            }
            let clauseText = clause.joined(separator: " ")
            if let r = clauseText.range(of: " with ") {
                var after = String(clauseText[r.upperBound...])
                if let comma = after.firstIndex(where: { $0 == "," || $0 == "." }) { after = String(after[..<comma]) }
                objects = NamePhrase.parse(after.replacingOccurrences(of: "respectively", with: "")).filter { $0.kind == .person }
            } else if let first = clause.first, first.first?.isUppercase ?? false {
                var name: [String] = []
                for t in clause {
                    guard (t.first?.isUppercase ?? false) || NamePhrase.isInitials(t) else { break }
                    name.append(t)
                    if t.hasSuffix(",") || (t.hasSuffix(".") && !NamePhrase.isInitials(t)) { break }
                }
                objects = NamePhrase.parse(name.joined(separator: " ")).filter { $0.kind == .person }
            }
            result.append(SubjectClauses(subjects: subjects, verb: verb, objects: objects))
        }
        return result
    }
}
