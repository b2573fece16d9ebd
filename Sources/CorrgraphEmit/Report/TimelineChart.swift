import CorrgraphAnalyse

/// A bar chart of acts per period as inline SVG: letters and conversations stacked, one bar per
/// period, with a value axis and period labels. No script, no external styles: it prints as drawn.
///
/// ```swift
/// let stats = PairStatistics.compute(graph, by: .year)
/// TimelineChart(periods: stats.periods).svg   // "<svg … role=\"img\" …>…</svg>"
/// ```
///
/// Years missing between the first and last year are drawn as empty bars, so that gaps in the
/// correspondence show as gaps. Periods that are not single years or months (`1949/1950` for acts
/// dated across years, `undated`) come after the dated ones, set apart by a space.
struct TimelineChart {
    struct Bar: Equatable {
        var label: String
        var messages: Int
        var conversations: Int
        var total: Int { messages + conversations }
    }

    var periods: [PairStatistics.Period]

    /// Drawing size in SVG user units; the page scales it to the column width.
    static let width = 760.0
    static let plotHeight = 170.0
    static let left = 40.0, right = 8.0, top = 32.0, bottom = 34.0
    static let letterColour = "#3b5b8c", conversationColour = "#d39b2a"

    /// The bars in drawing order, gaps filled; `nil` marks the space before undated and
    /// cross-period bars.
    var bars: [Bar?] {
        var dated: [Bar] = [], other: [Bar] = []
        for p in periods {
            let bar = Bar(label: p.period, messages: p.messages, conversations: p.conversations)
            if Self.isYear(p.period) || Self.isMonth(p.period) { dated.append(bar) } else { other.append(bar) }
        }
        dated.sort { $0.label < $1.label }
        if !dated.isEmpty, dated.allSatisfy({ Self.isYear($0.label) }),
           let first = Int(dated.first!.label), let last = Int(dated.last!.label), last - first < 500 {
            let byYear = Dictionary(uniqueKeysWithValues: dated.map { ($0.label, $0) })
            dated = (first...last).map { year in
                let label = Self.yearLabel(year)
                return byYear[label] ?? Bar(label: label, messages: 0, conversations: 0)
            }
        }
        let tail: [Bar?] = other.isEmpty ? [] : (dated.isEmpty ? [] : [nil]) + other.map { Optional($0) }
        return dated.map { Optional($0) } + tail
    }

    var svg: String {
        let bars = self.bars
        let maxTotal = max(1, bars.compactMap { $0?.total }.max() ?? 0)
        let step = Self.tickStep(maxTotal)
        let axisMax = Double(((maxTotal + step - 1) / step) * step)
        let plotWidth = Self.width - Self.left - Self.right
        let slot = plotWidth / Double(max(1, bars.count))
        // Few periods would make slabs rather than bars: cap the width.
        let barWidth = max(1, min(slot * 0.72, 48))
        // Labels wider than a bar's slot (`1949/1950` for acts dated across years, months under many
        // years) are set at 45°, which needs only a line's height of room per label, and more room below.
        let rotated = bars.contains { bar in bar.map { Self.labelWidth($0.label) > slot } ?? false }
        let height = Self.top + Self.plotHeight + (rotated ? Self.rotatedBottom : Self.bottom)
        let baseline = Self.top + Self.plotHeight
        func y(_ value: Double) -> Double { baseline - value / axisMax * Self.plotHeight }
        func n(_ x: Double) -> String { NumberText.fixed(x, 1) }

        let total = bars.compactMap { $0?.total }.reduce(0, +)
        var out = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\""
            + " role=\"img\" aria-label=\"Letters and conversations per period, \(total) in all\">"
        // Value axis: grid lines at each tick.
        var tick = 0
        while Double(tick) <= axisMax {
            let ty = y(Double(tick))
            out += "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.width - Self.right))\" y1=\"\(n(ty))\" y2=\"\(n(ty))\""
                + " stroke=\"\(tick == 0 ? "#555" : "#ddd")\" stroke-width=\"\(tick == 0 ? "1" : "0.6")\"/>"
            out += "<text x=\"\(n(Self.left - 5))\" y=\"\(n(ty + 3.5))\" text-anchor=\"end\" font-size=\"10\">\(tick)</text>"
            tick += step
        }
        // Label every k-th bar so that labels do not collide: a year is about 30 units wide; a label at 45°
        // takes about 14 units of width.
        let every = max(1, Int(((rotated ? 14 : 32) / slot).rounded(.up)))
        for (i, bar) in bars.enumerated() {
            guard let bar else { continue }
            let x = Self.left + Double(i) * slot + (slot - barWidth) / 2
            let centre = x + barWidth / 2
            let letters = bar.messages == 1 ? "1 letter" : "\(bar.messages) letters"
            let talks = bar.conversations == 1 ? "1 conversation" : "\(bar.conversations) conversations"
            out += "<g><title>\(HTMLText.escape(bar.label)): \(letters), \(talks)</title>"
            if bar.messages > 0 {
                out += "<rect x=\"\(n(x))\" y=\"\(n(y(Double(bar.messages))))\" width=\"\(n(barWidth))\""
                    + " height=\"\(n(baseline - y(Double(bar.messages))))\" fill=\"\(Self.letterColour)\"/>"
            }
            if bar.conversations > 0 {
                out += "<rect x=\"\(n(x))\" y=\"\(n(y(Double(bar.total))))\" width=\"\(n(barWidth))\""
                    + " height=\"\(n(y(Double(bar.messages)) - y(Double(bar.total))))\" fill=\"\(Self.conversationColour)\"/>"
            }
            if bar.total > 0 && slot >= 16 {
                out += "<text x=\"\(n(centre))\" y=\"\(n(y(Double(bar.total)) - 3))\" text-anchor=\"middle\" font-size=\"10\">\(bar.total)</text>"
            }
            out += "</g>"
            let isOther = !(Self.isYear(bar.label) || Self.isMonth(bar.label))
            if i % every == 0 || (isOther && every == 1) {
                if rotated {
                    out += "<text x=\"\(n(centre))\" y=\"\(n(baseline + 10))\" text-anchor=\"end\" font-size=\"10\""
                        + " transform=\"rotate(-45 \(n(centre)) \(n(baseline + 10)))\">" + HTMLText.escape(bar.label) + "</text>"
                } else {
                    out += "<text x=\"\(n(centre))\" y=\"\(n(baseline + 14))\" text-anchor=\"middle\" font-size=\"10\">"
                        + HTMLText.escape(bar.label) + "</text>"
                }
            }
        }
        // Legend, top right.
        let lx = Self.width - Self.right - 190
        out += "<rect x=\"\(n(lx))\" y=\"2\" width=\"10\" height=\"10\" fill=\"\(Self.letterColour)\"/>"
            + "<text x=\"\(n(lx + 14))\" y=\"11\" font-size=\"10\">letters</text>"
            + "<rect x=\"\(n(lx + 70))\" y=\"2\" width=\"10\" height=\"10\" fill=\"\(Self.conversationColour)\"/>"
            + "<text x=\"\(n(lx + 84))\" y=\"11\" font-size=\"10\">conversations</text>"
        out += "</svg>"
        return out
    }

    /// Room below the plot for labels set at 45° (`1949/1950` is about 52 units long, 37 of them downwards).
    static let rotatedBottom = 64.0

    /// The width of a label at 10 units' font size (about 5.6 units a character, 4 units apart).
    static func labelWidth(_ label: String) -> Double { 5.6 * Double(label.count) + 4 }

    /// 1, 2 or 5 × 10ᵏ, giving at most about five ticks up to `maximum`.
    static func tickStep(_ maximum: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where maximum <= factor * magnitude * 5 { return factor * magnitude }
            magnitude *= 10
        }
    }

    static func isYear(_ label: String) -> Bool { label.count == 4 && label.allSatisfy(\.isASCIIDigit) }

    static func isMonth(_ label: String) -> Bool {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && isYear(String(parts[0])) && parts[1].count == 2 && parts[1].allSatisfy(\.isASCIIDigit)
    }

    static func yearLabel(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
