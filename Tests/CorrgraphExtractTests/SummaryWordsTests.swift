import Testing
@testable import CorrgraphExtract

/// The byte-level readers of the summary side (`SummaryWords`, `WordFilter`, `SummaryCuePresence`) must
/// give exactly what the Character-level code they replace gives: sentences and words, first-letter case,
/// and each rule family's precondition. Hand-worked cases first, then generated texts with spaces beside
/// combining marks, non-ASCII names, quotes, brackets, initials and runs of spaces.
@Suite struct SummaryWordsTests {
    @Test func sentencesEndAtAFullStopThatIsNoInitialOrAbbreviation() {
        let text = "Petrov met Kim Chol-ho on 3 May.  He then wrote to Dr. Hans Becker about A.M. Puzanov. \"It is done.\" Later (1962.) they met."
        #expect(SummaryReader.sentences(text) == [
            "Petrov met Kim Chol-ho on 3 May.",
            "He then wrote to Dr. Hans Becker about A.M. Puzanov.",
            "\"It is done.\"",
            "Later (1962.)",
            "they met.",
        ])
        #expect(SummaryReader.sentences(text, limit: 1) == ["Petrov met Kim Chol-ho on 3 May."])
        #expect(SummaryReader.sentences("") == [])
        #expect(SummaryReader.sentences("   ") == [])
    }

    /// The Character-level sentence split the byte reader replaces.
    static func referenceSentences(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for token in text.split(separator: " ") where result.count < limit {
            current.append(token)
            if SummaryReader.endsSentence(token) {
                result.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty, result.count < limit { result.append(current.joined(separator: " ")) }
        return result
    }

    static let vocabulary = [
        "Petrov", "met", "Kim", "Chol-ho", "Dr.", "A.M.", "No.", "May.", "done.\"", "reply.”", "(1962.)", "1962.]", "it.'",
        "Çela", "Nguyễn", "Văn", "Müller", "Şahin", "\u{301}accent", "x\u{301}", "\u{0600}", "asks", "to", "convey", "via",
        "Through", "talks", "between", "Telegram", "from", "RELAYS", "sends", "'s", "Wang's", "respectively", "", " ", "  ",
    ]

    static func generatedTexts(count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(14))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: next(4) == 0 ? "  " : " ")
        }
    }

    @Test func bytesGiveTheCharacterSplit() {
        for text in Self.generatedTexts(count: 3_000) {
            #expect(SummaryWords.spaceSeparated(text) == text.split(separator: " ").map(String.init), "\(text.debugDescription)")
            for limit in [1, 2, Int.max] {
                if let sentences = SummaryWords.sentences(text, limit: limit) {
                    #expect(sentences == Self.referenceSentences(text, limit: limit), "\(text.debugDescription)")
                }
            }
            #expect(SummaryReader.sentences(text) == Self.referenceSentences(text, limit: .max), "\(text.debugDescription)")
        }
        // A space before a combining mark is no word boundary: the Character path decides.
        #expect(SummaryWords.sentences("Kim \u{301}met Petrov.", limit: .max) == nil)
        #expect(SummaryWords.spaceSeparated("Kim \u{301}met Petrov.") == ["Kim \u{301}met", "Petrov."])
    }

    @Test func firstLetterCaseIsTheCharacters() {
        for word in Self.vocabulary + ["É", "é", "A\u{345}", "a\u{301}", "Zhou", "zhou", "[Mao", "\r\n"] {
            #expect(SummaryWords.opensUppercase(word) == (word.first?.isUppercase == true), "\(word.debugDescription)")
            #expect(SummaryWords.opensLowercase(word) == (word.first?.isLowercase == true), "\(word.debugDescription)")
        }
    }

    @Test func wordFilterPassesEveryWordOfItsSet() {
        for word in SubjectClauses.verbCandidates {
            for token in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased(), word + ",", "(" + word + ").", "\"" + word + "\""] {
                #expect(SubjectClauses.verbCandidateFilter.mayHold(token), "\(token)")
            }
        }
        // Tokens with a non-ASCII byte always pass (their key is made by Unicode lower-casing).
        #expect(SubjectClauses.verbCandidateFilter.mayHold("Müller"))
    }

    @Test func onePassCuesAreEachFamilysCues() {
        let texts = Self.generatedTexts(count: 2_000) + [
            "Kim Il Sung asks Shtykov to convey to Stalin his reply.", "Telegram from Wang Ming to Li Wei, via Olga Petrova,",
            "A meeting with Hans Becker", "Kim and Wang's talks", "the conversation between Ahmed Qasim and Juan Ortega",
        ]
        for text in texts {
            let presence = SummaryCuePresence(text)
            for family in SummaryCues.Family.allCases {
                #expect(presence.allows(family) == family.cues.occurs(in: text), "\(family) \(text.debugDescription)")
            }
        }
    }

    @Test func openingKeyIsTheFirstWordAfterDeterminers() {
        #expect(SummaryWords.openingKey("The Telegram from Wang Ming") == "telegram")
        #expect(SummaryWords.openingKey("  A  cable.") == "cable")
        #expect(SummaryWords.openingKey("The an") == "")
        #expect(SummaryWords.openingKey("Kim \u{301}met") == nil)
    }
}
