/// Conventions of catalogue English for further addressees of the record's one message (docs/summaries.md,
/// "Aliases, writers and go-betweens"):
/// - **The record also sent**: `The letter was also sent to C`, `It has also been forwarded to C`, `Also sent to C.` —
///   the record (a determiner `the`/`this` and a document noun, or `it`) with a past auxiliary, an adverb of addition
///   (`also`, `likewise`, `simultaneously`: `SummaryLexicon.copyAdverbs`) and a participle of
///   `SummaryLexicon.recordSentParticiples` + `to`; or the same adverb and participle opening a sentence, as a label.
///   `A similar letter was sent to C` is another letter; `will also be sent`, `was not sent` add no one.
/// - **Joint address**: `addressed jointly to B and C`, `jointly addressed to B and C`, and the record restated as
///   `The letter is addressed to B and C` with the title's addressee among them: every person named is an addressee.
/// - **The sender also sends the record**: `Volkonsky also sends/sent the letter to C` (the sender by name opening the
///   sentence, `also`, a verb of sending, the record, `to`).
/// - **A label of further addressees** opening a sentence (`cc: C, D`, `Distribution: C and D`: `copyLabels`), and people
///   who received a copy (`C also received a copy`; not `a copy of the treaty`).
extension SummaryReader {
    /// A record's addressees named in its summary are few: past this many, no more are read (each is compared with all
    /// before it, which would be quadratic in a summary listing thousands).
    static let maxFurtherAddressees = 64

    static let recordAlsoSentCues = RuleCues(SummaryLexicon.copyAdverbs.union(SummaryLexicon.jointAddressAdverbs)
        .union(["cc", "distribution", "copies", "copy", "addressed", "received", "same"]))

    /// - Complexity: O(n): each word is looked at a bounded number of times.
    static func recordAlsoSent(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, !message.from.isEmpty, !message.to.isEmpty,
              message.via.isEmpty, cues.holds(recordAlsoSentCues) else { return }
        var added = false
        let add = { (people: [NameMention]) in
            for person in people where person.kind == .person && message.to.count < maxFurtherAddressees
                && !MessageGrammar.contains(message.to + message.from, person) {
                message.to.append(person)
                added = true
            }
        }
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            // "cc: C, D.", "Distribution: C and D.": a label of further addressees opening the sentence.
            if tokens.count >= 2, copyLabels.contains(tokens[0].lowercased()) {
                add(leadingNames(tokens[1...].prefix(maxNameListTokens)))
                continue
            }
            // "C also received a copy.": the names opening the sentence received the record.
            if let r = keys.prefix(maxNameListTokens + 2).firstIndex(where: { ["received", "receives", "got", "gets"].contains($0) }), r >= 1,
               tokens[..<r].allSatisfy({ SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) || ["and", "also"].contains($0) }),
               r + 1 < keys.count, receivedCopy(keys, from: r + 1) {
                add(leadingNames(tokens[..<r].filter { $0 != "also" }))
                continue
            }
            for p in keys.indices where p + 2 < keys.count && SummaryLexicon.recordSentParticiples.contains(keys[p]) {
                var listStart: Int?
                if keys[p] == "addressed", SummaryLexicon.jointAddressAdverbs.contains(keys[p + 1]), keys[p + 2] == "to" {
                    listStart = p + 3   // "addressed jointly to B and C"
                } else if keys[p + 1] == "to", p >= 1, SummaryLexicon.jointAddressAdverbs.contains(keys[p - 1]), keys[p] == "addressed" {
                    listStart = p + 2   // "jointly addressed to B and C"
                } else if keys[p + 1] == "to", recordIsSubjectAlso(tokens, keys, participle: p, sender: message.from) {
                    listStart = p + 2   // "The letter was also sent to C", "Also sent to C"
                } else if keys[p] == "addressed", keys[p + 1] == "to", p >= 2,
                          ["is", "was"].contains(keys[p - 1]) && recordOpens(keys[..<(p - 1)])
                            || SummaryWords.endsWith(tokens[p - 1], UInt8(ascii: ",")) && recordOpens(keys[..<p]),
                          leadingNames(tokens[(p + 2)...].prefix(maxNameListTokens)).contains(where: { MessageGrammar.contains(message.to, $0) }) {
                    listStart = p + 2   // "The letter is addressed to B and C", naming the title's addressee and more
                }
                guard let start = listStart else { continue }
                add(leadingNames(tokens[start...].prefix(maxNameListTokens)))
            }
        }
        guard added else { return }
        message.evidence = .summary
        result.messages = [message]
    }

    /// Labels of further addressees a catalogue prints before their names, colon included: `cc: C`, `Distribution: C`.
    static let copyLabels: Set<String> = ["cc:", "c.c.:", "copies:", "copy:", "distribution:"]

    /// Whether the words from `k` are a copy of the record: "a copy", "copies", "a copy of the letter" (not "a copy of
    /// the treaty", another document).
    static func receivedCopy(_ keys: [String], from k: Int) -> Bool {
        var i = k
        if i < keys.count, ["a", "the"].contains(keys[i]) { i += 1 }
        guard i < keys.count, SummaryLexicon.copyNouns.contains(keys[i]) else { return false }
        guard i + 1 < keys.count, keys[i + 1] == "of" else { return true }
        return i + 3 < keys.count && ["the", "this", "it"].contains(keys[i + 2]) && isRecordNoun(keys[i + 3])
    }

    /// Whether the words before the participle at `p` make the record the thing also sent: `[the|this] NOUN|it` + past
    /// auxiliaries + an adverb of addition; the adverb alone opening the sentence ("Also sent to C"); or the sender by
    /// name + the adverb + a verb of sending in the active + the record ("Volkonsky also sent the letter to C", where
    /// `p` is then the verb and the record stands between it and `to`: read by the caller as `sent … to`).
    static func recordIsSubjectAlso(_ tokens: [String], _ keys: [String], participle p: Int, sender: [NameMention]) -> Bool {
        var k = p - 1
        guard k >= 0, SummaryLexicon.copyAdverbs.contains(keys[k]) || SummaryLexicon.copyPastAuxiliaries.contains(keys[k]) else { return false }
        var adverb = false
        var auxiliaries = 0
        while k >= 0, p - k <= 4 {
            if SummaryLexicon.copyAdverbs.contains(keys[k]) { adverb = true } else if SummaryLexicon.copyPastAuxiliaries.contains(keys[k]) {
                auxiliaries += 1
            } else { break }
            k -= 1
        }
        // "The same letter was (also) addressed to C": the record itself, gone to C too (not "a similar letter").
        if auxiliaries > 0, k == 2, keys[0] == "the", keys[1] == "same", SummaryLexicon.documentNouns.contains(keys[2]) { return true }
        guard adverb else { return false }
        if k < 0 { return auxiliaries == 0 }   // "Also sent to C."
        guard auxiliaries > 0 else { return false }
        if SummaryLexicon.recordPronouns.contains(keys[k]) { return k == 0 }   // "It was also sent to C."
        return k == 1 && SummaryLexicon.documentNouns.contains(keys[k]) && ["the", "this"].contains(keys[0])
    }

    /// Verbs by which the title's sender, opening a sentence, sends or writes the record to a list of people
    /// (`senderAddressesList`): "Diallo writes to B and to C", "Diallo addresses the letter to B and C".
    static let addressingListVerbs: Set<String> = SummaryLexicon.sendingVerbs.union(["writes", "wrote"])
    /// Precondition of `senderAddressesList`: a sentence's verb is one of `addressingListVerbs`, a whole word of the summary.
    static let addressingListCues = RuleCues(addressingListVerbs)

    /// **Rule: the sender addresses the record to a list** — the title's sender opening a sentence, a verb of
    /// `addressingListVerbs`, the record (`the letter`, `it`; none after `writes`) or its copies (`copies of the
    /// letter`, `a copy of it`), `to`, and a list of names (`B and C`, `B and to C`). The list is the record's addressees
    /// when it names the title's addressee (the record itself is meant) or the object is copies of the record; a
    /// letter written to others only (`writes to C` in a letter to B) is another letter, and a planned one (`hopes
    /// to write to C`) has no verb after the subject.
    static func senderAddressesList(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, cues.holds(addressingListCues), var message = result.messages.first, !message.from.isEmpty,
              !message.to.isEmpty, message.via.isEmpty else { return }
        var added = false
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)
            let tokens = split.words
            let keys = split.keys
            guard let v = keys.prefix(6).firstIndex(where: addressingListVerbs.contains), v >= 1, v + 2 < keys.count,
                  tokens[..<v].allSatisfy({ SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) }),
                  let subject = leadingNames(tokens[..<v]).last, MessageGrammar.contains(message.from, subject) else { continue }
            var to = v + 1
            var copies = false
            if SummaryLexicon.copyNouns.contains(keys[to]) || keys[to] == "a" && to + 1 < keys.count && keys[to + 1] == "copy" {
                to += keys[to] == "a" ? 2 : 1
                guard to + 1 < keys.count, keys[to] == "of" else { continue }
                to += 1
                copies = true
            }
            if to < keys.count, SummaryLexicon.recordPronouns.contains(keys[to]) {
                to += 1
            } else if to + 1 < keys.count, ["the", "this", "his", "her"].contains(keys[to]), SummaryLexicon.documentNouns.contains(keys[to + 1]) {
                to += 2
            } else if copies || !["writes", "wrote"].contains(keys[v]) { continue }
            guard to + 1 < keys.count, keys[to] == "to" else { continue }
            // "B and to C": the repeated preposition is no part of the list.
            let list = tokens[(to + 1)...].prefix(maxNameListTokens).enumerated().filter { offset, word in
                !(offset > 0 && NamePhrase.wordKey(word) == "to" && NamePhrase.wordKey(tokens[to + offset]) == "and") }.map(\.element)
            let named = leadingNames(list[...])
            guard copies || named.contains(where: { MessageGrammar.contains(message.to, $0) }) else { continue }
            for person in named where person.kind == .person && message.to.count < maxFurtherAddressees
                && !MessageGrammar.contains(message.to + message.from, person) {
                message.to.append(person)
                added = true
            }
        }
        guard added else { return }
        message.evidence = .summary
        result.messages = [message]
    }

    /// **Rule: the sender also sends the record** ("Volkonsky also sends the letter to C"): the people after `to`.
    static func senderAlsoSendsRecord(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, !message.from.isEmpty, !message.to.isEmpty,
              message.via.isEmpty, cues.holds(recordAlsoSentCues) else { return }
        var added = false
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            guard let a = keys.prefix(7).firstIndex(where: SummaryLexicon.copyAdverbs.contains), a >= 1, a + 4 < keys.count,
                  SummaryLexicon.sendingVerbs.contains(keys[a + 1]) || ["forwards", "forwarded"].contains(keys[a + 1]),
                  tokens[..<a].allSatisfy({ SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) }),
                  let subject = leadingNames(tokens[..<a]).last, MessageGrammar.contains(message.from, subject) else { continue }
            // The record: "the letter", "this telegram", "it".
            var to = a + 2
            if SummaryLexicon.recordPronouns.contains(keys[to]) {
                to += 1
            } else if ["the", "this"].contains(keys[to]), SummaryLexicon.documentNouns.contains(keys[to + 1]) {
                to += 2
            } else { continue }
            guard to + 1 < keys.count, keys[to] == "to" else { continue }
            for person in leadingNames(tokens[(to + 1)...].prefix(maxNameListTokens)) where person.kind == .person
                && message.to.count < maxFurtherAddressees && !MessageGrammar.contains(message.to + message.from, person) {
                message.to.append(person)
                added = true
            }
        }
        guard added else { return }
        message.evidence = .summary
        result.messages = [message]
    }

    /// Whether the words before a copy marker at `i` ask for or plan the copy: an infinitive of sending among the three
    /// words before it ("asks D to send a copy to C", "wonders whether to give a copy to C").
    static func copyAskedFor(_ keys: [String], before i: Int) -> Bool {
        let start = max(0, i - 3)
        guard start < i else { return false }
        return (start..<i).contains { k in keys[k] == "to" && k + 1 < i && SummaryLexicon.sendingInfinitives.contains(keys[k + 1]) }
    }

    /// The nouns by which a summary names the record itself as signed or handed on: the message nouns and a few kinds
    /// of written record ("The memorandum was signed by X"); not a treaty or a speech the record mentions.
    static func isRecordNoun(_ key: String) -> Bool {
        SummaryLexicon.messageNouns.contains(key) || ["document", "memorandum", "dispatch", "despatch"].contains(key)
    }

    /// Whether `keys` (the words before a participle) are the record's noun opening its sentence, with at most `the` or
    /// `this` before it: "Telegram signed by X", "The report signed by X".
    static func recordNounOpens(_ keys: [String]) -> Bool {
        keys.count == 1 && isRecordNoun(keys[0]) || keys.count == 2 && ["the", "this"].contains(keys[0]) && isRecordNoun(keys[1])
    }

    /// Whether the words `start..<participle` make the record the subject of a passive of signing: `[the|this] NOUN` or
    /// `it`, then past auxiliaries ("The report was written by X", "It was signed by X"): the writer of the record.
    static func recordSignedInPassive(_ keys: [String], from start: Int, participle p: Int) -> Bool {
        var k = p - 1
        var auxiliaries = 0
        while k >= start, ["was", "is", "has", "had", "been"].contains(keys[k]) { k -= 1; auxiliaries += 1 }
        guard auxiliaries > 0, k >= start else { return false }
        if SummaryLexicon.recordPronouns.contains(keys[k]) { return k == start }
        return k == start + 1 && ["the", "this"].contains(keys[start]) && isRecordNoun(keys[k])
    }
}
