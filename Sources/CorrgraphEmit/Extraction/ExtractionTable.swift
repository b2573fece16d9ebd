import CorrgraphResolve

/// A readable rendering of an extraction for the terminal: each record with its acts beneath it.
///
/// ```text
/// listing.txt#2  1948-10-17  Cable, Stalin to Mao Zedong [via Terebin]
///     Stalin → Mao Zedong  via Andrei Orlov
/// ```
public enum ExtractionTable {
    /// Every record of `corpus` with its messages and conversations indented beneath it.
    public static func render(_ corpus: ResolvedCorpus) -> String {
        var out = ""
        let names = { (ids: [Int]) in ids.isEmpty ? "?" : ids.map(corpus.name).joined(separator: ", ") }
        for r in corpus.records {
            let when = r.when.map { w in
                w.start == w.end ? w.start.description
                    : "\(w.isOpenStart ? "" : w.start.description)…\(w.isOpenEnd ? "" : w.end.description)"
            } ?? "undated"
            out += "\(r.record.id)  \(when)  \(r.record.title)\n"
            for m in r.messages {
                out += "    \(names(m.from)) → \(names(m.to))"
                if !m.via.isEmpty { out += "  via \(m.via.map(corpus.name).joined(separator: " → "))" }
                if m.evidence == .summary { out += "  (from summary)" }
                out += "\n"
            }
            for c in r.conversations {
                out += "    conversation: \(names(c.participants))"
                if c.evidence == .summary { out += "  (from summary)" }
                out += "\n"
            }
            for p in r.extraction.problems { out += "    ! \(p)\n" }
        }
        return visible(out)
    }

    /// The text with control characters other than line breaks shown as U+FFFD, so that input cannot
    /// drive the terminal (escape sequences, bells).
    public static func visible(_ text: String) -> String {
        // Controls (U+0000–001F, U+007F–009F) and bidi controls start with a byte below 0x20, 0x7F, C2 or E2:
        // text without one is shown as it is.
        if !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control && scalar != "\n" || MarkupEscaper.isBidiControl(scalar) {
                out.unicodeScalars.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
