import CorrgraphExtract
import CorrgraphResolve

extension ResolvedCorpus {
    /// The corpus with each correspondent's `authority` attribute set from the identifiers the sources
    /// give (a CMIF `persName/@ref`, a previous extraction's `correspondents`), unless the authority file
    /// already set one. A mention's id is found by its position in the act, which resolution keeps
    /// when no name repeats within a list; otherwise by its printed form, when that form belongs to one
    /// correspondent only.
    ///
    /// ```swift
    /// let corpus = NameResolver().resolve(extracted).withAuthorities()
    /// corpus.correspondents[0].attributes["authority"]   // "http://d-nb.info/gnd/118616099"
    /// ```
    public func withAuthorities() -> ResolvedCorpus {
        var found: [Int: String] = [:]
        var byForm: [String: Set<Int>] = [:]
        for c in correspondents { for form in c.surfaceForms + [c.name] { byForm[form, default: []].insert(c.id) } }
        func attribute(_ mentions: [NameMention], _ ids: [Int]) {
            for (index, mention) in mentions.enumerated() {
                guard let reference = mention.authority else { continue }
                if mentions.count == ids.count { found[ids[index]] = found[ids[index]] ?? reference; continue }
                if let owners = byForm[mention.text], owners.count == 1, let id = owners.first {
                    found[id] = found[id] ?? reference
                }
            }
        }
        for record in records {
            let extraction = record.extraction
            for (m, r) in zip(extraction.messages, record.messages) {
                attribute(m.from, r.from)
                attribute(m.to, r.to)
                attribute(m.via, r.via)
            }
            for (c, r) in zip(extraction.conversations, record.conversations) { attribute(c.participants, r.participants) }
        }
        guard !found.isEmpty else { return self }
        var copy = self
        for (id, reference) in found where copy.correspondents[id].attributes["authority"] == nil {
            copy.correspondents[id].attributes["authority"] = reference
        }
        return copy
    }
}
