import CorrgraphGraph

/// Finds a correspondent by a name a user typed (`--ego "Mao"`).
///
/// Matches, in order: the display name exactly; then, ignoring case, the display name or any
/// surface form merged into it. Returns nil when nothing matches or several people do.
///
/// ```swift
/// CorrespondentLookup.find("filippov", in: graph)   // Stalin's id, via his cover name
/// ```
public enum CorrespondentLookup {
    public static func find(_ query: String, in graph: CorrespondenceGraph) -> Int? {
        if let exact = graph.correspondents.first(where: { $0.name == query }) { return exact.id }
        let folded = query.lowercased()
        let matches = graph.correspondents.filter { person in
            person.name.lowercased() == folded || person.surfaceForms.contains { $0.lowercased() == folded }
        }
        return matches.count == 1 ? matches[0].id : nil
    }
}
