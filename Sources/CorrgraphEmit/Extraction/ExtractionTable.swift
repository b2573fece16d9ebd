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
