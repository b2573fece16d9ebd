import CorrgraphRead

/// Reads the correspondence acts of one catalogue record from its title and summary.
///
/// ```swift
/// let record = CatalogueRecord(id: "p#1", source: "p", line: 1, date: "January 9, 1949",
///     title: "Ciphered Telegram No. 50333, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Stalin",
///     summary: "")
/// let acts = RecordExtractor().extract(record)
/// acts.messages[0].via.map(\.text)   // ["Terebin", "Kuznetsov"]
/// ```
public struct RecordExtractor: Sendable {
    /// The person whose papers the corpus is (`--papers-of`): the end a heading leaves open.
    public var papersOf: EditionOwner?

    public init(papersOf: EditionOwner? = nil) {
        self.papersOf = papersOf
    }

    public func extract(_ record: CatalogueRecord) -> ExtractedRecord {
        if let stated = record.stated { return Self.extractStated(record, stated) }
        var result = ExtractedRecord(record: record)
        switch DateLine.parse(record.date) {
        case .dated(let range)?: result.when = range
        case .undated?: break
        case nil:
            if !record.date.trimmingSpaces().isEmpty { result.problems.append("unreadable date \"\(record.date)\"") }
        }
        // A title or summary printed in capitals is read in the case catalogue English would print it.
        // Invisible format characters (bidi controls, zero-width spaces, the soft hyphen) are read as nothing.
        let title = FormatCharacters.removing(Self.bounded(record.title, limit: Self.titleLimit, field: "title", problems: &result.problems))
        let summary = FormatCharacters.removing(Self.bounded(record.summary, limit: Self.summaryLimit, field: "summary", problems: &result.problems))
        // Rules that look at the record's own text see what the grammar reads, not the text past the limits
        // (a 100 MB title was searched once per summary sentence); the record is given back as read at the end.
        result.record.title = title
        result.record.summary = summary
        // A capitalised function word inside a name ("To Huu") is bound to it before the grammar reads.
        // (A pure function of the title's bytes, remembered for the run: `TitleReadingMemo`.)
        let reading = TitleReadingMemo.shared.value(of: title) {
            TitleGrammar.read(NameBinding.bind(Truecasing.recasingSurnamesInCapitals(Truecasing.restoringCapitals($0))))
        }
        result.documentType = reading.documentType
        result.number = reading.number
        result.messages = reading.messages
        result.conversations = reading.conversations
        result.problems += reading.problems
        // (Its prelude, a pure function of the summary's bytes, is remembered for the run: `SummaryPrelude`.)
        SummaryReader.read(SummaryPrelude.of(recordSummary: summary), into: &result, reading: reading)
        MonsieurInitial.restyling(&result, summary: summary)
        papersOf?.complete(&result, oneSidedConversation: reading.conversationWithOneSide)
        result.problems += Self.notes(on: result, title: title, reading: reading)
        result.record = record
        return NameBinding.restoring(result)
    }

    /// The longest title and summary the grammar reads, in UTF-8 bytes: about eight and twelve times the
    /// longest in the dev sets (241 and 1,224). Past them a record (a pasted page, a hostile file) is read
    /// up to the last word boundary before the limit, in time bounded per record, and says so in `problems`.
    public static let titleLimit = 2_000
    public static let summaryLimit = 16_000

    static func bounded(_ text: String, limit: Int, field: String, problems: inout [String]) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        // Back to a scalar boundary, then to the last space, so that no word is cut in half.
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) {
            end = utf8.index(before: end)
        }
        let head = text[..<end]
        let cut = head.lastIndex(of: " ") ?? end
        problems.append("the \(field) is \(utf8.count) bytes long; only its first \(utf8.distance(from: utf8.startIndex, to: cut)) bytes were read (the limit is \(limit))")
        return String(text[..<cut])
    }

    /// Document types that are messages, and words naming a body's sitting (built once, not per record).
    static let letterTypes: Set<String> = ["cable", "cables", "telegram", "telegrams", "ciphered telegram", "letter", "letters",
                                           "message", "cablegram", "cryptogram", "telephonogram", "note verbale", "backchannel message"]
    /// Words of a title that name a message, and a meeting, in the order `notes` reports the first found.
    static let messageWords = ["telegram", "cable", "letter", "cablegram", "message"]
    static let meetingWords = ["conversation", "conversations", "meeting", "talks", "audience", "discussion", "discussions"]
    static let sessionWords: Set<String> = ["session", "plenum", "congress", "politburo", "presidium", "conference", "assembly",
                                            "council", "commission", "committee"]

    /// The sitting words as a list, in a fixed order (their index numbers `AskedWords`' bits).
    static let sessionWordList = sessionWords.sorted()

    /// Which of the words `notes` asks for (`messageWords`, `meetingWords`, `sessionWordList`, numbered in that
    /// order) are words of an ASCII title folded as `NameFolding.fold` folds ASCII (A–Z lowered, letters and
    /// digits kept, `'` and `` ` `` dropped, any other byte a word break): one pass over the title's bytes, each
    /// word packed into two integers as it is read and compared with the packed asked words. No string is made.
    struct AskedWords {
        private var found: UInt64 = 0

        /// The asked words packed (byte k at bits 8·(k mod 8) of the (k / 8)-th integer; none is longer than 16
        /// bytes) with their numbers, by length: a word of the title is compared only with those of its length.
        static let packedByLength: [[(low: UInt64, high: UInt64, index: Int)]] = {
            var buckets = [[(low: UInt64, high: UInt64, index: Int)]](repeating: [], count: 17)
            let asked = RecordExtractor.messageWords + RecordExtractor.meetingWords + RecordExtractor.sessionWordList
            for (index, word) in asked.enumerated() where word.utf8.count <= 16 {
                var low: UInt64 = 0, high: UInt64 = 0
                for (k, b) in word.utf8.enumerated() {
                    if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
                }
                buckets[word.utf8.count].append((low, high, index))
            }
            return buckets
        }()

        /// nil for a title that is not all ASCII (or not stored contiguously): it is folded whole instead.
        init?(asciiTitle title: String) {
            let buckets = Self.packedByLength
            let scanned = title.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
                var found: UInt64 = 0
                var low: UInt64 = 0, high: UInt64 = 0, length = 0
                func endWord() {
                    if length > 0, length <= 16 {
                        for p in buckets[length] where p.low == low && p.high == high { found |= 1 << UInt64(p.index) }
                    }
                    low = 0; high = 0; length = 0
                }
                for byte in bytes {
                    guard byte < 0x80 else { return nil }
                    var c = byte
                    if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { c += 32 }
                    if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
                        if length < 8 { low |= UInt64(c) << (8 * length) } else if length < 16 { high |= UInt64(c) << (8 * (length - 8)) }
                        length += 1
                    } else if c != UInt8(ascii: "'") && c != UInt8(ascii: "`") {
                        endWord()
                    }
                }
                endWord()
                return found
            } ?? nil
            guard let scanned else { return nil }
            found = scanned
        }

        /// Whether the asked word numbered `index` is a word of the title.
        func contains(_ index: Int) -> Bool { index < 64 && found >> UInt64(index) & 1 != 0 }
    }

    /// The words of a folded text (`NameFolding.fold`: single spaces, none at either end), tested one by one:
    /// an ASCII text is scanned word by word over its bytes; any other keeps its words as a set of characters'
    /// strings (a space followed by a combining mark is no separator there).
    struct FoldedWords {
        let text: String
        let nonASCIIWords: Set<String>?
        /// A bit per signature (length, first and last byte) of the ASCII text's words: a word asked for whose
        /// signature no word of the text has is ruled out without a scan (most of the fixed words asked for).
        private var signatures: (UInt64, UInt64) = (0, 0)

        init(_ folded: String) {
            text = folded
            var folded = folded
            var ascii = true
            var signatures: (UInt64, UInt64) = (0, 0)
            folded.withUTF8 { t in
                var start = 0
                for i in 0...t.count where i == t.count || t[i] == 0x20 {
                    if i > start { Self.mark(Self.signature(length: i - start, first: t[start], last: t[i - 1]), in: &signatures) }
                    start = i + 1
                }
                ascii = !t.contains(where: { $0 >= 0x80 })
            }
            nonASCIIWords = ascii ? nil : Set(folded.split(separator: " ").map(String.init))
            self.signatures = signatures
        }

        @inline(__always) private static func signature(length: Int, first: UInt8, last: UInt8) -> Int {
            (length &* 31 &+ Int(first) &* 7 &+ Int(last)) & 127
        }

        @inline(__always) private static func mark(_ slot: Int, in bits: inout (UInt64, UInt64)) {
            if slot < 64 { bits.0 |= 1 << UInt64(slot) } else { bits.1 |= 1 << UInt64(slot - 64) }
        }

        /// Whether `word` is one of the space-separated words of the text.
        func contains(_ word: String) -> Bool {
            if let nonASCIIWords { return nonASCIIWords.contains(word) }
            var text = text, word = word
            let known = word.withUTF8 { w -> Bool in
                guard let first = w.first, let last = w.last else { return true }
                let slot = Self.signature(length: w.count, first: first, last: last)
                return (slot < 64 ? signatures.0 >> UInt64(slot) : signatures.1 >> UInt64(slot - 64)) & 1 != 0
            }
            guard known else { return false }
            return text.withUTF8 { t in
                word.withUTF8 { w in
                    let n = t.count, m = w.count
                    guard m > 0, m <= n else { return false }
                    var start = 0
                    // Word by word: compare each word of the text with `word`.
                    while start < n {
                        var end = start
                        while end < n, t[end] != 0x20 { end += 1 }
                        if end - start == m, (0..<m).allSatisfy({ t[start + $0] == w[$0] }) { return true }
                        start = end + 1
                    }
                    return false
                }
            }
        }
    }

    /// **Convention: a message about a talk lacks no side** — `Telegram from the Ambassador in Moscow, A, to the Minister,
    /// B, on the Talks in Geneva`, `The Minister, B, to the Head of the Delegation at the Foreign Ministers Meeting, C`:
    /// a meeting word in a message's subject or inside an end's name (an office, a delegation) names no party, and the
    /// record is the message it states; the note that fewer than two participants were identified is for a talk that
    /// names a party (`Conversation with C`, `Talks between …`, `C's Meeting`) or a record with no message.
    static func namesTalkParty(_ title: String) -> Bool {
        let lower = title.lowercased()
        return meetingWords.contains { word in
            lower.range(of: word + " with ") != nil || lower.range(of: word + " between ") != nil || lower.range(of: "'s " + word) != nil
        }
    }

    /// What a historian should check: a record with no title, or a document of a correspondence type
    /// whose correspondents could not be read.
    static func notes(on result: ExtractedRecord, title boundedTitle: String, reading: TitleReading) -> [String] {
        let title = boundedTitle.trimmingSpaces()
        if title.isEmpty { return ["the record has no title"] }
        if result.record.date.trimmingSpaces().isEmpty { return ["the record has no date line"] }
        if result.messages.isEmpty, result.conversations.isEmpty, reading.problems.isEmpty,
           let type = result.documentType, Self.letterTypes.contains(type) {
            return ["a \(type) whose sender and addressee could not be read from the title"]
        }
        // Both remaining notes need a title with no conversation read.
        guard result.conversations.isEmpty else {
            return result.messages.contains(where: { $0.from.isEmpty && $0.to.isEmpty }) ? ["a message with neither sender nor addressee"] : []
        }
        // The folded title's words, asked for a few fixed words: an ASCII title is folded word by word as it is
        // scanned (`AskedWords`); any other is folded whole and each word looked for in it (O(n) per word).
        let asked = AskedWords(asciiTitle: title)
        let words = asked == nil ? FoldedWords(NameFolding.fold(title)) : nil
        func contains(_ word: String, _ index: Int) -> Bool { asked?.contains(index) ?? words?.contains(word) ?? false }
        if result.messages.isEmpty,
           let word = Self.messageWords.indices.first(where: { contains(Self.messageWords[$0], $0) }).map({ Self.messageWords[$0] }) {
            return ["the title names a \(word) but no sender or addressee could be read"]
        }
        // (The meeting word is looked for before the sitting words: most titles name neither.)
        let meetingBase = Self.messageWords.count, sessionBase = meetingBase + Self.meetingWords.count
        if let word = Self.meetingWords.indices.first(where: { contains(Self.meetingWords[$0], meetingBase + $0) })
            .map({ Self.meetingWords[$0] }),
           !Self.sessionWordList.indices.contains(where: { contains(Self.sessionWordList[$0], sessionBase + $0) }) {
            let named = reading.conversationWithOneSide.map(\.text)
            if named.isEmpty, !result.messages.isEmpty, !Self.namesTalkParty(title) { return [] }
            return [named.isEmpty ? "the title names a \(word) but fewer than two participants could be identified"
                                  : "a \(word) with \(named.joined(separator: ", ")); the other side is not named"]
        }
        if result.messages.contains(where: { $0.from.isEmpty && $0.to.isEmpty }) {
            return ["a message with neither sender nor addressee"]
        }
        return []
    }
}
