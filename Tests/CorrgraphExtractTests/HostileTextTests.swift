import Testing
import CorrgraphTestSupport
import CorrgraphRead
@testable import CorrgraphExtract

/// Hostile titles and summaries (issue 13): past `titleLimit` and `summaryLimit` a record is read up to a
/// word boundary before the limit and says so in `problems`; within them, runs of brackets, quotes and
/// names are read in time linear in their length. Each test finishes in well under a second in a debug build.
@Suite struct HostileTextTests {
    static let title = "Letter from Ivan Petrov to Wang Jianguo"

    static func extract(_ title: String, summary: String = "") -> ExtractedRecord {
        RecordExtractor().extract(CatalogueRecord(id: "h#1", source: "h", line: 1, date: "May 7, 1968", title: title, summary: summary))
    }

    static func acts(_ result: ExtractedRecord) -> [String] {
        result.messages.map { $0.from.map(\.text).joined(separator: ", ") + " → " + $0.to.map(\.text).joined(separator: ", ") }
            + result.conversations.map { "{" + $0.participants.map(\.text).joined(separator: ", ") + "}" }
    }

    @Test func aHundredMegabyteTitleAndSummary() {
        // 48 bytes, then " and trade" (10 bytes) 9,999,996 times: 100,000,008 bytes; the last space at or before
        // byte 2,000 starts the copy at 1,998 (48 + 195 × 10). The summary: "Petrov writes. " (15 bytes)
        // 6,666,667 times, 100,000,005 bytes; byte 16,000 falls in copy 1,066 (from 15,990), whose space after
        // "Petrov" is at 15,996.
        let title = "Cable from Ivan Petrov to Wang Jianguo, on trade" + String(repeating: " and trade", count: 9_999_996)
        let summary = String(repeating: "Petrov writes. ", count: 6_666_667)
        let result = Self.extract(title, summary: summary)
        #expect(result.problems == [
            "the title is 100000008 bytes long; only its first 1998 bytes were read (the limit is 2000)",
            "the summary is 100000005 bytes long; only its first 15996 bytes were read (the limit is 16000)",
        ])
        #expect(Self.acts(result) == ["Ivan Petrov → Wang Jianguo"])
    }

    @Test func aMillionRecordsReadAsOneTitle() throws {
        // The listing line of a million records run together (see CorrgraphReadTests.HostileInputTests) is one
        // record whose title is "Letter … Jianguo. May 7, 1968 — Letter … Jianguo. …", 57 bytes a record. Its
        // words end every few bytes; the last space before byte 2,000 is the one after the dash of the 35th
        // record (34 × 57 + 56 = 1,994).
        let line = String(repeating: "May 7, 1968 — \(Self.title). ", count: 1_000_000)
        let records = try ListingTextReader().read(bytes: Array(line.utf8), source: "run.txt")
        #expect(records.count == 1)
        let result = RecordExtractor().extract(try #require(records.first))
        #expect(result.problems.first == "the title is 56999983 bytes long; only its first 1994 bytes were read (the limit is 2000)")
        // Whatever is read names no one but the two correspondents.
        let names = Set((result.messages.flatMap { $0.from + $0.to + $0.via } + result.conversations.flatMap(\.participants)).map(\.text))
        #expect(names.isSubset(of: ["Ivan Petrov", "Wang Jianguo"]))
    }

    @Test(arguments: ["(", "[", "\"", "'", "«", "“", "<", "&"])
    func aMillionMarksBeforeATitle(_ mark: String) {
        // No space among the first 2,000 bytes: the cut falls at the limit itself, backed off to the start of
        // a letter: 2,000 for marks of one or two bytes, 1,998 for the three bytes of “.
        let title = String(repeating: mark, count: 1_000_000) + Self.title
        let result = Self.extract(title)
        let cut = mark == "“" ? 1_998 : 2_000
        #expect(result.problems.first == "the title is \(title.utf8.count) bytes long; only its first \(cut) bytes were read (the limit is 2000)")
        #expect(result.messages.isEmpty && result.conversations.isEmpty)
    }

    @Test(arguments: ["(", ")", "[", "]", "\"", "'", "«", "»", "“", "”", "<", "&", "-", ".", "?"])
    func runsOfMarksWithinTheLimits(_ mark: String) {
        // A summary of 16,000 bytes of one mark (no word boundary, within the limit): the title's letter is
        // read and nothing else. (A token of 16,000 quotes was stripped of its closing quotes one count of the
        // token at a time: 1.6 s in a debug build; now each is taken off in constant time.)
        let summary = String(repeating: mark, count: RecordExtractor.summaryLimit / mark.utf8.count)
        let result = Self.extract(Self.title, summary: summary)
        #expect(Self.acts(result) == ["Ivan Petrov → Wang Jianguo"])
        #expect(result.problems.isEmpty)
        // The same run after the title, within its limit: read as the letter, or noted; never silently lost.
        let run = String(repeating: mark, count: (RecordExtractor.titleLimit - 40) / mark.utf8.count)
        let after = Self.extract(Self.title + " " + run)
        // A closing run of quote marks that opens nothing is punctuation, not part of the name (docs/titles.md).
        #expect(Self.acts(after) == ["Ivan Petrov → Wang Jianguo"] || !after.problems.isEmpty, "\(Self.acts(after).map { $0.prefix(80) })")
    }

    @Test func aMillionMarkSummaryIsCutAndNoted() {
        // 1,000,000 opening brackets: no space, so the cut is at the limit.
        let result = Self.extract(Self.title, summary: String(repeating: "(", count: 1_000_000))
        #expect(result.problems == ["the summary is 1000000 bytes long; only its first 16000 bytes were read (the limit is 16000)"])
        #expect(Self.acts(result) == ["Ivan Petrov → Wang Jianguo"])
    }

    static let names = InventedNames.names(100_000)

    static func lengthNote(_ title: String) -> (String) -> Bool {
        { $0.hasPrefix("the title is \(title.utf8.count) bytes long; only its first ") && $0.hasSuffix(" bytes were read (the limit is 2000)") }
    }

    @Test func aHundredThousandRecipients() throws {
        // "Letter from Wang Jianguo to A, B, …": the recipients read are the first names of the list, in
        // order, up to the cut (the last perhaps cut after its given name).
        let title = "Letter from Wang Jianguo to " + Self.names.joined(separator: ", ")
        let result = Self.extract(title)
        #expect(result.problems.contains(where: Self.lengthNote(title)))
        let message = try #require(result.messages.first)
        #expect(result.messages.count == 1)
        #expect(message.from.map(\.text) == ["Wang Jianguo"])
        let to = message.to.map(\.text)
        // About 1,970 bytes of names of 12 to 17 bytes each, with ", " between them.
        #expect(to.count > 100 && to.count < 170)
        #expect(Array(to.dropLast()) == Array(Self.names.prefix(to.count - 1)))
        #expect(Self.names[to.count - 1].hasPrefix(to.last ?? "-"))
    }

    @Test func aHundredThousandSendersLoseTheirAddresseeAndSaySo() {
        // "Letter from A, B, …, and Y to Z": the cut falls inside the senders, so the title read has no
        // addressee; the record says both that it was cut and that the letter could not be read.
        let title = "Letter from " + Self.names.dropLast().joined(separator: ", ") + " to " + Self.names[Self.names.count - 1]
        let result = Self.extract(title)
        #expect(result.problems.contains(where: Self.lengthNote(title)))
        #expect(result.problems.count == 2)
        let read = Set(result.messages.flatMap { $0.from + $0.to }.map(\.text))
        #expect(read.isSubset(of: Set(Self.names.prefix(200))))
    }

    @Test func aConversationOfAHundredThousand() throws {
        let title = "Conversation between " + Self.names.dropLast().joined(separator: ", ") + " and " + Self.names[Self.names.count - 1]
        let result = Self.extract(title)
        #expect(result.problems.contains(where: Self.lengthNote(title)))
        let participants = try #require(result.conversations.first).participants.map(\.text)
        #expect(result.conversations.count == 1)
        #expect(participants.count > 100)
        #expect(Array(participants.dropLast()) == Array(Self.names.prefix(participants.count - 1)))
    }

    @Test func aHundredThousandWhoMetInASummary() {
        // "A, B, …, and Z met in Moscow.": the verb is past the summary's limit, so the summary states no
        // meeting that was read; the title's letter stands, and the cut is noted.
        let summary = Self.names.dropLast().joined(separator: ", ") + ", and " + Self.names[Self.names.count - 1] + " met in Moscow."
        let result = Self.extract(Self.title, summary: summary)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.hasPrefix("the summary is \(summary.utf8.count) bytes long; only its first ") == true)
        #expect(Self.acts(result) == ["Ivan Petrov → Wang Jianguo"])
    }
}
