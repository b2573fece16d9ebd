import CorrgraphTestSupport
import CorrgraphExtract
@testable import CorrgraphResolve
import Testing

/// Generated variants of two identity conventions that were first written from one dev record each
/// (docs/names.md rules 6 and 8): they hold over the word class and over names of several cultures, so
/// they are conventions, not that record. Names are invented.
@Suite struct OneRecordRuleVariantTests {
    // MARK: A misprinted surname under two identical full given names (names.md rule 6)

    /// Two or more full given names and a surname of six letters or more, from several naming cultures.
    /// (Surnames whose misprints also read as Pinyin syllables are left out: see `pinyinReadableSurnamesStayApart`.)
    static let fullNames: [(given: String, surname: String)] = [
        ("Ana Lucía", "Fernandes"), ("Pavel Ivanovich", "Sorokin"), ("Karl Heinz", "Lindemann"),
        ("Mary Ellen", "Whitfield"), ("Jan Piotr", "Zielinski"), ("Abdel Karim", "Haddadin"),
    ]

    /// The misprints of a word: one letter dropped, two neighbours swapped, one letter added (never replaced).
    static func misprints(of word: String) -> [String] {
        let chars = Array(word)
        var out: [String] = []
        for k in 1..<(chars.count - 1) {
            var dropped = chars; dropped.remove(at: k); out.append(String(dropped))
            if chars[k] != chars[k + 1] { var swapped = chars; swapped.swapAt(k, k + 1); out.append(String(swapped)) }
            var added = chars; added.insert("r", at: k); out.append(String(added))
        }
        return Array(Set(out)).sorted()
    }

    /// Two records print the name as spelt, one with a misprint: one person, named as most records print it.
    @Test(arguments: fullNames.indices)
    func everyMisprintUnderTwoFullGivenNamesIsOnePerson(_ index: Int) {
        let (given, surname) = Self.fullNames[index]
        for misprint in Self.misprints(of: surname) where misprint != surname {
            let acts = Acts.ofAll([("Letter from \(given) \(surname) to Gomulka", ""), ("Letter from \(given) \(surname) to Tito", ""),
                                   ("Letter from \(given) \(misprint) to Ulbricht", "")])
            #expect(acts[2] == ["\(given) \(surname) → Ulbricht"], "\(misprint)")
        }
    }

    /// A surname whose two spellings both read as strings of Pinyin syllables (`Mansouri`/`Mansuri`: man-sou-ri,
    /// man-su-ri) may be two Chinese names, so the rule's Pinyin guard (names.md rule 6) keeps them apart.
    @Test func pinyinReadableSurnamesStayApart() {
        #expect(Acts.ofAll([("Letter from Abdel Karim Mansouri to Gomulka", ""), ("Letter from Abdel Karim Mansouri to Tito", ""),
                            ("Letter from Abdel Karim Mansuri to Ulbricht", "")])[2] == ["Abdel Karim Mansuri → Ulbricht"])
    }

    /// Not a misprint: one given name, initials, a short surname, a replaced letter, or twenty years apart.
    @Test func theMisprintRuleNeedsItsWholeSignal() {
        let (given, surname) = ("Pavel Ivanovich", "Sorokin")
        let misprint = "Sorkoin"
        #expect(Acts.ofAll([("Letter from Pavel \(surname) to Gomulka", ""), ("Letter from Pavel \(misprint) to Ulbricht", "")])
            == [["Pavel \(surname) → Gomulka"], ["Pavel \(misprint) → Ulbricht"]])
        #expect(Acts.ofAll([("Letter from P. I. \(surname) to Gomulka", ""), ("Letter from P. I. \(misprint) to Ulbricht", "")])
            == [["P. I. \(surname) → Gomulka"], ["P. I. \(misprint) → Ulbricht"]])
        #expect(Acts.ofAll([("Letter from Ana Lucía Ortiz to Gomulka", ""), ("Letter from Ana Lucía Ortz to Ulbricht", "")])
            == [["Ana Lucía Ortiz → Gomulka"], ["Ana Lucía Ortz → Ulbricht"]])
        #expect(Acts.ofAll([("Letter from \(given) Sorokin to Gomulka", ""), ("Letter from \(given) Sorokan to Ulbricht", "")])
            == [["\(given) Sorokin → Gomulka"], ["\(given) Sorokan → Ulbricht"]])
        let far = Acts.corpus([(title: "Letter from \(given) \(surname) to Gomulka", summary: "", date: "1950"),
                               (title: "Letter from \(given) \(misprint) to Ulbricht", summary: "", date: "1975")])
        #expect(Acts.describe(far.records[1], in: far) == ["\(given) \(misprint) → Ulbricht"])
    }

    // MARK: A diplomatic office named without its posting (names.md rule 8)

    static let ranks = ["Ambassador", "Chargé d'Affaires", "Counselor", "Counsellor", "Attaché", "Consul", "Envoy"]
    static let nationalities = ["Soviet", "Hungarian", "Polish", "Romanian", "Bulgarian", "Czechoslovak", "Mongolian", "Cuban"]
    // (A city after an office in a conversation title is where it met, not a posting: "to COUNTRY" here.)
    static let postings = ["to the DPRK", "to China", "to Mongolia", "to Vietnam"]

    /// `the RANK of the NATIONALITY Embassy` is the one `NATIONALITY RANK posted …` printed within ten years:
    /// every diplomatic rank, nationalities and postings.
    @Test(arguments: ranks)
    func anUnpostedOfficeIsTheOnePostedOneOfItsRank(_ rank: String) {
        for (n, nationality) in Self.nationalities.enumerated() {
            let posting = Self.postings[n % Self.postings.count]
            let corpus = Acts.corpus([
                (title: "Memorandum of Conversation between Zhou Enlai and the \(nationality) \(rank) \(posting)", summary: "", date: "1956"),
                (title: "Memorandum of Conversation between Kim Il Sung and the \(rank) of the \(nationality) Embassy", summary: "", date: "1958"),
            ])
            let offices = corpus.records.map { record in record.conversations.flatMap(\.participants).map(corpus.name).filter { $0.contains(rank) } }
            #expect(offices[0].count == 1 && offices[0] == offices[1], "\(nationality) \(rank): \(offices)")
        }
    }

    /// Two postings of the rank and nationality, another rank, another nationality: it stays as printed.
    @Test(arguments: ranks)
    func anUnpostedOfficeWithoutOneFittingPostStaysApart(_ rank: String) {
        let other = rank == "Consul" ? "Ambassador" : "Consul"
        let cases: [[(String, String)]] = [
            [("Soviet \(rank) to the DPRK", "1956"), ("Soviet \(rank) in Hanoi", "1957")],
            [("Soviet \(other) to the DPRK", "1956")],
            [("Polish \(rank) to the DPRK", "1956")],
        ]
        for posted in cases {
            let records = posted.map { (title: "Memorandum of Conversation between Zhou Enlai and the \($0.0)", summary: "", date: $0.1) }
                + [(title: "Memorandum of Conversation between Kim Il Sung and the \(rank) of the Soviet Embassy", summary: "", date: "1958")]
            let corpus = Acts.corpus(records)
            #expect(Acts.describe(corpus.records.last!, in: corpus) == ["{\(rank) of the Soviet Embassy, Kim Il Sung}"], "\(posted)")
        }
    }
}
