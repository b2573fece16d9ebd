/// **Rules: wordings read as the plainer wording they mean**, rewritten before any summary rule reads the text
/// (as `PassiveTelling` reads the passive as the active). Each is a convention of English prose, over word classes:
/// - An inverted conditional opening a clause is `if`: `Had A met B, …`, `Were A to meet B, …`, `Should A write to
///   B, …` (an auxiliary of `inversionAuxiliaries` opening a sentence or following a comma, then a name or a subject
///   pronoun, with a comma later in the sentence; `were` also needs `to` before that comma) → `If A met B, …`, which
///   the conditional rule reads as no act.
/// - `in attendance` is `present`: `X was also in attendance`, `In attendance were A and B` → the presence rules.
/// - A talk noun with a relative clause whose subject is a pronoun (`the talk he had with B`, `the conversation that
///   she held with B`, `the meetings they conducted with B`: talk noun, optional `that`/`which`, pronoun, a verb of
///   `relativeHoldingVerbs`, `with`) is the pronoun's talk with B: read as `the talk with B`, the writer's. With a
///   name as its subject (`the talk A had with B`) it is read as `the talk between A and B`.
/// - A double object of paying is the object with its preposition (the dative shift): `paid B a visit` is `paid a visit
///   to B`, `paid B a courtesy call` is `paid a courtesy call on B` (`doubleObjects`: a verb, a capitalised name, an
///   article, at most three lower-case modifiers, a noun of the verb's class). Handing (`handed B a note`) is read
///   as it stands: its person follows the verb like the object of telling.
/// - A parenthetical of company between a subject and its verb (`A, accompanied by C, called on B`: a participle of
///   `companyParticiples`, `by`, names, a comma, then a lower-case verb) is dropped, so the clause reads `A called on
///   B`; the presence rule reads the original text and adds C to the talk.
enum ClauseRewrites {
    /// Participles of going in someone's company, before "by": "A, accompanied by C, called on B" (those the
    /// presence rule reads, so that C joins the talk).
    static let companyParticiples: Set<String> = Set(SummaryLexicon.presenceParticiples)
    /// The longest parenthetical of company read between its commas.
    static let maxCompanyTokens = 12
    /// Double-object verbs with the nouns they take and the preposition the plain wording puts before the person.
    static let doubleObjects: [(verbs: Set<String>, nouns: Set<String>, preposition: String)] = [
        (["pay", "pays", "paid", "paying"], Set(Lexicon.visitNouns).subtracting(SummaryLexicon.callingNouns), "to"),
        (["pay", "pays", "paid", "paying"], SummaryLexicon.callingNouns, "on"),
    ]
    /// Abbreviated forms of address before a name, spelled out (`Cde. B` → `Comrade B`).
    static let spelledForms: [String: String] = ["cde": "Comrade", "cdes": "Comrades", "amb": "Ambassador"]
    /// Verbs of giving what is written, with a double object in a request (`asks D to give B the following message`):
    /// read as handing it on, `to pass the following message to B` (a verb of `SummaryLexicon.passingOnVerbs`). Only after
    /// `to` and before a definite determiner: `handed B a note` tells B face to face and is read as it stands.
    static let handingDoubleObjectVerbs: Set<String> = ["give", "hand", "pass"]
    /// Words that end a noun phrase's modifiers: what follows them is no longer the thing given.
    static let functionWords: Set<String> = ["to", "of", "for", "and", "or", "that", "which", "with", "on", "in", "at", "by"]
    /// Determiners that make the thing given one already written (`the following message`, `his letter`).
    static let definiteDeterminers: Set<String> = ["the", "this", "these", "his", "her", "their"]
    /// Articles between the person and the thing of a double object.
    static let doubleObjectArticles: Set<String> = ["a", "an", "the"]
    /// The longest name read as the person of a double object.
    static let maxDoubleObjectNameTokens = 5
    /// Auxiliaries that open an inverted conditional clause ("Had A met B, …" = "If A had met B, …").
    static let inversionAuxiliaries: Set<String> = ["had", "were", "should"]
    /// Subject words other than names after an inverted auxiliary: "Had he met B, …", "Were the ambassador to …".
    static let inversionSubjectWords: Set<String> = ["he", "she", "they", "we", "it", "i", "the"]
    /// Relativizers between a talk noun and its relative clause: "the talk that he had with B".
    static let relativizers: Set<String> = ["that", "which"]
    /// Pronouns that are the subject of a talk's relative clause; they stand for the sentence's subject.
    static let relativePronouns: Set<String> = ["he", "she", "they", "it", "we"]
    /// Verbs of having held a talk in a relative clause (past only: "the talk he will have with B" is planned).
    static let relativeHoldingVerbs: Set<String> = ["had", "held", "conducted"]
    /// The longest name read as the subject of a talk's relative clause ("the talk Kim Il Sung had with B").
    static let maxRelativeNameTokens = 5
    /// How many words an inverted conditional's clause may run before its comma.
    static let maxConditionTokens = 24

    /// **Phrases read as the plainer phrase they mean** (each word as its key, the first word's case and the last word's
    /// punctuation kept): `in the course of` is `during`; `came/went to see B` is `visited B`; `was granted an audience
    /// by B` is `was received by B`; `over dinner/lunch with B` after a verb (`discussed the railway over dinner with B`)
    /// is `with B` — opening a clause it is the opening phrase of a talk and stays.
    static let phraseRewrites: [(from: [String], to: [String], midClauseOnly: Bool)] = [
        (["in", "the", "course", "of"], ["during"], false),
        (["came", "to", "see"], ["visited"], false), (["come", "to", "see"], ["visit"], false),
        (["comes", "to", "see"], ["visits"], false), (["went", "to", "see"], ["visited"], false),
        (["goes", "to", "see"], ["visits"], false),
        (["was", "granted", "an", "audience", "by"], ["was", "received", "by"], false),
        (["were", "granted", "an", "audience", "by"], ["were", "received", "by"], false),
        (["over", "dinner", "with"], ["with"], true), (["over", "lunch", "with"], ["with"], true),
        (["over", "breakfast", "with"], ["with"], true),
    ]
    /// Prepositions of a place or date phrase between a talk's verb of holding and its other side: "a meeting held on
    /// 4 March with B", "talks conducted at the ministry with B" are "a meeting with B", "talks with B".
    static let heldPhrasePrepositions: Set<String> = ["on", "at", "in", "during"]
    /// The longest place or date phrase read between `held` and `with`.
    static let maxHeldPhraseTokens = 6

    /// Precondition as data: every rewrite above needs one of these words (`in attendance`, an inverted
    /// auxiliary, a relative clause's verb of holding, a phrase of `phraseRewrites`); a summary without them is not
    /// split into words.
    static let cues = RuleCues(["attendance"] + inversionAuxiliaries.sorted() + relativeHoldingVerbs.sorted()
        + phraseRewrites.map { $0.from.joined(separator: " ") } + doubleObjects.flatMap { $0.verbs.sorted() }
        + companyParticiples.sorted() + handingDoubleObjectVerbs.sorted() + spelledForms.keys.sorted())

    /// The text with each of the wordings above rewritten; the text itself when none occurs.
    /// - Complexity: O(n): each word is looked at a bounded number of times.
    static func rewritten(_ text: String) -> String {
        guard cues.occurs(in: text) else { return text }
        var tokens = SummaryWords.spaceSeparated(text)
        let keys = tokens.map(NamePhrase.wordKey)
        var changed = false
        var drop = Set<Int>()
        var inserted: [Int: String] = [:]   // a word to insert after the word at the key
        var skipTo = 0
        for i in keys.indices where i >= skipTo {
            // A phrase of `phraseRewrites` → its plainer phrase.
            if let rule = phraseRewrites.first(where: { r in
                i + r.from.count <= keys.count && keys[i] == r.from[0] && Array(keys[i..<(i + r.from.count)]) == r.from
                    && !tokens[i..<(i + r.from.count - 1)].contains(where: { $0.last?.isLetter != true })
                    && (!r.midClauseOnly || !opensClause(tokens, i)) }) {
                let last = tokens[i + rule.from.count - 1]
                let trailing = String(last.reversed().prefix { !$0.isLetter }.reversed())
                let upper = tokens[i].count > 1 && tokens[i].allSatisfy { !$0.isLetter || $0.isUppercase }
                var words = rule.to.map { upper ? $0.uppercased() : $0 }
                if !upper, tokens[i].first?.isUppercase == true { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
                tokens[i] = words.joined(separator: " ") + trailing
                for k in (i + 1)..<(i + rule.from.count) { drop.insert(k) }
                skipTo = i + rule.from.count
                changed = true
                continue
            }
            // `A, accompanied by C, called on B` → `A called on B`.
            if companyParticiples.contains(keys[i]), i >= 1, i + 2 < keys.count, keys[i + 1] == "by",
               tokens[i - 1].hasSuffix(","), tokens[i - 1].first?.isUppercase == true,
               let close = ((i + 2)..<min(keys.count - 1, i + 2 + maxCompanyTokens)).first(where: { tokens[$0].hasSuffix(",") }),
               !tokens[(i + 2)...close].contains(where: { $0.hasSuffix(".") && !NamePhrase.isInitials($0) || $0.hasSuffix(";") }),
               tokens[close + 1].first?.isLowercase == true {
                tokens[i - 1].removeLast()
                for k in i...close { drop.insert(k) }
                skipTo = close + 1
                changed = true
                continue
            }
            // `paid B a visit` → `paid a visit to B`.
            if let shift = doubleObject(tokens, keys, at: i) {
                for k in (i + 1)..<shift.article { drop.insert(k) }
                let noun = tokens[shift.noun]
                let trailing = String(noun.reversed().prefix { !$0.isLetter }.reversed())
                tokens[shift.noun] = String(noun.dropLast(trailing.count))
                let name = tokens[(i + 1)..<shift.article].joined(separator: " ")
                let upper = noun.count > 1 && noun.allSatisfy { !$0.isLetter || $0.isUppercase }
                inserted[shift.noun] = (upper ? shift.preposition.uppercased() : shift.preposition) + " " + name + trailing
                skipTo = shift.noun + 1
                changed = true
                continue
            }
            // `Cde. B` → `Comrade B`: a form of address spelled out, so that its period ends no list of names.
            if let spelled = spelledForms[keys[i]], tokens[i].hasSuffix("."), i + 1 < tokens.count, tokens[i + 1].first?.isUppercase == true {
                let upper = tokens[i].count > 2 && tokens[i].dropLast().allSatisfy { $0.isUppercase }
                tokens[i] = upper ? spelled.uppercased() : spelled
                changed = true
                continue
            }
            // `to give B the following message` → `to pass the following message to B`.
            if let shift = handingDoubleObject(tokens, keys, at: i) {
                let upper = tokens[i].count > 1 && tokens[i].allSatisfy { !$0.isLetter || $0.isUppercase }
                tokens[i] = upper ? "PASS" : "pass"
                for k in (i + 1)..<shift.determiner { drop.insert(k) }
                let noun = tokens[shift.noun]
                let trailing = String(noun.reversed().prefix { !$0.isLetter }.reversed())
                tokens[shift.noun] = String(noun.dropLast(trailing.count))
                let names = tokens[(i + 1)..<shift.determiner].joined(separator: " ")
                inserted[shift.noun] = (upper ? "TO " : "to ") + names + trailing
                skipTo = shift.noun + 1
                changed = true
                continue
            }
            // `a meeting held on 4 March with B` → `a meeting with B`.
            if SummaryLexicon.talkNouns.contains(keys[i]), i + 3 < keys.count, ["held", "conducted"].contains(keys[i + 1]),
               heldPhrasePrepositions.contains(keys[i + 2]),
               let with = ((i + 3)..<min(keys.count, i + 3 + maxHeldPhraseTokens)).first(where: { keys[$0] == "with" }),
               !tokens[i..<with].contains(where: { $0.last.map { $0 == "," || $0 == "." || $0 == ";" } ?? true }) {
                for k in (i + 1)..<with { drop.insert(k) }
                skipTo = with
                changed = true
                continue
            }
            // `in attendance` → `present`.
            if keys[i] == "in", i + 1 < keys.count, keys[i + 1] == "attendance" {
                let next = tokens[i + 1]
                let trailing = String(next.drop { $0.isLetter })
                let upper = tokens[i].allSatisfy { $0.isUppercase } && tokens[i].count > 1
                let word = upper ? "PRESENT" : (tokens[i].first?.isUppercase == true ? "Present" : "present")
                tokens[i] = word + trailing
                drop.insert(i + 1)
                changed = true
                continue
            }
            // An inverted conditional → `if`.
            if inversionAuxiliaries.contains(keys[i]), opensClause(tokens, i), i + 2 < keys.count,
               tokens[i + 1].first?.isUppercase == true && !SummaryLexicon.proseWords.contains(keys[i + 1])
                || inversionSubjectWords.contains(keys[i + 1]),
               let comma = (i + 1..<min(keys.count, i + 1 + maxConditionTokens)).first(where: { tokens[$0].hasSuffix(",") }),
               !tokens[(i + 1)..<comma].contains(where: { $0.hasSuffix(".") && !NamePhrase.isInitials($0) }),
               keys[i] != "were" || keys[(i + 2)...comma].contains("to") {
                let first = tokens[i].first
                tokens[i] = tokens[i].allSatisfy({ $0.isUppercase }) ? "IF" : (first?.isUppercase == true ? "If" : "if")
                changed = true
                continue
            }
            // `the talk he had with B` → `the talk with B`.
            if SummaryLexicon.talkNouns.contains(keys[i]), !tokens[i].hasSuffix(",") {
                var j = i + 1
                if j < keys.count, relativizers.contains(keys[j]) { j += 1 }
                if j + 2 < keys.count, relativePronouns.contains(keys[j]), relativeHoldingVerbs.contains(keys[j + 1]),
                   keys[j + 2] == "with", !tokens[(i + 1)...(j + 1)].contains(where: { $0.last?.isLetter != true }) {
                    for k in (i + 1)...(j + 1) { drop.insert(k) }
                    changed = true
                    continue
                }
                // `the talk A had with B` → `the talk between A and B`: a name of capitalised words as the subject.
                var n = i + 1
                while n < keys.count, n - (i + 1) < maxRelativeNameTokens, tokens[n].first?.isUppercase == true,
                      tokens[n].last?.isLetter == true, !SummaryLexicon.proseWords.contains(keys[n]) { n += 1 }
                if n > i + 1, n + 1 < keys.count, relativeHoldingVerbs.contains(keys[n]), keys[n + 1] == "with" {
                    let upper = tokens[n].allSatisfy { $0.isUppercase }
                    inserted[i] = upper ? "BETWEEN" : "between"
                    drop.insert(n)
                    tokens[n + 1] = upper ? "AND" : "and"
                    changed = true
                }
            }
        }
        guard changed else { return text }
        var out: [String] = []
        for k in tokens.indices {
            if !drop.contains(k) { out.append(tokens[k]) }
            if let word = inserted[k] { out.append(word) }
        }
        return out.joined(separator: " ")
    }

    /// The double object at the verb `i` (`doubleObjects`): where its article and noun are, and the preposition.
    static func doubleObject(_ tokens: [String], _ keys: [String], at i: Int) -> (article: Int, noun: Int, preposition: String)? {
        guard doubleObjects.contains(where: { $0.verbs.contains(keys[i]) }), tokens[i].last?.isLetter == true else { return nil }
        var n = i + 1
        while n < keys.count, n - (i + 1) < maxDoubleObjectNameTokens, tokens[n].first?.isUppercase == true,
              tokens[n].last?.isLetter == true, !SummaryLexicon.proseWords.contains(keys[n]) { n += 1 }
        guard n > i + 1, n < keys.count, doubleObjectArticles.contains(keys[n]) else { return nil }
        var m = n + 1
        while m < keys.count, m - (n + 1) <= 3 {
            if let rule = doubleObjects.first(where: { $0.verbs.contains(keys[i]) && $0.nouns.contains(keys[m]) }) {
                return (n, m, rule.preposition)
            }
            guard tokens[m].first?.isLowercase == true, tokens[m].last?.isLetter == true else { return nil }
            m += 1
        }
        return nil
    }

    /// The double object of handing on at the verb `i` (`handingDoubleObjectVerbs`, after `to`): names (joined by `and`
    /// or commas), a definite determiner, at most three lower-case modifiers, a message noun.
    static func handingDoubleObject(_ tokens: [String], _ keys: [String], at i: Int) -> (determiner: Int, noun: Int)? {
        guard i >= 1, keys[i - 1] == "to", handingDoubleObjectVerbs.contains(keys[i]), tokens[i].last?.isLetter == true else { return nil }
        var n = i + 1
        while n < keys.count, n - (i + 1) < maxDoubleObjectNameTokens * 3,
              tokens[n].first?.isUppercase == true && !SummaryLexicon.proseWords.contains(keys[n]) || keys[n] == "and" && n > i + 1,
              !tokens[n].hasSuffix(".") || NamePhrase.isInitials(tokens[n]) { n += 1 }
        guard n > i + 1, keys[n - 1] != "and", n < keys.count, definiteDeterminers.contains(keys[n]),
              tokens[n - 1].last?.isLetter == true else { return nil }
        var m = n + 1
        while m < keys.count, m - (n + 1) <= 3 {
            if SummaryLexicon.messageNouns.contains(keys[m]) { return (n, m) }
            // Modifiers only: "the chance to reply" gives something else.
            guard tokens[m].first?.isLowercase == true, tokens[m].last?.isLetter == true, !functionWords.contains(keys[m]) else { return nil }
            m += 1
        }
        return nil
    }

    /// Whether the word at `i` opens a clause: the text's first word, or after a sentence's end, a comma or a semicolon.
    static func opensClause(_ tokens: [String], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = tokens[i - 1]
        return previous.hasSuffix(",") || previous.hasSuffix(";") || previous.hasSuffix(".") && !NamePhrase.isInitials(previous)
    }
}
