/// The physical size a diagram is printed at, and the type sizes that stay legible there.
///
/// Graphviz lays a diagram out at its natural size (1 pt of layout = 1 pt on paper) and then
/// scales it down to fit `size`. Type is therefore set a little above the printed minimum
/// (names 8 pt, legend 7 pt), and a layout that would have to shrink by more than
/// `minimumScale` is drawn with fewer correspondents instead (the caller's fitting loop):
/// after scaling, names stay at 7 pt or more and the legend at 6 pt or more.
///
/// ```swift
/// PrintSize.parse("16cm")        // 453.5 × 623.6 pt: one journal page width, at most 22 cm tall
/// PrintSize.parse("8cm")         // 226.8 × 623.6 pt: one column, up to the page's height
/// PrintSize.parse("8.5x11in")    // 612 × 792 pt
/// PrintSize.parse("120mm")?.widthInches   // 4.72…
/// ```
public struct PrintSize: Sendable, Hashable {
    /// Width and greatest height, in PostScript points (1/72 in).
    public var width: Double
    public var height: Double

    /// A print size of `width` × `height` points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// One journal page (or two-column spread) width, 16 cm, at most 22 cm tall: the default.
    public static let journalPage = PrintSize(width: 16 * pointsPerCentimetre, height: 22 * pointsPerCentimetre)

    /// A height not stated is a journal page's, 22 cm — a single column (8 cm) may run the page's
    /// height — or, for wider sizes, this many times the width (16 cm wide → 22 cm tall).
    public static let defaultAspect = 22.0 / 16.0
    public static let pageHeight = 22 * pointsPerCentimetre

    /// The smallest names may be printed at, and the smallest legend and note text.
    public static let minimumNamePoints = 7.0
    public static let minimumLegendPoints = 6.0
    /// Type sizes written into the DOT text: the smallest name, and the legend and line numbers.
    public static let namePoints = 8.0
    public static let legendPoints = 7.0
    /// The most a layout may be scaled down with every text still at its printed minimum: the
    /// larger of the two ratios (7/8 for names, 6/7 for the legend), so that both hold.
    public static let minimumScale = max(minimumNamePoints / namePoints, minimumLegendPoints / legendPoints)

    static let pointsPerCentimetre = 72 / 2.54

    /// `WIDTH[xHEIGHT]UNIT` with unit cm, mm, in or pt (`16cm`, `160mm`, `6.3in`, `12x18cm`,
    /// `450pt`); nil when it is not one, or not positive.
    public static func parse(_ text: String) -> PrintSize? {
        let trimmed = text.lowercased().filter { $0 != " " }
        let units: [(String, Double)] = [("cm", pointsPerCentimetre), ("mm", pointsPerCentimetre / 10),
                                         ("in", 72), ("pt", 1)]
        guard let (suffix, factor) = units.first(where: { trimmed.hasSuffix($0.0) }) else { return nil }
        let numbers = trimmed.dropLast(suffix.count).split(separator: "x", omittingEmptySubsequences: false)
        guard (1...2).contains(numbers.count) else { return nil }
        let values = numbers.compactMap { Double($0) }
        guard values.count == numbers.count, values.allSatisfy({ $0.isFinite && $0 > 0 && $0 < 100_000 }) else { return nil }
        let width = values[0] * factor
        let height = values.count == 2 ? values[1] * factor : max(pageHeight, width * defaultAspect)
        return PrintSize(width: width, height: height)
    }

    public var widthInches: Double { width / 72 }
    public var heightInches: Double { height / 72 }

    /// The Graphviz `size` attribute value, in inches: the drawing is scaled down to fit, never up.
    var graphvizSize: String { NumberText.fixed(widthInches, 3) + "," + NumberText.fixed(heightInches, 3) }

    /// How many characters of `points`-sized Helvetica fit on one line of the width (an average
    /// character is taken as 0.55 em, so that most lines fit).
    func charactersPerLine(atPoints points: Double) -> Int {
        max(20, Int(width / (points * 0.55)))
    }
}
