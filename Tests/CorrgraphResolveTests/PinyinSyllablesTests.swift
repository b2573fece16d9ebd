@testable import CorrgraphResolve
import Testing

/// Whether a folded word spells Pinyin syllables (the misprint and romanization rules ask it for every pair
/// of similar surnames): an ASCII word is read by its bytes, any other by its characters, with one answer.
@Suite struct PinyinSyllablesTests {
    /// Worked out from the syllable table: an initial and a final each, a bare final only first (or, with the
    /// apostrophe left out, inside the word when of two letters or more).
    @Test(arguments: [
        ("xiaoping", false, true), ("xioaping", false, false), ("zeong", false, false), ("shaoq", false, false),
        ("anping", false, true), ("ongbo", false, false), ("maoen", false, false), ("maoen", true, true),
        ("zhuang", false, true), ("mingang", false, true), ("mingang", true, true), ("dea", true, false),
        ("Xiaoping", false, false), ("kowalski", false, false), ("", false, false),
    ])
    func readsSyllables(word: String, apostropheOptional: Bool, expected: Bool) {
        #expect(Romanization.isPinyinSyllables(word, apostropheOptional: apostropheOptional) == expected)
    }

    /// Words of syllables and their one-letter misprints (dropped, doubled, replaced, swapped), in both readings:
    /// the byte reading agrees with the reading by characters on every one.
    @Test func bytesAndCharactersAgree() {
        let syllables = ["zhang", "xiao", "ping", "an", "en", "ou", "lü", "chuang", "mo", "er", "qiong", "wei", "e"]
        var words: [String] = []
        for a in syllables { for b in syllables { words.append(a + b); words.append(a + b + "n") } }
        var variants = words
        for w in words {
            let chars = Array(w)
            for k in chars.indices {
                var dropped = chars; dropped.remove(at: k); variants.append(String(dropped))
                var doubled = chars; doubled.insert(chars[k], at: k); variants.append(String(doubled))
                var replaced = chars; replaced[k] = "g"; variants.append(String(replaced))
                if k + 1 < chars.count { var swapped = chars; swapped.swapAt(k, k + 1); variants.append(String(swapped)) }
            }
        }
        variants += ["a" + String(repeating: "ba", count: 20), String(repeating: "ba", count: 20), "ma\u{301}o", "ma\rn"]
        for word in variants {
            for apostropheOptional in [false, true] {
                #expect(Romanization.isPinyinSyllables(word, apostropheOptional: apostropheOptional)
                        == Romanization.isPinyinSyllablesByCharacters(word, apostropheOptional: apostropheOptional), "\(word)")
            }
        }
    }
}
