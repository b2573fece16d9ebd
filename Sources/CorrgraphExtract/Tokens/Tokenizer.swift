/// Splits a title or summary into tokens in one pass over its Unicode scalars, recording each token's
/// UTF-8 byte span and, for words, their lexicon classes and letter case.
///
/// Conventions: a word starts with a letter and runs over letters and digits, over an apostrophe or hyphen
/// between letters (`Kai-shek`, `Mao's`, `d'Affaires`), a final apostrophe after `s` (`Workers'`), and a
/// period between single letters (`U.S`); a number runs over digits and `-`, `/`, `.`, `,` between digits.
/// Spaces separate tokens and are not tokens.
///
/// - Complexity: O(n) in the text's length; each scalar is visited once and each word looked up once.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(s) }
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
            let start = i
            if isLetter(s) {
                var lower = false, upper = false
                var j = i
                while j < scalars.count {
                    let c = scalars[j]
                    if isLetter(c) || isDigit(c) {
                        if c.properties.isLowercase { lower = true } else if c.properties.isUppercase { upper = true }
                        j += 1
                        continue
                    }
                    let next = j + 1 < scalars.count ? scalars[j + 1] : nil
                    let nextIsLetter = next.map(isLetter) ?? false
                    if isApostrophe(c) || c == "-" || c == "‐" {
                        if nextIsLetter { j += 1; continue }
                        // "Workers'": a final apostrophe after a plural s.
                        if isApostrophe(c), j > start, ["s", "S"].contains(scalars[j - 1]) { j += 1 }
                        break
                    }
                    // "U.S", "N.A": a period between single letters.
                    if c == ".", nextIsLetter, j - 1 >= start, j - 1 == start || scalars[j - 2] == "." {
                        let afterNext = j + 2 < scalars.count ? scalars[j + 2] : nil
                        if afterNext.map({ !isLetter($0) }) ?? true { j += 1; continue }
                    }
                    break
                }
                let word = String(String.UnicodeScalarView(scalars[start..<j]))
                tokens.append(Token(kind: .word, span: offsets[start]..<offsets[j], classes: Lexicon.classes(of: word),
                                    hasLowercase: lower, hasUppercase: upper))
                i = j
                continue
            }
            if isDigit(s) {
                var j = i + 1
                while j < scalars.count {
                    if isDigit(scalars[j]) { j += 1; continue }
                    if ["-", "/", ".", ","].contains(scalars[j]), j + 1 < scalars.count, isDigit(scalars[j + 1]) { j += 2; continue }
                    break
                }
                tokens.append(Token(kind: .number, span: offsets[start]..<offsets[j], classes: [], hasLowercase: false, hasUppercase: false))
                i = j
                continue
            }
            let kind: Token.Kind
            switch s {
            case "(", "[": kind = .openBracket
            case ")", "]": kind = .closeBracket
            case "\"", "“", "”", "„", "'", "‘", "’": kind = .quote
            default: kind = .punctuation
            }
            tokens.append(Token(kind: kind, span: offsets[i]..<offsets[i + 1], classes: [], hasLowercase: false, hasUppercase: false))
            i += 1
        }
        return tokens
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" || s == "ʼ" }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value <= 0x20 || s.value == 0x7F }
        return s.properties.isWhitespace || s.properties.generalCategory == .control
    }
}
