/// **Convention: a correspondent named only by a relation is an unnamed end** (letters of families and private papers):
/// `Hans Vogel to his son`, `Letter from Marie Duval to her brother`, `Letter from Anna Weber to Hans and Greta Vogel's
/// Son`, `Letter from his daughter to Kenji Sato` — a possessive (`his`, `her`, `their`, or a name's `'s`) before a noun
/// of kinship (`relationNouns`) names no person. The gold schema lists named correspondents only, and an unstated end
/// is an empty list: the letter is still a message, from its named sender with an empty `to` (or to its named addressee
/// with an empty `from`). A relation followed by the relative's name (`to his son, Karl Vogel`, `to her brother
/// Jacques`) names that person and is left to the general grammar.
enum RelationEnds {
    /// Nouns of kinship and marriage that stand for a relative (singular and plural, with the in-law forms).
    static let relationNouns: Set<String> = [
        "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers", "sister", "sisters", "mother",
        "father", "parents", "children", "child", "family", "uncle", "aunt", "cousin", "cousins", "nephew", "niece",
        "grandson", "granddaughter", "grandfather", "grandmother", "grandparents", "grandchildren", "fiancé", "fiancée",
        "stepson", "stepdaughter", "stepmother", "stepfather", "son-in-law", "daughter-in-law", "mother-in-law",
        "father-in-law", "brother-in-law", "sister-in-law", "widow",
    ]
    static let possessivePronouns: Set<String> = ["his", "her", "their"]
    /// **Convention: an unnamed person is an empty end** (docs/letter-editions.md, "Ends an edition leaves unnamed"): `A to
    /// an unnamed friend`, `to a friend`, `to an unknown correspondent` — the indefinite article, perhaps a word of
    /// `unnamedModifiers`, and a noun of a person (below) or of kinship state an end and name no one.
    static let unnamedPersonNouns: Set<String> = [
        "friend", "friends", "correspondent", "correspondents", "lady", "gentleman", "nobleman", "noblewoman", "cleric",
        "monk", "priest", "scholar", "patron", "kinsman", "kinswoman",
    ]
    static let unnamedModifiers: Set<String> = ["unnamed", "unknown", "anonymous", "unidentified", "old", "young"]
    static let relationCues = RuleCues(relationNouns.union(unnamedPersonNouns))

    /// A name no catalogue prints, standing in for the relative while the head is read, then removed from the acts.
    static let placeholder = "Quennel Oxrelative"

    /// The title with each end that is a relation (`to his son`, `from her brother`, `to Hans and Greta Vogel's Son`)
    /// replaced by `placeholder`; nil when there is none (most titles: they hold no noun of kinship).
    static func replacingRelations(_ title: String) -> String? {
        guard relationCues.occurs(in: title) else { return nil }
        var out = title
        var changed = false
        for marker in [" to ", " from "] {
            for r in TitleText.find(marker, in: out).reversed() {
                let rest = out[r.upperBound...]
                guard let end = relationEnd(rest) else { continue }
                out.replaceSubrange(r.upperBound..<end, with: placeholder)
                changed = true
                break
            }
        }
        return changed ? out : nil
    }

    /// Where a relation that opens `text` ends: `his|her|their RELATION`, or capitalised names closed by `'s RELATION`
    /// (`Hans and Greta Vogel's Son`); the relation must close the end — the title's end, a comma before no name, a
    /// bracket or a subject opener — so that `his son, Karl Vogel` and `her brother Jacques` stay named.
    static func relationEnd(_ text: Substring) -> String.Index? {
        let words = text.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: false)
        guard let first = words.first else { return nil }
        var relationIndex: Int?
        // `the Son of Park Min-ho`: a relative of named people, closed as a relation is (below).
        if first == "the", words.count >= 4, relationNouns.contains(words[1].lowercased()), words[2] == "of" {
            var last = 2
            for (i, word) in words.enumerated().dropFirst(3).prefix(6) {
                guard word.first?.isUppercase == true || word == "and" else { break }
                last = i
            }
            guard last > 2, words[last] != "and" else { return nil }
            let end = text.index(words[last].startIndex, offsetBy: words[last].count)
            return closesEnd(text[end...], closedByComma: false) ? end : nil
        }
        if first == "a" || first == "an" {
            // `an unnamed friend`, `a cousin`: the article, modifiers, the noun.
            var i = 1
            while i < words.count, unnamedModifiers.contains(words[i].lowercased()) { i += 1 }
            guard i < words.count else { return nil }
            let noun = words[i].hasSuffix(",") ? words[i].dropLast() : words[i]
            guard unnamedPersonNouns.contains(noun.lowercased()) || relationNouns.contains(noun.lowercased()) else { return nil }
            relationIndex = i
        } else if possessivePronouns.contains(first.lowercased()) {
            relationIndex = 1
        } else if first.first?.isUppercase == true {
            // `Hans and Greta Vogel's Son`: capitalised words and `and`, the last with `'s`.
            for (i, word) in words.enumerated().prefix(6) {
                if word.hasSuffix("'s") || word.hasSuffix("’s") { relationIndex = i + 1; break }
                guard word.first?.isUppercase == true || word == "and" else { break }
            }
        }
        guard let index = relationIndex, index < words.count else { return nil }
        var noun = words[index]
        var closedByComma = false
        if noun.hasSuffix(",") { noun = noun.dropLast(); closedByComma = true }
        guard relationNouns.contains(noun.lowercased()) || unnamedPersonNouns.contains(noun.lowercased()) else { return nil }
        let nounEnd = text.index(noun.startIndex, offsetBy: noun.count)
        return closesEnd(text[nounEnd...], closedByComma: closedByComma) ? nounEnd : nil
    }

    /// Whether what follows a relation closes the end: nothing, a comma before no name (a date, a subject), a bracket, a
    /// subject opener, or the addressee's `to` after a sender.
    static func closesEnd(_ after: Substring, closedByComma: Bool) -> Bool {
        if after.isEmpty { return true }
        if closedByComma {
            // `, 3 May 1950`, `, "Subject"`, `, regarding …`: no name follows.
            let next = after.dropFirst().drop { $0 == " " }
            guard let c = next.first, c.isNumber || c.isLowercase || c == "\"" || c == "'" || c == "“" else { return false }
            return true
        }
        if after.hasPrefix(" (") || after.hasPrefix(" [") || after.hasPrefix(" to ") { return true }
        let lower = after.lowercased()
        if MessageGrammar.subjectOpeners.contains(where: { lower.hasPrefix($0) }) { return true }
        // A transmission or relay after the relation (`to his son, via …` is caught above by its comma).
        return false
    }

    /// The reading with the placeholder removed from every end: the relation's end is empty.
    static func removingPlaceholder(_ reading: inout TitleReading) {
        func clean(_ list: [NameMention]) -> [NameMention] { list.filter { !$0.text.contains("Oxrelative") } }
        for i in reading.messages.indices {
            reading.messages[i].from = clean(reading.messages[i].from)
            reading.messages[i].to = clean(reading.messages[i].to)
            reading.messages[i].via = clean(reading.messages[i].via)
        }
        reading.messages.removeAll { $0.from.isEmpty && $0.to.isEmpty }
        for i in reading.conversations.indices {
            reading.conversations[i].participants = clean(reading.conversations[i].participants)
        }
        reading.conversations.removeAll { $0.participants.count < 2 }
        reading.conversationWithOneSide = clean(reading.conversationWithOneSide)
    }
}
