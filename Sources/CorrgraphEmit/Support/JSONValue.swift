/// A JSON value with object keys kept in the order written, so that output is stable and
/// readable (Foundation's encoder sorts or shuffles keys).
///
/// ```swift
/// let v: JSONValue = .object([("name", .string("Mao Zedong")), ("pagerank", .number(0.25))])
/// v.serialized()   // {"name":"Mao Zedong","pagerank":0.25}
/// ```
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Equal when they serialize alike: key order counts, and `.int(1)` equals `.number(1)`.
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Compact JSON on one line; `indent` > 0 pretty-prints.
    public func serialized(indent: Int = 0) -> String {
        var out = ""
        // A record's line is some hundreds of bytes: one allocation instead of several doublings.
        out.reserveCapacity(512)
        write(into: &out, indent: indent, level: 0)
        return out
    }

    private func write(into out: inout String, indent: Int, level: Int) {
        // Compact output (indent 0) appends no line breaks or padding at all.
        let pretty = indent > 0
        let pad = { (l: Int) in String(repeating: " ", count: indent * l) }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            if pretty { out += "\n" }
            for (i, item) in items.enumerated() {
                if pretty { out += pad(level + 1) }
                item.write(into: &out, indent: indent, level: level + 1)
                if i < items.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            if pretty { out += pad(level) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            if pretty { out += "\n" }
            for (i, (key, value)) in pairs.enumerated() {
                if pretty { out += pad(level + 1) }
                JSONValue.quote(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, indent: indent, level: level + 1)
                if i < pairs.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            if pretty { out += pad(level) }
            out += "}"
        }
    }

    /// Shortest round-trip form; integers without a fraction; non-finite values as null.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// Whether a byte keeps a string from being copied as it is: a control byte, `"`, `\`, DEL, or the
    /// lead byte of a C1 control (0xC2) or of U+2028/2029 and the bidi controls (0xE2).
    static let stopsPlainCopy: [Bool] = (0...255).map { b in b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 || b == 0x7F || b == 0xC2 }

    /// `quote(_:into:)` appended as UTF-8 bytes: a string that needs no escape is copied whole; one that
    /// does goes through the text version, so both write the same bytes.
    static func quote(_ s: String, into out: inout [UInt8]) {
        // The same test over the contiguous bytes (the generic UTF-8 view walk costs ~17 instructions a byte).
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // One table look-up a byte instead of six comparisons.
            let stops = stopsPlainCopy.withUnsafeBufferPointer { table in bytes.contains { table[Int($0)] } }
            if stops { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if plain == true { return }
        if plain == nil, !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 || $0 == 0x7F || $0 == 0xC2 }) {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var text = ""
        quote(s, into: &text)
        out.append(contentsOf: text.utf8)
    }

    /// Writes `s` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape (no quote, backslash, control byte, nor 0xE2 that leads U+2028/2029):
        // they are appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 || $0 == 0x7F || $0 == 0xC2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // DEL, C1 controls and bidi controls too: the data is kept, but never raw in the file (issue 13).
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || (0x7F...0x9F).contains(scalar.value)
                    || MarkupEscaper.isBidiControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
