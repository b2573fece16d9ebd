/// Titles printed in capitals (`CABLE, MAO ZEDONG TO STALIN [VIA TEREBIN]`) read as if printed in title case.
///
/// The grammar tells names from class words partly by their capitals, so a text with no lower-case letter
/// is first given the case catalogue English would print: the lexicon's lower-case words (articles,
/// prepositions, conjunctions, participles of sending) in lower case, acronyms and Roman numerals kept,
/// single letters kept where they are initials (`A. B. ORLOV`, but `A MESSAGE` is the article), a
/// preposition that is also a rank word kept capitalised before an office word (`DEPUTY UNDER SECRETARY` →
/// `Deputy Under Secretary`, but `UNDER THE TREATY` → `under the Treaty`), every other word capitalised (`MAO` → `Mao`, `KAI-SHEK` → `Kai-Shek`,
/// `WORKERS'` → `Workers'`, `MAO'S` → `Mao's`). The first word keeps its capital. A text that has any
/// lower-case letter is returned unchanged.
///
/// - Complexity: O(n) in the text's length.
public enum Truecasing {
    /// The fewest letters a text needs before it counts as printed in capitals (`USSR` alone stays).
    static let minimumLetters = 6

    /// `proseWords`: further words printed in lower case in running prose (a summary's verbs and adverbs:
    /// `PETROV MET KIM` → `Petrov met Kim`).
    public static func restoringCapitals(_ text: String, proseWords: Set<String> = []) -> String {
        guard isInCapitals(text) else { return text }
        let tokens = Tokenizer.tokenize(text)
        var bytes = Array(text.utf8)
        var first = true
        for (index, token) in tokens.enumerated() where token.kind == .word {
            defer { first = false }
            let word = String(decoding: bytes[token.span], as: UTF8.self)
            // "A. B. ORLOV": a letter before a period is an initial; "A MESSAGE": the article.
            let nextIsPeriod = index + 1 < tokens.count && tokens[index + 1].kind == .punctuation
                && bytes[tokens[index + 1].span.lowerBound] == UInt8(ascii: ".")
            let isInitial = word.unicodeScalars.count == 1 && (nextIsPeriod || !token.classes.contains(.lowercaseWord))
            let recased: String
            if token.classes.contains(.acronym) || token.classes.contains(.romanNumeral) || isInitial || isInitials(word) {
                continue
            } else if token.classes.contains(.lowercaseWord) || proseWords.contains(word.lowercased()), !first,
                      !ranksTheOfficeAfterIt(word, next: nextWord(after: index, in: tokens, bytes: bytes)) {
                recased = word.lowercased()
            } else {
                recased = capitalized(word)
            }
            let replacement = Array(recased.utf8)
            // Case mapping keeps the byte length for the scripts catalogues print; where it would not, the
            // word is left as printed rather than shifting every later span.
            guard replacement.count == token.span.count else { continue }
            bytes.replaceSubrange(token.span, with: replacement)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `UNDER` in `DEPUTY UNDER SECRETARY`: a word both a preposition and a rank modifier
    /// (`OfficeWords.rankModifiers`) that stands directly before an office word is part of the office.
    static func ranksTheOfficeAfterIt(_ word: String, next: String?) -> Bool {
        guard let next else { return false }
        return OfficeWords.rankModifiers.contains(word.lowercased()) && Lexicon.offices.contains(next.lowercased())
    }

    /// The word token right after `index`, if the next token is a word.
    static func nextWord(after index: Int, in tokens: [Token], bytes: [UInt8]) -> String? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        return String(decoding: bytes[tokens[index + 1].span], as: UTF8.self)
    }

    /// Whether a text has letters, enough of them, and none in lower case.
    public static func isInCapitals(_ text: String) -> Bool {
        // Over ASCII bytes, where only a–z are lower case and A–Z upper case: no property look-up. (A text
        // whose first non-ASCII byte comes before any lower-case letter is read by scalars below.)
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return false }
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters >= minimumLetters
        } ?? nil
        if let ascii { return ascii }
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= minimumLetters
    }

    /// `N.A`, `U.S`: letters separated by periods.
    static func isInitials(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { $0.unicodeScalars.count == 1 }
    }

    /// Upper case after the start, a hyphen or an inner apostrophe followed by two letters or more
    /// (`O'NEILL` → `O'Neill`, but `MAO'S` → `Mao's`); lower case elsewhere.
    static func capitalized(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        var out = String.UnicodeScalarView()
        var startOfPart = true
        for (i, s) in scalars.enumerated() {
            if s == "-" || s == "‐" {
                out.append(s); startOfPart = true; continue
            }
            if Tokenizer.isApostrophe(s) {
                out.append(s)
                let rest = scalars[(i + 1)...].prefix { Tokenizer.isLetter($0) }
                startOfPart = rest.count >= 2 && i == 1
                continue
            }
            let mapped = startOfPart ? String(s).uppercased() : String(s).lowercased()
            out.append(contentsOf: mapped.unicodeScalars)
            startOfPart = false
        }
        return String(out)
    }
}
