import Foundation

/// Foundation's `range(of:options:)` for the grammar's ASCII markers, answered over the bytes where that is sure to
/// give Foundation's range, and handed to Foundation everywhere else. Foundation bridges each call and compares under
/// canonical equivalence (and Unicode case folding): a byte match beside a non-ASCII byte (a combining mark may follow),
/// a case-insensitive search in non-ASCII text (`ﬁ` folds to `fi`), or a marker holding `K`, `;` or `` ` `` (which
/// the Kelvin sign, the Greek question mark and the varia decompose to) goes to Foundation.
extension ByteSearch {
    static func foundationRange(of marker: String, in text: some StringProtocol, options: String.CompareOptions = [])
        -> Range<String.Index>? {
        let backwards = options.contains(.backwards), folded = options.contains(.caseInsensitive)
        guard options.subtracting([.backwards, .caseInsensitive]).isEmpty else { return text.range(of: marker, options: options) }
        var needle = marker
        let offset = needle.withUTF8 { p -> Int in
            text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                Self.markerOffset(p, in: bytes, backwards: backwards, folded: folded)
            } ?? -2
        }
        switch offset {
        case -1: return nil
        case -2: return text.range(of: marker, options: options)
        default:
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: marker.utf8.count)
        }
    }

    /// The offset of the first (or, `backwards`, the last) occurrence of `p` in `bytes`; -1 for none, -2 where only
    /// Foundation can answer. O(n·m) worst case.
    private static func markerOffset(_ p: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, backwards: Bool, folded: Bool) -> Int {
        let n = bytes.count, m = p.count
        guard m > 0, !p.contains(where: { $0 >= 0x80 || $0 == 10 || $0 == 13 }) else { return -2 }
        let nonASCII = bytes.contains(where: { $0 >= 0x80 })
        if nonASCII, folded || p.contains(where: { $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`") }) {
            return -2
        }
        guard m <= n else { return -1 }
        @inline(__always) func matches(at i: Int) -> Bool {
            var k = 0
            if folded {
                while k < m, lowered(bytes[i + k]) == lowered(p[k]) { k += 1 }
            } else {
                while k < m, bytes[i + k] == p[k] { k += 1 }
            }
            return k == m
        }
        @inline(__always) func answer(_ i: Int) -> Int {
            (i + m < n && bytes[i + m] >= 0x80) || (i > 0 && bytes[i - 1] >= 0x80) ? -2 : i
        }
        if backwards {
            var i = n - m
            while i >= 0 {
                if matches(at: i) { return answer(i) }
                i -= 1
            }
        } else {
            for i in 0...(n - m) where matches(at: i) { return answer(i) }
        }
        return -1
    }

    /// `text.lowercased().hasPrefix(prefix)` for a lowercase ASCII `prefix`, over the bytes where they are ASCII.
    static func hasLoweredPrefix(_ text: String, _ prefix: String) -> Bool {
        let t = text.utf8, p = prefix.utf8
        var ti = t.startIndex
        for b in p {
            guard ti != t.endIndex, t[ti] < 0x80 else { return text.lowercased().hasPrefix(prefix) }
            if lowered(t[ti]) != b { return false }
            ti = t.index(after: ti)
        }
        // A mark after the prefix would join its last character.
        if ti != t.endIndex, t[ti] >= 0x80 { return text.lowercased().hasPrefix(prefix) }
        return true
    }
}

extension ByteSearch {
    /// Where the pattern `, [0-9]` first matches: a comma, a space and an ASCII digit (ASCII bytes stand for
    /// themselves in UTF-8, so the byte offset is the regular expression's match).
    static func firstCommaBeforeDigit(_ text: String) -> String.Index? {
        let offset = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            guard bytes.count >= 3 else { return -1 }
            for i in 0...(bytes.count - 3) where bytes[i] == UInt8(ascii: ",") && bytes[i + 1] == 0x20
                && bytes[i + 2] >= 0x30 && bytes[i + 2] <= 0x39 { return i }
            return -1
        } ?? -2
        switch offset {
        case -1: return nil
        case -2: return text.range(of: #", [0-9]"#, options: .regularExpression)?.lowerBound
        default: return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }
    }
}

extension ByteSearch {
    /// Foundation's `text.contains(word)` for an ASCII word, over the bytes where `text` is ASCII.
    static func foundationContains(_ text: String, _ word: StaticString) -> Bool {
        asciiContains(text, word) ?? text.contains(word.description)
    }
}
