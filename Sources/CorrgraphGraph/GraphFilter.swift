import CorrgraphRead

/// Which acts and which period a graph keeps; the same filter shapes diagrams, exports and measures.
///
/// ```swift
/// let filter = GraphFilter(only: .letters, range: DateRange(start: …, end: …))
/// let slice = graph.filtered(by: filter)
/// ```
public struct GraphFilter: Sendable, Hashable {
    /// A kind of act `only` can keep.
    public enum ActKind: String, Sendable, Hashable, CaseIterable {
        case letters
        case conversations
    }

    /// Keep only this kind of act; nil keeps both.
    public var only: ActKind?
    /// Keep acts whose date interval overlaps this range; nil keeps every date.
    public var range: DateRange?
    /// With a range, keep undated acts too.
    public var includeUndated: Bool

    /// A filter; the defaults keep every act.
    public init(only: ActKind? = nil, range: DateRange? = nil, includeUndated: Bool = false) {
        self.only = only
        self.range = range
        self.includeUndated = includeUndated
    }

    func keeps(_ when: DateRange?) -> Bool {
        guard let range else { return true }
        guard let when else { return includeUndated }
        return when.overlaps(range)
    }
}

extension CorrespondenceGraph {
    /// The graph restricted to the acts a filter keeps; correspondents keep their ids.
    public func filtered(by filter: GraphFilter) -> CorrespondenceGraph {
        CorrespondenceGraph(
            correspondents: correspondents,
            messages: filter.only == .conversations ? [] : messages.filter { filter.keeps($0.when) },
            conversations: filter.only == .letters ? [] : conversations.filter { filter.keeps($0.when) })
    }
}
