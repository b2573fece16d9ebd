import ArgumentParser
import CorrgraphAnalyse
import CorrgraphGraph

/// The `--ego NAME` argument of `graph` and `stats`, resolved by the shared `CorrespondentLookup`
/// so both commands accept the same names and explain a miss the same way.
///
/// ```swift
/// let id = try EgoOption.correspondent(named: "Mao", in: graph)   // id of "Mao Zedong"
/// ```
enum EgoOption {
    /// The id `name` denotes; nobody, or several people, is a usage error that says which.
    static func correspondent(named name: String, in graph: CorrespondenceGraph) throws -> Int {
        switch CorrespondentLookup.lookup(name, in: graph) {
        case .found(let id):
            return id
        case .none:
            throw ValidationError("--ego: nobody called '\(name)' in this corpus (see 'corrgraph people')")
        case .ambiguous(let ids):
            // Ten names are enough to pick from; the full list is in 'corrgraph people'.
            let names = ids.prefix(10).map { graph.correspondents[$0].name }.joined(separator: "; ")
            throw ValidationError("--ego: '\(name)' could be any of: \(names)\(ids.count > 10 ? "; …" : "")")
        }
    }
}
