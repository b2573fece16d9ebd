/// A diagram of a correspondence network: DOT text ready for Graphviz, the engine to lay it out
/// with, and what it left out.
///
/// ```swift
/// let diagram = DiagramBuilder(graph: graph, scores: degree, scoreName: "weighted degree").diagram()
/// try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
/// ```
public struct Diagram: Sendable {
    /// The whole DOT graph (UTF-8 text).
    public var dot: String
    /// The engine chosen (by size, or as asked); the DOT text also records it as `layout=…`.
    public var engine: LayoutEngine
    /// Correspondent ids drawn, most central first.
    public var shown: [Int]
    /// Correspondents taking part in at least one act of the graph.
    public var activeCount: Int
    /// Lines drawn (one per ordered pair for letters and relay hops, one per pair for conversations).
    public var edgeCount: Int
    /// Letters with at least one hop drawn.
    public var shownMessages: Int
    /// All letters of the graph, drawn or not.
    public var messageCount: Int
    /// Conversations with at least one pair drawn.
    public var shownConversations: Int
    /// All conversations of the graph, drawn or not.
    public var conversationCount: Int
    /// Groups of correspondents linked among themselves but not to the main network that `top`
    /// left out (isolated pairs, or groups too large for the room left).
    public var omittedGroups: Int
    /// The correspondents in those omitted groups.
    public var omittedGroupMembers: Int
    /// Separate networks of substance in the graph (see `DiagramSelection`): drawn side by side,
    /// or one per diagram with `DiagramOptions.network`.
    public var networkCount: Int

    /// A diagram from its parts; `DiagramBuilder.diagram(_:)` is the usual way to get one.
    public init(dot: String, engine: LayoutEngine, shown: [Int], activeCount: Int, edgeCount: Int,
                shownMessages: Int, messageCount: Int, shownConversations: Int, conversationCount: Int,
                omittedGroups: Int = 0, omittedGroupMembers: Int = 0, networkCount: Int = 1) {
        self.dot = dot
        self.engine = engine
        self.shown = shown
        self.activeCount = activeCount
        self.edgeCount = edgeCount
        self.shownMessages = shownMessages
        self.messageCount = messageCount
        self.shownConversations = shownConversations
        self.conversationCount = conversationCount
        self.omittedGroups = omittedGroups
        self.omittedGroupMembers = omittedGroupMembers
        self.networkCount = networkCount
    }
}
