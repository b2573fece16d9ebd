/// Clauses of a summary whose subject is a list of names followed by a verb:
/// "A.M. Puzanov and Kim Il Sung discuss …", "…, Kim Il Sung shares …", "Nam Il informs Puzanov …".
struct SubjectClauses {
    var subjects: [NameMention]
    var verb: String
    /// Names right after the verb or after "with" in the same clause ("informs Puzanov", "discusses … with Fischer").
    var objects: [NameMention]
    /// Whether the objects followed "to" ("reports to Krajewski").
    var afterTo = false
    /// Whether the object is told to do something ("tells Drozniak to meet …"): an instruction.
    var instructs = false
    /// Whether the clause is part of what someone else tells: "Nam Il informs Puzanov of the Presidium
    /// meeting in which Kim Du-bong explains …" reports Kim Du-bong, who did not speak to Puzanov.
    var reported = false
    /// Whether the clause is what someone says, records or learns "that …" ("Wang records that Zhou
    /// Enlai spoke with Molotov").
    var toldThat = false
    /// Whether the clause pairs its objects with separate topics ("with Fischer and Nam Il, respectively").
    var respectively = false
    /// Whether the subject is "he" or "she" (found only when asked for).
    var pronounSubject = false
    /// Whether the other side of the talk is an unnamed group ("discuss … with State Department officials"):
    /// the subjects are then one side, and no talk between named people is stated.
    var sideMarked = false
    /// Whether the verb is in the past perfect ("Dulles had met Chiang Kai-shek"): something earlier, recalled.
    var pastPerfect = false
    /// Whether a meeting verb is in the passive ("was received by B"): its other side followed "by".
    var passive = false
    /// The index of the clause's first subject word (the pronoun) among the summary's space-separated words.
    var subjectStart = 0

    /// The people among the subjects and objects (conversations are between people or named groups).
    var persons: [NameMention] { (subjects + objects).filter { $0.kind == .person } }
    var personSubjects: [NameMention] { subjects.filter { $0.kind == .person } }

    static let conversationVerbs: Set<String> = Set([
        "discuss", "discusses", "discussed", "talk", "talks", "talked", "converse", "converses", "conversed",
        "meet", "meets", "met", "conversation", "present", "visited", "visits", "accompanied", "receives", "received",
        "called", "calls", "hosts", "hosted",
    ]).union(SummaryLexicon.consultingVerbs)
    static let dialogueVerbs: Set<String> = conversationVerbs.union([
        "share", "shares", "shared", "express", "expresses", "expressed", "inform", "informs", "informed",
        "tell", "tells", "told", "raise", "raises", "raised", "ask", "asks", "asked", "speak", "speaks", "spoke",
        "complain", "complains", "complained", "explain", "explains", "explained", "propose", "proposes",
        "exchange", "exchanges", "replies", "writes", "instructs", "reports", "sends", "states", "describes",
        "admits", "admitted", "assures", "assured",
    ]).union(SummaryLexicon.speechVerbs).union(SummaryLexicon.tellingVerbs)

    /// Verbs with which a summary has the document's writer speak ("Lazar believes …", "Popa describes …").
    static let writerVerbs: Set<String> = [
        "describes", "states", "reports", "notes", "writes", "believes", "discusses", "mentions", "assesses",
        "considers", "argues", "suggests", "warns", "explains", "expresses", "summarizes", "recounts", "relates",
        "tells", "informs", "proposes", "recommends", "requests", "comments", "observes", "analyzes", "analyses",
        "records", "reported", "wrote",
    ]
    /// The writer's verbs of reporting in writing: the schema's `Lazar describes …`, `Ambassador X reports …`. Verbs of
    /// opinion or request (`believes`, `suggests`, `requests`) are left out: a source quoted may hold or ask as well.
    static let reportingWriterVerbs: Set<String> = [
        "describes", "states", "reports", "notes", "writes", "summarizes", "recounts", "relates", "informs",
        "comments", "observes", "analyzes", "analyses", "records", "reported", "wrote", "assesses", "mentions",
    ]
    /// Verbs by which an author addresses someone: "Mao reminds Yao Wenyuan …", "the CC instructs Zhou …".
    static let addressingVerbs: Set<String> = [
        "informs", "tells", "instructs", "reminds", "orders", "urges", "directs", "advises", "asks", "warns", "writes",
        "congratulates", "thanks", "assures", "notifies", "cables", "greets", "invites", "sends", "answers",
    ]
    static let clauseVerbs = dialogueVerbs.union(writerVerbs).union(addressingVerbs).union(persuadingVerbs).union(SummaryLexicon.seeingVerbs)
    /// Every word the tests of `find` start from (its verbs, talk nouns and the words of its presence phrases).
    static let verbCandidates: Set<String> = clauseVerbs.union(SummaryLexicon.participationVerbs).union(SummaryLexicon.talkNouns)
        .union(["present", "part", "attend", "attends", "attended", "participate", "participates", "participated", "dinner", "lunch"])
        .union(SummaryLexicon.callingNouns)
    /// A filter of `verbCandidates`: most words of a summary are none of them and are passed over
    /// without building their key.
    static let verbCandidateFilter = WordFilter(verbCandidates)

    /// Verbs whose direct object is a person ("informs Puzanov", "meets Kim Il Sung"); after other verbs
    /// a capitalised object is a topic ("discuss West Irian", "raises Taiwan").
    static let personObjectVerbs: Set<String> = Set([
        "inform", "informs", "informed", "tell", "tells", "told", "meet", "meets", "met", "visit", "visits", "visited",
        "ask", "asks", "asked", "instructs", "reminds", "urges", "orders", "directs", "advises", "warns", "assures",
        "assured", "accompanied", "receives", "received", "thanks", "congratulates", "briefs", "briefed",
        "notifies", "cables", "greets", "invites", "sends", "answers", "reassures", "reassured", "urged", "thanked",
        // Bare forms after plural subjects: "Both A and B urge C to reconsider".
        "urge", "assure", "reassure", "warn", "advise", "thank", "remind", "congratulate", "brief", "invite", "instruct",
        "greet", "receive",
        // "He hosted Kim Chol-ho": hosting someone is meeting him.
        "host", "hosts", "hosted",
        // "Whitcombe called Nakahara to thank him": calling someone on the telephone (a call on someone reads `on`).
        "called", "calls",
    ]).union(persuadingVerbs).union(SummaryLexicon.tellingVerbs).union(SummaryLexicon.seeingVerbs)

    /// The words after a verb in which its clause's markers (`with`, `that`, `respectively`) are looked for:
    /// linear in the summary. A list of names that starts in this window is read to its end, however long.
    static let maxClauseTokens = 80

    /// **Convention: a form of address abbreviated with a period opens a name and ends no clause** (`Mr. Pemberton called
    /// on Mr. Nakahara`, `saw Dr. Suryadi Prawiro`, `met Mrs. Achterberg`): a word that ends in a period ends the clause,
    /// its subject or its list of names unless it is an initial (`NamePhrase.isInitials`) or one of these forms of address
    /// (`addressAbbreviations`), which the sentence splitter already reads over (`SummaryReader.abbreviations`).
    @inline(__always) static func endsClause(_ t: String) -> Bool {
        guard SummaryWords.endsWith(t, UInt8(ascii: ".")) else { return false }
        if t.utf8.count <= 6, t.utf8.first.map(NamePhrase.isASCIICapital) == true,
           addressAbbreviations.contains(String(t.dropLast()).lowercased()) { return false }
        return !NamePhrase.isInitials(t)
    }
    /// Forms of address and ranks printed abbreviated before a name (a word class of `endsClause`).
    static let addressAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "cde", "cdes", "gen", "col", "lt", "capt", "adm", "amb", "rev", "hon",
        "mme", "mlle", "mm", "sra", "srta",
    ]

    /// Words that open an adverbial phrase before a sentence's subject ("While in Korea, …", "During the visit, …").
    static let openingSubordinators: Set<String> = [
        "while", "when", "whilst", "during", "in", "at", "on", "after", "before", "since", "following", "upon", "as",
        "although", "though", "later", "then", "also", "however", "meanwhile", "finally", "subsequently", "afterwards",
    ]

    /// The word sets the clause walks ask about for most words, each with a filter in front (`FilteredWords`).
    static let officeKeys = FilteredWords(Lexicon.offices)
    static let strongOfficeKeys = FilteredWords(NamePhrase.strongOffices)
    static let nationalityKeys = FilteredWords(Lexicon.nationalities)
    static let auxiliaryKeys = FilteredWords(auxiliaries)
    static let sequenceAdverbKeys = FilteredWords(SummaryLexicon.sequenceAdverbs)
    static let determinerKeys = FilteredWords(SummaryLexicon.determiners)
    static let holdingVerbKeys = FilteredWords(SummaryLexicon.holdingVerbs)
    static let hedgeWordKeys = FilteredWords(SummaryLexicon.hedgeWords)
    static let talkNounKeys = FilteredWords(SummaryLexicon.talkNouns)
    static let participationVerbKeys = FilteredWords(SummaryLexicon.participationVerbs)
    static let joiningVerbKeys = FilteredWords(SummaryLexicon.joiningVerbs)
    static let clauseVerbKeys = FilteredWords(clauseVerbs)
    static let callingNounKeys = FilteredWords(SummaryLexicon.callingNouns)
    static let persuadingVerbKeys = FilteredWords(persuadingVerbs)
    static let openingSubordinatorKeys = FilteredWords(openingSubordinators)
    static let conditionalOpenerKeys = FilteredWords(SummaryLexicon.conditionalOpeners)
    static let hearsayNounKeys = FilteredWords(SummaryLexicon.hearsayNouns)

    /// Small word lists the clause walk asks about for many words, kept here so that no list is built per word
    /// (each with a filter in front, `FilteredWords`: most words asked about are none of them).
    /// "X is also present", "Molotov and Li Fuchun are present".
    static let presenceAuxiliaries = FilteredWords(["also", "is", "are", "was", "were"])
    /// "Zhou Enlai and Suslov also take part".
    static let takingForms = FilteredWords(["take", "takes", "took", "taking"])
    static let attendingVerbs = FilteredWords(["attend", "attends", "attended", "participate", "participates", "participated"])
    /// "X and Y had dinner".
    static let mealNouns = FilteredWords(["dinner", "lunch"])
    static let havingForms = FilteredWords(["have", "has", "had"])
    /// After these words a verb form is a noun: "Records of talks with …", "the talks".
    static let nounMarkers = FilteredWords(["of", "on", "the", "a", "an", "for", "about", "from"])
    /// A possessive or a preposition of time before a talk word makes it a noun too: "his talks", "During talks".
    static let possessiveOrTimeMarkers = FilteredWords(["his", "her", "their", "its", "during", "in", "at", "throughout"])
    /// Lower-case words inside a subject: "the Ambassador of Hungary", "his deputy".
    static let subjectJoiners = FilteredWords(["of", "the", "in", "for", "his", "her", "their"])
    /// "called on Puzanov", "Y was called on by X".
    static let callingForms = FilteredWords(["called", "calls", "call"])
    static let passiveAuxiliaries = FilteredWords(["was", "were", "is", "are", "been"])
    /// Verbs besides the conversation verbs whose other side follows a side marker ("exchanges views with B").
    /// (Speaking has its other side after `with` past a phrase of means: "spoke by telephone with B".)
    static let sideVerbs = FilteredWords(Set(["discusses", "exchange", "exchanges", "called", "calls"]).union(SummaryLexicon.speakingWithVerbs))
    /// Lower-case words inside a list of names after a side marker, and those that cannot end it.
    static let listWords = FilteredWords(["and", "the", "a", "an", "of"])
    /// Words that join the parts of an object's name ("Peng Dehuai and Gao Gang", "the Ministry of Foreign Affairs").
    static let nameJoiners = FilteredWords(["and", "&", "of", "for", "in", "the"])
    /// Words that open a relative or that-clause before a subject ("the meeting in which X explains").
    static let relativeWords = FilteredWords(["which", "where", "whom", "that"])

    /// Sentence-initial function words that are no part of a subject, removed in this order.
    static let sentenceLeads = ["Also, ", "However, ", "Later, ", "Then, ", "Meanwhile, ", "Finally, ", "Moreover, ", "Furthermore, ",
                                "In addition, ", "Subsequently, ", "Afterwards, ", "The ", "During ", "At ", "In ", "On ", "After ",
                                "Later ", "Then ", "Also "]
    /// Each lead's first byte, compared before the lead itself.
    static let sentenceLeadBytes = sentenceLeads.map { $0.utf8.first ?? 0 }

    /// Words between a subject and its verb ("X has also met", "X paid a visit", "X takes part").
    static let auxiliaries: Set<String> = [
        "is", "was", "are", "were", "also", "have", "has", "had", "a", "their", "his", "her", "holds", "held",
        "pays", "paid", "take", "takes", "took",
    ]

    /// "A and B try to persuade C": an attempt to persuade is itself the talk (other verbs after "to" are plans).
    static let attemptVerbs: Set<String> = ["try", "tries", "tried", "attempt", "attempts", "attempted"]

    /// Verbs of persuading someone face to face: "A and B try to persuade C to fight on", "A convinces C".
    static let persuadingVerbs: Set<String> = ["persuade", "persuades", "persuaded", "convince", "convinces", "convinced"]

    /// Verbs of proposing or demanding that something be done: the clause after "that" is a proposal, not an event
    /// ("suggests that Lu meet B", "insisted that the two discuss …").
    static let mandativeVerbs: Set<String> = [
        "suggests", "suggested", "proposes", "proposed", "recommends", "recommended", "urges", "urged", "insists",
        "insisted", "demands", "demanded", "requests", "requested", "asks", "asked", "advises", "advised", "proposing",
        "suggesting", "recommending", "demanding", "requesting",
    ]

    /// Verbs that introduce what someone tells: a relative clause after them is its content.
    static let reportingVerbs: Set<String> = [
        "informs", "informed", "tells", "told", "reports", "reported", "describes", "described", "recounts",
        "recounted", "explains", "explained", "briefs", "briefed", "records", "recorded", "notes", "noted", "learns",
        "learned", "hears", "heard", "says", "said", "writes", "wrote", "mentions", "mentioned", "recalls", "recalled",
        "adds", "added", "believes", "thinks", "claims", "claimed",
        // "Zharkov denies that he met Kwon": what is denied is reported, no event.
        "denies", "denied", "deny",
        // Plural subjects take the bare form: "Rumors say that …", "Both claim that …".
        "say", "claim", "believe", "think", "report", "hear", "learn", "note", "recall", "mention",
    ]

    /// The holding verb before a talk noun, over a determiner and up to three modifiers: "have a detailed
    /// conversation", "held long talks", "had dinner".
    static func heldTalk(_ tokens: [String], noun i: Int) -> Int? {
        heldTalk(tokens, noun: i) { NamePhrase.wordKey(tokens[$0]) }
    }

    /// `heldTalk` with the words' keys already built.
    static func heldTalk(_ tokens: [String], keys: [String], noun i: Int) -> Int? {
        heldTalk(tokens, noun: i) { keys[$0] }
    }

    /// `heldTalk` reading the key of the word at an index from `key` (only the few words before the noun are asked).
    private static func heldTalk(_ tokens: [String], noun i: Int, key: (Int) -> String) -> Int? {
        var k = i - 1
        var modifiers = 0
        while k >= 0, modifiers < 3, SummaryWords.opensLowercase(tokens[k]), !tokens[k].hasSuffix(","),
              !determinerKeys.contains(key(k)),
              !holdingVerbKeys.contains(key(k)),
              !hedgeWordKeys.contains(key(k)) {
            k -= 1
            modifiers += 1
        }
        if k >= 0, determinerKeys.contains(key(k)) { k -= 1 }
        guard k >= 0, holdingVerbKeys.contains(key(k)) else { return nil }
        // "have dinner" needs no determiner, "have detailed talks" none either; a bare "have conversation" is rare.
        return k
    }

    /// The first `marker` (" with ") that introduces a side, not a relation: "relations with North Korea",
    /// "the war with …" name a topic.
    /// A topic list goes on with more topics ("CCP contacts with the VKP(b), … negotiations with the Guomindang"),
    /// so the search stops at the first relation or talk noun.
    static func sideMarkerRange(_ marker: String, in text: String) -> Range<String.Index>? {
        guard let r = text.range(of: marker) else { return nil }
        // The two words before the marker, read backwards over at most 60 characters.
        let start = text.index(r.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let words = text[start..<r.lowerBound].split(separator: " ").suffix(2).map { NamePhrase.wordKey(String($0)) }
        let before = words.last ?? ""
        // "discusses his visit with Molotov": the subject's own talk names its other side.
        let ownTalk = words.count == 2 && ["his", "her", "their"].contains(words[0])
        if SummaryLexicon.relationNouns.contains(before) || SummaryLexicon.talkNouns.contains(before) && !ownTalk { return nil }
        return r
    }

    /// Whether a side after "with" is an unnamed group: "with State Department officials", "with the visitors".
    static func isUnnamedGroup(_ phrase: Substring) -> Bool {
        // The group noun ends a short noun phrase: "the visiting journalists", "several Ministry representatives".
        for token in SummaryWords.leadingWords(phrase, 4) {
            let key = NamePhrase.wordKey(String(token))
            if SummaryLexicon.groupNouns.contains(key) { return true }
            if token.hasSuffix(",") || token.hasSuffix(".") || ["about", "on", "to", "and", "regarding", "concerning"].contains(key) { return false }
        }
        return false
    }

    /// The clauses of `text`; with `pronouns`, also those whose subject is "he" or "she" meeting
    /// someone ("Later he receives Richard Fischer"), with no subjects and `pronounSubject` set.
    static func find(in text: String, pronouns: Bool = false) -> [SubjectClauses] {
        // The words and their keys, split once per text and shared with the other summary rules.
        let split = SummaryTokens.of(text)
        let tokens = split.words
        var result: [SubjectClauses] = []
        // (The keys are built once the text holds a word that may be a verb candidate.)
        var keys: [String] = []
        for (i, token) in tokens.enumerated() {
            guard verbCandidateFilter.mayHold(token) else { continue }
            if keys.isEmpty { keys = split.keys }
            var verb = keys[i]
            // A word that none of the tests below starts from is passed over with one lookup.
            guard verbCandidates.contains(verb) else { continue }
            // Where the verb phrase starts: the holding verb of "have a detailed conversation".
            var verbIndex = i
            if verb == "present", i >= 1, presenceAuxiliaries.contains(keys[i - 1]) {
                // "X is also present", "Molotov, Vyshinsky and Li Fuchun are present"
            } else if verb == "part", i >= 1, keys[i - 1] == "taking" {
                // "Also taking part were C": a list of people present (`presentLists`), no clause with a subject.
                continue
            } else if verb == "part", i >= 1, takingForms.contains(keys[i - 1]) {
                // "Zhou Enlai, Chen Yi and Suslov also take part"
                verb = "present"
            } else if attendingVerbs.contains(verb), i >= 1 {
                verb = "present"
            } else if participationVerbKeys.contains(verb), i + 2 < tokens.count,
                      determinerKeys.contains(keys[i + 1]),
                      talkNounKeys.contains(keys[i + 2]) {
                // "Mikoyan and Choe Yong-geon dominate the discussion", "Kim Il Sung chaired the meeting".
                verb = "present"
            } else if joiningVerbKeys.contains(verb), i + 1 < tokens.count, keys[i + 1] == "them" {
                // "Pak Mun-il joined them": whoever joins the talk's sides is present at it.
                verb = "present"
            } else if talkNounKeys.contains(verb), let held = heldTalk(tokens, keys: keys, noun: i) {
                // "X had a meeting with Y", "X, Y and Z have a detailed conversation", "X paid a visit to Y".
                verb = "conversation"
                verbIndex = held
            } else if callingNounKeys.contains(verb), let held = heldTalk(tokens, keys: keys, noun: i) {
                // "X paid a courtesy call on Y", "X pays a farewell call on Y": calling on someone is meeting him.
                verb = "conversation"
                verbIndex = held
            } else if mealNouns.contains(verb), i >= 1, havingForms.contains(keys[i - 1]) {
                verb = "conversation"
            } else if !clauseVerbKeys.contains(verb) || verb == "present" || verb == "conversation" || SummaryWords.opensUppercase(token) {
                continue
            }
            // After a preposition or an article the word is a noun: "Records of talks with …", "the talks".
            // So it is after a possessive or a preposition of time: "During his talks with B, A …", "In talks with B, A …".
            if verbIndex >= 1, nounMarkers.contains(keys[verbIndex - 1]) || possessiveOrTimeMarkers.contains(keys[verbIndex - 1]) { continue }
            // So it is after a name's possessive: "Ferreira's talks with B were cancelled" (read by `meetingsWith`).
            if verbIndex >= 1, talkNounKeys.contains(verb), SummaryWords.endsPossessive(tokens[verbIndex - 1]) { continue }
            // Walk back over the subject: capitalised words, initials and list joiners.
            var j = verbIndex - 1
            if persuadingVerbKeys.contains(verb), j >= 1, keys[j] == "to",
               attemptVerbs.contains(keys[j - 1]) { j -= 2 }
            while j >= 0, auxiliaryKeys.contains(keys[j]) || sequenceAdverbKeys.contains(tokens[j])
                    || (SummaryWords.endsWithASCII(tokens[j], "ly") && SummaryWords.opensLowercase(tokens[j])) { j -= 1 }
            let end = j + 1
            var start = end
            // A subject is a list of names, read back to the word that ends the previous clause: a verb ends
            // every walk, so the walks of a summary's verbs do not overlap and together stay linear.
            while start > 0 {
                let t = tokens[start - 1]
                let key = keys[start - 1]
                // A lowercase word before a comma ends an earlier clause ("At the meeting, Kim Il Sung shares");
                // a capitalised one is part of a list of names ("Mao Zedong, Mehmet Shehu, and others").
                if SummaryWords.endsWith(t, UInt8(ascii: ",")) && !(SummaryWords.opensUppercase(t)) && !officeKeys.contains(key) { break }
                if endsClause(t) { break }
                if key == "and" || key == "others" || SummaryWords.opensUppercaseAfterBrackets(t) || NamePhrase.isInitials(t)
                    || (SummaryWords.endsWith(t, UInt8(ascii: ",")) && (SummaryWords.opensUppercase(t))) || officeKeys.contains(key)
                    || nationalityKeys.contains(key) || subjectJoiners.contains(key) {
                    start -= 1
                    continue
                }
                break
            }
            let isConversationVerb = conversationVerbs.contains(verb)
            let pronoun = end > 0 && (keys[end - 1] == "he" || keys[end - 1] == "she") && isConversationVerb
            if pronoun && !pronouns { continue }
            guard start < end || pronoun else { continue }
            var phrase = pronoun ? "" : SummaryWords.joined(tokens[start..<end])
            if phrase.hasSuffix(",") { phrase.removeLast() }
            // "While in North Korea, Jaruzelski met …": an opening adverbial ends at its comma.
            // (The phrase's first word is the subject's first token, its key the same with or without a comma.)
            if let firstWord = pronoun ? nil : keys[start],
               openingSubordinatorKeys.contains(firstWord), let comma = phrase.range(of: ", ") {
                phrase = String(phrase[comma.upperBound...])
            }
            // A sentence-initial function word is not part of the subject.
            // (A lead is compared only when its first byte opens the phrase: most subjects open with none of them.)
            var opening = phrase.utf8.first
            for k in sentenceLeads.indices where opening == sentenceLeadBytes[k] && phrase.hasPrefix(sentenceLeads[k]) {
                phrase.removeFirst(sentenceLeads[k].count)
                opening = phrase.utf8.first
            }
            // "If Choe meets Zhang, …", "Unless Kim receives him …": a clause opened by a conditional is hypothetical.
            if !pronoun, conditionalOpenerKeys.contains(keys[start]) { continue }
            // "… notes that, if Choe met Zhang, …": a conditional just before the subject opens its clause too.
            if !pronoun, start > 0, conditionalOpenerKeys.contains(keys[start - 1]) { continue }
            // "If he meets Zhang, …": the same with a pronoun subject.
            if pronoun, end >= 2, conditionalOpenerKeys.contains(keys[end - 2]) { continue }
            // "Rumors say that …", "Sources indicate that …": unnamed hearsay is no one speaking.
            if !pronoun, let lead = SummaryWords.firstWord(phrase),
               hearsayNounKeys.contains(SummaryWords.key(lead)) { continue }
            let subjects = NamePhrase.parse(phrase)
            guard !subjects.isEmpty || pronoun else { continue }
            // Objects: the capitalised name right after the verb, or after "with" later in the clause.
            var objects: [NameMention] = []
            var sideMarked = false
            var sideRead = false
            var afterTo = false
            var clauseEnd = i + 1
            // A clause is read to its sentence's end, at most `maxClauseTokens` words: linear in the summary.
            // (Its end is found first, so that its words are copied into one array of the final size.)
            while clauseEnd < tokens.count, clauseEnd - (i + 1) < maxClauseTokens {
                let t = tokens[clauseEnd]
                clauseEnd += 1
                if endsClause(t) { break }
                // "A and B discussed the students; B promised to raise it with C": a semicolon ends the clause.
                if SummaryWords.endsWith(t, UInt8(ascii: ";")) { break }
            }
            let clauseWords = tokens[(i + 1)..<clauseEnd]
            var clause = Array(clauseWords)
            // The clause's words joined, made only for a test that reads the text (most clauses need none).
            var joinedClause: String? = nil
            func clauseText() -> String {
                if let joinedClause { return joinedClause }
                let text = SummaryWords.joined(clauseWords)
                joinedClause = text
                return text
            }
            // "discusses … with Fischer": the other side of a talk; "informs Malenkov that … with Peng" is not.
            let readsSide = isConversationVerb || sideVerbs.contains(verb)
            let padded = readsSide ? " " + clauseText() : ""
            // "paid a visit to Puzanov", "called on Puzanov": the other side follows "to" or "on".
            // "Y was called on by X": the passive's other side follows "on by".
            let calledOn = callingForms.contains(verb)
            let calledOnInPassive = calledOn && i >= 1 && passiveAuxiliaries.contains(keys[i - 1])
            let sideMarker = calledOnInPassive ? " on by "
                : calledOn || verb == "conversation" && callingNounKeys.contains(keys[i]) ? " on "
                : (verb == "conversation" && keys[i] == "visit") ? " to " : " with "
            if readsSide, let r = sideMarkerRange(sideMarker, in: padded) {
                sideMarked = isUnnamedGroup(padded[r.upperBound...])
                sideRead = true
                // The other side is a list that may carry appositions ("the Albanian Prosecutor General,
                // Aranit Çela, and Sofikli Papavasili, an inspector …"); it ends with the clause, however many names
                // it holds: it is read on past the clause window, to its first word that is no part of a list.
                let listStart = i + padded[..<r.upperBound].reduce(0) { $0 + ($1 == " " ? 1 : 0) }
                var kept: [String] = []
                for (t, key) in zip(tokens[min(listStart, tokens.count)...], keys[min(listStart, tokens.count)...]) {
                    // "the PRC Ambassador to the DPRK, Qiao Xiaoguang": an office's "to" or "in" binds its posting.
                    let postsOffice = (key == "to" || key == "in" || key == "for") && kept.last.map { officeKeys.contains(NamePhrase.wordKey($0)) } == true
                    if SummaryWords.opensLowercase(t), !listWords.contains(key), !postsOffice,
                       !officeKeys.contains(key), !strongOfficeKeys.contains(key) { break }
                    if endsClause(t) {
                        kept.append(String(t.dropLast()))
                        break
                    }
                    kept.append(t)
                }
                // "discuss with Stalin the situation": the list ends before the article.
                while let last = kept.last, listWords.contains(NamePhrase.wordKey(last)) { kept.removeLast() }
                var after = SummaryWords.joined(kept[...])
                if after.hasSuffix(",") { after.removeLast() }
                objects = NamePhrase.parse(after.replacingOccurrences(of: "respectively", with: ""))
            }
            // The objects right after the verb, read past the clause window to the list's end (`listTokens`
            // drops what `clause` drops at its start).
            var listTokens = tokens[min(i + 1, tokens.count)...]
            // "informs the CCP that …": a body named with its article is an object too.
            // "receives the Ambassador of Hungary": an office with a complement that says whose is one too; a bare
            // "the Ambassador" is not.
            // (`clause[k]` is `tokens[i + 1 + k]`, whose key is `keys[i + 1 + k]`.)
            let officeEnd = clause.count >= 2 ? (clause.indices.dropFirst().first { !officeKeys.contains(keys[i + 1 + $0]) } ?? clause.count) : 0
            let qualifiedOffice = officeEnd >= 2 && officeEnd + 1 < clause.count
                && clause[officeEnd] == "of" && SummaryWords.opensUppercase(clause[officeEnd + 1])
            let isPersonObjectVerb = personObjectVerbs.contains(verb)
            if !sideRead, isPersonObjectVerb, clause.count >= 2, clause[0] == "the",
               SummaryWords.opensUppercase(clause[1]), !officeKeys.contains(keys[i + 2]) || qualifiedOffice {
                clause.removeFirst()
                listTokens.removeFirst()
            }
            // "Petrov was received by Kim Chol-ho": a meeting verb in the passive has its other side after "by".
            let passiveMeeting = i >= 1 && passiveAuxiliaries.contains(keys[i - 1]) && isConversationVerb
            if sideRead {
            } else if let first = clause.first,
                      (SummaryWords.opensUppercase(first)) && isPersonObjectVerb
                        || SummaryWords.lowersTo(first, "to") || SummaryWords.lowersTo(first, "with")
                        || passiveMeeting && SummaryWords.lowersTo(first, "by") {
                // "informs Puzanov", "meets Kim Il Sung"; but "discuss West Irian", "raises Taiwan" name a topic.
                if SummaryWords.lowersTo(first, "to") || SummaryWords.lowersTo(first, "with") || SummaryWords.lowersTo(first, "by") {
                    afterTo = SummaryWords.lowersTo(first, "to")
                    clause.removeFirst()
                    listTokens.removeFirst()
                    if let next = clause.first, SummaryWords.lowersTo(next, "the") { clause.removeFirst(); listTokens.removeFirst() }
                }
                let list = listTokens
                let at = { (n: Int) -> String in list[list.startIndex + n] }
                var name: [String] = []
                let addressesList = afterTo || addressingVerbs.contains(verb)
                for (n, t) in list.enumerated() {
                    // "Peng Dehuai and Gao Gang", "the Romanian Ministry of Foreign Affairs"; "the" joins only after another
                    // joiner ("Ministry of the Interior"): "explained to B the Soviet position" ends the list at B.
                    let joinsNames = nameJoiners.contains(t) && n > 0 && n + 1 < list.count
                        && (t != "the" || nameJoiners.contains(at(n - 1)))
                        && (SummaryWords.opensUppercase(at(n + 1))
                            || (t == "and" || t == "&") && at(n + 1) == "the" && n + 2 < list.count && SummaryWords.opensUppercase(at(n + 2)))
                    // "met the GDR Charge d'Affaires": a lower-case office word goes on the capitalised office it follows.
                    let officeWord = name.last.map { SummaryWords.opensUppercase($0) } == true && officeKeys.contains(keys[list.startIndex + n])
                    guard (SummaryWords.opensUppercase(t)) || NamePhrase.isInitials(t) || joinsNames || officeWord else { break }
                    // "received Mao's letter": a possessive opens a thing, not a person.
                    // "informs Stalin of China's plans": the possessive after a joiner opens the topic.
                    if SummaryWords.endsPossessive(t) {
                        if let last = name.last, nameJoiners.contains(last) {
                            while let l = name.last, nameJoiners.contains(l) { name.removeLast() }
                        } else {
                            name = []
                        }
                        break
                    }
                    // "receives Richard Fischer.": the sentence's full stop is no part of the name.
                    name.append(endsClause(t) ? String(t.dropLast()) : t)
                    // "writes to Chairman Mao, Comrade Shaoqi, and the CCP Central Committee": a list of addressees
                    // goes on after its commas when the next item is a name or "and".
                    // So does the direct object of a verb of addressing: "notifies A, B, and C that …".
                    // So does the one met: "met A, B, and C" is one meeting of them all, as "met with A, B, and C" is.
                    let listGoesOn = (addressesList || conversationVerbs.contains(verb) || SummaryLexicon.seeingVerbs.contains(verb)) && n + 1 < list.count
                        && (SummaryWords.opensUppercase(at(n + 1)) || at(n + 1) == "and" || at(n + 1) == "the")
                    if SummaryWords.endsWith(t, UInt8(ascii: ",")) && !listGoesOn || endsClause(t) { break }
                }
                objects = NamePhrase.parse(SummaryWords.joined(name[...]))
            }
            // Brackets in running prose ("Kuznetsov (Stalin)") may say on whose behalf; only the
            // aliases rule above reads them, so clause names carry no second name.
            let plain = { (list: [NameMention]) in list.map { m -> NameMention in var m = m; m.bracketed = nil; return m } }
            var entry = SubjectClauses(subjects: plain(subjects), verb: verb, objects: plain(objects), afterTo: afterTo)
            entry.sideMarked = sideMarked
            // (Lower-casing gives ASCII letters only from ASCII ones here: a clause without the word's bytes has no "respectively".)
            // (The word holds no space: the joined text may hold it only where one of its words does.)
            entry.respectively = clauseWords.contains(where: { ByteSearch.mayContainCaseInsensitive($0, "respectively") })
                && clauseText().lowercased().range(of: "respectively") != nil
            entry.pronounSubject = pronoun
            entry.subjectStart = pronoun ? end - 1 : start
            entry.passive = passiveMeeting && !objects.isEmpty
            entry.pastPerfect = i >= 1 && keys[i - 1] == "had" && verb != "conversation"
            // "… the meeting in which X explains", "Wang records that Zhou spoke with Molotov": what someone tells.
            // "Haddad suggests that Lu meet B": what someone proposes be done (`mandativeVerbs` + "that") is no event.
            // (A pronoun subject opens its clause at the pronoun: "Zharkov denies that he met Kwon".)
            let clauseOpening = pronoun ? end - 1 : start
            if clauseOpening >= 2, keys[clauseOpening - 1] == "that", mandativeVerbs.contains(keys[clauseOpening - 2]) {
                entry.reported = true
                entry.toldThat = true
            } else if clauseOpening >= 1, relativeWords.contains(keys[clauseOpening - 1]) {
                let relative = keys[clauseOpening - 1] != "that"
                var b = clauseOpening - 2
                while b >= 0, clauseOpening - b <= maxClauseTokens, !(SummaryWords.endsWith(tokens[b], UInt8(ascii: ".")) && !NamePhrase.isInitials(tokens[b])) {
                    if reportingVerbs.contains(keys[b]) {
                        if relative { entry.reported = true } else { entry.toldThat = true }
                        break
                    }
                    b -= 1
                }
            }
            if let last = objects.last.flatMap({ SummaryWords.lastWord($0.text) }), case let text = clauseText(), let r = text.range(of: last + " to ") {
                let next = SummaryWords.firstWord(text[r.upperBound...]) ?? ""
                entry.instructs = SummaryWords.opensLowercase(next)
            }
            result.append(entry)
        }
        return result
    }
}
