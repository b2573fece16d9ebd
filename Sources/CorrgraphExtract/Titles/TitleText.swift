#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small string tools for the title grammar: case-insensitive search for whole words outside
/// brackets, and the normalisation every title goes through first.
enum TitleText {
    /// Whether the word that ends `scalars` is the first half of a compound adjective (`Sino–`, `Soviet–`).
    static func joinsAdjective(_ scalars: String.UnicodeScalarView) -> Bool {
        var word = ""
        for u in scalars.reversed() {
            guard u.properties.isAlphabetic else { break }
            word.unicodeScalars.insert(u, at: word.unicodeScalars.startIndex)
        }
        let key = word.lowercased()
        return Lexicon.nationalities.contains(key) || adjectivePrefixes.contains(key) || Gazetteer.placeWords.contains(key)
    }

    /// `text.trimmingSpaces()`, answered over the bytes when both kept ends are ASCII (as most phrases' are): the
    /// shared generic version costs some two thousand instructions a call even when nothing is trimmed.
    static func trimmed(_ text: String) -> String {
        var text = text
        let kept = text.withUTF8 { b -> (lo: Int, hi: Int, count: Int)? in
            @inline(__always) func isASCIISpace(_ x: UInt8) -> Bool { x == 0x20 || (x >= 0x09 && x <= 0x0D) }
            var lo = 0, hi = b.count
            while lo < hi, isASCIISpace(b[lo]) { lo += 1 }
            while hi > lo, isASCIISpace(b[hi - 1]) { hi -= 1 }
            return lo == hi || (b[lo] < 0x80 && b[hi - 1] < 0x80) ? (lo, hi, b.count) : nil
        }
        guard let kept else { return text.trimmingSpaces() }
        if kept.lo == 0 && kept.hi == kept.count { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: kept.lo)
        return String(text[start..<utf8.index(start, offsetBy: kept.hi - kept.lo)])
    }

    /// First halves of compound adjectives of relations (`Sino-Soviet`, `Anglo-American`, `Afro-Asian`).
    static let adjectivePrefixes: Set<String> = ["sino", "anglo", "franco", "afro", "indo", "russo", "germano", "italo",
                                                 "austro", "greco", "judeo", "euro", "soviet", "american", "us"]

    /// Straight quotes and apostrophes, single spaces, no trailing period.
    static func normalize(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastSpace = false
        // Plain ASCII with single spaces, no control byte and no backquote comes out of the loop below as it went in.
        func plain(_ bytes: some Collection<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for b in bytes {
                guard b > 0x20 && b < 0x7F && b != UInt8(ascii: "`") || (b == 0x20 && previous != 0x20) else { return false }
                previous = b
            }
            return true
        }
        let unchanged = title.utf8.withContiguousStorageIfAvailable(plain) ?? plain(title.utf8)
        // An unspaced en or em dash between a name and a capitalised word joins two correspondents
        // (`Telegram Vogel–Li Mingde`, `MessageGrammar.dashPair`): it is spaced, unlike a hyphen (`Min-ho`) or
        // the dash of a compound adjective (`Sino–Soviet`).
        var pendingDash = false
        for u in (unchanged ? "".unicodeScalars : title.unicodeScalars) {
            if pendingDash {
                pendingDash = false
                if u.properties.isUppercase { scalars.append(contentsOf: " - ".unicodeScalars); lastSpace = false }
                else { scalars.append("-") }
            }
            if u == "–" || u == "—", let last = scalars.last, last.properties.isAlphabetic, !joinsAdjective(scalars) {
                pendingDash = true
                continue
            }
            var c = u
            let separates: Bool
            if u.isASCII {
                // Control characters (an escape sequence pasted into a catalogue) separate words.
                separates = u.value <= 0x20 || u.value == 0x7F
                if u == "`" { c = "'" }
            } else {
                switch u {
                case "’", "‘", "ʼ": c = "'"
                case "“", "”", "„": c = "\""
                case "–", "—": c = "-"
                default: break
                }
                separates = u.properties.isWhitespace || u.properties.generalCategory == .control
            }
            if separates {
                if !lastSpace { scalars.append(" ") }
                lastSpace = true
                continue
            }
            lastSpace = false
            scalars.append(c)
        }
        if pendingDash { scalars.append("-") }
        var out = unbracketFunctionWords(strippingEditorialLabel((unchanged ? title : String(scalars)).trimmingSpaces()))
        // Editorial notes at the end carry no correspondent: "(excerpt)", "[Excerpt]", "(1)", "Extracts."
        var trimmed = true
        while trimmed {
            trimmed = false
            // Each ending below closes with `)`, `]`, `t` or `s`: another last byte rules them all out at once.
            let lastByte = out.utf8.last
            let closesBracket = lastByte == UInt8(ascii: ")") || lastByte == UInt8(ascii: "]")
            let closesTail = closesBracket || lastByte == UInt8(ascii: "t") || lastByte == UInt8(ascii: "s")
            for (open, close) in [("(", ")"), ("[", "]")] where closesBracket && out.hasSuffix(close) {
                guard let start = out.lastIndex(of: Character(open)) else { continue }
                let inside = String(out[out.index(after: start)..<out.index(before: out.endIndex)])
                // A withheld name (`[1 line not declassified]`) stands for an end; it is read, not dropped.
                if NamePhrase.isNoise(inside), !OfficeHeads.isWithheld(inside) {
                    out = String(out[..<start]).trimmingSpaces()
                    trimmed = true
                }
            }
            for tail in [". Extracts", ". Extract", ". Excerpts", ". Excerpt", " (excerpts)"] where closesTail && out.hasSuffix(tail) {
                out = String(out.dropLast(tail.count)).trimmingSpaces()
                trimmed = true
            }
            // "Mr. A to Mr. B.—(Extract.)", "… B.—Extract.": the dash that set off an editor's label, or the label after it.
            if let dash = lastHyphen(in: out), dash > out.startIndex, [".", " "].contains(out[out.index(before: dash)]) {
                let after = out[out.index(after: dash)...].filter { !" .()[]".contains($0) }.lowercased()
                if after.isEmpty || editorialLabels.contains(after) {
                    out = String(out[..<dash]).trimmingSpaces()
                    trimmed = true
                }
            }
        }
        // (A last character `.` needs a last byte `.`: the byte is tested before the characters are compared.)
        while out.utf8.last == UInt8(ascii: "."), out.hasSuffix(".") && !out.hasSuffix("..") {
            // Keep the period of a final initial ("Stalin I.V.").
            // The characters before the period, read by index (`dropLast` counts the whole title).
            let last = out.index(before: out.endIndex)
            let beforeLast = last > out.startIndex ? out.index(before: last) : nil
            let twoBack = beforeLast.flatMap { $0 > out.startIndex ? out[out.index(before: $0)] : nil }
            if let b = beforeLast.map({ out[$0] }), b.isUppercase, twoBack.map({ $0 == "." || $0 == " " }) ?? true { break }
            // (The last character is the period: the text before it is kept as a slice, cheaper than `removeLast`.)
            out = String(out[..<last])
        }
        return out
    }

    /// The last `-` character of `text`, found from the end over bytes: a search by `Character` walks
    /// grapheme clusters through the whole title when it holds no hyphen, which most titles and summaries do not.
    /// A hyphen byte that a combining mark joins to the next scalar is no `-` character; then the character search decides.
    static func lastHyphen(in text: String) -> String.Index? {
        // (Over the contiguous bytes: the generic `lastIndex(of:)` on the UTF-8 view costs some two thousand
        // instructions a title.)
        let found: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = bytes.count
            while i > 0 {
                i -= 1
                if bytes[i] == UInt8(ascii: "-") { return i }
            }
            return nil
        }
        let byte: String.Index?
        if let found { byte = found.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) } } else { byte = text.utf8.lastIndex(of: UInt8(ascii: "-")) }
        guard let byte else { return nil }
        return text[byte] == "-" ? byte : text.lastIndex(of: "-")
    }

    /// Whether the first `count` bytes of `bytes` are ASCII without CR (then each is one Character, but for the
    /// last, which a following byte could join): eight bytes at a time.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101, cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        var i = 0
        while i + 8 <= count {
            let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let x = v ^ cr
            // A byte of 0x80 or more, or a zero byte of `v ^ CR` (a CR byte; exact as a yes-or-no test).
            if v & high != 0 || (x &- ones) & ~x & high != 0 { return false }
            i += 8
        }
        while i < count {
            if base[i] >= 0x80 || base[i] == 0x0D { return false }
            i += 1
        }
        return true
    }

    /// `text.split(separator: " ", omittingEmptySubsequences: false)`, cut at the space bytes of an ASCII text
    /// without CR (there a space byte is a space character); the Character split otherwise.
    static func spaceSplitKeepingEmpty(_ text: String) -> [Substring] {
        let fast = text.utf8.withContiguousStorageIfAvailable { b -> [Substring]? in
            guard isPlainASCII(b, count: b.count) else { return nil }
            let utf8 = text.utf8
            var parts: [Substring] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 {
                parts.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: i)])
                start = i + 1
            }
            return parts
        } ?? nil
        return fast ?? text.split(separator: " ", omittingEmptySubsequences: false)
    }

    /// The opening word of `text` — its first `limit` characters up to a space, after `skippingSpaces` leading
    /// spaces if asked — lower-cased and read over bytes, when the bytes through the one after the word are ASCII
    /// other than CR (each of them is then one Character, and the word is what a Character prefix gives). nil when
    /// they are not: the caller then reads Characters. A cheap test of a rule's first word before any string work.
    static func asciiOpeningWord(_ text: some StringProtocol, limit: Int, skippingSpaces: Bool = false) -> String? {
        text.utf8.withContiguousStorageIfAvailable { b -> String? in
            let n = b.count
            var start = 0
            if skippingSpaces { while start < n, b[start] == 0x20 { start += 1 } }
            var end = start
            while end < n, end - start < limit, b[end] != 0x20 { end += 1 }
            // Every byte read, and the one after the word (which a combining mark could join to it), is plain ASCII.
            for i in 0..<min(n, end + 2) where b[i] >= 0x80 || b[i] == 0x0D { return nil }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { let c = b[k]; out[k - start] = c >= 65 && c <= 90 ? c + 32 : c }
                return end - start
            }
        } ?? nil
    }

    /// `text.split(separator: " ").contains { words.contains(String($0)) }` over the bytes of an ASCII text (where each
    /// character but CR LF is one byte and every space byte separates two words); nil for a text with any other byte,
    /// which the caller splits. A word longer than `longest` bytes (the longest of `words`) is not looked up.
    static func asciiHoldsWord(_ text: String, of words: Set<String>, longest: Int) -> Bool? {
        var copy = text
        return copy.withUTF8 { b -> Bool? in
            let n = b.count
            if b.contains(where: { $0 >= 0x80 }) { return nil }
            var i = 0
            while i < n {
                while i < n, b[i] == 0x20 { i += 1 }
                let start = i
                while i < n, b[i] != 0x20 { i += 1 }
                if i > start, i - start <= longest, words.contains(String(decoding: b[start..<i], as: UTF8.self)) { return true }
            }
            return false
        }
    }

    /// Labels an edition prints before a document's own heading to say where it stands: `Enclosure:`,
    /// `Enclosure No. 2:`, `Annex I:`, `Translation:`. They name no correspondent.
    static let editorialLabels: Set<String> = [
        "enclosure", "enclosures", "annex", "annexe", "attachment", "appendix", "translation", "copy",
        "extract", "excerpt", "excerpts", "postscript", "insert", "addendum", "inclosure", "inclosures",
    ]

    /// "Enclosure: Thomas Pinckney to George Washington" → "Thomas Pinckney to George Washington": a label
    /// word, perhaps numbered (`No. 2`, `I`, `A`, `3`), then a colon.
    static func strippingEditorialLabel(_ title: String) -> String {
        // "[Inclosure 2 in No. 45.] A to B": the same label in an editor's brackets, perhaps saying which despatch it went with.
        if title.hasPrefix("["), let close = title.prefix(48).firstIndex(of: "]") {
            let words = title[title.index(after: title.startIndex)..<close].split(separator: " ")
                .map { $0.lowercased().trimmingCharacters(".") }
            let rest = title[title.index(after: close)...].trimmingSpaces()
            if let first = words.first, editorialLabels.contains(first), !rest.isEmpty,
               words.dropFirst().allSatisfy({ $0 == "in" || isLabelNumbering($0) }) {
                return rest
            }
        }
        if let rest = afterUnbracketedDespatchLabel(title) { return rest }
        // (A colon character needs a colon byte, which most titles lack: tested before a character search.)
        guard ByteSearch.holds(UInt8(ascii: ":"), in: title), let colon = title.firstIndex(of: ":") else { return title }
        let words = title[..<colon].split(separator: " ")
        guard let first = words.first, editorialLabels.contains(first.lowercased()), words.count <= 3 else { return title }
        let numbering = words.dropFirst().allSatisfy { isLabelNumbering($0.lowercased().trimmingCharacters(".")) }
        let rest = title[title.index(after: colon)...].trimmingSpaces()
        return numbering && !rest.isEmpty ? rest : title
    }

    /// "Inclosure 2 in No. 45.—A to B", "Enclosure 1 to despatch No. 45. A to B": a label without brackets,
    /// `LABEL [NUMBERING] in|to [DOCUMENT-WORD] No. N` closed by a period or a dash, says which despatch the
    /// document went with and names no one; the head after it is returned.
    static func afterUnbracketedDespatchLabel(_ title: String) -> String? {
        // Precondition: the first word is a label; an ASCII opening says so over its bytes (most titles open otherwise).
        if let first = asciiOpeningWord(title, limit: Int.max, skippingSpaces: true), !editorialLabels.contains(first) { return nil }
        var rest = Substring(title)
        func nextWord() -> Substring {
            rest = rest.drop { $0 == " " }
            let word = rest.prefix { $0 != " " }
            rest = rest.dropFirst(word.count)
            return word
        }
        guard editorialLabels.contains(nextWord().lowercased()) else { return nil }
        var word = nextWord().lowercased()
        for _ in 0..<2 where isLabelNumbering(word.trimmingCharacters(".")) && word != "in" { word = nextWord().lowercased() }
        guard word == "in" || word == "to" else { return nil }
        word = nextWord().lowercased()
        if Lexicon.classes(of: word).contains(.documentWord) { word = nextWord().lowercased() }
        guard word == "no." || word == "no" else { return nil }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        rest = rest.dropFirst(digits.count)
        let closing = rest.prefix { ".—–- ".contains($0) }
        guard closing.contains(where: { $0 != " " }) else { return nil }
        let head = rest.dropFirst(closing.count).trimmingSpaces()
        return head.isEmpty ? nil : String(head)
    }

    /// A label's numbering word, lower-cased: `no`, `2`, `iv`, `b`.
    static func isLabelNumbering(_ w: String) -> Bool {
        w == "no" || !w.isEmpty && w.allSatisfy(\.isNumber) || Lexicon.romanNumerals.contains(w) || w == "i" || w == "v" || w == "x"
            || (w.count == 1 && w.allSatisfy(\.isLetter))
    }

    /// "No. 123 Sir F. Roberts (Moscow) to Mr. Eden": a document number opening a head (the British series'
    /// numbering) → ("123", "Sir F. Roberts (Moscow) to Mr. Eden"). A number alone is no head.
    static func leadingNumber(_ title: String) -> (number: String, rest: String)? {
        guard title.hasPrefix("No. ") || title.hasPrefix("No ") else { return nil }
        let afterNo = title.drop { $0 != " " }.drop { $0 == " " }
        let number = afterNo.prefix { $0.isNumber || $0 == "/" || $0 == "-" }
        guard !number.isEmpty, number.first?.isNumber == true else { return nil }
        let rest = afterNo.dropFirst(number.count).drop { $0 == "." || $0 == ":" || $0 == "," || $0 == " " }
        // The head after the number must begin like a name or a word, not continue the number.
        guard let first = rest.first, first.isLetter, first.isUppercase else { return nil }
        return (String(number), String(rest))
    }

    /// `Conversation [between] A and B` → `Conversation between A and B`: an editor's bracket around one
    /// function word (`Lexicon.bracketableFunctionWords`) is read as the word.
    static func unbracketFunctionWords(_ text: String) -> String {
        // A byte test (not Foundation's search): the loop below reads `[` as a character, which needs the byte.
        guard ByteSearch.holds(UInt8(ascii: "["), in: text) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let inner = rest[rest.index(after: open)...]
            if let close = inner.prefix(12).firstIndex(of: "]"),
               Lexicon.bracketableFunctionWords.contains(inner[..<close].lowercased()) {
                out += inner[..<close]
                rest = inner[inner.index(after: close)...]
            } else {
                out.append("[")
                rest = inner
            }
        }
        return out + rest
    }

    /// Ranges of `word` (ASCII case-insensitive, on word boundaries) outside brackets, scanning the
    /// title's UTF-8 bytes; a non-ASCII byte counts as a letter for the boundaries.
    static func find(_ word: String, in text: String, from: String.Index? = nil) -> [Range<String.Index>] {
        // A text with no bracket is outside brackets everywhere: its own bytes are searched at once, without the
        // cache's look-up and copies (most phrases the grammar cuts out of a title are searched once or twice).
        if let direct = bracketFreeMatches(of: word, in: text, from: from) { return direct }
        // The grammar asks the same title for many markers: its lowered bytes and bracket depths are kept.
        if let entry = TextCache.current.entry(for: text) {
            var marker = word
            return marker.withUTF8 { raw -> [Range<String.Index>] in
                // An ASCII marker (all the grammar's) is lowered byte by byte as it is compared, without a copy.
                if !raw.contains(where: { $0 >= 0x80 }) { return cachedMatches(of: raw, lowering: true, in: entry, text: text, from: from) }
                return Array(word.lowercased().utf8).withUnsafeBufferPointer {
                    cachedMatches(of: $0, lowering: false, in: entry, text: text, from: from)
                }
            }
        }
        let pattern = Array(word.lowercased().utf8)
        guard !pattern.isEmpty, text.utf8.count >= pattern.count else { return [] }
        let startOffset = from.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
        // Scan the text's own bytes where it is stored contiguously (native strings), a copy otherwise.
        let offsets = text.utf8.withContiguousStorageIfAvailable { bytes in
            matchOffsets(of: pattern, in: bytes, from: startOffset)
        } ?? Array(text.utf8).withUnsafeBufferPointer { matchOffsets(of: pattern, in: $0, from: startOffset) }
        return offsets.map { i in
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: i)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        }
    }

    /// `find` over the contiguous bytes of a text that holds no `(`, `)`, `[` or `]` (there every byte is outside
    /// brackets, as `matchOffsets` reads them), with an ASCII marker lowered as it is compared; nil for any other
    /// text or marker, which `find` then searches as before.
    private static func bracketFreeMatches(of word: String, in text: String, from: String.Index?) -> [Range<String.Index>]? {
        var marker = word
        return marker.withUTF8 { p -> [Range<String.Index>]? in
            let m = p.count
            guard m > 0, !p.contains(where: { $0 >= 0x80 }) else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<String.Index>]? in
                guard let base = bytes.baseAddress else { return [] }
                let n = bytes.count
                // (memchr reads a short text in a few instructions a call; a byte loop costs several a byte.)
                if memchr(base, Int32(UInt8(ascii: "(")), n) != nil || memchr(base, Int32(UInt8(ascii: ")")), n) != nil
                    || memchr(base, Int32(UInt8(ascii: "[")), n) != nil || memchr(base, Int32(UInt8(ascii: "]")), n) != nil { return nil }
                @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80 }
                @inline(__always) func lowered(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
                let startOffset = from.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
                guard m <= n, startOffset <= n - m else { return [] }
                let checkBefore = isLetter(p[0]), checkAfter = isLetter(p[m - 1])
                let first = lowered(p[0])
                var result: [Range<String.Index>] = []
                var i = max(0, startOffset)
                // A first byte that is no lower-case letter matches only itself: memchr jumps to each occurrence. A
                // lower-case letter matches itself or its capital: memchr jumps to the nearer of the two.
                let jumps = first < 97 || first > 122
                let upper = first &- 32
                var nextLower = -1, nextUpper = -1
                func next(_ byte: UInt8, from i: Int) -> Int {
                    guard let hit = memchr(base + i, Int32(byte), n - m - i + 1) else { return Int.max }
                    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                while i <= n - m {
                    if jumps {
                        guard let hit = memchr(base + i, Int32(first), n - m - i + 1) else { break }
                        i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    } else {
                        if nextLower < i { nextLower = next(first, from: i) }
                        if nextUpper < i { nextUpper = next(upper, from: i) }
                        i = min(nextLower, nextUpper)
                        if i == Int.max { break }
                    }
                    if lowered(bytes[i]) == first {
                        var k = 1
                        while k < m, lowered(bytes[i + k]) == lowered(p[k]) { k += 1 }
                        if k == m, !checkBefore || i == 0 || !isLetter(bytes[i - 1]), !checkAfter || i + m == n || !isLetter(bytes[i + m]) {
                            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                            result.append(lower..<text.utf8.index(lower, offsetBy: m))
                        }
                    }
                    i += 1
                }
                return result
            } ?? nil
        }
    }

    /// `matchOffsets` over a cached text, as ranges of `text`: jumps from one occurrence of the pattern's
    /// first byte to the next and compares the rest only there. `lowering`: the pattern's A–Z are lowered
    /// as they are read. O(n·m) worst case, O(n) for the grammar's short markers.
    private static func cachedMatches(of pattern: UnsafeBufferPointer<UInt8>, lowering: Bool, in entry: TextCache.Entry,
                                      text: String, from: String.Index?) -> [Range<String.Index>] {
        func isLetter(_ b: UInt8) -> Bool {
            (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
        }
        func lowered(_ b: UInt8) -> UInt8 { lowering && b >= 65 && b <= 90 ? b + 32 : b }
        let m = pattern.count
        guard m > 0, let p = pattern.baseAddress else { return [] }
        let startOffset = from.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
        let checkBefore = isLetter(p[0]), checkAfter = isLetter(p[m - 1])
        let first = lowered(p[0])
        var result: [Range<String.Index>] = []
        entry.lowered.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            guard m <= n, startOffset <= n - m, let base = bytes.baseAddress else { return }
            var i = max(0, startOffset)
            while i <= n - m {
                guard let hit = memchr(base + i, Int32(first), n - m - i + 1) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var k = 1
                while k < m, base[i + k] == lowered(p[k]) { k += 1 }
                if k == m, entry.outsideBrackets[i] {
                    let beforeOK = !checkBefore || i == 0 || !isLetter(base[i - 1])
                    let end = i + m
                    let afterOK = !checkAfter || end == n || !isLetter(base[end])
                    if beforeOK && afterOK {
                        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: i)
                        result.append(lower..<text.utf8.index(lower, offsetBy: m))
                    }
                }
                i += 1
            }
        }
        return result
    }

    private static func matchOffsets(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int) -> [Int] {
        func isLetter(_ b: UInt8) -> Bool {
            (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
        }
        let checkBefore = isLetter(pattern[0]), checkAfter = isLetter(pattern[pattern.count - 1])
        var result: [Int] = []
        var depth = 0
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, i >= startOffset, i + pattern.count <= bytes.count {
                var match = true
                for k in 0..<pattern.count {
                    var b = bytes[i + k]
                    if b >= 65 && b <= 90 { b += 32 }
                    if b != pattern[k] { match = false; break }
                }
                if match {
                    let beforeOK = !checkBefore || i == 0 || !isLetter(bytes[i - 1])
                    let end = i + pattern.count
                    let afterOK = !checkAfter || end == bytes.count || !isLetter(bytes[end])
                    if beforeOK && afterOK { result.append(i) }
                }
            }
            i += 1
        }
        return result
    }

    /// Removes the first enclosing brackets of a possessive: "[Mao Zedong's] Audience" → "Mao Zedong's Audience".
    static func unbracketPossessives(_ text: String) -> String {
        // (A bracket character needs its byte, which most titles lack: tested before a character search.)
        guard ByteSearch.holds(UInt8(ascii: "["), in: text) else { return text }
        var t = text
        while let open = t.firstIndex(of: "["), let close = t[open...].firstIndex(of: "]") {
            let inside = t[t.index(after: open)..<close]
            guard inside.hasSuffix("'s") || inside.hasSuffix("s'") else { break }
            // "Chou En-lai's [Zhou Enlai's]" is an alias, not an editorial possessive.
            if open > t.startIndex, t[t.index(before: open)] == " ", t[..<open].trimmingSpaces().hasSuffix("'s") { break }
            t.replaceSubrange(open...close, with: inside)
        }
        return t
    }

    /// **Convention: a part marker after a heading names no one**: `Minutes of Talks between A and B (Second Round)`,
    /// `(Part II)`, `(Session 3)`, `(Continued)` — a closing parenthesis that holds an ordinal or a number with a noun of a
    /// record's part (`Lexicon.recordPartNouns`, either order), or a mark of a continued record (`Lexicon.recordPartMarks`),
    /// says which part the record is, not who took part; it is cut.
    static func cuttingPartMarker(_ title: String) -> String {
        guard title.utf8.last == UInt8(ascii: ")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return title }
        let inside = title[title.index(after: open)..<title.index(before: title.endIndex)].trimmingSpaces()
        let words = inside.lowercased().split(separator: " ").map(String.init)
        func isNumber(_ word: String) -> Bool {
            word.first?.isNumber == true && word.allSatisfy({ $0.isNumber || $0 == "." }) || ArchiveHeads.isRomanNumeral(word.uppercased())
                || Lexicon.isOrdinal(word) || ArchiveHeads.cardinals.contains(word)
        }
        let marked = Lexicon.recordPartMarks.contains(words.joined(separator: " "))
            || words.count == 2 && (Lexicon.recordPartNouns.contains(words[1]) && (Lexicon.isOrdinal(words[0]) || words[0] == "final" || words[0] == "last")
                                    || Lexicon.recordPartNouns.contains(words[0]) && isNumber(words[1]))
        guard marked else { return title }
        return String(title[..<open]).trimmingSpaces()
    }

}

import Foundation
