import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// `OFFICE, NAME` in a message end is one person, the holder of the office (docs/title-variants.md "An office set off
/// before its holder in a message end"). Names are invented (`Variants.people`); offices and document words vary;
/// expected acts are worked out by hand from GOLD-SCHEMA.md (an office in apposition names no second correspondent).
@Suite struct OfficeBeforeHolderTests {
    static let offices = ["the Minister of Culture", "the Foreign Minister of Xlandia", "the Prime Minister of Ruritania",
                          "the Ambassador of Xlandia", "the Secretary General of the Xlandian Party", "the Chairman of the State Planning Committee"]
    static let documentWords = ["Letter", "Telegram", "Cable", "Memorandum", "Note"]

    @Test func anOfficeBeforeACommaIsItsHoldersInEitherEnd() {
        var n = 0
        for office in Self.offices {
            for word in Self.documentWords {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("\(word) from \(a) to \(office), \(b)") == ["\(a) → \(b)"], "\(word) \(office)")
                #expect(Acts.of("\(word) from \(office), \(b), to \(a)") == ["\(b) → \(a)"], "\(word) \(office)")
                n += 1
            }
        }
    }

    @Test func aLowerCaseOfficeIsItsHolders() {
        #expect(Acts.of("Letter from Hans Becker to the minister of culture, Kim Young-sam") == ["Hans Becker → Kim Young-sam"])
    }

    @Test func stackedOfficesJoinedByAndDescribeOneHolder() {
        #expect(Acts.of("Letter from Hans Becker to the Chairman of the Central Committee and the Politburo of the Xlandian Party, Kim Young-sam")
                == ["Hans Becker → Kim Young-sam"])
        #expect(Acts.of("Telegram from the Chairman of the Council of Ministers and the Defence Committee of Ruritania, Omar Farouk, to Li Wenbo")
                == ["Omar Farouk → Li Wenbo"])
    }

    @Test func aHolderInAListIsOnePerson() {
        #expect(Acts.of("Letter from Hans Becker to the Minister of Culture, Kim Young-sam, and Li Wenbo")
                == ["Hans Becker → Kim Young-sam, Li Wenbo"])
        #expect(Acts.of("Cable from Yuki Tanaka to Sergei Volkov and the Foreign Minister of Xlandia, Diego Alvarez")
                == ["Yuki Tanaka → Sergei Volkov, Diego Alvarez"])
    }

    /// Negatives: an office alone before a bare `and NAME` is a second correspondent.
    @Test func anOfficeBeforeAndIsASecondCorrespondent() {
        #expect(Acts.of("Letter from Hans Becker to the Minister of Culture and Kim Young-sam")
                == ["Hans Becker → Minister of Culture, Kim Young-sam"])
        #expect(Acts.of("Letter from the Foreign Minister of Xlandia and Li Wenbo to Olga Smirnova")
                == ["Foreign Minister of Xlandia, Li Wenbo → Olga Smirnova"])
    }
}
