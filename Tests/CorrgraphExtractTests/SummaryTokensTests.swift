import Testing
@testable import CorrgraphExtract

/// The shared words of a summary (`SummaryTokens`) and the byte-level word helpers the clause rules read
/// them with must give exactly what the Character-level code they replace gives, on hand-picked words and
/// on generated texts with spaces beside combining marks, non-ASCII names, brackets, quotes and runs of spaces.
@Suite struct SummaryTokensTests {
    static let words = SummaryWordsTests.vocabulary + [
        "(Kim", "[Mao", "([Zhou", "(", "[", "(\u{301}Li", "(É", "(é", "Ôn", "\u{212A}im", "TO", "To", "to,", "tO", "THE", "The",
        "with", "WITH", "By", "by.", "quarterly", "Early", "ly", "l\u{301}y", "earl\u{301}y", "reply", "Ahmed's", "Li’s", "s",
    ]

    @Test func sharedWordsAreTheSplitAndTheirKeys() {
        for text in SummaryWordsTests.generatedTexts(count: 2_000) + Self.words {
            let split = SummaryTokens.of(text)
            #expect(split.words == text.split(separator: " ").map(String.init), "\(text.debugDescription)")
            #expect(split.keys == split.words.map(NamePhrase.wordKey), "\(text.debugDescription)")
            // Asked again, the same text gives the same words (from the memo).
            #expect(SummaryTokens.of(text).words == split.words)
        }
    }

    @Test func aWordIsItsOwnKeyOnlyWhenWordKeyKeepsIt() {
        for word in Self.words {
            #expect(SummaryWords.key(word) == NamePhrase.wordKey(word), "\(word.debugDescription)")
        }
    }

    @Test func firstAndLastWordsAreTheCharacterSplit() {
        for text in SummaryWordsTests.generatedTexts(count: 2_000) + Self.words + ["  Kim  Il Sung ", "Kim \u{301}met", " \u{301}"] {
            let parts = text.split(separator: " ")
            #expect(SummaryWords.firstWord(text) == parts.first.map(String.init), "\(text.debugDescription)")
            #expect(SummaryWords.lastWord(text) == parts.last.map(String.init), "\(text.debugDescription)")
            let tail = text.dropFirst(min(2, text.count))
            #expect(SummaryWords.firstWord(tail) == tail.split(separator: " ").first.map(String.init), "\(text.debugDescription)")
        }
    }

    @Test func wordTestsOverBytesAreTheCharacterTests() {
        for word in Self.words {
            for lower: StaticString in ["to", "with", "by", "the"] {
                let expected = word.lowercased() == "\(lower)"
                #expect(SummaryWords.lowersTo(word, lower) == expected, "\(word.debugDescription) \(lower)")
            }
            #expect(SummaryWords.endsWithASCII(word, "ly") == word.hasSuffix("ly"), "\(word.debugDescription)")
            #expect(SummaryWords.opensUppercaseAfterBrackets(word)
                    == SummaryWords.opensUppercase(word.drop { $0 == "(" || $0 == "[" }), "\(word.debugDescription)")
        }
    }

    @Test func joinedIsJoinedBySpaces() {
        for text in SummaryWordsTests.generatedTexts(count: 500) {
            let words = text.split(separator: " ").map(String.init)
            #expect(SummaryWords.joined(words[...]) == words.joined(separator: " "))
            #expect(SummaryWords.joined(words.dropFirst()) == words.dropFirst().joined(separator: " "))
        }
    }

    @Test func titleCuesAreEachFamilysCues() {
        let titles = SummaryWordsTests.generatedTexts(count: 2_000) + [
            "Record of Conversation between Ahmed Qasim and Juan Ortega", "Chronology of Events, 1950", "Speech by Kim Sung-ho",
            "Minutes of the Session", "Telegram, Wang Ming to Hans Becker", "Talks with Nguyễn Văn Linh",
        ]
        for title in titles {
            let presence = TitleCuePresence(title)
            for family in TitleCuePresence.Family.allCases {
                #expect(presence.allows(family) == family.cues.occurs(in: title), "\(family) \(title.debugDescription)")
            }
            #expect(SummaryReader.mentionsTalksInPassing(title, cued: presence.allows(.passingMention))
                    == SummaryReader.mentionsTalksInPassing(title), "\(title.debugDescription)")
        }
    }
}
