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
                      !ranksTheOfficeAfterIt(word, next: nextWord(after: index, in: tokens, bytes: bytes)),
                      !opensPlaceName(word, next: nextWord(after: index, in: tokens, bytes: bytes)) {
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

    /// **Convention: a place's own first word keeps its capital** — `NEAR` in `CHIEF, NEAR EAST DIVISION`: a word the lexicon
    /// prints in lower case (a preposition) that opens a two-word place of the gazetteer with the word after it (`Near
    /// East`) is the place's, printed with a capital as the catalogue prints the place in title case.
    static func opensPlaceName(_ word: String, next: String?) -> Bool {
        guard let next, word.utf8.count <= 5 else { return false }
        return Gazetteer.isPlace(word + " " + next)
    }

    // MARK: Surnames printed in capitals

    /// **Convention: a surname printed in capitals is a person's** (Soviet and East European editions print surnames in
    /// capitals inside a title set in title case: `Telegram, MOLCHANOV to KOVAC`, `Letter from Ivan PETROV to B`) — in a
    /// title that is not all in capitals, a word in capitals of four letters or more that stands as a whole end (after
    /// `from`, `by`, `to` or a document word's comma, before `to`, a comma, a bracket, `via` or the end) or after a given
    /// name, and is shaped as a word (no run of four consonants, `CH`, `SH`, `ZH`, `KH`, `TH` counted as one), is read
    /// as the name printed in title case. Left in capitals: the lexicon's acronyms and words (`CPSU`, `SECRET`), acronyms
    /// spoken as words (`wordAcronyms`: `UNESCO`, `TASS`, `SACEUR` …) and the compounds of military and diplomatic
    /// address indicators (`addressIndicatorOpenings`, `addressIndicatorClosings`: `CINCPAC`, `COMUSFORK`, `SECSTATE`,
    /// `USDEL`), which are institutions.
    static let wordAcronyms: Set<String> = [
        "unesco", "unicef", "saceur", "saclant", "shape", "seato", "cento", "tass", "comecon", "cominform", "comintern",
        "asean", "opec", "unrra", "unrwa", "frelimo", "swapo", "zanu", "zapu", "mpla", "unita", "fretilin", "eoka", "otan",
        "nasa", "unctad", "unido", "euratom", "benelux", "interpol", "gatt", "nodis", "exdis", "limdis", "niact", "immediate",
        "flash", "priority", "routine", "eyes", "only", "snie", "usia", "usis", "unog", "iaea", "ussr",
    ]
    static let addressIndicatorOpenings = ["cinc", "com", "sec", "dep", "us", "un", "am", "dept", "emb", "del"]
    static let addressIndicatorClosings = ["del", "flt", "pac", "lant", "eur", "state", "def", "nav", "army", "com", "mis"]
    static let endOpeners: Set<String> = ["from", "by", "to", "and"]
    static let endClosers: Set<String> = ["to", "via", "and"]

    /// The title with each surname printed in capitals (above) in title case; the title itself when there is none.
    public static func recasingSurnamesInCapitals(_ title: String) -> String {
        // Precondition: a run of four capitals A–Z (bytes) or a non-ASCII byte; most titles have neither.
        var run = 0, found = false, nonASCII = false
        for b in title.utf8 {
            if b >= 0x80 { nonASCII = true; break }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { run += 1; if run >= 4 { found = true; break } } else { run = 0 }
        }
        guard found || nonASCII, !isInCapitals(title) else { return title }
        let tokens = Tokenizer.tokenize(title)
        var bytes = Array(title.utf8)
        var changed = false
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let word = String(decoding: bytes[token.span], as: UTF8.self)
            guard isSurnameShapedCapitals(word) else { continue }
            func text(_ i: Int) -> String { String(decoding: bytes[tokens[i].span], as: UTF8.self) }
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let opensEnd = previous.map { p in
                p.kind == .punctuation && text(index - 1) == "," || p.kind == .openBracket
                    || p.kind == .word && (endOpeners.contains(text(index - 1)) || Lexicon.isGivenName(text(index - 1))
                        && text(index - 1).first?.isUppercase == true && text(index - 1).dropFirst().contains { $0.isLowercase })
            } ?? false
            let closesEnd = next.map { n in
                n.kind == .punctuation && [",", ";", ":"].contains(text(index + 1)) || n.kind == .openBracket || n.kind == .closeBracket
                    || n.kind == .word && endClosers.contains(text(index + 1))
            } ?? true
            // `…, ATTACHMENT` closing the title after a comma is a marking (`TitleMissesS9Tests`), not an end.
            let trailingMarking = next == nil && previous?.kind == .punctuation
            guard opensEnd, closesEnd, !trailingMarking else { continue }
            let recased = Array(capitalized(word.lowercased()).utf8)
            guard recased.count == token.span.count else { continue }
            bytes.replaceSubrange(token.span, with: recased)
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : title
    }

    /// A word in capitals shaped as a surname: four letters or more, all upper case, no word or acronym of the lexicon,
    /// no acronym spoken as a word, no address indicator, no run of four consonants.
    static func isSurnameShapedCapitals(_ word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 4, letters.count <= 24,
              letters.allSatisfy({ $0.properties.isAlphabetic && $0.properties.isUppercase || $0 == "-" || Tokenizer.isApostrophe($0) })
        else { return false }
        let key = word.lowercased()
        guard Lexicon.classes(of: key).isEmpty, !wordAcronyms.contains(key),
              !addressIndicatorOpenings.contains(where: { key.hasPrefix($0) }),
              !addressIndicatorClosings.contains(where: { key.hasSuffix($0) }) else { return false }
        let folded = NameFolding.fold(key)
        var consonants = 0
        var previous: Character = " "
        for c in folded {
            if "aeiouy".contains(c) || !c.isLetter { consonants = 0 }
            else if c == "h", "csztk".contains(previous) { }
            else { consonants += 1; if consonants >= 4 { return false } }
            previous = c
        }
        return true
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
