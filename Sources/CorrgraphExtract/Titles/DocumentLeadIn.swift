import Foundation

/// The opening of a title that says what kind of document it is: qualifiers (`Top Secret`,
/// `Draft`), the type (`Ciphered Telegram`, `Letter`), a number (`No. 50333`), or the possessive
/// form (`Ambassador R.K. Nehru's Letter`).
struct DocumentLeadIn {
    var type: String
    /// Whether a document of this type is a message even with no stated addressee.
    var addressless: Bool
    var number: String?
    /// The author given in possessive form before the type.
    var possessiveAuthor: String?
    /// The text after the lead-in (and number), starting at `,`, ` from`, ` to`, ` of`, or empty.
    var remainder: String

    static let qualifiers = [
        "top secret ", "strictly secret ", "secret ", "urgent ", "very urgent ", "confidential ", "personal ",
        "excerpt from ", "excerpts from ", "extract from ", "copy of ", "text of ", "the ", "a ", "an ",
    ]

    /// The first bytes of `qualifiers` and of the editors' forms (`Draft of …`) the loop below strips.
    static let qualifierFirstBytes: Set<UInt8> =
        Set((qualifiers + LetterEditions.editorialForms).compactMap(\.utf8.first))

    /// Reads the lead-in at the start of `title`, or in possessive form (`X's Letter to Y`).
    static func read(_ title: String) -> DocumentLeadIn? {
        var rest = title
        var lower = rest.lowercased()
        // A title whose first byte is ASCII and opens no qualifier holds none (most titles): no pass is made.
        var changed = lower.utf8.first.map { $0 >= 0x80 || qualifierFirstBytes.contains($0) } ?? false
        while changed {
            changed = false
            // (A qualifier opens with one ASCII byte: the text's first byte rules out the others before comparing.)
            for q in qualifiers where lower.utf8.first == q.utf8.first && lower.hasPrefix(q) {
                rest = String(rest.dropFirst(q.count))
                lower = rest.lowercased()
                changed = true
            }
            // "Draft of a Letter from A to B", "Extract of a Despatch": an editor's form of the document.
            if let document = LetterEditions.strippingEditorialForm(rest) {
                rest = document
                lower = rest.lowercased()
                changed = true
            }
        }
        // "No. 1876 from Moscow to Foreign Office": a numbered telegram, as the Foreign Office registers them.
        if lower.hasPrefix("no. ") || lower.hasPrefix("no ") {
            var lead = DocumentLeadIn(type: "telegram", addressless: true, number: nil, possessiveAuthor: nil, remainder: " " + rest)
            lead.readNumber()
            if lead.number != nil, lead.remainder.lowercased().hasPrefix(" from ") { return lead }
        }
        if let lead = seriesNumberedOpening(rest) { return lead }
        // "Ciphered Telegram", "Coded Cable Telegram No. 123", "Urgent Cable": document modifiers, then one
        // or more stacked types; the last type is the head ("Cable Telegram" is a telegram).
        if var lead = stackedTypes(rest) {
            lead.readNumber()
            return lead
        }
        // "Ambassador R.K. Nehru's Letter to Chairman Mao", "Premier Chou En-lai's [Zhou Enlai's] Letter".
        // Where a type may begin: right after a possessive, or one qualifying word later ("Che Guevara's
        // Farewell Letter", "Khrushchev's Personal Letter"). Found once, then tried against every type.
        let starts = possessiveStarts(lower)
        for entry in starts.isEmpty ? [] : Lexicon.documentTypes {
            for start in starts {
                guard lower[start.type...].hasPrefix(entry.phrase) else { continue }
                let r = start.possessive..<lower.index(start.type, offsetBy: entry.phrase.count)
                let endOffset = lower.distance(from: lower.startIndex, to: r.upperBound)
                let afterIndex = rest.index(rest.startIndex, offsetBy: endOffset)
                let after = rest[afterIndex...]
                guard after.isEmpty || !(after.first!.isLetter) else { continue }
                let startOffset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                var author = String(rest[..<rest.index(rest.startIndex, offsetBy: startOffset)])
                // "Chou En-lai's [Zhou Enlai" → "Chou En-lai [Zhou Enlai]"
                if start.closing { author = author.replacingOccurrences(of: "'s [", with: " [") + "]" }
                guard !author.contains(",") && !author.contains(":") else { continue }
                var lead = DocumentLeadIn(type: entry.type, addressless: entry.addressless, number: nil,
                                          possessiveAuthor: author, remainder: String(after))
                lead.readNumber()
                return lead
            }
        }
        // "Joint Telegram from …", "Soviet Report to …", "Hungarian Embassy Report to …", "Foreign Ministry
        // Circular to …": a type after a few words, when correspondents follow it. Words of a nationality,
        // an institution or an office before the type name its author; other words only modify it.
        let words = TitleText.spaceSplitKeepingEmpty(lower)
        let printedWords = TitleText.spaceSplitKeepingEmpty(rest)
        if words.count > 2 {
            // Up to three modifying words; an author's name may run to five ("Romanian Embassy in Pyongyang Telegram").
            for skip in 1...min(5, words.count - 2) {
                if skip > 3, !printedWords[..<skip].allSatisfy({ isAuthorWord(String($0)) }) {
                    break
                }
                // The types that may open the tail are those of its first byte (a space where the word is empty and
                // more follow): with none, the tail is not joined.
                let tailFirstByte = words[skip].utf8.first ?? (skip < words.count - 1 ? UInt8(ascii: " ") : nil)
                let candidates = tailFirstByte.map { typesByFirstByte[Int($0)] } ?? []
                // (The words were split at every space: joined again they are `lower` from the word on.)
                let tail = candidates.isEmpty ? "" : String(lower[words[skip].startIndex...])
                guard words[..<skip].allSatisfy({ !$0.isEmpty && !$0.contains("'") && !["of", "on", "about", "the", "from", "to"].contains($0) })
                else { break }
                for k in candidates {
                    let entry = Lexicon.documentTypes[k]
                    guard tail.hasPrefix(entry.phrase) else { continue }
                    let after = tail.dropFirst(entry.phrase.count)
                    guard after.hasPrefix(" from ") || after.hasPrefix(" to ") || after.hasPrefix(",") else { continue }
                    let offset = rest.count - after.count
                    let before = printedWords[..<skip].filter { !Lexicon.documentModifiers.contains(NamePhrase.wordKey(String($0))) }
                    let authored = !before.isEmpty && !after.hasPrefix(" from ")
                        && (before.allSatisfy { isAuthorWord(String($0)) } && before.first.map { NamePhrase.wordKey(String($0)) != "in" } == true
                            || isAuthorName(before.map(String.init)))
                    var lead = DocumentLeadIn(type: entry.type, addressless: entry.addressless, number: nil,
                                              possessiveAuthor: authored ? before.joined(separator: " ") : nil,
                                              remainder: String(rest.dropFirst(offset)))
                    lead.readNumber()
                    return lead
                }
            }
        }
        return nil
    }

    /// A word that may name the author of a document before its type: a nationality, an institution
    /// head, an office word, or the place of a posting (`Soviet`, `Embassy`, `Foreign Ministry`, `CPSU CC`,
    /// `Embassy in Pyongyang`).
    static func isAuthorWord(_ word: String) -> Bool {
        let key = NamePhrase.wordKey(word)
        return Lexicon.nationalities.contains(key) || Lexicon.institutionHeads.contains(key) || Lexicon.offices.contains(key)
            || key == "in" || (word.first?.isUppercase == true && Gazetteer.placeWords.contains(key))
    }

    /// `Ivan Petrov Letter to B`, `Ambassador Kim Young-sam Telegram to B`: a named person (two or more capitalised
    /// words, perhaps after an office or form of address) before the document word is its author. Words that modify
    /// a document or an act (`Final`, `Joint`, `Farewell`, ordinals) name no one.
    static func isAuthorName(_ words: [String]) -> Bool {
        let keys = words.map(NamePhrase.wordKey)
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }),
              !keys.contains(where: { Lexicon.documentModifiers.contains($0) || Lexicon.actModifiers.contains($0) || Lexicon.isOrdinal($0) }),
              let mention = NamePhrase.parseItem(words.joined(separator: " ")) else { return false }
        return mention.kind == .person && mention.bracketed == nil
    }

    /// Document modifiers (up to three) and then one or more stacked document types at the start of `text`.
    static func stackedTypes(_ text: String) -> DocumentLeadIn? {
        var rest = Substring(text)
        // A listed phrase wins over modifier + type ("Ciphered Telegram" is a type of the table).
        // (The opening of `rest` is read once per `rest`, not once per test.)
        var opening = typeOpening(rest)
        for _ in 0..<3 where opening == nil {
            guard let space = rest.firstIndex(of: " "),
                  Lexicon.documentModifiers.contains(NamePhrase.wordKey(String(rest[..<space]))) else { break }
            // Only a modifier that some type follows: "Personal Message", not "Personal and Secret from …".
            let next = rest[rest.index(after: space)...]
            let nextOpening = typeOpening(next)
            guard nextOpening != nil || next.split(separator: " ").first.map({ Lexicon.documentModifiers.contains(NamePhrase.wordKey(String($0))) }) == true
            else { break }
            rest = next
            opening = nextOpening
        }
        guard var found = opening else { return nil }
        var type = found.entry
        var addressless = found.entry.addressless
        // "Cable Telegram", "Telegram Report" (but not "Note, …": a comma ends the stack).
        while found.after.first == " ", let next = typeOpening(found.after.dropFirst()) {
            type = next.entry
            addressless = addressless || next.entry.addressless
            found = next
        }
        return DocumentLeadIn(type: type.type, addressless: addressless, number: nil, possessiveAuthor: nil,
                              remainder: String(found.after))
    }

    /// The document type `text` opens with (a table entry, or a `-gram` word), and the text after it.
    static func typeOpening(_ text: Substring) -> (entry: (phrase: String, type: String, addressless: Bool), after: Substring)? {
        // Most openings are plain ASCII: their bytes give the same answer without Character steps.
        if let fast = text.utf8.withContiguousStorageIfAvailable({ asciiTypeOpening(text, bytes: $0) }), let answer = fast {
            return answer
        }
        // The longest type phrase is short: lower-case only the opening, not the whole title.
        let lower = text.prefix(48).lowercased()
        for k in typeIndices(opening: lower) {
            let entry = Lexicon.documentTypes[k]
            guard lower.hasPrefix(entry.phrase) else { continue }
            let after = text.dropFirst(entry.phrase.count)
            guard after.isEmpty || !(after.first!.isLetter) else { continue }
            return (entry, after)
        }
        let word = text.prefix { $0.isLetter || $0 == "-" }
        if Lexicon.isGramWord(String(word)) {
            let after = text.dropFirst(word.count)
            return ((word.lowercased(), word.lowercased(), true), after)
        }
        return nil
    }

    /// `typeOpening` read over the bytes of `text` where its first 50 bytes (or all of it) are ASCII
    /// without a carriage return, so that each of them is one Character: nil where they are not.
    /// (A phrase or word that ends by byte 48 is then followed by a one-byte Character too.)
    static func asciiTypeOpening(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>)
        -> (entry: (phrase: String, type: String, addressless: Bool), after: Substring)?? {
        let window = min(bytes.count, 50)
        guard TitleText.isPlainASCII(bytes, count: window) else { return nil }
        func lowered(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func after(_ count: Int) -> Substring { text[text.utf8.index(text.startIndex, offsetBy: count)...] }
        let lowerCount = min(bytes.count, 48)
        if lowerCount > 0 {
            candidates: for k in typesByFirstByte[Int(lowered(bytes[0]))] {
                let phrase = typePhraseBytes[k]
                guard phrase.count <= lowerCount else { continue }
                for j in 0..<phrase.count where lowered(bytes[j]) != phrase[j] { continue candidates }
                guard phrase.count == bytes.count || !isLetter(bytes[phrase.count]) else { continue }
                return .some((Lexicon.documentTypes[k], after(phrase.count)))
            }
        }
        var end = 0
        while end < bytes.count, isLetter(bytes[end]) || bytes[end] == UInt8(ascii: "-") { end += 1 }
        // A run reaching past byte 48 might end in a Character of several scalars: read it the long way.
        guard end <= 48 else { return nil }
        // A `-gram` word is longer than five letters and ends `gram`, `grams` or `gramme`: other words are not looked up.
        func endsWith(_ suffix: StaticString) -> Bool {
            let m = suffix.utf8CodeUnitCount
            guard end >= m else { return false }
            for k in 0..<m where lowered(bytes[end - m + k]) != suffix.utf8Start[k] { return false }
            return true
        }
        guard end > 5, endsWith("gram") || endsWith("grams") || endsWith("gramme") else { return .some(nil) }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        guard Lexicon.isGramWord(word) else { return .some(nil) }
        return .some(((word.lowercased(), word.lowercased(), true), after(end)))
    }

    /// The UTF-8 bytes of each phrase of `Lexicon.documentTypes`, in its order.
    static let typePhraseBytes: [[UInt8]] = Lexicon.documentTypes.map { Array($0.phrase.utf8) }

    /// The indices of `Lexicon.documentTypes` (in its order) whose phrase begins with the first byte of
    /// `lower`: a text can begin with a phrase only if it begins with its first character, which for the
    /// table's phrases is one byte. Saves comparing a title with each of the ninety types.
    static func typeIndices(opening lower: some StringProtocol) -> [Int] {
        guard let first = lower.utf8.first else { return [] }
        return typesByFirstByte[Int(first)]
    }

    static let typesByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (k, entry) in Lexicon.documentTypes.enumerated() {
            if let first = entry.phrase.utf8.first { table[Int(first)].append(k) }
        }
        return table
    }()

    /// Each place in `lower` where a document type may follow a possessive: after "'s " or "'s] ", and
    /// after one more word of letters ("farewell", "personal"); with where the possessive begins.
    static func possessiveStarts(_ lower: String) -> [(possessive: String.Index, type: String.Index, closing: Bool)] {
        // Both openers hold an apostrophe, which most titles lack: Foundation's search is not run without its byte.
        guard ByteSearch.holds(UInt8(ascii: "'"), in: lower) else { return [] }
        var starts: [(possessive: String.Index, type: String.Index, closing: Bool)] = []
        for opener in ["'s ", "'s] "] {
            var search = lower.startIndex..<lower.endIndex
            while let r = lower.range(of: opener, range: search) {
                search = r.upperBound..<lower.endIndex
                starts.append((r.lowerBound, r.upperBound, opener == "'s] "))
                let after = lower[r.upperBound...]
                if let space = after.firstIndex(of: " "), after[..<space].count >= 3, after[..<space].allSatisfy(\.isLetter) {
                    starts.append((r.lowerBound, after.index(after: space), opener == "'s] "))
                }
            }
        }
        return starts
    }

    /// `readNumber` over the bytes of an ASCII remainder with no CR (there each byte is one character, and
    /// `isLetter`/`isNumber` hold of the ASCII letters and digits only). False, having read nothing, for
    /// any other remainder.
    private mutating func readNumberASCII() -> Bool {
        // Read over the remainder's own bytes (no copy), the answer assigned after.
        let read = remainder.utf8.withContiguousStorageIfAvailable { Self.numberASCII(in: $0) }
            ?? Array(remainder.utf8).withUnsafeBufferPointer { Self.numberASCII(in: $0) }
        guard let read else { return false }
        if let found = read {
            number = found.number
            remainder = found.remainder
        }
        return true
    }

    /// `readNumberASCII`'s reading of the bytes `b`: nil for a text that is not ASCII without CR, `.some(nil)` when
    /// no number is read, else the number and the remainder after it.
    private static func numberASCII(in b: UnsafeBufferPointer<UInt8>) -> (number: String, remainder: String)?? {
        guard TitleText.isPlainASCII(b, count: b.count) else { return nil }
        let n = b.count
        func lowered(_ x: UInt8) -> UInt8 { x >= 65 && x <= 90 ? x + 32 : x }
        func isLetter(_ x: UInt8) -> Bool { (x >= 65 && x <= 90) || (x >= 97 && x <= 122) }
        func isDigit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        // (The offset is passed in and out, not captured: a captured variable is boxed and checked on every access.)
        func skip(_ s: StaticString, _ offset: inout Int) -> Bool {
            let m = s.utf8CodeUnitCount
            guard offset + m <= n else { return false }
            for k in 0..<m where lowered(b[offset + k]) != s.utf8Start[k] { return false }
            offset += m
            return true
        }
        var offset = 0
        _ = skip(",", &offset)
        _ = skip(" ", &offset)
        _ = skip("special ", &offset)
        // "Airgram A-512", "Telegram T.498/62": a letter before the number.
        if offset + 2 < n, isLetter(b[offset]), b[offset + 1] == UInt8(ascii: "-") || b[offset + 1] == UInt8(ascii: "."), isDigit(b[offset + 2]) {
            offset += 2
            var end = offset
            while end < n, isDigit(b[end]) || ((b[end] == UInt8(ascii: "/") || b[end] == UInt8(ascii: "-")) && end > offset) { end += 1 }
            return .some((text((offset - 2)..<end), text(end..<n)))
        }
        // "Telegram 1234 From the Embassy …" (FRUS): a bare number is the document's when `From` follows it.
        if offset < n, isDigit(b[offset]) {
            var end = offset
            while end < n, isDigit(b[end]) || b[end] == UInt8(ascii: "/") || b[end] == UInt8(ascii: "-") { end += 1 }
            var after = end
            if skip(" from ", &after) { return .some((text(offset..<end), text(end..<n))) }
        }
        guard skip("no.", &offset) || skip("no ", &offset) || skip("number ", &offset) || skip("#", &offset) || skip("nr.", &offset)
        else { return .some(nil) }
        _ = skip(" ", &offset)
        var end = offset
        while end < n, isDigit(b[end]) || ((b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: "/") || b[end] == UInt8(ascii: "-")) && end > offset) { end += 1 }
        while end > offset, b[end - 1] == UInt8(ascii: ".") || b[end - 1] == UInt8(ascii: "-") || b[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > offset else { return .some(nil) }
        return .some((text(offset..<end), text(end..<n)))
    }

    /// **Rule: a bracketed number or modifier after the type.** "Telegram (No. 302) from A to B", "Ciphered Telegram
    /// (Urgent) from A to B", "Cable [No. 14] from …", "Letter (Top Secret), A to B": the archive prints the document's
    /// number, or its classification and priority (the document modifiers of the lexicon), in brackets after its type.
    /// The number is the document's; the modifiers are read over. Any other bracket (a name, a place) is left.
    mutating func readBracketedNote() -> Bool {
        let opening = remainder.prefix(2)
        guard opening == " (" || opening == " [" else { return false }
        let close: Character = opening == " (" ? ")" : "]"
        let inside = remainder.dropFirst(2).prefix(40)
        guard let end = inside.firstIndex(of: close) else { return false }
        let note = inside[..<end]
        let after = String(remainder[remainder.index(after: end)...])
        if note.first?.isNumber == true, note.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }) {
            number = String(note)
            remainder = after
            return true
        }
        var numbered = DocumentLeadIn(type: type, addressless: addressless, number: nil, possessiveAuthor: nil, remainder: " " + note)
        numbered.readNumber()
        if let found = numbered.number, numbered.remainder.trimmingCharacters(in: .whitespaces).isEmpty {
            number = found
            remainder = after
            return true
        }
        let words = note.split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty, words.allSatisfy({ Lexicon.documentModifiers.contains($0.lowercased()) || $0.lowercased() == "and" })
        else { return false }
        remainder = after
        return true
    }

    /// A telegram series word (`Secto`, `Tosec`, `Dulte`, `Niact`, `Usun`): a capitalised word the lexicon does
    /// not know, printed right before a bare number after a document word; it is part of the document's number.
    static func isSeriesWord(_ word: Substring) -> Bool {
        (3...8).contains(word.count) && word.first?.isUppercase == true && word.allSatisfy { $0.isASCII && $0.isLetter }
            && Lexicon.classes(of: word).isEmpty && !Gazetteer.placeWords.contains(word.lowercased())
    }

    /// **Convention: a telegram's series number may open its head** (`Secto 45, A to B`, `Tosec 112 from A to B`, `Tosec 3.
    /// A to B`): a series word (`isSeriesWord`) and a bare number, then a comma or period and the ends `A to B`, or `from`;
    /// the number stands where a document word would, and a telegram is a message. Nil for any other opening.
    static func seriesNumberedOpening(_ text: String) -> DocumentLeadIn? {
        // Three to eight ASCII letters, a space and a digit open every such head: other ASCII openings are left on
        // their first bytes (an opening with another byte there is read by characters below).
        let shaped: Bool? = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var i = 0
            while i < b.count, i <= 8, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { i += 1 }
            guard i + 1 < b.count, b[i] < 0x80, b[i + 1] < 0x80 else { return nil }
            return (3...8).contains(i) && b[i] == 0x20 && b[i + 1] >= 0x30 && b[i + 1] <= 0x39
        } ?? nil
        if shaped == false { return nil }
        let word = text.prefix { $0.isASCII && $0.isLetter }
        var after = text.dropFirst(word.count)
        guard (3...8).contains(word.count), after.first == " " else { return nil }
        after = after.dropFirst()
        let digits = after.prefix { $0.isNumber || $0 == "/" || $0 == "-" }
        guard digits.first?.isNumber == true else { return nil }
        var tail = after.dropFirst(digits.count)
        if tail.first == "," || tail.first == "." {
            tail = tail.dropFirst()
            // `, A to B`: the ends, not a heading of its own (`, From Revolution to Reform`).
            guard tail.first == " ", !tail.dropFirst().lowercased().hasPrefix("from "), !TitleText.find(" to ", in: String(tail)).isEmpty
            else { return nil }
            tail = "," + tail
        } else if !tail.lowercased().hasPrefix(" from ") {
            return nil
        }
        guard isSeriesWord(word) else { return nil }
        return DocumentLeadIn(type: "telegram", addressless: true, number: word + " " + digits, possessiveAuthor: nil, remainder: String(tail))
    }

    /// `DOCUMENT-WORD… SERIES NUMBER` before `From` (`Telegram Secto 45`, `Circular Telegram Niact 1023`): the
    /// document's kind and its number in a series, naming no one.
    static func isSeriesNumberedDocument(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard words.count >= 3, words.count <= 5, let number = words.last, number.first?.isNumber == true,
              number.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" }), isSeriesWord(words[words.count - 2]) else { return false }
        return words.dropLast(2).allSatisfy { Lexicon.classes(of: $0).contains(.documentWord) || Lexicon.documentModifiers.contains(NamePhrase.wordKey(String($0))) }
    }

    /// ` Secto 45 From …`: a series word and a bare number, when `From` follows them.
    private mutating func readSeriesNumber() -> Bool {
        guard Self.mayOpenWithSeriesNumber(remainder) else { return false }
        var rest = Substring(remainder)
        if rest.first == "," { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " }
        let word = rest.prefix { $0.isLetter }
        var after = rest.dropFirst(word.count)
        guard !word.isEmpty, after.first == " " else { return false }
        after = after.dropFirst()
        let digits = after.prefix { $0.isNumber || $0 == "/" || $0 == "-" }
        guard digits.first?.isNumber == true else { return false }
        let tail = after.dropFirst(digits.count)
        // The shape first, then the word's classes (lexicon and gazetteer look-ups), which cost more.
        guard tail.prefix(6).lowercased() == " from ", DocumentLeadIn.isSeriesWord(word) else { return false }
        number = String(word) + " " + String(digits)
        remainder = String(tail)
        return true
    }

    /// The byte shape `readSeriesNumber` needs, tested before its Character reading: `[,]`, spaces, three to eight
    /// ASCII letters (a series word is ASCII), a space, and a digit or a non-ASCII byte (a number may be non-ASCII).
    /// False only where that reading finds no series number (most remainders open ` from` or `, A to B`).
    static func mayOpenWithSeriesNumber(_ remainder: String) -> Bool {
        remainder.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            var i = 0
            if i < n, b[i] == UInt8(ascii: ",") { i += 1 }
            while i < n, b[i] == 0x20 { i += 1 }
            let wordStart = i
            while i < n, (b[i] | 0x20) >= 97 && (b[i] | 0x20) <= 122 { i += 1 }
            guard (3...8).contains(i - wordStart), i + 1 < n, b[i] == 0x20 else { return false }
            return (b[i + 1] >= 48 && b[i + 1] <= 57) || b[i + 1] >= 0x80
        } ?? true
    }

    /// Reads ` No. 50333`, `, Special No. 1821`, ` No 10456`, ` #3`, ` Secto 45` after the type.
    mutating func readNumber() {
        if readBracketedNote() { return }
        if readSeriesNumber() || readNumberASCII() { return }
        var r = Substring(remainder)
        // Only the opening is read below (at most about twenty characters): lower-case that, not the whole remainder.
        let lower = remainder.prefix(40).lowercased()
        var offset = 0
        func skip(_ s: String) -> Bool {
            let l = lower.dropFirst(offset)
            guard l.hasPrefix(s) else { return false }
            offset += s.count
            return true
        }
        _ = skip(",")
        _ = skip(" ")
        _ = skip("special ")
        // "Airgram A-512", "Telegram T.498/62": a letter before the number.
        let lettered = lower.dropFirst(offset)
        if let first = lettered.first, first.isLetter, lettered.dropFirst().first == "-" || lettered.dropFirst().first == ".",
           lettered.dropFirst(2).first?.isNumber == true {
            offset += 2
            var digits = ""
            for ch in Substring(remainder).dropFirst(offset) {
                if ch.isNumber || ((ch == "/" || ch == "-") && !digits.isEmpty) { digits.append(ch) } else { break }
            }
            guard !digits.isEmpty else { return }
            number = String(remainder.dropFirst(offset - 2).prefix(2)) + digits
            remainder = String(Substring(remainder).dropFirst(offset + digits.count))
            return
        }
        // "Telegram 1234 From the Embassy …": a bare number, when `From` follows it.
        let bare = Substring(remainder).dropFirst(offset)
        let bareDigits = bare.prefix { $0.isNumber || $0 == "/" || $0 == "-" }
        if bareDigits.first?.isNumber == true, bare.dropFirst(bareDigits.count).lowercased().hasPrefix(" from ") {
            number = String(bareDigits)
            remainder = String(bare.dropFirst(bareDigits.count))
            return
        }
        guard skip("no.") || skip("no ") || skip("number ") || skip("#") || skip("nr.") else { return }
        _ = skip(" ")
        r = Substring(remainder).dropFirst(offset)
        var digits = ""
        for ch in r {
            if ch.isNumber || ((ch == "." || ch == "/" || ch == "-") && !digits.isEmpty) { digits.append(ch) } else { break }
        }
        while digits.last == "." || digits.last == "-" || digits.last == "/" { digits.removeLast() }
        guard !digits.isEmpty else { return }
        number = digits
        remainder = String(r.dropFirst(digits.count))
    }
}
