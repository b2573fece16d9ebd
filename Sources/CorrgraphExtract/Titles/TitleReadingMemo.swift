import Foundation

/// The title readings of one run, by title: a catalogue repeats its titles (a series' heads, `Mr. Seward to
/// Lord Lyons.`; 37,318 distinct titles among the 53,500 records of the 50k benchmark listing), and the grammar
/// reads a repeated title again to the same end.
///
/// **Why a reading may be remembered.** `RecordExtractor.extract` reads a title as
/// `TitleGrammar.read(NameBinding.bind(Truecasing.restoringCapitals(title)))`, where `title` is the record's
/// title cut to `RecordExtractor.titleLimit` with its format characters removed. Each of those three functions
/// takes nothing but its text: no date, no `--papers-of` owner, no summary, no record id or source, no option of
/// the run. The only state they touch is the per-thread memos (`TextCache`, `SummarySentenceMemo`) and the cue
/// registry (`CueRegistry`), each a cache whose answers do not depend on what it holds (a text found again by its
/// bytes; a cue table registered late is answered by a scan). So the reading is a function of the title's bytes,
/// and a reading remembered for the same bytes is the reading the grammar would make again. Everything that
/// does read the record (the date line, the summary, `--papers-of`, the notes) runs after, on every record.
///
/// Titles are compared by their UTF-8 bytes, not as Swift strings (which compare canonically equivalent texts
/// equal: `é` and `e` + combining acute are one `String` key, two titles).
///
/// Bounded memory: only titles up to 1 KB are kept, and past 32,768 titles the table is emptied and starts again.
/// One table for every thread, behind a lock (`TextMemo`).
enum TitleReadingMemo {
    static let shared = TextMemo<TitleReading>(longestKept: 1_024, capacity: 32_768)
}

/// A table of values by text, compared by UTF-8 bytes, shared by every thread behind a lock: the run's memo of a
/// pure function of one text (`TitleReadingMemo`, `SummaryPrelude`). The lock is held only to look up or store;
/// the value is made outside it, so two threads may make one new text's value at once and store equal values.
/// Texts longer than `longestKept` bytes are not kept, and past `capacity` texts the table is emptied.
final class TextMemo<Value>: @unchecked Sendable {
    let longestKept: Int
    let capacity: Int

    init(longestKept: Int, capacity: Int) {
        self.longestKept = longestKept
        self.capacity = capacity
    }

    /// A text keyed by its UTF-8 bytes.
    struct Key: Hashable {
        let text: String
        static func == (a: Key, b: Key) -> Bool { TextCache.sameBytes(a.text, b.text) }
        func hash(into hasher: inout Hasher) {
            let hashed = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } != nil
            if !hashed { for b in text.utf8 { hasher.combine(b) } }
        }
    }

    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// How many texts the table holds now.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }

    /// Forgets every text (tests: a record read with nothing remembered).
    func removeAll() {
        lock.lock()
        values.removeAll()
        lock.unlock()
    }

    /// The value of `text`, made by `make` unless this run has made it for the same bytes before.
    func value(of text: String, _ make: (String) -> Value) -> Value {
        guard text.utf8.count <= longestKept else { return make(text) }
        let key = Key(text: text)
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make(text)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = made
        lock.unlock()
        return made
    }
}
