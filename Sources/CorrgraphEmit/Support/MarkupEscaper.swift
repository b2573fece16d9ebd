/// Escapes text for XML and HTML markup: the one escaper behind `ExchangeXML.escape` (GraphML,
/// GEXF, CMIF) and `HTMLText.escape` (the report).
///
/// Both dialects turn `& < > " '` into entities, so the result is safe in element content and in
/// single- or double-quoted attribute values, and both keep tab, line feed and carriage return.
/// They differ in which other characters the format forbids and what becomes of them — the
/// control-character policy:
/// - `.xml`: XML 1.0 (§2.2, production `Char`) forbids the C0 controls and U+FFFE, U+FFFF; they
///   are **dropped**, so any name yields a well-formed document. `'` is `&apos;`.
/// - `.html`: the HTML standard makes C0 controls, DEL and the C1 controls (U+007F–U+009F) parse
///   errors; they are **replaced** by U+FFFD, so a reader can see something was there. `'` is
///   `&#39;`, which HTML 4 readers know too.
///
/// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which
/// would make a name display other text than it holds (issue 13), never appear raw: `.xml` writes them,
/// and DEL and the C1 controls, as character references (`&#x202E;`), so the exchange formats keep the
/// name exactly; `.html` replaces them by U+FFFD, since a browser would apply a reference too.
///
/// ```swift
/// MarkupEscaper.xml.escape("a\u{1}<b>")    // a&lt;b&gt;
/// MarkupEscaper.html.escape("a\u{1}<b>")   // a\u{FFFD}&lt;b&gt;
/// MarkupEscaper.html.escape("O'Brien")     // O&#39;Brien
/// ```
struct MarkupEscaper: Sendable {
    /// What happens to a character the target format forbids.
    enum ControlPolicy: Sendable {
        /// Leave it out.
        case drop
        /// Write U+FFFD REPLACEMENT CHARACTER instead.
        case replace
    }

    /// What `'` becomes.
    let apostrophe: String
    /// Code points the format forbids; tab, line feed and carriage return are always kept.
    let forbidden: [ClosedRange<UInt32>]
    /// What becomes of a forbidden code point.
    let policy: ControlPolicy
    /// Code points written as character references (`&#x202E;`) rather than raw.
    let referenced: [ClosedRange<UInt32>]

    /// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// XML 1.0 text and attribute values.
    static let xml = MarkupEscaper(apostrophe: "&apos;", forbidden: [0x00...0x1F, 0xFFFE...0xFFFF], policy: .drop,
                                   referenced: [0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069])
    /// HTML element content and attribute values.
    static let html = MarkupEscaper(apostrophe: "&#39;", forbidden: [0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069],
                                    policy: .replace, referenced: [])

    /// `text` with the five markup characters escaped and forbidden characters handled by `policy`.
    func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if referenced.contains(where: { $0.contains(scalar.value) }) {
                    out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                    continue
                }
                guard forbidden.contains(where: { $0.contains(scalar.value) }) else {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                if policy == .replace { out += "\u{FFFD}" }
            }
        }
        return out
    }
}
