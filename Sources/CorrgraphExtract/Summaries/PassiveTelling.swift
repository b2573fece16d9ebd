/// **Rule: telling in the passive is read as the active.** "X was told/informed/assured/advised/notified/briefed by Y
/// that …" states what "Y told X that …" states, and is read under the same rules (gold schema: the telling is a talk of X and Y).
/// In a wire from an institution, X, the one told, opening the summary, is the diplomat who writes it.
/// Without "by Y" ("X was told that a meeting would take place") no one is named telling, and nothing is rewritten.
enum PassiveTelling {
    /// Past participles of telling whose active past has the same form ("was told by Y" → "Y told").
    /// Only those whose active the clause rules read as telling (`SubjectClauses.dialogueVerbs`).
    static let participles: Set<String> = Set(activeForms.keys)
    /// Each participle of telling with the active past the clause rules read it as: being advised, notified,
    /// briefed or apprised by Y is being informed by Y ("X was briefed by Y on …" → "Y informed X on …").
    static let activeForms: [String: String] = [
        "told": "told", "informed": "informed", "assured": "assured",
        "advised": "informed", "notified": "informed", "briefed": "informed", "apprised": "informed",
    ]
    /// Precondition cue words (`SummaryCues.passiveTelling`): a participle and "by" (both needed).
    static let auxiliaries: Set<String> = ["was", "were"]
    /// The longest name phrase read as the one told or the one telling.
    static let maxNameTokens = 16

    /// The summary with each sentence-opening "X was told by Y" turned into "Y told X", and the one told in the first sentence.
    static func activated(_ text: String) -> (text: String, firstToldPerson: [String]?) {
        guard SummaryCues.passiveTelling.occurs(in: text), SummaryCues.by.occurs(in: text) else { return (text, nil) }
        var tokens = SummaryWords.spaceSeparated(text)
        var sentenceStart = 0
        var firstTold: [String]?
        var changed = false
        var i = 0
        while i < tokens.count {
            let key = NamePhrase.wordKey(tokens[i])
            if auxiliaries.contains(key), i + 3 < tokens.count, i > sentenceStart, i - sentenceStart <= maxNameTokens,
               participles.contains(NamePhrase.wordKey(tokens[i + 1])), NamePhrase.wordKey(tokens[i + 2]) == "by",
               tokens[sentenceStart..<i].allSatisfy(isNameWord), tokens[i - 1].last?.isLetter == true {
                // The one telling: names up to the first other word; its closing punctuation ends the rewritten clause.
                var end = i + 3
                while end < tokens.count, end - (i + 3) < maxNameTokens, isNameWord(tokens[end]) {
                    end += 1
                    // A list runs over commas ("by A, B and C"); other punctuation ends it.
                    if let last = tokens[end - 1].last, !last.isLetter, last != ",", last != "-",
                       !NamePhrase.isInitials(tokens[end - 1]) { break }
                }
                if end > i + 3 {
                    var teller = Array(tokens[(i + 3)..<end])
                    var told = Array(tokens[sentenceStart..<i])
                    var closing = ""
                    while let last = teller[teller.count - 1].last, !last.isLetter, !NamePhrase.isInitials(teller[teller.count - 1]) {
                        closing = String(last) + closing
                        teller[teller.count - 1].removeLast()
                    }
                    if teller.last?.isEmpty == false {
                        if sentenceStart == 0 { firstTold = told }
                        told[told.count - 1] += closing
                        let participle = NamePhrase.wordKey(tokens[i + 1])
                        let verb = activeForms[participle] ?? participle
                        let clause = teller + [verb] + told
                        tokens.replaceSubrange(sentenceStart..<end, with: clause)
                        changed = true
                        i = sentenceStart + clause.count
                        if closing.contains(".") { sentenceStart = i }
                        continue
                    }
                }
            }
            if tokens[i].hasSuffix("."), !NamePhrase.isInitials(tokens[i]) { sentenceStart = i + 1 }
            i += 1
        }
        return changed ? (tokens.joined(separator: " "), firstTold) : (text, nil)
    }

    /// A word of a name phrase: capitalised, initials, or a particle or joiner inside it.
    static func isNameWord(_ token: String) -> Bool {
        token.first?.isUppercase == true || NamePhrase.isInitials(token) || NamePhrase.particles.contains(token) || token == "and"
    }
}

extension SummaryReader {
    /// The one told in the passive, opening the summary of a wire from an institution, writes it (`PassiveTelling`):
    /// one person, with no office or a diplomatic rank.
    static func writerToldInPassive(_ told: [String]?, reading: TitleReading, into result: inout ExtractedRecord) {
        guard let told, result.messages.count == 1, var message = result.messages.first, message.via.isEmpty,
              !message.from.isEmpty, message.from.allSatisfy({ $0.kind == .institution }),
              let type = reading.documentType, Lexicon.isWire(type) else { return }
        let named = NamePhrase.parse(told.joined(separator: " "))
        guard named.count == 1, let writer = named.first, writer.kind == .person else { return }
        if let office = writer.office {
            guard NamePhrase.tokenize(office).map(NamePhrase.wordKey).contains(where: Lexicon.diplomaticRanks.contains) else { return }
        }
        message.from.append(writer)
        message.evidence = .summary
        result.messages = [message]
    }
}
