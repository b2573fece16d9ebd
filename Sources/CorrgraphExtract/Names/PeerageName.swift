import Foundation
/// British peers are named by rank and title, not by given name and surname (docs/title-variants.md,
/// "Peers"): `the Earl of Granville`, `the Marquess of Ashford`, `Viscount Harcourt`, `the Earl Granville`.
/// The `of TERRITORY` after a rank is the peer's name, not a posting; the rank, like `Lord`, is a form of
/// address and is dropped. An office that opens with a rank word (`Lord Privy Seal`, `First Lord of the
/// Admiralty`) is no peer: its words are offices or institution words, which a territory never holds.
enum PeerageName {
    /// Ranks that name a peer before `of TERRITORY` (`the Duke of X`, `Lord of X` is rare but read alike).
    static let ranks: Set<String> = [
        "duke", "duchess", "marquess", "marquis", "marchioness", "earl", "countess", "viscount", "viscountess",
        "baron", "baroness", "lord", "lady",
        // A continental count in British and American registers (`Count Vollrath`): no given name either.
        "count",
    ]
    /// Ranks that are no given name, so that they mark a peer before a bare title (`Viscount Harcourt`);
    /// `Earl`, `Duke` and `Baron` are given names too (`Earl Warren`), and mark a peer there only after `the`.
    static let ranksNeverGivenNames: Set<String> = [
        "marquess", "marquis", "marchioness", "viscount", "viscountess", "baroness", "duchess", "countess", "count",
    ]

    /// Ranks that are given names too (`Earl Hopkins`, `Duke Ellison`, `Baron Wolff`): `ranks` less `ranksNeverGivenNames`,
    /// less `lord` and `lady`, which never open a given name and family name.
    static let ranksAlsoGivenNames: Set<String> = ["earl", "duke", "baron"]

    /// **Convention: a rank that is also a given name marks a peer in a head that styles its people by forms of address.**
    /// `Earl|Duke|Baron X`, one capitalised word after the rank, no article before it, is a peer named by the title X when
    /// another correspondent of the head carries a form of address (`Mr.`, `Sir`, `Lord`, `Count`, `Viscount` …:
    /// `MonsieurInitial.stylingForms`), as British registers print `Earl Penhallow to Sir H. Rumbleton`; otherwise (`Letter
    /// from Earl Hopkins to Li Wenbo`, two words after it) the rank is a given name. The title comes back with the article
    /// before such a rank (`the Earl X`), which `name` reads as a peer.
    static func readingRanksInStyledHead(_ title: String) -> String {
        guard title.utf8.count >= 8, ByteSearch.mayContainCaseInsensitive(title, "earl ") || ByteSearch.mayContainCaseInsensitive(title, "duke ")
                || ByteSearch.mayContainCaseInsensitive(title, "baron ") else { return title }
        var tokens = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func isRankCandidate(_ i: Int) -> Bool {
            guard ranksAlsoGivenNames.contains(tokens[i].lowercased()), tokens[i].first?.isUppercase == true,
                  tokens[i].dropFirst().allSatisfy(\.isLowercase), i + 1 < tokens.count else { return false }
            if i > 0, NamePhrase.wordKey(tokens[i - 1]) == "the" { return false }
            let title = String(tokens[i + 1].prefix { $0.isLetter || $0 == "-" })
            guard title.first?.isUppercase == true, title.dropFirst().contains(where: \.isLowercase), !NamePhrase.particles.contains(title),
                  !Lexicon.givenNames.contains(title.lowercased()), Lexicon.classes(of: title).isEmpty else { return false }
            // One word only: the title closes the phrase (punctuation after it, or a lower-case word or none next).
            if title.count < tokens[i + 1].count || i + 2 == tokens.count { return true }
            return tokens[i + 2].first?.isUppercase != true
        }
        let candidates = tokens.indices.filter(isRankCandidate)
        guard !candidates.isEmpty else { return title }
        let styled = tokens.enumerated().contains { index, token in
            !candidates.contains(index) && token.first?.isUppercase == true && MonsieurInitial.stylingForms.contains(NamePhrase.wordKey(token))
        }
        guard styled else { return title }
        for i in candidates { tokens[i] = (i == 0 ? "The " : "the ") + tokens[i] }
        return tokens.joined(separator: " ")
    }

    /// The peer's name in a phrase of the forms above (leading articles and forms of address skipped), or nil.
    static func name(_ tokens: [String]) -> String? {
        var i = 0
        var sawArticle = false
        while i < tokens.count {
            let key = NamePhrase.wordKey(tokens[i])
            if key == "the" { sawArticle = true; i += 1; continue }
            // `the Most Hon. the Marquess of X`, `the Rt. Hon. the Earl of X`.
            if key == "most" || key == "noble" || (Lexicon.honorifics.contains(key) && !ranks.contains(key)) { i += 1; continue }
            break
        }
        guard i + 1 < tokens.count, tokens[i].first?.isUppercase == true else { return nil }
        let rank = NamePhrase.wordKey(tokens[i])
        guard ranks.contains(rank) else { return nil }
        var start = i + 1
        let afterOf = NamePhrase.wordKey(tokens[start]) == "of"
        // "Baron von Steinhagel", "Baron de Montferrand": a name particle after the rank marks a noble's surname
        // (a given name `Baron` is followed by a surname, not a particle); the particle stays, as in other names.
        if !afterOf, NamePhrase.particles.contains(tokens[start]), start + 1 < tokens.count,
           tokens[(start + 1)...].allSatisfy(isTitleWord) {
            return tokens[start...].joined(separator: " ")
        }
        if afterOf {
            start += 1
        } else if !(sawArticle || ranksNeverGivenNames.contains(rank)) {
            return nil
        }
        guard start < tokens.count else { return nil }
        let title = tokens[start...]
        guard title.allSatisfy(isTitleWord) else { return nil }
        return title.joined(separator: " ")
    }

    /// `[the] Lord Privy Seal`, `the Lord Chamberlain`: an office that opens with `Lord`, as printed without its article.
    static func lordOffice(_ tokens: [String]) -> String? {
        let words = tokens.drop { NamePhrase.wordKey($0) == "the" }
        guard words.count >= 2, NamePhrase.wordKey(words[words.startIndex]) == "lord",
              officeWordsAfterLord.contains(NamePhrase.wordKey(words[words.startIndex + 1])) else { return nil }
        return words.joined(separator: " ")
    }

    /// A word of a peer's title: a capitalised word that is no office, institution, act or document word
    /// (`Privy Seal`, `the Admiralty` are offices and bodies). Places are allowed: titles are places.
    static func isTitleWord(_ token: String) -> Bool {
        let key = NamePhrase.wordKey(token)
        guard let first = token.unicodeScalars.first, first.properties.isUppercase, !key.isEmpty else { return false }
        if token.hasSuffix("'s") || token.hasSuffix("’s") { return false }
        if Lexicon.offices.contains(key) || Lexicon.institutionHeads.contains(key) || Lexicon.nonNameWords.contains(key)
            || Lexicon.honorifics.contains(key) || Lexicon.connectives.contains(key) || NamePhrase.pluralGroups.contains(key)
            || NamePhrase.strongOffices.contains(key) || NamePhrase.extraOffices.contains(key) || officeWordsAfterLord.contains(key) {
            return false
        }
        return !key.contains(where: { $0.isNumber })
    }

    /// Words of offices that open with `Lord` (`Lord Privy Seal`, `Lord Chamberlain`, `Lord Advocate`): offices,
    /// not peers' titles.
    static let officeWordsAfterLord: Set<String> = [
        "privy", "seal", "chamberlain", "advocate", "justice", "keeper", "lieutenant", "steward", "provost", "warden",
        "admiral", "great", "high",
    ]
}
