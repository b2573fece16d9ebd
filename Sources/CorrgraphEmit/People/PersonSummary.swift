import CorrgraphExtract
import CorrgraphResolve

/// One resolved correspondent as `corrgraph people` and the report's audit show it: the display
/// name, how many acts they take part in, and every form of their name with the reason it was
/// merged.
///
/// ```swift
/// let people = PersonSummary.all(in: loaded.resolved)   // sorted by name
/// people[0].acts           // letters and conversations naming them
/// people[0].merges[0].rule // .coverName
/// ```
public struct PersonSummary: Sendable, Hashable {
    /// Index into `ResolvedCorpus.correspondents`.
    public var id: Int
    /// The display name.
    public var name: String
    /// Person, institution or office.
    public var kind: CorrespondentKind
    /// Acts (messages and conversations) naming the correspondent in any role — sender,
    /// recipient, intermediary or participant — each act counted once.
    public var acts: Int
    /// Every form of the name seen, in first-seen order (`Correspondent.surfaceForms`).
    public var surfaceForms: [String]
    /// Why each form other than the display name was merged into this correspondent.
    public var merges: [MergeDecision]
    /// Attributes from the authority file (e.g. `country`).
    public var attributes: [String: String]

    /// A summary from its parts; `all(in:)` builds them from a resolved corpus.
    public init(id: Int, name: String, kind: CorrespondentKind, acts: Int, surfaceForms: [String] = [],
                merges: [MergeDecision] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.acts = acts
        self.surfaceForms = surfaceForms
        self.merges = merges
        self.attributes = attributes
    }

    /// Every correspondent of `corpus`, including those no act names (an authority entry that
    /// never occurs), ordered by `PersonSummary.precedes`.
    ///
    /// ```swift
    /// // Records: "Stalin to Mao [via Terebin]", "Conversation between Mao and Mikoyan"
    /// PersonSummary.all(in: corpus).map { ($0.name, $0.acts) }
    /// // [("Anastas Mikoyan", 1), ("Mao Zedong", 2), ("Stalin", 1), ("Terebin", 1)]
    /// ```
    ///
    /// - Complexity: O(Σ people named per act + n log n).
    public static func all(in corpus: ResolvedCorpus) -> [PersonSummary] {
        var acts = [Int](repeating: 0, count: corpus.correspondents.count)
        // A person named twice in one act (a sender who is also a relay) still took part once.
        func count(_ ids: [Int]) {
            for id in Set(ids) where id >= 0 && id < acts.count { acts[id] += 1 }
        }
        for record in corpus.records {
            for m in record.messages { count(m.from + m.to + m.via) }
            for c in record.conversations { count(c.participants) }
        }
        return corpus.correspondents.map { c in
            PersonSummary(id: c.id, name: c.name, kind: c.kind, acts: c.id < acts.count ? acts[c.id] : 0,
                          surfaceForms: c.surfaceForms, merges: c.merges, attributes: c.attributes)
        }
        .sorted(by: precedes)
    }

    /// Name order for listings: case-insensitive first (so "de Gaulle" sits among the Ds), then
    /// exact spelling, then id, so that the order never depends on the input order.
    public static func precedes(_ a: PersonSummary, _ b: PersonSummary) -> Bool {
        let x = a.name.lowercased(), y = b.name.lowercased()
        if x != y { return x < y }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }

    /// One line per surface form with the merge that explains it (several when a form was merged
    /// by more than one rule), then merges whose form is not among the surface forms. A form with
    /// no merge — normally the display name itself — has `merge == nil`.
    public var formLines: [(form: String, merge: MergeDecision?)] {
        var lines: [(String, MergeDecision?)] = []
        var explained = Set<Int>()
        for form in surfaceForms {
            let matching = merges.indices.filter { merges[$0].form == form }
            if matching.isEmpty {
                lines.append((form, nil))
            } else {
                for i in matching {
                    lines.append((form, merges[i]))
                    explained.insert(i)
                }
            }
        }
        for (i, merge) in merges.enumerated() where !explained.contains(i) { lines.append((merge.form, merge)) }
        return lines
    }
}
