import Foundation

/// Comparison keys for names: case, diacritics and punctuation folded, so that `Ceaușescu`,
/// `Ceausescu` and `CEAUSESCU` compare equal.
public enum NameFolding {
    /// Lower case, diacritics removed, apostrophes dropped, other punctuation (periods, hyphens)
    /// turned into spaces, runs of spaces collapsed.
    ///
    /// ```swift
    /// NameFolding.fold("Gheorghiu-Dej")   // "gheorghiu dej"
    /// NameFolding.fold("Ceaușescu")       // "ceausescu"
    /// ```
    public static func fold(_ s: String) -> String {
        // Most names are ASCII: fold their bytes directly, without Unicode decomposition.
        let utf8 = s.utf8
        // One pass over the stored bytes, written straight into the result (no byte array in between).
        if let folded = utf8.withContiguousStorageIfAvailable(asciiFolded), let folded { return folded }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var lastWasSpace = true
            for b in utf8 {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    bytes.append(b + 32); lastWasSpace = false
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    bytes.append(b); lastWasSpace = false
                case UInt8(ascii: "'"), UInt8(ascii: "`"):
                    continue
                default:
                    if !lastWasSpace { bytes.append(UInt8(ascii: " ")); lastWasSpace = true }
                }
            }
            if bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var lastWasSpace = true
        for scalar in s.decomposedStringWithCompatibilityMappingLite.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "'" || scalar == "’" || scalar == "`" || scalar == "ʼ" { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in String(scalar).lowercased().unicodeScalars { out.unicodeScalars.append(lower) }
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `fold` of an ASCII text, over its bytes; nil for any other text.
    private static func asciiFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.contains(where: { $0 >= 0x80 }) { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var lastWasSpace = true
            for b in bytes {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    out[n] = b + 32; n += 1; lastWasSpace = false
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    out[n] = b; n += 1; lastWasSpace = false
                case UInt8(ascii: "'"), UInt8(ascii: "`"):
                    continue
                default:
                    if !lastWasSpace { out[n] = UInt8(ascii: " "); n += 1; lastWasSpace = true }
                }
            }
            if n > 0, out[n - 1] == UInt8(ascii: " ") { n -= 1 }
            return n
        }
    }

    /// Whether a folded name word is one romanized East Asian syllable (`kim`, `il`, `sung`, `zhou`,
    /// `yong`): an initial consonant cluster, one to three vowels, and at most a nasal or stop.
    ///
    /// ```swift
    /// NameFolding.isSingleSyllable("sung")   // true
    /// NameFolding.isSingleSyllable("roca")   // false
    /// ```
    public static func isSingleSyllable(_ word: String) -> Bool {
        // An ASCII word (most) is read on its bytes: the set and characters below cost thousands of instructions a call.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return isSingleSyllableASCII(word.utf8) }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var chars = Array(word)
        guard !chars.isEmpty, chars.allSatisfy({ $0.isLetter }) else { return false }
        var onset = 0
        while onset < chars.count, !vowels.contains(chars[onset]) { onset += 1 }
        guard onset <= 3, onset < chars.count else { return false }
        chars.removeFirst(onset)
        var nucleus = 0
        while nucleus < chars.count, vowels.contains(chars[nucleus]) { nucleus += 1 }
        guard (1...3).contains(nucleus) else { return false }
        let coda = String(chars.dropFirst(nucleus))
        return ["", "n", "ng", "m", "l", "k", "p", "t", "r", "nh", "ch"].contains(coda)
    }

    /// `isSingleSyllable` of an ASCII word, decided on its bytes (the general path above walks characters and
    /// builds a set per call): up to three consonants, one to three vowels (`aeiouy`, lower-case), then a final
    /// `n`, `ng`, `m`, `l`, `k`, `p`, `t`, `r`, `nh`, `ch` or none; false for any byte that is no ASCII letter. O(length).
    /// (Inlinable: a call from another module, `Romanization.looksLikeWadeGiles`, is then specialised to its
    /// collection instead of going through the generic witness tables, some ten thousand instructions a name.)
    @inlinable
    public static func isSingleSyllableASCII<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        func isVowel(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
                || b == UInt8(ascii: "u") || b == UInt8(ascii: "y")
        }
        guard !word.isEmpty, word.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { return false }
        var i = word.startIndex, onset = 0
        while i != word.endIndex, !isVowel(word[i]) { onset += 1; i = word.index(after: i) }
        guard onset <= 3, i != word.endIndex else { return false }
        var nucleus = 0
        while i != word.endIndex, isVowel(word[i]) { nucleus += 1; i = word.index(after: i) }
        guard (1...3).contains(nucleus) else { return false }
        let coda = word[i...]
        switch coda.count {
        case 0: return true
        case 1: return "nmlkptr".utf8.contains(coda[coda.startIndex])
        case 2: return coda.elementsEqual("ng".utf8) || coda.elementsEqual("nh".utf8) || coda.elementsEqual("ch".utf8)
        default: return false
        }
    }
}

extension String {
    /// Canonical decomposition, with the letters that have no decomposition (ł, ø, ß) spelled out.
    var decomposedStringWithCompatibilityMappingLite: String {
        var out = ""
        for ch in self {
            switch ch {
            case "ß": out += "ss"
            case "ø", "Ø": out += ch == "ø" ? "o" : "O"
            case "ł", "Ł": out += ch == "ł" ? "l" : "L"
            case "đ", "Đ": out += ch == "đ" ? "d" : "D"
            case "æ": out += "ae"
            case "œ": out += "oe"
            case "ı": out += "i"
            default: out += String(ch).decomposedStringWithCanonicalMapping
            }
        }
        return out
    }
}
