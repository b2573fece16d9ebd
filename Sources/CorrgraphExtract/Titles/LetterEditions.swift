/// Headings of letter editions and correspondence calendars in other languages and other layouts
/// (docs/letter-editions.md). Each convention is a table row or a word class, not a phrase:
///
/// | heading | acts |
/// |---|---|
/// | `Brief von A an B` | A → B |
/// | `Schreiben des A an B und C` | A → B, C |
/// | `Brief an B von A` | A → B |
/// | `Lettre d'A à B` | A → B |
/// | `Carta de A a B, Madrid, 4 de mayo de 1810` | A → B |
/// | `To B. Arles, Sunday, 9 September 1888` | (owner) → B |
enum LetterEditions {
    /// The words one language uses in a letter heading, `ACT_NOUN FROM A TO B` or `ACT_NOUN TO B FROM A`: a row of the
    /// language table (`LanguageTable`), read through its slots `letterNouns` (the heading's first word), `ofWords` (the
    /// sender's preposition or genitive article: `von`, `des`, `de`, `d'`, `di`, `van`), `toWords` (the addressee's, alone or
    /// fused with an article: `an`, `à`, `au`, `a`, `al`, `aan`), `and`, `articles` (an institution's after the
    /// preposition, dropped) and `letterSubject` (lower-case words that end the addressee and open a subject).
    typealias Language = LanguageTable.Row

    static let languages: [Language] = LanguageTable.letterHeadings

    static let allActNouns: Set<String> = languages.reduce(into: []) { $0.formUnion($1.letterNouns) }
    /// Every language's prepositions of address (`von`, `an`, `de`, `à` …): one of them follows the act noun.
    static let addressWords: Set<String> = languages.reduce(into: []) { $0.formUnion($1.ofWords); $0.formUnion($1.toWords) }

    /// `Brief von A an B`, `Lettre de A à B`, `Carta a B de A` … read with one language's function words; nil when
    /// the heading opens with no act noun of any language, or its ends are not names.
    static func foreignHeading(_ title: String) -> [ExtractedMessage]? {
        // Precondition: an act noun first; an ASCII opening is tested over its bytes (most titles open otherwise).
        if let opening = TitleText.asciiOpeningWord(title, limit: 24), !allActNouns.contains(opening) { return nil }
        let firstWord = title.prefix(24).prefix { $0 != " " }.lowercased()
        guard allActNouns.contains(firstWord) else { return nil }
        // The word after the act noun must be a preposition of address or an elided one (`Lettre d'Émile …`):
        // an English `Telegram from …` (the Dutch act noun) is ruled out before the title is split.
        let second = title.dropFirst(firstWord.count).drop { $0 == " " }.prefix { $0 != " " }
        // (An ASCII word without CR holds `'` where it holds its byte, and no `’`: Foundation's search is not needed.)
        let secondIsASCII = second.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        guard secondIsASCII ? ByteSearch.holds(UInt8(ascii: "'"), in: second) || addressWords.contains(key(String(second)))
                : second.contains("'") || second.contains("’") || addressWords.contains(key(String(second))) else { return nil }
        let words = splitElision(datelineCut(title).split(separator: " ").map(String.init))
        guard words.count >= 3, words.count <= 60, let first = words.first, first.first?.isUppercase == true else { return nil }
        let noun = key(first)
        for language in languages where language.letterNouns.contains(noun) {
            let rest = Array(words.dropFirst())
            guard let opener = rest.first.map(key) else { continue }
            var senderWords: ArraySlice<String> = [], recipientWords: ArraySlice<String> = []
            if language.ofWords.contains(opener) {
                // Forward: the first preposition of address after the sender ends it (names hold none).
                let body = rest.dropFirst()
                if let to = body.firstIndex(where: { language.toWords.contains(key($0)) }) {
                    senderWords = body[..<to]
                    recipientWords = body[(to + 1)...]
                } else {
                    senderWords = body
                }
            } else if language.toWords.contains(opener) {
                // Reversed: a name particle may be spelt like the sender's preposition (`von`, `de`): the first one
                // that leaves two words of the addressee before it marks the sender.
                let body = rest.dropFirst()
                if let from = body.indices.first(where: { language.ofWords.contains(key(body[$0])) && $0 - body.startIndex >= 2 }) {
                    recipientWords = body[..<from]
                    senderWords = body[(from + 1)...]
                } else {
                    recipientWords = body
                }
            } else {
                continue
            }
            let from = mentions(ends(senderWords, in: language), allowInstitution: true)
            var recipient = ends(recipientWords, in: language)
            if let article = recipient.first, language.articles.contains(key(article)), recipient.count >= 2,
               recipient[recipient.index(after: recipient.startIndex)].first?.isUppercase == true {
                recipient = recipient.dropFirst()
            }
            let to = mentions(recipient, allowInstitution: true)
            // A heading of one end is an edition's own (`Brief an B` in B's correspondent's papers): a full name.
            if from.isEmpty != to.isEmpty {
                let named = from.isEmpty ? to : from
                guard named.allSatisfy({ $0.kind == .person && $0.text.split(separator: " ").count >= 2 }) else { continue }
            }
            guard !from.isEmpty || !to.isEmpty else { continue }
            return [ExtractedMessage(from: from, to: to)]
        }
        return nil
    }

    /// One end's words: cut at a subject word or a dateline, with the language's `and` read as `and`.
    private static func ends(_ words: ArraySlice<String>, in language: Language) -> ArraySlice<String> {
        var kept: [String] = []
        for word in words {
            let k = key(word)
            if word.first?.isLowercase == true, language.letterSubject.contains(k) { break }
            kept.append(language.and.contains(k) && word.first?.isLowercase == true ? "and" : word)
        }
        return ArraySlice(kept)
    }

    private static func mentions(_ words: ArraySlice<String>, allowInstitution: Bool) -> [NameMention] {
        // `Chef, Division des affaires politiques`: an office and the unit it heads (`ArchiveHeads.officeAndUnit`), read before
        // the comma is taken for a subject's.
        let joined = words.joined(separator: " ")
        if ByteSearch.holds(UInt8(ascii: ","), in: joined), let unit = ArchiveHeads.officeAndUnitEnd(joined.hasSuffix(",") ? String(joined.dropLast()) : joined) {
            return [unit]
        }
        let phrase = MessageGrammar.cutSubject(joined).phrase
        // (`von Eschenbach`: a German noble's name once his title is dropped opens with its particle, `NobilityTitles`.)
        let opensWithParticle = phrase.split(separator: " ").count >= 2 && LanguageTable.german.nobilityParticles.contains(String(phrase.prefix { $0 != " " }))
            && phrase.split(separator: " ")[1].first?.isUppercase == true
        guard !phrase.isEmpty, phrase.first?.isUppercase == true || phrase.first == "[" || opensWithParticle else { return [] }
        let parsed = NamePhrase.parse(phrase)
        if !parsed.isEmpty, MessageGrammar.isPureNameList(phrase) { return parsed }
        // A body the lexicon does not know (`Directoire exécutif`, `Auswärtige Amt`): capitalised, no list.
        if allowInstitution, !phrase.contains(","), !phrase.contains(" and "), phrase.split(separator: " ").count <= 6 {
            return [NameMention(text: phrase, kind: .institution)]
        }
        return []
    }

    /// `d'Aurélien` → `d'`, `Aurélien`: an elided preposition is a word of its own.
    private static func splitElision(_ words: [String]) -> [String] {
        var out: [String] = []
        for word in words {
            let lower = word.lowercased()
            if let apostrophe = ["d'", "d’", "l'", "l’"].first(where: { lower.hasPrefix($0) }), word.count > 2,
               word.dropFirst(2).first?.isUppercase == true {
                out.append(apostrophe.replacingOccurrences(of: "’", with: "'"))
                out.append(String(word.dropFirst(2)))
            } else {
                out.append(word)
            }
        }
        return out
    }

    private static func key(_ word: String) -> String {
        if let ascii = asciiKey(word) { return ascii }
        let lower = word.lowercased()
        if lower == "u." || lower == "betr." { return lower }
        return String(lower.drop { $0 == "[" || $0 == "(" }.reversed().drop { $0 == "," || $0 == "]" || $0 == ")" || $0 == "." }.reversed())
    }

    /// `key` over the bytes of an ASCII word without CR (each byte one character, lower-cased by ASCII); nil otherwise.
    private static func asciiKey(_ word: String) -> String? {
        word.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var lo = 0, hi = b.count
            let whole = String(unsafeUninitializedCapacity: hi) { out in
                for k in 0..<hi { let c = b[k]; out[k] = c >= 65 && c <= 90 ? c + 32 : c }
                return hi
            }
            if whole == "u." || whole == "betr." { return whole }
            while lo < hi, b[lo] == UInt8(ascii: "[") || b[lo] == UInt8(ascii: "(") { lo += 1 }
            while hi > lo, b[hi - 1] == UInt8(ascii: ",") || b[hi - 1] == UInt8(ascii: "]") || b[hi - 1] == UInt8(ascii: ")")
                    || b[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
            if lo == 0 && hi == b.count { return whole }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi { let c = b[k]; out[k - lo] = c >= 65 && c <= 90 ? c + 32 : c }
                return hi - lo
            }
        } ?? nil
    }

    /// A normalised title without what editions and registers print after the heading: a dateline after a period,
    /// and a register's marks (a bounded number: they are few, `(No. 7.) Confidential.`). Titles only: a summary's
    /// sentences are no headings.
    static func headingClosed(_ title: String) -> String {
        var out = cuttingDatelineAfterPeriod(title)
        for _ in 0..<3 {
            guard let marked = droppingTrailingRegisterMark(out) else { break }
            out = TitleText.normalize(marked)
        }
        return out
    }

    // MARK: Datelines

    /// A heading may end with where and when the letter was written: `, Wien, 12. März 1890`,
    /// `. Arles, Sunday, 9 September 1888`. The dateline is the first comma- or period-separated part that
    /// holds a digit, with the one to three capitalised words (the place) and weekday before it.
    static func datelineCut(_ title: String) -> String {
        guard title.utf8.withContiguousStorageIfAvailable({ $0.contains(where: { (0x30...0x39).contains($0) }) })
                ?? title.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return title }
        var parts = title.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return title }
        guard let dated = parts.indices.dropFirst().first(where: { parts[$0].contains(where: \.isNumber) }) else { return title }
        var cut = dated
        while cut > 1, isPlaceOrWeekday(parts[cut - 1]) { cut -= 1 }
        parts.removeSubrange(cut...)
        return parts.joined(separator: ",").trimmingSpaces()
    }

    private static func isPlaceOrWeekday(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { word in
            guard word.first?.isUppercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." }) else { return false }
            let k = NamePhrase.wordKey(String(word))
            return !Lexicon.honorifics.contains(k) && !Lexicon.offices.contains(k) && !Lexicon.nonNameWords.contains(k)
        } && (words.count == 1 || weekdays.contains(NamePhrase.wordKey(String(words[0]))) || Gazetteer.isPlace(part.trimmingSpaces()))
    }

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    ]

    /// `To B. Arles, Sunday, 9 September 1888`, `A to B. Paris, 3 May 1845`: a heading, a period, then a dateline
    /// (a place, perhaps a weekday, a date with a digit). The period must close a word, not an initial or an
    /// abbreviation (`J. D.`, `Mr.`, `No.`, `St.`); the place must be capitalised words the lexicon does not know.
    static func cuttingDatelineAfterPeriod(_ title: String) -> String {
        let utf8 = title.utf8
        // Most titles hold no period followed by a space: ruled out over the bytes first.
        guard ByteSearch.asciiContains(title, ". ") ?? true,
              let lastDigit = utf8.lastIndex(where: { (0x30...0x39).contains($0) }),
              let lastComma = utf8.lastIndex(of: UInt8(ascii: ",")) else { return title }
        // Try the first few ". " from the left (a heading is short): the first that opens a dateline cuts.
        var search = utf8.startIndex
        var tries = 0
        while tries < 8, let dot = utf8[search...].firstIndex(of: UInt8(ascii: ".")) {
            let after = utf8.index(after: dot)
            search = after
            guard after < utf8.endIndex, utf8[after] == UInt8(ascii: " ") else { continue }
            tries += 1
            let tailStart = utf8.index(after: after)
            guard lastDigit > tailStart, lastComma > tailStart else { break }
            let lastWord = asciiWord(endingAt: dot, in: title) ?? String(title[..<dot].reversed().prefix { $0 != " " }.reversed())
            // A hyphenated or elided surname (`Kim Young-soo`, `Al-Mansouri`, `O'Brien`) closes a word as well.
            guard lastWord.count >= 2, lastWord.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }), lastWord.contains(where: \.isLowercase),
                  !abbreviations.contains(lastWord.lowercased()), !Lexicon.honorifics.contains(lastWord.lowercased()),
                  !Lexicon.givenNameAbbreviations.contains(lastWord.lowercased()) else { continue }
            let firstPart = String(title[tailStart...].prefix(80).prefix { $0 != "," })
            guard isPlaceOrWeekday(firstPart) else { continue }
            let head = String(title[..<dot])
            let lower = head.lowercased()
            guard lower.hasPrefix("to ") || lower.hasPrefix("from ") || lower.contains(" to ") else { continue }
            return head
        }
        return title
    }

    static let abbreviations: Set<String> = ["no", "nr", "st", "mt", "ft", "co", "jr", "sr", "bros", "esq", "vol", "ed"]

    /// The word before the byte `end` of `title` (back to a space), read over bytes when it, the byte at `end`
    /// and the two before it are ASCII without CR (each then one character, the space its own); nil otherwise.
    static func asciiWord(endingAt end: String.Index, in title: String) -> String? {
        let e = title.utf8.distance(from: title.utf8.startIndex, to: end)
        return title.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard e < b.count else { return nil }
            var s = e
            while s > 0, b[s - 1] != 0x20 { s -= 1 }
            for i in max(0, s - 2)...e where b[i] >= 0x80 || b[i] == 0x0D { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        } ?? nil
    }

    // MARK: Calendars' inverted names in lists

    /// `Mbeki, Thandiwe, and Nakashima, K.` → `Thandiwe Mbeki, K. Nakashima`: a calendar lists inverted names as
    /// pairs of surname and given names or initials; nil unless every item pairs up.
    static func uninvertedList(_ phrase: String) -> String? {
        let items = phrase.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: "; ", with: ", ")
            .split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard items.count >= 4, items.count % 2 == 0, items.count <= 40 else { return nil }
        var names: [String] = []
        for pair in stride(from: 0, to: items.count, by: 2) {
            guard let name = MessageGrammar.uninverted(items[pair] + ", " + items[pair + 1]) else { return nil }
            names.append(name)
        }
        return names.joined(separator: ", ")
    }

    // MARK: Editors' forms and registers' marks

    /// The form in which an edition prints a document, before `of [a|the] TYPE`: `Draft of a Letter from A to B`,
    /// `Extract of a Despatch from A to B`, `Copy of a Note from A`. The form names no one; the document is read.
    /// `Draft of a Letter from …` → `a Letter from …`: the editorial form and its `of` dropped; nil for any other opening.
    static func strippingEditorialForm(_ text: String) -> String? {
        // Precondition: a form's word first; an ASCII opening is tested over its bytes (most titles open otherwise).
        if let opening = TitleText.asciiOpeningWord(text, limit: 12), opening.utf8.count < 5 || !editorialFormSet.contains(opening) { return nil }
        let first = text.prefix(12).prefix { $0 != " " }
        guard first.count >= 5, editorialFormSet.contains(first.lowercased()) else { return nil }
        let rest = text.dropFirst(first.count)
        guard rest.lowercased().hasPrefix(" of ") else { return nil }
        return String(rest.dropFirst(4))
    }

    static let editorialFormSet = Set(editorialForms)

    static let editorialForms: [String] = ["draft", "drafts", "extract", "extracts", "abstract", "translation", "paraphrase",
                                           "duplicate", "triplicate", "précis", "precis"]

    /// Marks a register or a confidential print prints after a head, alone or in parentheses: how the document
    /// travelled and how it was classed (`(Telegraphic)`, `Confidential.`, `(Most Secret)`, `(By Bag)`).
    static let registerMarks: Set<String> = [
        "telegraphic", "confidential", "very confidential", "most confidential", "strictly confidential", "secret",
        "most secret", "top secret", "private", "private and confidential", "secret and confidential", "personal",
        "personal and secret", "cypher", "cipher", "en clair", "by bag", "by telegraph", "by post", "by hand",
        "immediate", "urgent", "important", "separate", "circular", "print", "printed", "paraphrase", "duplicate",
    ]

    static let registerMarkLastWords: Set<String> = Set(registerMarks.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// Whether a folded parenthesis (`no 123`, `telegraphic`, `no 7 confidential`) holds only a register's number and marks.
    static func isRegisterNote(_ folded: String) -> Bool {
        var words = folded.split(separator: " ").map(String.init)
        if words.count >= 2, ["no", "nos", "nr"].contains(words[0]), words[1].first?.isNumber == true { words.removeFirst(2) }
        else if words.isEmpty { return false }
        return words.isEmpty || registerMarks.contains(words.joined(separator: " "))
    }

    /// `A to B (No. 7.) Confidential.` → `A to B (No. 7.)`: a register mark printed after a head's close (a bracket,
    /// period or comma before it); nil when the title ends otherwise.
    static func droppingTrailingRegisterMark(_ title: String) -> String? {
        // Every mark ends in a word of `registerMarkLastWords`: the title's last word is looked up first.
        // (The same bytes as `utf8.reversed().drop { . or space }.prefix { not space }.prefix(16)`, found over the
        // contiguous bytes: the generic reversed views cost some thousands of instructions a title.)
        let lastWordText = title.utf8.withContiguousStorageIfAvailable { b -> String in
            var e = b.count
            while e > 0, b[e - 1] == UInt8(ascii: ".") || b[e - 1] == UInt8(ascii: " ") { e -= 1 }
            var s = e
            while s > 0, e - s < 16, b[s - 1] != UInt8(ascii: " ") { s -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        } ?? String(decoding: title.utf8.reversed().drop { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") }
            .prefix { $0 != UInt8(ascii: " ") }.prefix(16).reversed(), as: UTF8.self)
        guard registerMarkLastWords.contains(lastWordText.lowercased()) else { return nil }
        // The last few words only, read from the end (a title may be long; the marks are short).
        let words = title.suffix(80).split(separator: " ").suffix(5)
        guard words.count >= 2 else { return nil }
        for length in [3, 2, 1] where words.count > length {
            let tail = words.suffix(length).joined(separator: " ")
            guard registerMarks.contains(NameFolding.fold(tail)) else { continue }
            let before = words[words.endIndex - length - 1]
            guard let close = before.last, [")", ".", ",", "]"].contains(close),
                  let cut = title.range(of: tail, options: .backwards) else { continue }
            let head = String(title[..<cut.lowerBound]).trimmingSpaces()
            // A head of at least a sender, `to` and an addressee remains.
            guard head.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).prefix(2).count == 2 else { return nil }
            return head
        }
        return nil
    }

    // MARK: Headings of one end

    /// `To B`, `From A`, `To B and C`, `From the Board of Treasury`, `To the Secretary at War`: an edition of one
    /// person's papers names only the other end. Each person named by a full name (two words or more), or one
    /// institution or office of two words or more; a surname or a place alone (`To Mao`, `From Moscow`) is too little.
    static func isOneEndHeading(_ ends: [NameMention], printed: String = "") -> Bool {
        guard !ends.isEmpty, ends.count <= 12 else { return false }
        if ends.count == 1, ends[0].kind != .person { return ends[0].text.split(separator: " ").count >= 2 }
        // `To Major General Halloran-Fitch`, `To Colonel Ashdown`: a rank or form of address before a surname makes it a
        // person's heading (docs/letter-editions.md, "Editions' numbers, descriptions and styles").
        if ends.count == 1, ends[0].kind == .person, let first = NamePhrase.tokenize(printed).first,
           Lexicon.honorifics.contains(NamePhrase.wordKey(first)), NamePhrase.wordKey(first) != "the" {
            return true
        }
        return ends.allSatisfy { $0.kind == .person && $0.text.split(separator: " ").count >= 2 }
    }
}
