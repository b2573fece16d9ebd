/// Reads a table of catalogue records: CSV as RFC 4180 describes it (fields in double quotes may
/// hold commas, line breaks and doubled quotes), or tab-separated values.
///
/// - The first row is a header naming the columns, case-insensitively: `date` and `title` are
///   required, `summary` and `id` optional; other columns are ignored. A header with a sender and a
///   recipient column (`from`/`to`, `Absender`/`Empfänger` …) makes the table an edge list, read as
///   acts by `EdgeListReader`.
/// - Tabs separate fields when the source name ends in `.tsv`, or when the header has tabs and no
///   commas; otherwise commas.
/// - Values are trimmed of surrounding white space; a line break inside a quoted field is kept
///   (as `\n`). Rows whose date, title and summary are all empty are skipped.
/// - A leading `'` before `=`, `+`, `-`, `@`, a tab or a CR (the guard spreadsheets and corrgraph's own
///   CSV output put before a formula) is dropped, so that such a cell reads back as it was written.
/// - A non-empty `id` becomes the record id; otherwise it is `source#ordinal`.
/// - `line` is the line where the row begins. A malformed table (an unterminated quote, text after
///   a closing quote, a row with more non-empty fields than the header, a missing column) is a
///   `ReadError` naming the line.
///
/// ```swift
/// let csv = "date,title,summary\n\"May 7, 1968\",\"Letter, Ho to Kosygin\",\n"
/// let records = try CSVRecordReader().read(bytes: Array(csv.utf8), source: "list.csv")
/// records[0].date   // "May 7, 1968"
/// records[0].line   // 2
/// ```
public struct CSVRecordReader: Sendable {
    /// A reader; it holds no state, so one can read any number of files.
    public init() {}

    /// One row of fields and the line where it begins.
    struct Row {
        var fields: [String]
        var line: Int
    }

    /// The records of one CSV or TSV file (a UTF-8 byte-order mark is skipped), in row order; `source`
    /// names the file, chooses tabs when it ends in `.tsv`, and appears in record ids and errors.
    public func read(bytes input: [UInt8], source: String) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(bytes: input, source: source, skipped: &skipped)
    }

    /// The records of a table, and in `skipped` its rows that hold no record (no date, title or summary;
    /// in an edge list, no value at all).
    public func read(bytes input: [UInt8], source: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        var bytes = input
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if let bad = MarkupText.firstInvalidUTF8Line(bytes) {
            throw ReadError(source: source, line: bad, reason: "invalid UTF-8 text")
        }
        let separator = Self.separator(bytes, source: source)
        let rows = try Self.rows(bytes, separator: separator, source: source)
        guard let header = rows.first else {
            throw ReadError(source: source, line: 1, reason: "empty table: a header row with date, title and summary columns is required")
        }
        let names = header.fields.map { $0.trimmingSpaces().lowercased() }
        // A header naming a sender and a recipient column is an edge list (or a previous extraction's
        // acts): read as acts, not as titles.
        if EdgeListReader.senderAndRecipient(names) != nil {
            try checkWidths(rows.dropFirst(), header: names, separator: separator, source: source)
            for row in rows.dropFirst() where row.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
                skipped.append(SkippedLine(source: source, line: row.line, text: row.fields.joined(separator: String(UnicodeScalar(separator))),
                                           reason: "a row with no value"))
            }
            return try EdgeListReader.read(header: names, rows: rows.dropFirst(), source: source)
        }
        func column(_ name: String, required: Bool) throws -> Int? {
            if let index = RecordFieldNames.index(in: names, of: RecordFieldNames.synonyms[name] ?? [name]) { return index }
            guard !required else {
                let found = names.filter { !$0.isEmpty }.joined(separator: ", ")
                throw ReadError(source: source, line: header.line,
                                reason: "missing \(name) column in the header (found: \(found.isEmpty ? "nothing" : found))")
            }
            return nil
        }
        let dateColumn = try column("date", required: true)!
        let titleColumn = try column("title", required: true)!
        let summaryColumn = try column("summary", required: false)
        let idColumn = try column("id", required: false)

        var records: [CatalogueRecord] = []
        try checkWidths(rows.dropFirst(), header: names, separator: separator, source: source)
        for row in rows.dropFirst() {
            func value(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmingSpaces()
            }
            let date = value(dateColumn), title = value(titleColumn), summary = value(summaryColumn)
            if date.isEmpty && title.isEmpty && summary.isEmpty {
                skipped.append(SkippedLine(source: source, line: row.line, text: row.fields.joined(separator: String(UnicodeScalar(separator))),
                                           reason: "a row with no date, title or summary"))
                continue
            }
            let given = value(idColumn)
            records.append(CatalogueRecord(id: given.isEmpty ? "\(source)#\(records.count + 1)" : given,
                                           source: source, line: row.line,
                                           date: date, title: title, summary: summary))
        }
        return records
    }

    /// A row with more non-empty fields than the header has columns is an error naming its line.
    func checkWidths(_ rows: ArraySlice<Row>, header names: [String], separator: UInt8, source: String) throws {
        for row in rows where row.fields.count > names.count {
            if row.fields[names.count...].contains(where: { !$0.trimmingSpaces().isEmpty }) {
                throw ReadError(source: source, line: row.line,
                                reason: "row has \(row.fields.count) fields but the header has \(names.count) (unquoted \(separator == 0x09 ? "tab" : separator == UInt8(ascii: ";") ? "semicolon" : "comma")?)")
            }
        }
    }

    /// Tab for `.tsv` files and for headers with tabs but no commas; comma otherwise.
    static func separator(_ bytes: [UInt8], source: String) -> UInt8 {
        if source.lowercased().hasSuffix(".tsv") { return 0x09 }
        let header = bytes.prefix { $0 != 0x0A }
        if header.contains(0x09) && !header.contains(UInt8(ascii: ",")) { return 0x09 }
        // Spreadsheets in many locales export with semicolons.
        if header.contains(UInt8(ascii: ";")) && !header.contains(UInt8(ascii: ",")) { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }

    /// The first bytes of a cell a spreadsheet runs as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A field's text. `'=…`: corrgraph's CSV writers (and spreadsheets) guard a formula with an apostrophe,
    /// which is dropped.
    static func unguarded(_ field: ArraySlice<UInt8>) -> String {
        let start = field.startIndex
        let guarded = field.count > 1 && field[start] == UInt8(ascii: "'") && formulaStarts.contains(field[start + 1])
        return String(decoding: guarded ? field.dropFirst() : field, as: UTF8.self)
    }

    /// Splits the table into rows of fields (RFC 4180), tracking the line each row begins on.
    static func rows(_ bytes: [UInt8], separator: UInt8, source: String) throws -> [Row] {
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let n = bytes.count
        var rows: [Row] = []
        var line = 1
        var i = 0
        func isPadding(_ b: UInt8) -> Bool { b == 0x20 || (b == 0x09 && separator != 0x09) }

        // Rows of a table have as many fields as the row before, as a rule: room for them is made at once.
        var width = 0
        while i < n {
            let rowLine = line
            var fields: [String] = []
            fields.reserveCapacity(width)
            while true {
                var j = i
                while j < n, isPadding(bytes[j]) { j += 1 }
                if j < n, bytes[j] == quote {
                    var field: [UInt8] = []
                    // A quoted field; padding before the opening quote is dropped.
                    let openLine = line
                    i = j + 1
                    while true {
                        guard i < n else {
                            throw ReadError(source: source, line: openLine,
                                            reason: "unterminated quoted field (the quote opened on this line is never closed)")
                        }
                        let c = bytes[i]
                        if c == quote {
                            if i + 1 < n, bytes[i + 1] == quote {
                                field.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if c == lf { line += 1 }
                        // CRLF inside a field is one line break.
                        if !(c == cr && i + 1 < n && bytes[i + 1] == lf) { field.append(c) }
                        i += 1
                    }
                    while i < n, isPadding(bytes[i]) { i += 1 }
                    if i < n, bytes[i] != separator, bytes[i] != lf, bytes[i] != cr {
                        throw ReadError(source: source, line: line,
                                        reason: "text after a closing quote (a quote inside a quoted field is written twice: \"\")")
                    }
                    fields.append(Self.unguarded(field[...]))
                } else {
                    // An unquoted field is a run of the input's bytes: decoded from them, not copied byte by byte.
                    let start = i
                    while i < n, bytes[i] != separator, bytes[i] != lf, bytes[i] != cr { i += 1 }
                    fields.append(Self.unguarded(bytes[start..<i]))
                }
                if i >= n { break }
                if bytes[i] == separator {
                    i += 1
                    continue
                }
                if bytes[i] == cr { i += 1 }
                if i < n, bytes[i] == lf { i += 1 }
                line += 1
                break
            }
            width = fields.count
            // A blank line is a row of one empty field: not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
        }
        return rows
    }
}
