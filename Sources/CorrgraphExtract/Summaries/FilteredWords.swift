/// A set of words with a bit filter in front (`WordFilter`): most words asked about are none of the set's
/// and are ruled out by a hash of their bytes, without the set's own hashing. `contains` answers exactly
/// what the set answers (a word of the set has the same bytes, so the same filter bit, as the one asked).
struct FilteredWords: Sendable {
    let words: Set<String>
    private let filter: WordFilter

    init(_ words: Set<String>) {
        self.words = words
        filter = WordFilter(words)
    }

    @inline(__always) func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { filter.mayHold(key: $0[...]) } && words.contains(word)
    }
}

extension SummaryWords {
    /// `s.hasSuffix(String(UnicodeScalar(byte)))` for an ASCII punctuation byte, read from the last bytes: the
    /// byte is a Character of its own when the byte before it is ASCII too (or there is none).
    @inline(__always) static func endsWith(_ s: String, _ byte: UInt8) -> Bool {
        let utf8 = s.utf8
        guard let last = utf8.last, last == byte else { return false }
        let count = utf8.count
        if count == 1 { return true }
        if utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 { return true }
        return s.hasSuffix(String(UnicodeScalar(byte)))
    }
}

extension SummaryWords {
    /// `s.hasSuffix("'s") || s.hasSuffix("’s")`, read from the last bytes where the apostrophe stands after an
    /// ASCII byte (or opens the word): it is then a Character of its own, and so is the final `s`.
    static func endsPossessive(_ s: String) -> Bool {
        let fast = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            let n = b.count
            // Either suffix ends in the byte `s`, right after the apostrophe's bytes (no Character has other bytes).
            guard n >= 2, b[n - 1] == UInt8(ascii: "s") else { return false }
            if b[n - 2] == UInt8(ascii: "'") { return n == 2 || b[n - 3] < 0x80 ? true : nil }
            if n >= 4, b[n - 4] == 0xE2, b[n - 3] == 0x80, b[n - 2] == 0x99 { return n == 4 || b[n - 5] < 0x80 ? true : nil }
            return false
        }
        if let fast, let answer = fast { return answer }
        return s.hasSuffix("'s") || s.hasSuffix("’s")
    }
}
