/// A journal records its author's talks; it also records what the author heard of other people's meetings. Those are no
/// talk of the diarist (gold schema: a conversation the record only mentions — hearsay, speculation — is not listed).
enum JournalHearsay {
    /// Adverbs that mark a clause as hearsay (`A and B reportedly met`).
    static let hearsayAdverbs: Set<String> = ["reportedly", "allegedly", "supposedly", "rumoredly", "apparently"]

    /// Participles of `It is … that`, which tell something no named person says (`It is rumoured that A met B`).
    static let impersonalParticiples: Set<String> = ["said", "reported", "rumoured", "rumored", "believed", "alleged", "understood"]

    /// Verbs of a meeting whose plural subject met each other (`A and B met`, `A and B hold talks`).
    static let reciprocalVerbs: Set<String> = ["met", "meet", "meets", "conferred", "confer", "confers", "negotiated", "negotiate"]

    /// Precondition of the hearsay test: one of its words in the summary.
    static let cues = RuleCues(SummaryLexicon.hearsayNouns.union(hearsayAdverbs).union(impersonalParticiples))

    /// **Convention: others' meeting in a journal is not the diarist's talk.** A dialogue clause is hearsay when its
    /// sentence opens with an unnamed source (`Sources indicate that …`, `Rumours say …`: `SummaryLexicon.hearsayNouns`),
    /// with `According to` such a source, or with `It is said|reported|rumoured that`, or when a hearsay adverb
    /// (`reportedly`) stands before its verb; and a meeting verb with two or more subjects other than the diarist and no
    /// object (`A and B met in Kaesong`) is their meeting with each other.
    static func isOthersMeeting(_ clause: SubjectClauses, author: NameMention, text: String, textCues: SummaryCuePresence) -> Bool {
        let others = clause.personSubjects.filter { !MessageGrammar.sameName($0, author) }
        if others.count >= 2, clause.objects.isEmpty, !clause.pronounSubject, reciprocalVerbs.contains(clause.verb) { return true }
        // Precondition: a hearsay word anywhere in the summary.
        guard !others.isEmpty, textCues.holds(cues) else { return false }
        let words = SummaryTokens.of(text).words
        guard clause.subjectStart < words.count else { return false }
        // The sentence's opening: back from the subject to the previous sentence's end, a bounded number of words.
        var start = clause.subjectStart
        while start > 0, clause.subjectStart - start < 40,
              !(SummaryWords.endsWith(words[start - 1], UInt8(ascii: ".")) && !NamePhrase.isInitials(words[start - 1])) { start -= 1 }
        let opening = words[start..<min(words.count, clause.subjectStart + 12)].map(NamePhrase.wordKey)
        guard let first = opening.first else { return false }
        if SummaryLexicon.hearsayNouns.contains(first) { return true }
        if first == "according", opening.count > 2, opening[1] == "to",
           opening.dropFirst(2).prefix(3).contains(where: SummaryLexicon.hearsayNouns.contains) { return true }
        if first == "it", opening.count > 2, ["is", "was"].contains(opening[1]), impersonalParticiples.contains(opening[2]) { return true }
        return opening.contains(where: hearsayAdverbs.contains)
    }
}
