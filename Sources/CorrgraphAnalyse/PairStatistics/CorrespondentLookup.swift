import CorrgraphGraph

/// Finds a correspondent by a name a user typed (`--ego "Mao"`); every command that takes a name
/// uses this one lookup, so a name that works for one command works for all.
///
/// Rules, in order; the first that matches anyone decides:
/// 1. the display name exactly (case and all): the first correspondent so named;
/// 2. ignoring case, the display name, a surface form, or a form merged into it (a cover name
///    such as `Filippov`, kept in `merges`): one match is found, several are ambiguous;
/// 3. ignoring case, a part of the display name (`Mao` in `Mao Zedong`): one match is found,
///    several are ambiguous.
///
/// An empty query matches nobody.
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
        guard !query.isEmpty else { return .none }
        if let exact = people.first(where: { $0.name == query }) { return .found(exact.id) }
        let folded = query.lowercased()
        let named = people.filter { person in
            person.name.lowercased() == folded
                || person.surfaceForms.contains { $0.lowercased() == folded }
                || person.merges.contains { $0.form.lowercased() == folded }
        }
        if !named.isEmpty { return match(named.map(\.id)) }
        return match(people.filter { $0.name.lowercased().contains(folded) }.map(\.id))
    }

    /// The id `query` denotes, or nil when nobody or more than one correspondent matches.
    public static func find(_ query: String, in graph: CorrespondenceGraph) -> Int? {
        if case .found(let id) = lookup(query, in: graph) { return id }
        return nil
    }

    private static func match(_ ids: [Int]) -> Match {
        switch ids.count {
        case 0: return .none
        case 1: return .found(ids[0])
        default: return .ambiguous(ids.sorted())
        }
    }
}
