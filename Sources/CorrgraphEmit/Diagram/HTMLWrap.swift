/// Greedy word wrapping of Graphviz HTML-like label text, so that a note or legend line fits the
/// printed width instead of widening (and so shrinking) the whole diagram.
///
/// Tags (`<FONT …>`) take no width and are never split; an entity (`&amp;`) counts as one
/// character. Lines are joined with a left-aligned `<BR/>`.
///
/// ```swift
/// HTMLWrap.wrap("one two three", width: 7)   // "one two<BR ALIGN=\"LEFT\"/>three"
/// ```
enum HTMLWrap {
    static let lineBreak = "<BR ALIGN=\"LEFT\"/>"

    static func wrap(_ html: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for (word, length) in words(html) {
            if lineLength > 0 && lineLength + 1 + length > width {
                lines.append(line)
                line = ""
                lineLength = 0
            }
            if lineLength > 0 || !line.isEmpty { line += " "; lineLength += 1 }
            line += word
            lineLength += length
        }
        lines.append(line)
        return lines.joined(separator: lineBreak)
    }

    /// Words split at spaces outside tags, with their visible length.
    private static func words(_ html: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var word = ""
        var length = 0
        var inTag = false
        var inEntity = false
        for ch in html {
            if inTag {
                word.append(ch)
                if ch == ">" { inTag = false }
                continue
            }
            switch ch {
            case "<":
                inTag = true
                word.append(ch)
            case " ":
                if !word.isEmpty { result.append((word, length)) }
                word = ""
                length = 0
                inEntity = false
            case "&":
                inEntity = true
                length += 1
                word.append(ch)
            case ";" where inEntity:
                inEntity = false
                word.append(ch)
            default:
                if !inEntity { length += 1 }
                word.append(ch)
            }
        }
        if !word.isEmpty { result.append((word, length)) }
        return result
    }
}
