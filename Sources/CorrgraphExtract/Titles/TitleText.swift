/// Small string tools for the title grammar: case-insensitive search for whole words outside
/// brackets, and the normalisation every title goes through first.
enum TitleText {
    /// Straight quotes and apostrophes, single spaces, no trailing period.
    static func normalize(_ title: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in title {
            var c = ch
            if c == "’" || c == "‘" || c == "`" || c == "ʼ" { c = "'" }
            if c == "“" || c == "”" || c == "„" { c = "\"" }
            if c == "–" || c == "—" { c = "-" }
            if c.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            lastSpace = false
            out.append(c)
        }
        out = out.trimmingSpaces()
        // Editorial notes at the end carry no correspondent: "(excerpt)", "[Excerpt]", "(1)", "Extracts."
        var trimmed = true
        while trimmed {
            trimmed = false
            for (open, close) in [("(", ")"), ("[", "]")] where out.hasSuffix(close) {
                guard let start = out.lastIndex(of: Character(open)) else { continue }
                let inside = String(out[out.index(after: start)..<out.index(before: out.endIndex)])
                if NamePhrase.isNoise(inside) {
                    out = String(out[..<start]).trimmingSpaces()
                    trimmed = true
                }
            }
            for tail in [". Extracts", ". Extract", ". Excerpts", ". Excerpt", " (excerpts)"] where out.hasSuffix(tail) {
                out = String(out.dropLast(tail.count)).trimmingSpaces()
                trimmed = true
            }
        }
        while out.hasSuffix(".") && !out.hasSuffix("..") {
            // Keep the period of a final initial ("Stalin I.V.").
            let beforeLast = out.dropLast().last
            if let b = beforeLast, b.isUppercase, out.dropLast(2).last.map({ $0 == "." || $0 == " " }) ?? true { break }
            out.removeLast()
        }
        return out
    }

    /// Ranges of `word` (case-insensitive, on word boundaries) outside brackets and quotes.
    static func find(_ word: String, in text: String, from: String.Index? = nil) -> [Range<String.Index>] {
        let lowerText = Array(text.lowercased())
        let w = Array(word.lowercased())
        guard lowerText.count == text.count else { return naiveFind(word, in: text) }
        let chars = Array(text)
        var result: [Range<String.Index>] = []
        var depth = 0
        var i = 0
        let startOffset = from.map { text.distance(from: text.startIndex, to: $0) } ?? 0
        while i < chars.count {
            let c = chars[i]
            if c == "[" || c == "(" { depth += 1 }
            if c == "]" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0, i >= startOffset, i + w.count <= chars.count, Array(lowerText[i..<(i + w.count)]) == w {
                let beforeOK = i == 0 || !chars[i - 1].isLetter || !(w.first?.isLetter ?? false)
                let afterIndex = i + w.count
                let afterOK = afterIndex == chars.count || !chars[afterIndex].isLetter || !(w.last?.isLetter ?? false)
                if beforeOK && afterOK {
                    let lower = text.index(text.startIndex, offsetBy: i)
                    result.append(lower..<text.index(lower, offsetBy: w.count))
                }
            }
            i += 1
        }
        return result
    }

    private static func naiveFind(_ word: String, in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, options: [.caseInsensitive], range: search) {
            result.append(r)
            search = r.upperBound..<text.endIndex
        }
        return result
    }

    /// Removes the first enclosing brackets of a possessive: "[Mao Zedong's] Audience" → "Mao Zedong's Audience".
    static func unbracketPossessives(_ text: String) -> String {
        var t = text
        while let open = t.firstIndex(of: "["), let close = t[open...].firstIndex(of: "]") {
            let inside = t[t.index(after: open)..<close]
            guard inside.hasSuffix("'s") || inside.hasSuffix("s'") else { break }
            // "Chou En-lai's [Zhou Enlai's]" is an alias, not an editorial possessive.
            if open > t.startIndex, t[t.index(before: open)] == " ", t[..<open].trimmingSpaces().hasSuffix("'s") { break }
            t.replaceSubrange(open...close, with: inside)
        }
        return t
    }
}

import Foundation
