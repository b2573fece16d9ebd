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
        let styled = candidates.count >= 2 || tokens.enumerated().contains { index, token in
            !candidates.contains(index) && (stylingForms.contains(NamePhrase.wordKey(token)) && token.first?.isUppercase == true || token == "à")
        } || stylesByRank(tokens)
        guard styled else { return title }
        for i in candidates { tokens[i] = tokens[i] == "M." ? "Monsieur" : "(Monsieur" }
        return tokens.joined(separator: " ")
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
