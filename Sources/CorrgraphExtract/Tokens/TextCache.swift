#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CorrgraphRead

/// What the grammar derives from one text and asks for again and again: the rules search the same
/// title for dozens of markers (`TitleText.find`) and split the same summary into sentences once per
/// rule (`SummaryReader.sentences`). Each thread keeps the last few texts it read with their
/// ASCII-lower-cased bytes, bracket depths and sentences, so that a repeated question costs one byte
/// comparison of the text instead of a fresh pass.
///
/// One cache per thread (records are extracted in parallel, each on one thread), never shared, so it
/// needs no lock. A text is found again by comparing its bytes: O(n) in its length, and a cached text
/// is derived once — every use stays linear in the text.
final class TextCache {
    /// A text with what has been derived from it so far.
    final class Entry {
        let text: String
        /// The text's UTF-8 bytes with A–Z lowered (other bytes as they are).
        let lowered: [UInt8]
        /// Whether the text is outside any `(`/`[` bracket at each byte, after reading that byte.
        let outsideBrackets: [Bool]
        /// The summary's sentences (`SummaryReader.sentences` without a limit), once asked for.
        var sentences: [String]?

        init(_ text: String, bytes: UnsafeBufferPointer<UInt8>) {
            self.text = text
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            var outside = [Bool](repeating: true, count: bytes.count)
            var depth = 0
            for i in 0..<bytes.count {
                var b = bytes[i]
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "(") { depth += 1 }
                if b == UInt8(ascii: "]") || b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                outside[i] = depth == 0
                if b >= 65 && b <= 90 { b += 32 }
                lowered[i] = b
            }
            self.lowered = lowered
            self.outsideBrackets = outside
        }
    }

    /// How many texts a thread remembers: a rule reads the title, a part of it and the summary in turn.
    static let capacity = 6
    private var entries: [Entry] = []
    private var next = 0
    private var lastHit = 0

    /// The entry for `text`, derived now if the thread has not seen it lately; nil for a text whose
    /// bytes are not stored contiguously (the caller then works on the text directly).
    func entry(for text: String) -> Entry? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Entry in
            // The text asked about last is the likeliest.
            if lastHit < entries.count, Self.same(entries[lastHit].text, bytes) { return entries[lastHit] }
            for (k, entry) in entries.enumerated() where Self.same(entry.text, bytes) {
                lastHit = k
                return entry
            }
            let entry = Entry(text, bytes: bytes)
            if entries.count < Self.capacity { entries.append(entry) } else { entries[next] = entry }
            lastHit = next
            next = (next + 1) % Self.capacity
            return entry
        }
    }

    /// Whether two texts have the same UTF-8 bytes (not merely canonically equal characters).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        b.utf8.withContiguousStorageIfAvailable { same(a, $0) } ?? a.utf8.elementsEqual(b.utf8)
    }

    private static func same(_ cached: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cached.utf8.count == bytes.count else { return false }
        return cached.utf8.withContiguousStorageIfAvailable { mine in
            mine.baseAddress == bytes.baseAddress || bytes.count == 0
                || memcmp(mine.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? false
    }

    /// `MessageGrammar.splitAtTo`'s last phrase and its split (a pure function of the phrase's bytes).
    var lastSplitAtTo: (text: String, split: (left: String, right: String)?)?

    /// `MessageGrammar.cutSubject`'s last phrases and their cuts (a pure function of the phrase's bytes), newest first.
    private var cutSubjects: [(text: String, cut: (phrase: String, subject: String?))] = []
    static let cutSubjectCapacity = 4

    func cutSubject(_ phrase: String, _ compute: (String) -> (phrase: String, subject: String?)) -> (phrase: String, subject: String?) {
        for entry in cutSubjects where Self.sameBytes(entry.text, phrase) { return entry.cut }
        let cut = compute(phrase)
        if cutSubjects.count >= Self.cutSubjectCapacity { cutSubjects.removeLast() }
        cutSubjects.insert((phrase, cut), at: 0)
        return cut
    }

    /// `NamePhrase.parse` and `parseItem` by phrase: pure functions of their text, which the rules ask
    /// for the same phrase many times and a corpus repeats its correspondents' names.
    var parsedPhrases: [String: [NameMention]] = [:]
    var parsedItems: [String: NameMention?] = [:]
    /// Past this many phrases a memo starts again, so that memory stays bounded on any corpus.
    static let memoLimit = 20_000

    func parsedPhrase(_ phrase: String, _ compute: (String) -> [NameMention]) -> [NameMention] {
        if let known = parsedPhrases[phrase] { return known }
        let value = compute(phrase)
        if parsedPhrases.count >= Self.memoLimit { parsedPhrases.removeAll(keepingCapacity: true) }
        parsedPhrases[phrase] = value
        return value
    }

    func parsedItem(_ item: String, _ compute: (String) -> NameMention?) -> NameMention? {
        if let known = parsedItems[item] { return known }
        let value = compute(item)
        if parsedItems.count >= Self.memoLimit { parsedItems.removeAll(keepingCapacity: true) }
        parsedItems[item] = value
        return value
    }

    /// This thread's cache.
    static var current: TextCache { perThread.value }

    private static let perThread = PerThread { TextCache() }
}
