/// `M.` before a surname is either an initial (`M. Volkov`, as a Russian catalogue prints one initial) or `Monsieur` (`M.
/// Duval to Mr. Fishwick`, as English diplomatic heads style a Frenchman or any foreigner). The head's own style decides.
enum MonsieurInitial {
    /// Forms of address that show a head styling its people by form of address (`Mr.`, `Sir`, `Count`, `Señor`).
    static let stylingForms: Set<String> = [
        "mr", "mrs", "ms", "sir", "lord", "lady", "count", "countess", "señor", "senor", "senhor", "signor", "herr", "frau",
        "monsieur", "mme", "madame", "mlle", "baron", "baroness", "prince",
    ]

    /// **Convention: `M.` before a surname alone is `Monsieur` when the head styles its people by forms of address**:
    /// another correspondent of the head carries one (`Mr.`, `Sir`, `Count`, another `M.` before a surname alone), or the
    /// head is French (`à`). `M.` after a given name (`Georgy M. Malakhov`), before another initial or before a given name
    /// and surname, and in a head with no form of address (`Cable, M. Volkov to Li Wenbo`) stays an initial. The title
    /// comes back with `Monsieur` for each such `M.`, which the name grammar drops as it drops `Mr.`.
    static func readingMonsieur(_ title: String) -> String {
        // Most titles hold no "M. " at all.
        guard title.utf8.count >= 4, ByteSearch.mayContainCaseInsensitive(title, "m. ") else { return title }
        var tokens = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func isSurnameAlone(_ i: Int) -> Bool {
            guard tokens[i] == "M.", i + 1 < tokens.count else { return false }
            let surname = tokens[i + 1]
            guard surname.first?.isUppercase == true, surname.dropFirst().contains(where: \.isLowercase),
                  !NamePhrase.isInitials(surname) else { return false }
            // After a given name `M.` is a middle initial.
            if i > 0, let before = tokens[i - 1].last, before.isLetter, tokens[i - 1].first?.isUppercase == true,
               !stylingForms.contains(NamePhrase.wordKey(tokens[i - 1])) { return false }
            // The surname stands alone: nothing capitalised follows it before punctuation or a lower-case word.
            let closed = surname.last.map { !$0.isLetter } ?? false
            guard !closed, i + 2 < tokens.count, let next = tokens[i + 2].first else { return true }
            return !next.isUppercase || !next.isLetter
        }
        let candidates = tokens.indices.filter(isSurnameAlone)
        guard !candidates.isEmpty else { return title }
        let styled = candidates.count >= 2 || tokens.enumerated().contains { index, token in
            !candidates.contains(index) && (stylingForms.contains(NamePhrase.wordKey(token)) && token.first?.isUppercase == true || token == "à")
        }
        guard styled else { return title }
        for i in candidates { tokens[i] = "Monsieur" }
        return tokens.joined(separator: " ")
    }
}
