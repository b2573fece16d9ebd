import Testing
@testable import CorrgraphExtract
import CorrgraphRead

/// The run's memos of the title reading (`TitleReadingMemo`) and the summary prelude (`SummaryPrelude.memo`) must
/// change no output: a record read with the memos warm from other records that share its title or summary (with
/// other dates, other summaries, other titles, another `--papers-of` owner) is the record read with nothing
/// remembered. Titles and summaries repeat across invented correspondents of several naming cultures.
@Suite(.serialized) struct RunMemoTests {
    static let titles = [
        "Mr. Okonkwo to Lord Ashdown.",
        "Cable, Ngozi Adeyemi to Li Wenqing",
        "Letter from Ingrid Halvorsen to Tomás Ibarra [via Kenji Watanabe]",
        "Record of Conversation with Svetlana Morozova",
        "To Aroha Ngata",
        "From Farid Haddad",
        "CABLE, MEI-LING CHO TO PIOTR NOWAK",
        "Telegram from Kim On Chol to Ruslan Akhmetov",
        "Minutes of the Politburo Session",
        "Café Müller to Jürgen Weiß",
        // The same title with é decomposed (e + U+0301): another title by its bytes.
        "Cafe\u{301} Müller to Jürgen Weiß",
    ]
    static let summaries = [
        "",
        "Li Wenqing is asked to convey the views of the leadership to Tomás Ibarra.",
        "Svetlana Morozova and Farid Haddad discuss the railway concession.",
        "Ngozi Adeyemi (Ada Obi) reports on the harbour and asks for an urgent reply.",
        "Aroha Ngata was told by Kenji Watanabe that the delegation would arrive.",
        "PIOTR NOWAK MET MEI-LING CHO IN THE PRESENCE OF INGRID HALVORSEN.",
    ]
    static let dates = ["May 3, 1962", "", "1911", "sometime"]

    static func records() -> [CatalogueRecord] {
        var records: [CatalogueRecord] = []
        var n = 0
        for (t, title) in titles.enumerated() {
            for (s, summary) in summaries.enumerated() where (t + s) % 2 == 0 || s == 0 {
                n += 1
                records.append(CatalogueRecord(id: "m#\(n)", source: "m", line: n, date: dates[(t + s) % dates.count],
                                               title: title, summary: summary))
            }
        }
        return records
    }

    static func forgetting() {
        TitleReadingMemo.shared.removeAll()
        SummaryPrelude.memo.removeAll()
    }

    @Test(arguments: [nil, "Aroha Ngata", "Henrietta Vogel"])
    func warmReadingIsTheColdReading(owner: String?) {
        let records = Self.records()
        let extractor = RecordExtractor(papersOf: owner.flatMap(EditionOwner.init))
        Self.forgetting()
        // Every record read with nothing remembered …
        let cold = records.map { record -> ExtractedRecord in
            Self.forgetting()
            return extractor.extract(record)
        }
        // … and all read in turn, forwards and backwards, each title and summary remembered from the first record with it.
        Self.forgetting()
        let warm = records.map(extractor.extract)
        let warmBackwards = records.reversed().map(extractor.extract).reversed()
        #expect(warm == cold)
        #expect(Array(warmBackwards) == cold)
    }

    /// Worked from the edition convention (docs/letter-editions.md): one heading, two owners, two acts.
    @Test func oneTitleTwoOwners() {
        let record = CatalogueRecord(id: "o#1", source: "o", line: 1, date: "1911", title: "To Aroha Ngata", summary: "")
        let first = RecordExtractor(papersOf: EditionOwner("Henrietta Vogel")).extract(record)
        let second = RecordExtractor(papersOf: EditionOwner("Kwame Mensah")).extract(record)
        let none = RecordExtractor().extract(record)
        #expect(first.messages.map { $0.from.map(\.text) + $0.to.map(\.text) } == [["Henrietta Vogel", "Aroha Ngata"]])
        #expect(second.messages.map { $0.from.map(\.text) + $0.to.map(\.text) } == [["Kwame Mensah", "Aroha Ngata"]])
        #expect(none.messages.map { $0.from.map(\.text) + $0.to.map(\.text) } == [["Aroha Ngata"]])
    }

    /// A memo tells texts apart by their bytes, keeps no text past its length limit and starts again when full.
    @Test func textMemoBounds() {
        let memo = TextMemo<Int>(longestKept: 8, capacity: 3)
        var made = 0
        func value(_ text: String) -> Int { memo.value(of: text) { made += 1; return $0.utf8.count } }
        #expect(value("Café") == 5)
        #expect(value("Cafe\u{301}") == 6)   // canonically equal, other bytes: made again
        #expect(made == 2)
        #expect(value("Café") == 5)
        #expect(made == 2)
        #expect(value("a much longer text") == 18)
        #expect(value("a much longer text") == 18)
        #expect(made == 4)                   // past the length limit: never kept
        #expect(memo.count == 2)
        _ = value("x")
        #expect(memo.count == 3)
        _ = value("y")                       // full: emptied, then kept
        #expect(memo.count == 1)
        _ = value("Café")
        #expect(made == 7)
    }
}
