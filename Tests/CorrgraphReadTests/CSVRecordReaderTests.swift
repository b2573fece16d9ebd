import Testing
@testable import CorrgraphRead

struct CSVRecordReaderTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let records = try CSVRecordReader().read(bytes: try Fixture.bytes("records.csv"), source: "records.csv")
        #expect(records.count == 3)
        // Rows begin on lines 2, 3 and 6: the second row's summary runs over lines 3–4, line 5 is blank.
        #expect(records.map(\.line) == [2, 3, 6])
        #expect(records[0].id == "wc-1")
        #expect(records[0].date == "January 9, 1949")
        #expect(records[0].title == "Ciphered Telegram No. 50333, Terebin to Kuznetsov")
        #expect(records[0].summary == "Mao announces that he is ready to visit Moscow.")
        #expect(records[1].id == "records.csv#2")
        #expect(records[1].summary == "Mikoyan and Mao discuss\n\"the independence of Mongolia\".")
        #expect(records[2].id == "records.csv#3")
        #expect(records[2].date == "March 1950")
        #expect(records[2].title == "Cable, Mao to Stalin")
        #expect(records[2].summary == "")
    }

    @Test func tabSeparatedByExtension() throws {
        let records = try CSVRecordReader().read(bytes: try Fixture.bytes("records.tsv"), source: "records.tsv")
        #expect(records.count == 1)
        #expect(records[0].date == "May 7, 1968")
        #expect(records[0].title == "Letter, Ho Chi Minh to Kosygin")
        #expect(records[0].summary == "Ho asks for aid, again.")
        #expect(records[0].line == 2)
    }

    @Test func semicolonsAndTheColumnNamesOfCatalogueExports() throws {
        let text = "Date;Title;Description\n\"May 7, 1968\";Letter from Ho Chi Minh to Kosygin;Ho thanks Kosygin.\n"
        let records = try CSVRecordReader().read(bytes: Array(text.utf8), source: "export.csv")
        #expect(records.count == 1)
        #expect(records[0].date == "May 7, 1968")
        #expect(records[0].title == "Letter from Ho Chi Minh to Kosygin")
        #expect(records[0].summary == "Ho thanks Kosygin.")
    }

    @Test func crlfLineEndsAndMissingSummaryColumn() throws {
        let text = "Title,DATE\r\n\"Cable, Mao to Stalin\",1949\r\n\"Note\r\nNo. 2\",1950\r\n"
        let records = try CSVRecordReader().read(bytes: Array(text.utf8), source: "t.csv")
        #expect(records.count == 2)
        #expect(records[0].title == "Cable, Mao to Stalin")
        #expect(records[0].date == "1949")
        #expect(records[0].summary == "")
        #expect(records[1].title == "Note\nNo. 2")
        #expect(records[1].line == 3)
    }

    @Test func unterminatedQuoteNamesTheLineItOpens() {
        let text = "date,title,summary\n1949,\"A\",b\n1950,\"Cable, Mao\nto Stalin,x\n1951,c,d\n"
        let error = readError { try CSVRecordReader().read(bytes: Array(text.utf8), source: "u.csv") }
        #expect(error?.source == "u.csv")
        #expect(error?.line == 3)
        #expect(error?.reason.contains("unterminated") == true)
    }

    @Test func missingTitleColumnNamesTheHeaderLine() {
        let text = "\ndate,summary\n1949,x\n"
        let error = readError { try CSVRecordReader().read(bytes: Array(text.utf8), source: "m.csv") }
        #expect(error?.line == 2)
        #expect(error?.reason.contains("missing title column") == true)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let text = "date,title\n1949,ok\n1950,\"He said \"hi\" to me\"\n"
        let error = readError { try CSVRecordReader().read(bytes: Array(text.utf8), source: "q.csv") }
        #expect(error?.line == 3)
    }

    @Test func rowWiderThanTheHeaderIsAnError() {
        let text = "date,title\n1949,Cable, Mao to Stalin\n"
        let error = readError { try CSVRecordReader().read(bytes: Array(text.utf8), source: "w.csv") }
        #expect(error?.line == 2)
        // Trailing empty fields are harmless.
        let ok = try? CSVRecordReader().read(bytes: Array("date,title\n1949,Cable,,\n".utf8), source: "ok.csv")
        #expect(ok?.first?.title == "Cable")
    }

    @Test func emptyInputIsAnError() {
        let error = readError { try CSVRecordReader().read(bytes: [], source: "e.csv") }
        #expect(error?.line == 1)
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Array("date,title\n1949,a\n1950,".utf8) + [0xFF] + Array("\n".utf8)
        let error = readError { try CSVRecordReader().read(bytes: bytes, source: "b.csv") }
        #expect(error?.line == 3)
    }
}
