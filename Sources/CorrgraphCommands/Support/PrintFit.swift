import CorrgraphEmit
import Foundation
import CorrgraphRender

/// Fits a diagram to its printed size by drawing fewer correspondents rather than smaller type.
///
/// Graphviz scales a layout down to the `size` it is given; the scale it chose is in the SVG
/// (`transform="scale(s s) …"`). When that scale would put names under 7 pt
/// (`PrintSize.minimumScale`), the diagram is drawn with a lower `top`: first in proportion to
/// the area missing (15–40% a step), then by bisection between the largest count that
/// fitted and the smallest that did not (force layouts are not monotonic: 16 names may need more
/// room than 18), within `maximumLayouts` layouts and never below `minimumShown` correspondents;
/// when no count fits, the layout that came closest. A layered (`dot`) drawing too wide for the
/// column is first tried standing (ranks top to bottom).
///
/// ```swift
/// let diagram = try PrintFit.diagram(builder, options)   // ≤ 16 cm wide, names ≥ 7 pt
/// ```
enum PrintFit {
    /// The fewest correspondents a fitted diagram is reduced to.
    static let minimumShown = 8
    /// Layouts tried at most (a fraction of a second each at 50 names).
    static let maximumLayouts = 10

    static func diagram(_ builder: DiagramBuilder, _ options: DiagramOptions) throws -> Diagram {
        guard options.printSize != nil else { return builder.diagram(options) }
        var layouts = 0
        /// The diagram of `options` and its scale; a layered (`dot`) drawing too wide for the
        /// column is tried standing too (ranks top to bottom), and the better kept.
        func measured(_ options: DiagramOptions) throws -> (diagram: Diagram, scale: Double) {
            let lying = builder.diagram(options)
            layouts += 1
            let scale = try layoutScale(lying) ?? 1
            guard scale < PrintSize.minimumScale, lying.engine == .dot, !options.topToBottom else { return (lying, scale) }
            var turned = options
            turned.topToBottom = true
            let standing = builder.diagram(turned)
            layouts += 1
            let standingScale = try layoutScale(standing) ?? 1
            return standingScale > scale ? (standing, standingScale) : (lying, scale)
        }
        let first = try measured(options)
        guard first.scale < PrintSize.minimumScale, first.diagram.shown.count > minimumShown else { return first.diagram }
        var reduced = options
        reduced.reducedToFitPrint = true
        // Down by the area missing (15–40% a step) until a count fits, then up by bisection
        // towards the smallest count that did not. When nothing fits, the closest (largest scale).
        var failing = first.diagram.shown.count
        var best: (diagram: Diagram, count: Int)?
        var closest = first
        var count = estimate(failing, scale: first.scale)
        while layouts < maximumLayouts, count >= minimumShown, (count < failing), count > (best?.count ?? 0) {
            reduced.top = count
            let attempt = try measured(reduced)
            if attempt.scale >= PrintSize.minimumScale {
                best = (attempt.diagram, count)
                count = (count + failing) / 2
            } else {
                failing = count
                if attempt.scale > closest.scale { closest = attempt }
                count = best.map { ($0.count + failing) / 2 } ?? estimate(count, scale: attempt.scale)
            }
        }
        return best?.diagram ?? closest.diagram
    }

    /// Area grows with the number of names: the count shrinks by the square of the scale missing,
    /// by 15% at least and 40% at most (layouts vary too much from one count to the next for a
    /// bolder step), never below `minimumShown`.
    private static func estimate(_ count: Int, scale: Double) -> Int {
        let ratio = scale / PrintSize.minimumScale
        let factor = min(0.85, max(0.6, ratio * ratio * 0.95))
        return max(minimumShown, Int(Double(count) * factor))
    }

    /// The factor Graphviz scaled the layout by to fit `size` (1 when it fitted), from the SVG.
    static func layoutScale(_ diagram: Diagram) throws -> Double? {
        let svg: [UInt8]
        do {
            svg = try GraphvizRenderer.render(dot: diagram.dot, engine: diagram.engine.rawValue, format: .svg)
        } catch let error as GraphvizError {
            throw CommandError(error.message)
        }
        return scale(inSVG: String(decoding: svg, as: UTF8.self))
    }

    /// `s` from the first `scale(s s)` of an SVG.
    static func scale(inSVG svg: String) -> Double? {
        guard let start = svg.range(of: "scale(") else { return nil }
        let number = svg[start.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(number)
    }
}
