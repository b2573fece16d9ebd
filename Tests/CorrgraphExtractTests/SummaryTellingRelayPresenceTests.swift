import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Summary conventions of the s8 round (docs/summaries.md): telling verbs by tense, relays carried in the past or
/// through a go-between, talks recounted in further wordings, and people present at a talk — each with generated
/// variants (every member of the word class in its slot, names of several cultures, lists) and negatives. Expected
/// acts are worked out by hand from GOLD-SCHEMA.md.
@Suite struct SummaryTellingRelayPresenceTests {
    /// A, B: the title's sides (family name last, as the summary prints them alone); C, D, E: named by the summary only.
    static let casts: [(a: String, b: String, c: String, d: String, e: String)] = [
        ("Boris Kalinin", "Greta Lindholm", "Oh Jin-seok", "Layla Mansour", "Karel Dvorak"),
        ("Hamid Rahimi", "Marta Sokolova", "Nguyen Van Thanh", "Sofia Marquez", "Kenta Yamada"),
        ("Ewa Zielinska", "Ahmad Karimi", "Choi Min-jung", "Pablo Herrera", "Wei Jianguo"),
    ]

    static func acts(_ title: String, _ summary: String) -> [String] { Acts.of(title, summary: summary).sorted() }

    // MARK: People present join the talk

    /// Participles + `by` and labels opening a sentence, after a title that names the talk: one person or a list of three.
    static let presenceWordings: [(template: String, count: Int)] = [
        ("A was accompanied by C.", 1), ("A was also accompanied by C and D.", 2), ("The two were later joined by C.", 1),
        ("A was joined by C, D, and E.", 3), ("Also present: C.", 1), ("Present: C, D, and E.", 3), ("Attended by C and D.", 2),
        ("In attendance: C.", 1), ("With C present, the two discussed the tariff.", 1),
        ("The conversation took place in the presence of C and D.", 2),
    ]

    @Test(arguments: casts.indices, presenceWordings.indices)
    func peoplePresentJoinTheTitlesTalk(cast: Int, wording: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        let (template, count) = Self.presenceWordings[wording]
        let summary = template.replacingOccurrences(of: "A ", with: Acts.surname(a) + " ")
            .replacingOccurrences(of: "C", with: c).replacingOccurrences(of: "D", with: d).replacingOccurrences(of: "E", with: e)
        let present = Array([c, d, e].prefix(count))
        #expect(Self.acts("Memorandum of Conversation between \(a) and \(b)", summary) == [Acts.talk([a, b] + present)], "\(summary)")
    }

    /// In a journal or a telegram the people present join the talk of the person the sentence names before the marker.
    @Test(arguments: casts.indices)
    func peoplePresentJoinAStatedTalk(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let sa = Acts.surname(a)
        #expect(Self.acts("Journal of Ambassador \(a)", "\(sa) received \(c), who was accompanied by \(d).") == [Acts.talk([a, c, d])])
        #expect(Self.acts("Telegram, \(a) to \(b)", "\(sa) met \(c) in the presence of \(d).") == ["\(a) → \(b)", Acts.talk([a, c, d])])
    }

    /// Presence planned, denied or proposed adds no one.
    @Test(arguments: casts.indices)
    func presencePlannedOrDeniedAddsNoOne(cast: Int) {
        let (a, b, c, _, _) = Self.casts[cast]
        let sa = Acts.surname(a)
        for summary in ["\(sa) was to have been accompanied by \(c).", "\(sa) will be joined by \(c) next week.",
                        "\(sa) was not accompanied by \(c).", "\(sa) suggested that \(c) attend the next meeting.",
                        "\(sa) hopes that \(c) will be present at the next round."] {
            #expect(Self.acts("Memorandum of Conversation between \(a) and \(b)", summary) == [Acts.talk([a, b])], "\(summary)")
        }
    }

    // MARK: Telling verbs

    /// "C VERB A …": the teller and the one told, each way round, in past, present and perfect tenses.
    static let tellings = [
        "C told A that the harvest had failed.", "C tells A that the harvest has failed.", "C has told A that the harvest failed.",
        "C informed A of the decision.", "C has informed A that the border will close.", "C advised A that the talks were off.",
        "C briefed A on the harvest.", "C assured A that the railway would be ready.", "C warned A that the border might close.",
        "C reminded A that the treaty had expired.", "C notified A of the decision.", "C explained to A why the talks had stalled.",
        "C handed A a note on the fishing dispute.", "C presented A with a memorandum on the fishing dispute.",
        "A told C that the credits would be granted.", "A assured C of support.", "A handed C a note of protest.",
        "A has briefed C on the conference.", "A warned C that the credits would be withdrawn.",
    ]

    @Test(arguments: casts.indices, tellings)
    func tellingIsATalkWithTheDiarist(cast: Int, template: String) {
        let (a, _, c, _, _) = Self.casts[cast]
        let summary = template.replacingOccurrences(of: "A ", with: Acts.surname(a) + " ").replacingOccurrences(of: "C ", with: c + " ")
        #expect(Self.acts("Journal of Ambassador \(a)", summary) == [Acts.talk([a, c])], "\(summary)")
    }

    /// In the sender's own telegram, telling someone in the past is a talk it recounts; in the present it addresses them.
    @Test(arguments: casts.indices, tellings.filter { $0.hasPrefix("A ") })
    func theSendersPastTellingIsARecountedTalk(cast: Int, template: String) {
        let (a, b, c, _, _) = Self.casts[cast]
        let summary = template.replacingOccurrences(of: "A ", with: Acts.surname(a) + " ").replacingOccurrences(of: "C ", with: c + " ")
        #expect(Self.acts("Telegram, \(a) to \(b)", summary) == ["\(a) → \(b)", Acts.talk([a, c])], "\(summary)")
    }

    /// Telling several people is one talk with them all.
    @Test(arguments: casts.indices)
    func tellingSeveralIsOneTalk(cast: Int) {
        let (a, _, c, d, _) = Self.casts[cast]
        #expect(Self.acts("Journal of Ambassador \(a)", "\(Acts.surname(a)) explained to \(c) and \(d) the position of his government.")
                == [Acts.talk([a, c, d])])
    }

    /// Telling that is the record's own message, planned, denied, or between others in a journal: no talk.
    @Test(arguments: casts.indices)
    func tellingThatIsNoTalk(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let (sa, sb) = (Acts.surname(a), Acts.surname(b))
        for summary in ["\(sa) informs \(sb) that the harvest has failed.", "\(sa) told \(sb) that the harvest had failed.",
                        "\(sa) will tell \(c) that the credits are granted.", "\(sa) proposes to inform \(c) of the decision.",
                        "\(sa) was told that \(c) would visit Moscow."] {
            #expect(Self.acts("Telegram, \(a) to \(b)", summary) == ["\(a) → \(b)"], "\(summary)")
        }
        for summary in ["\(c) told \(d) that the harvest had failed.", "\(sa) intends to brief \(c) on the conference.",
                        "\(sa) did not tell \(c) about the conference.", "\(c) is to inform \(sa) of the decision next week."] {
            #expect(Self.acts("Journal of Ambassador \(a)", summary) == [], "\(summary)")
        }
    }

    // MARK: Relays

    /// Carrying verbs in the present, past and perfect: "SENDER VERB a letter from C to D".
    static let carryingVerbs = ["forwards", "has forwarded", "forwarded", "relays", "relayed", "transmits", "has transmitted",
                                "conveys", "conveyed", "passes on", "has passed on"]

    @Test(arguments: casts.indices, carryingVerbs)
    func aCarriedLetterGoesToItsOwnAddressee(cast: Int, verb: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let sa = Acts.surname(a)
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) \(verb) a letter from \(c) to \(d).") == ["\(c) → \(d) via \(a) > \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) \(verb) a message from \(c) for \(d) and \(e).")
                == ["\(c) → \(d), \(e) via \(a) > \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) \(verb) to \(Acts.surname(b)) a message from \(c).") == ["\(c) → \(b) via \(a) (summary)"])
    }

    /// What a carried message conveys, with its author as a possessive or after "of".
    @Test(arguments: casts.indices, ["greetings", "thanks", "congratulations", "condolences", "reply", "letter"])
    func carriedContentNamesItsAuthor(cast: Int, noun: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        let sa = Acts.surname(a)
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) conveys \(c)'s \(noun) to \(d).") == ["\(c) → \(d) via \(a) > \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) relays to \(Acts.surname(b)) the \(noun) of \(c).") == ["\(c) → \(b) via \(a) (summary)"])
    }

    /// An enclosure opening, an institution's sender, and a relative clause naming the onward recipient.
    @Test(arguments: casts.indices)
    func enclosuresInstitutionsAndRelatives(cast: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        for opening in ["Enclosed is", "Attached is"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(opening) a letter from \(c) to \(d).") == ["\(c) → \(d) via \(a) > \(b) (summary)"])
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "Enclosed is a message from \(c) to \(d) and \(e).")
                == ["\(c) → \(d), \(e) via \(a) > \(b) (summary)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "\(Acts.surname(a)) forwards a letter from \(c), the text of which is to be delivered to \(d).")
                == ["\(c) → \(d) via \(a) > \(b) (summary)"])
        #expect(Self.acts("Telegram from Pyongyang to Bucharest", "The embassy forwards a message from \(c) to \(d).")
                == ["\(c) → \(d) via Romanian Embassy in Pyongyang > Romanian Foreign Ministry (summary)"])
    }

    /// The sender's message handed on: onward markers with "onward", a relay preposition, the obligation "is to".
    @Test(arguments: casts.indices)
    func theSendersMessageHandedOn(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let (sa, sb) = (Acts.surname(a), Acts.surname(b))
        let relayed = ["\(a) → \(c) via \(b) (summary)"]
        for marker in ["for onward transmission to", "for onward delivery to", "for onward forwarding to"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) sends the message \(marker) \(c).") == relayed, "\(marker)")
            #expect(Self.acts("Cable, \(a) to \(b)", "The cable is \(marker) \(c).") == relayed, "\(marker)")
        }
        for preposition in ["through", "via", "by way of"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) informs \(c) \(preposition) \(sb) that the talks will resume.") == relayed)
            #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) writes to \(c) \(preposition) \(sb).") == relayed)
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "\(sa) informs \(c) and \(d) through \(sb) that the talks will resume.")
                == ["\(a) → \(c), \(d) via \(b) (summary)"])
        for obligation in ["is to deliver the letter to", "was to pass the message on to", "is to inform"] {
            #expect(Self.acts("Cable, \(a) to \(b)", "\(sb) \(obligation) \(c).") == relayed, "\(obligation)")
        }
        for label in ["For \(c). \(sa) reports on the harvest.", "For \(c).", "For Comrade \(c) only.", "For \(c) personally."] {
            #expect(Self.acts("Cable, \(a) to \(b)", label) == relayed, "\(label)")
        }
        #expect(Self.acts("Cable, \(a) to \(b)", "For \(c) and \(d).") == ["\(a) → \(c), \(d) via \(b) (summary)"])
        // "For the harvest, …", "For C's wife.": no addressee label.
        #expect(Self.acts("Cable, \(a) to \(b)", "For the harvest, \(sa) asks for grain.") == ["\(a) → \(b)"])
        #expect(Self.acts("Cable, \(a) to \(b)", "For \(c)'s wife.") == ["\(a) → \(b)"])
    }

    /// Relays mentioned, asked about, planned, refused or conditional: none.
    @Test(arguments: casts.indices)
    func relaysThatAreNone(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let (sa, sb) = (Acts.surname(a), Acts.surname(b))
        for summary in ["\(sa) asks \(sb) whether the letter was delivered to \(d).", "\(sa) mentions a letter from \(c) to \(d).",
                        "\(sa) reports that \(c) sent a letter to \(d).", "\(sa) hopes to forward the letter to \(d).",
                        "If \(sb) agrees, the letter will be forwarded to \(d).", "\(sa) would forward the letter to \(d) if \(sb) agreed.",
                        "\(sa) drafts a letter that \(c) is to send to \(d).", "\(sa) forwards a letter of protest.",
                        "\(sb) is to meet \(d) next week.", "\(sa) writes to \(sb) through the usual channels."] {
            #expect(Self.acts("Cable, \(a) to \(b)", summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }

    // MARK: Talks recounted in further wordings

    /// Each wording is a talk of the writer with C (and D where named) that the telegram recounts.
    static let recountedTalks: [(template: String, withD: Bool)] = [
        ("At a meeting held on 4 March with @C, @A raised the question of credits.", false),
        ("In a conversation conducted at the ministry with @C, @A learned that the harvest had failed.", false),
        ("In the course of a conversation with @C and @D, @A learned of the new plan.", true),
        ("In the course of his talks with @C, @A raised the railway.", false),
        ("@C came to see @A on 3 May.", false), ("@A went to see @C at the ministry.", false), ("@C visited @A at the embassy.", false),
        ("@A was granted an audience by @C.", false), ("@A discussed the railway over dinner with @C.", false),
        ("@A discussed the railway over lunch with @C and @D.", true), ("Over dinner with @C, @A discussed the railway.", false),
        ("During @C's visit to @A, the two discussed the railway.", false), ("During his visit to @C, @A raised the railway.", false),
        ("During @A's visit to @C on 3 May, the railway was discussed.", false),
    ]

    @Test(arguments: casts.indices, recountedTalks.indices)
    func aTalkTheTelegramRecounts(cast: Int, wording: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let (template, withD) = Self.recountedTalks[wording]
        let summary = template.replacingOccurrences(of: "@C", with: c).replacingOccurrences(of: "@D", with: d)
            .replacingOccurrences(of: "@A", with: Acts.surname(a))
        #expect(Self.acts("Telegram, \(a) to \(b)", summary) == ["\(a) → \(b)", Acts.talk(withD ? [a, c, d] : [a, c])], "\(summary)")
    }

    /// Talks arranged, postponed, asked for, denied, or the subject of a press item, and a rewrite's phrase in another
    /// sense ("came to see that …"): none.
    @Test(arguments: casts.indices)
    func talksThatAreNone(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let sa = Acts.surname(a)
        for summary in ["A meeting with \(c) has been arranged for Friday.", "\(sa)'s meeting with \(c) was postponed until May.",
                        "Talks with \(c) are scheduled for Friday.", "\(sa) asked for an audience with \(c).",
                        "\(sa) denies that he met \(c).", "\(sa) comments on a newspaper article about \(c)'s meeting with \(d).",
                        "\(sa) came to see that the plan had failed.", "\(sa) requested a meeting with \(c)."] {
            #expect(Self.acts("Telegram, \(a) to \(b)", summary) == ["\(a) → \(b)"], "\(summary)")
        }
        #expect(Self.acts("Journal of Ambassador \(a)", "\(sa)'s meeting with \(c) was postponed until May.") == [])
    }

    /// The rewrites themselves, word for word: case and closing punctuation kept; an opening "Over dinner with" kept.
    @Test func phraseRewritesKeepCaseAndPunctuation() {
        #expect(ClauseRewrites.rewritten("In the course of his talks with B, A said.") == "During his talks with B, A said.")
        #expect(ClauseRewrites.rewritten("IN THE COURSE OF TALKS WITH B, A SAID.") == "DURING TALKS WITH B, A SAID.")
        #expect(ClauseRewrites.rewritten("B came to see A.") == "B visited A.")
        #expect(ClauseRewrites.rewritten("A was granted an audience by B.") == "A was received by B.")
        #expect(ClauseRewrites.rewritten("A met B over dinner with C.") == "A met B with C.")
        #expect(ClauseRewrites.rewritten("Over dinner with C, A spoke.") == "Over dinner with C, A spoke.")
        #expect(ClauseRewrites.rewritten("A meeting held on 4 March with B was long.") == "A meeting with B was long.")
        #expect(ClauseRewrites.rewritten("A meeting held on 4 March, with B absent.") == "A meeting held on 4 March, with B absent.")
    }

    // MARK: Writers and addressees

    @Test(arguments: casts.indices)
    func writerAndAddresseesInApposition(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let embassy = "Romanian Embassy in Pyongyang, \(c) → Romanian Foreign Ministry (summary)"
        #expect(Self.acts("Telegram from Pyongyang to Bucharest", "The telegram was sent by Ambassador \(c).") == [embassy])
        #expect(Self.acts("Telegram from Pyongyang to Bucharest", "Sent by \(c).") == [embassy])
        #expect(Self.acts("Letter, \(a) to \(b)", "The letter, addressed to \(Acts.surname(b)) and \(c), concerns the fisheries.")
                == ["\(a) → \(b), \(c) (summary)"])
        #expect(Self.acts("Letter, \(a) to \(b)", "The letter, addressed to \(Acts.surname(b)), concerns \(d).") == ["\(a) → \(b)"])
    }
}
