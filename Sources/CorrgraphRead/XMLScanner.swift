/// A small pull scanner for well-formed XML over UTF-8 bytes, tracking line numbers so that
/// every record and every error can name its line.
///
/// We scan bytes ourselves rather than use FoundationXML's `XMLParser` because the CMIF reader
/// needs the line of each element start cheaply and a failure that names the line of the fault;
/// it is also several times faster on the 2 MB Spener file. It checks what decides whether a file
/// can be trusted: tag nesting, attribute quoting, entity references, unterminated constructs,
/// a single root element. DTDs are skipped (not validated, external entities never loaded).
///
/// ```swift
/// var scanner = try XMLScanner(bytes: Array("<a x='1'>hi</a>".utf8), source: "t.xml")
/// while let event = try scanner.next() { print(event) }
/// // start(a, ["x": "1"], line 1), text("hi"), end(a)
/// ```
struct XMLScanner {
    enum Event: Equatable {
        /// An element start; a self-closing element is reported as a start followed by an end.
        case start(name: String, attributes: [String: String], line: Int)
        case end(name: String)
        /// Character data with references decoded (CDATA sections included, verbatim).
        case text(String)
    }

    private let bytes: [UInt8]
    private let source: String
    private var index = 0
    private var line = 1
    private var open: [(name: String, line: Int)] = []
    private var pendingEnd: String?
    private var rootClosed = false
    private var sawRoot = false

    /// Prepares a scanner; fails at once (naming the line) when the bytes are not UTF-8 and do
    /// not declare a Latin-1 encoding, which is then converted.
    init(bytes input: [UInt8], source: String) throws {
        var bytes = input
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw ReadError(source: source, line: 1, reason: "UTF-16 XML is not supported; convert the file to UTF-8")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if let bad = MarkupText.firstInvalidUTF8Line(bytes) {
            guard MarkupText.declaresLatin1(bytes) else {
                throw ReadError(source: source, line: bad, reason: "invalid UTF-8 text")
            }
            bytes = Array(MarkupText.latin1(bytes).utf8)
        }
        self.bytes = bytes
        self.source = source
    }

    /// The qualified name without its namespace prefix (`tei:persName` → `persName`).
    static func localName(_ name: String) -> Substring {
        // An ASCII name in contiguous storage (every CMIF element) is searched in one pass over its bytes,
        // where a character is a byte: the offset after its last colon, 0 without one, -1 if not ASCII. O(length).
        let colonEnd = name.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var after = 0
            for i in bytes.indices {
                if bytes[i] >= 0x80 { return -1 }
                if bytes[i] == UInt8(ascii: ":") { after = i + 1 }
            }
            return after
        }
        if let colonEnd, colonEnd >= 0 {
            return colonEnd == 0 ? name[...] : name[name.utf8.index(name.utf8.startIndex, offsetBy: colonEnd)...]
        }
        // An ASCII name is searched on its bytes, where a character is a byte.
        if !name.utf8.contains(where: { $0 >= 0x80 }) {
            guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name[...] }
            return name[name.utf8.index(after: colon)...]
        }
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    private func fail(_ reason: String, at line: Int? = nil) -> ReadError {
        ReadError(source: source, line: line ?? self.line, reason: reason)
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return closeElement(name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let startLine = line
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                if open.isEmpty {
                    if bytes[start..<index].contains(where: { !Self.isSpace($0) }) {
                        throw fail("text outside the root element", at: startLine)
                    }
                    continue
                }
                return .text(try decodeReferences(start, index, line: startLine))
            }
            if hasPrefix("<!--") {
                try skip(past: "-->", what: "comment")
                continue
            }
            if hasPrefix("<![CDATA[") {
                let startLine = line
                guard !open.isEmpty else { throw fail("CDATA section outside the root element") }
                let contentStart = index + 9
                guard let end = find("]]>", from: contentStart) else {
                    throw fail("unterminated CDATA section", at: startLine)
                }
                advance(to: end + 3)
                return .text(String(decoding: bytes[contentStart..<end], as: UTF8.self))
            }
            if hasPrefix("<!") {
                try skipDeclaration()
                continue
            }
            if hasPrefix("<?") {
                try skip(past: "?>", what: "processing instruction")
                continue
            }
            if hasPrefix("</") {
                let tagLine = line
                advance(to: index + 2)
                let name = readName()
                skipSpaces()
                guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                    throw fail("malformed end tag", at: tagLine)
                }
                index += 1
                guard let top = open.last else { throw fail("end tag </\(name)> without a start tag", at: tagLine) }
                guard top.name == name else {
                    throw fail("end tag </\(name)> does not match <\(top.name)> opened at line \(top.line)", at: tagLine)
                }
                return closeElement(name)
            }
            return try readStartTag()
        }
        if let top = open.last {
            // Name the line of the element left open: that is where the fix goes.
            throw fail("<\(top.name)> is never closed (the file ends first)", at: top.line)
        }
        if !sawRoot { throw fail("no root element", at: 1) }
        return nil
    }

    private mutating func closeElement(_ name: String) -> Event {
        open.removeLast()
        if open.isEmpty { rootClosed = true }
        return .end(name: name)
    }

    private mutating func readStartTag() throws -> Event {
        let tagLine = line
        advance(to: index + 1)
        let name = readName()
        guard !name.isEmpty else { throw fail("'<' that does not begin a tag (write &lt; in text)", at: tagLine) }
        if rootClosed { throw fail("a second root element <\(name)>", at: tagLine) }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpaces()
            guard index < bytes.count else { throw fail("unterminated start tag <\(name)>", at: tagLine) }
            let b = bytes[index]
            if b == UInt8(ascii: ">") {
                index += 1
                break
            }
            if b == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw fail("malformed start tag <\(name)>")
                }
                index += 2
                pendingEnd = name
                break
            }
            guard hadSpace else { throw fail("malformed start tag <\(name)>") }
            let attribute = readName()
            guard !attribute.isEmpty else { throw fail("malformed attribute in <\(name)>") }
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw fail("attribute \(attribute) in <\(name)> has no value")
            }
            index += 1
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw fail("attribute \(attribute) in <\(name)> is not quoted")
            }
            let quote = bytes[index]
            let valueLine = line
            let valueStart = index + 1
            var end = valueStart
            while end < bytes.count, bytes[end] != quote {
                if bytes[end] == UInt8(ascii: "<") { throw fail("'<' in the value of attribute \(attribute)", at: line) }
                end += 1
            }
            guard end < bytes.count else { throw fail("unterminated value of attribute \(attribute)", at: valueLine) }
            let raw = try decodeReferences(valueStart, end, line: valueLine)
            advance(to: end + 1)
            guard attributes[attribute] == nil else { throw fail("attribute \(attribute) repeated in <\(name)>", at: valueLine) }
            // Attribute-value normalisation: line breaks and tabs read as spaces (a value without any, the
            // usual one, is kept as it is).
            if raw.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
                var normalized = String.UnicodeScalarView()
                for s in raw.unicodeScalars { normalized.append(s == "\n" || s == "\t" || s == "\r" ? " " : s) }
                attributes[attribute] = String(normalized)
            } else {
                attributes[attribute] = raw
            }
        }
        sawRoot = true
        open.append((name, tagLine))
        return .start(name: name, attributes: attributes, line: tagLine)
    }

    // MARK: - Bytes

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    private static func isNameByte(_ b: UInt8) -> Bool {
        !(isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
            || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"))
    }

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        return index > start
    }

    /// Moves to `target`, counting the line breaks passed.
    private mutating func advance(to target: Int) {
        while index < target {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
    }

    private func hasPrefix(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[index + k] != p[k] { return false }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let p = literal.utf8Start
        var i = start
        while i + count <= bytes.count {
            if bytes[i] == p[0] {
                var k = 1
                while k < count, bytes[i + k] == p[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    private mutating func skip(past terminator: StaticString, what: String) throws {
        let startLine = line
        guard let end = find(terminator, from: index + 2) else { throw fail("unterminated \(what)", at: startLine) }
        advance(to: end + terminator.utf8CodeUnitCount)
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets and quoted literals.
    private mutating func skipDeclaration() throws {
        let startLine = line
        var depth = 0
        var quote: UInt8?
        var i = index + 2
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">") && depth <= 0 {
                advance(to: i + 1)
                return
            }
            i += 1
        }
        throw fail("unterminated declaration", at: startLine)
    }

    /// The text of `bytes[start..<end]` with character and entity references decoded.
    private func decodeReferences(_ start: Int, _ end: Int, line startLine: Int) throws -> String {
        guard bytes[start..<end].contains(UInt8(ascii: "&")) else {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        // Built as bytes: appending to a String.UnicodeScalarView copied the text so far at each
        // reference (a million `&amp;` in one name were quadratic).
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var lineHere = startLine
        var i = start
        var runStart = start
        while i < end {
            let b = bytes[i]
            if b == 0x0A { lineHere += 1 }
            guard b == UInt8(ascii: "&") else { i += 1; continue }
            out.append(contentsOf: bytes[runStart..<i])
            var j = i + 1
            while j < end, j - i <= 12, bytes[j] != UInt8(ascii: ";") { j += 1 }
            guard j < end, bytes[j] == UInt8(ascii: ";") else {
                throw fail("'&' that does not begin a reference (write &amp;)", at: lineHere)
            }
            let body = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            if let scalar = MarkupText.xmlEntities[body] ?? MarkupText.numericReference(body[...], htmlRules: false) {
                out.append(contentsOf: String(scalar).utf8)
            } else {
                throw fail("undefined entity &\(body);", at: lineHere)
            }
            i = j + 1
            runStart = i
        }
        out.append(contentsOf: bytes[runStart..<end])
        return String(decoding: out, as: UTF8.self)
    }
}
