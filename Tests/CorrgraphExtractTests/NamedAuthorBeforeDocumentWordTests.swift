import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// `NAME DOCWORD to B`: a named person before a single document word is its author (docs/title-variants.md "A named
/// author before a single document word"). Names are invented (`Variants.people`); expected acts are worked out by hand
/// from GOLD-SCHEMA.md (the author of a document addressed to B is its sender).
@Suite struct NamedAuthorBeforeDocumentWordTests {
    static let documentWords = ["Letter", "Telegram", "Memorandum", "Message", "Note", "Report", "Directive", "Cable"]

    @Test func aNamedAuthorBeforeEveryDocumentWordIsTheSender() {
        var n = 0
        for word in Self.documentWords {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("\(a) \(word) to \(b)") == ["\(a) → \(b)"], "\(word)")
            #expect(Acts.of("\(a) \(word) to \(b) and \(c)") == ["\(a) → \(b), \(c)"], "\(word)")
            n += 1
        }
    }

    @Test func anOfficeOrFormOfAddressBeforeTheNameStaysWithIt() {
        #expect(Acts.of("Ambassador Kim Young-sam Telegram to Hans Becker") == ["Kim Young-sam → Hans Becker"])
        #expect(Acts.of("Minister Omar Farouk Letter to Yuki Tanaka") == ["Omar Farouk → Yuki Tanaka"])
    }

    @Test func aTitleInCapitalsKeepsItsAuthor() {
        #expect(Acts.of("IVAN PETROV LETTER TO WANG JIANGUO") == ["Ivan Petrov → Wang Jianguo"])
    }

    /// Negatives: modifiers of a document or an act before the document word name no one.
    @Test func modifiersAreNoAuthor() {
        for modifiers in ["Open", "Final Draft", "Farewell", "Joint", "Secret Personal", "Second"] {
            #expect(Acts.of("\(modifiers) Letter to Li Wenbo") == [" → Li Wenbo"], "\(modifiers)")
        }
    }
}
