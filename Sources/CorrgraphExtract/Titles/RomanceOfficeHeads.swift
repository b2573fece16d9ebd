import Foundation

/// Office heads of diplomatic documents printed in Italian, Spanish and French (the Italian DDI, the Spanish foreign
/// ministry's papers, the Holy See's editions): the same conventions as the English and German office heads — an office
/// with its posting or domain, its holder in apposition after a comma or printed after it, a `to` before the
/// addressee, a `for` before the final recipient, a participle that opens an enclosed message, a talk noun with its
/// sides — over the word classes of each language (docs/title-variants.md, "Office heads in Italian, Spanish and
/// French"). One grammar reads every language: each row of `languages` gives one language's words for each slot.
///
/// | head | acts |
/// |---|---|
/// | `IL MINISTRO DEGLI ESTERI, ROSSI, ALL'AMBASCIATORE A LONDRA, BIANCHI` | Rossi → Bianchi |
/// | `L'INCARICATO D'AFFARI A MOSCA, A, AL MINISTRO DEGLI ESTERI, B, PER IL CAPO DEL GOVERNO` | A → Capo del Governo via B |
/// | `Despacho del Embajador en X, A, al Ministro de Asuntos Exteriores` | A → Ministro de Asuntos Exteriores |
/// | `Conversación del Subsecretario A con el Embajador de Italia, B` | {A, B} |
/// | `Le cardinal A au nonce à Berne B, pour l'archevêque C` | A → C via B |
/// | `Le délégué apostolique à X A au cardinal B, transmettant une lettre du président C à D` | C → D via A > B |
/// | `Relazione del Ministro sulla situazione` | none |
enum RomanceOfficeHeads {
    /// The languages of the office heads, each a row of the language table (`LanguageTable.officeHeads`: Italian,
    /// Spanish, French), read through their slots: `articles`, `ofWords` (the sender's genitive after a document or talk
    /// noun, and an office's complement: `del`, `dell'`, `de`, `du`), `toFused` and `to` (the addressee's preposition fused
    /// with an article, `al`, `all'`, `au`, and the bare one, `a`, `à`, which is also a posting's), `relay` (`, per il Capo
    /// del Governo`), `with`, `between` and `and` (a talk's sides), `enclosure` (`trasmettendo`, `transmettant`),
    /// `posting`, `documents` and `wires`, `talkNouns` and `records`, `offices`, `institutions`, `formsOfAddress`,
    /// `officeSubject`, `documentModifiers`.
    static let languages: [LanguageTable.Row] = LanguageTable.officeHeads

    // Every slot's words over all the languages: a head may be read in any of them.
    static let articles = union(\.articles)
    static let genitives = union(\.ofWords)
    static let addressFused = union(\.toFused)
    static let addressBare = union(\.to)
    static let relay = union(\.relay)
    /// The go-betweens' phrases as token keys (`por conducto de` → `por`, `conducto`, `de`), longest first.
    static let through: [[String]] = union(\.through).map { tokens($0).map(\.key) }.sorted { $0.count > $1.count }
    static let addressBeforeOffice = union(\.addressBeforeOffice)
    static let delegations = union(\.delegations)
    static let assemblies = union(\.assemblies)
    /// The words of a ministry's domain that are also the office words of `chargé d'affaires` (`Affaires étrangères`,
    /// `Asuntos Exteriores`, `Affari Esteri`): after a connective inside a complement they continue it.
    static let domainWords: Set<String> = ["affaires", "affari", "asuntos"]
    static let talkModifiers = union(\.talkModifiers)
    /// Relative pronouns that may open an enclosure (`que transcribe mensaje de A`, `che trasmette`, `qui transmet`).
    static let relativePronouns: Set<String> = ["che", "que", "qui"]
    static let talkWith = union(\.with)
    static let talkBetween = union(\.between)
    static let andWords = union(\.and)
    static let enclosure = union(\.enclosure)
    static let posting = union(\.posting)
    static let complement = union(\.ofWords)
    static let documents: [String: String] = languages.reduce(into: [:]) { $0.merge($1.documents) { a, _ in a } }
    static let wires = union(\.wires)
    static let talks = union(\.talkNouns)
    static let records = union(\.records)
    static let offices = union(\.offices)
    static let institutions = union(\.institutions)
    static let formsOfAddress = union(\.formsOfAddress).union(Lexicon.honorifics)
    static let subject = union(\.officeSubject)
    static let modifiers = union(\.documentModifiers)
    /// Letter nouns: a heading opened by one is a letter edition's (`LetterEditions`) unless an office stands at an end.
    static let letterNouns: Set<String> = Set(documents.filter { $0.value == "letter" }.keys)
    /// Every function word of the grammar: none is a word of a name, in whatever case the head is printed.
    static let functionWords: Set<String> = articles.union(genitives).union(addressFused).union(addressBare).union(relay)
        .union(through.flatMap { $0 })
        .union(talkWith).union(talkBetween).union(andWords).union(enclosure).union(posting).union(complement).union(subject)
        .union(["un", "una", "une", "uno", "y"])

    static func union(_ slot: KeyPath<LanguageTable.Row, Set<String>>) -> Set<String> {
        languages.reduce(into: []) { $0.formUnion($1[keyPath: slot]) }
    }

    /// The head's cue: a Romance preposition of address, talk or genitive as a whole word (`al`, `au`, `alla`, `con`,
    /// `avec`, `del`, `della` …); non-ASCII heads (`à`, `é`) pass the cue test and are read.
    static let cues = RuleCues(["al", "allo", "alla", "all", "ai", "agli", "alle", "au", "aux", "con", "col", "avec", "entre",
                                "tra", "fra", "del", "dello", "della", "dell", "dei", "degli", "delle", "du", "la"])

    /// English function words: a head that holds one in lower case is an English head, read by the English grammar.
    static let englishWords: Set<String> = ["the", "of", "from", "to", "with", "and", "by", "for", "on", "between"]

    // MARK: Tokens

    struct Token {
        /// As printed, without a closing comma.
        var text: String
        var key: String
        /// An elided article or preposition (`l'`, `dell'`, `d'`): printed joined to the next word.
        var elided = false
        var isComma = false
        var isCapitalised: Bool { text.first?.isUppercase == true }
    }

    static let elisions: [String] = ["all'", "dell'", "dall'", "nell'", "sull'", "coll'", "un'", "l'", "d'"]

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        for raw in text.split(separator: " ") {
            var word = String(raw).replacingOccurrences(of: "’", with: "'")
            var comma = false
            while let last = word.last, [",", ";"].contains(last) { word.removeLast(); comma = true }
            if word.hasSuffix("."), word.count > 1, !word.dropLast().contains("."), word.count > 4,
               !formsOfAddress.contains(word.lowercased()) { word.removeLast() }
            let lower = word.lowercased()
            if let mark = elisions.first(where: { lower.hasPrefix($0) }), word.count > mark.count {
                out.append(Token(text: String(word.prefix(mark.count)), key: mark, elided: true))
                word = String(word.dropFirst(mark.count))
            }
            if !word.isEmpty { out.append(Token(text: word, key: word.lowercased())) }
            if comma { out.append(Token(text: ",", key: ",", isComma: true)) }
        }
        return out
    }

    // MARK: Reading

    /// The acts the head states, or nil when it is no Romance office head. An empty reading is a head of this kind that
    /// states no act (`Relazione del Ministro sulla situazione`, `Appunto del Capo di Gabinetto, A`).
    static func read(_ title: String) -> TitleReading? {
        guard cues.occurs(in: title) else { return nil }
        guard !title.split(separator: " ").contains(where: { englishWords.contains(String($0)) }) else { return nil }
        let head = cuttingRegister(title)
        var t = tokens(head)
        while let last = t.last, last.isComma { t.removeLast() }
        guard t.count >= 3, t.count <= 60 else { return nil }
        var parser = Parser(t: t)
        guard let reading = parser.head() else { return nil }
        // A talk whose sides are not set off by commas is read word by word where that reads it (`talkRewritten`).
        // A side named by an office alone at its posting (`el Embajador en Londres`) is read by the office ends, which keep the
        // posting (the word-by-word reading takes its city for a name).
        if !reading.conversations.isEmpty, !ByteSearch.holds(UInt8(ascii: ","), in: title),
           !reading.conversations.contains(where: { $0.participants.contains(where: isOfficeAtPosting) }),
           talkRewritten(title) != nil { return nil }
        return reading
    }

    // MARK: Talk heads

    /// An office named alone with its posting (`Embajador en Londres`, `Ambasciatore a Londra`, `Ambassadeur à Londres`).
    static func isOfficeAtPosting(_ mention: NameMention) -> Bool {
        mention.kind == .office && mention.text.split(separator: " ").dropFirst().contains { posting.contains($0.lowercased()) }
    }

    /// **Romance talk heads have one reader, this one.** A talk head in French, Italian or Spanish (`Colloquio tra A e B`,
    /// `Entretien de M. A avec M. B`, `Memorándum de la conversación entre A y B`, `Colloquio A-B`, `audience accordée par A
    /// à B`) is read over the talk slots of its row of the language table (`LanguageTable.romanceTalks`). Where the head's
    /// sides are offices with their holders set off by commas (`COLLOQUIO DEL MINISTRO DEGLI ESTERI, A, CON
    /// L'AMBASCIATORE DI GERMANIA, B`), the office-head parser's ends name them (`read`, `Parser.talk`); a head without a
    /// comma that the word-by-word reading reads is rewritten as the English head `Conversation between A and B`
    /// (`talkRewritten`, which `ForeignDiplomaticHeads.rewritten` asks after its own forms), and the title grammar reads that.
    static func talkRewritten(_ title: String) -> String? {
        guard ForeignDiplomaticHeads.foreignCues.occurs(in: title) else { return nil }
        return ForeignDiplomaticHeads.talk(title, rows: LanguageTable.romanceTalks)
    }

    /// `…, CIANO. T. 3421/187 R.`: what the edition prints after the head, from the first period that closes a word of
    /// three letters or more (no initial, no form of address), is its register (telegram number, protocol) and is cut.
    static func cuttingRegister(_ title: String) -> String {
        var head = title.trimmingSpaces()
        var search = head.startIndex
        while let r = head.range(of: ". ", range: search..<head.endIndex) {
            let before = head[..<r.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            if before.count >= 3, !NamePhrase.isInitials(before + "."), !formsOfAddress.contains(before.lowercased() + "."),
               !before.contains(".") {
                head = String(head[..<r.lowerBound])
                break
            }
            search = r.upperBound
        }
        while head.hasSuffix(".") { head.removeLast() }
        return head
    }

    /// A correspondent at one end: a holder (a person), an office as printed, a body as printed, or a person by name.
    struct End {
        var mention: NameMention
        /// The office words of an office end, for a list that shares them (`AGLI AMBASCIATORI A X, A, E A Y, B`).
        var office: [Token] = []
        var isOfficial: Bool
    }

    struct Parser {
        let t: [Token]
        var i = 0

        init(t: [Token]) { self.t = t }

        var atEnd: Bool { i >= t.count }
        func key(_ j: Int) -> String { j < t.count ? t[j].key : "" }

        mutating func head() -> TitleReading? {
            var reading = TitleReading()
            var letter = false
            // A document noun, its modifiers and the sender's genitive; or a talk (after a record noun and its genitive).
            if let type = RomanceOfficeHeads.documents[key(0)], t[0].isCapitalised {
                reading.documentType = type
                letter = RomanceOfficeHeads.letterNouns.contains(key(0))
                let wire = RomanceOfficeHeads.wires.contains(key(0))
                i = 1
                while !atEnd, RomanceOfficeHeads.modifiers.contains(key(i)) { i += 1 }
                // `Memorándum de la conversación entre …`, `Appunto sul colloquio …`: a record of a talk.
                if let talk = talkAfterRecord() { return talk }
                guard openGenitive() else { return nil }
                return message(reading: reading, wire: wire, letter: letter)
            }
            if RomanceOfficeHeads.talks.contains(key(0)), t[0].isCapitalised {
                i = 1
                return talk()
            }
            // A record noun that is no document noun (`Compte rendu de l'entretien …`, `Resoconto del colloquio …`) may open
            // a talk as a document noun does.
            if RomanceOfficeHeads.records.contains(key(0)), t[0].isCapitalised {
                i = 1
                if let talk = talkAfterRecord(), !talk.conversations.isEmpty { return talk }
                i = 0
            }
            // A bare head: an article, an office, a form of address or a name opens it.
            return message(reading: reading, wire: false, letter: true)
        }

        /// After a record noun: `de la conversación`, `sul colloquio`, `de l'entretien`: a talk, read as one.
        mutating func talkAfterRecord() -> TitleReading? {
            let start = i
            var j = i
            while j < t.count, j < i + 3, RomanceOfficeHeads.genitives.contains(t[j].key) || RomanceOfficeHeads.articles.contains(t[j].key)
                    || RomanceOfficeHeads.subject.contains(t[j].key) || t[j].key == "rendu" { j += 1 }
            guard j < t.count, RomanceOfficeHeads.talks.contains(t[j].key), j > start || t[j].isCapitalised else { return nil }
            i = j + 1
            return talk() ?? TitleReading()
        }

        /// The sender's genitive (with its article): `del`, `de la`, `dell'`, `du`, `de l'`.
        mutating func openGenitive() -> Bool {
            guard !atEnd, RomanceOfficeHeads.genitives.contains(key(i)) else { return false }
            i += 1
            skipArticle()
            return true
        }

        /// `TALK del|de la A con B`, `TALK entre|tra A e|y|et B`: the conversation of the two sides.
        mutating func talk() -> TitleReading? {
            var reading = TitleReading()
            // `conversación sostenida entre …`, `colloquio avuto con …`: the talk noun's participle or adjective.
            while !atEnd, RomanceOfficeHeads.talkModifiers.contains(key(i)) { i += 1 }
            if RomanceOfficeHeads.talkBetween.contains(key(i)) {
                i += 1
                guard let first = end(), !atEnd, RomanceOfficeHeads.andWords.contains(key(i)) else { return nil }
                i += 1
                guard let second = end() else { return nil }
                reading.conversations = [ExtractedConversation(participants: [first.mention, second.mention])]
                return reading
            }
            guard openGenitive(), let first = end() else { return nil }
            if !atEnd, t[i].isComma { i += 1 }
            guard !atEnd, RomanceOfficeHeads.talkWith.contains(key(i)) else { return nil }
            i += 1
            guard let second = end() else { return nil }
            reading.conversations = [ExtractedConversation(participants: [first.mention, second.mention])]
            return reading
        }

        /// `A ADDRESS B[, e ADDRESS C][, RELAY D][, ENCLOSURE]`: the message from A, to B (and C), for D, and what it carries.
        mutating func message(reading: TitleReading, wire: Bool, letter: Bool) -> TitleReading? {
            var reading = reading
            let opened = i
            guard let sender = end() else { return nil }
            if !atEnd, t[i].isComma { i += 1 }
            if !atEnd, opened > 0, !isAddress(i), enclosureAt(i) {
                // `Telegrama de la Embajada en X que transmite mensaje de A para B`: no addressee, the message carried.
                let saved = i
                if let enclosed = enclosedMessage(), atEnd {
                    reading.messages = relayed(outer: (sender.mention, []), inner: (enclosed.from.mention, enclosed.to?.mention))
                    return reading
                }
                i = saved
            }
            guard !atEnd, isAddress(i) else {
                // No addressee: a wire is still a message; any other document states none. A bare head is no head of this kind.
                guard opened > 0, atEnd || RomanceOfficeHeads.subject.contains(key(i)) || key(i) == "sull'" else { return nil }
                if wire { reading.messages = [ExtractedMessage(from: [sender.mention], to: [])] }
                return reading
            }
            var official = sender.isOfficial
            consumeAddress()
            guard let first = end() else { return nil }
            official = official || first.isOfficial
            var addressees = [first]
            // Further addressees: `, e a|al …`, `y al …`, `et au …`; a bare posting after `e` shares the office before it.
            while !atEnd {
                var j = i
                if t[j].isComma { j += 1 }
                guard j < t.count, RomanceOfficeHeads.andWords.contains(t[j].key), j + 1 < t.count, isAddress(j + 1) else { break }
                i = j + 1
                let shared = addressees.last?.office ?? []
                if RomanceOfficeHeads.addressBare.contains(key(i)), i + 1 < t.count, t[i + 1].isCapitalised,
                   !isOfficeOrBody(i + 1), !shared.isEmpty {
                    // `E A TOKIO, ORSOLINI`: the plural office's posting, then its holder.
                    i += 2
                    guard !atEnd, t[i].isComma, let h = holder(from: i + 1) else { return nil }
                    i = h.next
                    addressees.append(End(mention: NameMention(text: h.text, kind: .person), office: shared, isOfficial: true))
                    continue
                }
                consumeAddress()
                guard let next = end() else { return nil }
                addressees.append(next)
            }
            var finalRecipient: End?
            var carried: (from: End, to: End?)?
            var goBetween: End?
            while !atEnd {
                if t[i].isComma { i += 1; continue }
                // `, por conducto de la Secretaría`: the go-between.
                if goBetween == nil, let phrase = throughPhrase(at: i) {
                    i += phrase
                    skipArticle()
                    guard let relay = end() else { return nil }
                    goBetween = relay
                    continue
                }
                // `para la negociación del convenio`: `for`, an article and a lower-case noun that is no office, body or form of
                // address open the document's purpose, as a subject word does.
                if RomanceOfficeHeads.relay.contains(key(i)), i + 2 < t.count, RomanceOfficeHeads.articles.contains(t[i + 1].key),
                   !t[i + 2].isCapitalised, !isOfficeOrBody(i + 2), !RomanceOfficeHeads.formsOfAddress.contains(t[i + 2].key) { break }
                if RomanceOfficeHeads.relay.contains(key(i)), finalRecipient == nil {
                    i += 1
                    skipArticle()
                    guard let recipient = end() else { return nil }
                    finalRecipient = recipient
                    continue
                }
                if enclosureAt(i), carried == nil, let enclosed = enclosedMessage() {
                    carried = enclosed
                    continue
                }
                if RomanceOfficeHeads.subject.contains(key(i)) { break }
                return nil
            }
            // A letter noun or a bare head is read here only where an office or a form of address stands at an end.
            if letter, !official, !(finalRecipient?.isOfficial ?? false) { return nil }
            let to = addressees.map(\.mention)
            if let goBetween {
                let final = finalRecipient.map { [$0.mention] } ?? to
                let via = (finalRecipient == nil ? [] : to) + [goBetween.mention]
                reading.messages = [ExtractedMessage(from: [sender.mention], to: final, via: via)]
            } else if let finalRecipient {
                reading.messages = [ExtractedMessage(from: [sender.mention], to: [finalRecipient.mention], via: to)]
            } else if let carried {
                reading.messages = relayed(outer: (sender.mention, to), inner: (carried.from.mention, carried.to?.mention))
            } else {
                reading.messages = [ExtractedMessage(from: [sender.mention], to: to)]
            }
            return reading
        }

        /// `transmettant une lettre du président A à B`, `con una carta del Jalifa al Generalísimo`: the enclosed
        /// message's author and addressee (the addressee may be unstated).
        mutating func enclosedMessage() -> (from: End, to: End?)? {
            let start = i
            if RomanceOfficeHeads.relativePronouns.contains(key(i)) { i += 1 }
            i += 1
            if !atEnd, RomanceOfficeHeads.relativePronouns.contains(key(i)) { i += 1 }
            if !atEnd, ["un", "una", "une", "uno", "il", "la", "el", "le", "l'"].contains(key(i)) { i += 1 }
            guard !atEnd, RomanceOfficeHeads.documents[key(i)] != nil || ["messaggio", "mensaje", "message", "lettre", "carta", "lettera"].contains(key(i)) else { i = start; return nil }
            i += 1
            guard openGenitive(), let author = end() else { i = start; return nil }
            if !atEnd, isAddress(i) || RomanceOfficeHeads.relay.contains(key(i)) {
                // (`mensaje del Presidente A para el Presidente B`: `for` names the message's addressee.)
                consumeAddress()
                guard let addressee = end() else { i = start; return nil }
                return (author, addressee)
            }
            return (author, nil)
        }

        /// Whether an enclosure opens at `j`: its participle or verb, perhaps after `que`/`che`/`qui` (`que transcribe
        /// mensaje de A`).
        func enclosureAt(_ j: Int) -> Bool {
            guard j < t.count else { return false }
            if RomanceOfficeHeads.enclosure.contains(t[j].key) { return true }
            return RomanceOfficeHeads.relativePronouns.contains(t[j].key) && j + 1 < t.count && RomanceOfficeHeads.enclosure.contains(t[j + 1].key)
                && t[j + 1].key != "con" && t[j + 1].key != "avec"
        }

        /// The number of tokens of a go-between's phrase at `j` (`por conducto de`), or nil.
        func throughPhrase(at j: Int) -> Int? {
            for phrase in RomanceOfficeHeads.through where j + phrase.count <= t.count {
                if phrase.indices.allSatisfy({ t[j + $0].key == phrase[$0] }) { return phrase.count }
            }
            return nil
        }

        /// The gold schema's relay rule for `C to D, transmitting a message from A to B`.
        func relayed(outer: (NameMention, [NameMention]), inner: (NameMention, NameMention?)) -> [ExtractedMessage] {
            let (c, ds) = outer
            let (a, b) = inner
            let outerMessage = ExtractedMessage(from: [c], to: ds)
            if a.text == c.text {
                guard let b, !ds.contains(where: { $0.text == b.text }) else { return [outerMessage] }
                return [outerMessage, ExtractedMessage(from: [a], to: [b])]
            }
            let finalRecipients: [NameMention]
            if let b, b.text != c.text { finalRecipients = [b] } else { finalRecipients = ds }
            var via: [NameMention] = []
            for relay in [c] + ds where relay.text != a.text && !finalRecipients.contains(where: { $0.text == relay.text })
                && !via.contains(where: { $0.text == relay.text }) {
                via.append(relay)
            }
            return [ExtractedMessage(from: [a], to: finalRecipients, via: via)]
        }

        /// Whether the word at `j` opens the addressee: a fused preposition (`al`, `all'`, `au`, `aux`), or the bare one
        /// (`a`, `à`) before an article, an office, a body, a form of address or a name — not after an office word, where
        /// it opens the office's posting (`Ambasciatore a Londra`, `nonce à Berne`).
        func isAddress(_ j: Int) -> Bool {
            guard j < t.count else { return false }
            if RomanceOfficeHeads.addressFused.contains(t[j].key) { return j + 1 < t.count }
            guard RomanceOfficeHeads.addressBare.contains(t[j].key), j + 1 < t.count else { return false }
            let next = t[j + 1]
            if RomanceOfficeHeads.articles.contains(next.key) || isOfficeOrBody(j + 1) || RomanceOfficeHeads.formsOfAddress.contains(next.key) { return true }
            // A place after an office or its complement is its posting.
            return j > 0 && !isOfficeOrBody(j - 1) && next.isCapitalised
        }

        mutating func consumeAddress() {
            i += 1
            skipArticle()
        }

        mutating func skipArticle() {
            while !atEnd, RomanceOfficeHeads.articles.contains(key(i)), i + 1 < t.count, !t[i + 1].isComma { i += 1 }
        }

        func isOfficeOrBody(_ j: Int) -> Bool {
            j < t.count && (RomanceOfficeHeads.offices.contains(t[j].key) || RomanceOfficeHeads.institutions.contains(t[j].key)
                            || t[j].key == "d'" && j + 1 < t.count && ["affari", "affaires"].contains(t[j + 1].key)
                            || ["affari", "affaires", "negocios"].contains(t[j].key))
        }

        func isNameWord(_ j: Int) -> Bool {
            guard j < t.count else { return false }
            let tok = t[j]
            guard !tok.isComma, !RomanceOfficeHeads.functionWords.contains(tok.key) || tok.key.hasSuffix(".") && tok.key.count == 2 else { return false }
            if RomanceOfficeHeads.offices.contains(tok.key) || RomanceOfficeHeads.institutions.contains(tok.key)
                || RomanceOfficeHeads.formsOfAddress.contains(tok.key) || RomanceOfficeHeads.documents[tok.key] != nil { return false }
            return tok.isCapitalised && !tok.text.contains(where: \.isNumber)
        }

        /// One end: articles and forms of address, then an office with its complement and posting, its holder printed after
        /// it or set off by commas; a body with its complement; or a name.
        mutating func end() -> End? {
            skipArticle()
            var addressed = false
            while !atEnd, i + 1 < t.count, !t[i + 1].isComma,
                  RomanceOfficeHeads.formsOfAddress.contains(key(i)) && (!RomanceOfficeHeads.offices.contains(key(i)) || isNameWord(i + 1))
                    || RomanceOfficeHeads.addressBeforeOffice.contains(key(i))
                        && (isOfficeOrBody(i + 1) || RomanceOfficeHeads.formsOfAddress.contains(key(i + 1))) {
                i += 1
                addressed = true
            }
            guard !atEnd else { return nil }
            if RomanceOfficeHeads.offices.contains(key(i)) || RomanceOfficeHeads.institutions.contains(key(i)) {
                let isBody = RomanceOfficeHeads.institutions.contains(key(i))
                let start = i
                while !atEnd, RomanceOfficeHeads.offices.contains(key(i)) || RomanceOfficeHeads.institutions.contains(key(i))
                        || isOfficeOrBody(i) && t[i].key == "d'" { i += 1 }
                if start < i, t[i - 1].key == "d'", !atEnd { i += 1 }
                // `las Misiones Diplomáticas`, `la Legación Suiza`, `l'Ambasciata Britannica`: a Romance adjective follows its noun,
                // and no name follows a body without a comma or a preposition: capitalised words right after a body's head are
                // its adjectives.
                if isBody {
                    while !atEnd, i - start < 4, t[i].isCapitalised, !t[i].isComma, !RomanceOfficeHeads.functionWords.contains(key(i)),
                          !isOfficeOrBody(i), RomanceOfficeHeads.documents[key(i)] == nil, !RomanceOfficeHeads.formsOfAddress.contains(key(i)) { i += 1 }
                }
                var officeEnd = i
                var posted = false
                // Complements (`degli Esteri`, `de Asuntos Exteriores`, `del Governo`) and a posting (`a Londra`, `en Lisboa`).
                while !atEnd {
                    let k = key(i)
                    // `Delegación de México a la Conferencia de Chapultepec`: a delegation's assembly is its posting.
                    if !posted, RomanceOfficeHeads.delegations.contains(t[start].key), let after = assemblyEnd(from: i) {
                        i = after
                        officeEnd = i
                        posted = true
                        continue
                    }
                    if RomanceOfficeHeads.complement.contains(k) || (k == "de" && i + 1 < t.count && ["la", "l'"].contains(key(i + 1))) {
                        var j = i + 1
                        if j < t.count, ["la", "l'", "los", "las", "le", "les", "gli"].contains(t[j].key) { j += 1 }
                        guard j < t.count, t[j].isCapitalised, !t[j].isComma else { break }
                        j += 1
                        // Capitalised words, and a connective between two (`Asuntos Exteriores`, `Stato Maggiore`, `Gran Bretagna`).
                        while j < t.count, !t[j].isComma {
                            if t[j].isCapitalised, !RomanceOfficeHeads.functionWords.contains(t[j].key) { j += 1; continue }
                            // (`de la Division des Affaires étrangères`: a domain's `Affaires`/`Asuntos` after a connective.)
                            if j + 1 < t.count, ["de", "di", "del", "degli", "della", "dei", "des", "du"].contains(t[j].key),
                               t[j + 1].isCapitalised, !RomanceOfficeHeads.functionWords.contains(t[j + 1].key),
                               !isOfficeOrBody(j + 1) || RomanceOfficeHeads.domainWords.contains(t[j + 1].key) {
                                j += 2; continue
                            }
                            // `du Département politique`, `des Affaires étrangères`: a lower-case adjective after the complement's
                            // capitalised words, before a function word, a comma or the end.
                            if isComplementAdjective(j) { j += 1; continue }
                            break
                        }
                        i = j
                        officeEnd = i
                        continue
                    }
                    // `en La Habana`, `en El Paso`, `à La Haye`, `en Los Ángeles`: a capitalised article (in a head not printed
                    // in capitals) after a posting's preposition opens the place's name.
                    if RomanceOfficeHeads.posting.contains(k), !posted, i + 2 < t.count, RomanceOfficeHeads.articles.contains(t[i + 1].key),
                       isPlaceArticle(i + 1), isNameWord(i + 2), !isOfficeOrBody(i + 2) {
                        // The place's words up to a comma, a function word or the end (`en La Habana a la Secretaría`).
                        var run = i + 2
                        while run < t.count, run < i + 5, isNameWord(run) { run += 1 }
                        if run == t.count || t[run].isComma || RomanceOfficeHeads.functionWords.contains(t[run].key) {
                            i = run
                            officeEnd = i
                            posted = true
                            continue
                        }
                    }
                    // (`presso la Santa Sede`: the posting's article.)
                    let placeAt = i + 1 < t.count && k == "presso" && RomanceOfficeHeads.articles.contains(t[i + 1].key) ? i + 2 : i + 1
                    if RomanceOfficeHeads.posting.contains(k), !posted, placeAt < t.count, t[placeAt].isCapitalised, !t[placeAt].isComma,
                       !isOfficeOrBody(placeAt), !RomanceOfficeHeads.articles.contains(t[placeAt].key) {
                        let j = placeAt
                        var run = j
                        while run < t.count, isNameWord(run) { run += 1 }
                        // The place: the whole run before a comma holder or a boundary when it is one place, else its first word.
                        let commaHolderFollows = run < t.count && t[run].isComma && run + 1 < t.count && isNameWord(run + 1)
                        let whole = t[j..<run].map(\.text).joined(separator: " ")
                        if run > j + 1, !commaHolderFollows, !Gazetteer.isPlace(whole) {
                            run = j + 1
                            if j + 2 <= t.count, Gazetteer.isPlace(t[j...(j + 1)].map(\.text).joined(separator: " ")), j + 2 < t.count, isNameWord(j + 2) { run = j + 2 }
                        }
                        i = run
                        officeEnd = i
                        posted = true
                        continue
                    }
                    break
                }
                let office = Array(t[start..<officeEnd])
                // A holder printed after the office (`il cardinale Rossi`, `nonce à Berne Bernardini`).
                var holderText: String?
                if !isBody, isNameWord(i) {
                    var j = i
                    while j < t.count, isNameWord(j) || t[j].elided && j + 1 < t.count && isNameWord(j + 1)
                            || isParticle(j) && j + 1 < t.count && isNameWord(j + 1) || isRoman(j) && j > i { j += 1 }
                    holderText = render(t[i..<j], name: true)
                    i = j
                }
                // A holder set off by commas (`IL MINISTRO DEGLI ESTERI, CIANO,`).
                if holderText == nil, !isBody, !atEnd, t[i].isComma, let h = holder(from: i + 1) {
                    holderText = h.text
                    i = h.next
                }
                if let holderText {
                    return End(mention: NameMention(text: RomanceOfficeHeads.papalName(holderText), kind: .person, office: render(office[...], name: false)), office: office, isOfficial: true)
                }
                let text = render(office[...], name: false)
                return End(mention: NameMention(text: text, kind: isBody ? .institution : .office), office: office, isOfficial: true)
            }
            // A name: capitalised words, particles, initials, a regnal number.
            guard isNameWord(i) || isParticle(i) && i + 1 < t.count && isNameWord(i + 1) else { return nil }
            var j = i
            while j < t.count, isNameWord(j) || t[j].elided && j + 1 < t.count && isNameWord(j + 1)
                    || isParticle(j) && j + 1 < t.count && isNameWord(j + 1) || isRoman(j) && j > i { j += 1 }
            let text = render(t[i..<j], name: true)
            i = j
            return End(mention: NameMention(text: RomanceOfficeHeads.papalName(text), kind: .person), isOfficial: addressed)
        }

        /// A holder set off by commas: one to five name words, closed by a comma, an address, a relay or the end.
        func holder(from start: Int) -> (text: String, next: Int)? {
            // Forms of address before the holder are dropped (`, Don Luis Olazábal,`).
            var j = start
            while j + 1 < t.count, RomanceOfficeHeads.formsOfAddress.contains(t[j].key), isNameWord(j + 1) { j += 1 }
            var k = j
            while k < t.count, isNameWord(k) || t[k].elided && k + 1 < t.count && isNameWord(k + 1)
                    || isParticle(k) && k + 1 < t.count && isNameWord(k + 1) || isRoman(k) && k > j { k += 1 }
            guard k > j, k - j <= 6 else { return nil }
            guard k == t.count || t[k].isComma || isAddress(k) || RomanceOfficeHeads.talkWith.contains(t[k].key)
                    || RomanceOfficeHeads.andWords.contains(t[k].key) else { return nil }
            let text = render(t[j..<k], name: true)
            // A single word that is a place is where the office sits, not its holder.
            if k - j == 1, Gazetteer.isPlace(text) { return nil }
            var next = k
            if next < t.count, t[next].isComma { next += 1 }
            return (text, next)
        }

        /// After `a`/`à`/`al`/`à la` and an assembly's noun (`la Conferencia`, `l'Assemblée`) with its complements (`de
        /// Chapultepec`, `de la Société des Nations`): the index after them; nil when no assembly follows.
        func assemblyEnd(from j: Int) -> Int? {
            guard j < t.count, RomanceOfficeHeads.addressBare.contains(t[j].key) || RomanceOfficeHeads.addressFused.contains(t[j].key) else { return nil }
            var k = j + 1
            while k < t.count, RomanceOfficeHeads.articles.contains(t[k].key) { k += 1 }
            guard k < t.count, RomanceOfficeHeads.assemblies.contains(t[k].key), t[k].isCapitalised else { return nil }
            k += 1
            while k < t.count, !t[k].isComma {
                if t[k].isCapitalised, !RomanceOfficeHeads.functionWords.contains(t[k].key) { k += 1; continue }
                var m = k
                guard RomanceOfficeHeads.complement.contains(t[m].key) || ["de", "des", "du"].contains(t[m].key) else { break }
                m += 1
                while m < t.count, RomanceOfficeHeads.articles.contains(t[m].key) { m += 1 }
                guard m < t.count, t[m].isCapitalised, !RomanceOfficeHeads.functionWords.contains(t[m].key) else { break }
                k = m
            }
            return k
        }

        /// An article printed in title case after a posting's preposition: the first word of a place's name (`La Habana`).
        func isPlaceArticle(_ j: Int) -> Bool {
            j > 0 && j < t.count && RomanceOfficeHeads.articles.contains(t[j].key) && !t[j].elided && t[j].isCapitalised
                && t[j].text.dropFirst().allSatisfy(\.isLowercase) && RomanceOfficeHeads.posting.contains(t[j - 1].key)
        }

        /// A lower-case adjective closing an office's complement (`politique`, `étrangères`, `fédéral`): no function word,
        /// modifier, subject, enclosure or talk word, after a capitalised word, and followed by a function word or the end.
        func isComplementAdjective(_ j: Int) -> Bool {
            guard j > 0, j < t.count, !t[j].isCapitalised, !t[j].elided, t[j].key.count >= 4, t[j - 1].isCapitalised,
                  t[j].key.allSatisfy(\.isLetter),
                  !RomanceOfficeHeads.functionWords.contains(t[j].key), !RomanceOfficeHeads.modifiers.contains(t[j].key),
                  !RomanceOfficeHeads.talkModifiers.contains(t[j].key), !RomanceOfficeHeads.enclosure.contains(t[j].key),
                  !RomanceOfficeHeads.subject.contains(t[j].key), !RomanceOfficeHeads.talks.contains(t[j].key) else { return false }
            // (Not before a comma: `du Département politique, M. A,` is the Swiss heads' apposition, `holdersInApposition`.)
            return j + 1 == t.count || RomanceOfficeHeads.functionWords.contains(t[j + 1].key)
        }

        func isParticle(_ j: Int) -> Bool {
            j < t.count && ["de", "di", "da", "del", "della", "d'", "van", "von", "la", "le", "du"].contains(t[j].key)
        }

        func isRoman(_ j: Int) -> Bool {
            j < t.count && RomanceOfficeHeads.regnalNumbers.contains(t[j].key) && t[j].text.allSatisfy(\.isUppercase)
        }

        /// Words as printed; an elided word joined to the next; in an office the function words in lower case and its
        /// first word capitalised (a head printed in capitals reads `Ministro degli Esteri`).
        func render(_ words: ArraySlice<Token>, name: Bool) -> String {
            var out = ""
            for (n, tok) in words.enumerated() {
                var text = tok.text
                if !name {
                    if n == 0 { text = text.prefix(1).uppercased() + text.dropFirst() }
                    // (`en La Habana`: a place's article after the posting's preposition keeps its capital.)
                    else if RomanceOfficeHeads.articles.contains(tok.key), !tok.elided, tok.isCapitalised,
                            tok.text.dropFirst().allSatisfy(\.isLowercase),
                            RomanceOfficeHeads.posting.contains(words[words.index(words.startIndex, offsetBy: n - 1)].key) { text = tok.text }
                    else if RomanceOfficeHeads.functionWords.contains(tok.key) || RomanceOfficeHeads.articles.contains(tok.key) { text = tok.key }
                } else if tok.elided, n > 0 || words.count == 1 {
                    text = tok.key
                } else if tok.elided {
                    text = tok.text.prefix(1).uppercased() + tok.key.dropFirst()
                }
                out += text
                if !tok.elided { out += " " }
            }
            return out.trimmingSpaces()
        }
    }

    /// A pope named by a regnal name in another language (`Pie XII`, `Pio XI`, `Pío XII`, `Jean XXIII`) is named in
    /// English (`Pius XII`), as the gold schema names everyone by the common English form.
    static let papalNames: [String: String] = [
        "pie": "Pius", "pio": "Pius", "pío": "Pius", "jean": "John", "giovanni": "John", "juan": "John", "benoît": "Benedict",
        "benedetto": "Benedict", "benedicto": "Benedict", "léon": "Leo", "leone": "Leo", "león": "Leo", "paul": "Paul",
        "paolo": "Paul", "pablo": "Paul", "grégoire": "Gregory", "gregorio": "Gregory", "clément": "Clement",
        "clemente": "Clement", "innocent": "Innocent", "innocenzo": "Innocent", "inocencio": "Innocent",
    ]

    /// Regnal numbers after a name (`XII`, `XXIII`): Roman numerals in capitals.
    static let regnalNumbers: Set<String> = Lexicon.romanNumerals.union(["i", "v", "x", "xi", "xix", "xx", "xxi", "xxii", "xxiii"])

    static func papalName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count == 2, let regnal = papalNames[words[0].lowercased()],
              words[1].allSatisfy({ "IVXL".contains($0) }) else { return name }
        return regnal + " " + words[1]
    }
}
