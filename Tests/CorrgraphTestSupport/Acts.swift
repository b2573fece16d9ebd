import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Test helpers shared by the extraction and resolution tests: run records through extraction and resolution and describe the acts as text, so
/// that expectations read like the catalogue conventions they check.
public enum Acts {
    /// Resolves a small corpus of (title, summary, date) records.
    public static func corpus(_ records: [(title: String, summary: String, date: String)], authority: AuthorityFile = AuthorityFile()) -> ResolvedCorpus {
        let catalogue = records.enumerated().map { index, r in
            CatalogueRecord(id: "t#\(index + 1)", source: "t", line: index + 1, date: r.date, title: r.title, summary: r.summary)
        }
        return NameResolver(authority: authority).resolve(CorpusExtractor().extract(catalogue))
    }

    /// Messages of one record as "A, B → C via D > E" lines and conversations as "{A, B}" (sorted).
    /// An institution is written in its canonical form (`InstitutionName.canonical`, the key its printed forms
    /// merge by: `Embassy of Hungary in North Korea` → `Hungarian Embassy in Pyongyang`), so that an expectation
    /// checks which body a record names; `shown: true` writes the name the tool shows, which is a printed form
    /// (docs/names.md, "an institution is shown as printed").
    public static func describe(_ record: ResolvedRecord, in corpus: ResolvedCorpus, shown: Bool = false) -> [String] {
        let name: (Int) -> String = { id in
            let c = corpus.correspondents[id]
            return !shown && c.kind == .institution ? InstitutionName.canonical(c.name) : c.name
        }
        var lines: [String] = []
        for m in record.messages {
            var line = m.from.map(name).joined(separator: ", ") + " → " + m.to.map(name).joined(separator: ", ")
            if !m.via.isEmpty { line += " via " + m.via.map(name).joined(separator: " > ") }
            if m.evidence == .summary { line += " (summary)" }
            lines.append(line)
        }
        for c in record.conversations {
            lines.append("{" + c.participants.map(name).sorted().joined(separator: ", ") + "}")
        }
        return lines
    }

    /// A conversation as `describe` writes it: its participants sorted, in braces.
    public static func talk(_ names: [String]) -> String { "{" + names.sorted().joined(separator: ", ") + "}" }

    /// A name's last word, as a summary prints a person alone whose family name comes last ("Ingrid Vogel" → "Vogel").
    public static func surname(_ name: String) -> String { String(name.split(separator: " ").last ?? "") }

    /// The acts of one title (and optional summary) read on its own.
    public static func of(_ title: String, summary: String = "", date: String = "January 1, 1950") -> [String] {
        let c = corpus([(title, summary, date)])
        return describe(c.records[0], in: c)
    }

    /// The acts of every record of a small corpus, so that names resolve across records.
    public static func ofAll(_ records: [(String, String)], date: String = "January 1, 1950") -> [[String]] {
        let c = corpus(records.map { ($0.0, $0.1, date) })
        return c.records.map { describe($0, in: c) }
    }
}
