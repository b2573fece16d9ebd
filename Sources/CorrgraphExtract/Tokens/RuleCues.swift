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

    private func occurs(inBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            guard Self.isLetter(bytes[i]) else { i += 1; continue }
            var j = i
            var ascii = true
            while j < n, Self.isLetter(bytes[j]) {
                if bytes[j] >= 0x80 { ascii = false }
                j += 1
            }
            if !ascii { return true }
            let length = j - i
            if lengths & (length < 64 ? 1 << UInt64(length) : 1 << 63) != 0 {
                let hash = Self.hash(bytes, i, j)
                let slot = Int(hash % UInt64(Self.filterWords * 64))
                if filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 {
                    for key in keys where key.hash == hash && key.bytes.count == length {
                        var k = 0
                        while k < length {
                            let b = bytes[i + k]
                            if (b >= 65 && b <= 90 ? b + 32 : b) != key.bytes[k] { break }
                            k += 1
                        }
                        if k == length { return true }
                    }
                }
            }
            i = j
        }
        return false
    }
}
