import Foundation
import Testing
@testable import CorrgraphExtract

/// The byte searches must answer as the plain searches they replace: the first occurrence of a marker (a marker that
/// opens with a space is looked for by its second byte), and the case-insensitive pre-test read eight bytes at a
/// time. Texts of every length around the eight-byte steps, markers at both ends, repeated spaces, capitals and
/// bytes outside ASCII.
@Suite struct ByteSearchTests {
    /// The first offset of `needle` in `text`, byte by byte.
    static func naiveOffset(_ needle: [UInt8], in text: [UInt8]) -> Int? {
        guard needle.count <= text.count else { return nil }
        return (0...(text.count - needle.count)).first { i in Array(text[i..<(i + needle.count)]) == needle }
    }

    static func firstOffset(_ needle: String, in text: String) -> Int? {
        let n = Array(needle.utf8), t = Array(text.utf8)
        return n.withUnsafeBufferPointer { np in
            t.withUnsafeBufferPointer { tp in ByteSearch.firstOffset(of: np, firstByte: n[0], in: tp) }
        }
    }

    @Test func firstOffsetIsTheFirstOccurrence() {
        let texts = ["", " ", "to", " to ", "Cable to Li Wenqing to Olga Petrova", "  to  to ", "a to", "to b", "x  to y",
                     "Kim asks Park to convey to  Juan Ortega", "tot to", " t", "Hans asks asks Fatima", "   "]
        let needles = [" to ", " to", "to ", " asks ", "  ", " ", "to", " t", "convey to ", " Juan"]
        for text in texts {
            for needle in needles {
                #expect(Self.firstOffset(needle, in: text) == Self.naiveOffset(Array(needle.utf8), in: Array(text.utf8)),
                        "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
        // By hand: the first " to " of "Cable to Li Wenqing to Olga Petrova" starts at byte 5.
        #expect(Self.firstOffset(" to ", in: "Cable to Li Wenqing to Olga Petrova") == 5)
        #expect(Self.firstOffset(" asks ", in: "Hans asks asks Fatima") == 4)
        #expect(Self.firstOffset(" to", in: "tot") == nil)
    }

    @Test func caseInsensitivePretestAgreesWithFoundation() {
        let words = ["respectively", "Respectively", "RESPECTIVELY", "respective", "via", "VIA", "Via", "of", "OF", "the", "x", "'s"]
        var texts: [String] = []
        // Every length from 0 to 24 bytes, the word at every offset.
        for word in words {
            for pad in 0...12 {
                texts.append(String(repeating: "a", count: pad) + word)
                texts.append(String(repeating: "b", count: pad) + word + String(repeating: "c", count: 12 - pad))
                texts.append(String(repeating: " ", count: pad) + String(word.dropLast()))
            }
        }
        texts += ["", "Kim Sung-ho [via Olga Petrova]", "Nguyễn Văn Linh", "a\u{00A0}b", "résumé respectively", "Ahmed Qasim's"]
        let needles: [StaticString] = ["respectively", "via ", " of ", "'s ", "of", "m. "]
        for text in texts {
            for needle in needles {
                let word = needle.description
                let expected = text.utf8.contains { $0 >= 0x80 } || text.range(of: word, options: .caseInsensitive) != nil
                #expect(ByteSearch.mayContainCaseInsensitive(text, needle) == expected, "\(word.debugDescription) in \(text.debugDescription)")
            }
        }
        // By hand: a capitalised marker is found; a text with a byte outside ASCII is never ruled out.
        #expect(ByteSearch.mayContainCaseInsensitive("Cable, Li Wei to Kim Dae-jung (VIA Hans Becker)", "via "))
        #expect(!ByteSearch.mayContainCaseInsensitive("Cable, Li Wei to Kim Dae-jung", "via "))
        #expect(ByteSearch.mayContainCaseInsensitive("Télégramme de Li Wei", "via "))
    }
}
