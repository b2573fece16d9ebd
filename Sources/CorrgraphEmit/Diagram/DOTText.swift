/// Escaping of text from the corpus for the two kinds of DOT strings corrgraph writes.
///
/// Input text only ever reaches DOT as the *value* of an attribute corrgraph chose (a label or a
/// tooltip), always through one of these functions, so a hostile name can neither end the string
/// early nor add attributes, nodes or Graphviz escapes (`\N`, `\G`, `\l`, …).
///
/// ```swift
/// DOTText.quoted(#"Say "hi" \N"#)   // "\"Say \\\"hi\\\" \\\\N\""
/// DOTText.html("Marx & <Engels>")   // "Marx &amp; &lt;Engels&gt;"
/// ```
public enum DOTText {
    /// A complete double-quoted DOT string whose label rendering shows `text` exactly.
    ///
    /// ```swift
    /// DOTText.quoted("a\nb")   // "\"a\\nb\"" — a line break in the label
    /// ```
    ///
    /// Backslashes are doubled (Graphviz would otherwise read `\N`, `\G`, `\l` as escapes and a
    /// trailing backslash would swallow the closing quote), quotes are escaped, line breaks become
    /// Graphviz's `\n`, and other control characters, which SVG (XML) cannot carry, become U+FFFD, as do
    /// bidirectional controls.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if isControl(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
        return out
    }

    /// Text for the inside of an HTML-like label (`label=<…>`): markup characters become entities,
    /// line breaks become `<BR/>`, other control characters become U+FFFD.
    ///
    /// ```swift
    /// "<" + DOTText.html("Zhou </TD> Enlai") + ">"   // "<Zhou &lt;/TD&gt; Enlai>"
    /// ```
    ///
    /// Escaping `<` and `>` also keeps the DOT lexer's bracket count balanced, so the label cannot
    /// be closed early.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "<BR/>"
            case "\n": if !previousWasCR { out += "<BR/>" }
            case "\u{85}", "\u{2028}", "\u{2029}": out += "<BR/>"
            default:
                if isControl(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// C0 and C1 controls other than tab, and DEL: not allowed in XML 1.0 output; and the bidirectional
    /// embedding, override and isolate controls, which would make a label display other text than it holds.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) || MarkupEscaper.isBidiControl(scalar)
    }
}
