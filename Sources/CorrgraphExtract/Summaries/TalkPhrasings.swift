/// Conventions of catalogue English for talks a summary states (docs/summaries.md, "Conversations a record
/// recounts" and "What is not an act"):
/// - **An opening phrase of a talk**: `At a meeting with B on 3 May, A raised …`, `During his talks with B, A …`,
///   `In a conversation with B, A said …`, `In talks with B, A …` (a preposition of `SummaryLexicon.openingTalkPrepositions`,
///   an optional determiner or possessive, at most two modifiers, a talk noun, `with` B, then a comma and the main clause): the talk of B with the
///   main clause's subject — the names after the phrase's comma, followed by a lowercase verb.
/// - **Separate talks**: `met separately with A and B`, `held separate talks with A and B`, `met with A and B,
///   respectively` are one talk with each (`SummaryLexicon.distributiveAdverbs`, `distributiveAdjectives`).
/// - **Press hearsay**: a sentence that attributes what it says to the press or to hearsay (`According to press reports,
///   …`, `As reported by the radio, …`, `The newspaper reported that …`: `SummaryLexicon.pressNouns`, `hearsayNouns`)
///   states no act of the record. A person named by `According to X,` is the source, no subject of the clause after it.
/// - **Denial**: a talk denied, refused or called off (`did not hold talks with`, `cancelled his meeting with`:
///   `SummaryLexicon.denialWords` among the five words of its clause before the talk noun) is none.
extension SummaryReader {
    /// The main clause's subject after an opening phrase of a talk whose head (the words before the talk noun) is
    /// `head`: "At a meeting with B on 3 May, A raised …" → [A]. Nil when the head is no such phrase or no name
    /// opens the main clause ("…, the ambassador raised" names no one).
    ///
    /// - Complexity: O(n) in the sentence's words, at most `openingPhraseWindow` of them read after the noun.
    static func openingTalkPhraseSubject(_ sentence: String, head: String) -> [NameMention]? {
        let headWords = head.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
        guard (1...4).contains(headWords.count), SummaryLexicon.openingTalkPrepositions.contains(headWords[0]) else { return nil }
        let tokens = SummaryTokens.of(sentence).words
        // An optional determiner or possessive, then at most two lowercase modifiers: "In talks with", "At a lengthy meeting with".
        let modifiers = headWords.count >= 2 && SummaryLexicon.determiners.contains(headWords[1]) ? 2 : 1
        guard tokens.count > headWords.count + 2, headWords.count - modifiers <= 2,
              tokens[modifiers..<headWords.count].allSatisfy(SummaryWords.opensLowercase) else { return nil }
        // The phrase's comma: the first after which a run of names (no comma inside) is followed by a lowercase verb.
        let afterWith = headWords.count + 2
        for c in afterWith..<min(tokens.count - 1, afterWith + openingPhraseWindow) {
            if SummaryWords.endsWith(tokens[c], UInt8(ascii: ".")) && !NamePhrase.isInitials(tokens[c]) { return nil }
            guard SummaryWords.endsWith(tokens[c], UInt8(ascii: ",")) else { continue }
            var e = c + 1
            while e < tokens.count, e - c <= maxNameListTokens, SummaryWords.opensUppercase(tokens[e]) || NamePhrase.isInitials(tokens[e])
                    || NamePhrase.particles.contains(tokens[e]) {
                if SummaryWords.endsWith(tokens[e], UInt8(ascii: ",")) || SummaryWords.endsWith(tokens[e], UInt8(ascii: ".")) { break }
                e += 1
            }
            guard e > c + 1, e < tokens.count, SummaryWords.opensLowercase(tokens[e]),
                  !["and", "of", "who", "whose", "whom", "which"].contains(NamePhrase.wordKey(tokens[e])) else { continue }
            let subject = leadingNames(tokens[(c + 1)..<e]).filter { $0.kind == .person }
            return subject.isEmpty ? nil : subject
        }
        return nil
    }

    /// How many words after `with` an opening phrase of a talk may run before its comma.
    static let openingPhraseWindow = 14

    /// The index of the range of `ranges` (sorted, disjoint) that holds `position`, found by halving: a clause is placed
    /// among a summary's sentences in logarithmic time, so that many clauses over many sentences stay near linear.
    static func rangeHolding(_ position: Int, in ranges: [Range<Int>]) -> Int? {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(position) ? low : nil
    }

    /// Whether a sentence's talk with several people is one talk with each: it holds a distributive adverb, or a
    /// distributive adjective right before a talk noun ("held separate talks with A and B").
    static func separateTalks(_ sentence: String) -> Bool {
        guard separateTalkCues.occurs(in: sentence) else { return false }
        let keys = SummaryTokens.of(sentence).keys
        return keys.indices.contains { k in
            SummaryLexicon.distributiveAdverbs.contains(keys[k])
                || SummaryLexicon.distributiveAdjectives.contains(keys[k]) && k + 1 < keys.count && SummaryLexicon.talkNouns.contains(keys[k + 1])
        }
    }
    static let separateTalkCues = RuleCues(SummaryLexicon.distributiveAdverbs.union(SummaryLexicon.distributiveAdjectives))

    /// The word ranges (among the text's space-separated words) of the sentences that separate their talks: a clause
    /// whose subject starts in one has a talk with each person it names.
    static func separateTalkSentences(_ text: String, cues: SummaryCuePresence) -> [Range<Int>] {
        guard cues.holds(separateTalkCues) else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        for sentence in sentences(text) {
            let count = SummaryTokens.of(sentence).words.count
            if separateTalks(sentence) { ranges.append(start..<(start + count)) }
            start += count
        }
        return ranges
    }

    /// Whether a sentence attributes what it says to the press or to hearsay: it opens `According to` or `As reported
    /// by/in` with a press or hearsay noun before its comma, or its subject (before a reporting verb within its first
    /// words) ends in one ("The newspaper reported that …", "Western press reports claim …").
    static func attributedToPress(_ sentence: String) -> Bool {
        guard pressCues.occurs(in: sentence) else { return false }
        // The words and their keys, split once and shared with the other rules (`SummaryTokens.keys` is `words.map(wordKey)`).
        let split = SummaryTokens.of(sentence)
        let tokens = split.words
        let keys = split.keys
        let isSource = { (key: String) in SummaryLexicon.pressNouns.contains(key) || SummaryLexicon.hearsayNouns.contains(key) }
        let opener = keys.count >= 3 && (keys[0] == "according" && keys[1] == "to"
            || keys[0] == "as" && SummaryLexicon.pressReportingVerbs.contains(keys[1]) && ["by", "in", "on"].contains(keys[2]))
        if opener {
            for k in 2..<min(keys.count, 10) {
                if isSource(keys[k]) { return true }
                if tokens[k].hasSuffix(",") { break }
            }
            return false
        }
        guard let v = keys.prefix(7).firstIndex(where: SummaryLexicon.pressReportingVerbs.contains), v >= 1 else { return false }
        // The source heads the subject, right before the verb: "The press attaché reported" is a person.
        return !tokens[..<v].contains { $0.hasSuffix(",") } && isSource(keys[v - 1])
    }
    static let pressCues = RuleCues(SummaryLexicon.pressNouns.union(SummaryLexicon.hearsayNouns).union(["according"]))

    /// The clauses as attribution leaves them: those whose subject stands in a sentence attributed to the press or
    /// hearsay are left out, as what they tell is no act of the record (`attributedToPress`); and the source named by
    /// `According to X,` is no subject of the clause after its comma ("According to A, B met C" is B's meeting).
    static func withoutPressHearsay(_ clauses: [SubjectClauses], in text: String, cues: SummaryCuePresence) -> [SubjectClauses] {
        guard !clauses.isEmpty, cues.holds(pressCues) else { return clauses }
        var press: [Range<Int>] = []
        var sources: [(words: Range<Int>, names: [NameMention])] = []
        var start = 0
        for sentence in sentences(text) {
            let tokens = SummaryTokens.of(sentence).words
            if attributedToPress(sentence) {
                press.append(start..<(start + tokens.count))
            } else if tokens.count > 3, NamePhrase.wordKey(tokens[0]) == "according", NamePhrase.wordKey(tokens[1]) == "to",
                      let comma = tokens.prefix(2 + maxNameListTokens).firstIndex(where: { $0.hasSuffix(",") }), comma >= 2 {
                sources.append((start..<(start + comma + 1), leadingNames(tokens[2...comma])))
            }
            start += tokens.count
        }
        guard !press.isEmpty || !sources.isEmpty else { return clauses }
        return clauses.compactMap { clause in
            if rangeHolding(clause.subjectStart, in: press) != nil { return nil }
            guard let s = rangeHolding(clause.subjectStart, in: sources.map(\.words)) else { return clause }
            let source = sources[s]
            var clause = clause
            clause.subjects.removeAll { MessageGrammar.contains(source.names, $0) }
            return clause.subjects.isEmpty ? nil : clause
        }
    }
}

/// Two more conventions of talks stated in a summary (docs/summaries.md, "Conversations a record recounts"):
/// - **A talk held with someone, in the passive without an agent**: `A conversation was held with B`, `Talks were
///   conducted with B and C` (a sentence opening with a determiner and a talk noun, then `SummaryLexicon.talkOccurrences`
///   and `with`): the writer's talk with them, as `A meeting with B` is.
/// - **A relative clause of a talk**: `A, who received B on 3 May, said …` is read as the clause `A received B` (the
///   antecedent is the name right before `, who`; the verb a talk verb right after it; a past perfect, a modal or a hedge
///   after `who` is no talk held) when A or B is a party the title names: the record's own talk. `C, who met D, …` between
///   people the title does not name is background, mentioned in passing.
extension SummaryReader {
    static let heldWithCues = RuleCues(["held", "place", "conducted"])

    /// The people of each talk a sentence says was held with them, without naming who held it.
    static func talksHeldWith(_ text: String, cues: SummaryCuePresence) -> [[NameMention]] {
        guard cues.holds(heldWithCues) else { return [] }
        var found: [[NameMention]] = []
        for sentence in sentences(text) where !attributedToPress(sentence) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            var k = 0
            while k < keys.count, SummaryLexicon.determiners.contains(keys[k]) { k += 1 }
            guard k < keys.count, SummaryLexicon.talkNouns.contains(keys[k]) else { continue }
            var w = k + 1
            guard let occurrence = SummaryLexicon.talkOccurrences.first(where: { phrase in
                w + phrase.count <= keys.count && Array(keys[w..<(w + phrase.count)]) == phrase }) else { continue }
            w += occurrence.count
            guard w + 1 < keys.count, keys[w] == "with" else { continue }
            let people = leadingNames(tokens[(w + 1)...].prefix(maxNameListTokens)).filter { $0.kind == .person || isTitledOffice($0) }
            if !people.isEmpty { found.append(people) }
        }
        return found
    }

    static let relativeTalkCues = RuleCues(["who"])

    /// Clauses of talks in relative clauses: "A, who received B on 3 May, said …" → the clause `A received B`, when one
    /// side is a party the title names (the record's own talk); between others it is background, mentioned in passing.
    static func relativeTalkClauses(_ text: String, parties: [NameMention], cues: SummaryCuePresence) -> [SubjectClauses] {
        guard !parties.isEmpty, cues.holds(relativeTalkCues) else { return [] }
        let tokens = SummaryWords.spaceSeparated(text)
        var found: [SubjectClauses] = []
        for w in tokens.indices.dropFirst() where NamePhrase.wordKey(tokens[w]) == "who" && tokens[w - 1].hasSuffix(",") && w + 2 < tokens.count {
            var v = w + 1
            while v < tokens.count, SummaryLexicon.sequenceAdverbs.contains(NamePhrase.wordKey(tokens[v])) { v += 1 }
            guard v + 1 < tokens.count else { continue }
            let verb = NamePhrase.wordKey(tokens[v])
            guard SubjectClauses.conversationVerbs.contains(verb), SummaryWords.opensLowercase(tokens[v]) else { continue }
            // The antecedent: the names right before ", who", back to the word that ends the clause before.
            var s = w - 1
            while s > 0, w - s < maxNameListTokens, SummaryWords.opensUppercase(tokens[s - 1]) || NamePhrase.isInitials(tokens[s - 1]),
                  !tokens[s - 1].hasSuffix(","), !(tokens[s - 1].hasSuffix(".") && !NamePhrase.isInitials(tokens[s - 1])) { s -= 1 }
            let antecedent = leadingNames(tokens[s..<w]).filter { $0.kind == .person }
            guard antecedent.count == 1 else { continue }
            // The other side: the names right after the verb, or after "with".
            var o = v + 1
            if NamePhrase.wordKey(tokens[o]) == "with" { o += 1 }
            guard o < tokens.count else { continue }
            let objects = leadingNames(tokens[o...].prefix(maxNameListTokens)).filter { $0.kind == .person }
            guard !objects.isEmpty, (antecedent + objects).contains(where: { MessageGrammar.contains(parties, $0) }) else { continue }
            var clause = SubjectClauses(subjects: antecedent, verb: verb, objects: objects)
            clause.subjectStart = s
            found.append(clause)
        }
        return found
    }
}

/// **A further talk of the same subject**: `A talked with B and later with C`, `A met with B, and then with C` — `and`,
/// an adverb of sequence (`SummaryLexicon.sequenceAdverbs`) and a second `with` after a talk's `with` list: a talk of
/// A with C of its own, after the talk with B.
extension SummaryReader {
    static let furtherTalkCues = RuleCues(["with"])

    static func furtherTalkClauses(_ text: String, clauses: [SubjectClauses], cues: SummaryCuePresence) -> [SubjectClauses] {
        guard cues.holds(furtherTalkCues), clauses.contains(where: { !$0.pronounSubject && !$0.objects.isEmpty }) else { return [] }
        let tokens = SummaryWords.spaceSeparated(text)
        var found: [SubjectClauses] = []
        for clause in clauses where !clause.pronounSubject && clause.subjects.count == 1 && !clause.objects.isEmpty
            && SubjectClauses.conversationVerbs.contains(clause.verb) && !clause.toldThat && !clause.reported && !clause.pastPerfect {
            // The clause's first "with", then "and" + an adverb of sequence + "with", within its sentence.
            var sawWith = false
            var k = clause.subjectStart
            while k + 3 < tokens.count, k - clause.subjectStart < SubjectClauses.maxClauseTokens {
                let key = NamePhrase.wordKey(tokens[k])
                if tokens[k].hasSuffix(".") && !NamePhrase.isInitials(tokens[k]) { break }
                if key == "with" { sawWith = true }
                if sawWith, key == "and", SummaryLexicon.sequenceAdverbs.contains(NamePhrase.wordKey(tokens[k + 1])),
                   NamePhrase.wordKey(tokens[k + 2]) == "with" {
                    let others = leadingNames(tokens[(k + 3)...].prefix(maxNameListTokens)).filter { $0.kind == .person }
                    if !others.isEmpty {
                        var further = SubjectClauses(subjects: clause.subjects, verb: clause.verb, objects: others)
                        further.subjectStart = clause.subjectStart
                        found.append(further)
                    }
                    break
                }
                k += 1
            }
        }
        return found
    }
}
