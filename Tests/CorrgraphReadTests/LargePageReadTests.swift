import Testing
@testable import CorrgraphRead

/// A page long enough to be classified in parallel (over two chunks of 4,096 lines): its records come out in
/// page order, each with the id, line, title and summary worked out from the page written here.
struct LargePageReadTests {
    /// Record k (from 0): its date line at line 5k + 1, title at 5k + 2, two summary paragraphs at 5k + 3 and
    /// 5k + 4, a blank line at 5k + 5. Every third record has one paragraph only (its line 5k + 4 is blank).
    static func page(records: Int) -> String {
        let writers = ["Yoon Seo-yeon", "Dmitri Volkov", "Zhang Meiling", "Khalid Mansour", "Elena Navarro Gil"]
        var text = ""
        for k in 0..<records {
            text += "March \(k % 28 + 1), 1952\n"
            text += "Letter from \(writers[k % 5]) to \(writers[(k + 1) % 5])\n"
            text += "Paragraph one of letter \(k).\n"
            text += k % 3 == 2 ? "\n" : "Paragraph two of letter \(k).\n"
            text += "\n"
        }
        return text
    }

    @Test func aLongPageKeepsItsRecordsInOrder() throws {
        let count = 2_000   // 10,000 lines
        let records = try ListingTextReader().read(bytes: Array(Self.page(records: count).utf8), source: "long.txt")
        #expect(records.count == count)
        for (k, record) in records.enumerated() {
            #expect(record.id == "long.txt#\(k + 1)")
            #expect(record.line == 5 * k + 2)
            #expect(record.date == "March \(k % 28 + 1), 1952")
            #expect(record.summary == (k % 3 == 2 ? "Paragraph one of letter \(k)."
                                                  : "Paragraph one of letter \(k).\nParagraph two of letter \(k)."))
        }
    }

    @Test func classifyingInParallelAppendsWhatOnePassFinds() {
        // 9,000 lines (two chunks and more): every non-blank line, with its number, in page order.
        let lines = Self.page(records: 1_800).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var appended: [(line: Int, entry: ListingTextReader.Entry)] = [(line: 0, entry: .separator)]
        ListingTextReader.classifyAll(lines, firstLine: 7, appendingTo: &appended)
        // The entry there before stays first; the others follow it.
        #expect(appended.count == 1 + 1_800 * 4 - 600)
        let serial = lines.enumerated().compactMap { index, raw in ListingTextReader.classify(raw).map { (line: 7 + index, entry: $0) } }
        #expect(appended.dropFirst().map(\.line) == serial.map(\.line))
        #expect(appended.dropFirst().map { "\($0.entry)" } == serial.map { "\($0.entry)" })
    }

    @Test func theFirstBadLineOfALongPageIsTheOneNamed() {
        // 10,000 lines; lines 6,000 and 9,000 hold a byte that is no UTF-8 (0xFF), in different chunks of lines.
        var bytes: [UInt8] = []
        for line in 1...10_000 {
            bytes += Array("Kwame Mensah writes to Olga Ivanova, line \(line)".utf8)
            if line == 6_000 || line == 9_000 { bytes.append(0xFF) }
            bytes.append(0x0A)
        }
        #expect(throws: ReadError(source: "bad.txt", line: 6_000, reason: "invalid UTF-8 text")) {
            try ListingTextReader().read(bytes: bytes, source: "bad.txt")
        }
    }

    @Test func aLongPageSplitsIntoItsLines() throws {
        // 9,000 lines, every third with letters of two and three bytes (é, 中) and a CR before its LF.
        let text = (1...9_000).map { $0 % 3 == 0 ? "Zoé 中 \($0)\r" : "line \($0)" }.joined(separator: "\n")
        let lines = try TextLines.split(Array(text.utf8), source: "s.txt")
        #expect(lines == (1...9_000).map { $0 % 3 == 0 ? "Zoé 中 \($0)" : "line \($0)" })
    }
}
