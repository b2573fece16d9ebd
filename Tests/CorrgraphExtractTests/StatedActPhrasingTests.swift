import CorrgraphTestSupport
import Testing

/// Acts a summary states in the wordings archive catalogues use for them (docs/summaries.md; `TalkPhrasings`,
/// `RequestedRelays`, `RecordAlsoSent`): an opening phrase of a talk, separate talks, press hearsay and denials that
/// are no acts, requests to hand the message on in the passive and the subjunctive, the record signed in the passive,
/// the record also sent. Invented names from several naming cultures; expected acts worked out by hand from the gold
/// schema; every member of each word class in its slot, lists of three, capitals, and negatives for each rule.
@Suite struct StatedActPhrasingTests {
    /// A, B: the title's sides (family name last, as the summary prints them alone); C, D, E: named by the summary only.
    static let casts: [(a: String, b: String, c: String, d: String, e: String)] = [
        ("Grigori Lebedev", "Ingrid Vogel", "Hyun Jae-won", "Zhou Minghua", "Lucia Navarro"),
        ("Faisal Haddad", "Bogdan Kowalczyk", "Tran Thi Mai", "Aiko Nakamura", "Pak Song-il"),
        ("Kofi Mensah", "Svetlana Orlova", "Javier Robles", "Liu Xiaoming", "Omar Shalabi"),
    ]

    static func acts(_ title: String, _ summary: String) -> [String] { Acts.of(title, summary: summary).sorted() }
    /// A name as read back from capitals: each part of a hyphenated given name capitalised ("Hyun Jae-Won").
    static func recased(_ name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
            .joined(separator: "-")
    }

    // MARK: An opening phrase of a talk

    /// The heads of an opening phrase: preposition, optional determiner or possessive, modifiers, a talk noun.
    static let openingPhrases = [
        "At a meeting with", "At his meeting with", "At the lengthy meeting with", "During his talks with", "During talks with",
        "In a conversation with", "In talks with", "During a long discussion with", "Following his consultations with",
        "In an audience with", "At their meeting with", "Over the talks with",
    ]

    /// "At a meeting with C on 3 May, X raised …" in X's telegram: X's talk with C, by every head, with or without a date;
    /// the main clause's subject may be someone other than the writer ("…, D said …"): D's talk with C.
    @Test(arguments: casts.indices, openingPhrases)
    func anOpeningPhraseIsTheMainSubjectsTalk(cast: Int, phrase: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let title = "Telegram, \(a) to \(b)"
        let x = Acts.surname(a)
        #expect(Self.acts(title, "\(phrase) \(c) on 3 May, \(x) raised the question of fuel.") == ["\(a) → \(b)", Acts.talk([a, c])])
        #expect(Self.acts(title, "\(phrase) \(c), \(x) learned that the harvest had failed.") == ["\(a) → \(b)", Acts.talk([a, c])])
        #expect(Self.acts(title, "\(phrase) \(c), \(d) said that the harvest had failed.") == ["\(a) → \(b)", Acts.talk([c, d])])
    }

    /// The phrase's list is read whole: "At a meeting with C, D, and E, X raised …" is one talk of them all.
    @Test(arguments: casts.indices, ["At a meeting with", "During her talks with", "In talks with"])
    func anOpeningPhraseReadsItsListWhole(cast: Int, phrase: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to \(b)", "\(phrase) \(c), \(d), and \(e), \(x) stressed the need for credits.")
            == ["\(a) → \(b)", Acts.talk([a, c, d, e])])
        #expect(Self.acts("Report, \(a) to \(b)", "\(phrase) \(c) and \(d), \(x) stressed the need for credits.")
            == ["\(a) → \(b)", Acts.talk([a, c, d])])
    }

    /// In a journal the phrase names the diarist or the interlocutor, as the main clause does; capitals read the same.
    @Test(arguments: casts.indices)
    func anOpeningPhraseInAJournal(cast: Int) {
        let (a, _, c, _, _) = Self.casts[cast]
        let title = "Journal of Ambassador \(a)"
        let x = Acts.surname(a)
        #expect(Self.acts(title, "In a lengthy conversation with \(x), \(c) said that the harvest had failed.") == [Acts.talk([a, c])])
        #expect(Self.acts(title, "At a meeting with \(c) on 3 May, \(x) raised the railway.") == [Acts.talk([a, c])])
        #expect(Self.acts(title.uppercased(), "AT A MEETING WITH \(c.uppercased()), \(x.uppercased()) RAISED THE RAILWAY.")
            == [Acts.talk([a, Self.recased(c)])])
    }

    /// A talk hoped for, planned or denied in the phrase is none.
    @Test(arguments: casts.indices, ["At a possible meeting with", "In future talks with", "At a proposed meeting with"])
    func anOpeningPhraseOfAnUnheldTalkIsNone(cast: Int, phrase: String) {
        let (a, b, c, _, _) = Self.casts[cast]
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(phrase) \(c), \(Acts.surname(a)) would raise the railway.") == ["\(a) → \(b)"])
    }

    // MARK: Separate talks

    static let separateWordings: [(verb: String, after: String)] = [
        ("met separately with", ""), ("met individually with", ""), ("held separate talks with", ""),
        ("had individual meetings with", ""), ("met with", ", respectively"), ("talked separately with", ""),
    ]

    /// "X met separately with C and D": one talk with each, in a report and in a journal; lists of three too.
    @Test(arguments: casts.indices, separateWordings.indices)
    func separateTalksAreOnePerPerson(cast: Int, wording: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        let (verb, after) = Self.separateWordings[wording]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) \(c) and \(d)\(after).")
            == ["\(a) → \(b)", Acts.talk([a, c]), Acts.talk([a, d])].sorted())
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) \(c), \(d), and \(e)\(after).")
            == ["\(a) → \(b)", Acts.talk([a, c]), Acts.talk([a, d]), Acts.talk([a, e])].sorted())
        #expect(Self.acts("Journal of Ambassador \(a)", "\(x) \(verb) \(c) and \(d)\(after).") == [Acts.talk([a, c]), Acts.talk([a, d])].sorted())
    }

    /// Without a distributive word the talk is one of them all.
    @Test(arguments: casts.indices)
    func aTalkWithSeveralIsOneWithoutADistributiveWord(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        #expect(Self.acts("Report, \(a) to \(b)", "\(Acts.surname(a)) met with \(c) and \(d) on a separate matter.")
            == ["\(a) → \(b)", Acts.talk([a, c, d])])
    }

    // MARK: Press hearsay and denials are no acts

    static let pressWordings = [
        "According to press reports, C met D in the capital.", "According to the newspaper, C met D.",
        "According to Western radio broadcasts, C had talks with D.", "As reported by the press, C met with D.",
        "The newspaper reported that C had talks with D.", "Press reports claim that C conferred with D.",
        "The Japanese press announced that C met D.", "According to rumors, C received D.",
    ]

    @Test(arguments: casts.indices, pressWordings)
    func pressHearsayStatesNoTalk(cast: Int, wording: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let summary = wording.replacingOccurrences(of: "C ", with: "\(c) ").replacingOccurrences(of: "D", with: d)
        #expect(Self.acts("Telegram, \(a) to \(b)", summary) == ["\(a) → \(b)"])
        #expect(Self.acts("Journal of Ambassador \(a)", summary) == [])
    }

    /// "According to C, D met E" is D's meeting with E: the source is no subject.
    @Test(arguments: casts.indices)
    func aNamedSourceIsNoSubject(cast: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        #expect(Self.acts("Telegram, \(a) to \(b)", "According to \(c), \(d) met \(e) in the capital.") == ["\(a) → \(b)", Acts.talk([d, e])])
    }

    static let denials = [
        "did not hold talks with", "never had a meeting with", "cancelled his meeting with", "refused a meeting with",
        "declined talks with", "postponed her talks with", "failed to obtain a meeting with", "was unable to have talks with",
    ]

    @Test(arguments: casts.indices, denials)
    func aDeniedTalkIsNone(cast: Int, denial: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(denial) \(c).") == ["\(a) → \(b)"])
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(denial) \(c), \(d), and the minister.") == ["\(a) → \(b)"])
        #expect(Self.acts("Journal of Ambassador \(a)", "\(x) \(denial) \(c).") == [])
    }

    // MARK: Requests to hand the message on

    /// "D is asked to inform C of …": the request in the passive, by every participle and verb of telling or handing on.
    @Test(arguments: casts.indices, ["asked", "instructed", "requested", "told", "directed", "urged"])
    func aRequestInThePassiveRelays(cast: Int, participle: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Cable, \(a) to \(b)"
        let y = Acts.surname(b)
        let relayed = "\(a) → \(c) via \(b) (summary)"
        #expect(Self.acts(title, "\(y) is \(participle) to inform \(c) of the decision.") == [relayed])
        #expect(Self.acts(title, "\(y) was \(participle) to tell \(c) that the talks will resume.") == [relayed])
        #expect(Self.acts(title, "\(y) is \(participle) to relay the contents to \(c).") == [relayed])
        #expect(Self.acts(title, "\(y) has been \(participle) to pass the message on to \(c).") == [relayed])
        #expect(Self.acts(title, "\(y) is \(participle) to notify \(c), \(d), and \(e) of the decision.")
            == ["\(a) → \(c), \(d), \(e) via \(b) (summary)"])
        // Asked not to, asked for something new, or asked to meet: nothing handed on.
        #expect(Self.acts(title, "\(y) is \(participle) not to inform \(c) of the decision.") == ["\(a) → \(b)"])
        #expect(Self.acts(title, "\(y) is \(participle) to send a report to \(c).") == ["\(a) → \(b)"])
        #expect(Self.acts(title, "\(y) was \(participle) to meet \(c).") == ["\(a) → \(b)"])
    }

    /// "X requests that the message be passed on to C", by every verb of requesting and participle of handing on.
    @Test(arguments: casts.indices, ["passed on", "forwarded", "conveyed", "transmitted", "delivered", "handed over", "relayed"])
    func aRequestThatTheMessageBeHandedOnRelays(cast: Int, participle: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let title = "Cable, \(a) to \(b)"
        let x = Acts.surname(a)
        let relayed = "\(a) → \(c) via \(b) (summary)"
        for verb in ["requests", "asks", "urges", "insisted", "requested"] {
            #expect(Self.acts(title, "\(x) \(verb) that the message be \(participle) to \(c).") == [relayed])
        }
        #expect(Self.acts(title, "\(x) asks that it be \(participle) to \(c) and \(d).") == ["\(a) → \(c), \(d) via \(b) (summary)"])
        #expect(Self.acts(title, "He requests that this letter be \(participle) to \(c).") == [relayed])
        // Someone else's request is not the sender's.
        #expect(Self.acts(title, "\(d) requests that the message be \(participle) to \(c).") == ["\(a) → \(b)"])
    }

    /// "X requests that D inform C and E …": the subjunctive with the one asked named reads like "asks D to inform".
    @Test(arguments: casts.indices, ["inform", "tell", "convey to"])
    func aSubjunctiveRequestRelays(cast: Int, verb: String) {
        let (a, b, c, _, e) = Self.casts[cast]
        let (x, y) = (Acts.surname(a), Acts.surname(b))
        #expect(Self.acts("Cable, \(a) to \(b)", "\(x) requests that \(y) \(verb) \(c) that the talks will resume.")
            == ["\(a) → \(c) via \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(x) instructed \(y) to \(verb) \(c) and \(e) that the talks will resume.")
            == ["\(a) → \(c), \(e) via \(b) (summary)"])
    }

    /// "X asks D to convey his congratulations to C": content handed on like a message; "over" as "on"; the sender as
    /// a pronoun; asking not to pass it on hands nothing on.
    @Test(arguments: casts.indices, ["his congratulations", "the contents", "her condolences", "the invitation", "the decision"])
    func contentHandedOnRelays(cast: Int, content: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let title = "Cable, \(a) to \(b)"
        let (x, y) = (Acts.surname(a), Acts.surname(b))
        let relayed = "\(a) → \(c) via \(b) (summary)"
        #expect(Self.acts(title, "\(x) asks \(y) to convey \(content) to \(c).") == [relayed])
        #expect(Self.acts(title, "\(x) asked \(y) to hand \(content) over to \(c).") == [relayed])
        #expect(Self.acts(title, "He asks \(y) to pass \(content) on to \(c).") == [relayed])
        #expect(Self.acts(title, "\(x) reports on the harvest. She asks \(y) to deliver \(content) to \(c).") == [relayed])
        #expect(Self.acts(title, "\(x) asks \(y) not to pass \(content) on to \(c).") == ["\(a) → \(b)"])
        // The pronoun is someone else's after another subject.
        #expect(Self.acts(title, "\(d) arrived in the capital. He asks \(y) to pass \(content) on to \(c).") == ["\(a) → \(b)"])
    }

    // MARK: The record signed in the passive

    @Test(arguments: ["signed", "written", "drafted", "authored"], ["The telegram was", "This telegram has been", "It was"])
    func theRecordSignedInThePassiveNamesItsWriter(participle: String, subject: String) {
        for writer in ["Sorin Tudose", "Ana Vladescu", "Gheorghe Marinescu"] {
            #expect(Self.acts("Telegram from Pyongyang to Bucharest", "\(subject) \(participle) by \(writer).")
                == ["Romanian Embassy in Pyongyang, \(writer) → Romanian Foreign Ministry (summary)"])
            // A document the record mentions names no writer.
            #expect(Self.acts("Telegram from Pyongyang to Bucharest", "The treaty was \(participle) by \(writer).")
                == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"])
        }
    }

    // MARK: The record also sent

    @Test(arguments: casts.indices, ["sent", "addressed", "forwarded", "delivered", "dispatched"])
    func theRecordAlsoSentAddsAddressees(cast: Int, participle: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Letter, \(a) to \(b)"
        #expect(Self.acts(title, "The letter was also \(participle) to \(c).") == ["\(a) → \(b), \(c) (summary)"])
        #expect(Self.acts(title, "It has likewise been \(participle) to \(c) and \(d).") == ["\(a) → \(b), \(c), \(d) (summary)"])
        #expect(Self.acts(title, "Also \(participle) to \(c), \(d), and \(e).") == ["\(a) → \(b), \(c), \(d), \(e) (summary)"])
        // Planned, denied, or another letter: no one added.
        #expect(Self.acts(title, "The letter will also be \(participle) to \(c).") == ["\(a) → \(b)"])
        #expect(Self.acts(title, "The letter was not \(participle) to \(c).") == ["\(a) → \(b)"])
        // ("was also addressed to" is a copy marker of its own, read whatever the subject: left as it was.)
        if participle != "addressed" { #expect(Self.acts(title, "A similar letter was also \(participle) to \(c).") == ["\(a) → \(b)"]) }
    }

    @Test(arguments: casts.indices)
    func aJointAddressNamesEveryAddressee(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let y = Acts.surname(b)
        for wording in ["The letter is addressed jointly to \(y) and \(c).", "Jointly addressed to \(y), \(c), and \(d)."] {
            let expected = wording.contains(d) ? "\(a) → \(b), \(c), \(d) (summary)" : "\(a) → \(b), \(c) (summary)"
            #expect(Self.acts("Letter, \(a) to \(b)", wording) == [expected])
        }
    }

    @Test(arguments: casts.indices, ["sends", "sent", "forwards", "forwarded", "addressed"])
    func theSenderAlsoSendsTheRecord(cast: Int, verb: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Letter, \(a) to \(b)", "\(x) also \(verb) the letter to \(c) and \(d).") == ["\(a) → \(b), \(c), \(d) (summary)"])
        // Someone else sending it is not the record's address.
        #expect(Self.acts("Letter, \(a) to \(b)", "\(c) also \(verb) the letter to \(d).") == ["\(a) → \(b)"])
    }

    /// A copy asked for or wondered about is not yet sent.
    @Test(arguments: casts.indices, ["send", "give", "forward", "deliver"])
    func aCopyAskedForIsNone(cast: Int, verb: String) {
        let (a, b, c, _, _) = Self.casts[cast]
        let (x, y) = (Acts.surname(a), Acts.surname(b))
        #expect(Self.acts("Letter, \(a) to \(b)", "\(x) asks \(y) to \(verb) a copy to \(c).") == ["\(a) → \(b)"])
        #expect(Self.acts("Letter, \(a) to \(b)", "\(x) wonders whether to \(verb) copies to \(c).") == ["\(a) → \(b)"])
        #expect(Self.acts("Letter, \(a) to \(b)", "\(x) also sent copies to \(c).") == ["\(a) → \(b), \(c) (summary)"])
    }

    // MARK: Second round: speaking with, lists of people met, requests to tell, the record to be handed on, labels

    /// "X spoke with C" is a talk, by every form of the verb; "spoke to C about …" tells what was said.
    @Test(arguments: casts.indices, ["spoke", "speaks"])
    func speakingWithIsATalk(cast: Int, verb: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) with \(c) about the railway.") == ["\(a) → \(b)", Acts.talk([a, c])])
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) with \(c) and \(d).") == ["\(a) → \(b)", Acts.talk([a, c, d])])
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) never \(verb) with \(c).") == ["\(a) → \(b)"])
    }

    /// "X met C, D, and E": the people met, read whole over commas, as after "met with".
    @Test(arguments: casts.indices, ["met", "received", "visited"])
    func thePeopleMetAreReadWhole(cast: Int, verb: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        // (A report recounts meeting and receiving someone; visiting is read as a talk in a journal only.)
        if verb != "visited" {
            #expect(Self.acts("Telegram, \(a) to \(b)", "\(x) \(verb) \(c), \(d), and \(e).") == ["\(a) → \(b)", Acts.talk([a, c, d, e])])
        }
        #expect(Self.acts("Journal of Ambassador \(a)", "\(x) \(verb) \(c), \(d), and \(e).") == [Acts.talk([a, c, d, e])])
    }

    /// "X asks D to brief C on …": a request to tell, by every verb of telling and of requesting.
    @Test(arguments: casts.indices, ["brief", "notify", "advise", "apprise", "inform"])
    func aRequestToTellRelays(cast: Int, verb: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let (x, y) = (Acts.surname(a), Acts.surname(b))
        for request in ["asks", "instructed", "requests", "directs"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(x) \(request) \(y) to \(verb) \(c) of the decision.") == ["\(a) → \(c) via \(b) (summary)"])
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "\(x) asks \(y) to let \(c) and \(d) know that the talks will resume.")
            == ["\(a) → \(c), \(d) via \(b) (summary)"])
        // Someone else's request, or a request to meet, hands nothing on.
        #expect(Self.acts("Cable, \(a) to \(b)", "\(d) asks \(y) to \(verb) \(c) of the decision.") == ["\(a) → \(b)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(x) asks \(y) to let \(c) go.") == ["\(a) → \(b)"])
    }

    /// "The telegram should be passed on to C": the record, a modal, `be`, a participle of handing on.
    @Test(arguments: casts.indices, ["should be", "must be", "is to be", "will be", "was to be"])
    func theRecordToBeHandedOnRelays(cast: Int, modal: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        for subject in ["The telegram", "This cable", "It"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(subject) \(modal) passed on to \(c).") == ["\(a) → \(c) via \(b) (summary)"])
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "The message \(modal) forwarded to \(c) and \(d).") == ["\(a) → \(c), \(d) via \(b) (summary)"])
        // Another document handed on is not the record.
        #expect(Self.acts("Cable, \(a) to \(b)", "The treaty \(modal) passed on to \(c).") == ["\(a) → \(b)"])
    }

    /// "Telegram signed by W.": the record's noun opening the sentence without a comma.
    @Test(arguments: ["Telegram", "The telegram", "This cable"], ["signed", "drafted"])
    func theRecordsNounOpeningASignature(subject: String, participle: String) {
        for writer in ["Sorin Tudose", "Ana Vladescu"] {
            #expect(Self.acts("Telegram from Pyongyang to Bucharest", "\(subject) \(participle) by \(writer).")
                == ["Romanian Embassy in Pyongyang, \(writer) → Romanian Foreign Ministry (summary)"])
        }
        #expect(Self.acts("Telegram from Pyongyang to Bucharest", "Agreement \(participle) by Sorin Tudose.")
            == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"])
    }

    /// "cc: C, D.", "Distribution: C and D.", "C also received a copy.": further addressees.
    @Test(arguments: casts.indices)
    func labelsAndCopiesReceivedAddAddressees(cast: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Letter, \(a) to \(b)"
        #expect(Self.acts(title, "cc: \(c), \(d).") == ["\(a) → \(b), \(c), \(d) (summary)"])
        #expect(Self.acts(title, "Distribution: \(c), \(d), and \(e).") == ["\(a) → \(b), \(c), \(d), \(e) (summary)"])
        #expect(Self.acts(title, "\(c) also received a copy.") == ["\(a) → \(b), \(c) (summary)"])
        #expect(Self.acts(title, "\(c) and \(d) received copies of the letter.") == ["\(a) → \(b), \(c), \(d) (summary)"])
        // A copy of another document is not the record's.
        #expect(Self.acts(title, "\(c) received a copy of the treaty.") == ["\(a) → \(b)"])
        #expect(Self.acts(title, "\(c) received the delegation.") == ["\(a) → \(b)"])
    }

    // MARK: Third round: talks held with someone, relative clauses, requests that someone be told, restatements

    /// "A conversation was held with C": the writer's or diarist's talk, by every talk noun and verb of occurrence.
    @Test(arguments: casts.indices, ["A conversation was held with", "Talks were held with", "A meeting took place with",
                                     "Discussions were conducted with"])
    func aTalkHeldWithSomeoneIsTheWriters(cast: Int, wording: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        #expect(Self.acts("Journal of Ambassador \(a)", "\(wording) \(c) on the railway.") == [Acts.talk([a, c])])
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(wording) \(c) and \(d).") == ["\(a) → \(b)", Acts.talk([a, c, d])])
        // One that will take place is none.
        #expect(Self.acts("Journal of Ambassador \(a)", "\(wording.replacingOccurrences(of: " was ", with: " will be ")) \(c).")
            == (wording.contains(" was ") ? [] : [Acts.talk([a, c])]))
    }

    /// "C, who received X on 3 May, said …": the relative clause is C's talk with X, by every talk verb.
    @Test(arguments: casts.indices, ["received", "met with", "talked with", "conferred with", "later met"])
    func aRelativeClauseOfATalk(cast: Int, verb: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(c), who \(verb) \(x) on 3 May, said that the railway was ready.")
            == ["\(a) → \(b)", Acts.talk([a, c])])
        #expect(Self.acts("Journal of Ambassador \(a)", "\(c), who \(verb) \(x) at the embassy, said that the railway was ready.")
            == [Acts.talk([a, c])])
        // Between people the title does not name, the relative clause is background.
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(c), who \(verb) \(d) in 1949, said that the railway was ready.")
            == ["\(a) → \(b)"])
        // A talk hoped for in the relative clause is none.
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(c), who hopes to meet \(d), said that the railway was ready.") == ["\(a) → \(b)"])
    }

    /// "X asks that C be informed of …": C is the final recipient, by every verb of requesting and participle of telling.
    @Test(arguments: casts.indices, ["informed", "told", "notified", "briefed", "advised"])
    func aRequestThatSomeoneBeToldRelays(cast: Int, participle: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        for verb in ["asks", "requests", "requested", "urges", "insists"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(x) \(verb) that \(c) be \(participle) of the decision.") == ["\(a) → \(c) via \(b) (summary)"])
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "He asks that \(c) and \(d) be \(participle).") == ["\(a) → \(c), \(d) via \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(x) asks that \(c) not be \(participle).") == ["\(a) → \(b)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(d) asks that \(c) be \(participle) of the decision.") == ["\(a) → \(b)"])
    }

    /// "Message from X for C", "Personal message to C": the record restated as meant for C.
    @Test(arguments: casts.indices, ["Message", "Personal message", "Urgent telegram", "The letter", "Confidential note"])
    func theRecordRestatedForSomeone(cast: Int, noun: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        let relayed = "\(a) → \(c) via \(b) (summary)"
        #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) to \(c).") == [relayed])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) from \(x) for \(c) on the railway.") == [relayed])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) to \(c) and \(d).") == ["\(a) → \(c), \(d) via \(b) (summary)"])
        // Someone's relative, another author, or a body: not the record's final recipient.
        #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) to \(c)'s brother.") == ["\(a) → \(b)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) from \(d) for \(c).") != [relayed])
    }

    /// "The letter is addressed to Y and C": a restated address naming the title's addressee and more.
    @Test(arguments: casts.indices, ["The letter is", "This letter was", "It is"])
    func aRestatedAddressWithMoreAddressees(cast: Int, subject: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let y = Acts.surname(b)
        #expect(Self.acts("Letter, \(a) to \(b)", "\(subject) addressed to \(y), \(c), and \(d).") == ["\(a) → \(b), \(c), \(d) (summary)"])
        // Not naming the title's addressee, it restates nothing: no one added.
        #expect(Self.acts("Letter, \(a) to \(b)", "\(subject) addressed to \(c).") == ["\(a) → \(b)"])
    }

    /// "X talked with C and later with D": a further talk of the same subject, by every talk verb and adverb of sequence.
    @Test(arguments: casts.indices, ["later", "then", "afterwards", "subsequently"])
    func aFurtherTalkOfTheSameSubject(cast: Int, adverb: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        for verb in ["talked", "met", "conferred"] {
            #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) with \(c) and \(adverb) with \(d).")
                == ["\(a) → \(b)", Acts.talk([a, c]), Acts.talk([a, d])].sorted())
            #expect(Self.acts("Report, \(a) to \(b)", "\(x) \(verb) with \(c), and \(adverb) with \(d) and \(e).")
                == ["\(a) → \(b)", Acts.talk([a, c]), Acts.talk([a, d, e])].sorted())
        }
        // Planned, or a verb of agreeing: none.
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) will meet with \(c) and \(adverb) with \(d).") == ["\(a) → \(b)"])
        #expect(Self.acts("Report, \(a) to \(b)", "\(x) agreed with \(c) and \(adverb) with \(d).") == ["\(a) → \(b)"])
    }
}
