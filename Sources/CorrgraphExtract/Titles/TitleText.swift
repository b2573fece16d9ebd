/// Small string tools for the title grammar: case-insensitive search for whole words outside
/// brackets, and the normalisation every title goes through first.
enum TitleText {
    /// Straight quotes and apostrophes, single spaces, no trailing period.
    static func normalize(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastSpace = false
        for u in title.unicodeScalars {
            var c = u
            let separates: Bool
            if u.isASCII {
                // Control characters (an escape sequence pasted into a catalogue) separate words.
                separates = u.value <= 0x20 || u.value == 0x7F
                if u == "`" { c = "'" }
            } else {
                switch u {
                case "’", "‘", "ʼ": c = "'"
                case "“", "”", "„": c = "\""
                case "–", "—": c = "-"
                default: break
                }
                separates = u.properties.isWhitespace || u.properties.generalCategory == .control
            }
            if separates {
                if !lastSpace { scalars.append(" ") }
                lastSpace = true
                continue
            }
            lastSpace = false
            scalars.append(c)
        }
        var out = unbracketFunctionWords(String(scalars).trimmingSpaces())
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

    /// `Conversation [between] A and B` → `Conversation between A and B`: an editor's bracket around one
    /// function word (`Lexicon.bracketableFunctionWords`) is read as the word.
    static func unbracketFunctionWords(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let inner = rest[rest.index(after: open)...]
            if let close = inner.prefix(12).firstIndex(of: "]"),
               Lexicon.bracketableFunctionWords.contains(inner[..<close].lowercased()) {
                out += inner[..<close]
                rest = inner[inner.index(after: close)...]
            } else {
                out.append("[")
                rest = inner
            }
        }
        return out + rest
    }

    /// Ranges of `word` (ASCII case-insensitive, on word boundaries) outside brackets, scanning the
    /// title's UTF-8 bytes; a non-ASCII byte counts as a letter for the boundaries.
    static func find(_ word: String, in text: String, from: String.Index? = nil) -> [Range<String.Index>] {
        let bytes = Array(text.utf8)
        let pattern = Array(word.lowercased().utf8)
        guard let first = pattern.first, let last = pattern.last, bytes.count >= pattern.count else { return [] }
        func isLetter(_ b: UInt8) -> Bool {
            (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
        }
        let checkBefore = isLetter(first), checkAfter = isLetter(last)
        let startOffset = from.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
        var result: [Range<String.Index>] = []
        var depth = 0
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, i >= startOffset, i + pattern.count <= bytes.count {
                var match = true
                for k in 0..<pattern.count {
                    var b = bytes[i + k]
                    if b >= 65 && b <= 90 { b += 32 }
                    if b != pattern[k] { match = false; break }
                }
                if match {
                    let beforeOK = !checkBefore || i == 0 || !isLetter(bytes[i - 1])
                    let end = i + pattern.count
                    let afterOK = !checkAfter || end == bytes.count || !isLetter(bytes[end])
                    if beforeOK && afterOK {
                        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                        result.append(lower..<text.utf8.index(lower, offsetBy: pattern.count))
                    }
                }
            }
            i += 1
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
