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
/// - Complexity: O(n) in the text's bytes, one set look-up per letter run of a cue's length.
struct RuleCues: Sendable {
    let words: Set<String>
    private let shortest: Int
    private let longest: Int

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
        shortest = words.map(\.utf8.count).min() ?? 0
        longest = words.map(\.utf8.count).max() ?? 0
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for word in words {
            let slot = Self.slot(of: Array(word.utf8)[...])
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.filter = filter
    }

    /// A bit per hash slot of the cue words: most runs of a text hit an empty slot and are ruled out
    /// without building a string or hashing it with the set's hasher.
    private let filter: [UInt64]
    private static let filterWords = 16

    /// FNV-1a over the bytes, ASCII-lowered as they are read, into one of `filterWords * 64` slots.
    @inline(__always) private static func slot(of bytes: some Collection<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in bytes {
            h = (h ^ UInt32(b >= 65 && b <= 90 ? b + 32 : b)) &* 16_777_619
        }
        return Int(h % UInt32(filterWords * 64))
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
    func occurs(in text: String) -> Bool {
        if words.contains("") { return true }
        var text = text
        return text.withUTF8 { bytes -> Bool in
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
                if length >= shortest, length <= longest {
                    let slot = Self.slot(of: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { i = j; continue }
                    let run = String(unsafeUninitializedCapacity: length) { out in
                        for k in 0..<length {
                            let b = bytes[i + k]
                            out[k] = b >= 65 && b <= 90 ? b + 32 : b
                        }
                        return length
                    }
                    if words.contains(run) { return true }
                }
                i = j
            }
            return false
        }
    }
}
