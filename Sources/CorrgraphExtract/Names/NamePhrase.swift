/// The grammar of a phrase naming correspondents: lists (`A, B, and C`), forms of address and
/// offices (`Cde.`, `Soviet Ambassador to China`), appositions (`Chen Yi, Deputy Premier …`),
/// editorial brackets (`V[yacheslav] I. Kochemassov`, `[Richard] Dixon`), cover names in
/// brackets (`Filippov [Stalin]`), institutions and offices without a name.
///
/// ```swift
/// NamePhrase.parse("Cde. Filippov [Stalin] and Zhou Enlai")
/// // [NameMention("Filippov", bracketed: "Stalin"), NameMention("Zhou Enlai")]
/// ```
public enum NamePhrase {
    /// Parses a list of correspondents. Items that name nobody ("Others", a date) are dropped;
    /// an office in apposition to a named person is folded into that person.
    public static func parse(_ phrase: String) -> [NameMention] {
        TextCache.current.parsedPhrase(phrase, parsePhrase)
    }

    static func parsePhrase(_ phrase: String) -> [NameMention] {
        // **Convention: a name never runs across a colon or a spaced dash.** What follows a colon or a dash between
        // spaces is a subtitle or a new clause (`to Liu Wenbo: Petrov thanks him`, `to Kim — Excerpt`), not more of the
        // name before it. A part before it that names no one (a label, `To: Kim`) leaves the phrase whole.
        if let cut = beforeColon(phrase) ?? beforeSpacedDash(phrase) {
            let named = parsePhrase(cut)
            if !named.isEmpty { return named }
        }
        let items = splitList(phrase)
        var mentions = items.map { parseItem($0.text) }
        // "Martin Luther King, Jr.": a generation after the comma belongs to the name.
        for i in mentions.indices.dropFirst() where items[i].afterComma
            && ["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"].contains(items[i].text.lowercased()) {
            if let person = mentions[i - 1], person.kind == .person {
                mentions[i - 1] = NameMention(text: person.text + " " + items[i].text, kind: .person, office: person.office)
            }
            mentions[i] = nil
        }
        // "Mr and Mrs Hans Becker", "Dr. and Mrs. Li": a form of address alone before `and` and another one with a
        // name shares that name — two people, the wife marked by her form of address (`FormsOfAddress.markingAnotherPerson`).
        for i in mentions.indices.dropLast() where !items[i + 1].afterComma {
            let words = tokenize(items[i].text)
            guard !words.isEmpty, words.allSatisfy({ Lexicon.honorifics.contains(wordKey($0)) }),
                  let partner = mentions[i + 1], partner.kind == .person, partner.office != nil else { continue }
            mentions[i] = NameMention(text: partner.text, kind: .person, office: items[i].text)
        }
        for (i, name) in sharingFamilyName(items: items, mentions: mentions) {
            // "Mrs. Greta and Mr. Hans Vogel": a form of address that marks a wife stays with her name.
            let marking = mentions[i]?.office.flatMap { o in tokenize(o).contains { FormsOfAddress.markingAnotherPerson.contains(wordKey($0)) } ? o : nil }
            mentions[i] = NameMention(text: name, kind: .person, office: marking)
        }
        // "the Deputy Harbourmaster, Eastern Roads": a unit set off by a comma after a post belongs to the post.
        for i in mentions.indices.dropLast() where items[i + 1].afterComma && isUnitOfPost(items[i + 1].text) {
            guard let post = mentions[i], isPostBeforeUnit(post, item: items[i].text, after: i > 0 ? mentions[i - 1] : nil) else { continue }
            mentions[i] = NameMention(text: (post.kind == .office ? post.text : OfficeHeads.droppingArticle(items[i].text)) + ", " + items[i + 1].text, kind: .office)
            mentions[i + 1] = nil
        }
        // "Darwin, C. R.": a catalogue's inverted name, the initials after the comma.
        for i in mentions.indices.dropFirst() where items[i].afterComma {
            let initials = items[i].text.split(separator: " ")
            if !initials.isEmpty, initials.allSatisfy({ isInitials(String($0)) }), let surname = mentions[i - 1],
               surname.kind == .person, !surname.text.contains(" ") {
                mentions[i - 1] = NameMention(text: items[i].text + " " + surname.text, kind: .person)
                mentions[i] = nil
            }
        }
        // "the Peoples of Asia and Africa": a place joined to the complement of a class of people continues it.
        for i in mentions.indices.dropFirst() where !items[i].afterComma && mentions[i]?.kind == .institution && Gazetteer.isPlace(items[i].text) {
            let previous = tokenize(items[i - 1].text)
            if isClassOfPeople(previous), previous.contains(where: { wordKey($0) == "of" }) { mentions[i] = nil }
        }
        // "Australian Delegation, United Nations, New York": a delegation, the body where it sits and the city are one end.
        for i in mentions.indices.dropLast() where items[i + 1].afterComma {
            guard let mission = mentions[i], mission.kind == .institution, isMissionHeaded(items[i].text) else { continue }
            // "the Canadian Delegation, Geneva": a city alone after a delegation is where it sits or met, no correspondent.
            if Gazetteer.isPlace(items[i + 1].text) {
                mentions[i + 1] = nil
                continue
            }
            guard isSeatOfMission(items[i + 1].text) else { continue }
            var text = mission.text + ", " + items[i + 1].text
            mentions[i + 1] = nil
            if i + 2 < items.count, items[i + 2].afterComma, Gazetteer.isPlace(items[i + 2].text) {
                text += ", " + items[i + 2].text
                mentions[i + 2] = nil
            }
            mentions[i] = NameMention(text: text, kind: .institution)
        }
        // "Romanian Embassy, Beijing": an institution followed by its city is one institution; a
        // delegation's city is where it met ("a Yugoslavian Delegation, Beijing, September 1956").
        for i in mentions.indices.dropFirst() where items[i].afterComma {
            if let place = mentions[i], place.kind == .institution, Gazetteer.isPlace(place.text),
               let inst = mentions[i - 1], inst.kind == .institution, !Gazetteer.isPlace(inst.text),
               !NameFolding.fold(inst.text).contains("delegation") {
                mentions[i - 1] = NameMention(text: "\(inst.text) in \(place.text)", kind: .institution)
                mentions[i] = nil
            }
        }
        // "Chief, Soviet Russia Division", "Chief of Station, Vienna": an office and the unit it heads (`ArchiveHeads.officeAndUnit`).
        for i in mentions.indices.dropFirst() where items[i].afterComma {
            if mentions[i - 1] != nil, let unit = mentions[i], unit.kind != .person,
               let merged = ArchiveHeads.officeAndUnit(officeText: items[i - 1].text, unitText: items[i].text.trimmingSpaces()) {
                mentions[i - 1] = merged
                mentions[i] = nil
            }
        }
        // Descriptions stand next to a named person: offices, institutions and places set off by commas
        // after the name ("Chen Yi, Deputy Premier …", "L.D. Wilgress, Canadian Embassy, Moscow"), or
        // before a name that follows a comma ("the Foreign Minister of Holland, Joseph Luns"), including
        // a run of them joined by "and" ("the Chairman of the CC and the Politburo …, Mao Zedong").
        var drop = [Bool](repeating: false, count: items.count)
        for (i, mention) in mentions.enumerated() {
            guard let mention, mention.kind == .person else { continue }
            var j = i + 1
            while j < items.count, items[j].afterComma || (j > i + 1 && drop[j - 1]) {
                guard let m = mentions[j], m.kind != .person, m.bracketed == nil, !isMemberOfSeries(items, mentions, at: j) else { break }
                drop[j] = true
                j += 1
            }
            if items[i].afterComma {
                var k = i - 1
                while k >= 0, let m = mentions[k], m.kind != .person {
                    if m.kind == .institution && !(k + 1 < items.count && items[k + 1].afterComma) && k == i - 1 { break }
                    if isMemberOfSeries(items, mentions, at: k) { break }
                    drop[k] = true
                    // "Chairman of X, Deputy Chairman of Y, Jan Novak": stacked offices before the name all describe it.
                    if k == 0 || items[k].afterComma && mentions[k - 1]?.kind != .office { break }
                    k -= 1
                }
            }
        }
        // "Head, Deputy Head, and Key Members of the Cultural Group": offices coordinated over one body, no one
        // named, stand for that body.
        if mentions.count >= 2, let body = coordinatedBody(items: items, mentions: mentions) { return [body] }
        var result: [NameMention] = []
        for (i, entry) in mentions.enumerated() where !drop[i] {
            guard var mention = entry else { continue }
            // "Polish Embassy in Havana (Jeleń)": the institution and its signer both act.
            if mention.kind == .institution, let signer = mention.bracketed {
                mention.bracketed = nil
                result.append(mention)
                result.append(NameMention(text: signer, kind: .person))
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// **Convention: a ruler's title that is a given name too marks a ruler before an Arabic name** (`Emir Faisal bin Rakan
    /// al-Hadhari`, `Sultan Qasim ibn Said`): `Emir`, `Amir`, `Sultan` before a capitalised name that holds a mark of an
    /// Arabic name (`bin`, `ibn`, `bint`, `ben`, or a hyphened article: `al-Hadhari`) is the title, dropped as `Sheikh` is;
    /// before another name (`Emir Kovač`, `Sultan Ahmedov`) it stays a given name.
    static let rulerTitlesAlsoGivenNames: Set<String> = ["emir", "amir", "sultan"]
    static let princelyRanks: Set<String> = ["duke", "archduke", "elector", "margrave", "landgrave", "duchess", "archduchess",
                                             "electress", "margravine", "landgravine"]
    static let arabicNameMarks: Set<String> = ["bin", "ibn", "bint", "ben"]

    /// **Convention: an institution with its article in a series is a member** (`A, the Chinese Embassy and B`, `the Polish
    /// Embassy, A, and B`): in a list of three items or more closed by `and` (or `, and`), an institution printed with its
    /// article is a correspondent of its own, not a description of the person beside it. (A description is an office —
    /// `A, the Soviet Ambassador, and B` — or an affiliation printed bare: `A, Canadian Embassy, Moscow`.)
    static func isMemberOfSeries(_ items: [ListItem], _ mentions: [NameMention?], at k: Int) -> Bool {
        guard items.count >= 3, mentions[k]?.kind == .institution, items[k].text.lowercased().hasPrefix("the "),
              let last = items.indices.last, !items[last].afterComma, mentions[last] != nil, last > k else { return false }
        return true
    }

    /// The phrase before its first colon that ends a clause (a colon and a space, or the end, outside brackets); nil
    /// when there is none. A colon between digits (`10:30`) ends nothing.
    static func beforeColon(_ phrase: String) -> String? {
        guard ByteSearch.holds(UInt8(ascii: ":"), in: phrase) else { return nil }
        return before(phrase) { _, c, next in c == ":" && (next == nil || next == " ") }
    }

    /// The phrase before its first dash set off by spaces (` - `, ` – `, ` — `), outside brackets; nil when there is none.
    /// A hyphen inside a name (`Park Min-ho`, `al-Masri`) has no spaces and ends nothing.
    static func beforeSpacedDash(_ phrase: String) -> String? {
        // A hyphen's byte, or the lead byte of an en or em dash: most phrases hold neither and are not walked.
        guard ByteSearch.holds(UInt8(ascii: "-"), in: phrase) || ByteSearch.holds(0xE2, in: phrase) else { return nil }
        return before(phrase) { previous, c, next in (c == "-" || c == "–" || c == "—") && previous == " " && next == " " }
    }

    /// The trimmed phrase before the first character outside brackets at which `breaks(previous, character, next)`
    /// holds; nil when there is none or nothing stands before it. One pass over the characters.
    private static func before(_ phrase: String, breakingAt breaks: (Character, Character, Character?) -> Bool) -> String? {
        var depth = 0
        var previous: Character = "x"
        var index = phrase.startIndex
        while index < phrase.endIndex {
            let c = phrase[index]
            if c == "[" || c == "(" { depth += 1 }
            if c == "]" || c == ")" { depth = max(0, depth - 1) }
            let next = phrase.index(after: index)
            if depth == 0, breaks(previous, c, next < phrase.endIndex ? phrase[next] : nil) {
                let cut = TitleText.trimmed(String(phrase[..<index]))
                return cut.isEmpty ? nil : cut
            }
            previous = c
            index = next
        }
        return nil
    }

    /// **Convention: given names before `and` share the family name after it** (`Hans and Greta Vogel`, `Karl, Ilse and
    /// Werner Brandt`): items of one given name each (`Lexicon.givenNames`), the last joined by `and` to a full name that
    /// opens with a given name, are people of that family name. A word the class does not know (`Volkov and Olga
    /// Smirnova`, `Kim and Park Chung-su`), an office (`Ambassador Hans and Greta Vogel`), or a full name that opens
    /// otherwise leaves the items as printed; a form of address before any of them (`Mr. Hans and Mrs. Greta Vogel`) does not. Returns each
    /// item's index and its completed name.
    static func sharingFamilyName(items: [ListItem], mentions: [NameMention?]) -> [(Int, String)] {
        guard items.count >= 2 else { return [] }
        // A form of address may stand before each (`Mr. Hans and Mrs. Greta Vogel`); an office may not.
        func bareName(_ i: Int) -> [String]? {
            guard let m = mentions[i], m.kind == .person, m.bracketed == nil,
                  m.office.map({ tokenize($0).allSatisfy { Lexicon.honorifics.contains(wordKey($0)) } }) ?? true else { return nil }
            return tokenize(m.text)
        }
        var shared: [(Int, String)] = []
        for j in items.indices.dropFirst() where !items[j].afterComma {
            guard let full = bareName(j), let first = full.first, Lexicon.isGivenName(first),
                  // The family name: the words after the given names, capitalised or a particle (`von Vogel`).
                  let familyStart = full.firstIndex(where: { !Lexicon.isGivenName($0) }),
                  full[familyStart...].allSatisfy({ $0.first?.isUppercase == true || particles.contains(wordKey($0)) }),
                  full[familyStart...].contains(where: { $0.first?.isUppercase == true }) else { continue }
            let family = full[familyStart...].joined(separator: " ")
            var k = j - 1
            while k >= 0, let given = bareName(k), given.count == 1, Lexicon.isGivenName(given[0]),
                  tokenize(items[k].text).filter({ !Lexicon.honorifics.contains(wordKey($0)) }).count == 1 {
                // Further given names may be listed before it with commas (`Karl, Ilse and Werner Brandt`).
                shared.append((k, given[0] + " " + family))
                k -= 1
            }
        }
        return shared
    }

    /// **Convention: a unit set off by a comma after a post belongs to the post** (`the Deputy Harbourmaster, Eastern Roads`,
    /// `the Commander, Southern Task Force`): capitalised words that open with a word that is never a name (`Eastern`,
    /// `Southern`, `Joint`, `Central`), holding no office, no institution head and no given name, and no place alone; five
    /// words at most. It names no one; with the post it is one office as printed.
    static func isUnitOfPost(_ text: String) -> Bool {
        let tokens = tokenize(text)
        guard (1...5).contains(tokens.count), let first = tokens.first, first.first?.isUppercase == true,
              Lexicon.nonNameWords.contains(wordKey(first)), !Gazetteer.isPlace(text) else { return false }
        return tokens.allSatisfy { token in
            let k = wordKey(token)
            if ["of", "the", "and", "for"].contains(k) { return true }
            return token.first?.isUppercase == true && !Lexicon.offices.contains(k) && !strongOffices.contains(k)
                && !Lexicon.institutionHeads.contains(k) && !Lexicon.isGivenName(token) && !Lexicon.honorifics.contains(k)
        }
    }

    /// **Convention: a delegation or mission and where it sits** (`Australian Delegation, United Nations, New York`,
    /// `the Polish Mission, UN, Geneva`): after an item headed by a delegation or mission, a body of states set off by a
    /// comma (capitalised words holding `Nations`, `Assembly`, `Council`, `Conference`, `UN` …: `OfficeHeads.bodiesOfStates`,
    /// `OfficeHeads.postingBodies`), and a place after that, are where the one end sits, not further correspondents.
    static func isSeatOfMission(_ text: String) -> Bool {
        let tokens = tokenize(text)
        guard (1...6).contains(tokens.count), tokens.first?.first?.isUppercase == true else { return false }
        let keys = tokens.map(wordKey)
        // (`Regarding the Conference` is a subject: a lower-case word of the lexicon opens no seat.)
        return tokens.allSatisfy { Lexicon.connectives.contains(wordKey($0)) || $0.first?.isUppercase == true && !Lexicon.lowercaseWords.contains(wordKey($0)) }
            && keys.contains { OfficeHeads.bodiesOfStates.contains($0) || OfficeHeads.postingBodies.contains($0) || ["un", "nato"].contains($0) }
            && !keys.contains { Lexicon.offices.contains($0) && !["general", "security", "permanent"].contains($0) || Lexicon.isGivenName($0) }
    }

    /// Whether an item's head (its last word) is a delegation or mission (`isSeatOfMission`).
    static func isMissionHeaded(_ item: String) -> Bool {
        tokenize(item).last.map { ["delegation", "delegations", "mission", "missions"].contains(wordKey($0)) } ?? false
    }

    /// Whether the comma before `next` continues a delegation's seat: the body after the delegation, or the place after both.
    static func continuesSeatOfMission(before: String, next: String) -> Bool {
        let items = splitList(before)
        guard let last = items.last else { return false }
        if isMissionHeaded(last.text) { return isSeatOfMission(next) }
        return items.count >= 2 && last.afterComma && isSeatOfMission(last.text) && isMissionHeaded(items[items.count - 2].text)
            && Gazetteer.isPlace(next)
    }

    /// A post before its unit: an office alone, or — right after a named person, whose apposition it is — one word the
    /// lexicon does not know, perhaps after grades (`Li Wenbo, Harbourmaster, Eastern Roads`), that is no given name.
    static func isPostBeforeUnit(_ post: NameMention, item: String, after previous: NameMention?) -> Bool {
        if post.kind == .office { return true }
        // "the Harbourmaster, Eastern Roads": the article marks one word the lexicon does not know as a post.
        let printed = tokenize(item)
        if post.kind == .person, post.bracketed == nil, printed.count >= 2, wordKey(printed[0]) == "the",
           isGradedPost(printed.dropFirst().joined(separator: " ")) || printed.count == 2 && !Lexicon.isGivenName(printed[1]) {
            return true
        }
        guard post.kind == .person, post.bracketed == nil, let previous, previous.kind == .person,
              tokenize(previous.text).count >= 2 else { return false }
        let words = tokenize(item)
        guard let last = words.last, !Lexicon.isGivenName(last),
              words.dropLast().allSatisfy({ OfficeWords.rankModifiers.contains(wordKey($0)) }) else { return false }
        return true
    }

    /// `Chief Pilot`, `Acting Warden`: grades (`OfficeWords.rankModifiers`) before one capitalised word that is no given name,
    /// a post the lexicon does not know; before a unit it is no person (`Chief Pilot, Central Sector`).
    static func isGradedPost(_ text: String) -> Bool {
        let words = tokenize(text)
        guard words.count >= 2, let last = words.last, last.first?.isUppercase == true, !Lexicon.isGivenName(last) else { return false }
        return words.dropLast().allSatisfy { OfficeWords.rankModifiers.contains(wordKey($0)) }
    }

    /// Whether the last item of a phrase is a post that a unit may follow (`isPostBeforeUnit`).
    static func endsWithPost(_ phrase: String) -> Bool {
        let items = splitList(phrase)
        guard let last = items.last, let post = parseItem(last.text) else { return false }
        return isPostBeforeUnit(post, item: last.text, after: items.count >= 2 && last.afterComma ? parseItem(items[items.count - 2].text) : nil)
    }

    /// The body of `OFFICE, OFFICE, and OFFICE of BODY` when every item is an office and only the last has
    /// the body's complement; nil otherwise.
    static func coordinatedBody(items: [ListItem], mentions: [NameMention?]) -> NameMention? {
        guard mentions.dropLast().allSatisfy({ $0?.kind == .office }), let last = items.last,
              items.dropLast().allSatisfy({ tokenize($0.text).allSatisfy { !["of", "for", "in"].contains($0.lowercased()) } }),
              ByteSearch.mayContainCaseInsensitive(last.text, " of "), let of = last.text.range(of: " of ", options: .caseInsensitive),
              tokenize(String(last.text[..<of.lowerBound])).allSatisfy({ isOfficeOfBodyWord(wordKey($0)) }) else { return nil }
        var body = String(last.text[of.upperBound...]).trimmingSpaces()
        for article in ["the ", "The "] where body.hasPrefix(article) { body.removeFirst(article.count) }
        guard tokenize(body).contains(where: { Lexicon.institutionHeads.contains(wordKey($0)) }),
              case .institution(let name) = analyse(tokenize(body)) else { return nil }
        return NameMention(text: name, kind: .institution)
    }

    /// Words of an office held in a body, as coordinated offices print them ("the Head", "Key Members").
    static func isOfficeOfBodyWord(_ key: String) -> Bool {
        Lexicon.offices.contains(key) || strongOffices.contains(key) || pluralGroups.contains(key)
            || ["the", "key", "leading", "senior", "other"].contains(key)
    }

    /// A list item with whether a comma (rather than a bare "and") separated it from the previous one.
    struct ListItem {
        var text: String
        var afterComma: Bool
    }

    /// Splits at top-level commas, `and`, `&` (not inside brackets or quotes).
    static func splitList(_ phrase: String) -> [ListItem] {
        // Most phrases are one item: an ASCII phrase with no `,` `;` `&` and no " and " or " or " has no
        // separator for the loop below to find, which would rebuild it character by character.
        if !hasListSeparator(phrase) {
            let trimmed = TitleText.trimmed(phrase)
            return trimmed.isEmpty ? [] : [ListItem(text: trimmed, afterComma: false)]
        }
        var items: [ListItem] = []
        var depth = 0
        var pendingComma = false
        // An ASCII phrase without CR (most) has one character per byte: its characters and their starts are read off the
        // bytes, without breaking the text into grapheme clusters.
        let plainASCII = phrase.utf8.withContiguousStorageIfAvailable { TitleText.isPlainASCII($0, count: $0.count) } ?? false
        let chars = plainASCII ? phrase.utf8.map { Character(Unicode.Scalar($0)) } : Array(phrase)
        // The item being read is always a run of `chars` ending before `i`: kept as its start, and built as a
        // string only where a rule reads it (appending character by character cost most of this loop).
        var currentStart: Int?
        var i = 0
        // Where each character starts in `phrase`, and its end: an item is cut out of the text as a slice (building
        // it from the characters goes through the generic initialiser, some two hundred instructions a character).
        let starts = plainASCII ? Array(phrase.utf8.indices) + [phrase.endIndex] : Array(phrase.indices) + [phrase.endIndex]
        var current: String { currentStart.map { String(phrase[starts[$0]..<starts[i]]) } ?? "" }
        func extendCurrent() {
            if currentStart == nil { currentStart = i }
        }
        // Every separator below opens with a space: at any other character none of them is tested.
        // Each character as its one byte when it is a single ASCII byte, else 0 (a Character compared with a literal
        // costs a string comparison): the tests of the loop below are byte tests.
        // (The Greek question mark is canonically `;` and equal to it as a Character: it keeps that code.)
        let codes: [UInt8] = plainASCII ? Array(phrase.utf8)
            : chars.map { $0.utf8.count == 1 ? $0.utf8.first ?? 0 : $0 == ";" ? UInt8(ascii: ";") : 0 }
        let isSpace = codes.map { $0 == UInt8(ascii: " ") }
        func flush(nextAfterComma: Bool) {
            let trimmed = TitleText.trimmed(current)
            if !trimmed.isEmpty { items.append(ListItem(text: trimmed, afterComma: pendingComma)) }
            currentStart = nil
            pendingComma = nextAfterComma
        }
        while i < chars.count {
            let c = codes[i]
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, (c == UInt8(ascii: ",") || isSpace[i] && matchWord(chars, i, " and ")), continuesOfficeComplement(chars, from: i, current: current) {
                extendCurrent()
                i += 1
                continue
            }
            if depth == 0 {
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") {
                    flush(nextAfterComma: true)
                    i += 1
                    // ", and B" ends a list: B is a member, not a description of the name before it.
                    if matchWord(chars, i, " and ") { i += 5; pendingComma = false }
                    else if matchWord(chars, i, " & ") { i += 3; pendingComma = false }
                    continue
                }
                // "Trinidad and Tobago", "Bosnia and Herzegovina": the "and" of a place's name.
                if isSpace[i], matchWord(chars, i, " and "), Gazetteer.joinsPlaceName(before: current, after: String(phrase[starts[i + 5]..<starts[min(chars.count, i + 85)]])) {
                    extendCurrent()
                    i += 1
                    continue
                }
                if isSpace[i], matchWord(chars, i, " and ") || matchWord(chars, i, " & "), continuesInstitutionName(chars, from: i, current: current) {
                    extendCurrent()
                    i += 1
                    continue
                }
                if isSpace[i], matchWord(chars, i, " and ") {
                    flush(nextAfterComma: false)
                    i += 5
                    continue
                }
                // "for Mao Zedong or Zhou Enlai": either may receive it; both are named.
                if isSpace[i], matchWord(chars, i, " or ") {
                    flush(nextAfterComma: false)
                    i += 4
                    continue
                }
                if isSpace[i], matchWord(chars, i, " & ") {
                    flush(nextAfterComma: false)
                    i += 3
                    continue
                }
            }
            extendCurrent()
            i += 1
        }
        flush(nextAfterComma: false)
        return items
    }

    /// Whether `splitList` may find a separator in `phrase`: true for any text that is not ASCII.
    static func hasListSeparator(_ phrase: String) -> Bool {
        if ByteSearch.holds(UInt8(ascii: ","), in: phrase) || ByteSearch.holds(UInt8(ascii: ";"), in: phrase)
            || ByteSearch.holds(UInt8(ascii: "&"), in: phrase) { return true }
        return ByteSearch.mayContainCaseInsensitive(phrase, " and ") || ByteSearch.mayContainCaseInsensitive(phrase, " or ")
    }

    /// FRUS names an official by office with the holder in parentheses, and the office's complement
    /// may itself be a list: "the Assistant Secretary of State for East Asian and Pacific Affairs (Green)",
    /// "Secretary of Health, Education, and Welfare (Gardner)". A comma or "and" inside such a complement
    /// (after "of"/"for", followed only by capitalised words up to the parenthesised holder) does not split.
    static func continuesOfficeComplement(_ chars: [Character], from i: Int, current: String) -> Bool {
        // The holder's parenthesis must open at or after `i` (the scan below returns false without one): most lists have none.
        guard chars[i...].contains("(") else { return false }
        let lower = current.lowercased()
        // "the Commander, Military Assistance Command, Vietnam (Westmoreland)": an office word then its unit.
        let namesOffice = tokenize(current).contains { strongOffices.contains(wordKey($0)) }
        // (Foundation is asked only about a text that is not ASCII: `asciiContains` answers the rest over bytes.)
        guard ByteSearch.asciiContains(lower, " of ") ?? lower.contains(" of ") || ByteSearch.asciiContains(lower, " for ") ?? lower.contains(" for ")
                || namesOffice, !current.contains(")") else { return false }
        var j = i
        var words: [String] = []
        var word = ""
        while j < chars.count, chars[j] != "(" {
            let c = chars[j]
            if c == ")" || c == "[" || c == ";" { return false }
            if c == " " || c == "," {
                if !word.isEmpty { words.append(word); word = "" }
            } else {
                word.append(c)
            }
            j += 1
        }
        guard j < chars.count, let close = chars[j...].firstIndex(of: ")") else { return false }
        if !word.isEmpty { words.append(word) }
        // The holder closes the item: nothing but a delimiter may follow the parenthesis.
        let after = String(chars[(close + 1)...]).trimmingSpaces()
        guard after.isEmpty || after.hasPrefix(",") || after.hasPrefix(";") || after.lowercased().hasPrefix("and ") else { return false }
        let inside = String(chars[(j + 1)..<close])
        guard isPureName(inside), !words.isEmpty else { return false }
        return words.allSatisfy { w in
            let key = wordKey(w)
            return key == "and" || (w.first?.isUppercase ?? false) && !strongOffices.contains(key) && !Lexicon.honorifics.contains(key)
        }
    }

    /// "Ministry of Foreign Trade & Economic Cooperation", "Department of Political and Military Affairs":
    /// an "and" inside an institution's complement, followed by subject words to the end of the item.
    static func continuesInstitutionName(_ chars: [Character], from i: Int, current: String) -> Bool {
        // A word keyed `of` or `for` holds those letters: an ASCII item without them (most names) is not split into words.
        guard ByteSearch.mayContainCaseInsensitive(current, "of") || ByteSearch.mayContainCaseInsensitive(current, "for") else { return false }
        let words = tokenize(current).map(wordKey)
        guard let of = words.lastIndex(where: { $0 == "of" || $0 == "for" }) else { return false }
        let underInstitution = words[..<of].contains(where: { Lexicon.institutionHeads.contains($0) })
        // **Convention: an office's domain may be a pair of subjects** ("the Minister of Posts and
        // Communications Ivanov", "Minister of Culture and Education A"): after OFFICE of|for SUBJECT, an
        // "and" followed by another subject word (the lexicon's non-name words) continues the office; after
        // a name ("Minister Ivanov and B") or before a name ("Minister of Culture and B") it separates.
        let underOffice = words[..<of].contains(where: { strongOffices.contains($0) || extraOffices.contains($0) })
        guard underInstitution || underOffice else { return false }
        // The rest of the item: up to a comma, semicolon or another "and".
        var rest = ""
        var j = i + (matchWord(chars, i, " and ") ? 5 : 3)
        while j < chars.count, chars[j] != ",", chars[j] != ";", !matchWord(chars, j, " and ") {
            rest.append(chars[j])
            j += 1
        }
        let restWords = tokenize(rest)
        guard !restWords.isEmpty, restWords.allSatisfy({ $0.first?.isUppercase ?? false }) else { return false }
        if !underInstitution {
            return Lexicon.nonNameWords.contains(wordKey(restWords[0])) && !Lexicon.institutionHeads.contains(wordKey(restWords[0]))
                && words[(of + 1)...].allSatisfy { $0 == "the" || Lexicon.nonNameWords.contains($0) || Lexicon.offices.contains($0) }
        }
        // Subject words, not a person: "Economic Cooperation", "Military Affairs".
        return restWords.contains { Lexicon.nonNameWords.contains(wordKey($0)) || Lexicon.offices.contains(wordKey($0)) }
            && !restWords.contains { Lexicon.institutionHeads.contains(wordKey($0)) }
    }

    static func matchWord(_ chars: [Character], _ at: Int, _ word: String) -> Bool {
        if let matched = ASCIIWords.matches(chars, at, word) { return matched }
        let w = Array(word)
        guard at + w.count <= chars.count else { return false }
        for k in 0..<w.count where chars[at + k].lowercased() != w[k].lowercased() { return false }
        return true
    }

    /// Parses one correspondent: a person (possibly with office and a bracketed second name),
    /// an institution, or an office named without a person. Nil when the item names nobody.
    public static func parseItem(_ raw: String) -> NameMention? {
        TextCache.current.parsedItem(raw, parseOneItem)
    }

    static func parseOneItem(_ raw: String) -> NameMention? {
        var text = TitleText.trimmed(raw)
        // "a Governmental Delegation … headed by Kim Il Sung": the head stands for the group.
        for marker: StaticString in [" headed by ", " led by "] where ByteSearch.mayContainCaseInsensitive(text, marker) {
            if let r = text.range(of: marker.description, options: .caseInsensitive) {
                text = String(text[r.upperBound...])
            }
        }
        // A quoted title inside a description ("the journal 'Problemy Mira i Sotsializma'") is no name.
        text = removingQuoted(text)
        text = resolveEditorialBrackets(text)
        // A trailing bracket: a second name for the same correspondent, or noise ("(excerpt)", "(3)").
        var bracketed: String?
        // "His Wife [Mrs. Becker]": a form of address marking a wife by her husband's name stays with the bracket's name.
        var bracketedWife: NameMention?
        if let (outside, inside) = trailingBracket(text) {
            text = outside
            let cleanedInside = stripPossessive(TitleText.trimmed(inside))
            if isNoise(cleanedInside) {
                // dropped
            } else if let insideName = personName(in: cleanedInside)?.text, isPureName(cleanedInside) {
                if case .person(_, let office?) = analyse(tokenize(cleanedInside)),
                   MessageGrammar.marksAnotherPerson(NameMention(text: insideName, office: office)) {
                    bracketedWife = NameMention(text: insideName, office: office)
                }
                // "Blas Roca [Caldeiro]": one more word after a full name completes it (an editor's
                // addition); a name beside a one-word name ("Filippov [Stalin]") is a second name.
                let outsideName = personName(in: stripPossessive(text))?.text ?? ""
                // A cover name of single syllables ("Feng Xi [Stalin]", "Fyn Si [Stalin]") is complete, unless the
                // editor completes it elsewhere too ("[Raul] Roa [Garcia]").
                let syllables = outsideName.split(separator: " ").allSatisfy { NameFolding.isSingleSyllable(NameFolding.fold(String($0))) }
                    && raw.filter({ $0 == "[" }).count == 1
                if outsideName.split(separator: " ").count >= 2, insideName.split(separator: " ").count == 1,
                   raw.contains("["), !syllables, isCoverNameAfterFullName(outsideName) {
                    // (`isCoverNameAfterFullName`: the full name is the person; the cover name adds no name part.)
                } else if outsideName.split(separator: " ").count >= 2, insideName.split(separator: " ").count == 1,
                   raw.contains("["), !syllables {
                    text = stripPossessive(text) + " " + insideName
                } else {
                    bracketed = insideName
                }
            }
        }
        text = stripPossessive(text)
        var tokens = tokenize(text)
        if tokens.isEmpty {
            return bracketed.map { NameMention(text: $0) }
        }
        // "Emir Faisal bin Rakan al-Hadhari": a ruler's title that is a given name too, before an Arabic name.
        var rulerTitle: String?
        if tokens.count >= 3, rulerTitlesAlsoGivenNames.contains(wordKey(tokens[0])), tokens[1].first?.isUppercase == true,
           tokens.dropFirst(2).contains(where: { arabicNameMarks.contains(wordKey($0)) || isArticledArabicSurname($0) }) {
            rulerTitle = tokens[0]
            tokens.removeFirst()
        }
        // Each token's key and classes, worked out once for the rules below and `analyse`.
        let keys = tokens.map(wordKey)
        // "Albert of Brandenburg", "Johann of Wittelsbach": a given name of the lexicon and, after `of`, the house or territory
        // a prince is known by is the name (docs/names.md); a surname before `of` is a name with its complement (`Zhou Enlai of China`).
        if tokens.count == 3 || tokens.count == 4, keys[1] == "of", tokens[0].first?.isUppercase == true, Lexicon.isGivenName(tokens[0]),
           tokens.dropFirst(2).allSatisfy({ $0.first?.isUppercase == true && !Lexicon.nonNameWords.contains(wordKey($0))
               && !Lexicon.institutionHeads.contains(wordKey($0)) && !Lexicon.offices.contains(wordKey($0)) }) {
            return NameMention(text: tokens.joined(separator: " "), bracketed: bracketed, kind: .person)
        }
        // **Convention: a prince's rank, his given name and his territory** (`Duke George of Saxony`, `Elector Frederick of
        // Saxony`, `Margrave Casimir of Brandenburg`): after a rank of `princelyRanks`, a capitalised word that is no office,
        // body or common noun, `of` and one or two capitalised words are the name as printed without the rank, as `Albert of
        // Brandenburg` is (docs/names.md); the given name need not be the lexicon's (`George` is a family name too).
        if tokens.count == 4 || tokens.count == 5, princelyRanks.contains(keys[0]), keys[2] == "of",
           tokens.dropFirst().allSatisfy({ $0 == "of" || $0.first?.isUppercase == true && !Lexicon.nonNameWords.contains(wordKey($0))
               && !Lexicon.institutionHeads.contains(wordKey($0)) && !Lexicon.offices.contains(wordKey($0)) }) {
            return NameMention(text: tokens.dropFirst().joined(separator: " "), bracketed: bracketed, kind: .person)
        }
        let classes = keys.map(NameKeyClasses.of)
        // A peer's title and a Lord's office both stand on a rank word (`PeerageName.ranks`, `lord` among them); a plural
        // office of a body on its `of`: without the word neither is tried.
        let holdsRank = classes.contains { $0.contains(.peerRank) }
        if holdsRank, let peer = PeerageName.name(tokens) {
            return NameMention(text: peer, bracketed: bracketed, kind: .person)
        }
        if holdsRank, let office = PeerageName.lordOffice(tokens) {
            if let bracketed { return NameMention(text: bracketed, kind: .person) }
            return NameMention(text: office, kind: .office)
        }
        if keys.contains("of"), let office = pluralOfficeOfBody(tokens) {
            if let bracketed { return NameMention(text: bracketed, kind: .person) }
            return NameMention(text: office, kind: .office)
        }
        let analysis = analyse(tokens, keys: keys, classes: classes)
        switch analysis {
        case .person(let name, let office):
            var mention = NameMention(text: name, bracketed: bracketed, kind: .person)
            mention.office = office ?? rulerTitle
            return mention
        case .institution(let name):
            // A bracketed person after an institution is its signer; `parse` lists both.
            return NameMention(text: name, bracketed: bracketed, kind: .institution)
        case .office(let name):
            // "the Chairman [Mao Zedong]": the bracket identifies the office holder.
            if let bracketed { return NameMention(text: bracketed, kind: .person) }
            return NameMention(text: name, kind: .office)
        case .nobody:
            if let bracketedWife, bracketed == bracketedWife.text { return bracketedWife }
            if let bracketed { return NameMention(text: bracketed, kind: .person) }
            return nil
        }
    }

    /// **Convention: a one-word bracket after a Russian full name is a cover name** (`Ciphered Telegram, Gennady Shirshin
    /// [Lesnoi] to B`, `Pavel Sorokin-Belov [Rudin]`): Russian names print one family name, so an editor has no second
    /// surname to complete (as `Blas Roca [Caldeiro]` completes a Spanish name) — the word is the name the writer signed
    /// with, and the person is the full name outside (gold schema: the real identity, in either order). Read where the
    /// given name is one of `Lexicon.russianGivenNames`; the bracket adds nothing to the name.
    static func isCoverNameAfterFullName(_ outsideName: String) -> Bool {
        guard let first = outsideName.split(separator: " ").first else { return false }
        return Lexicon.russianGivenNames.contains(NameFolding.fold(wordKey(String(first))))
    }

    static func removingQuoted(_ text: String) -> String {
        guard let open = text.range(of: " '") ?? text.range(of: " \""), let close = text[open.upperBound...].firstIndex(where: { $0 == "'" || $0 == "\"" }) else {
            return text
        }
        var t = text
        t.removeSubrange(open.lowerBound...close)
        return t
    }

    /// The person named in a phrase, if any ("Soviet Ambassador N. V. Roshchin" → "N. V. Roshchin").
    static func personName(in text: String) -> NameMention? {
        if case .person(let name, _) = analyse(tokenize(stripPossessive(text))) { return NameMention(text: name) }
        return nil
    }

    /// Whether a bracket's content is a name and nothing else (offices allowed before it), so that
    /// an expansion such as "[Somali Democratic Republic]" is not read as a person.
    static func isPureName(_ text: String) -> Bool {
        let keys = tokenize(text).map(wordKey)
        // A place word before another word may be a given name ("Florence Ashby").
        return !keys.indices.contains { i in
            let k = keys[i]
            return Lexicon.nonNameWords.contains(k) || Gazetteer.placeWords.contains(k) && !(i + 1 < keys.count && Gazetteer.mayBeGivenName(k))
                || Lexicon.institutionHeads.contains(k) || Lexicon.connectives.contains(k)
        }
    }

    enum Analysis: Equatable {
        case person(String, office: String?)
        case institution(String)
        case office(String)
        case nobody
    }

    /// Classifies a tokenized item. A person's name is the last run of name tokens that is not a
    /// place complement ("in Berlin", "of China") and is not followed by an institution word.
    static func analyse(_ rawTokens: [String]) -> Analysis {
        let keys = rawTokens.map(wordKey)
        return analyse(rawTokens, keys: keys, classes: keys.map(NameKeyClasses.of))
    }

    /// `analyse(rawTokens)` given each token's `wordKey` and its classes (`NameKeyClasses`), worked out once by the caller
    /// and shared by the rules below and `nameRuns`.
    static func analyse(_ rawTokens: [String], keys rawKeys: [String], classes rawClasses: [NameKeyClasses]) -> Analysis {
        var start = 0
        while start < rawTokens.count, ["the", "a", "an"].contains(rawTokens[start].lowercased()) { start += 1 }
        let tokens = Array(rawTokens[start...])
        if tokens.isEmpty { return .nobody }
        let keys = Array(rawKeys[start...])
        let classes = Array(rawClasses[start...])
        // "Visit of the Hungarian Delegation", "Second Talks with Li Wenbo": an act noun (after ordinals and
        // modifiers) with its preposition names an act, not a correspondent (the conversation grammar reads its sides).
        // (The preposition must stand among the second to ninth words, as `namesAnAct` requires first.)
        if classes.prefix(9).dropFirst().contains(where: { $0.contains(.actPreposition) }), namesAnAct(keys) { return .nobody }
        // "the Youth of Xlandia", "the Korean People": a class of people, nobody in particular.
        if keys.contains(where: Lexicon.classesOfPeople.contains), isClassOfPeople(tokens) { return .nobody }
        let hasInstitutionHead = classes.contains { $0.contains(.institutionHead) }
        let phrase = tokens.joined(separator: " ")
        // A phrase that is a place's name is the place ("Phnom Penh", "The Hague", "Empire of Japan").
        if Gazetteer.isPlace(phrase) || rawTokens.count > tokens.count && Gazetteer.isPlace(rawTokens.joined(separator: " ")) {
            return .institution(phrase)
        }
        if isGroupNamedByNationality(keys: keys, tokens: tokens) { return .institution(phrase) }
        if isBodyOfAPeople(tokens, keys: keys) { return .institution(phrase) }
        // "Government of Trinidad and Tobago": a run inside a place's name is part of the place.
        let runs = nameRuns(tokens, keys: keys, classes: classes).filter { !liesInPlaceName(tokens, $0, keys: keys) }

        let articled = rawTokens.count > tokens.count
        // "the Vogels", "the Petrovs": a family named by its surname in the plural is nobody in particular.
        if articled, tokens.count == 1, isFamilyPlural(tokens[0]) { return .nobody }
        // "the Deputy Harbourmaster", "the Acting Keeper": after the article, a grade of office before one word the lexicon
        // does not know qualifies a post, as it would a known office; "Deputy Ivanov" without the article stays a person.
        if articled, let run = runs.last, run.count == 1, run.upperBound == tokens.count, run.lowerBound > 0,
           keys[..<run.lowerBound].allSatisfy(OfficeWords.rankModifiers.contains) {
            return .office(phrase)
        }
        // "the Keeper of the Northern Archive": a capitalised run after `of the` names a body or a place, never a person;
        // the whole, an article before a capitalised head and its complement, is a post the lexicon does not know.
        if articled, let run = runs.last, runAfterOfThe(keys, run), OfficeHeads.isDescribedPost(rawTokens.joined(separator: " ")) {
            return .office(phrase)
        }
        // "the Board on Trade Disputes", "the Chairman of the Conference on Disarmament": a body named by its subject
        // (`MessageGrammar.continuesBodyName`), no person named before it; an office before it holds a post in it.
        if let head = keys.indices.first(where: { Lexicon.bodiesNamedBySubject.contains(keys[$0]) && $0 + 1 < keys.count && keys[$0 + 1] == "on" }),
           head + 2 < keys.count, MessageGrammar.namesBodyAfterOn(Array(tokens[(head + 2)...])), runs.allSatisfy({ $0.lowerBound >= head }) {
            return keys[..<head].contains(where: strongOffices.contains) ? .office(phrase) : .institution(phrase)
        }
        if let run = runs.last {
            // "Yanbian Military District Party Committee": the run names the institution. "Kurdyukov of
            // the USSR Ministry of Foreign Affairs": a person and their affiliation.
            let afterRun = keys.indices[(run.upperBound)...]
            let beforePreposition = afterRun.prefix { !["of", "in", "at", "from", "for", "to", "on", "with"].contains(keys[$0]) }
            let followedByInstitution = beforePreposition.contains { classes[$0].contains(.institutionHead) }
            if !followedByInstitution {
                // An office word (`NameKeyClasses.officeBeforeName`: offices, forms of address marking another person) before the run.
                let hasOfficeWord = classes[..<run.lowerBound].contains { !$0.isDisjoint(with: NameKeyClasses.officeBeforeName) }
                return .person(personText(Array(tokens[run])), office: hasOfficeWord ? tokens[..<run.lowerBound].joined(separator: " ") : nil)
            }
        }
        if keys.allSatisfy({ Lexicon.nonNameWords.contains($0) || Lexicon.connectives.contains($0) || isNumberLike($0) }) {
            return .nobody
        }
        // Unnamed groups ("officials", "East European Party Leaders", "Members of the Politburo") are
        // nobody in particular; "a Delegation of Journalists" is a group with a name of its own.
        let firstHeadIndex = keys.firstIndex { Lexicon.institutionHeads.contains($0) } ?? keys.count
        // A plural that names the body is part of its name: right before the head ("Korean Workers' Party")
        // or as the head's complement ("Council of Ministers").
        let complementOfHead = keys.count >= 3 && keys[keys.count - 2] == "of" && firstHeadIndex < keys.count - 2
            || isPeopleComplementOfHead(keys, head: firstHeadIndex)
        if let last = keys.last, pluralGroups.contains(last), !complementOfHead { return .nobody }
        if keys[..<firstHeadIndex].enumerated().contains(where: { pluralGroups.contains($0.element) && $0.offset != firstHeadIndex - 1 }) {
            return .nobody
        }
        // A bare city standing for an institution ("from Pyongyang to Bucharest").
        if Gazetteer.isPlace(phrase), !hasInstitutionHead { return .institution(phrase) }
        // An office of an institution ("Military Attache of the Chinese Embassy") is an office.
        if hasInstitutionHead {
            let firstHead = keys.firstIndex { Lexicon.institutionHeads.contains($0) }!
            // "Secretary-General of the Ministry", "Vice-Chairman of the Commission": an office of the lexicon's further
            // offices (`extraOffices`) before the head is an office of the body as well.
            let officeBefore = keys[..<firstHead].enumerated().contains { strongOffices.contains($0.element) || extraOffices.contains($0.element)
                || pluralGroups.contains($0.element) && $0.offset != firstHead - 1 }
            return officeBefore ? .office(phrase) : .institution(phrase)
        }
        if keys.contains(where: { strongOffices.contains($0) || Lexicon.honorifics.contains($0) || extraOffices.contains($0)
            || isHyphenatedOffice($0) }) {
            return .office(phrase)
        }
        // **Convention: an office named by a post that serves** (`the Assistant`, `the Special Assistant`, `the Consultant`:
        // `OfficeHeads.servingOffices`) as its last word, no one named, is that office, as `the Adviser` is (gold schema: an
        // official named by office alone is an `O:` id).
        if articled, let last = keys.last, OfficeHeads.servingOffices.contains(last) { return .office(phrase) }
        // A place word names a place here, unless it is a given name before a name ("Visit of Sofia Ivanova").
        if keys.indices.contains(where: { i in Gazetteer.placeWords.contains(keys[i])
            && !(Gazetteer.mayBeGivenName(keys[i]) && i + 1 < tokens.count && isNameToken(tokens[i + 1], next: nil)) }) {
            return .institution(phrase)
        }
        if tokens.count == 1, isEndByInitials(tokens[0]) { return .institution(phrase) }
        if isDepartmentBySubject(keys) { return .institution(phrase) }
        return .nobody
    }

    /// **Convention: a department named by its subject alone** (`External Affairs`: the Irish, Canadian and Australian
    /// departments as their own officers write them, `Telegram from Cremins to External Affairs`): a phrase that is only a
    /// subject adjective of `departmentSubjects` and `Affairs` names the department, an institution (gold schema: an
    /// institution acting as a correspondent), as `Department of External Affairs` does. `Foreign Affairs` is left out: it
    /// is the tail of a ministry's name (`Ministry of Foreign Affairs`) that a list may cut off, not a department's own name.
    static func isDepartmentBySubject(_ keys: [String]) -> Bool {
        keys.count == 2 && keys[1] == "affairs" && departmentSubjects.contains(keys[0])
    }
    static let departmentSubjects: Set<String> = ["external"]

    /// **Convention: an end named by its initials** (`Cable, CINCPAC to JCS`, `Telegram, USDEL to SECSTATE`, `Cable,
    /// COMUSMACV to CINCUSNAVEUR`): one word of capital letters that the lexicon does not know, alone as an end, is a body
    /// or an office written as a catalogue's registry writes it, named as printed. A registry's short titles run from two
    /// letters to a dozen and more (commands joined from syllables); past `initialsLetters` a run of capitals is no word.
    /// A word of another class (`II`, `SECRET`), a telegram's handling caption or marking (`NIACT`, `NODIS`,
    /// `UNCLASSIFIED`: `Lexicon.handlingCaptions`) or an editor's label (`TRANSLATION`, `ATTACHMENT`) is no end.
    static func isEndByInitials(_ token: String) -> Bool {
        guard let ascii = asciiLettersAndDigits(token), initialsLetters.contains(ascii.letters), ascii.capitals == ascii.letters,
              !ascii.hasDigit, ascii.letters == token.utf8.count else { return false }
        let key = token.lowercased()
        return Lexicon.classes(of: key).isEmpty && !Lexicon.handlingCaptions.contains(key) && !Lexicon.documentModifiers.contains(key)
            && !TitleText.editorialLabels.contains(key) && !Lexicon.nonNameWords.contains(key)
    }

    /// How many capitals a registry's short title may hold (`JCS` … `COMSEVENTHFLT`).
    static let initialsLetters = 2...16

    /// Whether `of the`, perhaps with non-name words between (`of the Northern …`), stands right before the run.
    static func runAfterOfThe(_ keys: [String], _ run: Range<Int>) -> Bool {
        var i = run.lowerBound - 1
        while i >= 0, Lexicon.nonNameWords.contains(keys[i]) { i -= 1 }
        return i >= 1 && keys[i] == "the" && keys[i - 1] == "of"
    }

    /// A surname in the plural (`Vogels`, `Petrovs`): a capitalised word ending in a plain `s` that is no word of the
    /// lexicon, no place and no nationality's plural (`the Soviets`, `the Americans` name a side, as before).
    static func isFamilyPlural(_ token: String) -> Bool {
        let k = wordKey(token)
        guard token.first?.isUppercase == true, k.count >= 4, k.hasSuffix("s"), !k.hasSuffix("ss"), !k.hasSuffix("'s"),
              k.allSatisfy({ $0.isLetter }) else { return false }
        let stem = String(k.dropLast())
        return !Lexicon.nonNameWords.contains(k) && !Lexicon.institutionHeads.contains(k) && !Lexicon.offices.contains(k)
            && !Lexicon.nationalities.contains(k) && !Lexicon.nationalities.contains(stem) && !Gazetteer.placeWords.contains(k)
            && !Gazetteer.isPlace(token) && !strongOffices.contains(stem) && !Lexicon.offices.contains(stem)
            && !Lexicon.institutionHeads.contains(stem) && !Lexicon.honorifics.contains(k)
    }

    /// Plurals of peoples that are not a nationality adjective and `s` (`the Poles`, `the Swedes`, `the Turks`).
    static let irregularDemonymPlurals: Set<String> = [
        "poles", "swedes", "danes", "finns", "turks", "arabs", "serbs", "croats", "scots", "britons", "spaniards",
        "filipinos", "slovenes", "kurds", "letts", "lapps", "magyars", "russians",
    ]

    /// A people named by its plural with the article (`the Soviets`, `the Americans`, `the Poles`) or by a nationality
    /// used as a collective noun (`the Chinese`, `the British`): an unnamed group, no correspondent.
    static func isPeopleByDemonym(_ key: String) -> Bool {
        if irregularDemonymPlurals.contains(key) { return true }
        // Collective nouns of a people are the adjectives in `-ese`, `-ish`, `-ch`, `-ss` (not `the UN`, `the North`).
        if Lexicon.nationalities.contains(key) { return ["ese", "ish", "ch", "ss", "sh"].contains(where: key.hasSuffix) }
        return key.hasSuffix("s") && key.count >= 5 && Lexicon.nationalities.contains(String(key.dropLast()))
    }

    /// **Convention: a family or a people is a stated end, but nobody** (`Letter from A to the Soviets`, `The Vogels to
    /// B`): every item of the phrase is the article and a family's plural surname (`isFamilyPlural`) or a people
    /// (`isPeopleByDemonym`). The document is addressed (or signed), so it is a message; the end lists no one
    /// (gold schema: unnamed groups are not participants).
    /// A class of people (`isClassOfPeople`: `the Workers of Xlandia`, `the Korean People`) is such an end too.
    static func namesOnlyFamiliesOrPeoples(_ phrase: String) -> Bool {
        // Every item opens with a word keyed `the` or names a class of people: a phrase with neither (most) holds no such item.
        guard ByteSearch.mayContainCaseInsensitive(phrase, "the") || classOfPeopleCues.occurs(in: phrase) else { return false }
        let items = splitList(phrase)
        return !items.isEmpty && items.indices.allSatisfy { i in
            if namesClassOfPeople(items, at: i) { return true }
            let tokens = tokenize(items[i].text)
            guard tokens.count == 2, wordKey(tokens[0]) == "the", tokens[1].first?.isUppercase == true else { return false }
            return isFamilyPlural(tokens[1]) || isPeopleByDemonym(wordKey(tokens[1]))
        }
    }

    /// **Convention: a class of people is a public, nobody in particular** (`the Peasants`, `the Workers of Xlandia`, `the
    /// People of Korea`, `the Korean People`, `All the Working People of the World`): a noun of `Lexicon.classesOfPeople`
    /// after the article and nationalities or modifiers (`Lexicon.classOfPeopleModifiers`), perhaps with `of` and
    /// capitalised words of a place. A letter to them is addressed to no correspondent (gold schema: unnamed groups).
    static func isClassOfPeople(_ tokens: [String]) -> Bool {
        let words = Array(tokens.drop { ["the", "all", "to"].contains(wordKey($0)) })
        let keys = words.map(wordKey)
        let of = keys.firstIndex(of: "of") ?? keys.count
        guard of > 0, Lexicon.classesOfPeople.contains(keys[of - 1]),
              keys[..<(of - 1)].allSatisfy({ $0 == "the" || Lexicon.nationalities.contains($0) || Lexicon.classOfPeopleModifiers.contains($0) })
        else { return false }
        guard of < keys.count else { return true }
        let complement = words[(of + 1)...]
        return !complement.isEmpty && complement.contains { $0.first?.isUppercase == true }
            && complement.allSatisfy { $0.first?.isUppercase == true || Lexicon.connectives.contains(wordKey($0)) }
    }

    /// **Convention: a body whose complement is a people is a body** (`the Committee of the Korean People`, `the League
    /// of the Working People`): an institution head, then `of`, the article, nationalities or modifiers of a class of people
    /// (`Lexicon.classOfPeopleModifiers`) and a noun of `Lexicon.classesOfPeople` closing the phrase. The class names whom
    /// the body serves; the body is the correspondent (a class alone, `the Korean People`, stays nobody).
    static func isPeopleComplementOfHead(_ keys: [String], head: Int) -> Bool {
        guard let last = keys.last, Lexicon.classesOfPeople.contains(last), head < keys.count,
              let of = keys[head...].firstIndex(of: "of"), of + 1 < keys.count - 1 || of + 1 == keys.count - 1 else { return false }
        return keys[(of + 1)..<(keys.count - 1)].allSatisfy {
            $0 == "the" || Lexicon.nationalities.contains($0) || Lexicon.classOfPeopleModifiers.contains($0)
        }
    }

    /// **Convention: a people's body is a body** (`the Chinese People's Volunteers`, `the People's Militia`): [nationalities
    /// or modifiers] `People's` and capitalised words, the last a plural or an institution head, no office among them. The
    /// words after `People's` name what the people formed, not a person (`People's Commissar Ivanov` holds an office).
    static func isBodyOfAPeople(_ tokens: [String], keys: [String]) -> Bool {
        guard let mark = keys.firstIndex(where: { $0 == "people's" || $0 == "peoples'" }), mark + 1 < keys.count,
              keys[..<mark].allSatisfy({ Lexicon.nationalities.contains($0) || Lexicon.classOfPeopleModifiers.contains($0) }),
              let last = keys.last else { return false }
        let rest = mark + 1..<keys.count
        guard rest.allSatisfy({ tokens[$0].first?.isUppercase == true }),
              !rest.contains(where: { strongOffices.contains(keys[$0]) || extraOffices.contains(keys[$0]) || Lexicon.offices.contains(keys[$0])
                  || Lexicon.honorifics.contains(keys[$0]) }) else { return false }
        return Lexicon.institutionHeads.contains(last) || last.count >= 4 && last.hasSuffix("s") && !last.hasSuffix("'s") && !last.hasSuffix("ss")
    }

    /// Whether lexicon keys open with an act noun and its preposition, after ordinals and modifiers
    /// ("Second Visit of …", "Official Talks with …"): such a phrase names an act, not a correspondent.
    /// A record noun may come first ("Record of the Second Visit of …").
    static func namesAnAct(_ keys: [String]) -> Bool {
        // The act noun's preposition stands among the second to ninth words: most names have none there, one
        // look-up each instead of the lead-word tests.
        guard keys.prefix(9).dropFirst().contains(where: actPrepositions.contains) else { return false }
        guard let noun = keys.prefix(8).firstIndex(where: { !(actLeadWords.contains($0) || Lexicon.isOrdinal($0) || Lexicon.actModifiers.contains($0)
                                                             || ConversationGrammar.recordNouns.contains($0)) }),
              noun + 1 < keys.count else { return false }
        return actNounWords.contains(keys[noun]) && actPrepositions.contains(keys[noun + 1])
    }

    /// Words that may stand before an act noun besides ordinals, modifiers and record nouns (built once, not per call).
    static let actLeadWords: Set<String> = ["the", "a", "an", "of", "on"]

    /// One-word meeting and visit nouns of the lexicon, and the prepositions that attach an act's sides.
    static let actNounWords: Set<String> = Set((Lexicon.meetingNouns + Lexicon.visitNouns).filter { !$0.contains(" ") })
    static let actPrepositions: Set<String> = ["of", "by", "with", "between", "to", "on"]

    /// Heads of a body of people sent together: `Delegation|Group|Mission|Committee|Team of …`.
    static let groupBodyHeads: Set<String> = ["delegation", "group", "mission", "committee", "team"]

    /// **Convention: a body named by its kind, a nationality and a plural is a group with a name of its own**
    /// (gold schema: a delegation named as one side is a participant). `Delegation of Hungarian Young
    /// Pioneers`, `a Mission of Polish Engineers`, `Group of Czechoslovak Students`: HEAD `of` [the]
    /// NATIONALITY … PLURAL, all capitalised after the nationality. A group of unnamed office-holders
    /// (`a Group of Soviet Officials`, `… Leaders`) is nobody in particular; a delegation or mission is a body.
    static func isGroupNamedByNationality(keys: [String], tokens: [String]) -> Bool {
        guard keys.count >= 4, groupBodyHeads.contains(keys[0]), keys[1] == "of" else { return false }
        var k = 2
        if keys[k] == "the" { k += 1 }
        let nationalityStart = k
        while k < keys.count, Lexicon.nationalities.contains(keys[k]) || Gazetteer.countries.contains(where: { NameFolding.fold($0.adjective) == keys[k] }) { k += 1 }
        guard k > nationalityStart, k < keys.count, let last = keys.last else { return false }
        let rest = tokens[k...]
        guard rest.allSatisfy({ $0.first?.isUppercase == true }),
              !keys[k...].contains(where: { Lexicon.institutionHeads.contains($0) || Lexicon.connectives.contains($0) }) else { return false }
        let plural = last.hasSuffix("s") || last.hasSuffix("'") || ["women", "men", "youth", "children"].contains(last)
        let unnamedOfficeHolders = ["group", "team"].contains(keys[0]) && (Lexicon.offices.contains(last) && last != "journalists")
        return plural && !unnamedOfficeHolders
    }

    /// Whether a run of name tokens lies inside a place's name ("Phnom Penh", "Empire of Japan", "Trinidad
    /// and Tobago"); places have at most `Gazetteer.longestPlaceName` words, so the search is bounded.
    static func liesInPlaceName(_ tokens: [String], _ run: Range<Int>, keys: [String]? = nil) -> Bool {
        let reach = Gazetteer.longestPlaceName
        // Most runs hold a word of no place name at all ("Li Shaoze"): no span to look up.
        // (A token of ASCII letters and digits only folds to its `wordKey`: the caller's key spares folding it again.)
        func folded(_ i: Int) -> String {
            if let keys, i < keys.count, isASCIIAlphanumericWord(tokens[i]) { return keys[i] }
            return Gazetteer.fold(tokens[i])
        }
        guard run.count <= reach, run.allSatisfy({ Gazetteer.wordsOfPlaceNames.contains(folded($0)) }) else { return false }
        for start in max(0, run.upperBound - reach)...run.lowerBound {
            // One word alone is left to the name rules ("Mr. Jordan": a surname).
            for end in run.upperBound...min(tokens.count, start + reach)
            where end - start > 1 && Gazetteer.isPlace(tokens[start..<end].joined(separator: " ")) {
                return true
            }
        }
        return false
    }

    /// **Convention: a plural office of a body** — `[the] OFFICEs [OFFICEs] of [the] BODY` (`the Commissioners of the
    /// Treasury`, `the Governors of the States`, `the Lords Commissioners of the Admiralty`): a board's members named by
    /// their office are one correspondent, the office as printed without its article (gold schema: an official named by
    /// office alone). The plural is an office word of the lexicon (or `Lords`) with an `s`; unnamed groups
    /// (`pluralGroups`: officials, members, representatives …) stay nobody.
    static func pluralOfficeOfBody(_ tokens: [String]) -> String? {
        let words = Array(tokens.drop { wordKey($0) == "the" })
        var i = 0
        while i < words.count, words[i].first?.isUppercase == true, isPluralOfficeWord(wordKey(words[i])) { i += 1 }
        guard i > 0, i + 1 < words.count, wordKey(words[i]) == "of" else { return nil }
        var body = words[(i + 1)...].drop { wordKey($0) == "the" }
        guard let last = body.last, last.first?.isUppercase == true else { return nil }
        body = body.dropLast()
        let bodyWordsFit = body.allSatisfy { ["of", "the", "and", "for"].contains(wordKey($0)) || $0.first?.isUppercase == true }
            && words[(i + 1)...].allSatisfy { !$0.contains(where: \.isNumber) && !$0.hasSuffix("'s") }
        return bodyWordsFit ? words.joined(separator: " ") : nil
    }

    /// `Commissioners`, `Governors`, `Directors`, `Lords`: an office word of the lexicon in the plural.
    static func isPluralOfficeWord(_ key: String) -> Bool {
        guard key.count > 3, key.hasSuffix("s"), !pluralGroups.contains(key) else { return false }
        let stem = String(key.dropLast())
        return stem == "lord" || Lexicon.offices.contains(stem) || extraOffices.contains(stem) || strongOffices.contains(stem)
    }

    /// Plural nouns of unnamed groups: never a correspondent.
    static let pluralGroups: Set<String> = [
        "officials", "members", "leaders", "representatives", "delegates", "ambassadors", "diplomats",
        "comrades", "cdes", "others", "journalists", "workers", "students", "citizens", "officers", "envoys",
        "ministers", "secretaries", "people", "guests", "visitors", "unions", "archives", "reporters",
    ]

    /// Office words besides the strong ones that still make a phrase an office ("East German Citizen").
    static let extraOffices: Set<String> = [
        "citizen", "king", "queen", "prince", "emperor", "pope", "governor", "senator", "mayor", "commissar",
        "chancellor", "attache", "attaché", "consul", "commissioner", "secretary-general", "general-secretary",
        "vice-premier", "vice-minister", "vice-chairman", "vice-president", "undersecretary",
        "nuncio", "internuncio", "pro-nuncio",
    ]

    /// **Convention: a grade joined to an office by a hyphen is an office** (`Under-Secretary`, `Vice-Consul`,
    /// `Deputy-Director`, `Sub-Prefect`), as its spelling in two words is: a rank modifier (`OfficeWords.rankModifiers`, or
    /// `sub`) before a hyphen and an office noun after it.
    static func isHyphenatedOffice(_ key: String) -> Bool {
        guard let hyphen = key.firstIndex(of: "-") else { return false }
        let grade = String(key[..<hyphen]), office = String(key[key.index(after: hyphen)...])
        return (OfficeWords.rankModifiers.contains(grade) || grade == "sub")
            && (strongOffices.contains(office) || extraOffices.contains(office) || OfficeHeads.isOfficeHead(office))
    }

    /// Office nouns that head a phrase about a person even when an institution is named after them.
    static let strongOffices: Set<String> = [
        "ambassador", "attache", "attaché", "head", "chief", "director", "chairman", "secretary", "member",
        "members", "minister", "president", "premier", "counselor", "counsellor", "consul", "charge", "chargé",
        "delegate", "representative", "envoy", "leader", "editor", "official", "officials", "spokesman",
        "advisor", "adviser", "deputy", "commander", "officer", "prosecutor",
    ]

    /// Ranges of consecutive name tokens, excluding runs introduced by a place preposition.
    static func nameRuns(_ tokens: [String]) -> [Range<Int>] {
        nameRuns(tokens, keys: tokens.map(wordKey))
    }

    /// `nameRuns(tokens)` given each token's `wordKey`, worked out once by the caller.
    static func nameRuns(_ tokens: [String], keys: [String]) -> [Range<Int>] {
        nameRuns(tokens, keys: keys, classes: keys.map(NameKeyClasses.of))
    }

    /// `nameRuns(tokens, keys:)` given each key's classes too (`NameKeyClasses`): every list a rule below consults is
    /// read from them, so a token's key is hashed once.
    static func nameRuns(_ tokens: [String], keys: [String], classes: [NameKeyClasses]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        // `isNameToken` is a function of its arguments: each token's answers are worked out once.
        var inContext = [Bool?](repeating: nil, count: tokens.count)
        var alone = [Bool?](repeating: nil, count: tokens.count)
        func isNameAlone(_ k: Int) -> Bool {
            if let known = alone[k] { return known }
            let value = isNameToken(tokens[k], key: keys[k], classes: classes[k], next: nil) { false }
            alone[k] = value
            return value
        }
        func isName(_ k: Int) -> Bool {
            if let known = inContext[k] { return known }
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            // The next token alone is `isNameAlone(k + 1)`, worked out once for both questions.
            let value = isNameToken(tokens[k], key: keys[k], classes: classes[k], next: next) { isNameAlone(k + 1) }
            inContext[k] = value
            return value
        }
        var i = 0
        while i < tokens.count {
            // "Ambassador to Cuba A. I. Orlov": after a place preposition, a place word that is also a given name is the place.
            // So is one after a place or nationality word: the place's name goes on ("to North Korea Sergei Volkov").
            // (The prepositions are `placePrepositions`.)
            if i > 0, classes[i].mayBeGivenName, !classes[i - 1].isDisjoint(with: [.placePreposition, .placeWord, .nationality]) {
                i += 1
                continue
            }
            let surnameAfterTitle = isPlaceSurnameAfterTitle(tokens, classes: classes, at: i, nameAlone: isNameAlone)
            guard surnameAfterTitle || isName(i) else { i += 1; continue }
            var j = surnameAfterTitle ? i + 1 : i
            // "Pius XI": a regnal number in capitals is no surname, though `Xi` in title case is one (docs/names.md).
            while j < tokens.count && isName(j) && !(j > i && isRegnalNumeral(tokens[j])) { j += 1 }
            // "Frédéric II", "Louis XIV", "Pius XII": a regnal number after a name is part of it (docs/names.md).
            if j > i, j < tokens.count, isRegnalNumeral(tokens[j]) { j += 1 }
            // "George Washington", "Jack London": a place word right after a given name ends the name as its surname.
            if j < tokens.count, j > i, j == tokens.count - 1 || !isNameAlone(j + 1),
               classes[j].contains(.placeWord), tokens[j].first?.isUppercase == true,
               !(i..<j).contains(where: { isInitials(tokens[$0]) || classes[$0].contains(.nationality) }),
               tokens[i..<j].allSatisfy({ $0.count > 2 }),
               // "New Delhi", "Buenos Aires": the words together name a place, not a person.
               !Gazetteer.isPlace(keys[i...j].joined(separator: " ")) {
                j += 1
            }
            // A lowercase particle inside a name ("Charles de Gaulle") must be followed by a name token.
            // (A token that is a particle is its own key: its key's class is tested first.)
            while j > i, classes[j - 1].contains(.particle) && particles.contains(tokens[j - 1]) { j -= 1 }
            // "Mackenzie King", "Winston Lord", "George Marshall": an office or title word ending the
            // phrase after a name is a surname — but an institution's head word ends an institution ("Socialist Unity Party").
            if j == tokens.count - 1, j > i, !classes[j].contains(.institutionHead),
               !classes[j].contains(.honorific) || classes[j].contains(.surnameTitle),
               !classes[j].isDisjoint(with: [.extraOffice, .office, .surnameTitle]),
               tokens[j].first?.isUppercase == true, !classes[j].contains(.strongOffice) {
                j += 1
            }
            var previous = i - 1
            if previous >= 0, ["the", "a", "an"].contains(keys[previous]), i > 1 { previous = i - 2 }
            let introducedByPlacePreposition = previous >= 0 && classes[previous].contains(.placePreposition)
            // A name ends its phrase, or is followed by a complement ("in Berlin", "of China").
            let endsProperly = j == tokens.count || classes[j].contains(.placePreposition) || ["headed", "led", "and"].contains(keys[j])
            // Initials alone ("D.C.") are no name.
            let hasWord = tokens[i..<j].contains { !isInitials($0) }
            if j > i && hasWord && !introducedByPlacePreposition && endsProperly { runs.append(i..<j) }
            i = max(j, i + 1)
        }
        return runs
    }

    /// Prepositions of a complement after a name ("in Berlin", "of China"): built once, not once per name run.
    static let placePrepositions: Set<String> = ["in", "of", "at", "from", "to", "for", "on", "by"]

    /// "Mr. Jordan", "Foreign Minister Togo": a place word that is also a surname, right after a form of
    /// address or an office word and ending the name, is the surname.
    /// `classes` are the tokens' keys' classes; `nameAlone(k)` is `isNameToken(tokens[k], next: nil)`.
    static func isPlaceSurnameAfterTitle(_ tokens: [String], classes: [NameKeyClasses], at i: Int, nameAlone: (Int) -> Bool) -> Bool {
        guard i > 0, classes[i].contains(.surnamePlace), tokens[i].first?.isUppercase == true,
              i == tokens.count - 1 || !nameAlone(i + 1) else { return false }
        return !classes[i - 1].isDisjoint(with: [.honorific, .office, .extraOffice, .strongOffice])
    }

    /// Forms of address that are also common surnames, read as surnames after a given name.
    static let surnameTitles: Set<String> = ["lord", "major", "marshall", "king", "prince", "bishop"]

    static let particles: Set<String> = ["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "los", "las", "del", "della", "bin", "bint", "ibn", "al", "el", "y", "dos", "das", "zu"]

    /// Whether every item of a phrase names a class of people (`namesClassOfPeople`: `the Peoples of Asia and Africa`,
    /// `the Workers of the World`, `Youth of All Countries`): a public, to which an appeal or statement is published,
    /// not sent, and a letter is addressed to no correspondent.
    static func namesPublicByCollective(_ phrase: String) -> Bool {
        guard classOfPeopleCues.occurs(in: phrase) else { return false }
        let items = splitList(phrase)
        return !items.isEmpty && items.indices.allSatisfy { namesClassOfPeople(items, at: $0) }
    }

    /// Whether list item `i` is a class of people (`isClassOfPeople`), or a place after one whose complement it
    /// continues (`the Peoples of Asia and Africa`: `Africa`).
    static func namesClassOfPeople(_ items: [ListItem], at i: Int) -> Bool {
        if isClassOfPeople(tokenize(items[i].text)) { return true }
        guard i > 0, !items[i].afterComma, Gazetteer.isPlace(items[i].text) else { return false }
        let previous = tokenize(items[i - 1].text)
        return isClassOfPeople(previous) && previous.contains(where: { wordKey($0) == "of" })
    }

    /// The cue of `isClassOfPeople`: a phrase holding none of its nouns names no class of people.
    static let classOfPeopleCues = RuleCues(Lexicon.classesOfPeople)

    /// Arabic articles printed joined by a hyphen to the name they open (`al-Tamimi`, `el-Khoury`, `ash-Shami`,
    /// `ud-Din`): the sun-letter forms as well as `al`/`el`.
    static let hyphenedArticles: Set<Substring> = ["al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ud", "ul"]

    /// The name after a lower-case hyphened article (`al-Tamimi` → `Tamimi`), when it is capitalised; else nil.
    static func stemAfterHyphenedArticle(_ token: String) -> Substring? {
        guard let first = token.utf8.first, first >= 97, first <= 122, let hyphen = token.firstIndex(of: "-"),
              hyphenedArticles.contains(token[..<hyphen]) else { return nil }
        let stem = token[token.index(after: hyphen)...]
        return stem.first?.isUppercase == true ? stem : nil
    }

    /// Whether a token is a surname opened by a lower-case hyphened article (`al-Rahim`, `el-Sayed`, `ad-Din`,
    /// `ash-Shami`; `stemAfterHyphenedArticle`): such a word is a name word, as a particle is.
    static func isArticledArabicSurname(_ token: String) -> Bool {
        guard let stem = stemAfterHyphenedArticle(token) else { return false }
        return stem.count >= 2 && !stem.hasSuffix("'s")
    }

    /// Whether a token can be part of a person's name.
    /// `d'Auberval`: `d'` (or `d’`) and a capitalised name of two letters or more.
    static func isElidedParticleName(_ token: String) -> Bool {
        let rest = token.hasPrefix("d'") ? token.dropFirst(2) : token.hasPrefix("d\u{2019}") ? token.dropFirst(2) : nil
        guard let rest, rest.count >= 2, rest.first?.isUppercase == true else { return false }
        // `d'Affaires` is an office's word (`Chargé d'Affaires`), no name.
        return rest.dropFirst().allSatisfy { $0.isLetter || $0 == "-" } && !Lexicon.offices.contains("d'" + rest.lowercased())
    }

    static func isNameToken(_ token: String, next: String?) -> Bool {
        let key = wordKey(token)
        return isNameToken(token, key: key, classes: NameKeyClasses.of(key), next: next) { isNameToken(next ?? "", next: nil) }
    }

    /// `isNameToken(token, next:)` given the token's key and classes (`NameKeyClasses`), worked out once by the caller,
    /// and `nextIsName`, which answers `isNameToken(next, next: nil)` (asked only when there is a next token).
    @inline(__always)
    static func isNameToken(_ token: String, key: String, classes: NameKeyClasses, next: String?, nextIsName: () -> Bool) -> Bool {
        if key.isEmpty { return false }
        // "de Gaulle", "van Gogh": a particle before a name; "Zhu De", "He Long": a capitalised Chinese
        // syllable that ends a name or starts one.
        // (A token that lower-cases to a particle is its own key: the key is tested first, without a copy.)
        if classes.contains(.particle) && particles.contains(token.lowercased()) || key == "he" {
            // Particles may come in pairs ("de la Vega", "van der Berg", "de los Ríos").
            if let next, nextIsName() || (key != "he" && particles.contains(next.lowercased())) { return true }
            return key != "he" && token.first?.isUppercase == true
        }
        // "al-Tamimi", "el-Khoury", "ash-Shami": an Arabic article joined by a hyphen to a name is part of the name.
        if let stem = stemAfterHyphenedArticle(token) { return isNameToken(String(stem), next: nil) }
        // "d'Auberval", "d'Alembert": an elided particle joined to a capitalised name is part of the name.
        if token.utf8.first == UInt8(ascii: "d"), isElidedParticleName(token) { return true }
        // An ASCII token (most) is read on its bytes: a character's Unicode properties and `hasSuffix` cost hundreds
        // of instructions each (for ASCII a character is one byte, and `'s`, `.` join no byte before them).
        let isASCII = isASCIIText(token)
        if isASCII {
            guard let first = token.utf8.first, isASCIICapital(first) else { return false }
        } else {
            guard let first = token.unicodeScalars.first, first.properties.isUppercase else { return false }
        }
        // A possessive inside a phrase makes it a thing ("Mao's Comments"), not a name.
        if isASCII ? asciiHasSuffix(token, "'s") : token.hasSuffix("'s") || token.hasSuffix("’s") { return false }
        if isInitials(token) { return true }
        // "Tow. Zacharow", "Hon. Casey", "Ing. Novak": an abbreviation before a name is a form of address, whether
        // or not the lexicon lists it; given names abbreviated the English way ("Geo.", "Wm.") are names.
        if next != nil, isAbbreviatedFormOfAddress(token), nextIsName() { return false }
        // "Israel Epstein", "Sofia Petrova": a place word that is also a given name, before a name, is that name.
        if next != nil, classes.mayBeGivenName, nextIsName() { return true }
        if classes.contains(.neverName) { return false }
        // "the Romanians", "Hungarians": a nationality's plural names a group, never a person.
        if isASCII ? key.utf8.last == UInt8(ascii: "s") : key.hasSuffix("s"), Lexicon.nationalities.contains(String(key.dropLast())) { return false }
        // "Sino-Indian", "Soviet-Chinese": adjectives of relations, not names.
        if ByteSearch.asciiContains(token, "-") ?? token.contains("-"), let part = token.split(separator: "-").first,
           Lexicon.nationalities.contains(part.lowercased()) || part.lowercased() == "sino" || part.lowercased() == "afro" {
            return false
        }
        // Acronyms (DPRK, MFA, CC) are not names; single capitals ("U Thant") are. A party's acronym may keep one
        // lower-case letter of its words (`CPCz`, `KPdSU`): three capitals or more and one small letter are no name either.
        if let ascii = asciiLettersAndDigits(token) {
            if ascii.letters >= 2 && ascii.capitals == ascii.letters { return false }
            if ascii.capitals >= 3 && ascii.letters - ascii.capitals == 1 { return false }
            return !ascii.hasDigit
        }
        let letters = token.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) { return false }
        if letters.filter({ $0.properties.isUppercase }).count >= 3 && letters.filter({ !$0.properties.isUppercase }).count == 1 { return false }
        if token.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
        return true
    }

    /// The words of the lexicon's classes that are never part of a person's name (honorifics, offices,
    /// institution heads, non-name words, plural groups, nationalities, place words, connectives): the
    /// union of those tables, so that a name token is ruled in with one look-up instead of eight.
    static let neverNameWords: Set<String> = Lexicon.honorifics.union(Lexicon.offices).union(Lexicon.institutionHeads)
        .union(Lexicon.nonNameWords).union(pluralGroups).union(Lexicon.nationalities).union(Gazetteer.placeWords)
        .union(Lexicon.connectives).union(Lexicon.markingsNeverNames)

    /// For an ASCII token, its letters, capitals among them and whether it has a digit: what the Unicode
    /// properties `isAlphabetic`, `isUppercase` and `numericType` say of ASCII scalars. nil for any other token.
    static func asciiLettersAndDigits(_ token: String) -> (letters: Int, capitals: Int, hasDigit: Bool)? {
        var letters = 0, capitals = 0, hasDigit = false
        for b in token.utf8 {
            if b >= 0x80 { return nil }
            if b >= 65 && b <= 90 { letters += 1; capitals += 1 } else if b >= 97 && b <= 122 { letters += 1 }
            else if b >= 48 && b <= 57 { hasDigit = true }
        }
        return (letters, capitals, hasDigit)
    }

    /// Whether every byte of a text is ASCII.
    /// (Over the contiguous bytes where the text has them: the generic `allSatisfy` on the UTF-8 view costs some thirty
    /// instructions a byte, and every name token is asked.)
    @inline(__always) static func isASCIIText(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: { $0 >= 0x80 }) } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    @inline(__always) static func isASCIICapital(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }

    /// Whether a token is ASCII letters and digits only (its fold, its `wordKey` and its lower-case form agree).
    static func isASCIIAlphanumericWord(_ token: String) -> Bool {
        !token.utf8.isEmpty && token.utf8.allSatisfy { b in (b | 0x20) &- 97 < 26 || b &- 48 < 10 }
    }

    /// `text.hasSuffix(suffix)` for an ASCII text and suffix, over bytes.
    static func asciiHasSuffix(_ text: String, _ suffix: StaticString) -> Bool {
        let utf8 = text.utf8
        let n = suffix.utf8CodeUnitCount
        guard utf8.count >= n else { return false }
        return suffix.withUTF8Buffer { utf8.suffix(n).elementsEqual($0) }
    }

    /// `Tow.`, `Hon.`, `Ing.`, `Amb.`: a capitalised abbreviation of three to five letters with its period, not a
    /// given name's (`Lexicon.givenNameAbbreviations`).
    static func isAbbreviatedFormOfAddress(_ token: String) -> Bool {
        // ASCII: a capital, two to four lower-case letters, a period (as the character test below reads ASCII).
        if isASCIIText(token) {
            let utf8 = token.utf8
            guard (4...6).contains(utf8.count), let first = utf8.first, isASCIICapital(first), utf8.last == UInt8(ascii: "."),
                  utf8.dropFirst().dropLast().allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
            return !Lexicon.givenNameAbbreviations.contains(String(token.dropLast()).lowercased())
        }
        guard token.hasSuffix("."), let first = token.first, first.isUppercase else { return false }
        let body = token.dropLast()
        guard (3...5).contains(body.count), body.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return !Lexicon.givenNameAbbreviations.contains(body.lowercased())
    }

    /// `A.`, `V.V.`, `A.M.`, `Sh.`: initials of given names.
    static func isInitials(_ token: String) -> Bool {
        if isASCIIText(token) { return isASCIIInitials(token) }
        guard token.hasSuffix(".") else { return false }
        let parts = token.split(separator: ".").enumerated().map { $0.offset > 0 && $0.element.hasPrefix("-") ? $0.element.dropFirst() : $0.element }
        return !parts.isEmpty && parts.allSatisfy { p in
            guard p.unicodeScalars.first?.properties.isUppercase == true, p.allSatisfy(\.isLetter) else { return false }
            // Two-letter initials are transliterated digraphs ("Yu.V. Andropov", "Zh."); "Nam Il." ends a sentence.
            return p.count == 1 || p.count == 2 && digraphInitials.contains(p.lowercased())
        }
    }

    /// `isInitials` of an ASCII token, over its bytes: parts between periods (empty ones skipped), each a capital
    /// alone or a capital and a letter that spell a digraph, and a period at the end.
    static func isASCIIInitials(_ token: String) -> Bool {
        // Most tokens end in a letter: they are answered before any copy of their bytes.
        guard token.utf8.last == UInt8(ascii: ".") else { return false }
        let bytes = Array(token.utf8)
        func isLetter(_ b: UInt8) -> Bool { isASCIICapital(b) || b >= 97 && b <= 122 }
        var sawPart = false
        var start = 0
        for end in bytes.indices where bytes[end] == UInt8(ascii: ".") {
            defer { start = end + 1 }
            // "P.-A.", "J.-P.": the initials of a hyphenated given name (Pierre-André) join with a hyphen.
            let partStart = sawPart && start < end && bytes[start] == UInt8(ascii: "-") ? start + 1 : start
            guard end > partStart else { continue }
            sawPart = true
            let part = bytes[partStart..<end]
            guard isASCIICapital(part[partStart]), part.allSatisfy(isLetter) else { return false }
            if part.count == 1 { continue }
            guard part.count == 2, digraphInitials.contains(String(decoding: part, as: UTF8.self).lowercased()) else { return false }
        }
        return sawPart
    }

    /// Initials of two letters, as transliteration writes one Cyrillic letter: Ю, Я, Е, Ё, Ж, Ч, Ш, Х, Ц.
    static let digraphInitials: Set<String> = ["yu", "ya", "ye", "yo", "zh", "ch", "sh", "kh", "ts", "th", "iu", "ia"]

    /// Joins a name's tokens, moving trailing initials to the front ("Stalin I.V." → "I.V. Stalin").
    /// A ruler's regnal number after the name (`II` to `XVIII`, as `WordClass.romanNumerals`, in capitals, perhaps with a
    /// stop): `I`, `V` and `X` alone are initials.
    static func isRegnalNumeral(_ token: String) -> Bool {
        guard let first = token.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X") else { return false }
        let bare = token.utf8.last == UInt8(ascii: ".") ? String(token.dropLast()) : token
        // `XI` in capitals is the number, though `xi` is left out of `Lexicon.romanNumerals` (`Xi`, in title case, is a surname).
        return bare.utf8.count >= 2 && bare.utf8.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") })
            && (Lexicon.romanNumerals.contains(bare.lowercased()) || bare == "XI")
    }

    static func personText(_ tokens: [String]) -> String {
        var t = tokens
        // A regnal number closes the name, without its stop ("Wilhelm II." → "Wilhelm II").
        if t.count >= 2, let last = t.last, isRegnalNumeral(last) {
            return personText(Array(t.dropLast())) + " " + (last.hasSuffix(".") ? String(last.dropLast()) : last)
        }
        if t.count >= 2, isInitials(t.last!), !isInitials(t[t.count - 2]) {
            var initials: [String] = []
            while let last = t.last, isInitials(last), t.count > 1 { initials.insert(t.removeLast(), at: 0) }
            t = initials + t
        }
        return t.joined(separator: " ")
    }

    /// Lower-cased token without surrounding punctuation, for lexicon look-ups.
    static func wordKey(_ token: String) -> String {
        if let key = ASCIIWords.key(token) { return key }
        var s = Substring(token.lowercased())
        while let f = s.first, !(f.isLetter || f.isNumber) { s.removeFirst() }
        while let l = s.last, !(l.isLetter || l.isNumber) { s.removeLast() }
        return String(s)
    }

    static func isNumberLike(_ key: String) -> Bool {
        key.first?.isNumber == true || key == "a.m" || key == "p.m" || key == "am" || key == "pm" || key == "noon"
    }

    static func tokenize(_ text: String) -> [String] {
        if let tokens = ASCIIWords.tokens(text) { return tokens }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { token in
            var t = String(token)
            while let l = t.last, l == "," || l == ":" || l == ";" { t.removeLast() }
            return t
        }.filter { !$0.isEmpty }
    }

    /// Drops a possessive ending: "Zhou Enlai's" → "Zhou Enlai".
    static func stripPossessive(_ text: String) -> String {
        var t = TitleText.trimmed(text)
        // Every possessive ending closes with an `s` or `'` byte: a text closing on another byte keeps its end.
        guard let lastByte = t.utf8.last, lastByte == UInt8(ascii: "s") || lastByte == UInt8(ascii: "'") else { return t }
        // "St. John's", "St. George's": the possessive belongs to the place's name.
        if t.hasSuffix("'s"), Gazetteer.isPlace(t) { return t }
        for suffix in ["'s", "’s", "s'"] where t.hasSuffix(suffix) {
            t.removeLast(suffix == "s'" ? 1 : 2)
            break
        }
        return t
    }

    /// `V[yacheslav] I. Kochemassov` → `Vyacheslav I. Kochemassov`; `[Richard] Dixon` → `Richard Dixon`.
    static func resolveEditorialBrackets(_ text: String) -> String {
        // Only a `[` is acted on: a text without its byte (most names) comes back as it is, not rebuilt.
        guard ByteSearch.holds(UInt8(ascii: "["), in: text) else { return text }
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "[" , let close = chars[i...].firstIndex(of: "]") else { i += 1; continue }
            let attachedLeft = i > 0 && chars[i - 1].isLetter
            let attachedRight = close + 1 < chars.count && chars[close + 1].isLetter
            let atStartBeforeName = i == 0 && close + 1 < chars.count && chars[close + 1] == " "
                && close + 2 < chars.count && chars[close + 2].isUppercase
            if attachedLeft || attachedRight || atStartBeforeName {
                chars.remove(at: close)
                chars.remove(at: i)
                continue
            }
            i = close + 1
        }
        return String(chars)
    }

    /// `Filippov [Stalin]` → ("Filippov", "Stalin"); also parentheses.
    static func trailingBracket(_ text: String) -> (String, String)? {
        let t = TitleText.trimmed(text)
        guard let last = t.last, last == "]" || last == ")" else { return nil }
        let open: Character = last == "]" ? "[" : "("
        guard let start = t.lastIndex(of: open) else { return nil }
        let outside = TitleText.trimmed(String(t[..<start]))
        let inside = String(t[t.index(after: start)..<t.index(before: t.endIndex)])
        return (outside, inside)
    }

    /// Brackets that carry no name: "(excerpt)", "(3)", "[Somali Democratic Republic]"-like expansions are kept
    /// out by the caller; here only numbers and editorial words.
    static func isNoise(_ inside: String) -> Bool {
        let key = NameFolding.fold(inside)
        if key.isEmpty || key.first!.isNumber { return true }
        let noise = ["excerpt", "excerpts", "extract", "extracts", "fragment", "fragments", "summary", "draft",
                     "copy", "translation", "abridged", "original", "sic", "continued", "cont"]
        // "(Received 12 May)", "(Sent 4 p.m.)": when the document travelled, an editor's note.
        let firstWord = key.prefix { $0 != " " }
        if ["received", "sent", "dispatched", "despatched", "delivered", "handed"].contains(firstWord) { return true }
        // "(Message)", "(Telegram)": the document's type, printed after its ends.
        if Lexicon.documentTypes.contains(where: { $0.phrase == key }) { return true }
        // "(No. 123)", "(Telegraphic)", "(Confidential)": a register's number and marks (`LetterEditions.registerMarks`).
        if LetterEditions.isRegisterNote(key) { return true }
        // "Sir A. Clark Kerr (Moscow)": where he wrote from, not a second name.
        return noise.contains(key) || key.hasPrefix("excerpt") || key.hasPrefix("fragment") || Gazetteer.isPlace(inside)
    }
}
