/// A table of strings with one writer per output format: CSV, Markdown and an aligned terminal
/// layout. Result-specific builders (`CentralityTables`, `IntermediaryTables`, `PairStatisticsTables`)
/// fill it; the writers only lay it out.
///
/// ```swift
/// var t = TextTable(columns: [.init("name"), .init("pagerank", alignment: .right)])
/// t.rows = [["Mao, Zedong", "0.25"]]
/// t.csv()        // name,pagerank\n"Mao, Zedong",0.25\n
/// t.terminal()   // padded columns, then the footer lines
/// ```
public struct TextTable: Sendable, Equatable {
    /// A column's heading and how its cells line up in the terminal and Markdown layouts.
    public struct Column: Sendable, Equatable {
        /// Left for text, right for numbers.
        public enum Alignment: Sendable, Equatable { case left, right }
        /// The heading.
        public var title: String
        /// How cells line up; CSV ignores it.
        public var alignment: Alignment
        /// A column headed `title`, left-aligned unless stated.
        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// The columns, in order.
    public var columns: [Column]
    /// One array of cells per row; a short row is padded with empty cells in the terminal layout.
    public var rows: [[String]]
    /// Notes printed under the terminal and Markdown layouts (conventions, totals); not in CSV,
    /// which stays a plain rectangle for spreadsheets.
    public var footer: [String]

    /// A table with these columns and, optionally, rows and footer notes.
    public init(columns: [Column], rows: [[String]] = [], footer: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// RFC 4180 CSV with `\n` line ends: a field is quoted when it holds a comma, a quote, a line
    /// break or leading/trailing spaces, and quotes inside are doubled.
    public func csv() -> String {
        var out = ""
        for row in [columns.map(\.title)] + rows {
            out += row.map(TextTable.csvField).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// One CSV field under the rules of `csv()`: `a,b` becomes `"a,b"`, `say "x"` becomes `"say ""x"""`.
    /// A field that a spreadsheet would run as a formula — one that begins with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return and is not a number — gets a leading `'` (OWASP's advice on CSV injection):
    /// `=HYPERLINK("…")` is written `'=HYPERLINK("…")`, while `-0.25` stays a number.
    ///
    /// Control characters other than tab and line breaks, DEL and the bidirectional controls
    /// (U+202A–U+202E, U+2066–U+2069) become U+FFFD: CSV has no escape for them, and a bidi override would
    /// make the row display other text than it holds.
    public static func csvField(_ field: String) -> String {
        let field = spreadsheetSafe(field)
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// A cell's text made safe for a spreadsheet, before quoting: a leading `'` before a formula, and
    /// U+FFFD for the characters `isUnsafeInCSV` names. (CSVRecordReader drops the `'` again on reading.)
    public static func spreadsheetSafe(_ text: String) -> String {
        var field = text
        if field.unicodeScalars.contains(where: isUnsafeInCSV) {
            field = String(String.UnicodeScalarView(field.unicodeScalars.map { isUnsafeInCSV($0) ? "\u{FFFD}" : $0 }))
        }
        if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), Double(field) == nil {
            field = "'" + field
        }
        return field
    }

    static func isUnsafeInCSV(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || MarkupEscaper.isBidiControl(scalar)
    }

    /// A GitHub-flavoured Markdown table; `|` is escaped and line breaks become `<br>`.
    public func markdown() -> String {
        func cell(_ s: String) -> String {
            s.replacingAll("|", with: "\\|").replacingAll("\r\n", with: "<br>").replacingAll("\n", with: "<br>")
        }
        var out = "| " + columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .right ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        if !footer.isEmpty { out += "\n" + footer.map { $0 + "\n" }.joined() }
        return out
    }

    /// Columns padded to their widest cell (in characters), a rule under the header, then the footer.
    public func terminal() -> String {
        // One line per row, and no control characters from input reaching the terminal.
        func flat(_ s: String) -> String {
            // A cell without line breaks, control bytes or a lead byte of C1 or bidi controls (C2, E2) is
            // shown as it is.
            if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return s }
            return ExtractionTable.visible(s.replacingAll("\r\n", with: " ").replacingAll("\n", with: " "))
        }
        // Each cell flattened and measured once, for the widths and for the lines.
        let cells = rows.map { row in row.map { cell -> (text: String, width: Int) in
            let text = flat(cell)
            return (text, text.count)
        } }
        var widths = columns.map { $0.title.count }
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.width) }
        }
        func line(_ cells: [(text: String, width: Int)]) -> String {
            var parts: [String] = []
            for (i, column) in columns.enumerated() {
                let (text, width) = i < cells.count ? cells[i] : ("", 0)
                let pad = String(repeating: " ", count: widths[i] - width)
                let last = i == columns.count - 1
                parts.append(column.alignment == .right ? pad + text : (last ? text : text + pad))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(columns.map { (text: flat($0.title), width: flat($0.title).count) }) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        if !footer.isEmpty { out += "\n" + footer.map { $0 + "\n" }.joined() }
        return out
    }
}

/// The output formats of the analysis commands.
public enum TableFormat: String, Sendable, CaseIterable {
    case table, csv, json, markdown
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    private func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

extension Substring {
    fileprivate func range(of needle: String) -> Range<Substring.Index>? {
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
            start = index(after: start)
        }
        return nil
    }
}

/// Number formatting shared by the table builders.
enum Cell {
    /// Six significant figures, for files read by other programs (CSV); integers stay integers.
    /// Full precision is left to the JSON outputs.
    static func exact(_ value: Double) -> String { significant(value, 6) }

    /// Four significant figures for reading; integers stay integers.
    static func readable(_ value: Double) -> String { significant(value, 4) }

    /// `value` to `figures` significant figures in plain decimal notation, never an exponent, so
    /// that a column reads consistently (`0.1345` beside `0.00001204`); trailing zeros dropped;
    /// values below 10⁻¹² are 0.
    ///
    /// ```swift
    /// Cell.significant(0.134455, 4)                // "0.1345"
    /// Cell.significant(1.2044129691188515e-05, 4)  // "0.00001204"
    /// Cell.significant(1234.5678, 4)               // "1235"
    /// ```
    static func significant(_ value: Double, _ figures: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let magnitude = abs(value)
        guard magnitude >= 1e-12 else { return "0" }
        if magnitude >= 1e15 { return String(Int64(value.rounded())) }
        let digits = max(0, figures - 1 - Int(floorLog10(magnitude)))
        var text = fixed(value, min(digits, 15))
        // Trailing zeros carry no information here ("0.25", not "0.2500").
        if text.contains(".") {
            while text.last == "0" { text.removeLast() }
            if text.last == "." { text.removeLast() }
        }
        return text
    }

    private static func floorLog10(_ x: Double) -> Double {
        var e = 0.0, v = x
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        return e
    }

    /// `value` with `digits` decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        let frac = Int64(scaled - Double(whole) * scale)
        var text = String(whole)
        if digits > 0 {
            let f = String(frac)
            text += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    static func percent(_ share: Double) -> String { fixed(share * 100, 0) + "%" }
}
