import Foundation

/// A JSON value as the readers use it: objects keep their members in order (a key given twice keeps its
/// last value, as `JSONSerialization` does), and numbers and `true`/`false` are the `NSNumber`s Foundation
/// gives (integers that fit `Int` as `Int`, other numbers as `Double`), so a bare year reads as `1949`.
/// A typed value, not `Any`: reading a field is a switch, not a dynamic cast (casts were most of the time
/// of reading a previous extraction back: 5.3 G of 8.4 G instructions for 53,500 lines).
enum JSONValue {
    case object(JSONObject)
    case array([JSONValue])
    case string(String)
    case number(NSNumber)
    case null

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var object: JSONObject? { if case .object(let o) = self { o } else { nil } }
    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    var number: NSNumber? { if case .number(let n) = self { n } else { nil } }
    var isNull: Bool { if case .null = self { true } else { false } }
}

/// A JSON object's members in the order written. Objects of catalogue lines have a handful of keys, so a
/// lookup scans them (from the end: the last of a repeated key wins).
struct JSONObject {
    var members: [(key: String, value: JSONValue)] = []

    subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    /// Each key with its last value, in one pass (a lookup per key would scan the members again for each: quadratic
    /// on a hostile line of many keys).
    var lastValues: [String: JSONValue] {
        Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Each key once.
    var keys: [String] {
        var seen = Set<String>()
        return members.compactMap { seen.insert($0.key).inserted ? $0.key : nil }
    }

    var isEmpty: Bool { members.isEmpty }
}

/// A JSON text (RFC 8259) parsed straight from its UTF-8 bytes into `JSONValue`s, without copying it into
/// `Data` first.
///
/// As Foundation's parser: the top level is an object or an array, objects and arrays nest at most
/// 512 levels (the top one is level 1), a string holds no raw control character, a `\u` escape of a
/// UTF-16 surrogate must be one half of a pair, and a key given twice keeps its last value. The bytes
/// must be valid UTF-8 (the readers check each line before parsing it).
///
/// ```swift
/// let bytes = Array(#"{"title": "Cable, Mao Zedong to Stalin", "year": 1949}"#.utf8)
/// let value = try bytes.withUnsafeBufferPointer { try JSONBytes.parse($0) }
/// value.object?["year"]?.number   // 1949
/// ```
///
/// - Complexity: O(n) in the bytes; recursion depth at most 512.
enum JSONBytes {
    /// Why a text is not JSON, with the offset of the byte where that was found.
    struct Failure: Error, Equatable {
        let reason: String
        let offset: Int
        var description: String { "\(reason) at byte \(offset + 1)" }
    }

    static let maximumDepth = 512

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "{") || parser.peek == UInt8(ascii: "[") else {
            throw parser.failure(parser.peek == nil ? "no JSON value" : "the text is not a JSON object or array")
        }
        let value = try parser.value(depth: 1)
        parser.skipSpace()
        guard parser.peek == nil else { throw parser.failure("more than one JSON value") }
        return value
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        func failure(_ reason: String) -> Failure { Failure(reason: reason, offset: i) }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        /// A value starting at `i` (after white space), its containers at `depth`.
        mutating func value(depth: Int) throws -> JSONValue {
            guard let byte = peek else { throw failure("unexpected end of the text") }
            switch byte {
            case UInt8(ascii: "{"): return .object(try object(depth: depth))
            case UInt8(ascii: "["): return .array(try array(depth: depth))
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .number(NSNumber(value: true))
            case UInt8(ascii: "f"): try literal("false"); return .number(NSNumber(value: false))
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw failure("unexpected character")
            }
        }

        mutating func object(depth: Int) throws -> JSONObject {
            guard depth <= JSONBytes.maximumDepth else { throw failure("nested more than \(JSONBytes.maximumDepth) levels") }
            i += 1
            var result = JSONObject()
            skipSpace()
            if peek == UInt8(ascii: "}") { i += 1; return result }
            while true {
                guard peek == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
                let key = try string()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw failure("expected : after a key") }
                i += 1
                skipSpace()
                let member = try value(depth: depth + 1)
                result.members.append((key, member))
                skipSpace()
                switch peek {
                case UInt8(ascii: ","): i += 1; skipSpace()
                case UInt8(ascii: "}"): i += 1; return result
                default: throw failure("expected , or } in an object")
                }
            }
        }

        mutating func array(depth: Int) throws -> [JSONValue] {
            guard depth <= JSONBytes.maximumDepth else { throw failure("nested more than \(JSONBytes.maximumDepth) levels") }
            i += 1
            var result: [JSONValue] = []
            skipSpace()
            if peek == UInt8(ascii: "]") { i += 1; return result }
            while true {
                let element = try value(depth: depth + 1)
                result.append(element)
                skipSpace()
                switch peek {
                case UInt8(ascii: ","): i += 1; skipSpace()
                case UInt8(ascii: "]"): i += 1; return result
                default: throw failure("expected , or ] in an array")
                }
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { throw failure("unexpected character") }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw failure("unexpected character") }
            i += count
        }

        /// A string starting at its opening quote. A run without escapes is decoded in one piece.
        mutating func string() throws -> String {
            i += 1
            let start = i
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    defer { i += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw failure("a control character in a string") }
                i += 1
            }
            var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: decoded, as: UTF8.self)
                }
                guard byte >= 0x20 else { throw failure("a control character in a string") }
                guard byte == UInt8(ascii: "\\") else {
                    decoded.append(byte)
                    i += 1
                    continue
                }
                i += 1
                guard let escaped = peek else { break }
                i += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = UInt32(try hexQuad())
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate: the low half must follow as its own escape.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw failure("a \\u escape of half a surrogate pair")
                        }
                        i += 2
                        let low = UInt32(try hexQuad())
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("a \\u escape of half a surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw failure("a \\u escape of half a surrogate pair")
                    }
                    guard let character = Unicode.Scalar(scalar) else { throw failure("an invalid \\u escape") }
                    decoded.append(contentsOf: String(character).utf8)
                default:
                    i -= 1
                    throw failure("an invalid escape")
                }
            }
            throw failure("a string without its closing quote")
        }

        mutating func hexQuad() throws -> UInt16 {
            guard i + 4 <= bytes.count else { throw failure("an invalid \\u escape") }
            var value: UInt16 = 0
            for _ in 0..<4 {
                let byte = bytes[i]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw failure("an invalid \\u escape")
                }
                value = value << 4 | UInt16(digit)
                i += 1
            }
            return value
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`: an integer that fits `Int` as `Int`,
        /// anything else as `Double`.
        mutating func number() throws -> NSNumber {
            let start = i
            func digits() -> Int {
                let from = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                return i - from
            }
            if peek == UInt8(ascii: "-") { i += 1 }
            if peek == UInt8(ascii: "0") {
                i += 1
            } else if digits() == 0 {
                throw failure("a number without digits")
            }
            var integral = true
            if peek == UInt8(ascii: ".") {
                i += 1
                integral = false
                guard digits() > 0 else { throw failure("a number without digits after its point") }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                i += 1
                integral = false
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw failure("a number without digits in its exponent") }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            if integral, let integer = Int(text) { return NSNumber(value: integer) }
            guard let double = Double(text) else { throw failure("a number out of range") }
            return NSNumber(value: double)
        }
    }
}
