/// Messages a summary states: the ends a title leaves out, relays it tells of, the writer of an
/// institution's telegram, and further addressees.
extension SummaryReader {
    /// "From the Journal of Vyshinsky …": "Vyshinsky reports to Stalin that …" makes the entry a report to Stalin.
    static func journalReport(_ clauses: [SubjectClauses], author: NameMention, into result: inout ExtractedRecord) {
        for clause in clauses where ["reports", "writes", "sends"].contains(clause.verb) && clause.afterTo {
            guard clause.subjects.count == 1, MessageGrammar.sameName(clause.subjects[0], author) else { continue }
            let to = clause.objects.filter { $0.kind == .person }
            if !to.isEmpty { result.messages.append(ExtractedMessage(from: [author], to: to, evidence: .summary)) }
            break
        }
    }

    /// A summary sentence that restates the document's own ends fills what the title leaves out:
    /// "This telegram, sent from the Romanian Ministry of Foreign Affairs to the Romanian Embassy in
    /// Beijing, …", "Draft telegram from the CPSU CC to … Togliatti", "The Romanian Embassy in
    /// Pyongyang reports to the Romanian Ministry of Foreign Affairs on …".
    static func restatedEnds(_ text: String, clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        let isMessageRecord = !result.messages.isEmpty
            || (reading.documentType.map { ["letter", "message", "note", "report", "directive"].contains($0) || Lexicon.isWire($0) } ?? true)
        // A session's minutes only mention the letters they discuss.
        guard isMessageRecord, !reading.sessionRecord, result.messages.count <= 1 else { return }
        let title = result.messages.first
        if let title, !title.from.isEmpty, !title.to.isEmpty { return }
        guard let first = firstSentence(text) else { return }
        let lower = first.lowercased()
        let nouns = ["telegram", "cable", "letter", "message", "note", "report", "memorandum", "document", "correspondence", "cablegram"]
        var restated: ExtractedMessage?
        for marker in [" sent from ", " from "] {
            guard let r = lower.range(of: marker) else { continue }
            let before = lower[..<r.lowerBound]
            guard nouns.contains(where: { before.hasSuffix($0) || before.hasSuffix($0 + ",") }) || marker == " sent from " else { continue }
            // The noun must name the record itself: it opens the sentence ("Draft telegram from …", "This
            // telegram, sent from …") or is what someone forwards. "… report that they submitted the letter from
            // X" mentions another document (precision: a mentioned message is not one of this record).
            let head = String(first[..<first.index(first.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])
            // "Mongolian Politburo Resolution and the Letter from …" lists the record's own documents: no verb before.
            let headWords = head.split(separator: " ").dropLast()
            let opensSentence = headWords.allSatisfy { $0.first?.isUppercase == true
                || SummaryLexicon.determiners.contains(NamePhrase.wordKey(String($0))) || ["and", "of", "draft"].contains($0.lowercased()) }
            guard opensSentence || forwarder(of: head) != nil else { continue }
            let body = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
            guard let split = MessageGrammar.splitAtTo(body) else { continue }
            var to = split.right
            for ender in [",", " on ", " regarding ", " about ", " concerning ", " informs ", " asking ", " requesting ", " that ",
                          " after ", " before ", " following ", " who ", " which ", "."] {
                if let e = to.range(of: ender) { to = String(to[..<e.lowerBound]) }
            }
            let from = NamePhrase.parse(split.left), recipients = NamePhrase.parse(to)
            if !from.isEmpty && !recipients.isEmpty {
                restated = ExtractedMessage(from: from, to: recipients, evidence: .summary)
                // "Yuri Andropov forwards this letter from Hegedus to the Council of Ministers": a relay.
                if let forwarder = forwarder(of: String(first[..<first.index(first.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])),
                   !MessageGrammar.contains(from + recipients, forwarder) {
                    restated?.via = [forwarder]
                }
            }
            break
        }
        // "Report by Otto Kleinert" + "Report to Walter Ulbricht on the talks …": the summary restates the record's own
        // document, by the title's document word, as sent to someone; the title's author sends it (docs/summaries.md).
        if restated == nil, result.messages.isEmpty, !reading.authorBy.isEmpty, let type = reading.documentType,
           lower.hasPrefix(type + " to ") {
            var to = String(first.dropFirst(type.count + 4))
            for ender in [",", " on ", " regarding ", " about ", " concerning ", " that ", " of ", "."] {
                if let e = to.range(of: ender) { to = String(to[..<e.lowerBound]) }
            }
            let recipients = NamePhrase.parse(to)
            if !recipients.isEmpty, MessageGrammar.isPureNameList(to) {
                restated = ExtractedMessage(from: reading.authorBy, to: recipients, evidence: .summary)
            }
        }
        if restated == nil, result.messages.isEmpty {
            // "The Romanian Embassy in Pyongyang reports to the Romanian Ministry of Foreign Affairs …"
            for clause in clauses where ["reports", "writes", "sends"].contains(clause.verb) && clause.afterTo {
                let to = clause.objects
                if !to.isEmpty, !clause.subjects.isEmpty {
                    restated = ExtractedMessage(from: clause.subjects, to: to, evidence: .summary)
                    break
                }
            }
        }
        // "Ciphered Telegram No. 4581" + "Stalin informs Mao Zedong that …": a wire whose title names no one
        // is the message its summary's first clause sends.
        if restated == nil, title.map({ $0.from.isEmpty && $0.to.isEmpty }) ?? true, result.conversations.isEmpty,
           reading.conversationWithOneSide.isEmpty,
           let type = reading.documentType, Lexicon.isWire(type) || ["letter", "message", "verbal message", "oral message", "note"].contains(type),
           let clause = clauses.first,
           clause.subjects.count == 1, clause.subjects[0].kind == .person, !clause.reported,
           SubjectClauses.addressingVerbs.contains(clause.verb) || clause.verb == "replies" || clause.afterTo,
           !clause.objects.isEmpty, clause.objects.allSatisfy({ $0.kind == .person }) {
            restated = ExtractedMessage(from: clause.subjects, to: clause.objects, evidence: .summary)
        }
        // "CPSU gives instructions to the Communist Party of Italy …" for a directive from the CPSU
        // Secretariat; "Draft instructions of the Soviet leadership to …" for instructions to named people.
        if restated == nil {
            for verb in [" gives ", " sends ", " issues ", " transmits "] {
                guard let v = lower.range(of: verb) else { continue }
                let after = lower[v.upperBound...]
                guard let to = after.range(of: " to "),
                      ["instructions", "directive", "directives", "orders", "message", "letter", "telegram", "note"]
                        .contains(where: { after[..<to.lowerBound].hasSuffix($0) }) else { continue }
                var addressee = String(first.dropFirst(lower.distance(from: lower.startIndex, to: to.upperBound)))
                for ender in [" on ", " about ", " regarding ", " concerning ", ",", "."] {
                    if let e = addressee.range(of: ender) { addressee = String(addressee[..<e.lowerBound]) }
                }
                let recipients = NamePhrase.parse(addressee)
                let author = (title?.from).flatMap { $0.isEmpty ? nil : $0 } ?? reading.unaddressedAuthor
                if !recipients.isEmpty, !author.isEmpty {
                    restated = ExtractedMessage(from: author, to: recipients, evidence: .summary)
                }
                break
            }
        }
        // "Cable to the Chinese Embassy in Moscow" + "Foreign Minister Dai Boyuan instructs the embassy to …": a title
        // naming only its addressee takes as sender the person whose verb of addressing opens the summary with that
        // addressee as object, by name or as `the` and its head noun.
        if restated == nil, let title, title.from.isEmpty, !title.to.isEmpty, let clause = clauses.first, clause.subjectStart == 0,
           clause.subjects.count == 1, clause.subjects[0].kind == .person, !clause.reported, !clause.toldThat,
           SubjectClauses.addressingVerbs.contains(clause.verb), !MessageGrammar.contains(title.to, clause.subjects[0]) {
            let keys = SummaryTokens.of(first).keys
            let addressedByName = !clause.objects.isEmpty && clause.objects.allSatisfy { MessageGrammar.contains(title.to, $0) }
            var addressedByHead = false
            if title.to.count == 1, title.to[0].kind == .institution, let v = keys.firstIndex(of: clause.verb), v + 2 < keys.count,
               keys[v + 1] == "the" {
                let headWords = NamePhrase.tokenize(title.to[0].text).map(NamePhrase.wordKey).filter(Lexicon.institutionHeads.contains)
                addressedByHead = headWords.contains(keys[v + 2])
            }
            if addressedByName || addressedByHead { restated = ExtractedMessage(from: clause.subjects, to: title.to, evidence: .summary) }
        }
        if restated == nil, let title, title.from.isEmpty, !title.to.isEmpty {
            for noun in ["instructions of ", "directive of ", "letter of ", "message of ", "telegram of "] {
                guard let r = lower.range(of: noun) else { continue }
                var author = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
                for ender in [" to ", " on ", " about ", ",", "."] {
                    if let e = author.range(of: ender) { author = String(author[..<e.lowerBound]) }
                }
                let from = NamePhrase.parse(author)
                if !from.isEmpty { restated = ExtractedMessage(from: from, to: title.to, evidence: .summary) }
                break
            }
        }
        guard let restated else { return }
        if let title {
            // Keep what the title states, take the rest from the summary.
            let from = title.from.isEmpty ? restated.from : (restated.from.count >= title.from.count
                && !MessageGrammar.contains(restated.from, title.from[0]) && title.from[0].kind != .person ? restated.from : title.from)
            let to = title.to.isEmpty ? restated.to : title.to
            result.messages = [ExtractedMessage(from: from, to: to, via: title.via, evidence: .summary)]
        } else {
            result.messages = [restated]
        }
    }

    /// The subject of "X forwards this letter", "X transmits the telegram": who passes a document on.
    static func forwarder(of head: String) -> NameMention? {
        let lower = head.lowercased()
        for verb in [" forwards ", " forwarded ", " transmits ", " transmitted ", " relays ", " relayed ", " passes on ",
                     " passed on ", " conveys ", " conveyed "] {
            guard let v = lower.range(of: verb) else { continue }
            let object = lower[v.upperBound...].split(separator: " ")
            guard object.count <= 3, ["this", "the", "a", "an"].contains(object.first.map(String.init) ?? "") else { continue }
            let subject = String(head[..<head.index(head.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: v.lowerBound))])
            let people = NamePhrase.parse(subject)
            if people.count == 1, people[0].kind == .person { return people[0] }
        }
        return nil
    }

    /// The person who wrote a telegram that the title gives only as an office: "East German Ambassador
    /// Oskar Fischer reports …" for one from the "Ambassador to China".
    static func namedWriter(_ clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.from.count == 1,
              let sender = message.from.first, sender.kind != .person, let clause = clauses.first,
              clause.subjects.count == 1, let person = clause.subjects.first, let office = person.office?.lowercased(),
              office.contains("ambassador") || office.contains("chargé") || office.contains("charge") else { return }
        let senderText = sender.text.lowercased()
        guard sender.kind == .office, senderText.contains("ambassador") else { return }
        message.from = [person]
        message.evidence = .summary
        result.messages = [message]
    }

    /// **Rule: a named writer beside an institution, from the summary's restatement of the record.**
    /// Precondition: the title's sender is an institution. The summary's first sentence names the document and
    /// its person author: "Report from Hungarian Ambassador Ferenc Halász on …", "In a report to the Foreign
    /// Ministry, Tatu speaks about …". The person signs beside the institution (gold schema).
    static func writerInRestatement(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, !message.from.isEmpty,
              message.from.allSatisfy({ $0.kind == .institution }), let first = firstSentence(text) else { return }
        let split = SummaryTokens.of(first)
        let tokens = split.words
        let keys = split.keys
        var writer: NameMention?
        var k = 0
        if keys.first == "in" { k = 1 }
        while k < keys.count, SummaryLexicon.determiners.contains(keys[k]) { k += 1 }
        guard k < keys.count, SummaryLexicon.documentNouns.contains(keys[k]) else { return }
        if keys.first == "in" {
            // "In a report to X, Tatu speaks …": the subject after the opening phrase's comma, before its verb.
            guard let comma = tokens.indices.dropFirst(k).first(where: { tokens[$0].hasSuffix(",") }), comma + 2 < tokens.count else { return }
            let subject = tokens[(comma + 1)...].prefix { $0.first?.isUppercase == true || NamePhrase.isInitials($0) }
            let verbAt = comma + 1 + subject.count
            guard !subject.isEmpty, verbAt < keys.count, SubjectClauses.clauseVerbs.contains(keys[verbAt])
                    || SummaryLexicon.speechVerbs.contains(keys[verbAt]) || keys[verbAt].hasSuffix("s") else { return }
            writer = leadingNames(subject).last
        } else if k + 1 < keys.count, ["from", "by", "of"].contains(keys[k + 1]) {
            // "Report from Hungarian Ambassador József Kovács on …"
            writer = leadingNames(tokens[(k + 2)...]).first
        }
        guard let writer, writer.kind == .person, !MessageGrammar.contains(message.from + message.to, writer) else { return }
        message.from.append(writer)
        message.evidence = .summary
        result.messages = [message]
    }

    /// Public statements whose speaker a wire reports: "describes … in a speech / at a rally / in an interview".
    static let publicStatementNouns = ["speech", "interview", "rally", "broadcast", "article", "editorial", "press conference",
                                       "statement to", "statement", "address", "radio address", "lecture", "report to the"]
    /// The prepositions and determiners a public statement follows: "in a speech", "at the rally", "in his interview".
    static let publicStatementOpenings = ["in a ", "in an ", "in his ", "in her ", "at a ", "at an ", "at the ", "in the "]
    /// Every opening with every noun, spaced before: the markers are built once, not per record and noun.
    static let publicStatementMarkers = publicStatementNouns.flatMap { noun in publicStatementOpenings.map { " " + $0 + noun } }

    /// "Popa describes …", "Lazar believes …", "Chinese Ambassador Wellington Koo states …" for a telegram
    /// the title sends from an embassy or ministry: the summary names the diplomat who wrote it, who
    /// signs beside the institution. "Ogrodinski tells Drozniak to …" names the addressee as well.
    /// Every document the title sends from an institution (a wire, a report, a note, a ciphergram): the
    /// schema's "Ambassador X reports …" names the writer of an embassy's report as well as of its telegram.
    static func writerBesideInstitution(_ text: String, clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        guard result.messages.count == 1,
              var message = result.messages.first, message.via.isEmpty, !message.from.isEmpty,
              message.from.allSatisfy({ $0.kind == .institution }),
              reading.documentType != nil || SignedWriter.opensWithStyledWriter(text),
              let clause = clauses.first, clause.subjects.count == 1, let writer = clause.personSubjects.first,
              SubjectClauses.writerVerbs.contains(clause.verb), !clause.toldThat, !clause.reported else { return }
        // "Pham Van Dong describes … in a speech to the National Assembly": a public statement the telegram reports, the
        // subject's own (`in`/`at` + an article or possessive + the statement). "X reports on … based on a speech by Y"
        // names a source of the writer, who still signs.
        let lowerFirst = " " + (firstSentence(text)?.lowercased() ?? "")
        // (A byte search per marker: Foundation's `contains` bridged the sentence to UTF-16 for each of the 104 markers.)
        guard !publicStatementMarkers.contains(where: { lowerFirst.range(of: $0) != nil }) else { return }
        // "Shtykov informs Vyshinsky that …" in a telegram to the ministry is the telegram itself, and so is
        // an instruction ("tells Drozniak to meet …"); in a cable with no addressee, "Gromyko informs
        // Liu Xiao …" is a talk the cable reports.
        // "Ambassador Dumitrescu informs Bucharest that …": the body or city the title addresses, as printed, is the
        // telegram's own recipient, not someone else the writer tells.
        let objects = clause.objects.filter { o in
            !(o.kind != .person && (MessageGrammar.contains(message.to, o) || !TitleText.find(" to \(o.text)", in: result.record.title).isEmpty))
        }
        let addressees = objects.filter { $0.kind == .person }
        // An ambassador being told something is at the sending end: "Kim Il Sung tells Ambassador Puzanov …"
        // is the talk Puzanov's telegram reports.
        let toDiplomat = addressees.contains { $0.office.map { NamePhrase.tokenize($0).map(NamePhrase.wordKey)
            .contains(where: Lexicon.diplomaticRanks.contains) } ?? false }
        guard objects.isEmpty || addressees.count == objects.count
                && (clause.instructs || !message.to.isEmpty && !toDiplomat) else { return }
        // "Kim Il Sung tells Gorshenin …": the subject of a talk the clause itself states is a speaker the
        // wire reports, not its writer. A writer who reports on his own talk ("Ambassador X reports on his
        // conversation with B", "X describes his talk with B") still signs (schema: `Ambassador X reports …`).
        let recountsOwnTalk = result.conversations.contains { MessageGrammar.contains($0.participants, writer) }
        guard addressees.isEmpty || !recountsOwnTalk else { return }
        // A title that itself names the writer's meeting ("Ambassador X's Meeting with B") documents that meeting,
        // with X as its side; it does not sign X.
        guard !recountsOwnTalk || TitleText.find(writer.text, in: result.record.title).isEmpty else { return }
        // In a report or note (not a wire) a writer's verb may name a source ("X reports on the harvest"). The writer is
        // certain when he recounts his own talk, or (schema: `Lazar describes …`, `Ambassador X reports …`) when a verb of
        // reporting in writing has as subject an office and name or a bare surname, the shapes a catalogue gives its writer.
        let writerShaped = writer.office != nil || NamePhrase.tokenize(writer.text).count == 1 || SignedWriter.opensWithStyledWriter(text)
        guard Lexicon.isWire(reading.documentType ?? "") || recountsOwnTalk
                || SubjectClauses.reportingWriterVerbs.contains(clause.verb) && writerShaped else { return }
        // The record's addressee is no writer of it, nor is a newspaper named as a source ("Nhan Dan reports …").
        guard !MessageGrammar.contains(message.to, writer), !SummaryLexicon.pressTitles.contains(writer.text.lowercased()) else { return }
        // A writer with an office is a diplomat of the sending country ("Chinese Ambassador" for the
        // Chinese Embassy), not a host-country leader the telegram quotes.
        if let office = writer.office {
            let words = NamePhrase.tokenize(office).map(NamePhrase.wordKey)
            let embassySecretary = words.contains("secretary") && (words.contains("second") || words.contains("third")
                || words.contains("embassy") || words.contains("legation"))
            guard words.contains(where: { Lexicon.diplomaticRanks.contains($0) }) || embassySecretary
                    || SignedWriter.headsSendingPost(words, senders: message.from) else { return }
            // The sending country as its name says it, before its posting: "Hungarian Embassy", "Embassy of Hungary in …".
            let senderWords = Set(message.from.flatMap { sender in
                NamePhrase.tokenize(String(sender.text.components(separatedBy: " in ").first ?? sender.text)).map(NamePhrase.wordKey) })
            let senderCountries = Set(senderWords.compactMap { Gazetteer.adjectiveByForm[Gazetteer.fold($0)] })
            guard words.filter({ Lexicon.nationalities.contains($0) }).allSatisfy({ senderWords.contains($0)
                || Gazetteer.adjectiveByForm[Gazetteer.fold($0)].map(senderCountries.contains) == true }) else { return }
        }
        message.from.append(writer)
        if !addressees.isEmpty, message.to.allSatisfy({ $0.kind == .institution }) {
            message.to += addressees.filter { !MessageGrammar.contains(message.to + message.from, $0) }
        }
        message.evidence = .summary
        result.messages = [message]
    }

    /// "The cable contains Stalin's personal response …", "The telegram relays a request from Mao,
    /// conveyed via … Zhou Enlai": the title's single message carries someone else's, so it becomes
    /// one relayed message from that person (schema: A ≠ C).
    static func relayedContent(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.relayedContent) else { return }
        guard result.messages.count == 1, let outer = result.messages.first, !outer.from.isEmpty, !outer.to.isEmpty,
              outer.via.isEmpty else { return }
        let first = firstSentence(text) ?? ""
        let lower = first.lowercased()
        // The document, or its sender: "Kovalev transmits a letter from Mao Zedong to Stalin" in Kovalev's cable.
        // FRUS summaries may begin with the verb: "Transmits the text of Khrushchev's letter to President Kennedy."
        let padded = " " + lower
        // (The verb is looked for first: a sentence without one ends the rule before the subjects are gathered.)
        // "Enclosed is a letter from A to B": an enclosure opening the sentence is the record carrying it.
        let enclosure = SummaryLexicon.enclosureOpenings.first { lower.hasPrefix($0 + " ") }
        // "Following message from A": the formula only before a message noun ("Following the talks, …" is no enclosure).
        if let formula = enclosure, SummaryLexicon.formulaOpenings.contains(formula) {
            let next = lower.dropFirst(formula.count + 1)
            guard SummaryLexicon.formulaFillers.contains(where: { filler in
                SummaryLexicon.carriedMessageNouns.contains { next.hasPrefix(filler + $0 + " ") } }) else { return }
        }
        guard let pv = enclosure.flatMap({ padded.range(of: " " + $0 + " ") })
                ?? SummaryLexicon.carryingVerbPhrases.lazy.compactMap({ padded.range(of: " " + $0 + " ") }).first else { return }
        var subjects = ["the cable ", "the telegram ", "this telegram ", "this cable ", "the letter ", "the message ", "the note "]
        // "The embassy forwards a message from A": an institution's sender is "the" and its head noun.
        for sender in outer.from where sender.kind == .institution {
            for word in NamePhrase.tokenize(sender.text).map(NamePhrase.wordKey) where Lexicon.institutionHeads.contains(word) {
                subjects.append("the \(word) ")
            }
        }
        for sender in outer.from where sender.kind == .person {
            let name = sender.text.lowercased()
            subjects.append(name + " ")
            if let surname = SummaryWords.lastWord(name) { subjects.append(surname + " ") }
            // The family name stands first in Chinese and Korean names: "Han forwards …" for Han Sung-jin.
            if let family = SummaryWords.firstWord(name), ByteSearch.asciiContains(name, " ") ?? name.contains(" ") { subjects.append(family + " ") }
        }
        let verbFirst = ["transmits ", "forwards ", "relays ", "conveys "].contains { lower.hasPrefix($0) }
        guard enclosure != nil || verbFirst || subjects.contains(where: { lower.hasPrefix($0) }) else { return }
        let v = lower.index(lower.startIndex, offsetBy: padded.distance(from: padded.startIndex, to: pv.lowerBound))
            ..< lower.index(lower.startIndex, offsetBy: padded.distance(from: padded.startIndex, to: pv.upperBound) - 1)
        let after = String(first.dropFirst(lower.distance(from: lower.startIndex, to: v.upperBound)))
        var author: [NameMention] = []
        var relays: [NameMention] = []
        var finals: [NameMention] = []
        let kinds = SummaryLexicon.carriedMessageNouns
        // "a letter from A", "the reply of A": the author after `from`, or after `of` that follows a message noun.
        let authorMarker = [" from ", " of "].lazy.compactMap { marker in
            // (The words before the marker are lowered once, not once per message noun.)
            after.range(of: marker).flatMap { r in
                let before = after[..<r.lowerBound].lowercased()
                return kinds.contains(where: { before.hasSuffix($0) }) ? r : nil
            }
        }.first
        if let from = authorMarker {
            var who = String(after[from.upperBound...])
            // The uncut phrase: "to A, B, and C" runs over commas.
            let whoTokens = who.split(separator: " ")
            if let cut = who.firstIndex(where: { $0 == "," || $0 == ";" }) {
                let tail = String(who[who.index(after: cut)...]).trimmingSpaces()
                for marker in ["conveyed via ", "conveyed through ", "via "] where tail.lowercased().hasPrefix(marker) {
                    var relay = String(tail.dropFirst(marker.count))
                    if let end = relay.firstIndex(where: { $0 == "," || $0 == ";" }) { relay = String(relay[..<end]) }
                    relays = NamePhrase.parse(relay).filter { $0.kind == .person }
                }
                // "a letter from A, the text of which is to be delivered to B": a relative clause names its onward recipient.
                let lowerTail = " " + tail.lowercased()
                if SummaryLexicon.relativeOpenings.contains(where: { lowerTail.hasPrefix(" " + $0 + " ") }),
                   let marker = spacedOnwardRecipientMarkers.lazy.compactMap({ lowerTail.range(of: $0) }).first {
                    let offset = lowerTail.distance(from: lowerTail.startIndex, to: marker.upperBound) - 1
                    finals = leadingNames(String(tail.dropFirst(offset)).split(separator: " ").drop { $0.lowercased() == "the" })
                        .filter { $0.kind == .person }
                }
                who = String(who[..<cut])
            }
            // The author's name ends at the first lowercase word: "from Mao Zedong about the offensive".
            var words: [Substring] = []
            for token in who.split(separator: " ").prefix(4) {
                if !words.isEmpty, token.first?.isLowercase == true { break }
                words.append(token)
            }
            author = Array(NamePhrase.parse(words.joined(separator: " ")).filter { $0.kind == .person }.prefix(1))
            // "a letter from A to B", "… for B", "… addressed to B": the message's own addressee is its final recipient.
            if words.count < whoTokens.count, !(words.last?.hasSuffix(",") ?? true),
               let marker = SummaryLexicon.carriedAddresseeMarkers.first(where: { m in
                   words.count + m.count < whoTokens.count
                       && whoTokens[words.count..<(words.count + m.count)].map({ NamePhrase.wordKey(String($0)) }) == m }) {
                finals = leadingNames(whoTokens[(words.count + marker.count)...].drop { $0.lowercased() == "the" })
                    .filter { $0.kind == .person }
            }
        } else if let possessive = after.range(of: "'s ") {
            let noun = after[possessive.upperBound...].lowercased()
            guard kinds.contains(where: { noun.hasPrefix($0) || noun.hasPrefix("personal " + $0) }) else { return }
            author = Array(NamePhrase.parse(ConversationGrammar.possessor(before: String(after[..<possessive.lowerBound])))
                .filter { $0.kind == .person }.suffix(1))
            // "Khrushchev's letter to President Kennedy": the letter's own addressee is its final recipient.
            if let to = noun.range(of: " to ") {
                var words: [Substring] = []
                for token in String(after[possessive.upperBound...].dropFirst(noun.distance(from: noun.startIndex, to: to.upperBound))).split(separator: " ") {
                    if !words.isEmpty, token.first?.isLowercase == true { break }
                    words.append(token)
                }
                finals = NamePhrase.parse(words.joined(separator: " ")).filter { $0.kind == .person }
            }
        }
        guard let a = author.first, !MessageGrammar.contains(outer.from, a), !MessageGrammar.contains(outer.to, a) else { return }
        if !finals.isEmpty, !finals.contains(where: { MessageGrammar.contains(outer.to + [a], $0) }) {
            result.messages = [ExtractedMessage(from: [a], to: finals, via: relays + outer.from + outer.to, evidence: .summary)]
            return
        }
        // "… from A to Cde. Vladlen Krylatov" for the title's "Krylatov": the summary's fuller name of the same addressee.
        let to = outer.to.map { t in finals.first { MessageGrammar.sameName($0, t) && $0.text.count > t.text.count } ?? t }
        result.messages = [ExtractedMessage(from: [a], to: to, via: relays + outer.from, evidence: .summary)]
    }

    /// **Rule: the carried message's own address.** The record relays A's message (the title's `transmitting a message
    /// from A`); the summary's first sentence opens with A's possessive, a message noun and its address (`A's message,
    /// addressed to C, asks …`, `A's letter to C …`: `SummaryLexicon.carriedAddresseeMarkers`): C is the final recipient,
    /// and the title's addressee one more go-between.
    static func carriedMessageAddress(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.from.count == 1, !message.via.isEmpty,
              message.from[0].kind == .person, let first = firstSentence(text) else { return }
        let split = SummaryTokens.of(first)
        let tokens = split.words
        let keys = split.keys
        // The possessor opens the sentence: at most four capitalised words, the last with `'s`.
        guard let p = tokens.prefix(5).firstIndex(where: SummaryWords.endsPossessive), p + 2 < tokens.count,
              tokens[...p].allSatisfy(SummaryWords.opensUppercase) else { return }
        let possessor = NamePhrase.parse(ConversationGrammar.possessor(before: tokens[...p].joined(separator: " ").replacingOccurrences(of: "'s", with: "")
            .replacingOccurrences(of: "’s", with: "")))
        guard let author = possessor.last, MessageGrammar.sameName(author, message.from[0]) else { return }
        var k = p + 1
        if keys[k] == "personal" || keys[k] == "own" { k += 1 }
        guard k < keys.count, SummaryLexicon.carriedMessageNouns.contains(keys[k]) else { return }
        k += 1
        guard let marker = SummaryLexicon.carriedAddresseeMarkers.first(where: { m in
            k + m.count < keys.count && Array(keys[k..<(k + m.count)]) == m }) else { return }
        let finals = leadingNames(tokens[(k + marker.count)...]).filter { $0.kind == .person }
        guard !finals.isEmpty, !finals.contains(where: { MessageGrammar.contains(message.from + message.via, $0) }) else { return }
        message.via += message.to.filter { !MessageGrammar.contains(finals, $0) }
        message.to = finals
        message.evidence = .summary
        result.messages = [message]
    }

    /// "Telegram from Roshchin to Moscow after meeting Zhou Enlai who asked him to request of Stalin an
    /// answer", "Kim Il Sung asks Shtykov to convey to Stalin …": the telegram carries the asker's message
    /// to the person named, relayed by its writer (the gold schema's A ≠ C rule). A ministry or city the
    /// title addresses stands for that person. "Stalin asks Shtykov to convey to Kim Il Sung …" in Stalin's
    /// telegram to Shtykov makes Shtykov the go-between of a message to Kim Il Sung.
    static func askedToConvey(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.askedToConvey), cues.allows(.askedToConveyRequest) else { return }
        guard result.messages.count == 1, let outer = result.messages.first, outer.via.isEmpty,
              outer.from.count == 1, let writer = outer.from.first, writer.kind == .person else { return }
        let requests = ["to request of ", "to convey to ", "to pass on to ", "to transmit to ", "to relay to ",
                        "to forward to ", "to pass to ", "to convey his request to ", "to convey a message to ", "to inform ",
                        "to tell "]
        let recipient = outer.to.count == 1 && outer.to[0].kind == .person ? outer.to[0] : nil
        // Who is asked, as the summary may print them: "him", the writer, or the title's recipient
        // (gathered at the first sentence that holds a verb of asking).
        var askedStorage: [(form: String, isWriter: Bool)]? = nil
        func askedForms() -> [(form: String, isWriter: Bool)] {
            if let askedStorage { return askedStorage }
            var asked: [(form: String, isWriter: Bool)] = [("him", true)]
            for (person, isWriter) in [(writer, true)] + (recipient.map { [($0, false)] } ?? []) {
                let full = person.text.lowercased()
                asked.append((full, isWriter))
                // The family name alone: last in most names, first in Chinese and Korean ones ("asks Zhang to inform …").
                for surname in [SummaryWords.lastWord(full), SummaryWords.firstWord(full)].compactMap({ $0 }) where surname != full {
                    asked.append((surname, isWriter))
                }
            }
            askedStorage = asked
            return asked
        }
        let verbs = [" asked ", " asks ", " instructs ", " instructed ", " tells ", " told ", " requests "]
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            // Each form is looked for only after the verbs the sentence holds.
            let present = verbs.filter { lower.range(of: $0) != nil }
            if present.isEmpty { continue }
            for (form, askedIsWriter) in askedForms() {
                for verb in present {
                    // "requests that Bragin inform B": the request in the subjunctive, its verb bare.
                    let direct = lower.range(of: verb + form + " ")
                    let subjunctive = direct == nil
                    guard let m = direct ?? lower.range(of: verb + "that " + form + " ") else { continue }
                    let after = lower[m.upperBound...]
                    guard let request = requests.first(where: { after.hasPrefix(subjunctive ? $0.dropFirst(3) : $0[...]) }) else { continue }
                    // The addressees: the capitalised words after the request, a list joined by "and" included.
                    let offset = lower.distance(from: lower.startIndex, to: m.upperBound) + request.count - (subjunctive ? 3 : 0)
                    var words: [Substring] = []
                    for token in sentence.dropFirst(offset).split(separator: " ") {
                        // "to convey to Thieu Nixon's assurance": the possessive begins what is conveyed.
                        guard token.first?.isUppercase ?? false || !words.isEmpty && token == "and", !token.hasSuffix("'s"), !token.hasSuffix("’s") else { break }
                        words.append(token)
                        if token.hasSuffix(".") { break }
                    }
                    while words.last == "and" { words.removeLast() }
                    // A comma goes on with the list only in "A, B, and C": without a later "and" it ends the addressee.
                    if let comma = words.firstIndex(where: { $0.hasSuffix(",") }), !words[comma...].contains("and") {
                        words = Array(words[...comma])
                    }
                    let named = NamePhrase.parse(words.joined(separator: " ")).prefix { $0.kind == .person }
                    guard !named.isEmpty, !named.contains(where: { MessageGrammar.sameName($0, writer) }) else { continue }
                    // The title's addressee named again by surname is the title's mention ("to convey to Bragin").
                    let addressees = named.map { n in outer.to.first { MessageGrammar.sameName($0, n) } ?? n }
                    // The asker: the name right before the verb ("meeting Zhou Enlai who asked him").
                    var head = String(sentence.prefix(lower.distance(from: lower.startIndex, to: m.lowerBound)))
                    if head.lowercased().hasSuffix(" who") { head.removeLast(4) }
                    var askerWords: [Substring] = []
                    for token in head.split(separator: " ").reversed() {
                        guard token.first?.isUppercase ?? false || NamePhrase.isInitials(String(token)) else { break }
                        askerWords.insert(token, at: 0)
                    }
                    guard let asker = NamePhrase.parse(askerWords.joined(separator: " ")).last, asker.kind == .person else { continue }
                    if askedIsWriter {
                        guard !MessageGrammar.sameName(asker, writer) else { continue }
                        let relays = [writer] + outer.to.filter { $0.kind == .person && !MessageGrammar.contains(addressees, $0) }
                        result.messages = [ExtractedMessage(from: [asker], to: addressees, via: relays, evidence: .summary)]
                    } else if let recipient, MessageGrammar.sameName(asker, writer), !MessageGrammar.contains(addressees, recipient) {
                        result.messages = [ExtractedMessage(from: [writer], to: addressees, via: [recipient], evidence: .summary)]
                    } else {
                        continue
                    }
                    return
                }
            }
        }
    }

    /// "Ciphered Telegram, Filippov [Stalin] to Roshchin" + "Telegram from Stalin to Mao Zedong on …": the
    /// title addresses a go-between and the summary names the real recipient (gold schema).
    static func goBetween(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.goBetween) else { return }
        // Both restatements open with a message noun, after "a" or "the" at most: any other opening word rules them out.
        if let opening = SummaryWords.openingKey(text), !["telegram", "cable", "letter", "message", "cablegram"].contains(opening) { return }
        guard result.messages.count == 1, let outer = result.messages.first, outer.from.count == 1, outer.via.isEmpty,
              outer.to.count == 1, let first = firstSentence(text) else { return }
        let lower = first.lowercased()
        let nouns = ["telegram", "cable", "letter", "message", "cablegram"]
        // "Message to Stalin from Roshchin informing him …": the same restatement, addressee first.
        if let noun = nouns.map({ $0 + " to " }).first(where: { lower.hasPrefix($0) || lower.hasPrefix("a " + $0) || lower.hasPrefix("the " + $0) }),
           let r = lower.range(of: noun), let fromRange = lower.range(of: " from ", range: r.upperBound..<lower.endIndex) {
            let finals = leadingNames(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)).split(separator: " "))
            let author = leadingNames(first.dropFirst(lower.distance(from: lower.startIndex, to: fromRange.upperBound)).split(separator: " "))
            guard author.count == 1, MessageGrammar.sameName(author[0], outer.from[0]), finals.count == 1, finals[0].kind == .person,
                  !MessageGrammar.contains(outer.to + outer.from, finals[0]) else { return }
            result.messages = [ExtractedMessage(from: outer.from, to: finals, via: outer.to, evidence: .summary)]
            return
        }
        // The title's addressee is a go-between: a person, or a ministry that passes the telegram on.
        guard outer.to[0].kind != .office,
              let noun = nouns.map({ $0 + " from " }).first(where: { lower.hasPrefix($0) || lower.hasPrefix("a " + $0) || lower.hasPrefix("the " + $0) }),
              let r = lower.range(of: noun) else { return }
        let body = String(first.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
        guard let split = MessageGrammar.splitAtTo(body) else { return }
        var to = split.right
        for ender in [",", " on ", " regarding ", " about ", " concerning ", " informing ", " asking ", " that ", " in which ", "."] {
            if let e = to.range(of: ender) { to = String(to[..<e.lowerBound]) }
        }
        // The addressee's name ends at the first lowercase word ("to Mao Zedong proposing that …").
        var words: [Substring] = []
        for token in to.split(separator: " ") {
            if !words.isEmpty, token.first?.isLowercase == true, !NamePhrase.particles.contains(String(token)), token != "and" { break }
            words.append(token)
        }
        to = words.joined(separator: " ")
        let from = NamePhrase.parse(split.left), finals = NamePhrase.parse(to)
        guard from.count == 1, MessageGrammar.sameName(from[0], outer.from[0]) || from[0].text == outer.from[0].bracketed,
              finals.count == 1, finals[0].kind == .person, !MessageGrammar.contains(outer.to, finals[0]) else { return }
        result.messages = [ExtractedMessage(from: outer.from, to: finals, via: outer.via + outer.to, evidence: .summary)]
    }

    /// "Telegram from Bucharest to Beijing" + "The ministry asks the embassy to report …": the title's first
    /// city is the home capital, so the ministry there writes to its embassy in the second (the reverse of
    /// the usual reading, an embassy abroad writing home).
    static func ministryWritesToItsEmbassy(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, let message = result.messages.first, message.from.count == 1, message.to.count == 1,
              let embassy = message.from.first?.text, let ministry = message.to.first?.text,
              let inRange = embassy.range(of: " Embassy in "), ministry.hasSuffix(" Foreign Ministry") else { return }
        let firstCity = String(embassy[inRange.upperBound...])
        let title = result.record.title.lowercased()
        guard title.contains("from \(firstCity.lowercased()) to") || title.contains("from \(NameFolding.fold(firstCity)) to"),
              let home = Gazetteer.capitalAdjective(firstCity),
              let secondCity = Gazetteer.capital(ofAdjective: String(ministry.dropLast(" Foreign Ministry".count))),
              let first = firstSentence(text)?.lowercased() else { return }
        let writes = ["the ministry ", "the foreign ministry ", "the mfa ", "the ministry of foreign affairs "].contains { first.hasPrefix($0) }
        let toEmbassy = [" the embassy", " the ambassador"].contains { first.contains($0) }
        let homeMinistry = NameMention(text: "\(home) Foreign Ministry", kind: .institution)
        let post = NameMention(text: "\(home) Embassy in \(secondCity)", kind: .institution)
        if writes, toEmbassy {
            result.messages = [ExtractedMessage(from: [homeMinistry], to: [post], evidence: .summary)]
        } else if let official = ministryOfficialInstructingEmbassy(firstSentence(text) ?? "") {
            // The official of the ministry who instructs signs beside it (gold schema: a named writer beside the institution).
            result.messages = [ExtractedMessage(from: [homeMinistry] + official, to: [post], evidence: .summary)]
        }
    }

    /// Offices of a foreign ministry that open a summary's first clause (`Deputy Foreign Minister A instructs …`).
    static let ministryOfficeOpenings = [
        "first deputy foreign minister ", "deputy foreign minister ", "vice foreign minister ", "vice-foreign minister ",
        "foreign minister ", "first deputy minister of foreign affairs ", "deputy minister of foreign affairs ",
        "minister of foreign affairs ", "the foreign minister ", "the deputy foreign minister ",
    ]

    /// Verbs by which a ministry's official directs its own post: the clause's verb, with the embassy or ambassador
    /// right after it.
    static let instructingVerbs = ["instructs", "directs", "orders", "asks", "tells", "requests", "authorizes", "authorises"]

    /// **Convention: a city-pair telegram whose summary opens with an official of the foreign ministry instructing
    /// the embassy runs from the ministry to the embassy** — `Telegram from Budapest to Pyongyang` + `Deputy Foreign
    /// Minister A instructs the embassy to …`: the first city is the home capital (its foreign ministry, with A signing
    /// beside it), the second the post. The official's office opens the sentence (`ministryOfficeOpenings`), a name may
    /// follow, then an instructing verb (`instructingVerbs`) and `the embassy` or `the ambassador`. The official named
    /// (none when the office stands alone), or nil when the sentence is not of that shape.
    static func ministryOfficialInstructingEmbassy(_ sentence: String) -> [NameMention]? {
        let lower = sentence.lowercased()
        guard lower.count == sentence.count, let opening = ministryOfficeOpenings.first(where: { lower.hasPrefix($0) }) else { return nil }
        let afterOffice = lower.dropFirst(opening.count)
        for verb in instructingVerbs {
            for object in ["the embassy", "the ambassador"] {
                guard let r = afterOffice.range(of: " \(verb) \(object)") ?? (afterOffice.hasPrefix("\(verb) \(object)") ? afterOffice.startIndex..<afterOffice.startIndex : nil)
                else { continue }
                // The words between the office and the verb: the official's name, capitalised, or nothing.
                let nameOffset = opening.count
                let nameLength = afterOffice.distance(from: afterOffice.startIndex, to: r.lowerBound)
                let name = String(sentence.dropFirst(nameOffset).prefix(nameLength)).trimmingSpaces()
                if name.isEmpty { return [] }
                guard name.split(separator: " ").count <= 4, name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
                let people = NamePhrase.parse(name).filter { $0.kind == .person }
                return people.count == 1 ? people : nil
            }
        }
        return nil
    }

    /// "Mao Zedong informs Peng Dehuai and Gao Gang …" for a telegram from Mao to Peng: the summary
    /// names a further addressee of the same message, or the addressee the title leaves out.
    static func addressees(_ clauses: [SubjectClauses], reading: TitleReading, into result: inout ExtractedRecord) {
        // "Directive [from Mao Zedong] …" + "Mao reminds Comrade Yao Wenyuan to remain humble": the summary
        // names the addressee the title leaves out.
        // Only orders address by their nature; in a report, "the ambassador tells Kim Il Sung" is a talk.
        let orders = ["directive", "instructions", "instruction", "order", "draft instructions", "draft directive"]
        if result.messages.isEmpty, !reading.unaddressedAuthor.isEmpty, orders.contains(reading.documentType ?? "") {
            for clause in clauses where SubjectClauses.addressingVerbs.contains(clause.verb) {
                let to = clause.objects.filter { $0.kind == .person }
                guard clause.subjects.count == 1, MessageGrammar.contains(reading.unaddressedAuthor, clause.subjects[0]),
                      !to.isEmpty, to.count == clause.objects.count else { continue }
                result.messages = [ExtractedMessage(from: reading.unaddressedAuthor, to: to, evidence: .summary)]
                return
            }
        }
        // "To Theo van Gogh" + "Vincent reports that …": the edition's writer, named by the summary.
        // "Cable to the International Liaison Department" + "The Chinese Embassy in Tirana notes …": a body too.
        if result.messages.count == 1, result.messages[0].from.isEmpty, !result.messages[0].to.isEmpty,
           let clause = clauses.first, clause.subjects.count == 1, let writer = clause.subjects.first, writer.kind != .office,
           SubjectClauses.writerVerbs.contains(clause.verb), !clause.toldThat, !clause.reported,
           !MessageGrammar.contains(result.messages[0].to, writer) {
            result.messages[0].from = [writer]
            result.messages[0].evidence = .summary
            return
        }
        guard result.messages.count == 1, var message = result.messages.first, message.via.isEmpty,
              !message.from.isEmpty else { return }
        for (n, clause) in clauses.enumerated() where SummaryLexicon.furtherAddressingVerbs.contains(clause.verb)
            || (["reports", "reported", "wrote", "writes"].contains(clause.verb) && clause.afterTo) {
            guard clause.subjects.count == 1, MessageGrammar.contains(message.from, clause.subjects[0]) else { continue }
            let objects = clause.objects.filter { $0.kind == .person || clause.afterTo || n == 0 && $0.kind == .institution }
            guard !objects.isEmpty else { continue }
            let known = message.to.filter { MessageGrammar.contains(objects, $0) }
            // **Rule: further addressees.** The summary's opening clause, the sender addressing someone, describes
            // the record itself: the bodies it names are addressees too ("Zhou reports to the CCP on …" for a
            // telegram to Mao). Elsewhere, a clause adds addressees only when it repeats all the title's.
            let opensWithBodies = n == 0 && objects.allSatisfy { $0.kind == .institution || MessageGrammar.contains(message.to, $0) }
            guard message.to.isEmpty || (known.count == message.to.count || opensWithBodies) && objects.count > known.count else { continue }
            for o in objects where !MessageGrammar.contains(message.to, o) && !MessageGrammar.contains(message.from, o) {
                message.to.append(o)
            }
            message.evidence = .summary
            result.messages = [message]
            return
        }
    }

    /// **Rule: copies name further addressees.** `A also sent copies to C and D`, `The cable was also addressed
    /// to C`, `with a copy to C`: the people named after a copy marker (`SummaryLexicon.copyRecipientMarkers`,
    /// to the sentence's end) receive the record's one message too. A copy planned or wished for (`will send a
    /// copy to`, `asks that a copy be sent to`: a hedge word within the three words before) adds no one.
    ///
    /// - Complexity: O(n): one pass over the summary's words.
    static func copyRecipients(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard cues.allows(.copyRecipients), result.messages.count == 1, !result.messages[0].from.isEmpty,
              !result.messages[0].to.isEmpty, result.messages[0].via.isEmpty else { return }
        let split = SummaryTokens.of(text)
        let tokens = split.words
        let keys = split.keys
        var message = result.messages[0]
        var i = 0
        while i < keys.count {
            let markerEnd: Int
            if let marker = SummaryLexicon.copyRecipientMarkers.first(where: { m in
                i + m.count <= keys.count && keys[i..<(i + m.count)].elementsEqual(m) }) {
                markerEnd = i + marker.count
            } else if let end = copySentClauseEnd(keys, at: i) {
                markerEnd = end
            } else { i += 1; continue }
            let hedged = keys[max(0, i - 3)..<i].contains { SummaryLexicon.hedgeWords.contains($0) || SummaryLexicon.unheldTalkWords.contains($0) || $0 == "be" }
                || copyAskedFor(keys, before: i)
            let k = markerEnd
            var end = k
            while end < tokens.count, !tokens[end].hasSuffix(".") || NamePhrase.isInitials(tokens[end]) { end += 1 }
            i = max(end, i + 1)
            guard !hedged, k < tokens.count else { continue }
            let list = tokens[k..<min(end + 1, tokens.count)].joined(separator: " ")
            for person in ConversationGrammar.participantList(list.hasSuffix(".") ? String(list.dropLast()) : list)
            where person.kind == .person && !MessageGrammar.contains(message.to, person) && !MessageGrammar.contains(message.from, person) {
                message.to.append(person)
                message.evidence = .summary
            }
        }
        result.messages = [message]
    }
}

extension SummaryReader {
    /// The index after "to" when a copy is said sent in a clause of its own at `i`: "Copies were sent to", "A copy of
    /// the letter went to", "Copies were also forwarded to" (`SummaryLexicon.copyNouns`, `copySendingVerbs`). A copy
    /// to be sent ("copies will be sent to") has an auxiliary outside the past ones and is none.
    static func copySentClauseEnd(_ keys: [String], at i: Int) -> Int? {
        guard SummaryLexicon.copyNouns.contains(keys[i]) else { return nil }
        var k = i + 1
        // "of the letter", "of this cable"
        if k + 2 < keys.count, keys[k] == "of", SummaryLexicon.determiners.contains(keys[k + 1]),
           SummaryLexicon.documentNouns.contains(keys[k + 2]) { k += 3 }
        var auxiliaries = 0
        while k < keys.count, auxiliaries < 2, SummaryLexicon.copyPastAuxiliaries.contains(keys[k]) { k += 1; auxiliaries += 1 }
        if k < keys.count, SummaryLexicon.copyAdverbs.contains(keys[k]) { k += 1 }
        guard k + 1 < keys.count, SummaryLexicon.copySendingVerbs.contains(keys[k]), keys[k + 1] == "to" else { return nil }
        return k + 2
    }

    /// **Rule: the sender also addresses someone.** "Haddad also informs C and D of the decision", "Zhang also writes
    /// to C": a sentence opening with the title's sender by name, then "also" and a verb of addressing
    /// (`SummaryLexicon.furtherAddressingVerbs`), adds the people addressed to the record's recipients, as the
    /// pronoun rule below does for "He also informs C". Without "also" only the rule of `addressees` applies.
    ///
    /// - Complexity: O(n): one pass over the summary's words, each name read a bounded number of times.
    static func senderAlsoAddresses(_ text: String, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.via.isEmpty, !message.from.isEmpty else { return }
        // Every match has a word whose key is "also": a summary without one is passed over with the words' keys,
        // which the clause rules have split already.
        let split = SummaryTokens.of(text)
        let keys = split.keys
        guard keys.contains("also") else { return }
        let tokens = split.words
        var sentenceStart = 0
        var added = false
        for p in tokens.indices {
            defer { if tokens[p].hasSuffix("."), !NamePhrase.isInitials(tokens[p]) { sentenceStart = p + 1 } }
            guard p > sentenceStart, p - sentenceStart <= 6, p + 2 < tokens.count, keys[p] == "also",
                  SummaryLexicon.furtherAddressingVerbs.contains(keys[p + 1]),
                  tokens[sentenceStart..<p].allSatisfy({ $0.first?.isUppercase == true || NamePhrase.isInitials($0) }) else { continue }
            let subject = leadingNames(tokens[sentenceStart..<p])
            guard subject.count == 1, MessageGrammar.contains(message.from, subject[0]) else { continue }
            let objectStart = keys[p + 2] == "to" ? p + 3 : p + 2
            guard objectStart < tokens.count else { continue }
            added = addingFurtherAddressees(tokens[objectStart...], to: &message) || added
        }
        guard added else { return }
        message.evidence = .summary
        result.messages = [message]
    }

    /// Adds the people named at the start of `words` (the object of a verb of addressing) to the message's
    /// addressees, unless they are already one of its ends; true when someone was added.
    private static func addingFurtherAddressees<S: Sequence>(_ words: S, to message: inout ExtractedMessage) -> Bool
        where S.Element: StringProtocol {
        var added = false
        for o in leadingNames(words) where o.kind == .person && !MessageGrammar.contains(message.to + message.from, o) {
            message.to.append(o)
            added = true
        }
        return added
    }

    /// **Rule: a further addressee after a pronoun.** "Kertesz notifies Nguyen. He also informs C of the vote.": "he"
    /// stands for the person named last as a subject before it; when that is the title's sender and "also" marks the
    /// addition, the people he tells (`SummaryLexicon.furtherAddressingVerbs`) are further addressees of the record.
    static func pronounFurtherAddressees(_ text: String, clauses: [SubjectClauses], cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.via.isEmpty, !message.from.isEmpty,
              cues.allows(.pronounAlso) else { return }
        let tokens = SummaryWords.spaceSeparated(text)
        let named = clauses.filter { $0.subjects.count == 1 }.sorted { $0.subjectStart < $1.subjectStart }
        var added = false
        // The clauses are walked once alongside the pronouns, so the reading stays linear.
        var nextClause = 0
        for p in tokens.indices.dropLast(3) where ["he", "she"].contains(NamePhrase.wordKey(tokens[p]))
            && NamePhrase.wordKey(tokens[p + 1]) == "also" && SummaryLexicon.furtherAddressingVerbs.contains(NamePhrase.wordKey(tokens[p + 2])) {
            // The pronoun opens its sentence, and stands for the subject named last before it.
            while nextClause < named.count, named[nextClause].subjectStart < p { nextClause += 1 }
            guard p == 0 || tokens[p - 1].hasSuffix("."), nextClause > 0,
                  let who = named[nextClause - 1].subjects.first,
                  MessageGrammar.contains(message.from, who) else { continue }
            // "He also writes to C": the addressee after "to".
            let objectStart = NamePhrase.wordKey(tokens[p + 3]) == "to" ? p + 4 : p + 3
            added = addingFurtherAddressees(tokens[objectStart...], to: &message) || added
        }
        guard added else { return }
        message.evidence = .summary
        result.messages = [message]
    }
}
