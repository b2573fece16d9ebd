#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Literal substring search over UTF-8 bytes for the extraction grammar.
///
/// Foundation's `range(of:)` bridges every call to CoreFoundation and compares UTF-16 code units under
/// canonical equivalence; profiling a 50,000-record listing showed it as the largest single cost of
/// extraction. The grammar searches for literal markers (`" to "`, `"'s "`) in text it has already
/// normalised, so a byte comparison gives the same ranges. This overload is found first inside
/// CorrgraphExtract; `range(of:options:)` with options still goes to Foundation.
///
/// - Complexity: O(n·m) worst case for a text of n bytes and a marker of m bytes; markers are short and
///   the first byte is skipped to with `firstIndex(of:)`, so in practice O(n).
extension StringProtocol {
    func range(of marker: String) -> Range<String.Index>? {
        var marker = marker
        return marker.withUTF8 { needle -> Range<String.Index>? in
            guard let first = needle.first else { return nil }
            let haystack = self.utf8
            let found: Int?? = haystack.withContiguousStorageIfAvailable { bytes -> Int? in
                ByteSearch.firstOffset(of: needle, firstByte: first, in: bytes)
            }
            let offset: Int?
            if let found { offset = found } else { offset = ByteSearch.firstOffset(of: needle, firstByte: first, in: Array(haystack)) }
            guard let offset else { return nil }
            let lower = haystack.index(haystack.startIndex, offsetBy: offset)
            return lower..<haystack.index(lower, offsetBy: needle.count)
        }
    }
}

enum ByteSearch {
    /// How many times `byte` occurs in `text`, counting no further than `limit`.
    static func count(_ byte: UInt8, in text: some StringProtocol, upTo limit: Int) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var found = 0
            for b in bytes where b == byte {
                found += 1
                if found >= limit { break }
            }
            return found
        } ?? min(limit, text.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) })
    }

    /// `text.utf8.contains(byte)` over the contiguous bytes: the generic walk over a UTF-8 view costs some
    /// seventeen instructions a byte, and guards like this run on every title and summary.
    static func holds(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // (memchr reads a summary's bytes several at a time; a byte loop costs some four instructions a byte.)
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// Whether Foundation's case-insensitive search could find the ASCII `needle` in `text`: a text of
    /// ASCII bytes holds it only where its bytes match with A–Z lowered (Unicode case folding is ASCII
    /// folding there); a text with any other byte is not ruled out. A quick test before the search.
    /// O(n·m) worst case, O(n) for short needles.
    static func mayContainCaseInsensitive(_ text: String, _ needle: StaticString) -> Bool {
        let m = needle.utf8CodeUnitCount
        guard m > 0 else { return true }
        let p = needle.utf8Start
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            let n = bytes.count
            guard let base = bytes.baseAddress else { return false }
            // A byte outside ASCII answers true at once (so does a match, wherever it stands). A candidate is a byte
            // whose bit-5-set form is the needle's anchor (both cases of a letter), compared A–Z lowered from the
            // needle's start. The anchor is the needle's first byte other than a space: many needles open with a space
            // (` for `, ` to `), which stands between every two words of a text, and a letter is a candidate far less often.
            var anchor = 0
            while anchor < m - 1, p[anchor] == 0x20 { anchor += 1 }
            let first = p[anchor] | 0x20
            @inline(__always) func matches(at candidate: Int) -> Bool {
                let i = candidate - anchor
                guard i >= 0, i + m <= n else { return false }
                var k = 0
                while k < m, Self.lowered(base[i + k]) == Self.lowered(p[k]) { k += 1 }
                return k == m
            }
            // Eight bytes at a time: one test for a byte outside ASCII, one for a candidate among them.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let pattern = ones &* UInt64(first)
            var i = 0
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & highs != 0 { return true }
                // A zero byte of `x` is a candidate; the test below is nonzero exactly when there is one.
                let x = (word | 0x2020_2020_2020_2020) ^ pattern
                if (x &- ones) & ~x & highs != 0 {
                    for k in i..<(i + 8) where base[k] | 0x20 == first && matches(at: k) { return true }
                }
                i += 8
            }
            while i < n {
                let b = base[i]
                if b >= 0x80 { return true }
                if b | 0x20 == first, matches(at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// A–Z lowered, any other byte as it is.
    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// Foundation's `contains` for an ASCII `needle`, answered over the bytes when `text` is ASCII (there the
    /// canonical comparison is a byte comparison, and no ASCII needle can split the one two-scalar
    /// character, CR LF, unless it holds CR or LF); nil for any other text, which the caller gives to Foundation.
    /// O(n·m) worst case, O(n) for short needles.
    static func asciiContains(_ text: some StringProtocol, _ needle: StaticString) -> Bool? {
        let m = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            if bytes.contains(where: { $0 >= 0x80 }) { return nil }
            guard m > 0, bytes.count >= m else { return m == 0 }
            for i in 0...(bytes.count - m) where bytes[i] == p[0] {
                var k = 1
                while k < m, bytes[i + k] == p[k] { k += 1 }
                if k == m { return true }
            }
            return false
        }
        return answer ?? nil
    }

    /// `text.firstIndex(of: Character(ascii))` for an ASCII character that no mark attaches to (`,`), over the
    /// bytes while they are ASCII: there each byte is a character (CR LF aside, which it is not). A non-ASCII
    /// byte before the hit, or right after it, hands the question to the character search.
    static func firstIndex(ofASCII ascii: UInt8, in text: Substring) -> String.Index? {
        let offset = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return -2 }
                if b == ascii { return i + 1 < bytes.count && bytes[i + 1] >= 0x80 ? -2 : i }
            }
            return -1
        } ?? -2
        switch offset {
        case -1: return nil
        case -2: return text.firstIndex(of: Character(Unicode.Scalar(ascii)))
        default: return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }
    }

    /// `firstOffset` over contiguous bytes: memchr jumps to each occurrence of the first byte, or of the second
    /// for a marker that opens with a space (" to ", " asks "): spaces stand between all words, its second byte
    /// far less often. Occurrences are met in order of their start either way, so the first found is the first.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, firstByte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count, m = needle.count
        guard m <= n, let base = bytes.baseAddress else { return nil }
        let skip = m >= 2 && firstByte == 0x20 && needle[1] != 0x20 ? 1 : 0
        let key = Int32(needle[skip])
        var i = 0
        while i <= n - m {
            guard let hit = memchr(base + i + skip, key, n - m - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - skip
            var k = 0
            while k < m, base[i + k] == needle[k] { k += 1 }
            if k == m { return i }
            i += 1
        }
        return nil
    }

    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, firstByte: UInt8, in bytes: some RandomAccessCollection<UInt8>) -> Int? {
        let n = bytes.count, m = needle.count
        guard m <= n else { return nil }
        var i = 0
        let start = bytes.startIndex
        while i <= n - m {
            if bytes[bytes.index(start, offsetBy: i)] == firstByte {
                var k = 1
                while k < m, bytes[bytes.index(start, offsetBy: i + k)] == needle[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }
}
