import CorrgraphExtract

/// A post as a head prints it with its holder (`the Ambassador in Xlandia (Okonkwo)`): folded words,
/// without articles, plurals made singular, so that the phrasings of one post compare equal
/// (`the Ambassadors in Xlandia (Okonkwo) and Ruritania (Lindqvist)` names the same post for Okonkwo).
///
/// ```swift
/// OfficePost("Ambassadors in Xlandia")!.display                       // "Ambassador in Xlandia"
/// OfficePost("Ambassador in Xlandia")!.isSamePost(OfficePost("the Ambassador in Xlandia")!)   // true
/// OfficePost("Consul")!.isLessSpecific(than: OfficePost("Consul General at Port Vell")!)     // false: "General" is a rank
/// ```
struct OfficePost: Hashable, Sendable {
    /// Folded words without `the`, each with a plural `-s` dropped.
    let words: [String]
    /// The office as printed, without its leading article, its noun singular: what a display name prints.
    let display: String

    /// Prepositions that open a post's complement: the word before the first is the office noun.
    static let complementPrepositions: Set<String> = ["in", "at", "to", "on", "for", "of"]

    init?(_ office: String) {
        var printed = office.split(separator: " ").map(String.init)
        if let first = printed.first, first.lowercased() == "the" { printed.removeFirst() }
        // The office noun of a plural posting ("Ambassadors in …") is printed singular for one holder.
        let p = printed.firstIndex { Self.complementPrepositions.contains($0.lowercased()) } ?? printed.count
        if p > 0, Self.isPlural(printed[p - 1].lowercased()) { printed[p - 1].removeLast() }
        words = NameFolding.fold(printed.joined(separator: " ")).split(separator: " ").map(String.init)
            .filter { $0 != "the" }.map { Self.isPlural($0) ? String($0.dropLast()) : $0 }
        guard !words.isEmpty else { return nil }
        display = printed.joined(separator: " ")
    }

    static func isPlural(_ word: String) -> Bool { word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") }

    var key: String { words.joined(separator: " ") }

    /// One post in two phrasings: the same words, or one word misprinted (a letter dropped, added or
    /// swapped in a word of five letters or more: `Pakistan`/`Pakistani`).
    func isSamePost(_ other: OfficePost) -> Bool {
        if words == other.words { return true }
        guard words.count == other.words.count else { return false }
        let differing = zip(words, other.words).filter { $0 != $1 }
        guard differing.count == 1, let (x, y) = differing.first else { return false }
        return min(x.count, y.count) >= 5 && Similarity.osaDistance(x, y) == 1
    }

    /// This post printed with fewer words than the other, none of the missing words a rank
    /// (`German Ambassador` for `Tice German, Ambassador`; `Special Assistant` for `Special Assistant for
    /// Xlandian Affairs`). A missing rank makes another office: `Consul` is not `Consul General`,
    /// `Secretary of State` is not `Assistant Secretary of State`.
    func isLessSpecific(than other: OfficePost) -> Bool {
        guard words.count < other.words.count else { return false }
        var extra = other.words
        for w in words {
            guard let k = extra.firstIndex(of: w) else { return false }
            extra.remove(at: k)
        }
        return !extra.contains(where: OfficeWords.rankModifiers.contains)
    }

    /// Where the post is held: its words from the first `in` or `at` (`in xlandia`), empty when none is printed.
    var posting: ArraySlice<String> {
        guard let p = words.firstIndex(where: { $0 == "in" || $0 == "at" }) else { return [] }
        return words[p...]
    }

    /// Whether the words before the posting include an office the lexicon knows (`ambassador`, `consul`); a
    /// description the lexicon does not know (`warden in xlandia`) names none.
    var namesKnownOffice: Bool {
        words[..<(words.firstIndex(where: Self.complementPrepositions.contains) ?? words.count)].contains(where: OfficeWords.isOfficeWord)
    }

    /// A post of a diplomatic service (`Ambassador`, `Consul General`, `Chargé`, a `Minister in` or
    /// `Minister Resident in` a country): one diplomat holds such posts one after another.
    var isDiplomatic: Bool {
        if words.contains(where: OfficeWords.diplomaticRanks.contains) { return true }
        guard let m = words.firstIndex(of: "minister"), m + 1 < words.count else { return false }
        return ["in", "at", "to", "resident"].contains(words[m + 1])
    }
}
