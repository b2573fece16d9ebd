import Testing
@testable import CorrgraphRead

struct CMIFReaderTests {
    private func fixture() throws -> [CatalogueRecord] {
        try CMIFReader().read(bytes: try Fixture.bytes("letters-cmif.xml"), source: "letters-cmif.xml")
    }

    @Test func oneRecordPerCorrespDescAtItsLine() throws {
        let records = try fixture()
        #expect(records.count == 5)
        #expect(records.map(\.line) == [11, 22, 36, 37, 50])
        #expect(records.map(\.id) == (1...5).map { "letters-cmif.xml#\($0)" })
        #expect(records.allSatisfy { $0.stated != nil })
    }

    @Test func singleLetterWithAuthoritiesPlacesAndDate() throws {
        let r = try fixture()[0]
        #expect(r.title == "Letter, Philipp Jakob Spener to Gottlieb Spizel")
        #expect(r.date == "1666-09-21")
        #expect(r.stated?.senders == [StatedParty(name: "Philipp Jakob Spener", authority: "http://d-nb.info/gnd/118616099")])
        #expect(r.stated?.recipients == [StatedParty(name: "Gottlieb Spizel", authority: "http://d-nb.info/gnd/118616315")])
        #expect(r.stated?.earliest == "1666-09-21")
        #expect(r.stated?.latest == "1666-09-21")
        #expect(r.summary == "Date as printed: 21. September 1666. Place of sending: Frankfurt a. M. Place of receipt: Augsburg.")
    }

    @Test func severalSendersOrganisationAndCopyRecipient() throws {
        let r = try fixture()[1]
        // Inverted names are given in direct order, the printed form kept.
        #expect(r.stated?.senders == [
            StatedParty(name: "Arthur Schnitzler", authority: "https://d-nb.info/gnd/118609807", printed: "Schnitzler, Arthur"),
            StatedParty(name: "Olga Schnitzler", printed: "Schnitzler, Olga"),
        ])
        // `cc` counts as a recipient; white space inside a name collapses.
        #expect(r.stated?.recipients == [
            StatedParty(name: "Book-of-the-Month Club", authority: "https://d-nb.info/gnd/2024427-0", isOrganization: true),
            StatedParty(name: "Isabella Vengerova", printed: "Vengerova, Isabella"),
        ])
        #expect(r.title == "Letter, Arthur Schnitzler and Olga Schnitzler to Book-of-the-Month Club and Isabella Vengerova")
        #expect(r.stated?.earliest == "1907-01-05")
        #expect(r.stated?.latest == "1907-01-09")
        #expect(r.date == "5 January 1907 – 9 January 1907")
        // The date field reads back as the same interval.
        #expect(DateLine.parse(r.date) == .dated(DateRange(start: CalendarDay(year: 1907, month: 1, day: 5),
                                                          end: CalendarDay(year: 1907, month: 1, day: 9))))
    }

    @Test func unknownSenderYearRangeAndNestedMarkupInAName() throws {
        let r = try fixture()[2]
        #expect(r.stated?.senders == [])
        #expect(r.stated?.recipients == [StatedParty(name: "Anna & Karl M\u{FC}ller")])
        #expect(r.title == "Letter to Anna & Karl M\u{FC}ller")
        #expect(r.date == "1669 – 1670")
        #expect(r.stated?.earliest == "1669")
        #expect(r.stated?.latest == "1670")
        #expect(DateLine.parse(r.date) == .dated(DateRange(start: CalendarDay(year: 1669, month: 1, day: 1),
                                                          end: CalendarDay(year: 1670, month: 12, day: 31))))
    }

    @Test func openIntervalAndForwardedAction() throws {
        let r = try fixture()[3]
        #expect(r.date == "not after 1667-09-29")
        #expect(r.stated?.earliest == nil)
        #expect(r.stated?.latest == "1667-09-29")
        // The forwarding party is a relay the letter travelled through, not a recipient.
        #expect(r.stated?.recipients == [StatedParty(name: "Arthur Schnitzler", printed: "Schnitzler, Arthur")])
        #expect(r.stated?.relays == [StatedParty(name: "Isabella Vengerova", printed: "Vengerova, Isabella")])
        #expect(r.summary == "Date as printed: [vor 29. September 1667]. Forwarded: Isabella Vengerova; St. Petersburg.")
    }

    /// Descriptions without `ref` in the edition's language are unnamed parties: kept, but no party.
    @Test func descriptionsAreUnnamedPartiesAndRelayActionsAreRelays() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><profileDesc>
            <correspDesc key="1">
              <correspAction type="sent"><persName ref="http://d-nb.info/gnd/1">Hinrich Abeken</persName>
                <date notBefore="1702-03"/></correspAction>
              <correspAction type="received"><persName evidence="conjecture">einen Amtsbruder</persName>
                <persName>eine Witwe</persName></correspAction>
            </correspDesc>
            <correspDesc key="2">
              <correspAction type="sent"><persName>N.N.</persName></correspAction>
              <correspAction type="transmitted"><persName>Ibarra, Lucía</persName></correspAction>
              <correspAction type="redirected"><orgName>Collège de Genève</orgName></correspAction>
              <correspAction type="received"><persName>[Jaroslav] Novák</persName><persName>?</persName></correspAction>
            </correspDesc>
            </profileDesc></TEI>
            """
        let records = try CMIFReader().read(bytes: Array(xml.utf8), source: "d.xml")
        #expect(records[0].stated?.recipients == [])
        #expect(records[0].stated?.unnamed == ["einen Amtsbruder", "eine Witwe"])
        #expect(records[0].summary == "Unnamed recipient: einen Amtsbruder; eine Witwe.")
        #expect(records[0].stated?.earliest == "1702-03")
        #expect(records[0].stated?.latest == nil)
        #expect(records[0].date == "not before 1702-03")
        #expect(records[1].stated?.senders == [])
        #expect(records[1].stated?.unnamed == ["N.N.", "?"])
        #expect(records[1].stated?.relays == [StatedParty(name: "Lucía Ibarra", printed: "Ibarra, Lucía"),
                                              StatedParty(name: "Collège de Genève", isOrganization: true)])
        #expect(records[1].stated?.recipients == [StatedParty(name: "Jaroslav Novák", printed: "[Jaroslav] Novák")])
    }

    @Test func printedDateOnlyAndCDATAName() throws {
        let r = try fixture()[4]
        #expect(r.date == "30 10. 1914")
        #expect(r.stated?.earliest == nil)
        #expect(r.stated?.latest == nil)
        #expect(r.summary == "")
        #expect(r.stated?.recipients == [StatedParty(name: "Kroll's <Buchdruckerei>")])
        #expect(r.title == "Letter, Wilhelm B\u{F6}lsche to Kroll's <Buchdruckerei>")
    }

    @Test func namespacePrefixesAreAccepted() throws {
        let xml = """
            <tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:correspDesc>
            <tei:correspAction type="sent"><tei:persName>A</tei:persName><tei:date when="1900-05"/></tei:correspAction>
            <tei:correspAction type="received"><tei:persName>B</tei:persName></tei:correspAction>
            </tei:correspDesc></tei:TEI>
            """
        let records = try CMIFReader().read(bytes: Array(xml.utf8), source: "p.xml")
        #expect(records.count == 1)
        #expect(records[0].title == "Letter, A to B")
        #expect(records[0].date == "1900-05")
        #expect(records[0].line == 1)
    }

    @Test(arguments: [
        // (document, line of the fault)
        ("<TEI>\n<correspDesc>\n<correspAction type=\"sent\">\n</correspDesc>\n</TEI>", 4),
        ("<TEI>\n<correspDesc>\n<correspAction type=\"sent\"/>\n", 2),
        ("<TEI>\n<p>&nbsp;</p>\n</TEI>", 2),
        ("<TEI>\n\n<p>Smith & Sons</p></TEI>", 3),
        ("<TEI>\n<date when=1900>x</date></TEI>", 2),
        ("<TEI>\n<!-- never closed\n</TEI>", 2),
        ("<TEI></TEI>\n<TEI></TEI>", 2),
        ("  \n\n", 1),
    ])
    func malformedXMLNamesTheLine(document: String, line: Int) {
        let error = readError { try CMIFReader().read(bytes: Array(document.utf8), source: "bad.xml") }
        #expect(error?.source == "bad.xml")
        #expect(error?.line == line)
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Array("<TEI>\n<p>\n".utf8) + [0xE2, 0x28, 0xA1] + Array("</p></TEI>".utf8)
        let error = readError { try CMIFReader().read(bytes: bytes, source: "u.xml") }
        #expect(error?.line == 3)
    }
}
