/// An HTML table for the report: a header row, body rows of cells the caller has already built
/// (escaped through `HTML.text`), numeric columns right-aligned with tabular figures.
///
/// ```swift
/// ReportTable(columns: [.init("name"), .init("letters", numeric: true)],
///             rows: [[.text("Mao Zedong"), .text("12")]]).html
/// ```
struct ReportTable {
    struct Column {
        var title: String
        var numeric: Bool
        /// A longer explanation shown on hover (`title` attribute), e.g. the JSON key.
        var hint: String?
        /// Keep cells on one line (dates, record references).
        var nowrap: Bool

        init(_ title: String, numeric: Bool = false, hint: String? = nil, nowrap: Bool = false) {
            self.title = title
            self.numeric = numeric
            self.hint = hint
            self.nowrap = nowrap
        }

        /// The cell's `class` attribute, if any.
        var cellClass: [(String, String)] {
            numeric ? [("class", "num")] : nowrap ? [("class", "nowrap")] : []
        }
    }

    var columns: [Column]
    var rows: [[HTML]]
    /// A CSS class on the table element (`compact` for wide tables).
    var className: String?

    init(columns: [Column], rows: [[HTML]] = [], className: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.className = className
    }

    var html: HTML {
        var head = HTML.empty
        for column in columns {
            var attributes: [(String, String)] = [("scope", "col")] + column.cellClass
            if let hint = column.hint { attributes.append(("title", hint)) }
            head += .element("th", attributes, .text(column.title))
        }
        var body = HTML.empty
        for row in rows {
            var cells = HTML.empty
            for (i, cell) in row.enumerated() {
                cells += .element("td", i < columns.count ? columns[i].cellClass : [], cell)
            }
            body += .element("tr", cells)
        }
        let attributes = className.map { [("class", $0)] } ?? []
        // `thead` repeats on every printed page a long table spans.
        return .element("div", [("class", "table-wrap")],
                        .element("table", attributes, .element("thead", .element("tr", head)) + .element("tbody", body)))
    }
}
