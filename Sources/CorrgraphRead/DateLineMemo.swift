/// `DateLine.parse` by line, one memo per thread (lines are read on one thread, record dates in
/// parallel), so that it needs no lock. `DateLine.parse` depends on its line only, so a remembered
/// reading is the reading. Bounded: past `limit` lines the memo starts again.
final class DateLineMemo {
    static let limit = 50_000
    private var readings: [String: DateLine?] = [:]
    /// The line read last and its reading: a listing sorted by date repeats a date line record after
    /// record, and one comparison costs less than hashing the line.
    private var last: (line: String, reading: DateLine?)?

    func reading(of line: String, _ parse: (String) -> DateLine?) -> DateLine? {
        // A line without a digit (a title, a sentence) is ruled out faster than it is looked up, and a long
        // one (no date line is 256 bytes) without scanning it for a digit or keeping it in the memo.
        // (Over the stored bytes: the generic UTF-8 view walk costs several times more.)
        let worthKeeping = line.utf8.count <= 256 && (line.utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }
            ?? line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }))
        guard worthKeeping else { return parse(line) }
        if let last, last.line == line { return last.reading }
        if let known = readings[line] {
            last = (line, known)
            return known
        }
        let value = parse(line)
        last = (line, value)
        if readings.count >= Self.limit { readings.removeAll(keepingCapacity: true) }
        readings[line] = value
        return value
    }

    /// This thread's memo.
    static var current: DateLineMemo { perThread.value }

    private static let perThread = PerThread { DateLineMemo() }
}
