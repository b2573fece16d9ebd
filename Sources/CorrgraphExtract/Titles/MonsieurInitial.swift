/// `M.` before a surname is either an initial (`M. Volkov`, as a Russian catalogue prints one initial) or `Monsieur` (`M.
/// Duval to Mr. Fishwick`, as English diplomatic heads style a Frenchman or any foreigner). The head's own style decides.
enum MonsieurInitial {
    /// Forms of address that show a head styling its people by form of address (`Mr.`, `Sir`, `Count`, `Señor`).
    static let stylingForms: Set<String> = [
        "mr", "mrs", "ms", "sir", "lord", "lady", "count", "countess", "señor", "senor", "senhor", "signor", "herr", "frau",
        "monsieur", "mme", "madame", "mlle", "baron", "baroness", "prince", "viscount", "earl", "marquess", "marquis",
    ]

    /// **Convention: `M.` before a capitalised name is `Monsieur` when the head styles its people by forms of address**:
    /// another correspondent of the head carries one (`Mr.`, `Sir`, `Count`, `Viscount`, another such `M.`), or the head is
    /// French (`à`). `M.` after a given name (`Georgy M. Malakhov`), after a form of address or another abbreviation (`Sir
    /// M. Lockwood`, `A. M. Volkov`), before another initial (`M. A. Jinnah`), and in a head with no form of address
    /// (`Cable, M. Volkov to Li Wenbo`) stays an initial. The title comes back with `Monsieur` for each such `M.` (also
    /// `(M. Dubois)`), which the name grammar drops as it drops `Mr.`.
    static func readingMonsieur(_ title: String) -> String {
        // Most titles hold no "M. " at all.
        guard title.utf8.count >= 4, ByteSearch.mayContainCaseInsensitive(title, "m. ") else { return title }
        var tokens = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func isMonsieurCandidate(_ i: Int) -> Bool {
            guard tokens[i] == "M." || tokens[i] == "(M.", i + 1 < tokens.count else { return false }
            let name = tokens[i + 1]
            guard name.first?.isUppercase == true, name.dropFirst().contains(where: \.isLowercase),
                  !NamePhrase.isInitials(name) else { return false }
            guard tokens[i] == "M.", i > 0 else { return true }
            let before = tokens[i - 1]
            // After a given name or a form of address (`Georgy M. Malakhov`, `Sir M. Lockwood`) `M.` is an initial,
            // and so it is after another abbreviation (`A. M. Volkov`, `Lt. M. Volkov`).
            if before.first?.isUppercase == true, before.last?.isLetter == true { return false }
            if before.hasSuffix("."), before.count <= 3 { return false }
            return true
        }
        let candidates = tokens.indices.filter(isMonsieurCandidate)
        guard !candidates.isEmpty else { return title }
        // **Convention: `M.` before a given name and a surname is `Monsieur`** (`M. Jules Séverac, French Ambassador`, `M.
        // Armand Delorme`): an initial stands before a surname or another initial, not before a given name of the lexicon
        // (`Lexicon.isGivenName`) that a capitalised surname follows.
        let beforeGivenName = candidates.contains { i in
            i + 2 < tokens.count && Lexicon.isGivenName(tokens[i + 1]) && tokens[i + 2].first?.isUppercase == true
                && !NamePhrase.isInitials(tokens[i + 2])
        }
        let styled = beforeGivenName || candidates.count >= 2 || tokens.enumerated().contains { index, token in
            !candidates.contains(index) && (stylingForms.contains(NamePhrase.wordKey(token)) && token.first?.isUppercase == true || token == "à")
        } || stylesByRank(tokens)
        guard styled else { return title }
        for i in candidates { tokens[i] = tokens[i] == "M." ? "Monsieur" : "(Monsieur" }
        return tokens.joined(separator: " ")
    }

    /// **Convention: the record's summary styles its people too** (`Note of a Conversation with M. Verhaegen` || `Sir Giles
    /// Morcombe saw M. Verhaegen in Brussels.`): a correspondent or side the title left as `M. Surname` (the head alone
    /// styled no one) is `Monsieur Surname` when the summary prints a form of address of `stylingForms` (`Sir`, `Mr.`,
    /// another `M.` before a name), and is named without it, as a name after `Mr.` is. Gated on the bytes `M. `.
    static func restyling(_ result: inout ExtractedRecord, summary: String) {
        func printed(_ m: NameMention) -> Bool { m.kind == .person && m.text.hasPrefix("M. ") && m.text.count > 3 }
        guard result.conversations.contains(where: { $0.participants.contains(where: printed) })
                || result.messages.contains(where: { $0.from.contains(where: printed) || $0.to.contains(where: printed) || $0.via.contains(where: printed) })
        else { return }
        let words = summary.split(separator: " ")
        guard words.indices.contains(where: { i in
            let token = words[i]
            return token.first?.isUppercase == true && stylingForms.contains(NamePhrase.wordKey(String(token)))
                && i + 1 < words.count && words[i + 1].first?.isUppercase == true
        }) else { return }
        func restyled(_ m: NameMention) -> NameMention {
            guard printed(m) else { return m }
            let rest = m.text.dropFirst(3)
            guard let first = rest.first, first.isUppercase, !NamePhrase.isInitials(String(rest.prefix { $0 != " " })) else { return m }
            var out = m
            out.text = String(rest)
            return out
        }
        for i in result.conversations.indices { result.conversations[i].participants = result.conversations[i].participants.map(restyled) }
        for i in result.messages.indices {
            result.messages[i].from = result.messages[i].from.map(restyled)
            result.messages[i].to = result.messages[i].to.map(restyled)
            result.messages[i].via = result.messages[i].via.map(restyled)
        }
    }

    /// **Convention: a head that styles two people or more by rank or office before a bare surname styles its people
    /// by title** (`the conversation between General Sikorski and Premier Stalin …, in the presence of Ambassador Kot and M.
    /// Molotov`): `M.` beside them is `Monsieur`, as a form of address would make it. A rank or office (`rankStyles`,
    /// capitalised) counts before one capitalised word that ends the name (the head's end, a comma, or a lower-case word
    /// or `and` after it); a head that prints given names or initials (`Ambassador A. M. Volkov`) does not count them.
    static func stylesByRank(_ tokens: [String]) -> Bool {
        var styled = 0
        for i in tokens.indices.dropLast() where tokens[i].first?.isUppercase == true && rankStyles.contains(NamePhrase.wordKey(tokens[i])) {
            let name = tokens[i + 1]
            guard name.first?.isUppercase == true, name.dropFirst().allSatisfy({ $0.isLetter || $0 == "," || $0 == "-" }),
                  name.dropFirst().contains(where: \.isLowercase) else { continue }
            let endsName = name.hasSuffix(",") || i + 2 >= tokens.count || tokens[i + 2].first?.isUppercase != true
            if endsName { styled += 1 }
        }
        return styled >= 2
    }
    /// Ranks and offices that style a person before a surname in diplomatic and military heads.
    static let rankStyles: Set<String> = [
        "general", "marshal", "admiral", "colonel", "premier", "ambassador", "minister", "president", "chancellor", "secretary",
        "chairman", "envoy", "consul", "counsellor", "counselor", "cardinal", "archbishop", "bishop", "king", "emperor", "prince",
    ]
}
