import Foundation
import Testing
@testable import CorrgraphExtract

/// `ByteSearch.foundationRange`, `foundationContains`, `hasLoweredPrefix` and `firstCommaBeforeDigit` must answer as
/// the Foundation calls they stand for, on ASCII text and on text with accents, combining marks and ligatures.
struct ByteSearchFoundationTests {
    static let texts = [
        "Conversation between Pak Chong-ae and Wang Lifen, Members of the Delegation and Deputies",
        "Talks of Dmitri Ivanov and Chen Baoguo and Yusuf al-Rahman, 12 May 1961",
        "Meeting of Ramón Pérez and Jürgen Weiß in Havana",
        "Members of an Albanian Delegation, Representatives of the Youth League: and Kwon Sun-hee",
        "a group headed by Kemal Aydın and another led by Lê Văn Thành",
        "Zhou Wei and\u{301} Park Ji-min, Head of the Cultural Group",
        "delegates ﬁrst of a team and Rosa Quintero, 3 March",
        "MEMBERS OF THE GROUP AND ", "and", "", " and ", "Ahmed bin Khalid e\u{301} and , 9",
        "Record of Talks in Moscow; Kelvin \u{212A} and Li Na, Kyiv", "Notes of the Session of the CC Plenum",
    ]
    static let markers = [" and ", ", ", ": ", " in ", " headed by ", " led by ", "members of the ", "delegates of a ", "of an "]

    @Test func rangesAreFoundations() {
        for text in Self.texts {
            for marker in Self.markers {
                for options: String.CompareOptions in [[], .backwards, .caseInsensitive, [.caseInsensitive, .backwards]] {
                    #expect(ByteSearch.foundationRange(of: marker, in: text, options: options) == text.range(of: marker, options: options),
                            "\(text) / \(marker) / \(options)")
                    let tail = text.dropFirst(min(3, text.count))
                    #expect(ByteSearch.foundationRange(of: marker, in: tail, options: options) == tail.range(of: marker, options: options))
                }
            }
        }
    }

    @Test func containsAndPrefixAreFoundations() {
        for text in Self.texts {
            let lower = text.lowercased()
            for word: StaticString in ["session", "cc", "and", "plenum", "the group", "kelvin k"] {
                #expect(ByteSearch.foundationContains(lower, word) == lower.contains(word.description), "\(lower) / \(word)")
            }
            for prefix in ["members of ", "the delegations of ", "talks of ", "delegates"] {
                #expect(ByteSearch.hasLoweredPrefix(text, prefix) == text.lowercased().hasPrefix(prefix), "\(text) / \(prefix)")
            }
            #expect(ByteSearch.firstCommaBeforeDigit(text) == text.range(of: #", [0-9]"#, options: .regularExpression)?.lowerBound)
        }
    }
}
