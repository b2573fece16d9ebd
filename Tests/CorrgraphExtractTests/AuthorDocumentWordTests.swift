import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// `AUTHOR DOCWORD [and DOCWORD] to B` (issue 9): document words that close the sender phrase name the
/// document, not the author. Authors and addressees are invented, from several naming cultures; each
/// expectation is worked out by hand from the gold schema (the document's author is its sender).
@Suite struct AuthorDocumentWordTests {
    static let pairs = [("Ivan Petrov", "Wang Jianguo"), ("Kim Young-sam", "Hans Weber"), ("Ahmed Haddad", "Diego Alvarez"),
                        ("Olga Smirnova", "Park Min-ho")]

    // (A single document word that can lead a title, `A Letter to B`, is read by the lead-in grammar, which gives
    // no sender yet: issue 9, left open.)
    @Test(arguments: ["Resolution", "Decree", "Decision", "Declaration", "Resolution and Letter", "Report and Memorandum",
                      "Decision & Instructions", "Decree and Telegram"])
    func documentWordsAfterTheAuthorNameTheDocument(words: String) {
        for (author, addressee) in Self.pairs {
            #expect(Acts.of("\(author) \(words) to \(addressee)") == ["\(author) → \(addressee)"], "\(author) \(words)")
            #expect(Acts.of("\(author) \(words) to \(addressee) requesting assistance") == ["\(author) → \(addressee)"])
        }
        // A list of three authors before the document words.
        #expect(Acts.of("Ivan Petrov, Kim Young-sam and Ahmed Haddad \(words) to Diego Alvarez")
                == ["Ivan Petrov, Kim Young-sam, Ahmed Haddad → Diego Alvarez"])
    }

    @Test func bodyBeforeItsDocumentWordsInAHeadWithoutDocumentWord() {
        // A body's name before the document words is read by the head grammar of institutions: the same cut applies.
        #expect(Acts.of("Bulgarian Politburo Resolution and Letter to Ivan Petrov") == ["Bulgarian Politburo → Ivan Petrov"])
        #expect(Acts.of("The Northern Timber Company Resolution and Letter to the Secretary of State")
                == ["Northern Timber Company → Secretary of State"])
    }

    @Test func documentWordInsideANameIsNoCut() {
        // A document word followed by other words is part of a name; one that stands first has no author before it.
        #expect(MessageGrammar.authorBeforeDocumentWords("Soviet Information Bureau") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Letter") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Ivan Petrov") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Soviet Note") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Ivan Petrov, Letter") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Ivan Petrov letter") == nil)
        #expect(MessageGrammar.authorBeforeDocumentWords("Bulgarian Politburo Resolution and Letter") == "Bulgarian Politburo")
        #expect(MessageGrammar.authorBeforeDocumentWords("Ivan Petrov, Kim Young-sam Telegram") == "Ivan Petrov, Kim Young-sam")
    }
}
