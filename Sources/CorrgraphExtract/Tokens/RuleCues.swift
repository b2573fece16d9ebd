/// The precondition of a family of rules, as data: words at least one of which a text must contain
/// before any rule of the family can apply. Most records trigger no rule of most families, and a
/// family whose cue words are absent is skipped instead of running its searches and slicing.
///
/// Markers must be whole words at both ends (a space, punctuation or the text's end around them), as
/// `TitleText.find` reads them; a family that matches a word's prefix (`"'s telegram"` in `"'s telegrams"`)
/// cannot be cued this way.
///
/// A cue is kept as the longest letter run of each marker phrase (`exchange of views` → `exchange`):
/// a rule that finds a marker on word boundaries has found every letter run of it as a whole run of
/// the text (letters are A–Z, a–z and any non-ASCII byte, as in `TitleText.find`). The test is
/// therefore exact as a precondition — it never skips a family that would have read something.
/// A run with a non-ASCII byte counts as a cue (Unicode lower-casing may turn it into any word).
///
/// ```swift
/// let cues = RuleCues(["conversation", "exchange of views"])
/// cues.occurs(in: "Cable, Kim Sung-ho to Ivan Petrov")      // false
/// cues.occurs(in: "Conversation between A and B")          // true
/// ```
///
/// - Complexity: O(n) in the text's bytes, no allocation; a run of a cue's length is hashed once.
struct RuleCues: Sendable {
    let words: Set<String>

    init(_ phrases: some Sequence<String>) {
        var words: Set<String> = []
        let all = Array(phrases).map { $0.lowercased() }
        // A marker that starts with a shorter one ending in a non-letter (" on the " after " on ") is found
        // only where that one is: the shorter one's cue suffices, and a weak run ("the") stays out.
        let needed = all.filter { phrase in
            !all.contains { other in
                other.utf8.count < phrase.utf8.count && phrase.hasPrefix(other) && other.utf8.last.map { !Self.isLetter($0) } ?? false
            }
        }
        for phrase in needed {
            let runs = Self.letterRuns(Array(phrase.utf8))
            // A phrase with no letter cannot be cued: every text must then pass.
            // Any run of a marker is necessary; the longest that is no function word is the rarest.
            let content = runs.filter { !Self.functionWords.contains(String(decoding: $0, as: UTF8.self)) }
            guard let run = (content.isEmpty ? runs : content).max(by: { $0.count < $1.count }) else { words.insert(""); continue }
            words.insert(String(decoding: run, as: UTF8.self))
        }
        self.words = words
        anyText = words.contains("")
        var lengths: UInt64 = 0
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        var keys: [(hash: UInt64, bytes: [UInt8])] = []
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) }
            keys.append((hash, bytes))
            lengths |= bytes.count < 64 ? 1 << UInt64(bytes.count) : 1 << 63
            let slot = Int(hash % UInt64(Self.filterWords * 64))
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.lengths = lengths
        self.filter = filter
        self.keys = keys
    }

    /// Whether every text passes (a marker with no letter run).
    private let anyText: Bool
    /// A bit per length of a cue word (bit 63: 63 bytes or more): a run of no cue's length is ruled out at once.
    private let lengths: UInt64
    /// A bit per hash slot of the cue words: most runs of a text hit an empty slot and are ruled out
    /// without comparing bytes.
    private let filter: [UInt64]
    private static let filterWords = 16
    /// The cue words' bytes with their hashes: a run is compared only with a word of the same hash.
    private let keys: [(hash: UInt64, bytes: [UInt8])]

    /// FNV-1a (64 bits) over `bytes[start..<end]`, ASCII-lowered as they are read.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end {
            let b = bytes[k]
            h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Words too common to be a good cue when a marker has another word.
    static let functionWords: Set<String> = ["a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "and",
                                             "he", "she", "his", "her", "it", "its"]

    private static func letterRuns(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(whereSeparator: { !isLetter($0) })
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
    }

    /// Whether `text` holds a cue word as a whole letter run (or any run with a non-ASCII byte).
    /// No string is built: each run is tested by its length, then its hash, then its bytes.
    func occurs(in text: String) -> Bool {
        if anyText { return true }
        return text.utf8.withContiguousStorageIfAvailable { occurs(inBytes: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { occurs(inBytes: $0) }
    }

    /// One pass over the bytes: a run's hash is built as its letters are read, and the run is looked up where it
    /// ends. Any byte of 0x80 or more stands in a run with a non-ASCII byte, which counts as a cue.
    private func occurs(inBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { return true }
            // An ASCII letter: A–Z and a–z are the bytes that fall in a–z once bit 5 is set.
            let lowered = b | 0x20
            if lowered &- 97 < 26 {
                hash = (hash ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
                length += 1
            } else if length > 0 {
                if isCue(bytes, start: i - length, length: length, hash: hash) { return true }
                hash = 0xcbf2_9ce4_8422_2325
                length = 0
            }
            i += 1
        }
        return length > 0 && isCue(bytes, start: n - length, length: length, hash: hash)
    }

    /// Whether the ASCII letter run `bytes[start..<start + length]` with FNV-1a hash `hash` is a cue word: its
    /// length, then its hash slot, then its bytes.
    @inline(__always) private func isCue(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int, hash: UInt64) -> Bool {
        guard lengths & (length < 64 ? 1 << UInt64(length) : 1 << 63) != 0 else { return false }
        let slot = Int(hash % UInt64(Self.filterWords * 64))
        guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return false }
        for key in keys where key.hash == hash && key.bytes.count == length {
            var k = 0
            while k < length, bytes[start + k] | 0x20 == key.bytes[k] { k += 1 }
            if k == length { return true }
        }
        return false
    }
}
