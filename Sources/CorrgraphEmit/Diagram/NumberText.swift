/// Number formatting for diagram text, without Foundation (Emit does not link it).
enum NumberText {
    /// `1234567` → `"1,234,567"`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// `x` with `places` decimals, rounded half away from zero: `fixed(0.08333, 3)` → `"0.083"`.
    static func fixed(_ x: Double, _ places: Int) -> String {
        guard x.isFinite else { return String(x) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (x.magnitude * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = x < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - fractionText.count) + fractionText
    }

    /// A centrality score short enough for a tooltip: integers as such, others to 3 decimals
    /// (4 below 0.01, where PageRank values of large corpora live).
    static func score(_ x: Double) -> String {
        if x == x.rounded(), x.magnitude < 1e12 { return String(Int(x)) }
        return fixed(x, x.magnitude < 0.01 ? 4 : 3)
    }
}
