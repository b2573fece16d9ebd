import CorrgraphExtract
import CorrgraphGraph

/// Finds a correspondent by a name a user typed (`--ego "Mao"`); every command that takes a name
/// uses this one lookup, so a name that works for one command works for all.
///
/// Names are compared folded — case, accents and punctuation ignored (`bolsche` is `Bölsche`) — and in
/// either name order (`Schnitzler, Arthur` is `Arthur Schnitzler`). Rules, in order:
/// 1. the display name exactly (case and all): the first correspondent so named — unless a busier person's
///    name holds it as a part (rule below);
/// 2. the display name, a surface form or a form merged into it (a cover name such as `Filippov`), or a
///    display name the query's words are part of (`Mikoyan`, `Kim` in `Kim Il Sung`);
/// 3. otherwise, a part of a display name's letters (`zh` in `Zhou Enlai`).
/// One match is found. Of several, the one with the most acts is chosen when every other is a part of
/// its name (`Kim`, one act, beside `Kim Il Sung`); otherwise the query is ambiguous and the matches are
/// listed. An empty query matches nobody.
///
/// ```swift
/// // On the bundled sample:
/// CorrespondentLookup.lookup("filippov", in: graph)   // .found(Stalin's id), via his cover name
/// CorrespondentLookup.lookup("Mao", in: graph)        // .found(Mao Zedong's id), a surface form
/// CorrespondentLookup.lookup("Mikoyan", in: graph)    // .found(Anastas Mikoyan's id), part of the name
/// CorrespondentLookup.lookup("an", in: graph)         // .ambiguous: Anastas Mikoyan, Andrei Orlov
/// CorrespondentLookup.find("Beria", in: graph)        // nil: nobody, or not one person
/// ```
public enum CorrespondentLookup {
    /// What a query denotes.
    public enum Match: Sendable, Hashable {
        /// Exactly one correspondent: this id.
        case found(Int)
        /// Nobody matches.
        case none
        /// Several correspondents match at the same rule: their ids, ascending.
        case ambiguous([Int])
    }

    /// The correspondent `query` denotes under the rules above, or who it could be.
    public static func lookup(_ query: String, in graph: CorrespondenceGraph) -> Match {
        let people = graph.correspondents
        let folded = NameFolding.fold(query)
        guard !folded.isEmpty else { return .none }
        let queryWords = words(folded)
        if let exact = people.first(where: { $0.name == query }) {
            // Even a name typed exactly gives way to a busier person whose name it is part of (`Kim`, `Kim Il Sung`).
            let longer = people.filter { $0.id != exact.id && Set(queryWords).isStrictSubset(of: Set(NameFolding.fold($0.name).split(separator: " "))) }
            if case .found(let id) = match([exact.id] + longer.map(\.id), in: graph) { return .found(id) }
            return .found(exact.id)
        }
        let named = people.filter { person in
            let name = NameFolding.fold(person.name)
            return name == folded || words(name) == queryWords || Set(queryWords).isSubset(of: Set(name.split(separator: " ")))
                || person.surfaceForms.contains { NameFolding.fold($0) == folded || words(NameFolding.fold($0)) == queryWords }
                || person.merges.contains { NameFolding.fold($0.form) == folded }
        }
        if !named.isEmpty { return match(named.map(\.id), in: graph) }
        return match(people.filter { NameFolding.fold($0.name).contains(folded) }.map(\.id), in: graph)
    }

    /// The sorted words of a folded name, so that name order does not matter.
    private static func words(_ folded: String) -> [Substring] {
        folded.split(separator: " ").sorted()
    }

    /// The id `query` denotes, or nil when nobody or more than one correspondent matches.
    public static func find(_ query: String, in graph: CorrespondenceGraph) -> Int? {
        if case .found(let id) = lookup(query, in: graph) { return id }
        return nil
    }

    private static func match(_ ids: [Int], in graph: CorrespondenceGraph) -> Match {
        switch ids.count {
        case 0: return .none
        case 1: return .found(ids[0])
        default:
            // The busiest match wins when it has strictly more acts and every other match is part of its name.
            let acts = actCounts(graph)
            guard let best = ids.max(by: { (acts[$0] ?? 0, -$0) < (acts[$1] ?? 0, -$1) }) else { return .none }
            let bestWords = Set(NameFolding.fold(graph.correspondents[best].name).split(separator: " "))
            let othersArePartsOfIt = ids.allSatisfy { id in
                id == best || ((acts[id] ?? 0) < (acts[best] ?? 0)
                    && Set(NameFolding.fold(graph.correspondents[id].name).split(separator: " ")).isSubset(of: bestWords))
            }
            return othersArePartsOfIt ? .found(best) : .ambiguous(ids.sorted())
        }
    }

    /// Messages and conversations each correspondent takes part in (as sender, recipient, relay or participant).
    private static func actCounts(_ graph: CorrespondenceGraph) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for m in graph.messages { for id in Set(m.from + m.to + m.via) { counts[id, default: 0] += 1 } }
        for c in graph.conversations { for id in Set(c.participants) { counts[id, default: 0] += 1 } }
        return counts
    }
}
