import CorrgraphExtract

/// A record glosses its own short forms: a one-word name (`Premier Kim`, `Deng`) stands for the one fuller
/// name its own title or summary prints with that word as surname or, in surname-first order, as first
/// word (`Kim Il Sung meets …`, `Conversation with Chairman Deng Xiaoping`), when the corpus knows that
/// name as a correspondent (titles capitalise every word: `Gromyko Discussed the Issue` names no one).
/// Two such fuller names (`Raul Castro`, `Fidel Castro`) leave the short form to the corpus-wide rules.
///
/// ```swift
/// RecordGlosses.fullerName(of: "Kim", in: ["Premier Kim Received the Delegation", "Kim Il Sung meets officials."],
///                          known: ["kim il sung"])
/// // "Kim Il Sung"
/// ```
enum RecordGlosses {
    /// The one fuller name the texts print for `word`, if exactly one. O(length of the texts).
    static func fullerName(of word: String, in texts: [String], known: Set<String>) -> NameMention? {
        let key = NameFolding.fold(word)
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        var found: [String: NameMention] = [:]
        for text in texts where NameFolding.fold(text).contains(key) {
            for run in capitalisedRuns(text) {
                guard run.count >= 2, run.contains(where: { NameFolding.fold($0) == key }) else { continue }
                for mention in NamePhrase.parse(run.joined(separator: " ")) where mention.kind == .person && mention.bracketed == nil {
                    let words = NameFolding.fold(mention.text).split(separator: " ")
                    let folded = words.joined(separator: " ")
                    // A form with initials (`A. Mikoyan`) is no fuller than the surname: the corpus rules decide.
                    guard words.count >= 2, words.first == Substring(key) || words.last == Substring(key), known.contains(folded),
                          !PersonName(mention.text).givenIsInitial.contains(true) else { continue }
                    found[folded] = mention
                }
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// Runs of words that begin with a capital letter (a possessive `'s` ends its word and the run).
    static func capitalisedRuns(_ text: String) -> [[String]] {
        var runs: [[String]] = []
        var current: [String] = []
        func flush() { if !current.isEmpty { runs.append(current); current = [] } }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var word = Substring(raw)
            // Leading quotes and brackets open a new run; closing punctuation ends the run after this word.
            let opens = word.first.map { "\"'‘’“”([{".contains($0) } ?? false
            word = word.drop { "\"'‘’“”([{".contains($0) }
            if opens { flush() }
            var ends = false
            while let last = word.last, ",;:!?\"'’”)]}".contains(last) || (last == "." && word.count > 2 && !word.dropLast().contains(".")) {
                word = word.dropLast()
                ends = true
            }
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) {
                word = word.dropLast(2)
                ends = true
            }
            if let first = word.first, first.isUppercase {
                current.append(String(word))
            } else {
                flush()
            }
            if ends { flush() }
        }
        flush()
        return runs
    }
}
