import Testing
@testable import CorrgraphRead

struct JSONLinesRecordReaderTests {
    @Test func readsPlainExtractionAndGoldLines() throws {
        let records = try JSONLinesRecordReader().read(bytes: try Fixture.bytes("records.jsonl"), source: "records.jsonl")
        // Lines 2 and 5 are blank (the second holds only spaces).
        #expect(records.count == 4)
        // A previous extraction (line 3) keeps the provenance it was extracted from.
        #expect(records.map(\.line) == [1, 57, 4, 6])
        #expect(records.map(\.id) == ["records.jsonl#1", "listing.txt#9", "wc-00001", "records.jsonl#4"])
        #expect(records.map(\.source) == ["records.jsonl", "listing.txt", "records.jsonl", "records.jsonl"])
        #expect(records[1].stated?.acts == [])
        #expect(records[0].date == "January 9, 1949")
        #expect(records[0].title == "Cable, Mao to Stalin")
        #expect(records[0].summary == "Mao is ready.")
        // A previous extraction keeps its fields under "record".
        #expect(records[1].date == "February 4, 1949")
        #expect(records[1].title == "Memorandum of Conversation between Anastas Mikoyan and Mao Zedong")
        #expect(records[2].date == "July 4, 1948")
        #expect(records[2].summary == "Mao states to Stalin that his health is no longer a problem.")
        #expect(records[3].date == "")
        #expect(records[3].title == "Report on the \u{201C}Great Leap\u{201D}")
        #expect(records[3].summary == "Line one.\nLine two.")
    }

    @Test func keysInAnyCaseAndTheirSynonyms() throws {
        let text = #"{"Date": "May 7, 1968", "Title": "Letter from Ho Chi Minh to Kosygin", "Abstract": "Ho thanks Kosygin."}"# + "\n"
        let records = try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "k.jsonl")
        #expect(records.map(\.date) == ["May 7, 1968"])
        #expect(records.map(\.summary) == ["Ho thanks Kosygin."])
    }

    @Test func aKeyAsWrittenWinsAndANullGivesWayToASynonym() throws {
        let text = #"{"Title": "Letter from Stalin to Mao", "title": "x", "summary": null, "description": "Stalin agrees."}"# + "\n"
        for _ in 0..<5 {   // a dictionary's order varies from run to run; the choice must not
            let records = try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "k.jsonl")
            #expect(records.map(\.title) == ["x"])
            #expect(records.map(\.summary) == ["Stalin agrees."])
        }
    }

    @Test func badJSONNamesTheLine() {
        let text = "{\"title\": \"a\"}\n\n{\"title\": \"b\"\n{\"title\": \"c\"}\n"
        let error = readError { try JSONLinesRecordReader().read(bytes: Array(text.utf8), source: "bad.jsonl") }
        #expect(error?.source == "bad.jsonl")
        #expect(error?.line == 3)
        #expect(error?.reason.hasPrefix("not valid JSON") == true)
    }

    @Test func lineThatIsNotARecordNamesTheLine() {
        let notObject = readError { try JSONLinesRecordReader().read(bytes: Array("{\"title\": \"a\"}\n[1, 2]\n".utf8), source: "a.jsonl") }
        #expect(notObject?.line == 2)
        let noTitle = readError { try JSONLinesRecordReader().read(bytes: Array("{\"date\": \"1949\"}\n".utf8), source: "n.jsonl") }
        #expect(noTitle?.line == 1)
        let wrongType = readError { try JSONLinesRecordReader().read(bytes: Array("\n{\"title\": [\"x\"]}\n".utf8), source: "w.jsonl") }
        #expect(wrongType?.line == 2)
    }

    @Test func bareYearIsReadAsText() throws {
        let records = try JSONLinesRecordReader().read(bytes: Array("{\"date\": 1949, \"title\": \"Cable\"}".utf8), source: "y.jsonl")
        #expect(records.first?.date == "1949")
        #expect(records.first?.summary == "")
    }
}
