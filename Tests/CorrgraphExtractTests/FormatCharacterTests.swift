import CorrgraphExtract
import CorrgraphRead
import CorrgraphTestSupport
import Testing

/// Invisible format characters inside a title or summary are read as nothing (`FormatCharacters`); the
/// expected acts are those of the same text without them, worked out by hand.
@Suite struct FormatCharacterTests {
    static let invisible: [Character] = ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}",
                                         "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2060}",
                                         "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FEFF}"]

    @Test(arguments: invisible)
    func insideANameInTheTitle(_ mark: Character) {
        #expect(Acts.of("Letter from Ivan \(mark)Petrov to Wang Jian\(mark)guo") == ["Ivan Petrov → Wang Jianguo"])
        #expect(Acts.of("\(mark)Cable, Amina Haddad to Carlos Ortega [via Kim Min-jun\(mark)]")
            == ["Amina Haddad → Carlos Ortega via Kim Min-jun"])
    }

    @Test(arguments: invisible)
    func insideASummary(_ mark: Character) {
        #expect(Acts.of("Memorandum of Conversation", summary: "Hans Be\(mark)cker met with Li\(mark) Wei in Berlin.")
            == ["{Hans Becker, Li Wei}"])
    }

    @Test func theRecordKeepsItsText() {
        let title = "Letter from Ivan \u{202E}Petrov to Wang Jianguo"
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950", title: title, summary: "")
        let extracted = RecordExtractor().extract(record)
        #expect(extracted.record.title == title)
        #expect(extracted.messages.first?.from.map(\.text) == ["Ivan Petrov"])
    }
}
