import Foundation

/// Heads of printed letter editions and papers (docs/letter-editions.md, "Editions' numbers, descriptions and
/// styles" and "A German edition's heads"): each convention is stated over a word class below and rewritten into the
/// English head the title grammar reads. Called by `TitleGrammar.readHead` before the dateline is cut.
///
/// | head | read as |
/// |---|---|
/// | `Ep. 1033. To Albert Rhenanus`, `D1234. Voltaire to B`, `Letter 12. A to B` | `To Albert Rhenanus`, `Voltaire to B` |
/// | `A to B, Friday, March 08, 1861 (Encloses letter from C to A)` | `Letter from A to B, enclosing a letter from C to A` |
/// | `A to B, Tuesday, June 03, 1862 (For the President)` | `Letter from A to B, for the President` |
/// | `To Lieut. General Sir C, K.B.` | `To Lieut. General Sir C` |
/// | `To Don Ramón Echeverri` | `To Ramón Echeverri` |
/// | `Voltaire à Frédéric II, roi de Prusse` | `Voltaire à Frédéric II` |
/// | `Erlaß an den Botschafter in London` | `To the Botschafter in London` |
/// | `Bismarck an Moltke, mit einem Brief Bismarcks an den Kronprinzen` | `Bismarck to Moltke, enclosing a Letter from Bismarck to the Kronprinz` |
/// | `Aufzeichnung des Fürsten A über eine Unterredung mit dem Grafen B` | `Conversation between A and B` |
enum EditionHeads {
    static func rewritten(_ title: String) -> String {
        guard let first = title.utf8.first else { return title }
        var out = title
        var afterNumber: String?
        if editionNumberOpenings.contains(first), let t = droppingEditionNumber(out) { out = t; afterNumber = t }
        // The rules below open on a `)` closing the head, `, ` before a capital and a stop, `Don`/`Doña`, an apposed
        // monarch's office, or a German head's `an`/`Aufzeichnung`: one scan of the bytes tells which may apply.
        let marks = Marks(out)
        if marks.closingParenthesis, let t = libraryDescription(out) { out = t }
        if marks.commaBeforeAbbreviation, let t = droppingOrdersOfKnighthood(out) { out = t }
        if marks.don, let t = droppingSpanishAddress(out) { out = t }
        if marks.commaBeforeLowercase, let t = droppingRulerOffice(out) { out = t }
        if marks.german, let t = germanEditionHead(out) { out = t }
        // A numbered head that no rule above rewrote may be a letter heading of another language without its act noun.
        // (A head the bare reader reads already, `Voltaire à Charlotte-Sophie d'Aldenburg`, is left as it is.)
        if let afterNumber, out == afterNumber, MessageGrammar.foreignLetter(out) == nil, let t = foreignHeadAfterNumber(out) { out = t }
        return out
    }

    /// The act noun and the sender's preposition each language's heading opens with (`LetterEditions.languages`), to
    /// read a numbered head that prints neither (`foreignHeadAfterNumber`).
    static let headingOpenings: [String: String] = [
        "German": "Brief von", "French": "Lettre de", "Spanish": "Carta de", "Italian": "Lettera di", "Dutch": "Brief van",
        "Portuguese": "Carta de",
    ]

    /// **Convention: an edition's number before a head in another language** — `Nr. 45. Goethe an B`, `No. 452. Napoléon
    /// au Directoire exécutif`, `No. 88. Bolívar al Congreso de Angostura`: after the number, one to four capitalised words
    /// (perhaps with a name particle), then an addressee preposition of a language of `LetterEditions.languages` (the first
    /// row that has it: `a` is read with the French row) and a capitalised word or an article, is that language's letter
    /// heading without its act noun; it is read with them (`Brief von Goethe an B`). Nil for any other head.
    static func foreignHeadAfterNumber(_ head: String) -> String? {
        let words = head.split(separator: " ")
        guard words.count >= 3, words.count <= 24, let opening = words.first, opening.first?.isUppercase == true else { return nil }
        let openingKey = opening.lowercased()
        guard !LetterEditions.allActNouns.contains(openingKey), !Lexicon.documentTypes.contains(where: { $0.phrase == openingKey }) else { return nil }
        for i in 1...min(4, words.count - 2) {
            let w = words[i].lowercased()
            if let language = LetterEditions.languages.first(where: { $0.toWords.contains(w) }) {
                let next = words[i + 1]
                guard next.first?.isUppercase == true || language.articles.contains(next.lowercased()),
                      let lead = headingOpenings[language.name] else { return nil }
                return lead + " " + head
            }
            guard words[i].first?.isUppercase == true || NamePhrase.particles.contains(String(words[i])) else { return nil }
        }
        return nil
    }

    /// **Convention: a staff office named with `General` after its function** — `the Adjutant General`, `the Surgeon
    /// General`, `the Quarter Master General`, `the Judge Advocate General`, `the Master General of the Ordnance`: after the
    /// article, one to three capitalised words that are not all ranks (`the Major General` is a rank), then `General`, then
    /// nothing or `of` and capitalised words, are one office (`General` is otherwise no word of a name).
    static func isOfficeClosedByGeneral(_ tokens: [String]) -> Bool {
        guard tokens.count >= 3, tokens.count <= 9, NamePhrase.wordKey(tokens[0]) == "the" else { return false }
        let words = tokens.dropFirst()
        let keys = words.map(NamePhrase.wordKey)
        guard let g = keys.firstIndex(of: "general"), (1...3).contains(g) else { return false }
        let before = words.prefix(g), beforeKeys = keys.prefix(g)
        guard before.allSatisfy({ $0.first?.isUppercase == true }), !beforeKeys.allSatisfy({ Lexicon.honorifics.contains($0) }) else { return false }
        let after = Array(words.dropFirst(g + 1))
        if after.isEmpty { return true }
        guard NamePhrase.wordKey(after[0]) == "of", after.count >= 2 else { return false }
        return after.dropFirst().allSatisfy { $0.first?.isUppercase == true || Lexicon.connectives.contains(NamePhrase.wordKey($0)) }
            && after.dropFirst().contains { $0.first?.isUppercase == true }
    }

    struct Marks {
        var closingParenthesis = false, commaBeforeAbbreviation = false, don = false, commaBeforeLowercase = false, german = false

        init(_ title: String) {
            let b = Array(title.utf8)
            let n = b.count
            closingParenthesis = b.last == UInt8(ascii: ")")
            for i in 0..<n {
                switch b[i] {
                case UInt8(ascii: ","):
                    guard i + 3 < n, b[i + 1] == 0x20 else { continue }
                    let next = b[i + 2]
                    if next >= 0x41, next <= 0x5A, b[i + 3] == UInt8(ascii: ".") || b[i + 3] == UInt8(ascii: "a") || b[i + 3] == UInt8(ascii: "t") {
                        commaBeforeAbbreviation = true
                    }
                    if next >= 0x61, next <= 0x7A { commaBeforeLowercase = true }
                case UInt8(ascii: "D"):
                    if i + 3 < n, b[i + 1] == UInt8(ascii: "o"), b[i + 2] == UInt8(ascii: "n") || b[i + 2] == 0xC3 || b[i + 2] == UInt8(ascii: "m"),
                       i == 0 || b[i - 1] == 0x20 { don = true }
                case UInt8(ascii: "a"):
                    // ` an `: a German head's addressee.
                    if i > 0, i + 2 < n, b[i - 1] == 0x20, b[i + 1] == UInt8(ascii: "n"), b[i + 2] == 0x20 { german = true }
                case UInt8(ascii: "A"):
                    if i == 0, title.hasPrefix("Aufzeichnung ") { german = true }
                default:
                    continue
                }
            }
        }
    }

    // MARK: An edition's letter number

    /// The words an edition prints before a letter's number (Allen's Erasmus `Ep. 1033.`, `Letter 12.`, `No. 7.`,
    /// `Nr. 45.`); Besterman's Voltaire prints `D` and the number in one word (`D1234.`).
    static let numberLeadIns: Set<String> = ["ep.", "epist.", "letter", "no.", "nr.", "lettre", "brief", "doc.", "document"]
    static let editionNumberOpenings: Set<UInt8> = [UInt8(ascii: "E"), UInt8(ascii: "L"), UInt8(ascii: "N"), UInt8(ascii: "B"), UInt8(ascii: "D")]

    /// Whether a word is a letter's number closed by its stop: one to five digits, perhaps a letter (`1033.`, `12a.`).
    static func isStoppedNumber(_ word: Substring) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let body = word.dropLast()
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        let rest = body.dropFirst(digits.count)
        return (1...5).contains(digits.count) && (rest.isEmpty || rest.count == 1 && rest.first!.isLowercase)
    }

    /// **Convention: an edition's letter number before the head** — `Ep. 1033. To B`, `Letter 12. A to B`, `No. 7. A to B`,
    /// `D1234. A to B`: a lead-in of `numberLeadIns` and a number with its stop, or `D` joined to the number, name no one;
    /// the head after it opens with a capital and is read as any head.
    static func droppingEditionNumber(_ title: String) -> String? {
        // Precondition: the number's stop closes the first word (`D1234.`) or the second (`Ep. 1033.`).
        guard firstOrSecondWordMayCloseWithStop(title) else { return nil }
        let words = title.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        var rest: Substring
        if words[0].count >= 3, words[0].first == "D", isStoppedNumber(words[0].dropFirst()) {
            rest = title[words[1].startIndex...]
        } else if words.count == 3, numberLeadIns.contains(words[0].lowercased()), isStoppedNumber(words[1]) {
            rest = words[2]
        } else {
            return nil
        }
        rest = rest.drop { $0 == " " }
        guard rest.first?.isUppercase == true else { return nil }
        return String(rest)
    }

    /// The precondition of `droppingEditionNumber`, over the bytes: whether the title's first or second word (split at
    /// spaces, as `split(separator: " ")` splits it) may close with a stop, which `isStoppedNumber` requires of the number
    /// in either form. A head whose first two words hold a byte outside ASCII passes (a space before a combining mark is
    /// no separator of characters).
    static func firstOrSecondWordMayCloseWithStop(_ title: String) -> Bool {
        var copy = title
        return copy.withUTF8 { b -> Bool in
            let n = b.count
            var i = 0
            for _ in 0..<2 {
                while i < n, b[i] == 0x20 { i += 1 }
                var last: UInt8 = 0
                while i < n, b[i] != 0x20 {
                    if b[i] >= 0x80 { return true }
                    last = b[i]
                    i += 1
                }
                if last == UInt8(ascii: ".") { return true }
            }
            // (The byte after the second word, which a combining mark could join to the space before it.)
            return i + 1 < n && b[i + 1] >= 0x80
        }
    }

    // MARK: The Library of Congress's description

    /// The verbs of an enclosure the description may open with (`Encloses letter from A to B`).
    static let enclosingVerbs: Set<String> = ["encloses", "enclosing", "enclosed", "encloses:", "enclosure:", "enclosure", "incloses", "inclosing"]
    /// The verbs of a carried message after a document word (`Telegram conveying message from A`).
    static let carryingVerbs: Set<String> = ["conveying", "transmitting", "forwarding", "relaying", "enclosing", "containing", "inclosing"]

    /// Whether a part of a dateline is the date or its weekday: a weekday of `LetterEditions.weekdays`, or words holding a
    /// digit (`March 08`, `1861`, `[July 1863]`).
    static func isDatePart(_ part: Substring) -> Bool {
        let t = part.trimmingSpaces()
        if t.isEmpty { return false }
        if LetterEditions.weekdays.contains(t.lowercased()) { return true }
        return t.contains(where: \.isNumber) && t.split(separator: " ").count <= 4
    }

    /// **Convention: the Library of Congress's description after the date** — `A to B, [WEEKDAY,] DATE (DESCRIPTION)`:
    /// the papers print a heading of two ends, the date (a weekday before it is part of it) and, in parentheses, the
    /// library's description. The description names an enclosure (`(Encloses letter from C to D)`, `(Telegram conveying
    /// message from C to D)`), a final recipient (`(For the President)`) or only the document's kind (`(Petition)`,
    /// `(Office seeking)`, `(Telegram)`); the first two are read as the gold schema's relay forms, the third names no one.
    /// A heading of one name (`Abraham Lincoln, [July 1863] (Memorandum …)`) is left as it is.
    static func libraryDescription(_ title: String) -> String? {
        guard let open = title.range(of: " (", options: .backwards) else { return nil }
        let description = title[open.upperBound..<title.index(before: title.endIndex)]
        guard !description.contains("("), !description.isEmpty else { return nil }
        var parts = title[..<open.lowerBound].split(separator: ",", omittingEmptySubsequences: false)
        var dated = false
        while parts.count > 1, let last = parts.last, isDatePart(last) {
            if last.contains(where: \.isNumber) { dated = true }
            parts.removeLast()
        }
        guard dated else { return nil }
        let head = parts.joined(separator: ",").trimmingSpaces()
        guard !TitleText.find(" to ", in: head).isEmpty else { return nil }
        let documentOpening = Lexicon.documentTypes.contains { head.lowercased().hasPrefix($0.phrase + " ") }
        let heading = documentOpening ? head : "Letter from " + head
        let words = description.split(separator: " ")
        guard let first = words.first?.lowercased() else { return heading }
        func withArticle(_ rest: ArraySlice<Substring>) -> String {
            let text = rest.joined(separator: " ")
            return ["a", "an", "the", "his", "her"].contains(rest.first?.lowercased() ?? "") ? text : "a " + text
        }
        if enclosingVerbs.contains(first), words.count > 2 {
            return heading + ", enclosing " + withArticle(words.dropFirst())
        }
        if words.count > 3, Lexicon.documentTypes.contains(where: { $0.phrase == first }), carryingVerbs.contains(words[1].lowercased()) {
            return heading + ", " + words[1].lowercased() + " " + withArticle(words.dropFirst(2))
        }
        if first == "for", words.count > 1, words[1].first?.isUppercase == true || words[1] == "the" {
            return heading + ", for " + words.dropFirst().joined(separator: " ")
        }
        return heading
    }

    // MARK: Orders of knighthood and ranks

    /// Orders of knighthood, baronetcies and post-nominal letters a British head prints after a name and a comma
    /// (`Sir Thomas Graham, K.B.`, `Sir A, G.C.B.`, `Lord B, K.G.`, `Sir C, Bart.`).
    static let ordersOfKnighthood: Set<String> = [
        "k.b.", "g.c.b.", "k.c.b.", "c.b.", "k.g.", "k.t.", "k.p.", "g.c.h.", "k.c.h.", "k.h.", "g.c.m.g.", "k.c.m.g.",
        "c.m.g.", "g.c.s.i.", "k.c.s.i.", "c.s.i.", "g.c.i.e.", "k.c.i.e.", "c.i.e.", "g.c.v.o.", "k.c.v.o.", "c.v.o.",
        "m.v.o.", "g.b.e.", "k.b.e.", "c.b.e.", "o.b.e.", "m.b.e.", "d.s.o.", "k.t.s.", "bart.", "bt.", "m.p.", "f.r.s.",
        "q.c.", "k.c.", "v.c.",
    ]

    static let longestOrderOfKnighthood = ordersOfKnighthood.map(\.utf8.count).max() ?? 0

    /// The precondition of the rules that drop a part set off by `, ` for the word it opens with (`droppingOrdersOfKnighthood`,
    /// `droppingRulerOffice`): whether a part of `title.components(separatedBy: ", ")` after the first may open with a word
    /// of `words`, read over the bytes without splitting. Each such part starts after a `, ` of the bytes; its first word (as
    /// `split(separator: " ")` gives it) starts after the spaces there and ends before the next space, and is A–Z lowered and
    /// stripped of commas at both ends (a word closing its part keeps the `,` of the next `, `). A word with a byte outside
    /// ASCII passes (Unicode lower-casing is left to the rule), as does one of the words; a longer ASCII word is none of them.
    static func opensPartAfterComma(_ title: String, withWordIn words: Set<String>, longest: Int) -> Bool {
        var copy = title
        return copy.withUTF8 { b -> Bool in
            let n = b.count
            var i = 0
            while i + 1 < n {
                guard b[i] == UInt8(ascii: ","), b[i + 1] == 0x20 else { i += 1; continue }
                var start = i + 2
                while start < n, b[start] == 0x20 { start += 1 }
                var end = start
                var ascii = true
                while end < n, b[end] != 0x20 {
                    if b[end] >= 0x80 { ascii = false }
                    end += 1
                }
                if !ascii { return true }
                var s = start, e = end
                while s < e, b[s] == UInt8(ascii: ",") { s += 1 }
                while e > s, b[e - 1] == UInt8(ascii: ",") { e -= 1 }
                if e > s, e - s <= longest {
                    let word = String(decoding: b[s..<e].lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                    if words.contains(word) { return true }
                }
                i = max(start, i + 2)
            }
            return false
        }
    }

    /// **Convention: orders of knighthood after a comma name no one** — `To Lieut. General Sir Thomas Graham, K.B.`, `Sir
    /// A, G.C.B., to B`: a part set off by commas made only of post-nominal letters (`ordersOfKnighthood`) is dropped.
    static func droppingOrdersOfKnighthood(_ title: String) -> String? {
        // Precondition: a part after `, ` opens with post-nominal letters (most titles' parts open with a name).
        guard opensPartAfterComma(title, withWordIn: ordersOfKnighthood, longest: longestOrderOfKnighthood) else { return nil }
        let parts = title.components(separatedBy: ", ")
        guard parts.count >= 2 else { return nil }
        var kept: [String] = [parts[0]]
        var dropped = false
        for part in parts.dropFirst() {
            // The part may close with the head's own words after it (`K.B., to B` keeps ` to B` on the next part).
            var words = part.split(separator: " ")
            var postNominal = 0
            while postNominal < words.count, ordersOfKnighthood.contains(words[postNominal].lowercased().trimmingCharacters(in: [","])) { postNominal += 1 }
            if postNominal > 0 {
                dropped = true
                words.removeFirst(postNominal)
                if words.isEmpty { continue }
                kept[kept.count - 1] += " " + words.joined(separator: " ")
                continue
            }
            kept.append(part)
        }
        return dropped ? kept.joined(separator: ", ") : nil
    }

    // MARK: Spanish and Portuguese forms of address

    /// `Don`, `Doña`, `Dom`, `Dona` before a given name and a surname: a form of address, dropped as `Señor` is.
    static let spanishFormsOfAddress: Set<String> = ["Don", "Doña", "Dona", "Dom", "Dón"]

    /// **Convention: `Don` before a full name** — `To Don Ramón Echeverri`: the form of address before two capitalised
    /// words (a given name and a surname) is dropped; `Don` before one word is a given name (`Don Halloran`).
    static func droppingSpanishAddress(_ title: String) -> String? {
        var words = title.split(separator: " ").map(String.init)
        var changed = false
        var i = 0
        while i + 2 < words.count {
            if spanishFormsOfAddress.contains(words[i]), words[i + 1].first?.isUppercase == true,
               words[i + 2].first?.isUppercase == true || NamePhrase.particles.contains(words[i + 2]),
               !words[i + 1].hasSuffix(","), !NamePhrase.isInitials(words[i + 1]) {
                words.remove(at: i)
                changed = true
                continue
            }
            i += 1
        }
        return changed ? words.joined(separator: " ") : nil
    }

    // MARK: A monarch's office in apposition

    /// The offices of rulers an edition sets after a monarch's name (`Frédéric II, roi de Prusse`, `George III, King of
    /// Great Britain`, `Catherine II, impératrice de Russie`), in English, French and German.
    static let rulerOffices: Set<String> = [
        "roi", "reine", "empereur", "impératrice", "king", "queen", "emperor", "empress", "elector", "electress", "duke",
        "duchess", "duc", "duchesse", "prince", "princesse", "princess", "tsar", "tsarina", "czar", "czarina", "könig",
        "königin", "kaiser", "kaiserin", "kurfürst", "herzog", "herzogin", "landgrave", "margrave", "grand-duc",
        "grand-duchesse", "stadtholder", "stathouder", "pope", "pape",
    ]
    static let rulerOfWords: Set<String> = ["de", "d'", "du", "des", "of", "von", "la"]
    static let longestRulerOffice = rulerOffices.map(\.utf8.count).max() ?? 0

    /// **Convention: a ruler's office in apposition** — `Voltaire à Frédéric II, roi de Prusse`, `A to George III, king of
    /// Great Britain`: after a name and a comma, an office of `rulerOffices` and `de|of|von` with the realm describe the
    /// name (gold schema: offices are no part of names), to the end of the head or the next comma.
    static func droppingRulerOffice(_ title: String) -> String? {
        // Precondition: a part after `, ` opens with a ruler's office (`, transmitting`, `, for` open none).
        guard opensPartAfterComma(title, withWordIn: rulerOffices, longest: longestRulerOffice) else { return nil }
        let parts = title.components(separatedBy: ", ")
        guard parts.count >= 2 else { return nil }
        var kept: [String] = [parts[0]]
        var dropped = false
        for part in parts.dropFirst() {
            let words = part.split(separator: " ")
            if words.count >= 3, words.count <= 6, words[0].first?.isLowercase == true, rulerOffices.contains(words[0].lowercased()),
               rulerOfWords.contains(words[1].lowercased()) || words[1].lowercased().hasPrefix("d'"),
               words.dropFirst(2).allSatisfy({ $0.first?.isUppercase == true || rulerOfWords.contains($0.lowercased()) || $0 == "and" }),
               kept.last?.split(separator: " ").last?.first?.isUppercase == true {
                dropped = true
                continue
            }
            kept.append(part)
        }
        return dropped ? kept.joined(separator: ", ") : nil
    }

    // MARK: A German edition's heads

    /// Document words a German edition (Bismarck's, the Große Politik) opens a head with: the document, never its sender.
    static let germanDocumentWords: Set<String> = [
        "erlaß", "erlass", "runderlaß", "runderlass", "bericht", "immediatbericht", "telegramm", "weisung", "depesche",
        "instruktion", "schreiben", "privatschreiben", "brief", "privatbrief", "note", "denkschrift", "promemoria", "votum",
        "immediateingabe", "handschreiben",
    ]
    /// Titles of rulers and of the nobility in the cases the heads use (`an König Wilhelm I.`, `des Fürsten Bismarck`, `mit
    /// dem Grafen B`, `Freiherrn von C`): dropped before a name, as English ranks are; alone (`an den Kronprinzen`), the
    /// title is the addressee, named in the nominative (`germanTitleNominatives`).
    static let germanTitles: Set<String> = [
        "könig", "königs", "königin", "kaiser", "kaisers", "kaiserin", "kronprinz", "kronprinzen", "kronprinzessin", "prinz",
        "prinzen", "prinzessin", "prinzregent", "prinzregenten", "großherzog", "großherzogs", "grossherzog", "herzog",
        "herzogs", "erzherzog", "erzherzogs", "fürst", "fürsten", "fürstin", "graf", "grafen", "gräfin", "freiherr",
        "freiherrn", "freifrau", "baron", "barons", "baronin", "kurfürst", "kurfürsten", "markgraf", "markgrafen",
        "landgraf", "landgrafen", "papst", "kardinal",
        // (The Eastern-bloc comrade, a form of address in every case, as `Comrade` is: `Aufzeichnung des Genossen A über …`.)
        "genosse", "genossen", "genossin",
    ]
    static let germanTitleNominatives: [String: String] = [
        "kronprinzen": "Kronprinz", "prinzen": "Prinz", "prinzregenten": "Prinzregent", "fürsten": "Fürst", "grafen": "Graf",
        "freiherrn": "Freiherr", "kurfürsten": "Kurfürst", "markgrafen": "Markgraf", "landgrafen": "Landgraf",
        "königs": "König", "kaisers": "Kaiser", "herzogs": "Herzog", "großherzogs": "Großherzog", "erzherzogs": "Erzherzog",
    ]
    /// Words of a German conversation a record (`Aufzeichnung`) is about.
    static let germanRecordNouns: Set<String> = ["aufzeichnung", "notiz", "niederschrift", "vermerk", "protokoll"]

    static func key(_ word: Substring) -> String { word.lowercased().trimmingCharacters(in: [",", ";", ":"]) }

    static let regnalNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"]

    /// One end of a German head, in the English the grammar reads: articles, lower-case adjectives, offices and titles
    /// before a name dropped, a regnal number's stop dropped (`Wilhelm I.` → `Wilhelm I`), a name's genitive `-s` dropped
    /// (`Bismarcks`); an office with its posting and no name (`den Botschafter in London`) is the office as printed; a
    /// title alone (`den Kronprinzen`) is the title in the nominative; the holder set off after an office (`den Gesandten
    /// in München, Freiherrn von X`) is the end.
    static func germanEnd(_ text: Substring) -> String? {
        // The holder in apposition: the last comma's part, when it holds a name.
        let parts = text.split(separator: ",").map { $0.trimmingSpaces() }
        if parts.count == 2, let holder = germanNamed(parts[1].split(separator: " ")), holder.count >= 1 { return holder.joined(separator: " ") }
        guard parts.count == 1 else { return nil }
        let words = parts[0].split(separator: " ")
        if let named = germanNamed(words) { return named.joined(separator: " ") }
        // No name: an office (with its posting) or a title alone, without its article and adjectives.
        var rest = words.drop { ForeignDiplomaticHeads.germanArticles.contains(key($0)) || $0.first?.isLowercase == true }
        guard let head = rest.first else { return nil }
        if rest.count == 1, let nominative = germanTitleNominatives[key(head)] { return nominative }
        if germanTitles.contains(key(head)) || ForeignDiplomaticHeads.germanOffices.contains(key(head)) {
            rest = rest.prefix(4)
            return "the " + rest.joined(separator: " ")
        }
        return nil
    }

    /// The name in a run of German words after its article, adjectives, offices and titles (`dem russischen Botschafter Grafen
    /// Schuwalow` → `Schuwalow`, `Freiherrn von X` → `von X`, `König Wilhelm I.` → `Wilhelm I`), or nil when no capitalised word
    /// that is no office, title or article is left.
    static func germanNamed(_ words: [Substring]) -> [String]? {
        var rest = ArraySlice(words)
        while let w = rest.first, !ForeignDiplomaticHeads.germanStops.contains(key(w)),
              ForeignDiplomaticHeads.germanArticles.contains(key(w)) || w.first?.isLowercase == true && !ForeignDiplomaticHeads.particles.contains(key(w))
                || germanTitles.contains(key(w)) || ForeignDiplomaticHeads.germanOffices.contains(key(w)) {
            rest = rest.dropFirst()
        }
        guard let first = rest.first, first.first?.isUppercase == true || ForeignDiplomaticHeads.particles.contains(key(first)) else { return nil }
        var out: [String] = []
        for w in rest {
            let k = key(w)
            if k == "in" || k == "im" || k == "über" || k == "betreffend" { break }
            guard w.first?.isUppercase == true || ForeignDiplomaticHeads.particles.contains(k) else { return nil }
            if ForeignDiplomaticHeads.germanOffices.contains(k) || germanTitles.contains(k) || Lexicon.institutionHeads.contains(k) { return nil }
            var word = String(w)
            if word.hasSuffix("."), regnalNumerals.contains(String(word.dropLast())), !out.isEmpty { word.removeLast() }
            out.append(word)
        }
        guard out.contains(where: { $0.first?.isUppercase == true }) else { return nil }
        return out
    }

    /// **Convention: a German edition's head** (Bismarck's Gesammelte Werke, the Große Politik): `DOCUMENT an B` (a
    /// document word of `germanDocumentWords`, the collection's author implied: one end), `A an B`, then perhaps `, durch
    /// [den] C` (C relays it: `via`) and `, mit einem|einer DOCUMENT des|der|von A2 an B2` or `DOCUMENT A2s an B2` (a message
    /// carried: the gold schema's relay rule); `Aufzeichnung des A über eine Unterredung|ein Gespräch mit B` is A's talk with B.
    /// Titles of rulers and nobles in their cases (`germanTitles`) and offices (`germanOffices`) before a name are dropped.
    /// Nil when the head is none of these, or when a plain `A an B` carries neither a relay, an enclosure nor a title
    /// (`ForeignDiplomaticHeads` and `LetterEditions` read those).
    static func germanEditionHead(_ title: String) -> String? {
        let words = title.split(separator: " ")
        guard let firstWord = words.first else { return nil }
        // A record of a talk by its author.
        if germanRecordNouns.contains(key(firstWord)) {
            guard words.count > 4, ["des", "der"].contains(key(words[1])),
                  let about = words.firstIndex(where: { key($0) == "über" }), about > 2, about + 3 < words.count,
                  ["eine", "ein", "die", "das", "seine", "ihre"].contains(key(words[about + 1])),
                  ForeignDiplomaticHeads.germanTalkNouns.contains(key(words[about + 2])),
                  let mit = words[(about + 3)...].firstIndex(where: { key($0) == "mit" }), mit + 1 < words.count,
                  let author = germanNamed(Array(words[2..<about])),
                  let other = germanNamed(Array(words[(mit + 1)...])) else { return nil }
            return "Conversation between " + author.joined(separator: " ") + " and " + other.joined(separator: " ")
        }
        guard let an = words.firstIndex(where: { $0 == "an" }), an > 0,
              // An English function word marks an English title (`Translation of an Article by Baron A`).
              !words.contains(where: { ForeignDiplomaticHeads.englishFunctionWords.contains(String($0)) }) else { return nil }
        let documentFirst = an == 1 && germanDocumentWords.contains(key(firstWord))
        // The rest after the addressee: `, durch …`, `, mit einem …`.
        let afterAn = title[words[an].endIndex...]
        var addressee = afterAn
        var via: String?
        var carried: String?
        let clauses = afterAn.components(separatedBy: ", ")
        var kept: [String] = []
        for (i, clause) in clauses.enumerated() {
            let cw = clause.split(separator: " ")
            guard i > 0, let lead = cw.first.map(key) else { kept.append(clause); continue }
            if lead == "durch", cw.count >= 2 {
                let relay = cw.dropFirst().drop { ForeignDiplomaticHeads.germanArticles.contains(key($0)) }
                guard relay.first?.first?.isUppercase == true else { return nil }
                // `durch den Chef des Zivilkabinetts`: an office with its unit in the genitive is the office as printed.
                let relayWords = Array(relay)
                if relayWords.count >= 3, ForeignDiplomaticHeads.germanOffices.contains(key(relayWords[0])),
                   ["des", "der"].contains(key(relayWords[1])), relayWords[2].first?.isUppercase == true {
                    via = "the " + relayWords.joined(separator: " ").trimmingCharacters(in: [".", ","])
                    continue
                }
                // `durch den Grafen C`: the relay's title goes as the ends' do; an office alone stays as printed.
                via = germanNamed(Array(relay)).map { $0.joined(separator: " ") } ?? "the " + relay.joined(separator: " ").trimmingCharacters(in: [".", ","])
                continue
            }
            if lead == "mit", cw.count >= 4, ["einem", "einer", "dem", "der"].contains(key(cw[1])) {
                carried = germanCarried(Array(cw.dropFirst(2)))
                guard carried != nil else { return nil }
                continue
            }
            if !kept.isEmpty, via == nil, carried == nil { kept.append(clause); continue }
            return nil
        }
        addressee = Substring(kept.joined(separator: ", "))
        let titled = addressee.split(separator: " ").contains { germanTitles.contains(key($0)) } || title[..<words[an].startIndex].split(separator: " ").contains { germanTitles.contains(key($0)) }
        guard documentFirst || via != nil || carried != nil || titled else { return nil }
        // `Brief an B von A`: a letter heading with its sender after `von` (`LetterEditions`), unless a title owns the `von`
        // (`Freiherrn von C`).
        let addresseeWords = addressee.split(separator: " ")
        if documentFirst, let von = addresseeWords.firstIndex(where: { $0 == "von" || $0 == "vom" }), von > 0,
           !germanTitles.contains(key(addresseeWords[von - 1])) { return nil }
        guard let to = germanEnd(addressee) else { return nil }
        var head: String
        if documentFirst {
            head = "To " + to
        } else {
            guard let from = germanNamed(Array(words[..<an])) else { return nil }
            head = (carried != nil ? "Letter from " : "") + from.joined(separator: " ") + " to " + to
        }
        if let via { head += " [via \(via)]" }
        if let carried { head += ", enclosing a Letter from " + carried }
        return head
    }

    /// `Schreiben des Botschafters Grafen A an B` → `A to B`; `Brief Bismarcks an den Kronprinzen` → `Bismarck to the
    /// Kronprinz`: the carried document's author (after `des|der|von`, or a name in the genitive) and its addressee.
    static func germanCarried(_ words: [Substring]) -> String? {
        guard let document = words.first, germanDocumentWords.contains(key(document)) || document.first?.isUppercase == true,
              let an = words.firstIndex(where: { $0 == "an" }), an >= 2 else { return nil }
        let authorWords = Array(words[1..<an])
        guard var author = germanNamed(authorWords), let to = germanEnd(Substring(words[(an + 1)...].joined(separator: " "))) else { return nil }
        // `Brief Bismarcks`: a surname alone after the document word is in the genitive.
        if author.count == 1, authorWords.count == 1, let w = author.first, w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") {
            author[0] = String(w.dropLast())
        }
        return author.joined(separator: " ") + " to " + to
    }
}
