import Testing
@testable import CorrgraphRead

/// The three Wilson Center listing layouts, with fixtures written for these tests.
struct ListingTextReaderTests {
    @Test func blankLineParagraphLayout() throws {
        let records = try ListingTextReader().read(bytes: try Fixture.bytes("listing-paragraphs.txt"),
                                                   source: "listing-paragraphs.txt")
        // Chrome ("Skip to content", "1 - 4 of 4") is not a record; four date lines open four records.
        #expect(records.count == 4)
        #expect(records.map(\.line) == [8, 14, 20, 24])
        #expect(records.map(\.date) == ["February 5, 1949", "February 5, 1949", "March 1950", "1955"])
        #expect(records[0].id == "listing-paragraphs.txt#1")
        #expect(records[3].id == "listing-paragraphs.txt#4")
        #expect(records[2].title == "Cable, Mao to Stalin")
        #expect(records[2].summary == "")
        #expect(records[3].title == "Report on the Conference")
        #expect(records[3].summary.hasPrefix("First paragraph."))
        #expect(records[3].summary.hasSuffix("Second paragraph."))
    }

    @Test func sameDateAndTitleWithDifferentSummariesAreTwoRecords() throws {
        let records = try ListingTextReader().read(bytes: try Fixture.bytes("listing-paragraphs.txt"), source: "p.txt")
        #expect(records[0].title == "Memorandum of Conversation between Anastas Mikoyan and Mao Zedong")
        #expect(records[1].title == records[0].title)
        #expect(records[0].summary == "Mikoyan and Mao discuss the CCP. (Day)")
        #expect(records[1].summary == "Mikoyan and Mao discuss the army. (Evening)")
    }

    @Test func bulletLayout() throws {
        let records = try ListingTextReader().read(bytes: try Fixture.bytes("listing-bullets.txt"), source: "b.txt")
        #expect(records.count == 2)
        #expect(records.map(\.line) == [8, 14])
        #expect(records[0].date == "November 3, 1973")
        #expect(records[0].title == "Cablegram from the Australian Embassy Peking, 'Prime Minister's Call on Chairman Mao'")
        #expect(records[0].summary == "A \"slow but articulate\" Mao discuss nuclear weapons testing.")
        #expect(records[1].date == "November 21, 1948")
        #expect(records[1].title == "Cable, Mao to Stalin")
    }

    @Test func compactSearchResultsLayout() throws {
        let records = try ListingTextReader().read(bytes: try Fixture.bytes("listing-compact.txt"), source: "c.txt")
        #expect(records.count == 3)
        #expect(records.map(\.line) == [4, 8, 11])
        #expect(records[0].title == "Memorandum of Conversation between Oskar Fischer and V[yacheslav] I. Kochemassov")
        #expect(records[0].summary == "Summary one.")
        // The `-` separator ends a record that has no summary.
        #expect(records[1].title == "Letter from Ambassador Pervukhin to Foreign Minister Gromyko on the German Problem")
        #expect(records[1].summary == "")
        #expect(records[2].summary == "Telegram from Kim Il Sung telling Stalin of the losses.")
    }

    @Test func dateAndTitleOnOneLine() throws {
        let page = """
        Showing 1–3 of 3 results

        * October 27, 1962 — Letter from Khrushchev to Kennedy
          Khrushchev proposes a trade.
        * 1962-10-28 - Telegram from Alekseev to Moscow
        * Page 1 of 1
        March 1950 | Cable, Mao to Stalin
        """
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "p.txt")
        #expect(records.map(\.date) == ["October 27, 1962", "1962-10-28", "March 1950"])
        #expect(records.map(\.title) == ["Letter from Khrushchev to Kennedy", "Telegram from Alekseev to Moscow", "Cable, Mao to Stalin"])
        #expect(records.map(\.line) == [3, 5, 7])
        #expect(records[0].summary == "Khrushchev proposes a trade.")
        #expect(records[1].summary == "")
    }

    @Test func numberedResults() throws {
        let page = "1. March 14, 1950\nCable, Mao to Stalin\nMao asks for aircraft.\n\n2. 7. Mai 1968\nLetter, Ho Chi Minh to Kosygin\n"
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "n.txt")
        #expect(records.map(\.date) == ["March 14, 1950", "7. Mai 1968"])
        #expect(records.map(\.title) == ["Cable, Mao to Stalin", "Letter, Ho Chi Minh to Kosygin"])
        #expect(records[0].summary == "Mao asks for aircraft.")
    }

    @Test func labelledFieldsInEitherOrder() throws {
        let page = """
        Date: March 14, 1950
        Title: Cable, Mao to Stalin
        Summary: Mao asks for aircraft.
        Source: Archive of the President

        Title: Letter, Ho Chi Minh to Kosygin
        Date: May 7, 1968
        Description: Ho thanks Kosygin.
        """
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "l.txt")
        #expect(records.map(\.date) == ["March 14, 1950", "May 7, 1968"])
        #expect(records.map(\.title) == ["Cable, Mao to Stalin", "Letter, Ho Chi Minh to Kosygin"])
        #expect(records.map(\.summary) == ["Mao asks for aircraft.", "Ho thanks Kosygin."])
        #expect(records.map(\.line) == [2, 6])
    }

    @Test func titleBeforeItsDate() throws {
        let page = """
        Cable, Mao to Stalin
        March 14, 1950
        Mao asks Stalin for aircraft and pilots to defend Shanghai against the Nationalist air raids.

        Letter, Ho Chi Minh to Kosygin
        May 7, 1968
        Ho Chi Minh thanks Kosygin for the Soviet aid delivered to Hanoi in the spring of that year.

        Note, Zhou Enlai to Nehru
        1959
        """
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "t.txt")
        #expect(records.map(\.title) == ["Cable, Mao to Stalin", "Letter, Ho Chi Minh to Kosygin", "Note, Zhou Enlai to Nehru"])
        #expect(records.map(\.date) == ["March 14, 1950", "May 7, 1968", "1959"])
        #expect(records[0].summary.hasPrefix("Mao asks Stalin"))
        #expect(records[2].summary == "")
        #expect(records.map(\.line) == [1, 5, 9])
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes: [UInt8] = Array("May 7, 1968\nLetter\n".utf8) + [0x41, 0xFF, 0x0A]
        let error = readError { try ListingTextReader().read(bytes: bytes, source: "bad.txt") }
        #expect(error?.line == 3)
        #expect(error?.source == "bad.txt")
    }
}

/// Nothing read is dropped: a title before any date line is an undated record.
struct ListingWithoutDateLineTests {
    @Test func titleBeforeTheFirstDateLineIsAnUndatedRecord() throws {
        let page = "Skip to content\n\nLetter, Lenin to Trotsky\n\nLenin writes about the army.\n\nMay 7, 1920\n\nCable, Trotsky to Lenin\n"
        let records = try ListingTextReader().read(bytes: Array(page.utf8), source: "p.txt")
        #expect(records.count == 2)
        #expect(records[0].date == "")
        #expect(records[0].title == "Letter, Lenin to Trotsky")
        #expect(records[0].summary == "Lenin writes about the army.")
        #expect(records[0].line == 3)
        #expect(records[1].line == 9)
    }

    @Test func textWithNoRecordIsAnError() {
        #expect(throws: ReadError(source: "p.txt", line: 1, reason: "no catalogue records found (expected date, title and summary lines)")) {
            try ListingTextReader().read(bytes: Array("Skip to content\n\n-\n".utf8), source: "p.txt")
        }
    }
}
