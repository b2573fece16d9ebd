/// The grammar of catalogue date lines: `May 7, 1968`, `May 07, 1968`, `7 May 1968`,
/// `March 1950`, `August, 1962`, `1955`, `1949-1950`, `Undated`.
///
/// ```swift
/// DateLine.parse("August, 1962")   // .dated(1962-08-01…1962-08-31)
/// DateLine.parse("Undated")        // .undated
/// DateLine.parse("Cable, Mao to Stalin")  // nil: not a date line
/// ```
public enum DateLine: Sendable, Equatable {
    case dated(DateRange)
    case undated

    static let monthNames: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The interval a date line denotes, `.undated` for "Undated"/"n.d.", or nil when the
    /// line is not a date line at all.
    public static func parse(_ line: String) -> DateLine? {
        let text = line.trimmingSpaces().lowercased()
        if text.isEmpty || text.count > 40 { return nil }
        if ["undated", "n.d.", "n. d.", "no date", "date unknown", "unknown date"].contains(text) {
            return .undated
        }
        if let start = CalendarDay(iso: text), let end = CalendarDay(iso: text, atEnd: true) {
            return .dated(DateRange(start: start, end: end))
        }
        // Tokens: words and numbers; commas and periods are separators.
        var tokens: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else {
                if !current.isEmpty { tokens.append(current); current = "" }
                if ch == "-" || ch == "–" || ch == "/" { tokens.append("-") }
                else if !(ch == " " || ch == "," || ch == ".") { return nil }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        if tokens.first == "circa" || tokens.first == "c" || tokens.first == "ca" { tokens.removeFirst() }

        // A range "A - B" of two dates.
        if let dash = tokens.firstIndex(of: "-"), dash > 0, dash < tokens.count - 1 {
            var left = Array(tokens[..<dash])
            let right = Array(tokens[(dash + 1)...])
            guard let end = single(right) else { return nil }
            // "1-3 March 1950": the left side borrows month and year from the right.
            if left.count == 1, let day = Int(left[0]), day <= 31, right.count >= 2 {
                left = [left[0]] + right.dropFirst()
            }
            guard let start = single(left), start.start <= end.end else { return nil }
            return .dated(DateRange(start: start.start, end: end.end))
        }
        guard let range = single(tokens) else { return nil }
        return .dated(range)
    }

    private static func single(_ tokens: [String]) -> DateRange? {
        func year(_ s: String) -> Int? {
            guard s.count == 4, let y = Int(s), (100...2999).contains(y) else { return nil }
            return y
        }
        func day(_ s: String, month: Int, year: Int) -> Int? {
            var digits = s
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            guard let d = Int(digits), d >= 1, d <= CalendarDay.daysIn(month: month, year: year) else { return nil }
            return d
        }
        func wholeMonth(_ m: Int, _ y: Int) -> DateRange {
            DateRange(start: CalendarDay(year: y, month: m, day: 1),
                      end: CalendarDay(year: y, month: m, day: CalendarDay.daysIn(month: m, year: y)))
        }
        switch tokens.count {
        case 1:
            if let y = year(tokens[0]) {
                return DateRange(start: CalendarDay(year: y, month: 1, day: 1), end: CalendarDay(year: y, month: 12, day: 31))
            }
        case 2:
            if let m = monthNames[tokens[0]], let y = year(tokens[1]) { return wholeMonth(m, y) }
        case 3:
            // Month Day Year, or Day Month Year.
            if let m = monthNames[tokens[0]], let y = year(tokens[2]), let d = day(tokens[1], month: m, year: y) {
                let c = CalendarDay(year: y, month: m, day: d)
                return DateRange(start: c, end: c)
            }
            if let m = monthNames[tokens[1]], let y = year(tokens[2]), let d = day(tokens[0], month: m, year: y) {
                let c = CalendarDay(year: y, month: m, day: d)
                return DateRange(start: c, end: c)
            }
            // ISO written with separators already split off is not reachable here.
        default:
            break
        }
        return nil
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    public func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
