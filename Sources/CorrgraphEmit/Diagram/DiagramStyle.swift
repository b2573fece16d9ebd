import CorrgraphExtract

/// The fixed visual vocabulary of diagrams. Every Graphviz attribute value corrgraph writes comes
/// from here or from numbers it computed, never from input text.
enum DiagramStyle {
    static let font = "Helvetica"

    /// Fills for groups, most frequent group first: ColorBrewer "Set3" (Brewer & Harrower, 2003),
    /// pale enough for black labels, without its grey, which is kept for "other groups".
    static let groupFills = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                             "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f"]
    static let otherGroupFill = "#d9d9d9"
    static let ungroupedFill = "#ffffff"

    static let letterColor = "#444444"
    static let relayColor = "#7b3294"
    static let conversationColor = "#1f78b4"
    static let noteColor = "#555555"

    /// Up to this many lines, every line is numbered, ones included.
    static let numberEveryLineUpTo = 100
    /// Lines per drawn name up to which lines are curved and routed round the names (splines); a denser
    /// drawing gets straight lines (`DiagramWriter.routing`): Graphviz 2.42's spline router fails on it,
    /// and polyline routing costs seconds a layout.
    static let curvedLinesPerName = 16

    /// Node font size from a score relative to the largest shown: area grows with the score, so
    /// the size follows its square root; 10 pt keeps the least central names legible.
    static func fontSize(score: Double, maximum: Double) -> Double {
        guard maximum > 0, score > 0 else { return 10 }
        return 10 + 16 * (min(score, maximum) / maximum).squareRoot()
    }

    /// Node font size for print: `PrintSize.namePoints` (8 pt) for the least central, up to
    /// 12 pt for the most; the area of a name still grows with the score (a wider range costs
    /// the column too many names).
    static func printFontSize(score: Double, maximum: Double) -> Double {
        let least = PrintSize.namePoints
        guard maximum > 0, score > 0 else { return least }
        return least + 4 * (min(score, maximum) / maximum).squareRoot()
    }

    /// Names longer than this are set on two lines in print.
    static let longName = 10

    /// A long name of several words on two lines, broken at the space nearest its middle
    /// ("Nikita\nKhrushchev", "Ion Gheorghe\nMaurer"): a squarer label packs far better into a
    /// column than a long flat one. Shorter names, and names of one word, stay on one line.
    static func twoLineName(_ name: String) -> String {
        guard name.count > longName else { return name }
        let characters = Array(name)
        let middle = Double(characters.count) / 2
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let split = spaces.min(by: { abs(Double($0) - middle) < abs(Double($1) - middle) }) else { return name }
        return String(characters[..<split]) + "\n" + String(characters[(split + 1)...])
    }

    /// Line width from the number of messages on it: logarithmic, so one busy pair does not
    /// swamp the drawing; capped at 8 pt.
    static func penWidth(count: Int) -> Double {
        min(8, 1 + 1.5 * log2(Double(max(count, 1))))
    }

    /// Line width in print: 0.8 pt for one message, capped at 4 pt, so that the arrows of a busy
    /// pair do not cover the names at a column's scale.
    static func printPenWidth(count: Int) -> Double {
        min(4, 0.8 + 0.6 * log2(Double(max(count, 1))))
    }

    static func shape(_ kind: CorrespondentKind) -> (shape: String, style: String) {
        switch kind {
        case .person: return ("ellipse", "filled")
        case .institution: return ("box", "filled")
        case .office: return ("box", "rounded,filled")
        }
    }

    static func shapeDescription(_ kind: CorrespondentKind) -> String {
        switch kind {
        case .person: return "ellipse: person"
        case .institution: return "box: institution"
        case .office: return "rounded box: office"
        }
    }
}

private func log2(_ x: Double) -> Double {
    // Emit avoids Foundation; a loop of halvings is exact enough for line widths.
    var value = x
    var result = 0.0
    while value >= 2 { value /= 2; result += 1 }
    // Linear interpolation between powers of two.
    return result + (value - 1)
}
