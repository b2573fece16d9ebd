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

    /// Node font size from a score relative to the largest shown: area grows with the score, so
    /// the size follows its square root; 10 pt keeps the least central names legible.
    static func fontSize(score: Double, maximum: Double) -> Double {
        guard maximum > 0, score > 0 else { return 10 }
        return 10 + 16 * (min(score, maximum) / maximum).squareRoot()
    }

    /// Line width from the number of messages on it: logarithmic, so one busy pair does not
    /// swamp the drawing; capped at 8 pt.
    static func penWidth(count: Int) -> Double {
        min(8, 1 + 1.5 * log2(Double(max(count, 1))))
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
