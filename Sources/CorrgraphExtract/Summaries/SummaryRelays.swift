/// The real final recipient and the real author of a message the title addresses to a go-between
/// (gold schema, relay forms). Each rule applies only when the title states exactly one message with
/// both ends and no relay chain, and only to what the summary says of the record itself.
extension SummaryReader {
    /// The names at the start of `tokens`: capitalised words, initials, particles and list joiners, up
    /// to the first other lowercase word ("Mao and Zhou Enlai agreeing …" → Mao, Zhou Enlai).
    static func leadingNames<S: Sequence>(_ tokens: S) -> [NameMention] where S.Element: StringProtocol {
        var words: [String] = []
        // A list of names is short; the bound keeps text in capitals from being read as one long name.
        for token in tokens.prefix(maxNameListTokens) {
            let t = String(token)
            let key = NamePhrase.wordKey(t)
            let bare = t.drop { $0 == "(" || $0 == "[" || $0 == "\"" || $0 == "'" }
            let isName = bare.first?.isUppercase == true || NamePhrase.isInitials(t)
            let joins = !words.isEmpty && (["and", "&"].contains(key) || NamePhrase.particles.contains(t))
            guard isName || joins else { break }
            // "Stalin's reply": a possessive opens a thing, not a name.
            if t.hasSuffix("'s") || t.hasSuffix("’s") { break }
            words.append(t)
            if (t.hasSuffix(".") && !NamePhrase.isInitials(t)) || t.hasSuffix(";") || t.hasSuffix(":") { break }
        }
        while let last = words.last, ["and", "&"].contains(NamePhrase.wordKey(last)) { words.removeLast() }
        var phrase = words.joined(separator: " ")
        while let last = phrase.last, [",", ".", ";", ":"].contains(last) { phrase.removeLast() }
        return NamePhrase.parse(phrase).filter { $0.kind != .office || !$0.text.isEmpty }
    }

    static let maxNameListTokens = 16

    /// The single message the title states with both ends and no relay: the precondition of every go-between rule.
    static func titleHop(_ result: ExtractedRecord) -> ExtractedMessage? {
        guard result.messages.count == 1, let hop = result.messages.first, !hop.from.isEmpty, !hop.to.isEmpty,
              hop.via.isEmpty else { return nil }
        return hop
    }

    /// The schema's relay rule for a hop C → D carrying A's message to B: one message from A to the final
    /// recipient (B, or D when B is unstated or is C) via the distinct relays among C and D.
    static func relayed(author: [NameMention], finals named: [NameMention], hop: ExtractedMessage) -> ExtractedMessage {
        let finals = named.isEmpty || named.allSatisfy({ MessageGrammar.contains(hop.from, $0) }) ? hop.to : named
        var via: [NameMention] = []
        for relay in hop.from + hop.to where !MessageGrammar.contains(author + finals + via, relay) { via.append(relay) }
        return ExtractedMessage(from: author, to: finals, via: via, evidence: .summary)
    }

    /// **Rule: the summary restates the record as carrying someone else's message.**
    /// Precondition: the title states one hop C → D; the summary's first sentence opens with a document noun
    /// ("Telegram relaying a message from Stalin to Mao and Zhou Enlai …", "Telegram from Mao to Stalin relaying
    /// a query from Kim Il Sung …"), followed by a verb of conveying, a message noun and "from A" (optionally
    /// "to B"). When A is not C, the record is A's message relayed by the hop.
    static func relayingOpening(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.relayingOpening) else { return }
        if let opening = SummaryWords.openingKey(text), !SummaryLexicon.documentNouns.contains(opening), opening != "ciphered" { return }
        guard let hop = titleHop(result), let (tokens, keys, start) = openingWords(text) else { return }
        guard start < keys.count, SummaryLexicon.documentNouns.contains(keys[start]) || keys[start] == "ciphered" else { return }
        // The verb of conveying, within the record's own description (before any finite clause).
        guard let v = keys.indices.dropFirst(start + 1).prefix(12).first(where: { SummaryLexicon.conveyingVerbs.contains(keys[$0]) })
        else { return }
        var k = v + 1
        if k < keys.count, keys[k] == "on" { k += 1 }
        while k < keys.count, SummaryLexicon.determiners.contains(keys[k]) { k += 1 }
        // Up to two modifiers before the message noun ("a personal reply", "a two-part message").
        var m = k
        while m < keys.count, m - k < 3, !SummaryLexicon.messageNouns.contains(keys[m]),
              tokens[m].first?.isLowercase == true || NamePhrase.isNumberLike(keys[m]) { m += 1 }
        guard m + 1 < keys.count, SummaryLexicon.messageNouns.contains(keys[m]), ["from", "of", "by"].contains(keys[m + 1]) else { return }
        let author = leadingNames(tokens[(m + 2)...])
        guard author.count == 1, !MessageGrammar.contains(hop.from, author[0]) else { return }
        // The author's name ends at a lowercase word; "to B" may follow it.
        var after = m + 2
        while after < keys.count, tokens[after].first?.isLowercase != true || NamePhrase.particles.contains(tokens[after]) {
            if tokens[after].hasSuffix(",") || tokens[after].hasSuffix(".") { after = keys.count; break }
            after += 1
        }
        var finals: [NameMention] = []
        if after + 1 < keys.count, keys[after] == "to" {
            finals = leadingNames(tokens[(after + 1)...].drop { ["the"].contains($0.lowercased()) })
        }
        result.messages = [relayed(author: author, finals: finals, hop: hop)]
    }

    /// **Rule: "A verb to B, via C," — the summary names the relay of the sender's words.**
    /// Precondition: the title states one hop; C is one of its ends. When A is the title's sender and C its
    /// recipient, the message goes on to B ("Gromyko suggests to Stalin, via Razuvaev, …"). When C is the
    /// title's sender and A someone else, A's words reach the title's recipient through C ("Mao asks, through
    /// Terebin, whether …"); the hop stays a message of its own when C also speaks in the summary.
    static func conveyedThrough(_ text: String, clauses: [SubjectClauses], cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.conveyedThrough) else { return }
        guard let hop = titleHop(result) else { return }
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            // The construction opens its sentence: "A verb [to B], via C," within its first dozen words.
            for v in keys.indices.prefix(14) where v >= 2 && ["via", "through"].contains(keys[v]) && tokens[v - 1].hasSuffix(",") {
                // The relay is a parenthetical name: ", via Razuvaev,".
                let relayTokens = tokens[(v + 1)...].prefix { !$0.hasSuffix(",") } + tokens[(v + 1)...].drop { !$0.hasSuffix(",") }.prefix(1)
                guard relayTokens.last?.hasSuffix(",") == true, relayTokens.count <= 5 else { continue }
                let relay = leadingNames(relayTokens)
                guard relay.count == 1, MessageGrammar.contains(hop.from + hop.to, relay[0]) else { continue }
                // The head: "A verb" or "A verb to B".
                let head = Array(tokens[..<v])
                let author = leadingNames(head)
                guard author.count == 1, author[0].kind == .person else { continue }
                let authorWords = head.prefix { $0.first?.isUppercase == true || NamePhrase.isInitials($0) || $0 == "and" }.count
                guard authorWords < head.count, head[authorWords].first?.isLowercase == true,
                      SubjectClauses.clauseVerbs.contains(NamePhrase.wordKey(head[authorWords]))
                        || SummaryLexicon.speechVerbs.contains(NamePhrase.wordKey(head[authorWords])) else { continue }
                var finals: [NameMention] = []
                if let to = head.indices.dropFirst(authorWords + 1).first(where: { NamePhrase.wordKey(head[$0]) == "to" }) {
                    finals = leadingNames(head[(to + 1)...])
                }
                if MessageGrammar.contains(hop.from, author[0]), MessageGrammar.contains(hop.to, relay[0]) {
                    guard !finals.isEmpty, !finals.contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) else { continue }
                    result.messages = [ExtractedMessage(from: author, to: finals, via: relay, evidence: .summary)]
                    return
                }
                if MessageGrammar.contains(hop.from, relay[0]), !MessageGrammar.contains(hop.from + hop.to, author[0]) {
                    let message = relayed(author: author, finals: finals, hop: hop)
                    let relaySpeaks = clauses.contains { c in
                        c.subjects.count == 1 && MessageGrammar.sameName(c.subjects[0], relay[0])
                            && SubjectClauses.writerVerbs.contains(c.verb) && !c.toldThat && !c.reported
                    }
                    result.messages = relaySpeaks ? [hop, message] : [message]
                    return
                }
            }
        }
    }

    /// **Rule: the sender addresses someone through the title's addressee.** "Sun informs B through / via / by way of D
    /// that …", "Sun writes to B through D": the sender by name, a verb of addressing (`furtherAddressingVerbs`, or a past
    /// form of `tellingVerbs`), B, a relay preposition (`SummaryLexicon.relayPrepositions`) and D, the title's addressee:
    /// the sender's message goes to B through D.
    static func addressedThrough(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // (The summary's presence answers by a bit test what a scan of the text would.)
        guard cues.holds(addressedThroughCues), let hop = titleHop(result), hop.to.count == 1 else { return }
        for sentence in sentences(text) {
            let split = SummaryTokens.of(sentence)
            let tokens = split.words
            let keys = split.keys
            for v in keys.indices.prefix(maxNameListTokens + 4) where v >= 3 {
                guard let marker = SummaryLexicon.relayPrepositions.first(where: { m in
                    v + m.count < keys.count && keys[v] == m[0] && Array(keys[v..<(v + m.count)]) == m }) else { continue }
                let relay = leadingNames(tokens[(v + marker.count)...].prefix(maxNameListTokens))
                guard relay.count == 1, MessageGrammar.contains(hop.to, relay[0]) else { continue }
                let authorWords = tokens[..<v].prefix { SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) }.count
                guard authorWords > 0, authorWords + 1 < v, let author = leadingNames(tokens[..<authorWords]).last,
                      MessageGrammar.contains(hop.from, author) else { continue }
                let verb = keys[authorWords]
                guard SummaryLexicon.furtherAddressingVerbs.contains(verb) || SummaryLexicon.pastTellingVerbs.contains(verb) else { continue }
                var b = authorWords + 1
                if keys[b] == "to" { b += 1 }
                let finals = leadingNames(tokens[b..<v])
                guard !finals.isEmpty, finals.allSatisfy({ $0.kind == .person }),
                      !finals.contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) else { continue }
                result.messages = [ExtractedMessage(from: hop.from, to: finals, via: hop.to, evidence: .summary)]
                return
            }
        }
    }
    static let addressedThroughCues = RuleCues(SummaryLexicon.relayPrepositions.map { $0.joined(separator: " ") })

    /// **Rule: the summary says for whom the record is meant.**
    /// Precondition: the title addresses one hop to people (the go-betweens); the summary's first sentence
    /// restates the record (opens with a document or message noun) and names an onward recipient:
    /// "Cable from Stalin to Mikoyan, sent with the intent to be passed on to Mao Zedong", "Instructions for
    /// Kim Il Sung in light of …". The message goes to that person via the title's addressees.
    static func onwardRecipient(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.onwardRecipient) else { return }
        guard let hop = titleHop(result), hop.to.allSatisfy({ $0.kind == .person }),
              let first = firstSentence(text) else { return }
        // A sentence without an apostrophe byte (`'` or the last byte of `’`) opens with no possessive: unless a
        // verb of sending follows the sender's name, the opening word alone decides.
        let mayHoldPossessive = first.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == UInt8(ascii: "'") || $0 == 0x99 } }
            ?? (ByteSearch.holds(UInt8(ascii: "'"), in: first) || ByteSearch.holds(0x99, in: first))
        let split = SummaryTokens.of(first)
        let tokens = split.words
        let keys = split.keys
        if !mayHoldPossessive, let opening = SummaryWords.openingKey(text), !SummaryLexicon.documentNouns.contains(opening),
           !keys.prefix(5).contains(where: sendingVerbKeys.contains) { return }
        var start = 0
        // "Mansour's message was to be passed on to B": the sender's possessive before a message noun opens it too.
        if let p = tokens.prefix(5).firstIndex(where: SummaryWords.endsPossessive), p + 1 < tokens.count,
           SummaryLexicon.messageNouns.contains(keys[p + 1]),
           let owner = leadingNames(tokens[...p].map { String($0.dropLast(2)) }).last, MessageGrammar.contains(hop.from, owner) {
            start = p + 1
        } else if let v = keys.prefix(5).firstIndex(where: sendingVerbKeys.contains), v > 0,
                  v + 1 < tokens.count, tokens[..<v].allSatisfy({ $0.first?.isUppercase == true || NamePhrase.isInitials($0) }),
                  let sender = leadingNames(tokens[..<v]).last, MessageGrammar.contains(hop.from, sender) {
            // "Kaczmarek sends a message to be handed to B": the sender by name, a verb of sending and the message.
            start = v + 1
        } else if let opening = SummaryWords.openingKey(text), !SummaryLexicon.documentNouns.contains(opening) {
            return
        }
        while start < tokens.count, SummaryLexicon.determiners.contains(keys[start]) { start += 1 }
        let isMessageNoun = start < tokens.count && start > 0 && SummaryLexicon.messageNouns.contains(keys[start])
        guard start < tokens.count, isMessageNoun || SummaryLexicon.documentNouns.contains(keys[start]) else { return }
        let lower = " " + first.lowercased()
        var finals: [NameMention] = []
        var onward: [NameMention] = []
        if start + 2 < keys.count, keys[start + 1] == "for", tokens[start + 2].first?.isUppercase == true {
            // "Instructions for Kim Il Sung in light of …"
            finals = leadingNames(tokens[(start + 2)...])
        } else if let marker = spacedOnwardRecipientMarkers.lazy.compactMap({ lower.range(of: $0) }).first {
            let offset = lower.distance(from: lower.startIndex, to: marker.upperBound) - 1
            finals = leadingNames(String(first.dropFirst(offset)).split(separator: " ").drop { $0.lowercased() == "the" })
            // **Rule: an onward chain.** "to be passed to C for transmission to B": C is one more go-between, B the
            // final recipient (a second marker after the first one's names).
            let rest = lower[marker.upperBound...]
            if !finals.isEmpty, let next = spacedOnwardRecipientMarkers.lazy.compactMap({ rest.range(of: $0) }).first {
                let further = leadingNames(String(first.dropFirst(lower.distance(from: lower.startIndex, to: next.upperBound) - 1))
                    .split(separator: " ").drop { $0.lowercased() == "the" })
                if !further.isEmpty, further.allSatisfy({ $0.kind == .person }) {
                    onward = finals
                    finals = further
                }
            }
        }
        guard !finals.isEmpty, finals.allSatisfy({ $0.kind == .person }), onward.allSatisfy({ $0.kind == .person }),
              !(finals + onward).contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) else { return }
        result.messages = [ExtractedMessage(from: hop.from, to: finals, via: hop.to + onward, evidence: .summary)]
    }

    /// The onward-recipient markers with the space before them, in their order, as the rule looks for them.
    static let spacedOnwardRecipientMarkers = SummaryLexicon.onwardRecipientMarkers.map { " " + $0 }
    static let sendingVerbKeys = FilteredWords(SummaryLexicon.sendingVerbs)

    /// **Rule: the sender asks the addressee to hand on someone's message.**
    /// Precondition: the title states one hop C → D. "C asks/demands/instructs D to pass/convey/deliver the
    /// reply of A to B" (or "A's reply to B"): A's message to B, relayed by C and D.
    static func handOnRequest(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.handOnRequest), cues.allows(.handOnRequestHanding) else { return }
        guard let hop = titleHop(result), hop.to.count == 1 else { return }
        let all = sentences(text)
        for (n, sentence) in all.enumerated() {
            // The sentence's words, shared with the other rules (a one-sentence summary's are the clause rules' own).
            let split = SummaryTokens.of(sentence)
            let tokens = split.words
            // A sentence without a verb of requesting is passed over before its words' keys are built.
            guard tokens.contains(where: requestVerbFilter.mayHold) else { continue }
            let keys = split.keys
            for r in keys.indices where SummaryLexicon.requestVerbs.contains(keys[r]) && r >= 1 {
                // The asker by name, or "He asks D …" where the pronoun stands for the sender (`pronounStandsForSender`).
                let pronounAsker = r == 1 && ["he", "she"].contains(keys[0])
                    && pronounStandsForSender(sentenceIndex: n, sentences: all, sender: hop.from)
                guard pronounAsker || leadingNames(tokens[..<r].suffix(4).drop { $0.first?.isLowercase == true }).last
                        .map({ MessageGrammar.contains(hop.from, $0) }) == true else { continue }
                // The one asked: the title's addressee, then "to" and a verb of handing on; or, after
                // "requests that", the addressee and the bare verb ("requests that D hand the note on to B").
                let subjunctive = r + 1 < keys.count && keys[r + 1] == "that"
                let askedFrom = subjunctive ? r + 2 : r + 1
                guard askedFrom < tokens.count else { continue }
                let askedTokens = tokens[askedFrom...].prefix(8).prefix {
                    let key = NamePhrase.wordKey($0)
                    return key != "to" && !(subjunctive && SummaryLexicon.handingOnVerbs.contains(key))
                }
                let asked = leadingNames(askedTokens)
                // "asks D not to pass it on": a request to withhold hands nothing on.
                if askedTokens.contains(where: { SummaryLexicon.denialWords.contains(NamePhrase.wordKey($0)) }) { continue }
                // `t + 1` is the verb of handing on.
                let t = askedFrom + askedTokens.count - (subjunctive ? 1 : 0)
                guard asked.count == 1, MessageGrammar.contains(hop.to, asked[0]), t + 1 < keys.count,
                      subjunctive || keys[t] == "to", SummaryLexicon.handingOnVerbs.contains(keys[t + 1]) else { continue }
                var k = t + 2
                if k < keys.count, SummaryLexicon.handingOnParticles.contains(keys[k]) { k += 1 }
                if let ownFinals = ownMessageHandedOn(tokens, keys, from: k, verb: keys[t + 1]) {
                    // **Rule: the sender's own message handed on.** "C asks D to pass his reply on to B", "C instructed
                    // D to deliver the letter to B": C's message goes on to B through D.
                    guard !ownFinals.contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) else { continue }
                    // "to pass the letter to C for delivery to B": a second step, C handing it on to B.
                    if let onward = onwardStep(tokens, keys, after: k), !onward.contains(where: {
                        MessageGrammar.contains(hop.from + hop.to + ownFinals, $0) }) {
                        result.messages = [ExtractedMessage(from: hop.from, to: onward, via: hop.to + ownFinals, evidence: .summary)]
                        return
                    }
                    result.messages = [ExtractedMessage(from: hop.from, to: ownFinals, via: hop.to, evidence: .summary)]
                    return
                }
                var author: [NameMention] = []
                var finals: [NameMention] = []
                if let p = (k..<min(k + 4, keys.count)).first(where: { tokens[$0].hasSuffix("'s") || tokens[$0].hasSuffix("’s") }),
                   tokens[k..<p].allSatisfy({ $0.first?.isUppercase == true || NamePhrase.isInitials($0) }) {
                    // "to pass Stalin's reply to Mao", "to convey Kim Chol Ung's answer to …"
                    author = leadingNames(tokens[k..<p] + [String(tokens[p].dropLast(2))])
                    k = p + 1
                    while k < keys.count, !SummaryLexicon.messageNouns.contains(keys[k]), k - t < 8 { k += 1 }
                    guard k + 1 < keys.count, SummaryLexicon.messageNouns.contains(keys[k]) else { continue }
                    if keys[k + 1] == "to" { finals = leadingNames(tokens[(k + 2)...]) }
                } else {
                    while k < keys.count, SummaryLexicon.determiners.contains(keys[k]) || tokens[k].first?.isLowercase == true,
                          !SummaryLexicon.messageNouns.contains(keys[k]), k - t < 6 { k += 1 }
                    guard k + 1 < keys.count, SummaryLexicon.messageNouns.contains(keys[k]), ["of", "from"].contains(keys[k + 1]) else { continue }
                    let authorTokens = tokens[(k + 2)...].prefix(maxNameListTokens).prefix { NamePhrase.wordKey($0) != "to" }
                    author = leadingNames(authorTokens)
                    let to = k + 2 + authorTokens.count
                    if to + 1 < keys.count, keys[to] == "to" { finals = leadingNames(tokens[(to + 1)...]) }
                }
                guard author.count == 1, !finals.isEmpty, finals.allSatisfy({ $0.kind == .person }) else { continue }
                if MessageGrammar.contains(hop.from, author[0]) {
                    // The sender's own message, handed on by the addressee.
                    guard !finals.contains(where: { MessageGrammar.contains(hop.to, $0) }) else { continue }
                    result.messages = [ExtractedMessage(from: hop.from, to: finals, via: hop.to, evidence: .summary)]
                } else {
                    result.messages = [relayed(author: author, finals: finals, hop: hop)]
                }
                return
            }
        }
    }

    static let requestVerbFilter = WordFilter(SummaryLexicon.requestVerbs)

    /// The onward-recipient markers as word keys ("for delivery to" → ["for", "delivery", "to"]).
    static let onwardRecipientMarkerKeys: [[String]] = SummaryLexicon.onwardRecipientMarkers.map {
        $0.split(separator: " ").map { NamePhrase.wordKey(String($0)) }
    }

    /// The people after an onward-recipient marker in the words from `start` (within `maxNameListTokens` words):
    /// "… to C for delivery to B", "… to C to be passed on to B" → [B]; nil when there is none, or not only people.
    static func onwardStep(_ tokens: [String], _ keys: [String], after start: Int) -> [NameMention]? {
        let end = min(keys.count, start + maxNameListTokens)
        guard start < end else { return nil }
        for m in start..<end {
            guard let marker = onwardRecipientMarkerKeys.first(where: { w in
                m + w.count <= keys.count && keys[m..<(m + w.count)].elementsEqual(w) }) else { continue }
            let onward = leadingNames(tokens[(m + marker.count)...].prefix(maxNameListTokens))
            return onward.isEmpty || !onward.allSatisfy({ $0.kind == .person }) ? nil : onward
        }
        return nil
    }

    /// The people after "[det/adjectives] NOUN [on] to" where NOUN is a message noun with no author of its own
    /// ("the enclosed note on to B", "his reply to B"): the sender's own message handed on. Only verbs that hand
    /// on a thing already written (`SummaryLexicon.passingOnVerbs`): "to send a report to B" asks for a new one.
    static func ownMessageHandedOn(_ tokens: [String], _ keys: [String], from start: Int, verb: String) -> [NameMention]? {
        guard SummaryLexicon.passingOnVerbs.contains(verb) else { return nil }
        // "asks D to forward it to B", "to pass it on to B": the pronoun stands for the record, the sender's message.
        if start < keys.count, SummaryLexicon.recordPronouns.contains(keys[start]) {
            var to = start + 1
            if to < keys.count, SummaryLexicon.handingOnParticles.contains(keys[to]) { to += 1 }
            guard to + 1 < keys.count, keys[to] == "to" else { return nil }
            let finals = leadingNames(tokens[(to + 1)...].prefix(maxNameListTokens))
            return finals.isEmpty || !finals.allSatisfy({ $0.kind == .person }) ? nil : finals
        }
        // What is handed on: a message noun, or content handed on like one ("his congratulations", "the contents").
        let handedOn = { (key: String) in SummaryLexicon.messageNouns.contains(key) || SummaryLexicon.handedOnContentNouns.contains(key) }
        var k = start
        while k < keys.count, k - start < 4, !handedOn(keys[k]),
              SummaryLexicon.determiners.contains(keys[k]) || tokens[k].first?.isLowercase == true { k += 1 }
        guard k < keys.count, handedOn(keys[k]), k > start,
              SummaryLexicon.determiners.contains(keys[start]) || ["enclosed", "attached"].contains(keys[start]) else { return nil }
        var to = k + 1
        if to < keys.count, SummaryLexicon.handingOnParticles.contains(keys[to]) { to += 1 }
        guard to + 1 < keys.count, keys[to] == "to" else { return nil }
        let finals = leadingNames(tokens[(to + 1)...].prefix(maxNameListTokens))
        return finals.isEmpty || !finals.allSatisfy({ $0.kind == .person }) ? nil : finals
    }

    /// **Rule: the record's content is someone else addressing its recipient.**
    /// Precondition: the title states one hop from one person C to one person D; the summary's first clause
    /// opens the summary and has another person A address D ("Mao Zedong informs Stalin of …" for Roschin's
    /// telegram to Stalin). The message is A's, relayed by C.
    static func anotherAuthorAddressesTheRecipient(_ text: String, clauses: [SubjectClauses], into result: inout ExtractedRecord) {
        guard let hop = titleHop(result), hop.from.count == 1, hop.from[0].kind == .person, hop.to.count == 1,
              hop.to[0].kind == .person, let clause = clauses.first, clause.subjects.count == 1,
              clause.subjects[0].kind == .person, !clause.reported, !clause.toldThat, !clause.instructs,
              ["informs", "tells", "asks", "writes", "reports", "requests", "proposes", "replies", "answers", "assures"].contains(clause.verb),
              clause.objects.count == 1, MessageGrammar.sameName(clause.objects[0], hop.to[0]) else { return }
        let author = clause.subjects[0]
        guard !MessageGrammar.contains(hop.from + hop.to, author) else { return }
        // The clause must open the summary: its subject is the summary's first words.
        let opening = text.split(separator: " ").prefix(author.text.split(separator: " ").count + 3).joined(separator: " ")
        guard let surname = author.text.split(separator: " ").last, opening.contains(surname) else { return }
        result.messages = [ExtractedMessage(from: [author], to: hop.to, via: hop.from, evidence: .summary)]
    }
}

extension SummaryReader {
    /// **Rule: the summary restates the record as someone else's telegram.**
    /// Precondition: the title states one hop C → D and the summary opens "Telegram/Letter from A …" with one
    /// named person A who is neither C nor D and no addressee of its own ("Telegram from the GDR ambassador to
    /// China, Bierbach, assesses …" under Hegen's telegram to Ulbricht): C forwards A's message to D.
    static func forwardedDocumentOfAnother(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        // Precondition (`SummaryCues`): the words this rule reads.
        guard cues.allows(.forwardedDocumentOfAnother), cues.allows(.from) else { return }
        if let opening = SummaryWords.openingKey(text), !forwardedNouns.contains(opening) { return }
        guard let hop = titleHop(result), let (tokens, keys, k) = openingWords(text) else { return }
        guard k + 1 < keys.count, forwardedNouns.contains(keys[k]), keys[k + 1] == "from" else { return }
        // The author's phrase runs over names, offices, nationalities and their connectives up to the verb.
        var phrase: [String] = []
        for token in tokens[(k + 2)...] {
            let key = NamePhrase.wordKey(token)
            let classWord = Lexicon.offices.contains(key) || Lexicon.nationalities.contains(key) || Lexicon.connectives.contains(key)
            guard token.first?.isUppercase == true || NamePhrase.isInitials(token) || classWord else { break }
            phrase.append(token)
        }
        var joined = phrase.joined(separator: " ")
        while let last = joined.last, [",", "."].contains(last) { joined.removeLast() }
        let named = NamePhrase.parse(joined)
        let persons = named.filter { $0.kind == .person }
        guard persons.count == 1, let author = persons.first, !MessageGrammar.contains(hop.from + hop.to, author),
              // An addressee of its own ("from A to B") is another rule's: only the author is stated here.
              !named.contains(where: { $0.kind == .person && !MessageGrammar.sameName($0, author) }) else { return }
        // "from the ambassador to China, Bierbach": the apposition after the comma is the author.
        guard let surname = author.text.split(separator: " ").last, joined.hasSuffix(String(surname)) else { return }
        result.messages = [relayed(author: [author], finals: [], hop: hop)]
    }

    /// The document nouns a summary restating the record as another's opens with ("Telegram from A …").
    static let forwardedNouns: Set<String> = ["telegram", "cable", "letter", "message", "report", "note"]
}

extension SummaryReader {
    /// **Rule: the summary gives the text of someone else's message, or the instruction to deliver it.** Precondition: the
    /// title states one hop C → D (offices, cities, people), and the summary's first sentence opens with `Text of`/`Copy of`
    /// (`Text of message from the Prime Minister to President B on Suez.`) or with a verb of instructing without a subject —
    /// the sender's — then `to` and a verb of handing on (`Instructs the Embassy to deliver a message from the President to
    /// Chairman B; text follows.`), then (a determiner and up to two modifiers) a message noun and `from A` with A no end of
    /// the hop: the record is A's message to B (or D when none is named) relayed by the hop (gold schema, relay forms).
    static func textOfMessageOpening(_ text: String, into result: inout ExtractedRecord) {
        // Precondition on the summary's first word, read from its bytes before any word list is made.
        let firstWord = text.utf8.prefix(12).prefix { $0 != 0x20 }
        guard firstWord.count >= 4, firstWord.count < 12, let first = String(firstWord),
              textOpenings.contains(first.lowercased()) || SummaryLexicon.requestVerbs.contains(first.lowercased()),
              let opening = SummaryWords.openingKey(text), textOpenings.contains(opening) || SummaryLexicon.requestVerbs.contains(opening),
              let hop = titleHop(result), let (tokens, keys, start) = openingWords(text), start < keys.count else { return }
        var k: Int
        if textOpenings.contains(keys[start]) {
            guard start + 1 < keys.count, keys[start + 1] == "of" else { return }
            k = start + 2
        } else {
            // The verb of instructing, its object (the hop's addressee, a few words), `to` and a verb of handing on.
            guard SummaryLexicon.requestVerbs.contains(keys[start]),
                  let to = keys.indices.dropFirst(start + 1).prefix(6).first(where: { keys[$0] == "to" }),
                  to + 1 < keys.count, SummaryLexicon.handingOnVerbs.contains(keys[to + 1]) else { return }
            k = to + 2
        }
        while k < keys.count, SummaryLexicon.determiners.contains(keys[k]) { k += 1 }
        var m = k
        while m < keys.count, m - k < 2, !SummaryLexicon.messageNouns.contains(keys[m]), tokens[m].first?.isLowercase == true { m += 1 }
        guard m + 2 < keys.count, SummaryLexicon.messageNouns.contains(keys[m]), keys[m + 1] == "from" else { return }
        let authorTokens = tokens[(m + 2)...].drop { $0 == "the" }.prefix(maxNameListTokens).prefix { NamePhrase.wordKey($0) != "to" }
        let author = leadingNames(authorTokens)
        guard author.count == 1, !MessageGrammar.contains(hop.from + hop.to, author[0]) else { return }
        var finals: [NameMention] = []
        let toIndex = authorTokens.endIndex
        if toIndex + 1 < keys.count, keys[toIndex] == "to" {
            finals = leadingNames(tokens[(toIndex + 1)...].drop { $0 == "the" })
        }
        result.messages = [relayed(author: author, finals: finals, hop: hop)]
    }
    static let textOpenings: Set<String> = ["text", "copy"]

    /// The first sentence's words, their keys, and the index of the first word after leading determiners
    /// ("The", "A"): where the rules that read a summary's restatement of its record begin.
    static func openingWords(_ text: String) -> (tokens: [String], keys: [String], start: Int)? {
        guard let first = firstSentence(text) else { return nil }
        let split = SummaryTokens.of(first)
        let tokens = split.words
        let keys = split.keys
        var start = 0
        while start < keys.count, SummaryLexicon.determiners.contains(keys[start]) { start += 1 }
        return (tokens, keys, start)
    }
}
