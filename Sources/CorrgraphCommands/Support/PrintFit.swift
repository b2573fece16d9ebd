import CorrgraphEmit
import Foundation
import CorrgraphRender

/// Fits a diagram to its printed size by drawing fewer correspondents rather than smaller type.
///
/// Graphviz scales a layout down to the `size` it is given; the scale it chose is in the SVG
/// (`transform="scale(s s) …"`). When that scale would put names under 7 pt
/// (`PrintSize.minimumScale`), the diagram is drawn with a lower `top`: first in proportion to
/// the area missing (at least 15% a step), then by bisection between the largest count that
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
    /// Layouts tried at most (about half a second each at 50 names).
    static let maximumLayouts = 7

    static func diagram(_ builder: DiagramBuilder, _ options: DiagramOptions) throws -> Diagram {
        var first = builder.diagram(options)
        guard options.printSize != nil else { return first }
        var layouts = 1
        guard var firstScale = try layoutScale(first), firstScale < PrintSize.minimumScale else { return first }
        var options = options
        if first.engine == .dot, !options.topToBottom {
            // A layered drawing too wide for the column may fit standing up.
            var standing = options
            standing.topToBottom = true
            let turned = builder.diagram(standing)
            layouts += 1
            if let scale = try layoutScale(turned), scale > firstScale {
                (options, first, firstScale) = (standing, turned, scale)
                if scale >= PrintSize.minimumScale { return turned }
            }
        }
        guard first.shown.count > minimumShown else { return first }
        var reduced = options
        reduced.reducedToFitPrint = true
        func drawn(_ count: Int) -> Diagram {
            var o = reduced
            o.top = count
            return builder.diagram(o)
        }
        // Down by the area missing (at least 15% a step) until a count fits, then up by bisection
        // towards the smallest count that did not. When nothing fits, the closest (largest scale).
        var failing = first.shown.count
        var best: (diagram: Diagram, count: Int)?
        var closest: (diagram: Diagram, scale: Double) = (first, firstScale)
        var count = max(minimumShown, estimate(failing, scale: firstScale))
        while layouts < maximumLayouts, count >= minimumShown, (count < failing), count > (best?.count ?? 0) {
            let diagram = drawn(count)
            layouts += 1
            let scale = try layoutScale(diagram) ?? 1
            if scale >= PrintSize.minimumScale {
                best = (diagram, count)
                count = (count + failing) / 2
            } else {
                failing = count
                if scale > closest.scale { closest = (diagram, scale) }
                count = best.map { ($0.count + failing) / 2 } ?? max(minimumShown, estimate(count, scale: scale))
            }
        }
        return best?.diagram ?? closest.diagram
    }

    /// Area grows with the number of names: the count shrinks by the square of the scale missing,
    /// and by at least 15%.
    private static func estimate(_ count: Int, scale: Double) -> Int {
        let ratio = scale / PrintSize.minimumScale
        return min(Int(Double(count) * 0.85), Int(Double(count) * ratio * ratio * 0.95))
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
