/// **Rule: people a summary says were present at the talk it states join that talk** (docs/summaries.md,
/// "Conversations a record recounts"). Beside the title's markers (`ConversationGrammar.presenceMarkers`: `in the
/// presence of`, `with the participation of`), a summary says so with a participle (`Menon was accompanied by C`,
/// `The two were later joined by C`: `SummaryLexicon.presenceParticiples` + `by`), a label opening a sentence (`Also
/// present: C, D.`, `Present: C.`, `Attended by C and D.`: `SummaryLexicon.presenceLabels`) or an absolute phrase
/// opening it (`With C present, …`). The people named join the talk of whoever the sentence names before the marker
/// (`Gorshenin received Kwon, who was accompanied by C`: Kwon's talk), or the record's one talk when it names none
/// there. Presence planned, hoped for or denied (`was to have been accompanied by`, `will be joined by`, `was not
/// accompanied by`: a word of `hedgeWords` or `denialWords`, or `to`, among the four words before the marker) adds no one.
extension SummaryReader {
    /// Precondition as data: every marker and label holds one of these words.
    static let presenceCues = RuleCues(
        ConversationGrammar.presenceMarkers + SummaryLexicon.presenceParticiples.map { "\($0) by" }
            + SummaryLexicon.presenceLabels.map { $0.joined(separator: " ") } + ["present"])

    /// Adds the people present to the talks found (`result.conversations`).
    /// - Complexity: O(n) in the summary's words; each sentence's words are read a bounded number of times.
    static func peoplePresent(_ text: String, into result: inout ExtractedRecord) {
        guard !result.conversations.isEmpty, presenceCues.occurs(in: text) else { return }
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)
            let tokens = split.words, keys = split.keys
            guard let (markerStart, listStart) = presenceMarker(tokens, keys) else { continue }
            let present = namesFrom(tokens, keys, at: listStart).filter { $0.kind == .person }
            guard !present.isEmpty else { continue }
            // The talk of someone the sentence names before the marker; else the record's one talk.
            let before = NamePhrase.parse(tokens[..<markerStart].joined(separator: " ")).filter { $0.kind == .person }
            var targets = result.conversations.indices.filter { c in
                before.contains { b in MessageGrammar.contains(result.conversations[c].participants, b) }
            }
            if targets.isEmpty, result.conversations.count == 1,
               !before.contains(where: { !MessageGrammar.contains(present, $0) }) || markerStart == 0 {
                targets = [0]
            }
            for c in targets {
                for person in present where !MessageGrammar.contains(result.conversations[c].participants, person) {
                    result.conversations[c].participants.append(person)
                }
            }
        }
    }

    /// Where the sentence's presence marker starts and where the list of people after it starts, if it has one that
    /// is not planned or denied.
    static func presenceMarker(_ tokens: [String], _ keys: [String]) -> (Int, Int)? {
        guard !tokens.isEmpty else { return nil }
        // "Also present: C, D.", "Attended by C.": a label opening the sentence (a colon ends a label of presence).
        for label in SummaryLexicon.presenceLabels where label.count < keys.count && Array(keys.prefix(label.count)) == label {
            let last = tokens[label.count - 1]
            if label.last == "by" || SummaryWords.endsWith(last, UInt8(ascii: ":")) { return (0, label.count) }
        }
        // "With C present, …": an absolute phrase opening the sentence.
        if keys[0] == "with", let comma = tokens.indices.dropFirst().prefix(maxNameListTokens).first(where: { SummaryWords.endsWith(tokens[$0], UInt8(ascii: ",")) }),
           SummaryLexicon.presenceWords.contains(keys[comma]) || keys[comma] == "attendance" {
            return (0, 1)
        }
        for i in keys.indices.dropLast() {
            var listStart: Int?
            if SummaryLexicon.presenceParticiples.contains(keys[i]), keys[i + 1] == "by" {
                listStart = i + 2
            } else {
                for marker in SummaryLexicon.presenceMarkerKeys where i + marker.count < keys.count
                    && keys[i] == marker[0] && Array(keys[i..<(i + marker.count)]) == marker {
                    listStart = i + marker.count
                }
            }
            guard let start = listStart else { continue }
            // "was to have been accompanied by", "will be joined by", "was not accompanied by": none.
            let lead = keys[max(0, i - 4)..<i]
            if lead.contains(where: { SummaryLexicon.hedgeWords.contains($0) || SummaryLexicon.denialWords.contains($0) || $0 == "to" }) {
                return nil
            }
            return (i, start)
        }
        return nil
    }

    /// The names from `start` to the first word that is no part of a list of names.
    static func namesFrom(_ tokens: [String], _ keys: [String], at start: Int) -> [NameMention] {
        var kept: [String] = []
        var k = start
        while k < tokens.count, kept.count < maxNameListTokens * 4 {
            let t = tokens[k]
            if SummaryWords.opensLowercase(t), !SubjectClauses.listWords.contains(keys[k]) { break }
            var word = t
            let ends = SummaryWords.endsWith(t, UInt8(ascii: ".")) && !NamePhrase.isInitials(t)
            if ends || SummaryWords.endsWith(t, UInt8(ascii: ";")) { word.removeLast() }
            kept.append(word)
            if ends || word != t { break }
            k += 1
        }
        while let last = kept.last, SubjectClauses.listWords.contains(NamePhrase.wordKey(last)) { kept.removeLast() }
        var phrase = kept.joined(separator: " ")
        if phrase.hasSuffix(",") { phrase.removeLast() }
        return NamePhrase.parse(phrase)
    }
}
