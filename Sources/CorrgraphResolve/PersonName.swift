import Foundation
import CorrgraphExtract

/// A person's name split into given-name parts and surname, for deciding whether two forms can
/// denote one person (`N.V. Roshchin` and `Nikolai Roshchin`) and whether they conflict
/// (`Vasily Kuznetsov` and `Fyodor Kuznetsov`).
struct PersonName: Hashable {
    /// Folded given-name parts; an initial is a single letter.
    var given: [String]
    /// Per given-name part: whether it is an initial (one letter, or letters printed with a period:
    /// `Yu.`). A two-letter word without a period is a name (`Du`, `He`, `Il`), not an initial.
    var givenIsInitial: [Bool]
    var surname: String
    var tokens: [String]

    init(_ text: String) {
        // (ASCII names, most of them, are read in one pass over their bytes; the two readings agree.)
        let (parts, initial) = Self.asciiParts(text) ?? Self.parts(text)
        tokens = parts
        surname = parts.last ?? ""
        given = Array(parts.dropLast())
        givenIsInitial = Array(initial.dropLast())
    }

    /// The folded parts of a name and whether each is an initial, by characters.
    static func parts(_ text: String) -> (parts: [String], initial: [Bool]) {
        var parts: [String] = []
        var initial: [Bool] = []
        for token in Self.split(text, at: UInt8(ascii: " ")) {
            // "V.V." and "A.M." are several initials in one token.
            if token.hasSuffix("."), Self.split(token, at: UInt8(ascii: ".")).allSatisfy({ $0.count <= 2 }) {
                for p in Self.split(token, at: UInt8(ascii: ".")) where !p.isEmpty {
                    parts.append(NameFolding.fold(p))
                    initial.append(true)
                }
            } else {
                let folded = Self.split(NameFolding.fold(token), at: UInt8(ascii: " "))
                parts += folded
                initial += folded.map { $0.utf8.count == 1 || $0.count == 1 }
            }
        }
        return (parts, initial)
    }

    /// The parts and initial flags `init` reads from an ASCII text without a CR, in one pass over each word's
    /// bytes (a byte is then a character): a word ending in a period whose period-separated pieces have at most
    /// two letters is initials, each piece folded; any other word is folded (`NameFolding.fold`: lower case,
    /// apostrophes dropped, other punctuation separating) into its words. Nil for any other text.
    static func asciiParts(_ text: String) -> (parts: [String], initial: [Bool])? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> ([String], [Bool])? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var parts: [String] = [], initial: [Bool] = []
            func isFoldedKept(_ b: UInt8) -> Bool {
                (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                    || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            }
            func isDropped(_ b: UInt8) -> Bool { b == UInt8(ascii: "'") || b == UInt8(ascii: "`") }
            func lower(_ b: UInt8) -> UInt8 { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b }
            for token in bytes.split(separator: 0x20) {
                let pieces = token.split(separator: UInt8(ascii: "."))
                if token.last == UInt8(ascii: "."), pieces.allSatisfy({ $0.count <= 2 }) {
                    // Initials: each piece folded whole (two bytes at most: its letters and digits, lower-cased).
                    for piece in pieces {
                        parts.append(String(decoding: piece.filter(isFoldedKept).map(lower), as: UTF8.self))
                        initial.append(true)
                    }
                    continue
                }
                // Folded words: runs of letters and digits, apostrophes dropped, any other byte separating.
                var word: [UInt8] = []
                func endWord() {
                    guard !word.isEmpty else { return }
                    parts.append(String(decoding: word, as: UTF8.self))
                    initial.append(word.count == 1)
                    word.removeAll(keepingCapacity: true)
                }
                for b in token {
                    if isFoldedKept(b) { word.append(lower(b)) } else if !isDropped(b) { endWord() }
                }
                endWord()
            }
            return (parts, initial)
        } ?? nil
    }

    /// `text.split(separator: separator)`: by bytes when `text` is ASCII without a CR (each byte is then one
    /// character, as a CR before an LF is not), by characters otherwise. O(length).
    static func split(_ text: String, at separator: UInt8) -> [String] {
        let pieces = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return bytes.split(separator: separator).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        } ?? nil
        return pieces ?? text.split(separator: Character(Unicode.Scalar(separator))).map(String.init)
    }

    /// How two forms' given names relate, position by position.
    enum GivenNames { case same, similar, conflict }

    /// `same`: every position is equal, equal after transliteration folding (`Vasilii`/`Vasily`), or an
    /// initial that begins the other's name (`N.`/`Nikolai`, `Yu.`/`Yumjaagiin`, `I.`/`Joseph`) — evidence
    /// enough. `similar`: two full names that only look alike (`Du`/`Dong`, `Georgi`/`Georgo`) — a
    /// candidate, never a merge on its own. Extra positions on one side (a middle initial) do not conflict.
    /// `keys`: `givenNameKey` of each of `a`'s and `b`'s given names, when worked out already.
    static func givenNames(_ a: PersonName, _ b: PersonName, keys: ([String], [String])? = nil) -> GivenNames {
        var result = GivenNames.same
        for k in 0..<min(a.given.count, b.given.count) {
            let x = a.given[k], y = b.given[k]
            if x == y || (keys.map { $0.0[k] == $0.1[k] } ?? (givenNameKey(x) == givenNameKey(y))) { continue }
            let xi = a.givenIsInitial[k], yi = b.givenIsInitial[k]
            if xi || yi {
                let (initial, other) = xi ? (x, y) : (y, x)
                if other.hasPrefix(initial) || (initial.count == 1 && initialsAgree(initial, other)) { continue }
                return .conflict
            }
            if compatible([x], [y]) { result = .similar; continue }
            return .conflict
        }
        return result
    }

    /// Whether a given-name part differs from another by exactly one edit and is long enough for that
    /// to be a misprint rather than another name (`Dondogiin`/`Dondongiin`; not `Du`/`Dong`).
    static func oneEditApart(_ x: String, _ y: String, minLength: Int) -> Bool {
        min(x.count, y.count) >= minLength && isMisprint(x, y)
    }

    /// Whether two folded words differ the way a misprint does: one letter dropped, added or doubled, or
    /// two neighbours swapped (`Roschin`/`Roshchin`, `Xioaping`/`Xiaoping`, `Shtytkov`/`Shtykov`). A letter
    /// replaced by another usually spells another name (`Nanming`/`Nanping`, `Barfenova`/`Borfenova`), and
    /// so does any change between two strings of Pinyin syllables (`Yihua`/`Yihuai`): those stay candidates.
    static func isMisprint(_ x: String, _ y: String) -> Bool {
        guard x != y, isOneEditApart(x, y) else { return false }
        if Romanization.isPinyinSyllables(x) && Romanization.isPinyinSyllables(y) { return false }
        if x.count != y.count { return true }
        // Same length, one edit: a swap of neighbours, or a substitution.
        return x.sorted() == y.sorted()
    }

    /// Whether `Similarity.osaDistance(x, y) == 1`: one Unicode scalar replaced, dropped or added, or two
    /// neighbours swapped. Decided in one pass over the scalars, without the distance table (the spelling
    /// rules ask it for every pair of similar surnames). O(length).
    static func isOneEditApart(_ x: String, _ y: String) -> Bool {
        func decide<C: RandomAccessCollection>(_ a: C, _ b: C) -> Bool where C.Element: Equatable, C.Index == Int {
            let (short, long) = a.count <= b.count ? (a, b) : (b, a)
            switch long.count - short.count {
            case 0:
                // The first difference: one replaced scalar, or two neighbours swapped, and nothing else.
                guard let k = short.indices.first(where: { short[$0] != long[$0] }) else { return false }
                if short[(k + 1)...].elementsEqual(long[(k + 1)...]) { return true }
                return k + 1 < short.count && short[k] == long[k + 1] && short[k + 1] == long[k]
                    && short[(k + 2)...].elementsEqual(long[(k + 2)...])
            case 1:
                // The first difference is the added scalar; the rest follows one place on.
                let k = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
                return short[k...].elementsEqual(long[(k + 1)...])
            default:
                return false
            }
        }
        let ascii = x.utf8.allSatisfy { $0 < 0x80 } && y.utf8.allSatisfy { $0 < 0x80 }
        // (An ASCII scalar is one byte.)
        return ascii ? decide(Array(x.utf8), Array(y.utf8)) : decide(Array(x.unicodeScalars), Array(y.unicodeScalars))
    }

    /// Whether of two words one edit apart one reads as Pinyin syllables and the other cannot, even with its
    /// apostrophes left out (`xioaping`, `shaoq`; but `maoen` reads as `mao'en`): the unreadable one is a
    /// misprint, not another Chinese name.
    static func isUnreadablePinyin(_ x: String, _ y: String) -> Bool {
        guard min(x.count, y.count) >= 4, isOneEditApart(x, y) else { return false }
        let unreadable = { (w: String) in !Romanization.isPinyinSyllables(w, apostropheOptional: true) }
        return (Romanization.isPinyinSyllables(x) && unreadable(y)) || (Romanization.isPinyinSyllables(y) && unreadable(x))
    }

    var isSingle: Bool { given.isEmpty }

    /// Forms of address that mark a woman by her husband's name (`Madame Chiang Kai-shek`, `Mrs. Li`,
    /// `Frau Weber`): unlike `Comrade` or `Dr.`, they are kept with the name, because the same name
    /// without them is another person.
    static var addressesMarkingAnotherPerson: Set<String> { FormsOfAddress.markingAnotherPerson }



    /// A spelling key that merges common transliterations of Russian names: `Semyonov`/`Semenov`,
    /// `Sokolovskii`/`Sokolovsky`, `Vasilii`/`Vasily`; and doubled letters, which transliterations
    /// often print single (`Kellezi`/`Kelezi`, `Hassan`/`Hasan`).
    static func transliterationKey(_ folded: String) -> String {
        // Over the bytes (the rules compare many pairs): `yo`/`ye` → `e`, `kh` → `h`, the endings, then
        // doubled ASCII letters once; only ASCII bytes are rewritten, so other UTF-8 sequences pass unchanged.
        let y = UInt8(ascii: "y"), o = UInt8(ascii: "o"), e = UInt8(ascii: "e"), k = UInt8(ascii: "k"), h = UInt8(ascii: "h")
        let bytes = Array(folded.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let b = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            var emitted = b
            if b == y && (next == o || next == e) { emitted = e; index += 2 }
            else if b == k && next == h { emitted = h; index += 2 }
            else { index += 1 }
            out.append(emitted)
        }
        // Endings only: inside a word `iy` joins syllables (`Huaiyun` is not `Huayun`).
        let i = UInt8(ascii: "i")
        if out.count >= 2, let last = out.last, let before = out.dropLast().last,
           (before == i && (last == y || last == i)) || (before == y && last == y) {
            out.removeLast(2)
            out.append(y)
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(out.count)
        for b in out where !(b.isASCIILetter && collapsed.last == b) { collapsed.append(b) }
        return String(decoding: collapsed, as: UTF8.self)
    }

    /// The transliteration key of a given name, with a final `-y`/`-i` folded (`Yurii`, `Yuriy`, `Yury`, `Yuri`).
    static func givenNameKey(_ folded: String) -> String {
        var key = transliterationKey(folded)
        if key.count > 3, key.hasSuffix("y") { key = String(key.dropLast()) + "i" }
        return key
    }
    var hasOnlyInitials: Bool { !given.isEmpty && givenIsInitial.allSatisfy { $0 } }
    var hasFullGivenName: Bool { givenIsInitial.contains(false) }

    /// Whether two given-name lists can belong to one person: each position agrees in full or by
    /// initial, with common transliteration pairs of initials (I/J/Y/E: Iosif/Joseph, Yuri/Iurii).
    static func compatible(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) {
            if x == y { continue }
            let xi = x.count <= 2, yi = y.count <= 2
            if xi || yi {
                if initialsAgree(x, y) { continue }
                return false
            }
            // Two full given names: equal up to transliteration of the first letter and one edit.
            if x.first == y.first || initialsAgree(String(x.prefix(1)), String(y.prefix(1))) {
                if x.hasPrefix(y) || y.hasPrefix(x) || Similarity.osaDistance(x, y) <= 2 { continue }
            }
            return false
        }
        return true
    }

    static func initialsAgree(_ x: String, _ y: String) -> Bool {
        guard let a = x.first, let b = y.first else { return false }
        if a == b { return true }
        return equivalentInitials.contains { $0.contains(a) && $0.contains(b) }
    }

    /// Initials that transliterations interchange (built once: `initialsAgree` runs for many form pairs).
    static let equivalentInitials: [Set<Character>] = [["i", "j", "y", "e"], ["a", "o"], ["f", "p"], ["v", "w"], ["k", "c"]]
}


private extension UInt8 {
    var isASCIILetter: Bool { (0x61...0x7A).contains(self) || (0x41...0x5A).contains(self) }
}
