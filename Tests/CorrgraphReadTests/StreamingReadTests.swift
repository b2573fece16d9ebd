import Foundation
import Testing
@testable import CorrgraphRead

/// Listings and JSON Lines read in blocks of lines (`LineBlocks`), and JSON parsed from bytes
/// (`JSONBytes`). Every expected value is worked out by hand from the text written here.
struct StreamingReadTests {
    // MARK: - JSON from bytes

    static func parse(_ text: String) throws -> JSONValue {
        try Array(text.utf8).withUnsafeBufferPointer { try JSONBytes.parse($0) }
    }

    static func failure(_ text: String) -> JSONBytes.Failure? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? JSONBytes.Failure
        }
    }

    @Test func escapesAreDecoded() throws {
        // \" \\ \/ \b \f \n \r \t, and \u00e9 (é, two UTF-8 bytes) and \u4e2d (中, three).
        let object = try Self.parse(#"{"s": "a\"b\\c\/d\be\ff\ng\rh\ti\u00e9\u4e2d"}"#).object
        #expect(object?["s"]?.string == "a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti\u{E9}\u{4E2D}")
    }

    @Test func surrogatePairsMakeOneCharacter() throws {
        // U+1F600 is D83D DE00 in UTF-16: 0x10000 + (0x3D << 10) + 0x200 = 0x1F600. U+1D11E is D834 DD1E.
        let object = try Self.parse(#"{"s": "\ud83d\ude00 and \uD834\uDD1E"}"#).object
        #expect(object?["s"]?.string == "\u{1F600} and \u{1D11E}")
        #expect(object?["s"]?.string?.unicodeScalars.count == 7)
    }

    @Test func halfASurrogatePairIsAnError() {
        // A high half followed by text, by a second high half, and a low half alone.
        for text in [#"{"s": "\ud83d x"}"#, #"{"s": "\ud83d\ud83d"}"#, #"{"s": "\ude00"}"#] {
            #expect(Self.failure(text)?.reason == "a \\u escape of half a surrogate pair")
        }
    }

    @Test func unicodeWrittenAsItselfIsKept() throws {
        let object = try Self.parse(#"{"title": "Telegram, Hoàng Văn Thái to Ким Ир Сен — 金日成 😀"}"#).object
        #expect(object?["title"]?.string == "Telegram, Hoàng Văn Thái to Ким Ир Сен — 金日成 😀")
    }

    @Test func numbersLiteralsAndNesting() throws {
        let object = try Self.parse(#"{"year": 1949, "ratio": -2.5e1, "zero": 0, "yes": true, "no": false, "none": null, "list": [1, [2, {}], []]}"#)
            .object
        #expect(object?["year"]?.number?.stringValue == "1949")
        #expect(object?["ratio"]?.number?.doubleValue == -25)
        #expect(object?["zero"]?.number?.intValue == 0)
        #expect(object?["yes"]?.number?.boolValue == true)
        #expect(object?["no"]?.number?.boolValue == false)
        #expect(object?["none"]?.isNull == true)
        #expect(object?["absent"] == nil)
        let list = object?["list"]?.array
        #expect(list?.count == 3)
        #expect(list?[1].array?[1].object?.isEmpty == true)
        #expect(object?.keys == ["year", "ratio", "zero", "yes", "no", "none", "list"])
    }

    @Test func aKeyGivenTwiceKeepsItsLastValue() throws {
        let object = try Self.parse(#"{"title": "first", "title": "second"}"#).object
        #expect(object?["title"]?.string == "second")
        #expect(object?.keys == ["title"])
        #expect(object?.lastValues["title"]?.string == "second")
        #expect(object?.lastValues.count == 1)
    }

    @Test func malformedTextNamesWhatAndWhere() {
        // `offset` is 0-based: the missing comma is found at the quote of "summary", offset 14.
        #expect(Self.failure(#"{"title": "a" "summary": ""}"#) == JSONBytes.Failure(reason: "expected , or } in an object", offset: 14))
        #expect(Self.failure(#"{"title": "a"} x"#) == JSONBytes.Failure(reason: "more than one JSON value", offset: 15))
        #expect(Self.failure(#"{"title": "a"#)?.reason == "a string without its closing quote")
        #expect(Self.failure("{\"title\": \"a\tb\"}")?.reason == "a control character in a string")
        #expect(Self.failure(#"{"n": 01}"#)?.reason == "expected , or } in an object")
        #expect(Self.failure(#"{"n": -}"#)?.reason == "a number without digits")
        #expect(Self.failure(#"{"n": 1.}"#)?.reason == "a number without digits after its point")
        #expect(Self.failure(#"{"b": tru}"#)?.reason == "unexpected character")
        #expect(Self.failure(#""just a string""#)?.reason == "the text is not a JSON object or array")
        #expect(Self.failure("   ")?.reason == "no JSON value")
    }

    @Test func nestingStopsAt512Levels() throws {
        // The top object is level 1: 511 arrays inside it reach level 512, one more is too deep.
        func text(_ arrays: Int) -> String {
            #"{"a": "# + String(repeating: "[", count: arrays) + String(repeating: "]", count: arrays) + "}"
        }
        #expect(try Self.parse(text(511)).object != nil)
        #expect(Self.failure(text(512))?.reason == "nested more than 512 levels")
    }

    // MARK: - JSON Lines in blocks

    @Test func jsonLinesWithBlankLinesAndAMalformedLine() throws {
        let lines = [
            #"{"date": "March 3, 1951", "title": "Letter, Chen Meilin to Hans Oberdorf", "summary": "On \"grain\" \u2014 prices"}"#,
            "",
            "  \t",
            #"{"date": 1952, "title": "Cable, Yoon Jisoo to Rashid al-Amin", "summary": "\ud83d\ude00"}"#,
            #"{"date": "1953", "title": "Telegram, Irina Sokolova to Carlos Mendez" "summary": ""}"#,
        ]
        let good = lines[0..<4].joined(separator: "\n") + "\n"
        let records = try JSONLinesRecordReader().read(bytes: Array(good.utf8), source: "s.jsonl")
        #expect(records.map(\.line) == [1, 4])
        #expect(records.map(\.id) == ["s.jsonl#1", "s.jsonl#2"])
        #expect(records[0].summary == "On \"grain\" — prices")
        #expect(records[1].date == "1952")
        #expect(records[1].summary == "😀")
        let bad = lines.joined(separator: "\n") + "\n"
        let error = readError { try JSONLinesRecordReader().read(bytes: Array(bad.utf8), source: "s.jsonl") }
        #expect(error?.source == "s.jsonl")
        #expect(error?.line == 5)
        // The comma is missing before "summary": the parser stops at its quote, the line's 71st byte.
        #expect(error?.reason == "not valid JSON (expected , or } in an object at byte 71)")
    }

    @Test func jsonLinesReadInSmallBlocksNumberLinesAcrossBlocks() throws {
        // Blocks of 16 bytes: each record line is longer, so a block holds one line (the blank one with the
        // next); line numbers run on across blocks, and the byte order mark is skipped in the first only.
        let text = "\u{FEFF}" + [#"{"title": "Letter, Ana Lima to Kofi Mensah"}"#, "", #"{"title": "Memo, Lena Vogel to Omar Haddad"}"#]
            .joined(separator: "\r\n") + "\r\n"
        let records = try Self.withFile(text) { descriptor in
            var blocks = LineBlocks(head: [], descriptor: descriptor, source: "b.jsonl", blockSize: 16)
            return try JSONLinesRecordReader().read(blocks: &blocks, source: "b.jsonl")
        }
        #expect(records.map(\.title) == ["Letter, Ana Lima to Kofi Mensah", "Memo, Lena Vogel to Omar Haddad"])
        #expect(records.map(\.line) == [1, 3])
    }

    // MARK: - Blocks of lines

    /// `body` with a descriptor open on a temporary file holding `text`.
    static func withFile<T>(_ text: String, _ body: (Int32) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        return try body(descriptor)
    }

    @Test func blocksEndAtLineFeedsAndKeepLongLinesWhole() throws {
        // 10-byte blocks: "ab\ncd\nef\n" is 9 bytes, so the first read of 10 takes it and "g" of the long
        // line; the block is cut after the third line feed. The 25-byte line is one block; "z" ends the text.
        let long = String(repeating: "g", count: 25)
        let text = "ab\ncd\nef\n" + long + "\nz"
        let blocks = try Self.withFile(text) { descriptor -> [String] in
            var reader = LineBlocks(head: [], descriptor: descriptor, source: "t.txt", blockSize: 10)
            var out: [String] = []
            while let block = try reader.next() { out.append(String(decoding: block, as: UTF8.self)) }
            return out
        }
        #expect(blocks == ["ab\ncd\nef\n", long + "\n", "z"])
        #expect(blocks.joined() == text)
    }

    @Test func bytesInMemoryAreOneBlock() throws {
        var reader = LineBlocks(bytes: Array("a\nb".utf8))
        #expect(try reader.next() == Array("a\nb".utf8))
        #expect(try reader.next() == nil)
    }

    static let page = """
        Skip to content

        January 9, 1949
        Cable, Chen Meilin to Hans Oberdorf
        On grain deliveries.

        February 2, 1950
        Letter, Yoon Jisoo to Rashid al-Amin
        On the border.
        A second paragraph.

        March 1950
        Telegram, Irina Sokolova to Carlos Mendez
        """

    @Test func aListingReadInSmallBlocksGivesTheSameRecords() throws {
        // Lines: 1 chrome, 3–5 first record, 7–10 second (two summary paragraphs), 12–13 third (no summary).
        for blockSize in [1, 7, 40, 1 << 20] {
            var skipped: [SkippedLine] = []
            let records = try Self.withFile(Self.page) { descriptor in
                var blocks = LineBlocks(head: [], descriptor: descriptor, source: "p.txt", blockSize: blockSize)
                return try ListingTextReader().read(blocks: &blocks, source: "p.txt", skipped: &skipped)
            }
            #expect(records.map(\.line) == [4, 8, 13])
            #expect(records.map(\.date) == ["January 9, 1949", "February 2, 1950", "March 1950"])
            #expect(records.map(\.title) == ["Cable, Chen Meilin to Hans Oberdorf", "Letter, Yoon Jisoo to Rashid al-Amin",
                                             "Telegram, Irina Sokolova to Carlos Mendez"])
            #expect(records.map(\.summary) == ["On grain deliveries.", "On the border.\nA second paragraph.", ""])
            #expect(records.map(\.id) == ["p.txt#1", "p.txt#2", "p.txt#3"])
            #expect(skipped.map(\.line) == [1])
            #expect(skipped.map(\.text) == ["Skip to content"])
        }
    }

    @Test func invalidUTF8InALaterBlockNamesItsLine() {
        // Line 4 holds the byte FF, which is no UTF-8; blocks of 8 bytes put it in a later block.
        var bytes = Array("January 9, 1949\nCable, Ana Lima to Kofi Mensah\n\nMemo ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("\n".utf8))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-bad-\(UUID().uuidString).txt").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = readError {
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            var blocks = LineBlocks(head: [], descriptor: descriptor, source: "u.txt", blockSize: 8)
            var skipped: [SkippedLine] = []
            return try ListingTextReader().read(blocks: &blocks, source: "u.txt", skipped: &skipped)
        }
        #expect(error == ReadError(source: "u.txt", line: 4, reason: "invalid UTF-8 text"))
    }

    // MARK: - Files through CorpusReader

    @Test func aFileOfWhiteSpaceIsEmptyAndAListingFileIsRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 5,000 blank lines of spaces and tabs: more than the 4,096 bytes that name a format.
        let blank = directory.appendingPathComponent("blank.txt")
        try Data(String(repeating: " \t\n", count: 5_000).utf8).write(to: blank)
        #expect(readError { try CorpusReader().read(file: blank.path) } == ReadError(source: "blank.txt", reason: "the input is empty"))
        // The same blank lines before the page: records keep their line numbers (5,000 lines later).
        let padded = directory.appendingPathComponent("padded.txt")
        try Data((String(repeating: " \t\n", count: 5_000) + Self.page).utf8).write(to: padded)
        let records = try CorpusReader().read(file: padded.path)
        #expect(records.map(\.line) == [5_004, 5_008, 5_013])
        #expect(records.map(\.source) == ["padded.txt", "padded.txt", "padded.txt"])
    }
}
