import CorrgraphRead

/// The last summary a thread split into sentences, with its sentences (`SummaryReader.sentences`): the rules
/// of one record ask for the same summary's sentences again and again. Only the last text is kept, found
/// again by its bytes, so nothing is remembered from one record to the next beyond the one before.
final class SummarySentenceMemo {
    var text = ""
    var sentences: [String]?

    /// The sentences of `text`, split once while it is the thread's last summary.
    func sentences(of text: String, split: (String) -> [String]) -> [String] {
        if let sentences, TextCache.sameBytes(self.text, text) { return sentences }
        let all = split(text)
        self.text = text
        sentences = all
        return all
    }

    private var tokenEntries: [SummaryTokens] = []
    private var nextTokenEntry = 0

    /// The words of `text` (`SummaryTokens.of`).
    func tokens(of text: String) -> SummaryTokens {
        // (Lengths first: a text of another length is passed over without reading its bytes.)
        let length = text.utf8.count
        for entry in tokenEntries where entry.text.utf8.count == length && TextCache.sameBytes(entry.text, text) { return entry }
        let entry = SummaryTokens(text)
        if tokenEntries.count < Self.tokenCapacity { tokenEntries.append(entry) } else { tokenEntries[nextTokenEntry] = entry }
        nextTokenEntry = (nextTokenEntry + 1) % Self.tokenCapacity
        return entry
    }

    /// This thread's memo.
    static var current: SummarySentenceMemo { perThread.value }

    private static let perThread = PerThread { SummarySentenceMemo() }
}

/// The words of a text (`SummaryWords.spaceSeparated`) and, once asked for, their keys (`NamePhrase.wordKey`):
/// the summary rules split the same summary, and its first sentence (often the same bytes), again and again.
final class SummaryTokens {
    let text: String
    let words: [String]
    private var storedKeys: [String]?

    init(_ text: String) {
        self.text = text
        words = SummaryWords.spaceSeparated(text)
    }

    /// `words.map(NamePhrase.wordKey)`, built once.
    var keys: [String] {
        if let storedKeys { return storedKeys }
        let keys = words.map(SummaryWords.key)
        storedKeys = keys
        return keys
    }

    /// `SummaryWords.openingKey(text)`: the first key that is no determiner ("" when there is none), nil where the
    /// text's spaces do not stand alone.
    var openingKey: String? {
        if let storedOpeningKey { return storedOpeningKey }
        guard text.utf8.withContiguousStorageIfAvailable(SummaryWords.spacesStandAlone) == true else { return nil }
        let key = keys.first { !SummaryLexicon.determiners.contains($0) } ?? ""
        storedOpeningKey = key
        return key
    }
    private var storedOpeningKey: String?

    /// The words of `text`, split once while it is one of the thread's last few texts (found again by its bytes,
    /// so nothing is remembered from one record to the next beyond a few texts).
    static func of(_ text: String) -> SummaryTokens { SummarySentenceMemo.current.tokens(of: text) }
}

extension SummarySentenceMemo {
    /// How many texts' words a thread remembers: the summary, its first sentence and the sentences a rule walks.
    static let tokenCapacity = 4
}
