/// Conventions of catalogue English for a message the title's addressee is asked to hand on (docs/summaries.md,
/// "Aliases, writers and go-betweens"). Precondition of each: the title states one hop C → D with D one person.
/// - **A request in the passive**: `D is/was asked/instructed/requested to inform B …`, `D is asked to relay the
///   contents to B` (the one asked is the title's addressee, by name; `SummaryLexicon.passiveRequestParticiples`): C's
///   message goes on to B through D, as in `C asks D to inform B`.
/// - **A request that the message be handed on**: `C requests/asks/urges that the message/it be passed on/forwarded to
///   B` (a verb of requesting, `that`, the record — a determiner and a message noun, or `it` — `be`, a participle of
///   `SummaryLexicon.passingOnParticiples`): the same.
/// - **A request to tell**: `C asks/instructs D to brief/notify/advise B …`, `… to let B know …` (a verb of requesting,
///   the title's addressee, `to`, a verb of `SummaryLexicon.informingVerbs` or `let … know`), as `asks D to inform B`.
/// - **The record to be handed on**: `The telegram should / must / is to be passed on to B`, `It will be forwarded to B`
///   (the record — `it`, or `the`/`this` and a record noun — opening the sentence, a modal, `be`, a participle of handing
///   on): its final recipient is B, through the title's addressee, as `to be passed on to B` after the record says.
/// - **A request that someone be told**: `C asks/requests that B be informed/told/notified of …` (a verb of requesting,
///   `that`, names, `be`, a participle of `SummaryLexicon.informedParticiples`): B is the final recipient. `that B not be
///   informed` asks for nothing handed on.
/// - **The record restated for someone**: the summary's first sentence names the sender's message and whom it is for —
///   `Message from C for B`, `Personal message to B` (a message noun after at most a determiner and two modifiers, `to`
///   or `from C for`, and people who are neither end of the title): B, through the title's addressee.
/// - **The sender as a pronoun**: `He asks D to pass the message on to B` — `he`/`she` opening a sentence stands for the
///   title's sender when no one else is named before it as a sentence's subject (`pronounStandsForSender`).
/// Asking D *not* to pass it on, or to send something new, hands nothing on.
extension SummaryReader {
    static let passiveRequestCues = RuleCues(SummaryLexicon.passiveRequestParticiples.union(SummaryLexicon.requestVerbs))
    static let requestedHandingOnCues = RuleCues(["be"])
    /// "D is to inform B": the obligation's verb of telling or handing on.
    static let obligationCues = RuleCues(SummaryLexicon.informingVerbs.union(SummaryLexicon.passingOnVerbs))
    /// The message nouns a restatement of the record for someone opens with (`restatedFor`).
    static let restatedNouns: Set<String> = ["message", "letter", "telegram", "cable", "note", "reply"]
    static let restatedForCues = RuleCues(restatedNouns)
    /// The types of `Lexicon.documentTypes` as a set: a word is looked up once, not compared with every phrase's type.
    static let documentTypeNames = Set(Lexicon.documentTypes.map(\.type))
    /// The word every reading of `requestedRelays` starts from (a participle or verb of requesting, `be`, or the `to`
    /// of an obligation, `D is to deliver …`): the other words of a sentence are passed over on their filter bit.
    static let requestHeads = FilteredWords(SummaryLexicon.passiveRequestParticiples.union(SummaryLexicon.requestVerbs).union(["be", "to"]))

    static func requestedRelays(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard let hop = titleHop(result), hop.to.count == 1, hop.to[0].kind == .person,
              cues.holds(passiveRequestCues) || cues.holds(requestedHandingOnCues) || cues.holds(restatedForCues)
                || SummaryWords.openingKey(text) == "for" || cues.holds(obligationCues) else { return }
        let all = sentences(text)
        if let finals = restatedFor(all.first ?? "", sender: hop.from),
           !finals.contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) {
            result.messages = [ExtractedMessage(from: hop.from, to: finals, via: hop.to, evidence: .summary)]
            return
        }
        for (n, sentence) in all.enumerated() {
            let split = SummaryTokens.of(sentence)  // the words and keys, shared with the other rules
            let tokens = split.words
            let keys = split.keys
            for p in keys.indices.dropFirst() where p + 1 < keys.count && requestHeads.contains(keys[p]) {
                var finals: [NameMention]?
                // "Bragin is asked to relay …", or the obligation "Bragin is to deliver the letter to B" (`is` + `to`).
                let obligation = keys[p] == "to" && ["is", "was", "are", "were"].contains(keys[p - 1])
                if obligation || SummaryLexicon.passiveRequestParticiples.contains(keys[p]) && keys[p + 1] == "to"
                    && ["is", "was", "are", "were", "been"].contains(keys[p - 1]) {
                    // "Bragin is asked to relay …": the one asked opens the sentence, before the auxiliaries.
                    var a = p - 1
                    while a > 0, ["is", "was", "are", "were", "been", "has", "have", "had", "also", "then", "further"].contains(keys[a - 1]) { a -= 1 }
                    let asked = leadingNames(tokens[..<a])
                    guard a > 0, asked.count == 1, MessageGrammar.contains(hop.to, asked[0]),
                          tokens[..<a].allSatisfy({ SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) }) else { continue }
                    finals = requestedRecipients(tokens, keys, verbAt: obligation ? p + 1 : p + 2)
                } else if SummaryLexicon.requestVerbs.contains(keys[p]),
                          requesterIsSender(tokens, keys, verbAt: p, sentenceIndex: n, sentences: all, sender: hop.from) {
                    // "Volkonsky asks Bragin to brief B on …", "instructs Bragin to let B know …".
                    let askedTokens = tokens[(p + 1)...].prefix(6).prefix { NamePhrase.wordKey($0) != "to" }
                    let t = p + 1 + askedTokens.count
                    let asked = leadingNames(askedTokens)
                    guard asked.count == 1, MessageGrammar.contains(hop.to, asked[0]), t + 1 < keys.count, keys[t] == "to",
                          !askedTokens.contains(where: { SummaryLexicon.denialWords.contains(NamePhrase.wordKey($0)) }) else { continue }
                    finals = requestedRecipients(tokens, keys, verbAt: t + 1)
                } else if keys[p] == "be", p >= 2, p + 2 < keys.count, SummaryLexicon.passingOnParticiples.contains(keys[p + 1]),
                          let subjectEnd = modalBefore(keys, be: p), recordOpens(keys[..<subjectEnd]) {
                    // "The telegram should be passed on to B", "It must be forwarded to B": the record, a modal, `be`.
                    var to = p + 2
                    if to < keys.count, SummaryLexicon.handingOnParticles.contains(keys[to]) { to += 1 }
                    guard to + 1 < keys.count, keys[to] == "to" else { continue }
                    finals = leadingNames(tokens[(to + 1)...].prefix(maxNameListTokens))
                } else if keys[p] == "be", p >= 3, SummaryLexicon.informedParticiples.contains(keys[p + 1]),
                          let that = keys[..<p].lastIndex(of: "that"), that >= 1, that + 1 < p,
                          tokens[(that + 1)..<p].allSatisfy({ SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) || $0 == "and" }),
                          SubjectClauses.mandativeVerbs.contains(keys[that - 1]) || SummaryLexicon.requestVerbs.contains(keys[that - 1]),
                          requesterIsSender(tokens, keys, verbAt: that - 1, sentenceIndex: n, sentences: all, sender: hop.from) {
                    // "Volkonsky asks that B be informed of …": the people to be told are the final recipients.
                    finals = leadingNames(tokens[(that + 1)..<p])
                } else if keys[p] == "be", p >= 3, p + 2 < keys.count, SummaryLexicon.passingOnParticiples.contains(keys[p + 1]) {
                    // "Volkonsky requests that the message be passed on to B."
                    var o = p - 1
                    let recordObject = SummaryLexicon.recordPronouns.contains(keys[o])
                        || (SummaryLexicon.messageNouns.contains(keys[o]) || SummaryLexicon.handedOnContentNouns.contains(keys[o]))
                            && o >= 1 && SummaryLexicon.determiners.contains(keys[o - 1])
                    guard recordObject else { continue }
                    if !SummaryLexicon.recordPronouns.contains(keys[o]) { o -= 1 }
                    guard o >= 2, keys[o - 1] == "that", SubjectClauses.mandativeVerbs.contains(keys[o - 2]) || SummaryLexicon.requestVerbs.contains(keys[o - 2]),
                          requesterIsSender(tokens, keys, verbAt: o - 2, sentenceIndex: n, sentences: all, sender: hop.from) else { continue }
                    var to = p + 2
                    if to < keys.count, SummaryLexicon.handingOnParticles.contains(keys[to]) { to += 1 }
                    guard to + 1 < keys.count, keys[to] == "to" else { continue }
                    finals = leadingNames(tokens[(to + 1)...].prefix(maxNameListTokens))
                }
                guard let finals, !finals.isEmpty, finals.allSatisfy({ $0.kind == .person }),
                      !finals.contains(where: { MessageGrammar.contains(hop.from + hop.to, $0) }) else { continue }
                result.messages = [ExtractedMessage(from: hop.from, to: finals, via: hop.to, evidence: .summary)]
                return
            }
        }
    }

    /// The people the first sentence restates the record as meant for: "Message from C for B", "Personal message to B".
    static func restatedFor(_ first: String, sender: [NameMention]) -> [NameMention]? {
        // The first sentence's words and keys, as the clause rules split them (`SummaryTokens`).
        let split = SummaryTokens.of(first)
        let tokens = split.words
        let keys = split.keys
        // "For Comrade B.", "For B only.": a first sentence that is only an addressee label, as the title's "A to C, for B".
        // (The whole sentence is the label: after the names at most a word of `addresseeLabelEndings`; a summary's final
        // period may have been read off already.)
        if tokens.count >= 2, keys[0] == "for" {
            let run = tokens[1...].prefix { SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) || $0 == "and" }
            let rest = keys[(1 + run.count)...]
            guard rest.allSatisfy(SummaryLexicon.addresseeLabelEndings.contains), !run.contains(where: SummaryWords.endsPossessive) else { return nil }
            let finals = leadingNames(run)
            return finals.isEmpty || !finals.allSatisfy({ $0.kind == .person }) ? nil : finals
        }
        guard tokens.count >= 3 else { return nil }
        var k = 0
        if SummaryLexicon.determiners.contains(keys[k]) { k += 1 }
        while k < keys.count, k < 3, !SummaryLexicon.messageNouns.contains(keys[k]), SummaryWords.opensLowercase(tokens[k]) || k == 0,
              !SummaryLexicon.determiners.contains(keys[k]), !documentTypeNames.contains(keys[k]) { k += 1 }
        guard k + 2 < keys.count, restatedNouns.contains(keys[k]) else { return nil }
        var f = k + 1
        if keys[f] == "from" {
            // "Message from C for B": the author is the sender.
            let author = tokens[(f + 1)...].prefix(maxNameListTokens).prefix { NamePhrase.wordKey($0) != "for" }
            f += 1 + author.count
            guard let named = leadingNames(author).last, MessageGrammar.contains(sender, named), f < keys.count, keys[f] == "for" else { return nil }
        } else if keys[f] == "to" || keys[f] == "for" {
            // "Personal message to B." with no author of its own ("… from C" is the go-between rule's).
            guard !keys.contains("from") else { return nil }
        } else { return nil }
        // "Letter to Chen's wife": a possessive makes the names someone's, not the addressees.
        let run = tokens[(f + 1)...].prefix(maxNameListTokens).prefix { SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) || $0 == "and" }
        guard !run.contains(where: SummaryWords.endsPossessive) else { return nil }
        let finals = leadingNames(run)
        return finals.isEmpty || !finals.allSatisfy({ $0.kind == .person }) ? nil : finals
    }

    static let pronounLookBack = 12

    /// Where the subject ends before a modal of `be` at `be`: "should be", "must be", "is to be", "was to be".
    static func modalBefore(_ keys: [String], be p: Int) -> Int? {
        if ["should", "must", "shall", "will", "would", "can", "could", "may"].contains(keys[p - 1]) { return p - 1 }
        if keys[p - 1] == "to", p >= 2, ["is", "was", "are", "were"].contains(keys[p - 2]) { return p - 2 }
        return nil
    }

    /// Whether `keys` are the record opening the sentence: `it`, or `the`/`this` and a record noun.
    static func recordOpens(_ keys: ArraySlice<String>) -> Bool {
        keys.count == 1 && SummaryLexicon.recordPronouns.contains(keys[keys.startIndex]) || recordNounOpens(Array(keys)) && keys.count == 2
    }

    /// The people a request's verb at `verbAt` hands the message on to: "inform B (of …)", "tell B that …", "relay the
    /// contents to B", "convey to B …", "pass it on to B".
    static func requestedRecipients(_ tokens: [String], _ keys: [String], verbAt v: Int) -> [NameMention]? {
        guard v < keys.count else { return nil }
        if SummaryLexicon.informingVerbs.contains(keys[v]) {
            return v + 1 < keys.count ? leadingNames(tokens[(v + 1)...].prefix(maxNameListTokens)) : nil
        }
        // "let B know": the people between `let` and `know`.
        if keys[v] == "let", v + 1 < keys.count {
            let named = tokens[(v + 1)...].prefix(maxNameListTokens).prefix { NamePhrase.wordKey($0) != "know" }
            let k = v + 1 + named.count
            return k < keys.count && keys[k] == "know" ? leadingNames(named) : nil
        }
        guard SummaryLexicon.passingOnVerbs.contains(keys[v]) else { return nil }
        var k = v + 1
        if k < keys.count, SummaryLexicon.handingOnParticles.contains(keys[k]) { k += 1 }
        if k + 1 < keys.count, keys[k] == "to" { return leadingNames(tokens[(k + 1)...].prefix(maxNameListTokens)) }
        return ownMessageHandedOn(tokens, keys, from: k, verb: keys[v])
    }

    /// Whether the subject of the verb of requesting at `verbAt` is the title's sender: by name, or as `he`/`she`
    /// opening the sentence when it stands for the sender (`pronounStandsForSender`).
    static func requesterIsSender(_ tokens: [String], _ keys: [String], verbAt v: Int, sentenceIndex n: Int, sentences all: [String],
                                  sender: [NameMention]) -> Bool {
        guard v >= 1 else { return false }
        if v == 1, ["he", "she"].contains(keys[0]) { return pronounStandsForSender(sentenceIndex: n, sentences: all, sender: sender) }
        let subject = tokens[..<v].reversed().prefix { SummaryWords.opensUppercase($0) || NamePhrase.isInitials($0) }.reversed()
        guard let named = leadingNames(subject).last else { return false }
        return MessageGrammar.contains(sender, named)
    }

    /// **Rule: `he`/`she` opening a sentence is the title's sender** when the last sentence before it that opens with
    /// a person names the sender, or none does: "He asks Bragin to pass the message on to B" in Volkonsky's cable.
    /// (Read back over at most `pronounLookBack` sentences, so that many pronouns in a long summary stay linear.)
    static func pronounStandsForSender(sentenceIndex n: Int, sentences all: [String], sender: [NameMention]) -> Bool {
        for earlier in all[..<min(n, all.count)].suffix(pronounLookBack).reversed() {
            if let person = recounter(head: earlier), person.kind == .person { return MessageGrammar.contains(sender, person) }
        }
        return true
    }
}
