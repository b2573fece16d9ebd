import CorrgraphExtract
/// Wade–Giles to Pinyin, as a set of candidate spellings: catalogues print `Mao Tse-tung` and
/// `Chou En-lai` beside `Mao Zedong` and `Zhou Enlai`, usually without the aspiration marks that
/// would make the conversion unique, so each syllable yields every Pinyin reading it may stand for.
///
/// ```swift
/// Romanization.pinyinReadings(ofWord: "tse-tung").contains("zedong")   // true
/// ```
enum Romanization {
    /// Initials, longest first, with their Pinyin readings (aspirated and unaspirated alike).
    static let initials: [(String, [String])] = [
        ("ch'", ["q", "ch"]), ("ts'", ["c"]), ("tz'", ["c"]), ("k'", ["k"]), ("p'", ["p"]), ("t'", ["t"]),
        ("ch", ["zh", "j", "ch", "q"]), ("ts", ["z", "c"]), ("tz", ["z", "c"]), ("hs", ["x"]), ("sh", ["sh"]),
        ("k", ["g", "k"]), ("p", ["b", "p"]), ("t", ["d", "t"]), ("j", ["r"]), ("b", ["b"]), ("c", ["c"]),
        ("d", ["d"]), ("f", ["f"]), ("g", ["g"]), ("h", ["h"]), ("l", ["l"]), ("m", ["m"]), ("n", ["n"]),
        ("s", ["s"]), ("w", ["w"]), ("y", ["y"]), ("z", ["z"]),
    ]

    /// Finals with their Pinyin readings; unlisted finals read as themselves.
    static let finals: [String: [String]] = [
        "ung": ["ong"], "iung": ["iong"], "ien": ["ian"], "ieh": ["ie"], "ueh": ["ue"], "üeh": ["ue"],
        "ih": ["i"], "u": ["u", "i"], "o": ["o", "e", "uo"], "uo": ["uo"], "ou": ["ou"], "e": ["e"],
        "eh": ["e"], "erh": ["er"], "yu": ["you"], "ü": ["u", "v"], "üan": ["uan"], "ün": ["un"],
    ]

    /// Every Pinyin reading of one syllable.
    static func readings(ofSyllable raw: String) -> Set<String> {
        let s = raw.lowercased()
        var result: Set<String> = [s.replacingOccurrences(of: "'", with: "")]
        for (initial, outs) in initials where s.hasPrefix(initial) {
            let rest = String(s.dropFirst(initial.count))
            let finalsOut = finals[rest] ?? [rest]
            for o in outs { for f in finalsOut { result.insert(o + f) } }
            break
        }
        if let f = finals[s] { result.formUnion(f) }
        return result
    }

    /// Every Pinyin reading of a word of hyphen-joined syllables ("tse-tung" → "zedong", …).
    static func pinyinReadings(ofWord word: String) -> Set<String> {
        var results: Set<String> = [""]
        for syllable in word.split(separator: "-") {
            let options = readings(ofSyllable: String(syllable))
            var next: Set<String> = []
            for r in results { for o in options { next.insert(r + o) } }
            results = next
            if results.count > 512 { break }
        }
        return results
    }

    /// Whether a printed name can be a Wade–Giles spelling of a Pinyin name (word by word).
    static func matches(wadeGiles: String, pinyin: String) -> Bool {
        let a = wadeGiles.lowercased().split(separator: " ").map(String.init)
        let b = pinyin.lowercased().split(separator: " ").map { $0.replacingOccurrences(of: "-", with: "") }
        guard a.count == b.count, a != b.map({ String($0) }) else { return false }
        return zip(a, b).allSatisfy { pinyinReadings(ofWord: $0).contains($1) }
    }

    /// Pinyin initials and finals, for telling whether a word spells Pinyin syllables.
    static let pinyinInitials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                                 "r", "z", "c", "s", "y", "w"]
    static let pinyinFinals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
        "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue", "ve",
    ]

    static let bareFinals: Set<String> = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"]

    /// Whether a folded word is a string of Pinyin syllables (`xiaoping`, `pingen`; not `xioaping`,
    /// `zeong`, `shaoq`). A one-letter change that still spells syllables makes another Chinese name
    /// (`Kaiming`/`Kaiping`); a misprint usually breaks them.
    ///
    /// `apostropheOptional`: also read a syllable without an initial inside the word when it has two letters
    /// or more (`Maoen` for `Mao'en`, as names are often printed) — what a misprint must not even read as.
    static func isPinyinSyllables(_ word: String, apostropheOptional: Bool = false) -> Bool {
        isPinyinSyllablesASCII(word, apostropheOptional: apostropheOptional)
            ?? isPinyinSyllablesByCharacters(word, apostropheOptional: apostropheOptional)
    }

    /// `isPinyinSyllables` of any word, syllable by syllable over its characters.
    static func isPinyinSyllablesByCharacters(_ word: String, apostropheOptional: Bool) -> Bool {
        let chars = Array(word)
        guard !chars.isEmpty, chars.count <= 40 else { return false }
        // reachable[k]: the first k letters split into syllables. A syllable is at most six letters.
        var reachable = [Bool](repeating: false, count: chars.count + 1)
        reachable[0] = true
        for start in 0..<chars.count where reachable[start] {
            for end in (start + 1)...min(chars.count, start + 6) {
                let syllable = String(chars[start..<end])
                // A syllable without an initial stands only first in a word: inside one Pinyin writes an
                // apostrophe (`Xi'an`), and only some finals stand alone (`an`, `en`, `ao`, not `ong`).
                if pinyinInitials.contains(where: { !$0.isEmpty && syllable.hasPrefix($0) && pinyinFinals.contains(String(syllable.dropFirst($0.count))) })
                    || ((start == 0 || (apostropheOptional && syllable.count >= 2)) && bareFinals.contains(syllable)) {
                    reachable[end] = true
                }
            }
        }
        return reachable[chars.count]
    }

    /// `isPinyinSyllables` of an ASCII word (nil for another word): a byte is then a character, and a syllable an
    /// initial and a final exactly when its bytes are one of `syllableCodes`, looked up as one number rather than
    /// tried initial by initial (the rules of `Clusters` ask for every pair of similar surnames). O(length).
    static func isPinyinSyllablesASCII(_ word: String, apostropheOptional: Bool) -> Bool? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // (A CR before an LF would be one character of two bytes; a zero byte would not change a code.)
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D || $0 == 0 }) else { return nil }
            guard !bytes.isEmpty, bytes.count <= 40 else { return false }
            var reachable = [Bool](repeating: false, count: bytes.count + 1)
            reachable[0] = true
            for start in 0..<bytes.count where reachable[start] {
                var code: UInt64 = 0
                for end in (start + 1)...min(bytes.count, start + 6) {
                    code = code << 8 | UInt64(bytes[end - 1])
                    if syllableCodes.contains(code)
                        || ((start == 0 || (apostropheOptional && end - start >= 2)) && bareFinalCodes.contains(code)) {
                        reachable[end] = true
                    }
                }
            }
            return reachable[bytes.count]
        } ?? nil
    }

    /// The bytes of an ASCII text of up to eight bytes as one number (none is zero, so lengths differ too).
    static func code<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Every Pinyin initial followed by every final, and the finals that stand alone, as `code`s.
    static let syllableCodes: Set<UInt64> = Set(pinyinInitials.flatMap { i in pinyinFinals.map { code((i + $0).utf8) } })
    static let bareFinalCodes: Set<UInt64> = Set(bareFinals.map { code($0.utf8) })

    /// Whether a name can only be Wade–Giles, not Pinyin: syllables joined by a hyphen (`Tse-tung`), an
    /// apostrophe of aspiration (`Ch'en`), or a word beginning with `hs`, `ts` or `tz`. Only such a form is
    /// evidence on its own, as an initial is; an unmarked one (`Kao Kang`) is Pinyin as well.
    static func isMarkedWadeGiles(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ")
        return words.contains { w in
            w.contains("-") || w.contains("'") || w.contains("’") || w.hasPrefix("hs") || w.hasPrefix("ts") || w.hasPrefix("tz")
        }
    }

    /// Whether a name looks like Wade–Giles: hyphenated syllables or Wade–Giles initials.
    static func looksLikeWadeGiles(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most names): the four searches are one pass over the bytes.
            var previous: UInt8 = 0
            for b in lower.utf8 {
                if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") { return true }
                if b == UInt8(ascii: "s"), previous == UInt8(ascii: "h") || previous == UInt8(ascii: "t") { return true }
                previous = b
            }
            // ASCII words split by bytes as by characters (space-separated, empty ones left out), in one array
            // of the bytes, without walking grapheme clusters: two words or more, each one syllable. O(length).
            let bytes = Array(lower.utf8)
            var wordCount = 0, start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                if end > start {
                    guard NameFolding.isSingleSyllableASCII(bytes[start..<end]) else { return false }
                    wordCount += 1
                }
                start = end + 1
            }
            return wordCount >= 2
        } else if lower.contains("-") || lower.contains("'") || lower.contains("hs") || lower.contains("ts") {
            return true
        }
        // Unhyphenated Wade–Giles ("Kao Kang", "Lin Piao"): a name of single syllables may be either system;
        // it merges only with a different name in the corpus that it reads as.
        let words = lower.split(separator: " ").map(String.init)
        return words.count >= 2 && words.allSatisfy(NameFolding.isSingleSyllable)
    }
}
