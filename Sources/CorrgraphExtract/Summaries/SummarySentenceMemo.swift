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

    /// This thread's memo.
    static var current: SummarySentenceMemo { perThread.value }

    private static let perThread = PerThread { SummarySentenceMemo() }
}
