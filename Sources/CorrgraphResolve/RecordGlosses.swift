import CorrgraphExtract

/// A record glosses its own short forms: a one-word name (`Premier Kim`, `Deng`) stands for the one fuller
/// name its own title or summary prints with that word as surname or, in surname-first order, as first
/// word (`Kim Il Sung meets …`, `Conversation with Chairman Deng Xiaoping`), when the corpus knows that
/// name as a correspondent or prints it after an office (titles capitalise every word: `Gromyko Discussed
/// the Issue` names no one; `Soviet Ambassador Stepan Chervenenko` does).
/// Two such fuller names (`Raul Castro`, `Fidel Castro`) leave the short form to the corpus-wide rules.
///
/// ```swift
/// RecordGlosses.fullerName(of: "Kim", in: ["Premier Kim Received the Delegation", "Kim Il Sung meets officials."],
///                          known: ["kim il sung"])
/// // "Kim Il Sung"
/// ```
enum RecordGlosses {
    /// Glosses are read from the opening of a title and a summary, where catalogues print names: a
    /// pathological record costs no more than this.
    static let maximumTextLength = 4096

    /// A record's fuller person names (two words or more, no initials), by their first and last word:
    /// read once per record. O(length of the texts).
    static func names(in texts: [String]) -> [String: [NameMention]] {
        var byWord: [String: [NameMention]] = [:]
        var seen = Set<String>()
        for text in texts {
            for run in capitalisedRuns(String(text.prefix(maximumTextLength))) where run.count >= 2 {
                for mention in NamePhrase.parse(run.joined(separator: " ")) where mention.kind == .person && mention.bracketed == nil {
                    let words = NameFolding.fold(mention.text).split(separator: " ").map(String.init)
                    // A form with initials (`A. Mikoyan`) is no fuller than the surname: the corpus rules decide.
                    guard words.count >= 2, let first = words.first, let last = words.last,
                          !PersonName(mention.text).givenIsInitial.contains(true),
                          seen.insert(words.joined(separator: " ") + "|" + (mention.office ?? "")).inserted else { continue }
                    byWord[first, default: []].append(mention)
                    if last != first { byWord[last, default: []].append(mention) }
                }
            }
        }
        return byWord
    }

    /// The one fuller name the texts print for `word`, if exactly one. O(length of the texts).
    static func fullerName(of word: String, in texts: [String], known: Set<String>, knownSurnames: Set<String> = []) -> NameMention? {
        fullerName(of: word, among: names(in: texts), known: known, knownSurnames: knownSurnames)
    }

    /// The one fuller name among a record's names (`names(in:)`) for `word`, if exactly one.
    static func fullerName(of word: String, among names: [String: [NameMention]], known: Set<String>,
                           knownSurnames: Set<String> = []) -> NameMention? {
        let key = NameFolding.fold(word)
        guard !key.isEmpty, !key.containsSpace else { return nil }
        var found: [String: NameMention] = [:]
        for mention in names[key] ?? [] {
            let words = NameFolding.fold(mention.text).split(separator: " ")
            let folded = words.joined(separator: " ")
            // Known, or printed after an office as given name and surname (`Soviet Ambassador Stepan Chervenenko`)
            // when no known full name has that surname: a new name must not make a surname ambiguous.
            let introduced = mention.office != nil && words.last == Substring(key) && !knownSurnames.contains(key)
            if known.contains(folded) || introduced { found[folded] = mention }
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

/// An embassy's own country: `Romanian Embassy in Pyongyang to the Ministry of Foreign Affairs` — an
/// embassy reports to its own government, so an unqualified ministry at the other end of its message is
/// its country's (`Romanian Foreign Ministry`), as diplomatic series print it.
enum HomeMinistries {
    /// Per mention index (in `NameResolver.mentions(of:)` order), the qualified name of an unqualified ministry.
    static func qualified(in record: borrowing ExtractedRecord) -> [Int: String] {
        var result: [Int: String] = [:]
        var offset = 0
        // (Acts and mentions by index: iterating them copied each, with all its strings.)
        for k in record.messages.indices {
            defer { offset += record.messages[k].from.count + record.messages[k].to.count + record.messages[k].via.count }
            // Only an institution can be an embassy: a message between persons (most) is passed over
            // without building its lists. O(mentions) per record.
            guard record.messages[k].from.indices.contains(where: { record.messages[k].from[$0].kind == .institution })
                || record.messages[k].to.indices.contains(where: { record.messages[k].to[$0].kind == .institution }) else { continue }
            let m = record.messages[k]
            let ends = [m.from, m.to]
            let countries = Set((m.from + m.to).compactMap(embassyCountry))
            guard countries.count == 1, let country = countries.first else { continue }
            var index = offset
            for (side, list) in ends.enumerated() {
                let otherSideHasEmbassy = ends[1 - side].contains { embassyCountry($0) != nil }
                for mention in list {
                    defer { index += 1 }
                    guard otherSideHasEmbassy, let ministry = unqualifiedMinistry(mention) else { continue }
                    result[index] = InstitutionName.canonical("\(country) \(ministry)")
                }
            }
        }
        return result
    }

    /// `Romanian Embassy in Pyongyang` → `Romanian`.
    static func embassyCountry(_ m: NameMention) -> String? {
        guard m.kind == .institution else { return nil }
        let parts = InstitutionName.canonical(m.text).components(separatedBy: " Embassy in ")
        return parts.count == 2 && !parts[0].isEmpty && parts[0].first?.isUppercase == true ? parts[0] : nil
    }

    /// `the Ministry of Foreign Affairs`, `Foreign Ministry`: a ministry whose name says no country.
    static func unqualifiedMinistry(_ m: NameMention) -> String? {
        guard m.kind == .institution else { return nil }
        var text = m.text
        for article in ["the ", "The "] where text.hasPrefix(article) { text.removeFirst(article.count) }
        guard InstitutionName.canonical(text) == text, text.hasPrefix("Ministry") || text.hasPrefix("Foreign Ministry") else { return nil }
        return text
    }
}
