import Foundation

/// **Convention: a summary in the head's own language names the other side of a one-sided talk head by the subject of
/// a verb of meeting** (session 13; docs/summaries.md, "The other side of a one-sided conversation title"). `Entretien
/// avec M. B` + `Le Ministre A a reçu M. B`, `Vermerk über ein Gespräch mit Botschafter B` + `Staatssekretär A empfing
/// Botschafter B`, `Colloquio con l'ambasciatore B` + `Il ministro A ha ricevuto l'ambasciatore B`, `Memorándum de
/// conversación con el embajador B` + `El ministro A recibió al embajador B`: as the English `A received B`
/// (`SummaryLexicon.sideMeetingVerbs`), a verb of meeting of a language of the table (`LanguageTable.Row.meetingVerbs`:
/// receiving, meeting, seeing, speaking with, visiting, in a past or present form with its auxiliary and its reflexive
/// pronoun — `a reçu`, `s'est entretenu avec`, `empfing`, `sprach mit`, `ha incontrato`, `se entrevistó con`) whose object
/// names the head's side makes its subject the other side. The subject stands right before the verb: capitalised words
/// after the sentence's opening or a comma, its articles, offices and forms of address dropped (`talkOffices`,
/// `formsOfAddress`); a pronoun (`Il`, `Er`, `Él`) or no name is none. The object is the side's name within the clause
/// after the verb (its articles, offices and adjectives before it). A future, a conditional or an infinitive (`recevra`,
/// `wird … empfangen`, `riceverà`) is no member of the class: a planned talk names no side.
extension SummaryReader {
    /// The words that cue the rule: the meeting verbs of every row (`RuleCues` keeps each phrase's longest word:
    /// `reçu`, `empfing`, `ricevuto`, `entrevistó` …). A summary holding none pays one scan.
    static let foreignMeetingCues = RuleCues(foreignMeetingVerbPhrases)

    /// The meeting verbs of every talk row.
    static let foreignMeetingVerbPhrases: Set<String> = LanguageTable.talks.reduce(into: Set<String>()) { $0.formUnion($1.meetingVerbs) }

    /// The meeting verbs of every talk row as word sequences, longest first (`s'est entretenu avec` before `a reçu`).
    static let foreignMeetingVerbs: [[String]] = foreignMeetingVerbPhrases
        .map { $0.lowercased().split(separator: " ").map(String.init) }.sorted { $0.count > $1.count || $0.count == $1.count && $0.joined() < $1.joined() }

    /// Words dropped before the subject's name and the object's: the talk rows' articles, offices and forms of address.
    static let foreignSideFillers: Set<String> = LanguageTable.talks.reduce(into: Set<String>()) { set, row in
        set.formUnion(row.talkArticles); set.formUnion(row.talkOffices); set.formUnion(row.formsOfAddress)
        set.formUnion(row.offices)
    }
    /// Whether a word (lower case, closing punctuation cut) is an article, office or form of address, also with its
    /// closing stop (`m.`) or as printed after an elided article (`l'ambasciatore`).
    static func isForeignFiller(_ key: String) -> Bool {
        if foreignSideFillers.contains(key) || foreignSideFillers.contains(key + ".") { return true }
        if let apostrophe = key.firstIndex(of: "'"), key.distance(from: key.startIndex, to: apostrophe) <= 3 {
            let rest = String(key[key.index(after: apostrophe)...])
            return rest.isEmpty || foreignSideFillers.contains(rest)
        }
        return false
    }

    /// Subject pronouns: a clause whose subject is one names no side.
    static let foreignPronouns: Set<String> = [
        "il", "elle", "ils", "elles", "on", "er", "sie", "es", "man", "lui", "lei", "egli", "essa", "él", "ella", "ellos", "usted",
    ]

    /// The subject of a meeting verb of the summary whose object is the head's side, with the side: nil when none.
    static func foreignSubjectMeetingSide(_ text: String, side: [NameMention]) -> [NameMention]? {
        guard foreignMeetingCues.occurs(in: text) else { return nil }
        for sentence in sentences(text) {
            let words = sentence.split(separator: " ").map { String($0).replacingOccurrences(of: "’", with: "'") }
            let keys = words.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",;:!?()[]")) }
            var i = 0
            while i < keys.count {
                guard let verb = foreignMeetingVerbs.first(where: { verbMatches($0, keys: keys, words: words, at: i) }) else { i += 1; continue }
                defer { i += verb.count }
                guard let subject = foreignSubject(words, keys: keys, before: i), !MessageGrammar.contains(side, subject) else { continue }
                // The object: the side named within the clause after the verb.
                var object: [String] = []
                for j in (i + verb.count)..<min(keys.count, i + verb.count + 8) {
                    let w = words[j].trimmingCharacters(in: CharacterSet(charactersIn: ",;:.!?()[]"))
                    if w.first?.isUppercase == true, !isForeignFiller(keys[j]) { object.append(w) }
                    else if !object.isEmpty { break }
                    if words[j].hasSuffix(",") || words[j].hasSuffix(";") { break }
                }
                guard !object.isEmpty else { continue }
                let named = NameMention(text: object.joined(separator: " "), kind: .person)
                guard MessageGrammar.contains(side, named) || side.contains(where: { MessageGrammar.contains([named], $0) }) else { continue }
                return ConversationGrammar.merge([subject], side)
            }
        }
        return nil
    }

    /// A verb's closing `to` fused with the object's article (`visita a` + `el` → `visita al`, `rend visite à` + `le` →
    /// `rend visite au`): the rows' `to` words with their fused forms.
    static let fusedPrepositions: [String: Set<String>] = LanguageTable.talks.reduce(into: [:]) { map, row in
        for word in row.to { map[word, default: []].formUnion(row.toFused) }
    }

    /// Whether the verb's words stand at `i` (its last word may close the sentence: `reçu.`), not closed by a comma.
    static func verbMatches(_ verb: [String], keys: [String], words: [String], at i: Int) -> Bool {
        guard i + verb.count <= keys.count else { return false }
        for (n, word) in verb.enumerated() {
            let key = keys[i + n]
            guard key == word || n == verb.count - 1 && (key == word + "." || (fusedPrepositions[word]?.contains(key) ?? false)) else { return false }
        }
        return !words[i + verb.count - 1].hasSuffix(",")
    }

    /// The capitalised words right before `verb` at the clause's opening, without their articles, offices and forms of
    /// address: a person's name, or nil.
    static func foreignSubject(_ words: [String], keys: [String], before verb: Int) -> NameMention? {
        var start = verb
        while start > 0, !words[start - 1].hasSuffix(","), !words[start - 1].hasSuffix(";"),
              words[start - 1].first?.isUppercase == true || isForeignFiller(keys[start - 1])
                || ForeignDiplomaticHeads.particles.contains(keys[start - 1]) { start -= 1 }
        // The subject opens its clause: the sentence's start or a comma.
        guard start == 0 || words[start - 1].hasSuffix(",") || words[start - 1].hasSuffix(";") else { return nil }
        var name = Array(start..<verb)
        while let first = name.first, isForeignFiller(keys[first]) { name.removeFirst() }
        guard let first = name.first,
              name.allSatisfy({ words[$0].first?.isUppercase == true || ForeignDiplomaticHeads.particles.contains(keys[$0]) }),
              name.count <= 4 else { return nil }
        if name.count == 1, foreignPronouns.contains(keys[first]) { return nil }
        let text = name.map { words[$0].trimmingCharacters(in: CharacterSet(charactersIn: ",;:.!?()[]")) }.joined(separator: " ")
        return NameMention(text: text, kind: .person)
    }
}
