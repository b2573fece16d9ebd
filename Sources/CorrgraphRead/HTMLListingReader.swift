/// Reads archive search pages saved as HTML: the page's visible text, laid out in lines the way a
/// browser breaks it, read with the same date / title / summary grammar as `ListingTextReader`.
///
/// Tags are dropped; `script`, `style`, `title`, `template`, `noscript` and `svg` content is not
/// visible and is skipped, and so is page furniture (`nav`, `aside`, form controls, and the page's
/// `header` and `footer` outside any result); block elements (`p`, `div`, `li`, `h1`…`h6`, `td`, `br`, …) end a line;
/// white space collapses as in a browser; references such as `&amp;`, `&#8217;`, `&rsquo;` and
/// `&nbsp;` are decoded. A record's `line` is the line of the HTML file where its title appears.
///
/// ```swift
/// let html = "<ul><li><div>May 7, 1968</div><h3>Letter, Ho Chi Minh to Kosygin</h3></li></ul>"
/// let records = try HTMLListingReader().read(bytes: Array(html.utf8), source: "page.html")
/// records[0].title   // "Letter, Ho Chi Minh to Kosygin"
/// ```
public struct HTMLListingReader: Sendable {
    /// A reader; it holds no state, so one can read any number of files.
    public init() {}

    /// The records of one saved HTML page, in page order; `source` names the file in record ids and
    /// errors. Text that is not UTF-8 is a `ReadError` naming the line.
    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(bytes: bytes, source: source, skipped: &skipped)
    }

    /// The records of a page, and in `skipped` its visible lines that belong to no record, by HTML line.
    public func read(bytes: [UInt8], source: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        let visible = try HTMLText.visibleLines(bytes, source: source)
        // The listing grammar runs on the visible text; each text line maps back to its HTML line.
        let text = visible.map(\.text).joined(separator: "\n")
        var skippedText: [SkippedLine] = []
        var records = try ListingTextReader().read(bytes: Array(text.utf8), source: source, skipped: &skippedText)
        for i in records.indices {
            records[i].line = visible[records[i].line - 1].line
        }
        for var s in skippedText {
            s.line = visible[s.line - 1].line
            skipped.append(s)
        }
        return records
    }
}

/// The visible text of an HTML page as lines, each with the source line where it begins.
enum HTMLText {
    /// Elements whose content a browser does not show.
    static let hidden: Set<String> = ["script", "style", "title", "template", "noscript", "svg"]

    /// Page furniture around the results: navigation, sidebars and form controls always; a page's
    /// header and footer unless they belong to one result (`<article><header>…</header>`).
    static let furniture: Set<String> = ["nav", "aside", "select", "button"]
    static let pageFurniture: Set<String> = ["header", "footer"]
    /// Elements that hold one result of a listing (a `div` or `section` may be one too).
    static let items: Set<String> = ["article", "li", "tr", "div", "section"]
    /// Lists whose end closes every item left open in them (`<li>` may go without `</li>`).
    static let lists: Set<String> = ["ul", "ol", "table", "dl"]

    /// Elements that begin and end a line of rendered text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "head",
    ]

    static func visibleLines(_ input: [UInt8], source: String) throws -> [(text: String, line: Int)] {
        var bytes = input
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        let decoded: String
        if let bad = MarkupText.firstInvalidUTF8Line(bytes) {
            guard MarkupText.declaresLatin1(bytes) else {
                throw ReadError(source: source, line: bad, reason: "invalid UTF-8 text")
            }
            decoded = MarkupText.latin1(bytes)
        } else {
            decoded = String(decoding: bytes, as: UTF8.self)
        }
        var scanner = Scanner(Array(decoded.unicodeScalars))
        scanner.run()
        return scanner.lines
    }

    /// One pass over the page's characters; all markup characters are ASCII.
    struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var lines: [(text: String, line: Int)] = []
        var current = String.UnicodeScalarView()
        var currentLine = 1
        var pendingSpace = false
        var preDepth = 0
        /// How many result elements (`article`, `li`, `tr`, …) are open, and that count at each open list.
        var itemDepth = 0
        var listStarts: [Int] = []

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        mutating func run() {
            while i < s.count {
                let c = s[i]
                if c == "<", i + 1 < s.count {
                    let n = s[i + 1]
                    if n == "!" || n == "?" {
                        skipMarkupDeclaration()
                        continue
                    }
                    if n == "/" || n.properties.isAlphabetic {
                        readTag()
                        continue
                    }
                }
                if c == "&", let (scalar, length) = reference(at: i) {
                    put(scalar)
                    i += length
                    continue
                }
                if c == "\n" {
                    if preDepth > 0 { breakLine() }
                    line += 1
                }
                put(c)
                i += 1
            }
            breakLine()
        }

        /// Adds one visible character, collapsing white space as a browser does.
        mutating func put(_ c: Unicode.Scalar) {
            if c.properties.isWhitespace || c == "\u{00AD}" {
                if c != "\u{00AD}" { pendingSpace = true }   // a soft hyphen is invisible
                return
            }
            if current.isEmpty {
                currentLine = line
            } else if pendingSpace {
                current.append(" ")
            }
            pendingSpace = false
            current.append(c)
        }

        mutating func breakLine() {
            if !current.isEmpty { lines.append((String(current), currentLine)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }

        /// Moves past `count` characters, counting line breaks.
        mutating func advance(_ count: Int) {
            let end = min(i + count, s.count)
            while i < end {
                if s[i] == "\n" { line += 1 }
                i += 1
            }
        }

        func matches(_ literal: String, at position: Int, caseInsensitive: Bool = false) -> Bool {
            var p = position
            for expected in literal.unicodeScalars {
                guard p < s.count else { return false }
                var got = s[p]
                if caseInsensitive, got.value >= 65, got.value <= 90 { got = Unicode.Scalar(got.value + 32)! }
                if got != expected { return false }
                p += 1
            }
            return true
        }

        /// The position of `literal` at or after `start`, or nil.
        func find(_ literal: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
            var p = start
            while p < s.count {
                if matches(literal, at: p, caseInsensitive: caseInsensitive) { return p }
                p += 1
            }
            return nil
        }

        /// Comments, `<!DOCTYPE>`, CDATA and processing instructions: never visible.
        mutating func skipMarkupDeclaration() {
            if matches("<!--", at: i) {
                let end = find("-->", from: i + 4).map { $0 + 3 } ?? s.count
                advance(end - i)
                return
            }
            let end = find(">", from: i).map { $0 + 1 } ?? s.count
            advance(end - i)
        }

        mutating func readTag() {
            let closing = s[i + 1] == "/"
            var p = i + (closing ? 2 : 1)
            var name = ""
            while p < s.count, s[p].properties.isAlphabetic || s[p].properties.numericType != nil
                    || s[p] == "-" || s[p] == ":" {
                name.unicodeScalars.append(s[p])
                p += 1
            }
            name = name.lowercased()
            // To the end of the tag; a quoted attribute value may contain '>'.
            var quote: Unicode.Scalar?
            while p < s.count {
                let c = s[p]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    break
                }
                p += 1
            }
            advance(p + 1 - i)
            if block.contains(name) {
                breakLine()
                if name == "pre" { preDepth = max(0, preDepth + (closing ? -1 : 1)) }
            }
            if items.contains(name) { itemDepth = max(0, itemDepth + (closing ? -1 : 1)) }
            if lists.contains(name) {
                if closing { itemDepth = listStarts.popLast() ?? itemDepth } else { listStarts.append(itemDepth) }
            }
            if !closing, hidden.contains(name) || furniture.contains(name) || (itemDepth == 0 && pageFurniture.contains(name)) {
                // Raw content up to the matching end tag is not shown.
                let end = find("</\(name)", from: i, caseInsensitive: true) ?? s.count
                advance(end - i)
                if let close = find(">", from: i) { advance(close + 1 - i) }
            }
        }

        /// A character reference at `position`: the character and the length consumed, or nil when
        /// the `&` is literal text (browsers show an unknown `&name;` as written).
        func reference(at position: Int) -> (Unicode.Scalar, Int)? {
            var p = position + 1
            var body = ""
            while p < s.count, p - position <= 32, s[p] != ";" {
                let c = s[p]
                guard c.properties.isAlphabetic || c.properties.numericType != nil || c == "#" else { return nil }
                body.unicodeScalars.append(c)
                p += 1
            }
            guard p < s.count, s[p] == ";", !body.isEmpty else { return nil }
            if let scalar = MarkupText.htmlEntities[body] ?? MarkupText.numericReference(body[...], htmlRules: true) {
                return (scalar, p + 1 - position)
            }
            return nil
        }
    }
}
