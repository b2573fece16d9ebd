/// What a diagram shows and how it is laid out.
///
/// ```swift
/// var options = DiagramOptions(title: "Sino-Soviet relations, 1948–1950")
/// options.ego = maoID       // only Mao and his correspondents…
/// options.radius = 1        // …one hop away
/// options.minWeight = 2     // leave out lines of a single message
/// ```
public struct DiagramOptions: Sendable, Hashable {
    /// `top` when not stated: enough people for an overview that stays legible on a page and is
    /// laid out by `dot` in about a second.
    public static let defaultTop = 50

    /// The first line of the diagram (usually the corpus name); the date range is added to it.
    public var title: String
    /// Draw at most this many correspondents: the most central (by the builder's scores) of the
    /// main connected network, each linked to the others drawn, then whole groups of three or
    /// more while room remains (see `DiagramSelection`); nil or 0 draws everyone with a line.
    public var top: Int?
    /// Draw only this correspondent (id) and those within `radius` hops of them.
    public var ego: Int?
    /// Hops around `ego`, counted on lines of any kind in either direction.
    public var radius: Int
    /// Leave out lines (one per pair and kind) carrying fewer messages or conversations than this.
    public var minWeight: Int
    /// The authority attribute nodes are coloured by (e.g. `country`, `party`); nil for no colour.
    /// When no drawn correspondent has the attribute, nodes stay uncoloured.
    public var colorBy: String?
    /// The layout engine; nil picks one by size (`LayoutEngine.recommended`).
    public var engine: LayoutEngine?
    /// The printed size: the drawing is scaled down to fit it and type is set in points at that
    /// size (see `PrintSize`); nil draws at natural size with screen type sizes.
    public var printSize: PrintSize?
    /// Set by the caller that lowered `top` so that the layout fits `printSize` without shrinking
    /// type below its printed minimum; the note says so.
    public var reducedToFitPrint = false
    /// Draw only this one of the separate networks (0 = the main one, then by size), each in a file
    /// of its own (`graph --split`); nil draws them all side by side.
    public var network: Int?
    /// With `dot`, ranks from top to bottom instead of left to right: a long chain of names fits
    /// a portrait page better standing than lying.
    public var topToBottom = false

    /// Options with the command line's defaults: the 50 most central, no ego, radius 1, every line,
    /// coloured by `country`, engine chosen by size, natural size (the command line prints at 16 cm:
    /// `printSize: .journalPage`).
    public init(title: String = "Correspondence network", top: Int? = DiagramOptions.defaultTop, ego: Int? = nil,
                radius: Int = 1, minWeight: Int = 1, colorBy: String? = "country", engine: LayoutEngine? = nil,
                printSize: PrintSize? = nil) {
        self.title = title
        self.top = top
        self.ego = ego
        self.radius = radius
        self.minWeight = minWeight
        self.colorBy = colorBy
        self.engine = engine
        self.printSize = printSize
    }
}
