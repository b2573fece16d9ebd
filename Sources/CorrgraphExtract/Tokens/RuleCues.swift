import Foundation

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
/// Every `RuleCues` is registered, when it is made, in one combined lexicon (`CueRegistry`): a text read
/// once into a `CuePresence` answers `occurs(in: presence)` for every table by a bit test, instead of one
/// scan of the text per table. A rule that tests the record's text takes its presence; a rule that tests a
/// rewritten or derived text (a slice, a sentence) keeps `occurs(in: text)`.
///
/// - Complexity: `occurs(in: text)` is O(n) in the text's bytes, no allocation; a run of a cue's length is
///   hashed once. `occurs(in: presence)` is O(1).
struct RuleCues: Sendable {
    let words: Set<String>
    /// This table's bit in the combined lexicon (`CueRegistry`); nil once the lexicon is full.
    let id: Int?

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
        id = CueRegistry.shared.register(words)
        var lengths: UInt64 = 0
        // Sixteen slots a word at least: a large table (every office word) keeps most slots empty, so that a run that
        // is no cue word rarely passes the filter and is compared with the keys.
        var filterSlots = Self.filterWords * 64
        while filterSlots < words.count * 16 { filterSlots *= 2 }
        var filter = [UInt64](repeating: 0, count: filterSlots / 64)
        var keys: [(hash: UInt64, bytes: [UInt8])] = []
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) }
            keys.append((hash, bytes))
            lengths |= bytes.count < 64 ? 1 << UInt64(bytes.count) : 1 << 63
            let slot = Int(truncatingIfNeeded: hash & UInt64(filterSlots - 1))
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.lengths = lengths
        self.filter = filter
        filterMask = UInt64(filterSlots - 1)
        self.keys = keys
    }

    /// Whether every text passes (a marker with no letter run).
    private let anyText: Bool
    /// A bit per length of a cue word (bit 63: 63 bytes or more): a run of no cue's length is ruled out at once.
    private let lengths: UInt64
    /// A bit per hash slot of the cue words: most runs of a text hit an empty slot and are ruled out
    /// without comparing bytes.
    private let filter: [UInt64]
    /// The filter's slot count less one (a power of two).
    private let filterMask: UInt64
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

    /// Whether the text `presence` was made from holds a cue word: exactly `occurs(in: presence.text)`,
    /// answered by the table's bit when the table was registered before the text was read.
    @inline(__always) func occurs(in presence: CuePresence) -> Bool {
        presence.answer(key) ?? occurs(in: presence.text)
    }

    /// `occurs(in: text)`, answered by the bit test when `presence` was read from this same text (a rule that may be
    /// handed a derived text, a slice or a rewrite, scans that text instead).
    @inline(__always) func occurs(in text: String, reading presence: CuePresence?) -> Bool {
        if let presence, presence.text == text { return occurs(in: presence) }
        return occurs(in: text)
    }

    /// What `occurs(in: presence)` needs of the table, without its words: a value to keep per rule family.
    var key: CueKey { CueKey(id: id, anyText: anyText) }

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
        let slot = Int(truncatingIfNeeded: hash & filterMask)
        guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return false }
        for key in keys where key.hash == hash && key.bytes.count == length {
            var k = 0
            while k < length, bytes[start + k] | 0x20 == key.bytes[k] { k += 1 }
            if k == length { return true }
        }
        return false
    }
}

/// Which registered cue tables (`RuleCues`) a text holds, read in one pass over its letter runs: each run is
/// hashed once and looked up once in the combined lexicon, which maps a word to the bit set of the tables it
/// belongs to. Made once per text and passed along with it to the rules that test that text.
///
/// ```swift
/// let presence = CuePresence("Conversation between A and B")
/// RuleCues(["conversation"]).occurs(in: presence)   // true, as occurs(in: presence.text)
/// ```
///
/// - Complexity: O(n) in the text's bytes; no allocation once every table is registered.
struct CuePresence: Sendable {
    let text: String
    private let bits: CueBits
    /// Tables with an id below this were in the lexicon the text was read with; a later one scans `text`.
    let tablesKnown: Int

    init(_ text: String) {
        let lexicon = CueRegistry.shared.lexicon()
        self.text = text
        tablesKnown = lexicon.tables
        var copy = text
        bits = copy.withUTF8 { lexicon.bits(of: $0) }
    }

    /// The table's answer by its bit, or nil when the table was registered after the text was read (or got no
    /// bit) and must scan `text`.
    @inline(__always) func answer(_ key: CueKey) -> Bool? {
        if key.anyText { return true }
        guard let id = key.id, id < tablesKnown else { return nil }
        return bits.contains(id)
    }
}

/// A cue table's bit in the combined lexicon, and whether every text passes it (`RuleCues.key`).
struct CueKey: Sendable {
    let id: Int?
    let anyText: Bool
}

/// A bit per registered cue table (`CueRegistry.capacity` of them), held inline.
struct CueBits: Sendable, Equatable {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    static let all: CueBits = { var b = CueBits(); b.w0 = ~0; b.w1 = ~0; b.w2 = ~0; b.w3 = ~0; return b }()

    @inline(__always) func contains(_ id: Int) -> Bool {
        let bit: UInt64 = 1 << UInt64(id & 63)
        switch id >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    mutating func insert(_ id: Int) {
        let bit: UInt64 = 1 << UInt64(id & 63)
        switch id >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    @inline(__always) mutating func formUnion(_ other: CueBits) {
        w0 |= other.w0; w1 |= other.w1; w2 |= other.w2; w3 |= other.w3
    }
}

/// The one table of every `RuleCues` made: each word with the tables it cues. A table is registered when
/// it is made (a `static let` on first use), so declaring a `RuleCues` is all a rule family needs; tables
/// with the same words share an id. A text read before a table was registered scans for that table instead
/// (`CuePresence.tablesKnown`), so the answer never depends on the order tables are first used.
final class CueRegistry: @unchecked Sendable {
    static let shared = CueRegistry()
    /// Tables beyond this many get no id and are always answered by a scan.
    static let capacity = 256

    private let lock = NSLock()
    private var ids: [Set<String>: Int] = [:]
    private var wordIndex: [String: Int] = [:]
    private var words: [[UInt8]] = []
    private var wordTables: [CueBits] = []
    private var current = CueLexicon(words: [], tables: [], count: 0)

    /// The id of the table with these cue words (`RuleCues.words`), registering it if it is new.
    func register(_ cueWords: Set<String>) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[cueWords] { return id }
        guard ids.count < Self.capacity else { return nil }
        let id = ids.count
        ids[cueWords] = id
        for word in cueWords where !word.isEmpty {
            if let k = wordIndex[word] {
                wordTables[k].insert(id)
            } else {
                wordIndex[word] = words.count
                words.append(Array(word.utf8))
                var bits = CueBits()
                bits.insert(id)
                wordTables.append(bits)
            }
        }
        return id
    }

    /// The lexicon of every table registered so far (rebuilt only after a registration).
    func lexicon() -> CueLexicon {
        lock.lock()
        defer { lock.unlock() }
        if current.tables != ids.count { current = CueLexicon(words: words, tables: wordTables, count: ids.count) }
        return current
    }
}

/// The cue words of the first `tables` registered tables with their bit sets, looked up by a run's bytes
/// (A–Z lowered as they are read) without building a string: a bit filter over the runs' FNV-1a hashes
/// first, then open addressing over the same hash, each slot compared byte by byte.
final class CueLexicon: Sendable {
    let tables: Int
    private let slots: [Int32]
    private let words: [[UInt8]]
    private let wordTables: [CueBits]
    private let mask: Int
    /// A bit per slot of the cue words' hashes: most runs of a text hit an empty slot and skip the table.
    private let runFilter: [UInt64]
    private static let runFilterBits = 4096
    private let shortest: Int
    private let longest: Int

    init(words: [[UInt8]], tables wordTables: [CueBits], count: Int) {
        tables = count
        self.words = words
        self.wordTables = wordTables
        var size = 16
        while size < words.count * 4 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var filter = [UInt64](repeating: 0, count: Self.runFilterBits / 64)
        for (k, word) in words.enumerated() {
            let hash = Self.fnv(word)
            var slot = Int(truncatingIfNeeded: hash >> 1) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
            let bit = Int(truncatingIfNeeded: hash % UInt64(Self.runFilterBits))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        runFilter = filter
        shortest = words.map(\.count).min() ?? 1
        longest = words.map(\.count).max() ?? 0
    }

    /// FNV-1a (64 bits) over the bytes, A–Z lowered.
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The tables whose cue word occurs in `bytes` as a whole ASCII letter run; every table when a byte is
    /// outside ASCII (it stands in a run with a non-ASCII byte, which counts as a cue of every table).
    func bits(of bytes: UnsafeBufferPointer<UInt8>) -> CueBits {
        var found = CueBits()
        let n = bytes.count
        let filterBits = UInt64(Self.runFilterBits)
        var i = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x80 { return .all }
            // An ASCII letter: A–Z and a–z are the bytes that fall in a–z once bit 5 is set.
            guard (b | 0x20) &- 97 < 26 else { i += 1; continue }
            // The run's FNV-1a hash (A–Z lowered) is built as its letters are read, and serves the filter and the table.
            let start = i
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while i < n {
                let c = bytes[i]
                guard (c | 0x20) &- 97 < 26 else { break }
                hash = (hash ^ UInt64(c | 0x20)) &* 0x0000_0100_0000_01b3
                i += 1
            }
            let length = i - start
            guard length >= shortest, length <= longest else { continue }
            let bit = Int(truncatingIfNeeded: hash % filterBits)
            guard runFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
            var slot = Int(truncatingIfNeeded: hash >> 1) & mask
            while slots[slot] >= 0 {
                let k = Int(slots[slot])
                if words[k].count == length, words[k].withUnsafeBufferPointer({ word in
                    var j = 0
                    while j < length, bytes[start + j] | 0x20 == word[j] { j += 1 }
                    return j == length
                }) {
                    found.formUnion(wordTables[k])
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return found
    }
}
