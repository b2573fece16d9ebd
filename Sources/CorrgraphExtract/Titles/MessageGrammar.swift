import Foundation

/// The grammar of who wrote to whom in a title, after the document lead-in:
/// `, A to B`, ` from A to B`, ` to B from A`, ` of A`, relays (`[via C]`, `(via C)`, `, via C`,
/// `to C, for B`) and enclosed messages (`C to D, transmitting a Message from A to B`), applying the
/// relay rule of the gold schema.
enum MessageGrammar {
    /// Words that, right before " to ", make the "to" part of an office or phrase, not the addressee split.
    static let toBinders: Set<String> = Set([
        "ambassador", "ambassadors", "delegate", "delegates", "envoy", "representative", "representatives",
        "attache", "attaché", "mission", "visit", "reply", "response", "answer", "trip", "delegation",
        "appeal", "journey", "return", "minister", "secretary", "adviser", "advisor", "consul", "charge",
        "chargé", "affaires", "d'affaires", "counselor", "counsellor", "assistant", "aide", "according", "prior", "presented", "sent",
        "addressed", "up", "due", "relating", "regard", "respect", "added", "attached", "related", "contrary",
    ]).union(Lexicon.visitNouns)   // "his Courtesy Call to B", "Visits to B": where someone went, no addressee

    /// Office nouns whose "to" names the country of posting ("Ambassador to China").
    /// A delegation or mission "to" a country or organisation is where it went; "to" a person addresses them.
    /// An attaché or chargé is posted the same way (`Military Attaché to China`); before a ministry, an office or a person
    /// their `to` addresses (`Report by the Military Attaché to the Ministry of National Defence`).
    static let diplomaticBinders: Set<String> = ["ambassador", "ambassadors", "envoy", "delegate", "representative", "minister", "consul",
                                                 "delegation", "mission", "attache", "attaché", "charge", "chargé", "affaires", "d'affaires"]

    /// Verbs of enclosing, as participle and third person: a clause with either carries an enclosed message
    /// (`C to D, transmitting A's Message to B`, `C to D, which transmits a Message from A to B`).
    static let enclosingVerbs: [(participle: String, present: String)] = [
        ("transmitting", "transmits"), ("conveying", "conveys"), ("relaying", "relays"), ("containing", "contains"),
        ("forwarding", "forwards"), ("enclosing", "encloses"), ("inclosing", "incloses"), ("passing on", "passes on"), ("including", "includes"),
    ]

    /// Clause openers that carry an enclosed message: the participles, relative clauses (`which`/`that` +
    /// third person) and `with` (only before a named document), `and convey to`.
    static let transmissionVerbs: [String] = enclosingVerbs.map(\.participle)
        + enclosingVerbs.flatMap { verb in ["which", "that"].map { "\($0) \(verb.present)" } }
        + ["with", "and convey to"]

    /// Words that end the recipient phrase and begin the subject.
    static let subjectOpeners = [
        " regarding ", " concerning ", " about ", " re ", " re: ", " reflecting ", " reporting ", " relating ",
        " in connection ", " informing ", " on the ", " on ", " with regard ", " in regard ", " in response ",
        " requesting ", " asking ", " describing ", " explaining ", " discussing ", " announcing ",
        // "…, through Official Channels": a manner, once a relay "through C" has been read (`extractVias`).
        " through ",
    ]

    /// Preconditions of the handed-report and authored-by rules of `read`: their participles (each of the
    /// rules' markers holds one as a whole word).
    static let handedCues = RuleCues(["given", "presented", "delivered", "handed"])
    static let authoredCues = RuleCues(["sent", "made", "written", "submitted", "given", "presented"])

    /// Subject openers that end a sender phrase after `from` before its addressee, and their precondition.
    static let senderSubjectOpeners = [" regarding ", " concerning ", " about ", " re ", " referring ", " reflecting ", " on the ", " reporting "]
    static let senderSubjectCues = RuleCues(senderSubjectOpeners)

    /// Common nouns that head a subject, not a correspondent: what one state gives, holds or owes another
    /// (`Soviet Aid to X`, `Chinese Policy to Y`, `Relations to Z`).
    static let subjectHeadNouns: Set<String> = [
        "aid", "assistance", "help", "support", "policy", "policies", "relations", "attitude", "approach",
        "loan", "loans", "credit", "credits", "grants", "subsidies", "exports", "imports", "shipments", "deliveries",
        "arms", "threat", "threats", "proposals", "demands", "commitments", "obligations", "cooperation",
    ]

    /// Whether a phrase's last word is a subject noun (`subjectHeadNouns`).
    static func closesOnSubjectNoun(_ phrase: String) -> Bool {
        NamePhrase.tokenize(phrase).last.map { subjectHeadNouns.contains(NamePhrase.wordKey($0)) } ?? false
    }

    /// Whether the subject opener at `range` continues a body's name (`the Committee on the Present Danger`,
    /// `the Commission about …`): an institution's head word right before it.
    static func opensBodyComplement(_ text: String, at range: Range<String.Index>) -> Bool {
        let before = NamePhrase.tokenize(String(text[..<range.lowerBound])).last.map(NamePhrase.wordKey) ?? ""
        return Lexicon.institutionHeads.contains(before)
    }

    /// **Convention: a body named by its subject** (`the Commission on Human Rights`, `the Chairman of the Committee on
    /// Foreign Relations`): after a head of `Lexicon.bodiesNamedBySubject` (not a party's `Central Committee`), a bare `on`
    /// and a capitalised word that is no date continue the body's name; `on the …` and `on 12 May` open the subject.
    static func continuesBodyName(_ text: String, at range: Range<String.Index>) -> Bool {
        let before = NamePhrase.tokenize(String(text[..<range.lowerBound])).suffix(2).map(NamePhrase.wordKey)
        guard let head = before.last, Lexicon.bodiesNamedBySubject.contains(head), before.first != "central" || before.count < 2
        else { return false }
        let after = NamePhrase.tokenize(String(String(text[range.lowerBound...]).trimmingSpaces().prefix(160)))
        guard after.count >= 2, NamePhrase.wordKey(after[0]) == "on" else { return false }
        return namesBodyAfterOn(Array(after.dropFirst()))
    }

    /// **Convention: a body named by its subject keeps `on the` in its name** (`the Committee on the Present Danger`, `the
    /// Commission on the Status of Women`): the words after a body head's `on` continue its name when they open with a
    /// capitalised word that is no date (`on Human Rights`), or with `the` and a capitalised run none of whose words is of
    /// the classes a report's subject opens with — topic nouns (`Lexicon.subjectTopicNouns`: situation, question, results
    /// …), subject nouns (`subjectHeadNouns`: aid, policy …), act nouns, document words, nationalities, the lexicon's
    /// non-name words, months: `the Committee on the Situation in X`, `on the Korean Question`, `on the Soviet Proposals`
    /// open the subject.
    static func namesBodyAfterOn(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        guard NamePhrase.wordKey(first) == "the" else {
            return first.first?.isUppercase == true && !Lexicon.months.contains(NamePhrase.wordKey(first))
        }
        let run = words.dropFirst().prefix { $0.first?.isUppercase == true }
        guard !run.isEmpty else { return false }
        return !run.contains { word in
            let key = NamePhrase.wordKey(word)
            let classes = Lexicon.classes(of: key)
            return Lexicon.subjectTopicNouns.contains(key) || subjectHeadNouns.contains(key) || Lexicon.nonNameWords.contains(key)
                || !classes.isDisjoint(with: [.actNoun, .documentWord, .nationality, .month]) || NamePhrase.actNounWords.contains(key)
        }
    }

    /// **Convention: a bare `on` after the author opens the subject** (`Memorandum by A on Soviet Aid to X`, `Letter from A
    /// on Soviet Aid to X`: after `by` or `from` alike), as `on the` does, except `on behalf of`, `on board`, `on or about`, a date (`on 12 May`, `on May 12`) and a body's name
    /// (`continuesBodyName`).
    static func opensSubjectAfterAuthor(_ text: String, at range: Range<String.Index>) -> Bool {
        guard !continuesBodyName(text, at: range), let next = NamePhrase.tokenize(String(text[range.upperBound...])).first
        else { return false }
        let key = NamePhrase.wordKey(next)
        // (`on the …` is the opener of `senderSubjectOpeners`, which a body's head word continues.)
        return !["behalf", "board", "or", "the"].contains(key) && !Lexicon.months.contains(key) && next.first?.isNumber != true
    }

    /// Reads the acts a title states after its lead-in.
    static func read(lead: DocumentLeadIn) -> (messages: [ExtractedMessage], problems: [String]) {
        var rest = TitleText.trimmed(lead.remainder)
        if rest.hasPrefix(",") { rest = TitleText.trimmed(String(rest.dropFirst())) }
        // "Intelligence Memorandum: Soviet Aid to Xlandia": after a document word and a colon, a phrase whose first
        // end closes on a subject noun is the document's subject, not its ends.
        if rest.hasPrefix(":"), let split = splitAtTo(TitleText.trimmed(String(rest.dropFirst()))), closesOnSubjectNoun(split.left) {
            return ([], [])
        }
        var lower = rest.lowercased()

        // "No. 21340 from Beijing, Mao Zedong to …": a place of origin before the correspondents.
        if lower.hasPrefix("from "), let comma = ByteSearch.firstIndex(ofASCII: UInt8(ascii: ","), in: Substring(rest)) {
            let place = rest[rest.index(rest.startIndex, offsetBy: 5)..<comma].trimmingSpaces()
            let after = rest[rest.index(after: comma)...].trimmingSpaces()
            if Gazetteer.isPlace(place), splitAtTo(after) != nil {
                rest = after
                lower = rest.lowercased()
            }
        }

        // "Verbal Report given to the First Secretary …, Comrade Enver Hoxha, on 19 September 1969, by Comrade Rita Marko"
        let handedMarkers = handedCues.occurs(in: rest) ? [" given to ", " presented to ", " delivered to ", " handed to ", " handed over to "] : []
        for marker in handedMarkers {
            if let r = TitleText.find(marker, in: " " + rest).first,
               let by = TitleText.find(" by ", in: " " + rest, from: r.upperBound).last {
                let padded = " " + rest
                let recipients = String(padded[r.upperBound..<by.lowerBound])
                let senders = String(padded[by.upperBound...])
                return build(senders: senders, recipients: cutSubject(recipients).phrase, hasRecipient: true, addressless: true)
            }
        }
        // "Report on … sent by A, …, to B", "Statement made by A to B": the author follows "by".
        let authoredMarkers = authoredCues.occurs(in: rest) ? [" sent by ", " made by ", " written by ", " submitted by ", " given by ", " presented by "] : []
        for marker in authoredMarkers {
            if let r = TitleText.find(marker, in: " " + rest).first {
                rest = "from " + String((" " + rest)[r.upperBound...])
                lower = rest.lowercased()
                break
            }
        }
        // A subject that starts before the addressee ends the sender phrase, after `from` or an author's `by`:
        // "Telegram from the Ministry of Foreign Affairs Regarding the Conversation … Referring to …",
        // "Memorandum by A on the Visit of a Delegation to X" — the subject runs to the end of the head, and a `to`
        // inside it (a delegation, mission or visit to a place or person) names no addressee.
        if let opening = ["from ", "by "].first(where: lower.hasPrefix) {
            let body = String(rest.dropFirst(opening.count))
            let toSplit = splitAtTo(body).map { body.distance(from: body.startIndex, to: body.index(body.startIndex, offsetBy: $0.left.count)) } ?? Int.max
            var earliest = Int.max
            for opener in senderSubjectCues.occurs(in: body) ? senderSubjectOpeners : [] {
                // "from the Panel on the Present Danger to B": a body named by its subject keeps `on the` (`continuesBodyName`);
                // any other body's `on the` opens the subject as a person's does ("from the Government on the Border Question").
                if let r = TitleText.find(opener, in: body).first(where: {
                    opener == " on the " ? !continuesBodyName(body, at: $0) : !opensBodyComplement(body, at: $0) }) {
                    earliest = min(earliest, body.distance(from: body.startIndex, to: r.lowerBound))
                }
            }
            if let r = TitleText.find(" on ", in: body).first(where: { opensSubjectAfterAuthor(body, at: $0) }) {
                earliest = min(earliest, body.distance(from: body.startIndex, to: r.lowerBound))
            }
            if earliest < toSplit {
                rest = opening + String(body.prefix(earliest))
                lower = rest.lowercased()
            }
        }

        var senders = ""
        var recipients = ""
        var hasRecipient = false
        // "A to B" after "from": the senders, and the addressees when a "to" separates them.
        func readFrom(_ body: String) {
            if let r = splitAtTo(body) {
                senders = r.left
                recipients = r.right
                hasRecipient = true
            } else {
                senders = body
            }
        }
        // The openings tested below are `from`, `by`, `of`, `to` and `for`: an ASCII opening word of another spelling
        // (most remainders open with a name) is compared with none of them.
        let mayOpenWithPreposition = TitleText.asciiOpeningWord(lower, limit: 5).map { ["from", "by", "of", "to", "for"].contains($0) } ?? true
        if let author = lead.possessiveAuthor {
            // "Prime Minister's Personal Telegram T.498/62: Mr. Macmillan to President Kennedy": an office's
            // series, whose entry names its writer and addressee after the number.
            var entry = rest.trimmingSpaces()
            if entry.hasPrefix(":") || entry.hasPrefix(",") { entry = String(entry.dropFirst()).trimmingSpaces() }
            if NamePhrase.parse(author).allSatisfy({ $0.kind == .office }), let split = splitAtTo(entry),
               isPureNameList(split.left), isPureNameList(cutSubject(split.right).phrase),
               NamePhrase.parse(split.left).contains(where: { $0.kind == .person }) {
                return build(senders: split.left, recipients: split.right, hasRecipient: true, addressless: lead.addressless)
            }
            senders = author
            if let r = splitAtTo(" " + rest) {
                recipients = r.right
                hasRecipient = true
            }
            // "Soviet Report to the SED Leadership": a nationality alone before the type stands for its
            // state's leadership, named as printed.
            let authorWords = NamePhrase.tokenize(author)
            if !authorWords.isEmpty, authorWords.allSatisfy({ Lexicon.nationalities.contains(NamePhrase.wordKey($0)) }) {
                var result = build(senders: "", recipients: recipients, hasRecipient: hasRecipient, addressless: lead.addressless)
                let state = NameMention(text: author, kind: .institution)
                if result.messages.isEmpty, hasRecipient || lead.addressless {
                    result.messages = [ExtractedMessage(from: [state], to: [])]
                }
                for i in result.messages.indices where result.messages[i].from.isEmpty { result.messages[i].from = [state] }
                return result
            }
        } else if mayOpenWithPreposition, lower.hasPrefix("from ") {
            readFrom(String(rest.dropFirst(5)))
        } else if mayOpenWithPreposition, lower.hasPrefix("by "), splitAtTo(String(rest.dropFirst(3))) != nil || lead.addressless {
            // "Letter by Ho Chi Minh to Stalin"
            readFrom(String(rest.dropFirst(3)))
        } else if mayOpenWithPreposition, lower.hasPrefix("of "), let from = TitleText.find(" from ", in: rest).first {
            // "Message of Greetings from Ho Chi Minh to Mao Zedong": the "of" phrase is the subject.
            readFrom(String(rest[from.upperBound...]))
        } else if mayOpenWithPreposition, lower.hasPrefix("of ") {
            // "Cable of V.V. Kuznetsov on …": the author, with no addressee unless a "to" follows.
            readFrom(String(rest.dropFirst(3)))
        } else if mayOpenWithPreposition, lower.hasPrefix("to ") || (lower.hasPrefix("for ") && !TitleText.find(" from ", in: rest).isEmpty)
                    || (lower.hasPrefix("for ") && ["instructions", "instruction", "directive", "draft instructions"].contains(lead.type))
                    || (lower.hasPrefix("for ") && addressesPeople(String(rest.dropFirst(4)))) {
            // "Memorandum to X from Y"; FRUS's "Memorandum for the President from Henry Kissinger".
            let body = String(rest.dropFirst(lower.hasPrefix("to ") ? 3 : 4))
            if let from = TitleText.find(" from ", in: body).first ?? (lower.hasPrefix("to ") ? authorAfterAddressee(body) : nil) {
                recipients = String(body[..<from.lowerBound])
                senders = String(body[from.upperBound...])
            } else {
                recipients = body
            }
            hasRecipient = true
        } else if !rest.isEmpty, splitAtTo(rest) != nil {
            readFrom(rest)
        } else if let pair = dashPair(rest) {
            return build(senders: pair.sender, recipients: pair.recipient, hasRecipient: true, addressless: lead.addressless)
        } else {
            return ([], [])
        }
        // "Letter from A to the Soviets": a letter to a people or a family is addressed, to no correspondent.
        let recipientEnd = hasRecipient ? cutSubject(recipients).phrase : ""
        let toPublic = hasRecipient && NamePhrase.namesPublicByCollective(recipientEnd)
        let toGroup = hasRecipient && groupAddressableTypes.contains(lead.type)
            && (NamePhrase.namesOnlyFamiliesOrPeoples(recipientEnd) || toPublic)
        // "Appeal to the Peoples of Asia and Africa": an appeal, statement or report to a public is published, not sent;
        // a cable or telegram (a type that is a message with no addressee, `lead.addressless`) is still sent.
        if toPublic && !toGroup && !lead.addressless { return ([], []) }
        // "Letter from A to the Workers of the World": addressed, to no correspondent.
        if toPublic { return build(senders: senders, recipients: "", hasRecipient: false, addressless: true) }
        return build(senders: senders, recipients: recipients, hasRecipient: hasRecipient, addressless: lead.addressless || toGroup)
    }

    /// `Report to B by A`, `Letter to B and C by A` (FRUS: `Report to the National Security Council by the Executive
    /// Secretary (Holder)`): after the addressee, a `by` names the author when the phrases on both sides of it name
    /// correspondents only (names, or an office end), with no `to` after it. A subject before `by` (`Letter to B on the
    /// Visit by A`) names no author.
    static func authorAfterAddressee(_ body: String) -> Range<String.Index>? {
        guard let by = TitleText.find(" by ", in: body).last else { return nil }
        let author = String(body[by.upperBound...])
        let addressee = String(body[..<by.lowerBound])
        guard TitleText.find(" to ", in: author).isEmpty, !NamePhrase.parse(author).isEmpty,
              isPureNameList(author) || OfficeHeads.readEnd(author) != nil,
              isPureNameList(addressee) || OfficeHeads.readEnd(addressee) != nil else { return nil }
        return by
    }

    /// Documents of correspondence, which a family or a people may receive (`NamePhrase.namesOnlyFamiliesOrPeoples`); a
    /// report, statement or appeal to a people is published, not sent.
    static let groupAddressableTypes: Set<String> = [
        "letter", "letters", "handwritten letter", "note", "diplomatic note", "note verbale", "hand delivered note",
        "hand-delivered note", "message", "verbal message", "oral message", "memorandum", "top secret memorandum",
        "secret memorandum", "reply", "postcard", "minute", "aide-memoire", "aide memoire", "aide-mémoire",
    ]

    /// Dashes that join a sender and a recipient after a document word (`Telegram A–B`, `Cable A - B`, `Letter
    /// A—B`): an en or em dash, spaced or not, or a spaced hyphen. An unspaced hyphen is part of a name (`Min-ho`).
    static let pairDashes = [" – ", " — ", " - "]

    /// `SENDER DASH RECIPIENT`, with names only on both sides and one dash between them; a subject after the
    /// recipient is cut off as after `to`.
    static func dashPair(_ unspaced: String) -> (sender: String, recipient: String)? {
        guard unspaced.first?.isUppercase == true, unspaced.contains(where: { $0 == "–" || $0 == "—" || $0 == "-" }) else { return nil }
        let rest = unspaced.replacingOccurrences(of: "–", with: " – ").replacingOccurrences(of: "—", with: " — ")
            .replacingOccurrences(of: "  ", with: " ")
        guard let dash = pairDashes.lazy.compactMap({ TitleText.find($0, in: rest).first }).first else { return nil }
        let sender = String(rest[..<dash.lowerBound]).trimmingSpaces()
        let recipient = cutSubject(String(rest[dash.upperBound...])).phrase.trimmingSpaces()
        guard !sender.isEmpty, !recipient.isEmpty, !pairDashes.contains(where: { recipient.contains($0) || sender.contains($0) }),
              isPureNameList(sender), isPureNameList(recipient),
              !NamePhrase.parse(sender).isEmpty, !NamePhrase.parse(recipient).isEmpty else { return nil }
        return (sender, recipient)
    }

    /// "Comment for Comrade Minister Oskar Fischer": a "for" phrase naming only people addresses them;
    /// "Memorandum for the Record" and "Report for the Period …" do not.
    static func addressesPeople(_ phrase: String) -> Bool {
        let cut = cutSubject(phrase).phrase
        // "for the Approval of the Plan" is a purpose, not a person.
        let lower = cut.lowercased()
        if ["the ", "a ", "an "].contains(where: lower.hasPrefix) || lower.contains(" of ") { return false }
        let people = NamePhrase.parse(cut)
        // "for Approval" is no one: a person here has a full name, or a form of address or office before it.
        let addressed = NamePhrase.tokenize(cut).first.map { Lexicon.honorifics.contains(NamePhrase.wordKey($0))
            || Lexicon.offices.contains(NamePhrase.wordKey($0)) } ?? false
        return !people.isEmpty && people.allSatisfy { $0.kind == .person && ($0.text.split(separator: " ").count >= 2 || addressed) }
    }

    static let exchangeCues = RuleCues(["exchange", "exchanged", "correspondence"])

    /// `Exchange of Letters between A and B`, `Correspondence between A and B`: one message each way.
    /// Lists of more than two parties do not say who wrote to whom and are left unread.
    static func exchangeBetween(_ title: String, cues: CuePresence? = nil) -> [ExtractedMessage]? {
        // Precondition: a word of the openers below, each of which holds one as a whole word.
        guard exchangeCues.occurs(in: title, reading: cues) else { return nil }
        let lower = title.lowercased()
        let openers = ["exchange of letters between ", "exchange of messages between ", "exchange of telegrams between ",
                       "exchange of cables between ", "exchange of notes between ", "exchange of correspondence between ",
                       "correspondence between ", "letters exchanged between ", "messages exchanged between "]
        guard let opener = openers.first(where: { lower.hasPrefix($0) }) else { return nil }
        let parties = ConversationGrammar.participantList(String(title.dropFirst(opener.count)))
        guard parties.count == 2 else { return nil }
        return [ExtractedMessage(from: [parties[0]], to: [parties[1]]), ExtractedMessage(from: [parties[1]], to: [parties[0]])]
    }

    /// A title with no document type that is only `A to B` (`Karsky to Cde. Miklashevsky`).
    /// **Convention: a proclamation to a people is published, not sent** (`Proclamation of King Louis XVIII to the French
    /// People`, `Address of the Governor-General to the Inhabitants of Bengal`): a head opening with a word of a published
    /// document (`publishedDocumentWords`), its author after `of` or `by`, and a public after `to`
    /// (`NamePhrase.namesPublicByCollective`, a people or a class of people) states no act (gold schema: a speech or
    /// proclamation to no one is a negative), as `Appeal to the Peoples of Asia` does after a document word.
    static func publishedToAPublic(_ title: String) -> Bool {
        guard let space = title.firstIndex(of: " "), publishedDocumentWords.contains(title[..<space].lowercased()) else { return false }
        let rest = title[title.index(after: space)...]
        guard rest.hasPrefix("of ") || rest.hasPrefix("by "), let split = splitAtTo(String(rest.dropFirst(3))) else { return false }
        let end = cutSubject(split.right).phrase
        return NamePhrase.namesPublicByCollective(end) || NamePhrase.namesOnlyFamiliesOrPeoples(end)
    }
    static let publishedDocumentWords: Set<String> = ["proclamation", "proclamations", "manifesto", "address", "appeal", "declaration"]

    static func readBare(_ rawTitle: String) -> [ExtractedMessage] {
        // "Sir A. Clark Kerr (Moscow) to Mr. Eden": where a correspondent wrote from is no part of the names.
        var title = rawTitle
        // (A parenthesis character needs its byte, which most titles lack: tested before the character search.)
        while ByteSearch.holds(UInt8(ascii: "("), in: title), let open = title.firstIndex(of: "("), let close = title[open...].firstIndex(of: ")"),
              Gazetteer.isPlace(String(title[title.index(after: open)..<close])) {
            title.removeSubrange(open...close)
            title = title.replacingOccurrences(of: "  ", with: " ")
        }
        // Letter editions in other languages: "Arthur Schnitzler an Hermann Bahr", "Lettre de George Sand
        // à Gustave Flaubert", "Brief van Vincent van Gogh aan Theo van Gogh", "Carta de A a B".
        if let foreign = foreignLetter(title) { return foreign }
        // Letter editions in English: "From George Washington to Thomas Jefferson, 1 January 1788",
        // "To John Adams from Thomas Jefferson"; the wartime correspondence's "Personal and Secret from
        // President Roosevelt to Marshal Stalin".
        for qualifier in ["personal and secret ", "personal and top secret ", "most secret ", "top secret ", "personal "]
            where title.lowercased().hasPrefix(qualifier) && title.lowercased().dropFirst(qualifier.count).hasPrefix("from ") {
            title = String(title.dropFirst(qualifier.count))
            title = title.prefix(1).uppercased() + title.dropFirst()
            break
        }
        let lowerTitle = title.lowercased()
        if lowerTitle.hasPrefix("from ") || lowerTitle.hasPrefix("to ") {
            let lead = DocumentLeadIn(type: "letter", addressless: false, number: nil, possessiveAuthor: nil, remainder: " " + title)
            let messages = read(lead: lead).messages
            // The ends are people, or a person and an office named alone ("From A to the Commissioners of the
            // Treasury", an O: correspondent in the gold schema); a place or a body at both ends is a topic's heading.
            let ends = messages.first.map { $0.from + $0.to } ?? []
            if messages.count == 1, !messages[0].from.isEmpty, !messages[0].to.isEmpty,
               ends.allSatisfy({ $0.kind == .person || $0.kind == .office }), ends.contains(where: { $0.kind == .person }) {
                return messages
            }
            // An edition of one person's letters heads each "To Arnold Sommerfeld" or "From Max Planck":
            // one end, a full name and nothing else; the summary may name the other.
            let rest = String(title.dropFirst(lowerTitle.hasPrefix("from ") ? 5 : 3))
            // "To Earl Bathurst, for the Prince Regent": the heading's end relays to a final recipient.
            if lowerTitle.hasPrefix("to "), let relayed = oneEndWithFinalRecipient(rest) { return [relayed] }
            let people = NamePhrase.parse(cutSubject(rest).phrase)
            if LetterEditions.isOneEndHeading(people, printed: cutSubject(rest).phrase),
               isPureNameList(cutSubject(rest).phrase), TitleText.find(" to ", in: rest).isEmpty, TitleText.find(" from ", in: rest).isEmpty {
                return [lowerTitle.hasPrefix("from ") ? ExtractedMessage(from: people, to: []) : ExtractedMessage(from: [], to: people)]
            }
            return []
        }
        if publishedToAPublic(title) { return [] }
        if let head = headWithFamilyOrPeopleEnd(title) { return head }
        // "On the Return of Korean Nationals to North Korea" is a subject, not a correspondent.
        let firstToken = NamePhrase.tokenize(title).first ?? ""
        let first = NamePhrase.wordKey(firstToken)
        // "A. Lavi to B. Okafor": a capital and its period open a name with an initial, not the article.
        let opensWithInitial = firstToken.utf8.last == UInt8(ascii: ".") && NamePhrase.isInitials(firstToken)
        // "The Marquess of Salisbury to Mr. White": a peer is named with his article (`PeerageName`).
        let opensWithPeer = first == "the" && splitAtTo(title).map { PeerageName.name(NamePhrase.tokenize($0.left)) != nil } == true
        guard opensWithPeer || opensWithInitial || !["on", "about", "regarding", "concerning", "re", "the", "a", "an", "for"].contains(first),
              var split = splitAtTo(title) else { return [] }
        // "Ingrid Solvang and Others to B" (the Library of Congress's petitions): the named ones alone (gold schema).
        if split.left.utf8.count > 11, split.left.lowercased().hasSuffix(" and others") { split.left = String(split.left.dropLast(11)) }
        // "Xlandian Politburo Resolution and Letter to B": document words closing the sender name the document.
        if let author = authorBeforeDocumentWords(split.left) { split.left = author }
        // "Decree of the Council of Ministers on Assistance to the DRV": a topic, not a correspondent.
        if !TitleText.find(" on ", in: split.left).isEmpty { return [] }
        // "Darwin, C. R. to Lyell, Charles": a correspondence calendar's inverted names, both ends alike.
        // One end must show it with initials or a generation ("Stalin, Molotov to Mao, Zhou" is four people).
        let rightPhrase = cutSubject(split.right).phrase
        let marked = [split.left, rightPhrase].contains { side in
            side.split(separator: ",").dropFirst().contains { part in
                part.split(separator: " ").allSatisfy { NamePhrase.isInitials(String($0)) }
                    || ["jr.", "sr.", "ii", "iii", "iv"].contains(part.trimmingSpaces().lowercased())
            }
        }
        if marked, let left = uninverted(split.left) ?? LetterEditions.uninvertedList(split.left),
           let right = uninverted(rightPhrase) ?? LetterEditions.uninvertedList(rightPhrase) {
            return build(senders: left, recipients: right, hasRecipient: true, addressless: false).messages
        }
        // "Stalin [via Kovalev] to Mao Zedong": relays are read by `build`; the names around them must be pure.
        var relays: [NameMention] = []
        let recipientPhrase = cutSubject(extractVias(split.right, into: &relays))
        guard isNameListWithAppositions(extractVias(split.left, into: &relays)), isNameListWithAppositions(recipientPhrase.phrase) else { return [] }
        return build(senders: split.left, recipients: split.right, hasRecipient: true, addressless: false).messages
    }

    /// **Convention: a heading of one end with a final recipient** — `To B, for C` (an edition of one person's papers, gold
    /// schema `A to C, for B`): C is the final recipient and B relays; each must be what a heading of one end may name
    /// (`LetterEditions.isOneEndHeading`), or a peer by rank and title (`Viscount Castlereagh`). Nil for any other heading.
    static func oneEndWithFinalRecipient(_ rest: String) -> ExtractedMessage? {
        guard ByteSearch.mayContainCaseInsensitive(rest, ", for "), let marker = TitleText.find(", for ", in: rest).last else { return nil }
        let relayPhrase = String(rest[..<marker.lowerBound]).trimmingSpaces()
        let finalPhrase = cutSubject(String(rest[marker.upperBound...])).phrase.trimmingSpaces()
        guard TitleText.find(" to ", in: relayPhrase).isEmpty, TitleText.find(" to ", in: finalPhrase).isEmpty,
              TitleText.find(" from ", in: relayPhrase).isEmpty, TitleText.find(" from ", in: finalPhrase).isEmpty else { return nil }
        let relays = NamePhrase.parse(relayPhrase), finals = NamePhrase.parse(finalPhrase)
        let peer = PeerageName.name(NamePhrase.tokenize(relayPhrase)) != nil
        guard !relays.isEmpty, !finals.isEmpty, peer || LetterEditions.isOneEndHeading(relays, printed: relayPhrase) && isPureNameList(relayPhrase),
              LetterEditions.isOneEndHeading(finals, printed: finalPhrase), isPureNameList(finalPhrase) else { return nil }
        return ExtractedMessage(from: [], to: finals, via: relays)
    }

    /// `The Vogels to Li Wei`, `Li Wei to the Soviets`: a bare head whose one end is a family or a people
    /// (`NamePhrase.namesOnlyFamiliesOrPeoples`) and whose other end names people by a name of two words or more, or
    /// with a form of address; the group's end is stated and lists no one. Nil for any other title.
    static func headWithFamilyOrPeopleEnd(_ title: String) -> [ExtractedMessage]? {
        guard let split = splitAtTo(title) else { return nil }
        let right = cutSubject(split.right).phrase
        let groupLeft = NamePhrase.namesOnlyFamiliesOrPeoples(split.left), groupRight = NamePhrase.namesOnlyFamiliesOrPeoples(right)
        guard groupLeft != groupRight else { return nil }
        let other = groupLeft ? right : split.left
        let people = NamePhrase.parse(other)
        guard isPureNameList(other), !people.isEmpty, people.allSatisfy({ $0.kind == .person }),
              NamePhrase.tokenize(other).count >= 2 else { return nil }
        return [groupLeft ? ExtractedMessage(from: [], to: people) : ExtractedMessage(from: people, to: [])]
    }

    /// Words of a document's kind that may close a sender phrase: every one-word document type of the lexicon,
    /// and the kinds of documents a body issues (resolutions, decrees, decisions, declarations).
    static let authorClosingDocumentWords: Set<String> = Set(Lexicon.documentTypes.map(\.phrase).filter { !$0.contains(" ") })
        .union(["resolution", "resolutions", "decree", "decision", "declaration", "protocol", "communique"])

    /// `AUTHOR DOCWORD [and DOCWORD] to B`: when the sender phrase ends in document words (joined by `and`, `&` or
    /// commas) after capitalised words, those words name the document and the words before them its author;
    /// nil otherwise. A document word followed by any other word is part of a name ("Information Bureau").
    static func authorBeforeDocumentWords(_ phrase: String) -> String? {
        // Words as printed (commas kept on them, so that the author keeps its own punctuation).
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 40 else { return nil }
        func isDocumentWord(_ word: String) -> Bool { authorClosingDocumentWords.contains(NamePhrase.wordKey(word)) }
        var start = words.count
        while start > 0 {
            let word = words[start - 1]
            let k = NamePhrase.wordKey(word)
            if isDocumentWord(word) || (start < words.count && (k == "and" || word == "&")) { start -= 1 } else { break }
        }
        // The tail opens with a capitalised document word; capitalised author words stand before it.
        while start < words.count, !isDocumentWord(words[start]) { start += 1 }
        guard start > 0, start < words.count, words[start].first?.isUppercase ?? false,
              !words[start - 1].hasSuffix(","), words[start - 1].first?.isUppercase ?? false else { return nil }
        let author = words[..<start]
        guard !author.allSatisfy({ Lexicon.nationalities.contains(NamePhrase.wordKey($0)) }) else { return nil }
        return author.joined(separator: " ")
    }

    /// "Lyell, Charles" → "Charles Lyell", "Wedgwood, Josiah, II" → "Josiah Wedgwood II": a surname,
    /// a comma, given names or initials, and perhaps a generation; nil for any other shape.
    static func uninverted(_ phrase: String) -> String? {
        let parts = phrase.split(separator: ",").map { $0.trimmingSpaces() }
        guard (2...3).contains(parts.count), !parts[0].contains(" "), parts[0].first?.isUppercase ?? false else { return nil }
        let given = parts[1].split(separator: " ")
        guard (1...3).contains(given.count), given.allSatisfy({ ($0.first?.isUppercase ?? false) && $0.allSatisfy { $0.isLetter || $0 == "." } }),
              !given.contains(where: { Lexicon.honorifics.contains(NamePhrase.wordKey(String($0))) || Lexicon.offices.contains(NamePhrase.wordKey(String($0))) })
        else { return nil }
        var name = parts[1] + " " + parts[0]
        if parts.count == 3 {
            guard ["jr.", "sr.", "ii", "iii", "iv", "jr", "sr"].contains(parts[2].lowercased()) else { return nil }
            name += " " + parts[2]
        }
        return name
    }

    /// "A an B" (German), "A à B" (French), "A aan B" (Dutch) between people; with an act noun and the
    /// language's prepositions ("Brief von", "Lettre de", "Carta de" …) the table of `LetterEditions` reads it.
    static func foreignLetter(_ title: String) -> [ExtractedMessage]? {
        if let heading = LetterEditions.foreignHeading(title) { return heading }
        // Precondition: a separator below. The text searched is a part of the title (a dateline and a subject cut
        // off), so it holds one only if the title holds its bytes; an ASCII title without them is not cut.
        guard ByteSearch.mayContainCaseInsensitive(title, " an ") || ByteSearch.mayContainCaseInsensitive(title, " aan ") else { return nil }
        let text = cutSubject(LetterEditions.datelineCut(title)).phrase
        for separator in [" an ", " à ", " aan "] {
            let parts = TitleText.find(separator, in: text)
            guard parts.count == 1, let r = parts.first else { continue }
            let left = String(text[..<r.lowerBound]), right = String(text[r.upperBound...])
            // "Translation of an Editorial": after an English preposition `an` is the English article; no name ends in one.
            guard let lastLeft = left.split(separator: " ").last, !Lexicon.connectives.contains(lastLeft.lowercased()),
                  isPureNameList(left), isPureNameList(right) else { continue }
            let from = NamePhrase.parse(left)
            let to = NamePhrase.parse(right)
            guard !from.isEmpty, !to.isEmpty, (from + to).allSatisfy({ $0.kind == .person }) else { continue }
            return [ExtractedMessage(from: from, to: to)]
        }
        return nil
    }

    /// `A, Minister of Foreign Trade` in a bare head: names, each perhaps followed by its office after a comma, whatever
    /// words the office's domain holds (`isOfficeInApposition`); the name grammar folds the office into the name.
    static func isNameListWithAppositions(_ phrase: String) -> Bool {
        if isPureNameList(phrase) { return true }
        guard ByteSearch.holds(UInt8(ascii: ","), in: phrase) else { return false }
        let items = phrase.split(separator: ",").map { $0.trimmingSpaces() }
        guard let first = items.first, isPureNameList(first) else { return false }
        return items.dropFirst().allSatisfy { item in
            isPureNameList(item) || isOfficeInApposition(item.lowercased().hasPrefix("and ") ? String(item.dropFirst(4)) : item)
        }
    }

    /// Whether a phrase is only names, offices and institutions (no subject words), as a bare
    /// `A to B` title must be.
    static func isPureNameList(_ phrase: String) -> Bool {
        let mentions = NamePhrase.parse(phrase)
        guard !mentions.isEmpty else { return false }
        // An institution's name may hold any capitalised word ("CCP Central Committee").
        if mentions.count == 1, mentions[0].kind == .institution, !holdsPossessive(phrase),
           NamePhrase.tokenize(phrase).allSatisfy({ ($0.first?.isUppercase ?? false) || Lexicon.connectives.contains($0.lowercased()) }) {
            return true
        }
        // "the Governors of the Eastern Provinces": a plural office of a body may hold any capitalised word of the body.
        if mentions.count == 1, mentions[0].kind == .office, NamePhrase.pluralOfficeOfBody(NamePhrase.tokenize(phrase)) != nil {
            return true
        }
        // (Most phrases have no bracket byte, and then nothing to replace: Foundation is not asked.)
        let unbracketed = ByteSearch.holds(UInt8(ascii: "["), in: phrase) || ByteSearch.holds(UInt8(ascii: "]"), in: phrase)
            ? phrase.replacingOccurrences(of: "[", with: " ").replacingOccurrences(of: "]", with: " ") : phrase
        let tokens = NamePhrase.tokenize(unbracketed)
        for (i, t) in tokens.enumerated() {
            let key = NamePhrase.wordKey(t)
            if key.isEmpty { continue }
            // `d'Auberval`: an elided particle joined to a name (docs/letter-editions.md).
            if NamePhrase.isElidedParticleName(t) { continue }
            // `Major General Halloran-Fitch`: a rank the lexicon also keeps out of names (`general`), before a capitalised word.
            if Lexicon.honorifics.contains(key), t.first?.isUppercase == true, i + 1 < tokens.count,
               tokens[i + 1].first?.isUppercase == true { continue }
            // "the Chinese People's Volunteers": `People's` is a word of a body's name, no possessive (`NamePhrase.isBodyOfAPeople`),
            // where the phrase names that one body (`the People's Daily` names no one the grammar reads).
            if isPeoplesMark(key), mentions.count == 1, mentions[0].kind == .institution { continue }
            // "the Surgeon General": `General` closing a staff office is a word of the office (`EditionHeads.isOfficeClosedByGeneral`).
            if key == "general", i > 1, mentions.count == 1, mentions[0].kind == .office, EditionHeads.isOfficeClosedByGeneral(tokens) { continue }
            if (t.first!.isUppercase || NamePhrase.isInitials(t)) && !t.contains("'s") && !Lexicon.nonNameWords.contains(key) { continue }
            if t.contains("'s") || Lexicon.nonNameWords.contains(key) && !Lexicon.institutionHeads.contains(key) { return false }
            if Lexicon.connectives.contains(key) || key == "and" || Lexicon.honorifics.contains(key) || NamePhrase.particles.contains(key)
                || Lexicon.offices.contains(key) || Lexicon.institutionHeads.contains(key) { continue }
            return false
        }
        return true
    }

    /// `People's`, `Peoples'`: the mark of a people's body, never a possessive of a correspondent.
    static func isPeoplesMark(_ key: String) -> Bool { key == "people's" || key == "peoples'" }

    /// Whether a phrase holds a possessive `'s` other than a people's mark (`isPeoplesMark`).
    static func holdsPossessive(_ phrase: String) -> Bool {
        // (An apostrophe's byte first: most phrases hold none, and Foundation's search is not run on them.)
        ByteSearch.holds(UInt8(ascii: "'"), in: phrase) && phrase.contains("'s") && NamePhrase.tokenize(phrase).contains { $0.contains("'s") && !isPeoplesMark(NamePhrase.wordKey($0)) }
    }

    /// Heads of diplomatic institutions whose "to PLACE" names where they are posted ("the Romanian Embassy
    /// to Pyongyang to the Foreign Ministry").
    static let postedInstitutions: Set<String> = ["embassy", "legation", "consulate", "consulate-general"]

    /// The word a " to " attaches to: the last word before it, or — past a complement "of [the] PLACE" —
    /// the office before the complement ("the Ambassador of East Germany to North Korea" → ambassador).
    static func toAttachment(_ left: String) -> String {
        if let last = lastWordWithoutOf(left) { return last.isEmpty ? "" : NamePhrase.wordKey(last) }
        // Only the last few words matter ("… Ambassador of East Germany"); a bounded tail keeps long titles linear.
        let words = NamePhrase.tokenize(String(left.suffix(160)))
        var end = words.count
        if let of = words.lastIndex(where: { $0.lowercased() == "of" }), of > 0 {
            let complement = words[(of + 1)...].drop { ["the", "a"].contains($0.lowercased()) }
            if !complement.isEmpty, Gazetteer.isPlace(complement.joined(separator: " ")) { end = of }
        }
        return end > 0 ? NamePhrase.wordKey(words[end - 1]) : ""
    }

    /// `toAttachment`'s answer without its word list, for an ASCII phrase of at most 160 bytes (all of it is then
    /// the tail `toAttachment` reads) with no word `of`: the last token as `NamePhrase.tokenize` cuts it ("" for
    /// none); nil for any other phrase.
    static func lastWordWithoutOf(_ phrase: String) -> String? {
        var phrase = phrase
        return phrase.withUTF8 { b -> String? in
            guard b.count <= 160 else { return nil }
            var last: Range<Int> = 0..<0
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x20, b[end] != 0x09 {
                    if b[end] >= 0x80 { return nil }
                    end += 1
                }
                var tokenEnd = end
                while tokenEnd > start, b[tokenEnd - 1] == UInt8(ascii: ",") || b[tokenEnd - 1] == UInt8(ascii: ":")
                        || b[tokenEnd - 1] == UInt8(ascii: ";") { tokenEnd -= 1 }
                if tokenEnd - start == 2, b[start] | 0x20 == UInt8(ascii: "o"), b[start + 1] | 0x20 == UInt8(ascii: "f") { return nil }
                if tokenEnd > start { last = start..<tokenEnd }
                start = end + 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[last]), as: UTF8.self)
        }
    }

    /// Splits "A to B" at the first " to " that separates sender from addressee. A "to" after an office or a
    /// diplomatic institution that binds a country or city marks a posting, not an addressee.
    static func splitAtTo(_ text: String) -> (left: String, right: String)? {
        // `read` asks for the split of the same phrase twice in a row ("from A to B"): the last answer is kept.
        let cache = TextCache.current
        if let last = cache.lastSplitAtTo, TextCache.sameBytes(last.text, text) { return last.split }
        let split = splitAtToUncached(text)
        cache.lastSplitAtTo = (text, split)
        return split
    }

    /// **Convention: a serving office's last `to` before a body addresses the body** (`Note by the Executive Secretary to
    /// the National Security Council`): a secretary, adviser or assistant serves a person or an office (`Special Assistant
    /// to the President`, `Secretary to the Minister`: the office's own `to`), but a body that receives documents (an
    /// institution head, a council or committee too, not a posting's body: `Nations`, `League`) after the last `to` of the
    /// head is the addressee.
    static func servingOfficeAddressesBody(_ right: String) -> Bool {
        let keys = NamePhrase.tokenize(right).map(OfficeHeads.key)
        guard !keys.contains(where: { OfficeHeads.isOfficeHead($0) || Lexicon.honorifics.contains($0) }) else { return false }
        return keys.contains {
            Lexicon.institutionHeads.contains($0) && !OfficeHeads.postingBodies.contains($0)
        }
    }

    /// **Convention: a secretary of state named by department is a minister, not a serving secretary** (`the Foreign
    /// Secretary to Sir B`, `Colonial Secretary to the Governor of X`, `Home Secretary to Mr. C`): `Secretary` after a
    /// department word of `departmentSecretaryWords` heads a minister's office, whose `to` addresses as any sender's does —
    /// unlike `Private Secretary to the Minister`, which names whom the secretary serves. The secretaries to the Government
    /// of India (`Foreign Secretary to the Government of India`) keep their `to`.
    static func isDepartmentSecretary(_ left: String, right: String) -> Bool {
        let words = NamePhrase.tokenize(String(left.suffix(40)))
        guard words.count >= 2, departmentSecretaryWords.contains(NamePhrase.wordKey(words[words.count - 2])) else { return false }
        let after = NamePhrase.tokenize(String(right.prefix(40))).map(NamePhrase.wordKey).drop { $0 == "the" }
        return after.first != "government"
    }
    static let departmentSecretaryWords: Set<String> = [
        "foreign", "colonial", "home", "dominions", "dominion", "commonwealth", "war", "defence", "defense", "india", "scottish",
    ]

    private static func splitAtToUncached(_ text: String) -> (left: String, right: String)? {
        let tos = TitleText.find(" to ", in: text)
        for (index, r) in tos.enumerated() {
            let left = String(text[..<r.lowerBound])
            let previous = toAttachment(left)
            let posted = postedInstitutions.contains(previous)
            if toBinders.contains(previous) || posted {
                // "Ambassador to China" is an office; "the Chinese Ambassador to the Foreign Secretary"
                // addresses someone: a diplomat's "to" binds only a country or an organisation.
                if !(diplomaticBinders.contains(previous) || posted) {
                    // "the Colonial Secretary to Sir B": a secretary of state named by department addresses (`isDepartmentSecretary`).
                    if previous == "secretary", isDepartmentSecretary(left, right: String(text[r.upperBound...])) {
                        if transmissionStart(in: left) != nil { return nil }
                        return (left, String(text[r.upperBound...]))
                    }
                    if index + 1 == tos.count, OfficeHeads.servingOffices.contains(previous),
                       servingOfficeAddressesBody(String(text[r.upperBound...])) { return (left, String(text[r.upperBound...])) }
                    continue
                }
                let after = NamePhrase.tokenize(String(text[r.upperBound...]))
                let place = after.drop { ["the", "a"].contains($0.lowercased()) }.prefix(4)
                let placeLength = (1...max(1, place.count)).last { n in Gazetteer.isPlace(place.prefix(n).joined(separator: " ")) }
                // "the Chinese Embassy to the Soviet Foreign Ministry": a body that receives letters after the state's
                // adjective is an addressee, not a posting (a body of states, `the UN General Assembly`, is a posting).
                let addressesBody = after.prefix { $0.lowercased() != "to" }.map(OfficeHeads.key).contains {
                    Lexicon.institutionHeads.contains($0) && !OfficeHeads.bodiesOfStates.contains($0)
                        && !OfficeHeads.postingBodies.contains($0) && $0 != "court"
                }
                let bindsPlace = !addressesBody && placeLength != nil
                    || !addressesBody && ["un", "united", "organization", "soviet", "people's", "democratic", "republic", "federal"]
                        .contains(place.first?.lowercased() ?? "")
                    // "the Delegation to the General Assembly to …": a body of states, with another "to" after it.
                    || index + 1 < tos.count && OfficeHeads.complementNamesBody(
                        NamePhrase.tokenize(String(text[r.upperBound..<tos[index + 1].lowerBound])).map(OfficeHeads.key).filter { $0 != "the" })
                if posted {
                    // "the Hungarian Embassy to Budapest": a city of the embassy's own country is its ministry,
                    // the addressee — unless another "to" follows and names one.
                    let city = placeLength.map { place.prefix($0).joined(separator: " ") }
                    let home = city.flatMap(Gazetteer.capitalAdjective).map { $0 == InstitutionName.countryAdjective(in: left) } ?? false
                    if bindsPlace, !home || index + 1 < tos.count { continue }
                } else if bindsPlace || place.isEmpty { continue }
            }
            // "Transmitting …" clauses are read separately; a " to " inside them is not the outer split.
            if transmissionStart(in: left) != nil { return nil }
            return (left, String(text[r.upperBound...]))
        }
        return nil
    }

    /// The relative pronouns of `transmissionVerbs` (`which transmits`, `that conveys`), each with its bytes for a quick test.
    static let transmissionPronouns: [(word: String, bytes: StaticString)] = [("which", "which"), ("that", "that")]

    /// Each of `transmissionVerbs` with its marker as `transmissionStart` seeks it (` VERB `) and the relative pronoun it
    /// opens with (its index in `transmissionPronouns`), if any: made once, not per search.
    static let transmissionMarkers: [(verb: String, marker: String, pronoun: Int?)] = transmissionVerbs.map { verb in
        (verb, " " + verb + " ", transmissionPronouns.firstIndex { verb.hasPrefix($0.word + " ") })
    }

    /// Precondition of `transmissionStart`: a word of its clause openers.
    static let transmissionCues = RuleCues(transmissionVerbs)

    /// Where a transmission clause starts (", transmitting …"), if any.
    static func transmissionStart(in text: String) -> (range: Range<String.Index>, verb: String)? {
        guard transmissionCues.occurs(in: text) else { return nil }
        var best: (Range<String.Index>, String)?
        // A relative clause's marker holds its pronoun (`which transmits`): without the pronoun's bytes it is not sought.
        let pronounMayOccur = transmissionPronouns.map { ByteSearch.mayContainCaseInsensitive(text, $0.bytes) }
        for (verb, marker, pronoun) in transmissionMarkers where pronoun.map({ pronounMayOccur[$0] }) ?? true {
            for r in TitleText.find(marker, in: text) {
                // (The text after the marker is lower-cased only for the verbs whose test reads it.)
                if verb == "with" || verb.hasSuffix("including") || verb.hasSuffix("includes") {
                    let after = text[r.upperBound...].lowercased()
                    if verb == "with" {
                        // "with" carries a message only when one is named ("with a Message from …").
                        let head = after.prefix(60)
                        guard ["message", "letter", "telegram", "cable", "note", "reply", "report", "text"].contains(where: { head.contains($0) })
                        else { continue }
                    }
                    if verb.hasSuffix("including") || verb.hasSuffix("includes"), !after.hasPrefix("a message") && !after.hasPrefix("the message") { continue }
                }
                if best == nil || r.lowerBound < best!.0.lowerBound { best = (r, verb) }
            }
        }
        return best
    }

    /// Precondition of the subject openers in `cutSubject`.
    static let subjectCues = RuleCues(subjectOpeners)

    /// Removes the subject after a correspondent phrase: `, Regarding …`, ` on the German Problem`,
    /// `, 14 January 1981`, `(excerpt)`.
    static func cutSubject(_ phrase: String) -> (phrase: String, subject: String?) {
        // The rules cut the same phrase again and again (a recipient phrase is cut before `build` and in it): a pure
        // function of the phrase's bytes, whose last answers the thread keeps (`TextCache.cutSubject`).
        TextCache.current.cutSubject(phrase, cutSubjectUncached)
    }

    private static func cutSubjectUncached(_ phrase: String) -> (phrase: String, subject: String?) {
        var text = phrase
        var subject: String?
        var cut = text.endIndex
        for opener in subjectCues.occurs(in: text) ? subjectOpeners : [] {
            // "the Commission on Human Rights": a bare `on` after a body's head continues its name (`continuesBodyName`).
            if let r = TitleText.find(opener, in: text).first(where: { opener != " on " && opener != " on the " || !continuesBodyName(text, at: $0) }),
               r.lowerBound < cut {
                // " on " inside a name is rare; inside "Member of the Politburo" it does not occur.
                cut = r.lowerBound
            }
        }
        // "to Prime Minister for Approval": a purpose no office is named for opens the subject (`ArchiveHeads.purposesAfterAnEnd`).
        if ByteSearch.mayContainCaseInsensitive(text, " for "),
           let r = TitleText.find(" for ", in: text).first(where: { ArchiveHeads.opensPurposeAfterEnd(text, at: $0) }), r.lowerBound < cut {
            cut = r.lowerBound
        }
        // A comma followed by something that is not a correspondent is a subject.
        var searchStart = text.startIndex
        // The phrase's characters, once a comma is found (most phrases have none).
        var charsOnce: [Character]?
        while let comma = ByteSearch.firstIndex(ofASCII: UInt8(ascii: ","), in: text[searchStart..<cut]) {
            let chars = charsOnce ?? Array(text)
            charsOnce = chars
            // "Secretary of Health, Education, and Welfare (Gardner)": the comma is inside an office.
            if NamePhrase.continuesOfficeComplement(chars, from: text.distance(from: text.startIndex, to: comma),
                                                    current: String(text[..<comma])) {
                searchStart = text.index(after: comma)
                continue
            }
            let after = text[text.index(after: comma)..<cut].trimmingSpaces()
            let nextItem = after.split(separator: ",", maxSplits: 1).first.map(String.init) ?? after
            let nextTrimmed = nextItem.lowercased().hasPrefix("and ") ? String(nextItem.dropFirst(4)) : nextItem
            // "the Deputy Harbourmaster, Eastern Roads": a post's unit continues the post (`NamePhrase.isUnitOfPost`).
            if !isCorrespondentItem(nextTrimmed), !(NamePhrase.isUnitOfPost(nextTrimmed) && NamePhrase.endsWithPost(String(text[..<comma]))),
               !NamePhrase.continuesSeatOfMission(before: String(text[..<comma]), next: nextTrimmed) {
                cut = comma
                break
            }
            searchStart = text.index(after: comma)
        }
        if cut < text.endIndex {
            subject = text[cut...].trimmingSpaces()
            text = String(text[..<cut])
        }
        return (TitleText.trimmed(text), subject)
    }

    /// Whether a comma-separated item continues a list of correspondents rather than starting a subject.
    static func isCorrespondentItem(_ item: String) -> Bool {
        var t = item.trimmingSpaces()
        // "…, Gao Gang and Others": the named item continues the list.
        if t.lowercased().hasSuffix(" and others") { t = String(t.dropLast(" and others".count)) }
        guard let first = t.first else { return false }
        let lower = t.lowercased()
        if lower.hasPrefix("via ") || lower.hasPrefix("for ") || lower.hasPrefix("the ") && (isPureNameList(t) || isListOfNamedItems(t)) { return true }
        if lower == "others" || lower == "and others" { return true }
        // "Darwin, C. R.": the initials of an inverted name.
        if allWordsAreInitials(t) { return true }
        // "…, the Minister of Culture, and …": an office in apposition, with its article.
        if lower.hasPrefix("the "), isOfficeInApposition(t) { return true }
        if !(first.isUppercase || first == "[") { return false }
        if transmissionVerbs.contains(where: { lower.hasPrefix($0 + " ") }) { return false }
        // "…, Ambassador X's Meeting with Y": a possessive before an act noun heads the talk the wire recounts (its
        // subject, read by the conversation grammar), never a correspondent, whatever office the possessor holds.
        if headsAPossessedAct(t) { return false }
        return isPureNameList(t) || isOfficeInApposition(t) || ArchiveHeads.isListOfNamedHolders(t) || isListOfNamedItems(t)
    }

    /// **Convention: a list names each of its items** (`the Soviet Foreign Ministry and Kim Young-sam`, `Hans Becker and
    /// the Polish Embassy in Hanoi`): a phrase of two items or more, each of them only names, offices or an institution
    /// (`isPureNameList` of the item), continues a list of correspondents, though the words of an institution's name
    /// (`Soviet`, `Foreign`) keep the whole phrase from reading as one name. A bare place among them (`the Nations of Asia,
    /// Africa and Latin America`) continues a complement, not a list of ends.
    static func isListOfNamedItems(_ phrase: String) -> Bool {
        let items = NamePhrase.splitList(phrase)
        return items.count > 1 && items.allSatisfy { isPureNameList($0.text) && !Gazetteer.isPlace($0.text) }
    }

    /// **Convention: a message head followed by a talk's heading** (`Cable from the Embassy in X, Ambassador A's Meeting
    /// with B`, `Telegram, A to B, Ambassador C's Talks with D`): an item after a comma that holds a possessive (`'s`, or
    /// `'` after an `s`) right before an act noun (after ordinals and modifiers) is the heading of the talk the message
    /// recounts; the message keeps its own ends, and the talk is read as the record's conversation (gold schema: a
    /// telegram that recounts a talk as its subject documents it).
    static func headsAPossessedAct(_ item: String) -> Bool {
        ConversationGrammar.possessiveMarks(in: item).contains { ConversationGrammar.actNoun(opening: item[$0.upperBound...]) != nil }
    }

    /// `text.split(separator: " ").allSatisfy { NamePhrase.isInitials(String($0)) }`, stopping at the first word that
    /// is no initials instead of splitting a long item first.
    static func allWordsAreInitials(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { return true }
            let word = rest.prefix { $0 != " " }
            guard NamePhrase.isInitials(String(word)) else { return false }
            rest = rest[word.endIndex...]
        }
    }

    /// "…, Minister of Foreign Trade, …", "…, Soviet Ambassador to Xlandia, …": an item that opens with an office
    /// word (after a nationality) and reads as an office describes the correspondent before it, whatever
    /// words its domain holds; the name grammar folds it into that person.
    static func isOfficeInApposition(_ item: String) -> Bool {
        // A possessive or an act noun makes it a subject ("…, Ambassador X's Meeting with Y").
        let tokens = NamePhrase.tokenize(item)
        guard !tokens.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") || NamePhrase.actNounWords.contains(NamePhrase.wordKey($0)) })
        else { return false }
        let keys = tokens.map(OfficeHeads.key).drop { ["the", "a", "an"].contains($0) }
        guard let head = keys.first(where: { !Lexicon.nationalities.contains($0) }), OfficeHeads.isOfficeHead(head),
              keys.prefix { $0 != head }.allSatisfy(Lexicon.nationalities.contains),
              let mention = NamePhrase.parseItem(item) else { return false }
        return mention.kind == .office
    }

    /// Builds the messages of a title from its sender and recipient phrases, reading relays and
    /// enclosed messages.
    /// Precondition of the `to C, for B` relay in `build`: a word of its markers (`for`, `passed` …).
    static let forCues = RuleCues(["for"] + relayPassiveMarkers)

    /// **Rule: `to be VERBED to B` names the final recipient, as `for B` does.** "Cable, A to C, to be handed to B",
    /// "A to C to be delivered to B", "…, to be handed over to Cde. B": C relays A's message to B. The verbs of
    /// passing a message on, each in its slot.
    static let relayPassiveVerbs = ["passed", "passed on", "forwarded", "transmitted", "handed", "handed over", "delivered",
                                    "conveyed", "relayed", "given", "sent on"]
    static let relayPassiveMarkers: [String] = relayPassiveVerbs.flatMap { [", to be \($0) to ", " to be \($0) to "] }

    /// The markers of a final recipient after the first: `for transmission to B`, `to be handed to B`, `, for B`.
    static let relayForMarkers = [", for transmission to ", " for transmission to ", ", for onward transmission to ",
                                  " for onward transmission to ", ", for delivery to ", " for delivery to "]
        + relayPassiveMarkers + [", for ", " for cde"]

    static func build(senders senderPhrase: String, recipients recipientPhrase: String, hasRecipient: Bool,
                      addressless: Bool) -> (messages: [ExtractedMessage], problems: [String]) {
        var problems: [String] = []
        // The enclosed-message clause may follow either side.
        var outerRecipients = recipientPhrase
        var outerSenders = senderPhrase
        var clause: (verb: String, text: String)?
        if let t = transmissionStart(in: outerRecipients) {
            clause = (t.verb, String(outerRecipients[t.range.upperBound...]))
            outerRecipients = String(outerRecipients[..<t.range.lowerBound])
        } else if let t = transmissionStart(in: outerSenders) {
            clause = (t.verb, String(outerSenders[t.range.upperBound...]))
            outerSenders = String(outerSenders[..<t.range.lowerBound])
        }
        var senderVias: [NameMention] = []
        var recipientVias: [NameMention] = []
        outerSenders = extractVias(outerSenders, into: &senderVias)
        outerSenders = cutSubject(outerSenders).phrase
        outerRecipients = extractVias(outerRecipients, into: &recipientVias)
        // "to C, for B": C relays to B.
        var forRecipients: [NameMention] = []
        // "to Shtykov for transmission to Kim Il Sung", "to Shtykov for Kim Il Sung": a bare "for" only when
        // it names people ("to the Ministry for Foreign Affairs" does not).
        let forMarkers = relayForMarkers
        let mayRelayFor = forCues.occurs(in: outerRecipients)
        var forMatch = mayRelayFor ? forMarkers.lazy.compactMap { TitleText.find($0, in: outerRecipients).first }.first : nil
        if forMatch == nil, mayRelayFor, let r = TitleText.find(" for ", in: outerRecipients).first,
           addressesPeople(String(outerRecipients[r.upperBound...])),
           // "to the President's Assistant for …": a possessive's noun is someone's role, whose "for" names its field.
           TitleText.find("'s ", in: String(outerRecipients[..<r.lowerBound])).isEmpty,
           NamePhrase.parse(String(outerRecipients[..<r.lowerBound])).allSatisfy({ $0.kind == .person }) {
            forMatch = r
        }
        if let r = forMatch {
            let forPart = String(outerRecipients[r.upperBound...])
            let cleaned = cutSubject(forPart.lowercased().hasPrefix("cde") ? "Cde" + forPart.dropFirst(3) : forPart).phrase
            forRecipients = NamePhrase.parse(cleaned)
            outerRecipients = String(outerRecipients[..<r.lowerBound])
        }
        let cut = cutSubject(outerRecipients)
        outerRecipients = cut.phrase
        // A trailing ", via X" may have been cut off as a subject.
        if let subject = cut.subject {
            let s = subject.hasPrefix(",") ? String(subject.dropFirst()).trimmingSpaces() : subject
            if s.lowercased().hasPrefix("via "), !isRelayOfNoOne(String(s.dropFirst(4))) {
                recipientVias += NamePhrase.parse(cutSubject(String(s.dropFirst(4))).phrase)
            }
        }
        var c = NamePhrase.parse(outerSenders)
        var d = hasRecipient ? NamePhrase.parse(strippingDocumentPossessive(outerRecipients)) : []
        if !forRecipients.isEmpty {
            recipientVias = d + recipientVias
            d = forRecipients
        }
        resolveCityEnds(senders: &c, recipients: &d)
        let vias = senderVias + recipientVias
        if c.isEmpty && d.isEmpty {
            if !senderPhrase.isEmpty || !recipientPhrase.isEmpty {
                problems.append("could not read correspondents in \"\(senderPhrase.isEmpty ? recipientPhrase : senderPhrase)\"")
            }
            return ([], problems)
        }
        if d.isEmpty && !addressless && clause == nil {
            // A report or memorandum to no one is not a message.
            return ([], problems)
        }
        var outer = ExtractedMessage(from: c, to: d, via: vias)
        guard let clause else { return ([outer], problems) }

        if clause.verb == "and convey to" {
            let finals = NamePhrase.parse(cutSubject(clause.text).phrase)
            return ([outer, ExtractedMessage(from: c, to: finals, via: d)], problems)
        }
        // Enclosed messages, possibly chained with "with": "Message from Mao to Peng with Message from Kim".
        var results: [ExtractedMessage] = []
        var outerKept = false
        for inner in enclosedMessages(clause.text, outerSenders: c) {
            let a = inner.from.isEmpty ? c : inner.from
            let b = inner.to
            if sameParties(a, c) {
                if b.isEmpty || sameParties(b, d) {
                    outerKept = true
                } else {
                    if !d.isEmpty { outerKept = true }
                    results.append(ExtractedMessage(from: a, to: b, via: []))
                }
            } else {
                // "Filatov [Rostislav Bugrov], transmitting a Message from A to Bugrov": an enclosed recipient who is the outer
                // recipient is named as the head prints that end (its fuller name and brackets).
                let final = (b.isEmpty || sameParties(b, c) || sameParties(b, d)) ? d : b
                var chain: [NameMention] = []
                // Each name folded once (`contains` folds both sides at every call).
                let foldedA = a.map(FoldedName.init), foldedFinal = final.map(FoldedName.init)
                var foldedChain: [FoldedName] = []
                for m in vias + c + d {
                    let folded = FoldedName(m)
                    guard !foldedA.contains(where: { sameName($0, folded) }), !foldedFinal.contains(where: { sameName($0, folded) }),
                          !foldedChain.contains(where: { sameName($0, folded) }) else { continue }
                    chain.append(m)
                    foldedChain.append(folded)
                }
                results.append(ExtractedMessage(from: a, to: final, via: chain))
            }
        }
        if results.isEmpty { outerKept = true }
        if outerKept {
            outer.via = vias
            results.insert(outer, at: 0)
        }
        return (results, problems)
    }

    /// `Telegram from Pyongyang to Bucharest`: a diplomatic telegram between cities runs from the
    /// embassy in the first city to the foreign ministry in the capital of the second's country.
    /// `… Romanian Embassy in Pyongyang to Bucharest`: the capital of the embassy's own country is its ministry.
    static func resolveCityEnds(senders: inout [NameMention], recipients: inout [NameMention]) {
        guard recipients.count == 1, let to = recipients.first, to.kind == .institution,
              let adjective = Gazetteer.capitalAdjective(to.text) else { return }
        // "Ciphergram from Hanoi (Nowacki) to Warsaw": the city's signer in brackets signs beside the embassy it stands for.
        let signers = senders.dropFirst()
        if let from = senders.first, from.kind == .institution, Gazetteer.isPlace(from.text),
           signers.allSatisfy({ $0.kind == .person }), signers.count <= 1,
           NameFolding.fold(from.text) != NameFolding.fold(to.text) {
            senders = [NameMention(text: "\(adjective) Embassy in \(InstitutionName.canonicalCity(from.text))", kind: .institution)] + signers
            recipients = [NameMention(text: "\(adjective) Foreign Ministry", kind: .institution)]
        } else if senders.contains(where: { $0.kind == .institution && InstitutionName.countryAdjective(in: $0.text) == adjective }) {
            recipients = [NameMention(text: "\(adjective) Foreign Ministry", kind: .institution)]
        }
    }

    /// "Mao Zedong's Telegram" as an addressee means Mao Zedong (a reply to his telegram).
    static func strippingDocumentPossessive(_ phrase: String) -> String {
        // Every marker holds an apostrophe byte, which most phrases lack (the search below is over bytes).
        guard ByteSearch.holds(UInt8(ascii: "'"), in: phrase) else { return phrase }
        let lower = phrase.lowercased()
        for noun in ["telegram", "letter", "message", "cable", "note", "request", "inquiry", "proposal", "report"] {
            if let r = lower.range(of: "'s " + noun) {
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                return String(phrase.prefix(offset))
            }
        }
        return phrase
    }

    /// **Convention: a body's resolution sent on is its message** — `C to D, transmitting a Resolution of the Kisan Sabha
    /// of Thana to B`, `enclosing the Resolutions of the Municipal Council of Lyon`: in a clause a participle of sending
    /// opens, a document a body issues (`enclosedBodyDocuments`: resolution, decision, declaration, memorial, address …)
    /// is addressed as a letter is, so its author after `of` (the whole of `X of PLACE`) is the enclosed sender, as for
    /// `the Reply of A`. A title that *is* a resolution still states no act: the words count only after the participle.
    static let enclosedBodyDocuments: Set<String> = [
        "resolution", "resolutions", "decision", "decisions", "declaration", "declarations", "memorial", "memorials",
        "address", "addresses", "protest", "protests", "representation", "representations",
    ]

    /// A document's words before the `of` of its author in an enclosure: a document type of the lexicon
    /// (`DocumentLeadIn.stackedTypes`, nothing after it) or one word of a body's document (`enclosedBodyDocuments`).
    static func isEnclosedDocumentWord(_ words: String) -> Bool {
        if DocumentLeadIn.stackedTypes(words)?.remainder.isEmpty == true { return true }
        return enclosedBodyDocuments.contains(words.lowercased())
    }

    /// **Convention: an enclosed message `from A for B`** (`with a message from de Valera for Chamberlain`, `containing a
    /// Message from the Taoiseach for the Prime Minister`): in an enclosure clause a bare `for` after the enclosed sender
    /// names its addressee, as `to` does, when people, offices or a body follow it (`addressesPeople`).
    static func splitAtFor(_ body: String) -> (left: String, right: String)? {
        guard let r = TitleText.find(" for ", in: body).first else { return nil }
        let right = cutSubject(String(body[r.upperBound...])).phrase
        // A capitalised end, or an office or body after its article; "for approval", "for the Information of" are purposes.
        let words = NamePhrase.tokenize(right)
        guard let first = words.first, first.first?.isUppercase == true || NamePhrase.wordKey(first) == "the" && words.count > 1
                && words[1].first?.isUppercase == true,
              !NamePhrase.parse(right).isEmpty, !NamePhrase.parse(String(body[..<r.lowerBound])).isEmpty else { return nil }
        return (String(body[..<r.lowerBound]), right)
    }

    /// **Convention: a draft is no message sent** (`enclosing a draft reply to the British Government`, `with a proposed
    /// letter to B`, `enclosing draft instructions to C`): an enclosure clause whose document opens (after an article or
    /// `copy of`) with a word of `draftWords` encloses a text still to be sent; its addressee is no end of this record.
    static func opensWithDraft(_ part: String) -> Bool {
        var keys = NamePhrase.tokenize(String(part.prefix(60))).map(NamePhrase.wordKey)[...]
        while let first = keys.first, ["a", "an", "the", "copy", "copies", "of", "his", "her", "their", "its"].contains(first) { keys = keys.dropFirst() }
        return keys.first.map(draftWords.contains) ?? false
    }
    static let draftWords: Set<String> = ["draft", "drafts", "proposed", "suggested", "projected"]

    /// Reads "[a] Message from A to B [with Message from E]" clauses.
    static func enclosedMessages(_ clause: String, outerSenders: [NameMention]) -> [(from: [NameMention], to: [NameMention])] {
        var parts: [String] = []
        var remaining = clause
        while let r = TitleText.find(" with ", in: remaining).first {
            parts.append(String(remaining[..<r.lowerBound]))
            remaining = String(remaining[r.upperBound...])
        }
        parts.append(remaining)
        var result: [(from: [NameMention], to: [NameMention])] = []
        for part in parts {
            // "enclosing a draft reply to B": a document not yet sent is no message (`opensWithDraft`).
            if opensWithDraft(part) { continue }
            var text = cutSubject(part).phrase
            var recipientsInName: [NameMention] = []
            // "in Stalin's Name": written as, or for, that person.
            if let r = ByteSearch.foundationRange(of: " in ", in: text, options: .caseInsensitive),
               text[r.upperBound...].lowercased().hasSuffix("'s name") {
                let who = String(text[r.upperBound...].dropLast("'s name".count))
                recipientsInName = NamePhrase.parse(who)
                text = String(text[..<r.lowerBound])
            }
            var from: [NameMention] = []
            var to: [NameMention] = []
            let lower = text.lowercased()
            if let possessive = TitleText.find("'s ", in: text).first,
               TitleText.find(" from ", in: String(text[..<possessive.lowerBound])).isEmpty,
               TitleText.find(" to ", in: String(text[..<possessive.lowerBound])).isEmpty,
               let document = DocumentLeadIn.stackedTypes(String(text[possessive.upperBound...])) {
                // "transmitting Li Kenong's Message to Stalin": the possessor wrote the enclosed document.
                var who = String(text[..<possessive.lowerBound])
                for article in ["a ", "the ", "an "] where who.lowercased().hasPrefix(article) { who.removeFirst(article.count) }
                from = NamePhrase.parse(who)
                let after = document.remainder.lowercased()
                if after.hasPrefix(" to ") || after.hasPrefix(" for ") {
                    to = NamePhrase.parse(strippingDocumentPossessive(String(document.remainder.dropFirst(after.hasPrefix(" to ") ? 4 : 5))))
                }
            } else if let of = TitleText.find(" of ", in: text).first, TitleText.find(" from ", in: text).isEmpty,
                      isEnclosedDocumentWord(String(text[..<of.lowerBound]).replacingOccurrences(
                          of: #"^(a|an|the) "#, with: "", options: [.regularExpression, .caseInsensitive])) {
                // "conveying the Reply of Li Wenbo", "with a Letter of A to B": the document's author after "of".
                let body = String(text[of.upperBound...])
                if let split = splitAtTo(body) {
                    from = NamePhrase.parse(split.left)
                    to = NamePhrase.parse(strippingDocumentPossessive(split.right))
                } else {
                    from = NamePhrase.parse(body)
                }
            } else if let f = TitleText.find(" from ", in: " " + text).first {
                let body = String((" " + text)[f.upperBound...])
                if let split = splitAtTo(body) {
                    from = NamePhrase.parse(split.left)
                    to = NamePhrase.parse(strippingDocumentPossessive(split.right))
                } else if let split = splitAtFor(body) {
                    from = NamePhrase.parse(split.left)
                    to = NamePhrase.parse(split.right)
                } else {
                    from = NamePhrase.parse(body)
                }
            } else if let t = TitleText.find(" to ", in: " " + text).first {
                to = NamePhrase.parse(String((" " + text)[t.upperBound...]))
            } else if let r = lower.range(of: "'s ") {
                // "Li Kenong's Telegram"
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                var who = String(text.prefix(offset))
                for article in ["a ", "the ", "an "] where who.lowercased().hasPrefix(article) { who.removeFirst(article.count) }
                from = NamePhrase.parse(who)
            }
            if !recipientsInName.isEmpty {
                if sameParties(recipientsInName, outerSenders) {
                    // Sent under the outer sender's name: no separate recipient.
                } else if to.isEmpty {
                    to = recipientsInName
                }
            }
            if from.isEmpty && to.isEmpty { continue }
            result.append((from, to))
        }
        return result
    }

    static let viaMarkers = [", via ", " via ", ", conveyed by ", ", transmitted by ", ", delivered by ", ", forwarded by ",
                             ", passed on by ", ", sent through ", ", transmitted through ", ", conveyed through ",
                             ", delivered through ", ", forwarded through ",
                             // The letter editions' bearer: `A to B, through the hands of Mr. C`, `, by the hand of C`.
                             ", through the hands of ", ", through the hand of ", ", by the hands of ", ", by the hand of ",
                             ", through ", " through "]
    static let viaCues = RuleCues(viaMarkers + ["[via ", "(via "])

    /// `via official channels`, `via courier`, `via the diplomatic bag`: a relay phrase of lower-case words only names no
    /// one (a name, an office or an institution is printed with a capital), so it adds no relay.
    static func isRelayOfNoOne(_ relay: String) -> Bool {
        !relay.contains { $0.isUppercase }
    }

    /// Removes `[via X]`, `(via X)`, `via X` from a phrase, appending X to `vias` in order.
    static func extractVias(_ phrase: String, into vias: inout [NameMention]) -> String {
        // Precondition: every relay marker below holds one of `viaCues`' words.
        guard viaCues.occurs(in: phrase) else { return TitleText.trimmed(phrase) }
        var text = phrase
        while true {
            // (Both markers hold "via ": Foundation is not asked about a text that cannot hold it.)
            guard ByteSearch.mayContainCaseInsensitive(text, "via "),
                  let open = ByteSearch.foundationRange(of: "[via ", in: text, options: .caseInsensitive)
                    ?? ByteSearch.foundationRange(of: "(via ", in: text, options: .caseInsensitive)
            else { break }
            let closeChar: Character = text[open.lowerBound] == "[" ? "]" : ")"
            guard let close = text[open.upperBound...].firstIndex(of: closeChar) else { break }
            vias += OfficeHeads.relayMentions(String(text[open.upperBound..<close]))
            text.removeSubrange(open.lowerBound...close)
        }
        for marker in viaMarkers {
            if let r = TitleText.find(marker, in: text).first {
                let relay = cutSubject(String(text[r.upperBound...])).phrase
                // "…, through official channels", "…, through the Summer": no one relays.
                if marker != ", via " && marker != " via " && !isPureNameList(relay) { continue }
                // `, via official channels`: how it went, no one; it closes the phrase all the same.
                if isRelayOfNoOne(relay) {
                    text = String(text[..<r.lowerBound])
                    break
                }
                vias += NamePhrase.parse(relay)
                text = String(text[..<r.lowerBound])
                break
            }
        }
        return TitleText.trimmed(text)
    }

    static func sameParties(_ a: [NameMention], _ b: [NameMention]) -> Bool {
        guard !a.isEmpty && a.count == b.count else { return false }
        if a.count > looseComparisonLimit { return Set(a.map { NameFolding.fold($0.text) }) == Set(b.map { NameFolding.fold($0.text) }) }
        // Each name is folded once, not once per pair it is compared in.
        let foldedB = b.map(FoldedName.init)
        return a.allSatisfy { m in
            let folded = FoldedName(m)
            return foldedB.contains { sameName($0, folded) }
        }
    }

    /// Lists longer than this are compared by folded name alone: the loose comparison (`sameName`)
    /// pairs every name with every other, which a hostile list of thousands of names makes quadratic
    /// (issue 13). Catalogue lists stay far below it (a delegation of a dozen).
    static let looseComparisonLimit = 200

    /// The folded names of a list of parties, sorted: equal for lists of the same names in any order.
    static func partiesKey(_ parties: [NameMention]) -> [String] {
        parties.map { NameFolding.fold($0.text) }.sorted()
    }

    /// The names of `list` once each, in order: by `sameName`, or past `looseComparisonLimit` names by
    /// folded name, in linear time.
    static func distinct(_ list: [NameMention]) -> [NameMention] {
        var all: [NameMention] = []
        if list.count > looseComparisonLimit {
            var seen: Set<String> = []
            for m in list where seen.insert(NameFolding.fold(m.text)).inserted { all.append(m) }
        } else {
            var foldedAll: [FoldedName] = []
            for m in list {
                let folded = FoldedName(m)
                guard !foldedAll.contains(where: { sameName($0, folded) }) else { continue }
                all.append(m)
                foldedAll.append(folded)
            }
        }
        return all
    }

    static func contains(_ list: [NameMention], _ m: NameMention) -> Bool {
        let folded = FoldedName(m)
        return list.contains { sameName(FoldedName($0), folded) }
    }

    /// `Mrs. Becker`: a surname alone after a form of address that marks a wife by her husband's name.
    static func marksAnotherPerson(_ m: NameMention) -> Bool {
        guard let office = m.office, !m.text.contains(" ") else { return false }
        return NamePhrase.tokenize(office).contains { FormsOfAddress.markingAnotherPerson.contains(NamePhrase.wordKey($0)) }
    }

    /// Loose equality before resolution: same folded name, or a one-word name equal to the other's
    /// first or last word ("Mao" and "Mao Zedong"), or one's bracketed name equal to the other.
    static func sameName(_ a: NameMention, _ b: NameMention) -> Bool {
        sameName(FoldedName(a), FoldedName(b))
    }

    /// What `sameName` compares of a mention, worked out once: a list's names are each compared with many others.
    struct FoldedName {
        /// A folded name (`NameFolding.fold`: words joined by single spaces) with its first and last words, as
        /// slices of it rather than an array of all its words; nil words for an empty name.
        struct Form {
            let folded: String
            let first: Substring?
            let last: Substring?
            let isOneWord: Bool

            init(_ text: String) {
                folded = NameFolding.fold(text)
                let utf8 = folded.utf8
                // Whether the name is ASCII, and its first and last space, in one pass over its bytes.
                let scan = utf8.withContiguousStorageIfAvailable { b -> (ascii: Bool, firstSpace: Int?, lastSpace: Int?) in
                    var firstSpace: Int?, lastSpace: Int?
                    for i in 0..<b.count {
                        if b[i] >= 0x80 { return (false, nil, nil) }
                        if b[i] == 0x20 { if firstSpace == nil { firstSpace = i }; lastSpace = i }
                    }
                    return (true, firstSpace, lastSpace)
                }
                if let scan, scan.ascii {
                    if let f = scan.firstSpace, let l = scan.lastSpace {
                        first = folded[..<utf8.index(utf8.startIndex, offsetBy: f)]
                        // (In an ASCII name the character after the space starts at the next byte.)
                        last = folded[utf8.index(utf8.startIndex, offsetBy: l + 1)...]
                        isOneWord = false
                    } else {
                        first = folded.isEmpty ? nil : folded[...]
                        last = first
                        isOneWord = !folded.isEmpty
                    }
                    return
                }
                // Outside ASCII a space may join a mark after it into one character: split as characters there.
                if utf8.contains(where: { $0 >= 0x80 }) {
                    let words = folded.split(separator: " ")
                    (first, last, isOneWord) = (words.first, words.last, words.count == 1)
                } else if let firstSpace = utf8.firstIndex(of: 0x20), let lastSpace = utf8.lastIndex(of: 0x20) {
                    first = folded[..<firstSpace]
                    last = folded[folded.index(after: lastSpace)...]
                    isOneWord = false
                } else {
                    first = folded.isEmpty ? nil : folded[...]
                    last = first
                    isOneWord = !folded.isEmpty
                }
            }
        }

        let marksAnotherPerson: Bool
        let text: Form
        let bracketed: Form?

        init(_ m: NameMention) {
            marksAnotherPerson = MessageGrammar.marksAnotherPerson(m)
            text = Form(m.text)
            bracketed = m.bracketed.map(Form.init)
        }
    }

    static func sameName(_ a: FoldedName, _ b: FoldedName) -> Bool {
        // "Hans Becker and Mrs. Becker", "… and His Wife [Madame Becker]": a form of address that marks a wife by
        // her husband's name makes another person than the name without it.
        if a.marksAnotherPerson != b.marksAnotherPerson { return false }
        if sameName(a.text, b.text) { return true }
        if let y = b.bracketed, sameName(a.text, y) { return true }
        guard let x = a.bracketed else { return false }
        return sameName(x, b.text) || b.bracketed.map { sameName(x, $0) } == true
    }

    static func sameName(_ x: FoldedName.Form, _ y: FoldedName.Form) -> Bool {
        if x.folded == y.folded { return true }
        if x.isOneWord, let w = x.first, y.first == w || y.last == w { return true }
        if y.isOneWord, let w = y.first, x.first == w || x.last == w { return true }
        // One-letter misspellings of a long surname ("Ceasescu" for "Ceausescu").
        if let lx = x.last, let ly = y.last, lx.count >= 6, ly.count >= 6, lx.first == ly.first,
           x.isOneWord || y.isOneWord || x.first == y.first,
           Similarity.osaDistance(String(lx), String(ly)) == 1 { return true }
        return false
    }
}
