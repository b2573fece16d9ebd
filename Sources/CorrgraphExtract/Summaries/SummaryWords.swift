/// The summary's words and sentences read over its UTF-8 bytes. Each function gives exactly what its
/// Character version gives (`split(separator: " ")`, `SummaryReader.sentences`), and returns nil, or
/// takes the Character path, where the two could differ.
///
/// A space byte is a Character of its own unless a non-ASCII scalar stands beside it: grapheme clusters
/// join a space only with combining marks, joiners and prepended signs, all non-ASCII. Where every space
/// byte has ASCII bytes (or the text's ends) beside it, cutting at space bytes is cutting at space Characters.
///
/// - Complexity: O(n) in the text's bytes.
enum SummaryWords {
    /// Whether every space byte of `bytes` stands between ASCII bytes (see above).
    @inline(__always) static func spacesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        for i in 0..<n where bytes[i] == 0x20 {
            if i > 0, bytes[i - 1] >= 0x80 { return false }
            if i + 1 < n, bytes[i + 1] >= 0x80 { return false }
        }
        return true
    }

    /// The non-empty runs between space bytes, as byte ranges.
    @inline(__always) static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        let n = bytes.count
        for i in 0...n where i == n || bytes[i] == 0x20 {
            if i > start { ranges.append(start..<i) }
            start = i + 1
        }
        return ranges
    }

    /// `text.split(separator: " ").map(String.init)`.
    static func spaceSeparated(_ text: String) -> [String] {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard spacesStandAlone(bytes) else { return nil }
            // Counted first, so that the words are stored in one array of the final size.
            var count = 0
            var previous: UInt8 = 0x20
            for b in bytes {
                if previous == 0x20 && b != 0x20 { count += 1 }
                previous = b
            }
            var words: [String] = []
            words.reserveCapacity(count)
            var start = 0
            let n = bytes.count
            for i in 0...n where i == n || bytes[i] == 0x20 {
                if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return words
        }
        if let words = fast ?? nil { return words }
        return text.split(separator: " ").map(String.init)
    }

    /// `SummaryReader.sentences` (split at a word that ends a sentence, words joined by one space), or nil
    /// where the text's spaces do not stand alone.
    static func sentences(_ text: String, limit: Int) -> [String]? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard spacesStandAlone(bytes) else { return nil }
            var result: [String] = []
            let n = bytes.count
            // The sentence so far: from its first word's first byte to its last word's end. Where its words stand
            // one space apart (a normalised text) it is that byte range itself, copied once.
            var first = -1
            var lastEnd = 0
            var spacedOnce = true
            func sentence() -> String {
                let range = UnsafeBufferPointer(rebasing: bytes[first..<lastEnd])
                if spacedOnce { return String(decoding: range, as: UTF8.self) }
                return joined(wordRanges(range).map { String(decoding: UnsafeBufferPointer(rebasing: range[$0]), as: UTF8.self) }[...])
            }
            var start = 0
            while start < n, result.count < limit {
                var end = start
                while end < n, bytes[end] != 0x20 { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                if first < 0 { first = start } else if start != lastEnd + 1 { spacedOnce = false }
                lastEnd = end
                // Most words end in none of the bytes below and cannot end a sentence.
                let last = bytes[end - 1]
                guard last == UInt8(ascii: ".") || last == UInt8(ascii: "]") || last == UInt8(ascii: ")")
                        || last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") || last == 0x9D else { continue }
                if endsSentence(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    result.append(sentence())
                    first = -1
                    spacedOnce = true
                }
            }
            if first >= 0, result.count < limit { result.append(sentence()) }
            return result
        }
        return found ?? nil
    }

    /// The key (`NamePhrase.wordKey`) of the text's first word after leading determiners ("The", "A"):
    /// the word the rules that read the summary's restatement of its record start from. The first
    /// sentence's words are the text's first words, so a rule whose opening word is not this one cannot
    /// apply. "" when there is no such word; nil where the text's spaces do not stand alone.
    static func openingKey(_ text: String) -> String? {
        // From the text's words and keys, which the clause rules have split already.
        SummaryTokens.of(text).openingKey
    }
}

/// A bit per hash slot of a set of words (as `NamePhrase.wordKey` gives them: lower case, no
/// punctuation at either end). `mayHold(token)` is false only when the token's key is none of the words;
/// it reads the token's bytes without building its key, and passes every token with a non-ASCII byte
/// (whose key Unicode lower-casing makes).
///
/// - Complexity: O(n) in the token's bytes.
struct WordFilter: Sendable {
    private let bits: [UInt64]
    private static let slots = 4096

    init(_ words: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: Self.slots / 64)
        for word in words {
            var word = word
            let slot = word.withUTF8 { Self.slot($0[...]) }
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.bits = bits
    }

    /// FNV-1a over the bytes, A–Z lowered.
    @inline(__always) private static func slot(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b >= 65 && b <= 90 ? b + 32 : b)) &* 16_777_619 }
        return Int(h % UInt32(slots))
    }

    func mayHold(_ token: String) -> Bool {
        token.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // The key drops the characters that are not letters or digits at both ends (`ASCIIWords.key`).
            var lo = 0, hi = bytes.count
            for b in bytes where b >= 0x80 { return true }
            while lo < hi, !ASCIIWords.isAlphanumeric(bytes[lo]) { lo += 1 }
            while hi > lo, !ASCIIWords.isAlphanumeric(bytes[hi - 1]) { hi -= 1 }
            return mayHold(key: bytes[lo..<hi])
        } ?? true
    }

    /// Whether the ASCII word `key` (any case) may be one of the words.
    @inline(__always) func mayHold(key: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let slot = Self.slot(key)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}

extension SummaryWords {
    /// `words.joined(separator: " ")`, its bytes copied once into storage of the final length.
    static func joined(_ words: ArraySlice<String>) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        var length = words.count - 1
        for word in words { length += word.utf8.count }
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            for (n, word) in words.enumerated() {
                if n > 0 { out[at] = 0x20; at += 1 }
                // Each word's bytes in one copy where they are stored contiguously (native and small strings).
                let copied = word.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                    if let source = bytes.baseAddress, let target = out.baseAddress, bytes.count > 0 {
                        (target + at).update(from: source, count: bytes.count)
                    }
                    return bytes.count
                }
                if let copied { at += copied; continue }
                for b in word.utf8 { out[at] = b; at += 1 }
            }
            return at
        }
    }
}

extension SummaryWords {
    /// `s.first?.isUppercase == true`, read from the first byte when the first Character is one ASCII
    /// scalar (an ASCII byte followed by another ASCII byte or nothing): then only A–Z are upper case.
    @inline(__always) static func opensUppercase<S: StringProtocol>(_ s: S) -> Bool {
        var bytes = s.utf8.makeIterator()
        guard let b0 = bytes.next() else { return false }
        if b0 < 0x80, (bytes.next() ?? 0) < 0x80 { return b0 >= 65 && b0 <= 90 }
        return s.first?.isUppercase == true
    }

    /// `s.first?.isLowercase == true`, likewise.
    @inline(__always) static func opensLowercase<S: StringProtocol>(_ s: S) -> Bool {
        var bytes = s.utf8.makeIterator()
        guard let b0 = bytes.next() else { return false }
        if b0 < 0x80, (bytes.next() ?? 0) < 0x80 { return b0 >= 97 && b0 <= 122 }
        return s.first?.isLowercase == true
    }
}

extension SummaryWords {
    /// `SummaryReader.endsSentence` of a word given as bytes: read over the bytes when every byte is printable
    /// ASCII (one Character each, lower-cased byte by byte), else by the Character version.
    static func endsSentence(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return SummaryReader.endsSentence(Substring(String(decoding: token, as: UTF8.self)))
        }
        // "1962.]", "reply.\"": closing brackets and quotes off the end, the word's first character kept.
        var end = token.count
        while end >= 2, [UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(token[end - 1]) { end -= 1 }
        guard end >= 1, token[end - 1] == UInt8(ascii: ".") else { return false }
        if NamePhrase.isInitials(String(decoding: UnsafeBufferPointer(rebasing: token[0..<end]), as: UTF8.self)) { return false }
        // The abbreviation's key: the word before the period, lower-cased, without opening brackets at either end.
        var lo = 0, hi = end - 1
        while lo < hi, token[lo] == UInt8(ascii: "(") || token[lo] == UInt8(ascii: "[") { lo += 1 }
        while hi > lo, token[hi - 1] == UInt8(ascii: "(") || token[hi - 1] == UInt8(ascii: "[") { hi -= 1 }
        let key = String(unsafeUninitializedCapacity: hi - lo) { out in
            for k in lo..<hi { let b = token[k]; out[k - lo] = b >= 65 && b <= 90 ? b + 32 : b }
            return hi - lo
        }
        return !SummaryReader.abbreviations.contains(key)
    }
}

extension SummaryWords {
    /// `NamePhrase.wordKey(word)`, which is the word itself when it is ASCII without capitals and opens and ends
    /// with a letter or digit (most words of a summary): then no new string is built.
    static func key(_ word: String) -> String {
        let isOwnKey = word.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let first = b.first, let last = b.last, ASCIIWords.isAlphanumeric(first), ASCIIWords.isAlphanumeric(last) else { return false }
            for x in b where x >= 0x80 || (x >= 65 && x <= 90) { return false }
            return true
        } ?? false
        return isOwnKey ? word : NamePhrase.wordKey(word)
    }

    /// `Array(text.split(separator: " ").prefix(count))`, read only as far as those words (the whole split of a long
    /// rest of a summary was made to take its first few words).
    static func leadingWords(_ text: Substring, _ count: Int) -> [Substring] {
        var words: [Substring] = []
        var rest = text
        while words.count < count, let start = rest.firstIndex(where: { $0 != " " }) {
            let end = rest[start...].firstIndex(of: " ") ?? rest.endIndex
            words.append(rest[start..<end])
            rest = rest[end...]
        }
        return words
    }

    /// `text.split(separator: " ").first.map(String.init)`, cut at space bytes where the text's spaces stand alone.
    static func firstWord(_ text: String) -> String? {
        if let found = firstWordOverBytes(text) { return found.word }
        return text.split(separator: " ").first.map(String.init)
    }

    static func firstWord(_ text: Substring) -> String? {
        if let found = firstWordOverBytes(text) { return found.word }
        return text.split(separator: " ").first.map(String.init)
    }

    private static func firstWordOverBytes<S: StringProtocol>(_ text: S) -> (read: Bool, word: String?)? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (read: Bool, word: String?) in
            guard spacesStandAlone(bytes) else { return (false, nil) }
            let n = bytes.count
            var start = 0
            while start < n, bytes[start] == 0x20 { start += 1 }
            guard start < n else { return (true, nil) }
            var end = start
            while end < n, bytes[end] != 0x20 { end += 1 }
            return (true, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        if let found, found.read { return found }
        return nil
    }

    /// `text.split(separator: " ").last.map(String.init)`, likewise.
    static func lastWord(_ text: String) -> String? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (read: Bool, word: String?) in
            guard spacesStandAlone(bytes) else { return (false, nil) }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return (true, nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return (true, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        if let found, found.read { return found.word }
        return text.split(separator: " ").last.map(String.init)
    }

    /// `word.lowercased() == lower` for an ASCII lower-case `lower` (`"to"`, `"the"`): a word with a byte
    /// outside ASCII is lower-cased as Unicode says.
    @inline(__always) static func lowersTo(_ word: String, _ lower: StaticString) -> Bool {
        let m = lower.utf8CodeUnitCount
        let p = lower.utf8Start
        let answer = word.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            for x in b where x >= 0x80 { return nil }
            guard b.count == m else { return false }
            for k in 0..<m where (b[k] >= 65 && b[k] <= 90 ? b[k] + 32 : b[k]) != p[k] { return false }
            return true
        }
        if let answer, let known = answer { return known }
        return word.lowercased() == String(decoding: UnsafeBufferPointer(start: p, count: m), as: UTF8.self)
    }

    /// `word.hasSuffix(suffix)` for an ASCII suffix: false at once when the last bytes differ (a word that ends in
    /// the suffix's Characters ends in its bytes).
    @inline(__always) static func endsWithASCII(_ word: String, _ suffix: StaticString) -> Bool {
        let m = suffix.utf8CodeUnitCount
        let p = suffix.utf8Start
        let utf8 = word.utf8
        guard utf8.count >= m else { return false }
        var k = m
        for b in utf8.reversed() {
            k -= 1
            if b != p[k] { return false }
            if k == 0 { break }
        }
        return word.hasSuffix(String(decoding: UnsafeBufferPointer(start: p, count: m), as: UTF8.self))
    }

    /// `s.drop { $0 == "(" || $0 == "[" }` followed by `opensUppercase`, over the bytes where each bracket byte is
    /// a Character of its own (the byte after it is ASCII).
    static func opensUppercaseAfterBrackets(_ s: String) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var k = 0
            while k < b.count, b[k] == UInt8(ascii: "(") || b[k] == UInt8(ascii: "[") {
                if k + 1 < b.count, b[k + 1] >= 0x80 { return nil }
                k += 1
            }
            guard k < b.count else { return false }
            if b[k] < 0x80, k + 1 >= b.count || b[k + 1] < 0x80 { return b[k] >= 65 && b[k] <= 90 }
            return nil
        }
        if let answer, let known = answer { return known }
        return opensUppercase(s.drop { $0 == "(" || $0 == "[" })
    }
}
