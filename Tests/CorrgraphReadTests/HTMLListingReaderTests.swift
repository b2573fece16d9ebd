import Testing
@testable import CorrgraphRead

struct HTMLListingReaderTests {
    @Test func readsTheVisibleRecordsOfAPage() throws {
        let records = try HTMLListingReader().read(bytes: try Fixture.bytes("page.html"), source: "page.html")
        // Dates inside <title>, <style>, <script> and a comment are not visible and open no record.
        #expect(records.count == 3)
        #expect(records.map(\.date) == ["October 17, 1948", "January 9, 1949", "May 7, 1968"])
        #expect(records.map(\.id) == ["page.html#1", "page.html#2", "page.html#3"])
    }

    @Test func aTableWithAHeadingRowHasOneRecordPerRow() throws {
        let page = """
        <table><tr><th>Date</th><th>Title</th><th>Summary</th></tr>
        <tr><td>1962-10-27</td><td><a href="x">Letter from Khrushchev to Kennedy</a></td><td>A trade.</td></tr>
        <tr><td>1962-10-28</td><td>Telegram from Alekseev to Moscow</td><td></td></tr></table>
        """
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "t.html")
        #expect(records.map(\.title) == ["Letter from Khrushchev to Kennedy", "Telegram from Alekseev to Moscow"])
        #expect(records.map(\.summary) == ["A trade.", ""])
    }

    @Test func pageFurnitureIsNoRecord() throws {
        let page = """
        <header><h1>Wilson Center Digital Archive</h1><nav><a>Collections</a><a>Topics</a></nav></header>
        <aside><h2>Filter by date</h2><ul><li>1950</li></ul></aside>
        <main><article><header><div>March 14, 1950</div><h3>Cable, Mao to Stalin</h3></header><p>Mao asks.</p></article></main>
        <footer><p>Contact us</p><p>1300 Pennsylvania Avenue</p></footer>
        """
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "f.html")
        #expect(records.map(\.title) == ["Cable, Mao to Stalin"])
        #expect(records.map(\.date) == ["March 14, 1950"])
        #expect(records.map(\.summary) == ["Mao asks."])
    }

    @Test func aResultsOwnHeaderIsKeptAndAnUnclosedItemDoesNotKeepTheFooter() throws {
        let page = """
        <div class="result"><header><div>March 14, 1950</div><h3>Cable, Mao to Stalin</h3></header><p>Mao asks.</p></div>
        <ul><li><div>May 7, 1968</div><h3>Letter, Ho Chi Minh to Kosygin</h3><p>Ho thanks Kosygin.</ul>
        <footer><p>Copyright</p></footer>
        """
        let records = try HTMLListingReader().read(bytes: Array(page.utf8), source: "d.html")
        #expect(records.map(\.title) == ["Cable, Mao to Stalin", "Letter, Ho Chi Minh to Kosygin"])
        #expect(records.map(\.summary) == ["Mao asks.", "Ho thanks Kosygin."])
    }

    @Test func recordLineIsTheHTMLLineOfTheTitle() throws {
        let records = try HTMLListingReader().read(bytes: try Fixture.bytes("page.html"), source: "page.html")
        // Titles stand on lines 16 (<h3>), 20 (<a> after a <br>) and 27 (<h3> after a three-line date <div>).
        #expect(records.map(\.line) == [16, 20, 27])
    }

    @Test func decodesReferencesAndJoinsInlineElements() throws {
        let records = try HTMLListingReader().read(bytes: try Fixture.bytes("page.html"), source: "page.html")
        #expect(records[0].title == "Cable, Stalin to Mao Zedong [via Terebin]")
        #expect(records[0].summary == "Stalin tells Mao, through Terebin (Andrei Orlov), that he received Mao\u{2019}s letter & would answer.")
        #expect(records[1].title == "Ciphered Telegram No. 50333, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Stalin")
        #expect(records[1].summary == "Mao announces that he is ready to visit Moscow.")
        #expect(records[2].title == "Letter from Ho Chi Minh to Kosygin \u{2018}On Aid\u{2019}")
        #expect(records[2].summary == "")
    }

    @Test func windows1252NumericReferencesAndUnknownEntities() throws {
        let html = "<p>1955</p><p>Report &#150; &#146;Aid&#146; &bogus; R&amp;D</p>"
        let records = try HTMLListingReader().read(bytes: Array(html.utf8), source: "x.html")
        #expect(records.count == 1)
        // &#150; and &#146; are Windows-1252 en dash and right quote, as browsers show them;
        // an unknown reference stays as written.
        #expect(records[0].title == "Report \u{2013} \u{2019}Aid\u{2019} &bogus; R&D")
    }

    @Test func visibleLinesFollowBlockElements() throws {
        let html = "<div>a<span>b</span>\n c<br/>d</div><table><tr><td>e</td><td>f</td></tr></table>"
        let lines = try HTMLText.visibleLines(Array(html.utf8), source: "x.html")
        #expect(lines.map(\.text) == ["ab c", "d", "e", "f"])
        #expect(lines.map(\.line) == [1, 2, 2, 2])
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes: [UInt8] = Array("<html>\n<body>\n<p>".utf8) + [0xC3, 0x28] + Array("</p>\n".utf8)
        let error = readError { try HTMLListingReader().read(bytes: bytes, source: "bad.html") }
        #expect(error?.line == 3)
    }

    @Test func latin1PagesThatSayLatin1AreDecoded() throws {
        let bytes: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>1955</p><p>Br".utf8) + [0xFC] + Array("ning</p>".utf8)
        let records = try HTMLListingReader().read(bytes: bytes, source: "l.html")
        #expect(records.first?.title == "Br\u{FC}ning")
    }
}
