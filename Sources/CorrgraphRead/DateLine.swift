/// The grammar of catalogue date lines: `May 7, 1968`, `May 07, 1968`, `7 May 1968`,
/// `March 1950`, `August, 1962`, `1955`, `1949-1950`, `March 3-5, 1969`, `17.3.1959`, `1 VI 1950`,
/// `Spring 1967`, `Late 1962`, `[1958]`, `Undated`, FRUS headings with place and time
/// (`Washington, January 14, 1965, 4 p.m.`), and month names in German, French, Spanish, Italian,
/// Dutch and Portuguese (`14. Juni 1870`, `12 décembre 1866`).
///
/// ```swift
/// DateLine.parse("August, 1962")   // .dated(1962-08-01…1962-08-31)
/// DateLine.parse("Undated")        // .undated
/// DateLine.parse("Cable, Mao to Stalin")  // nil: not a date line
/// ```
public enum DateLine: Sendable, Equatable {
    case dated(DateRange)
    case undated

    static let monthNames: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        // Month names of the languages letter editions and European archives catalogue in.
        let foreign: [[String]] = [
            ["januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro"],
            ["februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro"],
            ["märz", "marz", "mars", "marzo", "maart", "março"],
            ["avril", "abril", "aprile"],
            ["mai", "mayo", "maggio", "mei", "maio"],
            ["juni", "juin", "junio", "giugno", "junho"],
            ["juli", "juillet", "julio", "luglio", "julho"],
            ["août", "aout", "agosto", "augustus"],
            ["septembre", "septiembre", "settembre", "setembro"],
            ["oktober", "octobre", "octubre", "ottobre", "outubro", "okt"],
            ["novembre", "noviembre", "novembro"],
            ["dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez"],
        ]
        for (index, names) in foreign.enumerated() {
            for name in names where table[name] == nil { table[name] = index + 1 }
        }
        return table
    }()

    /// The interval a date line denotes, `.undated` for "Undated"/"n.d.", or nil when the
    /// line is not a date line at all.
    public static func parse(_ line: String) -> DateLine? {
        // A line with solid ASCII ends that `parseLine` cannot trim below 121 bytes (by a final period and
        // the longest lead, `Received on `) is too long for a date line: ruled out unread (most titles).
        let bytes = line.utf8
        if bytes.count > 120 + 1 + 12, let f = bytes.first, let l = bytes.last,
           f < 0x80, l < 0x80, f != 0x20, l != 0x20, !(0x09...0x0D).contains(f), !(0x09...0x0D).contains(l) {
            return nil
        }
        // "Ciphered Telegram No. 2995, A to B": a lower-case word no date line can hold rules it out. Most
        // titles and sentences hold one early, so this test, which stops there, comes first.
        guard wordsMayFormDateLine(line) else { return nil }
        // Lines without a year or a word for "undated" are ruled out by one pass over their bytes.
        guard mayBeDateLine(line) else { return nil }
        // A listing repeats its date lines record after record; the reading of a line is remembered.
        return DateLineMemo.current.reading(of: line, parseLine)
    }

    /// False only for a line that `parseLine` cannot read: every dated reading needs a year, a run of
    /// exactly four digits (a `+` counts, as `Int` reads "+195"), and every undated one the word
    /// "date", "n.d" or "n. d". The line is checked as written and with its brackets removed (the
    /// reading of "[Berlin,] 28 November 1915" drops them). One pass over the bytes.
    static func mayBeDateLine(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes in
            if holdsYearOrDateWord(bytes, skippingBrackets: false) { return true }
            guard bytes.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) else { return false }
            return holdsYearOrDateWord(bytes, skippingBrackets: true)
        }
    }

    private static func holdsYearOrDateWord(_ bytes: UnsafeBufferPointer<UInt8>, skippingBrackets: Bool) -> Bool {
        var run = 0
        // The last three letters seen (lower-cased), bytes dropped when skipping brackets.
        var b1: UInt8 = 0, b2: UInt8 = 0, b3: UInt8 = 0
        for var byte in bytes {
            if skippingBrackets, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") { continue }
            if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+") {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
            if byte >= 65 && byte <= 90 { byte += 32 }
            // "date", "n.d", "n. d"
            if byte == UInt8(ascii: "e"), b3 == UInt8(ascii: "t"), b2 == UInt8(ascii: "a"), b1 == UInt8(ascii: "d") { return true }
            if byte == UInt8(ascii: "d"), b3 == UInt8(ascii: "."), b2 == UInt8(ascii: "n") { return true }
            if byte == UInt8(ascii: "d"), b3 == UInt8(ascii: " "), b2 == UInt8(ascii: "."), b1 == UInt8(ascii: "n") { return true }
            b1 = b2; b2 = b3; b3 = byte
        }
        return run == 4
    }

    /// Every lower-case word a date line can hold: month names, weekdays, Roman months, hedges, parts of
    /// a period, range and undated words, place connectives and times of day. (`parseDate` reads its
    /// line lower-cased, so any of them may be written in any case.)
    static let dateLineWords: Set<PackedWord> = {
        var words: Set<String> = Set(monthNames.keys).union(weekdays).union(romanMonths.keys).union(placeConnectives)
        words.formUnion(["circa", "c", "ca", "on", "or", "about", "around", "approximately", "approx", "between", "and",
                         "the", "of", "in", "spring", "summer", "autumn", "fall", "winter", "early", "beginning", "start",
                         "mid", "middle", "late", "end", "first", "second", "half",
                         "undated", "n", "d", "no", "date", "unknown", "not", "dated", "known",
                         "noon", "midnight", "morning", "evening", "afternoon", "night"])
        // (None is longer than 16 bytes: none is dropped.)
        return Set(words.compactMap { PackedWord($0.utf8) })
    }()

    /// The bytes of a word of at most 16 bytes packed into two integers, byte k at bits 8·(k mod 8) of the
    /// (k / 8)-th: a set key that needs no allocation. Distinct words of bytes other than 0 differ.
    struct PackedWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// nil for more than 16 bytes.
        init?(_ bytes: some Sequence<UInt8>) {
            var k = 0
            for b in bytes {
                guard k < 16 else { return nil }
                if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
                k += 1
            }
        }
    }

    /// False only for a line that `parseLine` cannot read because it holds a word that starts with a
    /// lower-case ASCII letter, is all ASCII letters (between spaces, commas or the ends) and is none of
    /// `dateLineWords`: such a word can stand neither in the date `parseDate` reads (it reads only those
    /// words), nor in a place (capitalised words and connectives), nor in an address part (capitalised
    /// words). A time of day after a comma ("4 to 5 p.m.") may hold any word, so a comma segment after the
    /// first that starts with a digit (or a non-ASCII character) is not checked. Brackets are skipped when
    /// finding that start, as the reading of the line without its brackets does. One pass over the bytes.
    static func wordsMayFormDateLine(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes in
            let count = bytes.count
            var i = 0
            var segmentIndex = 0
            var segmentChecked = true
            var segmentStartSeen = false
            while i < count {
                let b = bytes[i]
                if b == UInt8(ascii: ",") {
                    segmentIndex += 1
                    segmentChecked = true
                    segmentStartSeen = false
                    i += 1
                    continue
                }
                if b == 0x20 { i += 1; continue }
                // A word: the bytes up to the next space or comma.
                var end = i
                var lettersOnly = true
                while end < count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ",") {
                    let c = bytes[end] | 0x20
                    if !(c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) { lettersOnly = false }
                    end += 1
                }
                // A segment's start: its first byte that is neither white space nor a bracket.
                if !segmentStartSeen {
                    var j = i
                    while j < end, bytes[j] == UInt8(ascii: "[") || bytes[j] == UInt8(ascii: "]") || (0x09...0x0D).contains(bytes[j]) {
                        j += 1
                    }
                    if j < end {
                        segmentStartSeen = true
                        let first = bytes[j]
                        if segmentIndex > 0, (first >= 0x30 && first <= 0x39) || first >= 0x80 { segmentChecked = false }
                    }
                }
                if segmentChecked, lettersOnly, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") {
                    // No date line word is longer than 16 letters.
                    if end - i > 16 { return false }
                    let lowered = PackedWord(UnsafeBufferPointer(rebasing: bytes[i..<end]).lazy.map { $0 | 0x20 })
                    if let lowered, !dateLineWords.contains(lowered) { return false }
                }
                i = end
            }
            return true
        }
    }

    static func parseLine(_ line: String) -> DateLine? {
        var trimmed = line.trimmingSpaces()
        // "Washington, April 7, 1972, 1707Z.": a final full stop; "Sent on March 29, 1945": an edition's verb.
        if trimmed.hasSuffix(".") && !trimmed.hasSuffix("a.m.") && !trimmed.hasSuffix("p.m.") && !trimmed.hasSuffix("n.d.") {
            trimmed.removeLast()
        }
        for lead in ["Sent on ", "Received on ", "Dated ", "Sent ", "Received "] where trimmed.hasPrefix(lead) {
            trimmed = String(trimmed.dropFirst(lead.count))
            break
        }
        // (Counting characters needs more than 90 bytes to pass 90.)
        if trimmed.isEmpty || trimmed.utf8.count > 120 || (trimmed.utf8.count > 90 && trimmed.count > 90) { return nil }
        // Every date line but an undated one has a digit.
        let hasDigit = trimmed.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        if !hasDigit {
            // Neither "date" nor "n.d" in any case among the bytes: Foundation's search below cannot find them.
            guard containsASCIIWord("date", caseInsensitivelyIn: trimmed) || containsASCIIWord("n.d", caseInsensitivelyIn: trimmed) else { return nil }
            let lower = trimmed.lowercased()
            guard lower.contains("undated") || lower.contains("date") || lower.contains("n.d") else { return nil }
        }
        if let parsed = parseDate(trimmed.lowercased()) { return parsed }
        // Editors bracket what they supply: "[Berlin,] 28 November 1915", "[Bern, 18 or 25 May 1905]".
        if trimmed.contains("[") {
            let unbracketed = String(trimmed.filter { $0 != "[" && $0 != "]" })
            if unbracketed != trimmed, let parsed = parse(unbracketed) { return parsed }
        }
        // FRUS heads a document with place and time: "Washington, January 14, 1965, 4 p.m."; letters
        // with a longer address: "Head Quarters, New York, July 9th 1776".
        var segments = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        var changed = false
        while segments.count >= 2, segments.count > 1, isPlace(segments[0]) || (changed && isAddressPart(segments[0])) {
            segments.removeFirst()
            changed = true
        }
        // "Paris Dec. 20. 1787", "Braintree March 31 1776": a place before the month with no comma.
        if !changed, hasDigit {
            let words = trimmed.split(separator: " ")
            if let month = words.firstIndex(where: { monthNames[$0.lowercased().trimmingCharacters(".,")] != nil }),
               (1...3).contains(month), isPlace(words[..<month].joined(separator: " ")),
               let parsed = parseDate(words[month...].joined(separator: " ").lowercased()) {
                return parsed
            }
        }
        while segments.count >= 2, let last = segments.last, isTimeOfDay(last.lowercased()) {
            segments.removeLast()
            changed = true
        }
        guard changed else { return nil }
        return parseDate(segments.joined(separator: ", ").lowercased())
    }

    /// Whether the lower-case ASCII `needle` occurs in `text`'s bytes with A–Z lowered: a quick test
    /// before a slower search. O(n·m) for a text of n bytes and a needle of m.
    static func containsASCIIWord(_ needle: StaticString, caseInsensitivelyIn text: String) -> Bool {
        let n = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        var found = false
        var copy = text
        copy.withUTF8 { bytes in
            guard n > 0, bytes.count >= n else { return }
            for i in 0...(bytes.count - n) {
                var k = 0
                while k < n {
                    var b = bytes[i + k]
                    if b >= 65 && b <= 90 { b += 32 }
                    if b != p[k] { break }
                    k += 1
                }
                if k == n { found = true; return }
            }
        }
        return found
    }

    /// A place heading a date line: one to three capitalised words, none a document type
    /// ("Cable, March 1950" is a title, not a dated place).
    static let documentWords: Set<String> = ["cable", "telegram", "letter", "note", "report", "memorandum", "memo", "record",
                                             "minutes", "message", "notes", "draft", "transcript", "undated"]
    static let placeConnectives: Set<String> = ["of", "the", "de", "du", "nad", "am", "an", "on"]

    static func isPlace(_ segment: String) -> Bool {
        // A place has at most four words: a long segment is not one (and is not split to find out).
        guard segment.utf8.count <= 80 else { return false }
        let words = segment.split(separator: " ")
        // "Ministry of Defence": a connective may stand between the capitalised words.
        return (1...4).contains(words.count) && words.first?.first?.isUppercase == true && words.allSatisfy { word in
            if placeConnectives.contains(String(word)) { return true }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
                && !documentWords.contains(word.lowercased()) && monthNames[word.lowercased().trimmingCharacters(".")] == nil
        }
    }

    /// A further part of a letter's address after its first: "New York", "Nassau Point", "Long Island",
    /// "Old Grove Rd." — capitalised words without digits.
    static func isAddressPart(_ segment: String) -> Bool {
        let words = segment.split(separator: " ")
        return (1...4).contains(words.count) && !segment.contains(where: \.isNumber)
            && words.allSatisfy { ($0.first?.isUppercase ?? false) && monthNames[$0.lowercased().trimmingCharacters(".")] == nil }
    }

    /// A time of day after a date: "4 p.m.", "4:35-11:20 p.m.", "noon", "1430 hours".
    static func isTimeOfDay(_ segment: String) -> Bool {
        if ["noon", "midnight", "morning", "evening", "afternoon", "night"].contains(segment) { return true }
        let compact = segment.removingSpaces()
        if compact.hasSuffix("a.m.") || compact.hasSuffix("p.m.") || compact.hasSuffix("am") || compact.hasSuffix("pm")
            || compact.hasSuffix("hours") || compact.hasSuffix("hrs") {
            return compact.first?.isNumber ?? false
        }
        // "1707Z" (Zulu time in military and diplomatic cables)
        if compact.count == 5, compact.hasSuffix("z"), compact.dropLast().allSatisfy(\.isNumber) { return true }
        // "16:30", "4:35-11:20"
        return compact.contains(":") && compact.allSatisfy { $0.isNumber || $0 == ":" || $0 == "-" || $0 == "–" }
    }

    static func parseDate(_ raw: String) -> DateLine? {
        // Editors' brackets and doubt: "[1958]", "[Undated]", "1958?".
        let text = withoutBracketsAndRepeatedSpaces(raw)
        if text.isEmpty { return nil }
        if undatedPhrases.contains(text) { return .undated }
        if let start = CalendarDay(iso: text), let end = CalendarDay(iso: text, atEnd: true) {
            return .dated(DateRange(start: start, end: end))
        }
        // An ISO interval "1949-03-14/1949-03-20". (A text without a slash is one half, which neither
        // reading below takes: it is not split.)
        let halves = text.utf8.contains(UInt8(ascii: "/")) ? text.split(separator: "/") : []
        if halves.count == 2, let start = CalendarDay(iso: String(halves[0])), let end = CalendarDay(iso: String(halves[1]), atEnd: true),
           start <= end {
            return .dated(DateRange(start: start, end: end))
        }
        // Numeric dates with slashes: day first when the first number cannot be a month ("14/03/1950"),
        // month first otherwise ("3/14/1950", the American order).
        if halves.count == 3, let a = Int(halves[0]), let b = Int(halves[1]), halves[2].count == 4, let y = Int(halves[2]),
           (100...2999).contains(y) {
            let (month, day) = a > 12 ? (b, a) : (a, b)
            guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: y) else { return nil }
            let c = CalendarDay(year: y, month: month, day: day)
            return .dated(DateRange(start: c, end: c))
        }
        // Tokens: words and numbers; commas and periods are separators.
        guard var tokens = asciiTokens(text) ?? characterTokens(text) else { return nil }
        // Hedges and weekdays add nothing to the interval: "circa 1959", "on or about Sunday, 9 September 1888".
        while let first = tokens.first, hedges.contains(first) {
            tokens.removeFirst()
        }
        tokens.removeAll { weekdays.contains($0) }
        // "30 or 31 August 1831": either day, so both.
        if let or = tokens.firstIndex(of: "or"), or > 0, or < tokens.count - 1, !tokens.contains("-") {
            tokens[or] = "-"
        }
        // "between 1949 and 1950" is the range 1949–1950.
        if tokens.first == "between", let and = tokens.firstIndex(of: "and") {
            tokens = Array(tokens[1..<and]) + ["-"] + Array(tokens[(and + 1)...])
        }
        // "1940s": the decade.
        if tokens.count == 1, tokens[0].count == 5, tokens[0].hasSuffix("s"), let y = Int(tokens[0].dropLast()), y % 10 == 0,
           (100...2990).contains(y) {
            return .dated(DateRange(start: CalendarDay(year: y, month: 1, day: 1), end: CalendarDay(year: y + 9, month: 12, day: 31)))
        }
        // "1945 Feb 10": year first.
        if tokens.count == 3, tokens[0].count == 4, Int(tokens[0]) != nil, monthNames[tokens[1]] != nil, Int(tokens[2]) != nil {
            tokens = [tokens[1], tokens[2], tokens[0]]
        }
        // "17.3.1959", "1 VI 1950": numeric and Roman months, day first.
        if tokens.count == 3, Int(tokens[0]) != nil, Int(tokens[2]) != nil, tokens[2].count == 4,
           let m = Int(tokens[1]).flatMap({ (1...12).contains($0) ? $0 : nil }) ?? romanMonths[tokens[1]] {
            tokens[1] = monthOrder[m - 1]
        }
        // "Spring 1967", "Late 1962", "early March 1950", "the first half of 1962".
        if let part = partOfPeriod(tokens) { return .dated(part) }

        // A range "A - B" of two dates.
        if let dash = tokens.firstIndex(of: "-"), dash > 0, dash < tokens.count - 1 {
            var left = Array(tokens[..<dash])
            var right = Array(tokens[(dash + 1)...])
            // "1-3 March 1950": the left side borrows month and year from the right.
            if left.count == 1, let day = Int(left[0]), day <= 31, right.count >= 2 {
                left = [left[0]] + right.dropFirst()
            }
            // "March 3-5, 1969": the right side borrows the month, "March 30 - April 2, 1969" the year.
            if left.count == 2, monthNames[left[0]] != nil, let day = Int(left[1]), day <= 31 {
                if right.count == 2, Int(right[0]) != nil { right = [left[0]] + right }
                if let year = right.last { left.append(year) }
            }
            guard let end = single(right) else { return nil }
            guard let start = single(left), start.start <= end.end else { return nil }
            return .dated(DateRange(start: start.start, end: end.end))
        }
        guard let range = single(tokens) else { return nil }
        return .dated(range)
    }

    /// Phrases that state a document is undated.
    static let undatedPhrases: Set<String> = ["undated", "n.d.", "n. d.", "no date", "date unknown", "unknown date", "not dated",
                                              "date not known"]
    /// Hedges before a date: "circa 1959", "on or about 9 September 1888".
    static let hedges: Set<String> = ["circa", "c", "ca", "on", "or", "about", "around", "approximately", "approx"]

    /// The tokens of `parseDate`: runs of letters and digits; `-`, `–` and `/` a `-` token; spaces, commas
    /// and periods separators; nil at any other character. O(length).
    static func characterTokens(_ text: String) -> [String]? {
        var tokens: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else {
                if !current.isEmpty { tokens.append(current); current = "" }
                if ch == "-" || ch == "–" || ch == "/" { tokens.append("-") }
                else if !(ch == " " || ch == "," || ch == ".") { return nil }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// `characterTokens` of an ASCII text, on its bytes (each byte one character, where only A–Z, a–z are
    /// letters and 0–9 numbers; a CR, alone or before an LF, ends the reading either way); nil for other text.
    static func asciiTokens(_ text: String) -> [String]?? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [String]?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return .none }
            var tokens: [String] = []
            var start = -1
            func close(_ end: Int) {
                if start >= 0 { tokens.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = -1
            }
            for (i, b) in bytes.enumerated() {
                let c = b | 0x20
                if (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (b >= 0x30 && b <= 0x39) {
                    if start < 0 { start = i }
                    continue
                }
                close(i)
                if b == UInt8(ascii: "-") || b == UInt8(ascii: "/") { tokens.append("-") }
                else if !(b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: ".")) { return .some(.none) }
            }
            close(bytes.count)
            return .some(tokens)
        } ?? .none
    }

    /// `[`, `]`, `(`, `)` and `?` made spaces, then the words joined by single spaces. An ASCII text (each
    /// byte one character, "\r\n" aside, which is no space) is done over its bytes.
    static func withoutBracketsAndRepeatedSpaces(_ raw: String) -> String {
        var copy = raw
        let ascii = copy.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case 0x20, UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "?"):
                    pendingSpace = !out.isEmpty
                default:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return ascii ?? String(raw.map { "[]()?".contains($0) ? " " : $0 }).split(separator: " ").joined(separator: " ")
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    static let monthOrder = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]
    static let romanMonths: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
    ]

    /// Parts of a year or month: seasons (spring = March–May, summer = June–August, autumn/fall =
    /// September–November, winter = January–February of that year), early/mid/late (a year's first,
    /// middle and last four months; a month's days 1–10, 11–20, 21–end), and halves.
    static func partOfPeriod(_ tokens: [String]) -> DateRange? {
        var words = tokens.filter { !["the", "of", "in", "-"].contains($0) }
        guard words.count >= 2, let y = Int(words.last!), words.last!.count == 4 else { return nil }
        words.removeLast()
        func months(_ a: Int, _ b: Int) -> DateRange {
            DateRange(start: CalendarDay(year: y, month: a, day: 1),
                      end: CalendarDay(year: y, month: b, day: CalendarDay.daysIn(month: b, year: y)))
        }
        switch words {
        case ["spring"]: return months(3, 5)
        case ["summer"]: return months(6, 8)
        case ["autumn"], ["fall"]: return months(9, 11)
        case ["winter"]: return months(1, 2)
        case ["early"], ["beginning"], ["start"]: return months(1, 4)
        case ["mid"], ["middle"]: return months(5, 8)
        case ["late"], ["end"]: return months(9, 12)
        case ["first", "half"]: return months(1, 6)
        case ["second", "half"]: return months(7, 12)
        default: break
        }
        if words.count == 2, let m = monthNames[words[1]] {
            let last = CalendarDay.daysIn(month: m, year: y)
            let days: (Int, Int)? = switch words[0] {
            case "early", "beginning", "start": (1, 10)
            case "mid", "middle": (11, 20)
            case "late", "end": (21, last)
            default: nil
            }
            if let days {
                return DateRange(start: CalendarDay(year: y, month: m, day: days.0), end: CalendarDay(year: y, month: m, day: days.1))
            }
        }
        return nil
    }

    private static func single(_ tokens: [String]) -> DateRange? {
        func year(_ s: String) -> Int? {
            guard s.count == 4, let y = Int(s), (100...2999).contains(y) else { return nil }
            return y
        }
        func day(_ s: String, month: Int, year: Int) -> Int? {
            var digits = s
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            // "3d", "22d": the older English ordinals.
            if digits.hasSuffix("d"), digits.dropLast().allSatisfy(\.isNumber) { digits.removeLast() }
            guard let d = Int(digits), d >= 1, d <= CalendarDay.daysIn(month: month, year: year) else { return nil }
            return d
        }
        func wholeMonth(_ m: Int, _ y: Int) -> DateRange {
            DateRange(start: CalendarDay(year: y, month: m, day: 1),
                      end: CalendarDay(year: y, month: m, day: CalendarDay.daysIn(month: m, year: y)))
        }
        switch tokens.count {
        case 1:
            if let y = year(tokens[0]) {
                return DateRange(start: CalendarDay(year: y, month: 1, day: 1), end: CalendarDay(year: y, month: 12, day: 31))
            }
        case 2:
            if let m = monthNames[tokens[0]], let y = year(tokens[1]) { return wholeMonth(m, y) }
        case 3:
            // Month Day Year, or Day Month Year.
            if let m = monthNames[tokens[0]], let y = year(tokens[2]), let d = day(tokens[1], month: m, year: y) {
                let c = CalendarDay(year: y, month: m, day: d)
                return DateRange(start: c, end: c)
            }
            if let m = monthNames[tokens[1]], let y = year(tokens[2]), let d = day(tokens[0], month: m, year: y) {
                let c = CalendarDay(year: y, month: m, day: d)
                return DateRange(start: c, end: c)
            }
            // ISO written with separators already split off is not reachable here.
        default:
            break
        }
        return nil
    }
}

extension String {
    /// `StringProtocol.trimmingSpaces`, first testing the two end bytes of the string itself: most text
    /// has nothing to trim, and is then returned as it is without a slice being made.
    @inlinable
    public func trimmingSpaces() -> String {
        // (The two bytes read from the stored bytes: the UTF-8 view's `first` and `last` cost several times more.)
        let solid = utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let f = b.first, let l = b.last else { return true }   // (nothing to trim)
            return f < 0x80 && l < 0x80 && f != 0x20 && l != 0x20 && !(0x09...0x0D).contains(f) && !(0x09...0x0D).contains(l)
        }
        if solid == true { return self }
        if solid == nil, let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, f != 0x20, l != 0x20,
           !(0x09...0x0D).contains(f), !(0x09...0x0D).contains(l) {
            return self
        }
        return Substring(self).trimmingSpaces()
    }
}

extension StringProtocol {
    /// The string with every space removed.
    func removingSpaces() -> String { String(filter { $0 != " " }) }

    /// The string without the given characters at either end.
    /// (Inlinable, as `trimmingSpaces`: other modules then call a version specialised to their type.)
    @inlinable
    public func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }

    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    /// Inlinable: a call from another module is specialised to `String` or `Substring` (the generic
    /// version costs some 2,000 instructions a call even when nothing is trimmed).
    @inlinable
    public func trimmingSpaces() -> String {
        // Most text has no space at either end: an ASCII byte that is not a space, tab or line break
        // (U+0009–U+000D, U+0020) at each end is checked without a property lookup.
        // (An ASCII byte at an end of the UTF-8 is the whole scalar there.)
        let bytes = Substring(self).utf8
        if let f = bytes.first, let l = bytes.last {
            let asciiSolid = { (b: UInt8) in b < 0x80 && b != 0x20 && !(0x09...0x0D).contains(b) }
            if asciiSolid(f) && asciiSolid(l) { return String(self) }
        }
        if let f = unicodeScalars.first, let l = unicodeScalars.last {
            if !f.properties.isWhitespace, !l.properties.isWhitespace { return String(self) }
        }
        // Spaces, tabs and line breaks of ASCII are dropped over the bytes; where an end then stands on an
        // ASCII byte, the scalar loop below would stop there too.
        let isASCIISpace = { (b: UInt8) in b == 0x20 || (0x09...0x0D).contains(b) }
        let kept = utf8.withContiguousStorageIfAvailable { b -> (lo: Int, hi: Int)? in
            var lo = 0, hi = b.count
            while lo < hi, isASCIISpace(b[lo]) { lo += 1 }
            while hi > lo, isASCIISpace(b[hi - 1]) { hi -= 1 }
            return lo == hi || (b[lo] < 0x80 && b[hi - 1] < 0x80) ? (lo, hi) : nil
        }
        if let kept = kept ?? nil {
            let start = utf8.index(utf8.startIndex, offsetBy: kept.lo)
            return String(self[start..<utf8.index(start, offsetBy: kept.hi - kept.lo)])
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        // The kept scalars are one slice of the text: copied at once, not appended scalar by scalar.
        return String(Substring(scalars))
    }
}
