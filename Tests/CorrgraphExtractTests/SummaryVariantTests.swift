import CorrgraphTestSupport
import Testing

/// The summary rules (issue 9 point 4) on invented names from several naming cultures, every member of each
/// word class in its slot, and hedged or mentioned variants that must not give an act. Expected acts are
/// worked out by hand from the gold schema.
@Suite struct SummaryVariantTests {
    /// Four people (A, B, C, D) per row: names of one, two and three words, Russian, Chinese, Korean, German,
    /// Arabic, Spanish, Vietnamese, Polish and Hungarian.
    static let casts: [(a: String, b: String, c: String, d: String)] = [
        ("Volkov", "Ri Myong-su", "Heinz Albrecht", "Ernesto Varela"),
        ("Deng Huaming", "Yusuf Haddad", "Sokolov", "Kim Chol Ung"),
        ("Luis Ortega Paz", "Jerzy Wilk", "Tran Van Loc", "Ferenc Dobos"),
    ]

    // MARK: The real final recipient of a relayed message

    static let conveyingVerbs = ["relaying", "conveying", "transmitting", "forwarding", "containing", "carrying"]
    static let messageNouns = ["message", "reply", "query", "request", "letter", "answer"]

    /// "Telegram relaying a message from A to B …" under C's telegram to D: A's message to B via C and D.
    @Test(arguments: casts.indices, conveyingVerbs)
    func summaryOpeningRelaysAnotherAuthorsMessage(cast: Int, verb: String) {
        let (a, b, c, d) = Self.casts[cast]
        for noun in Self.messageNouns {
            #expect(Acts.of("Ciphered Telegram No. 4471 from \(c) to \(d)",
                            summary: "Telegram \(verb) a \(noun) from \(a) to \(b) on the grain deliveries.")
                == ["\(a) → \(b) via \(c) > \(d) (summary)"])
        }
        // No addressee of its own: the message goes on to the title's recipient (schema: B unstated → D).
        #expect(Acts.of("Ciphered Telegram No. 4471 from \(c) to \(d)",
                        summary: "Telegram from \(c) to \(d) \(verb) a query from \(a) on how to answer the offer.")
            == ["\(a) → \(d) via \(c) (summary)"])
    }

    /// A message the summary only mentions in passing is no relay.
    @Test(arguments: casts.indices)
    func mentionedMessageIsNoRelay(cast: Int) {
        let (a, _, c, d) = Self.casts[cast]
        #expect(Acts.of("Ciphered Telegram No. 4471 from \(c) to \(d)",
                        summary: "\(c) reports that the reply from \(a) has not yet arrived.")
            == ["\(c) → \(d)"])
    }

    /// "A suggests to B, via C, …" in A's memorandum to C: A's message goes on to B through C.
    @Test(arguments: casts.indices, ["suggests", "proposes", "writes", "reports", "recommends"])
    func parentheticalViaNamesTheFinalRecipient(cast: Int, verb: String) {
        let (a, b, c, _) = Self.casts[cast]
        for marker in ["via", "through"] {
            #expect(Acts.of("Memorandum from \(a) to \(c)",
                            summary: "\(a) \(verb) to \(b), \(marker) \(c), to postpone the visit.")
                == ["\(a) → \(b) via \(c) (summary)"])
        }
    }

    /// "A asks, through C, whether …" in C's cable to D: A's question relayed by C; C's own cable stays
    /// a message when C also speaks in the summary.
    @Test(arguments: casts.indices)
    func speakerThroughTheSenderIsRelayed(cast: Int) {
        let (a, _, c, d) = Self.casts[cast]
        #expect(Acts.of("Cable, \(c) to \(d)", summary: "\(a) asks, through \(c), whether the train will wait at the border.")
            == ["\(a) → \(d) via \(c) (summary)"])
        #expect(Acts.of("Cable, \(c) to \(d)",
                        summary: "\(a) asks, through \(c), whether the train will wait at the border. \(c) recounts the preparations for the trip.")
            == ["\(c) → \(d)", "\(a) → \(d) via \(c) (summary)"])
    }

    static let onwardMarkers = ["sent with the intent to be passed on to", "intended for", "to be forwarded to",
                                "for transmission to", "meant for", "to be delivered to"]

    /// "Cable from C to D, intended for B": the cable goes on to B through D.
    @Test(arguments: casts.indices, onwardMarkers)
    func summaryNamesTheOnwardRecipient(cast: Int, marker: String) {
        let (_, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Cable, \(c) to \(d)", summary: "Cable from \(c) to \(d), \(marker) \(b). \(c) advises caution.")
            == ["\(c) → \(b) via \(d) (summary)"])
    }

    @Test(arguments: casts.indices, ["Instructions", "Message", "Letter"])
    func documentForSomeoneIsOnward(cast: Int, noun: String) {
        let (_, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Cable, \(c) to \(d)", summary: "\(noun) for \(b) in light of the delay of the troops.")
            == ["\(c) → \(b) via \(d) (summary)"])
    }

    /// "intended for" inside what someone reports is a mentioned letter, not this record's addressee.
    @Test(arguments: casts.indices)
    func onwardMarkerInAMentionedLetterIsNoAct(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Cable, \(c) to \(d)",
                        summary: "\(c) reports that \(d) received the letter from \(a), intended for \(b), last week.")
            == ["\(c) → \(d)"])
    }

    /// "C asks D to pass the reply of A to B": A's reply to B, relayed by C and D.
    @Test(arguments: casts.indices, ["asks", "demands", "instructs", "requests", "tells"])
    func askedToHandOnAnothersReply(cast: Int, verb: String) {
        let (a, b, c, d) = Self.casts[cast]
        for handOn in ["pass", "convey", "deliver", "forward", "transmit"] {
            #expect(Acts.of("Telegram from \(c) to \(d)",
                            summary: "\(c) \(verb) \(d) to \(handOn) the reply of \(a) to \(b) on the railway question.")
                == ["\(a) → \(b) via \(c) > \(d) (summary)"])
        }
        #expect(Acts.of("Telegram from \(c) to \(d)",
                        summary: "\(c) \(verb) \(d) to pass on \(a)'s answer to \(b) without delay.")
            == ["\(a) → \(b) via \(c) > \(d) (summary)"])
    }

    /// "Mao informs Stalin …" in Roshchin's telegram to Stalin: the content is another author's, relayed.
    @Test(arguments: casts.indices, ["informs", "tells", "asks", "assures"])
    func anotherAuthorAddressingTheRecipientIsRelayed(cast: Int, verb: String) {
        let (a, _, c, d) = Self.casts[cast]
        #expect(Acts.of("Ciphered Telegram No. 22 from \(c) to \(d)", summary: "\(a) \(verb) \(d) of the plans for the summer.")
            == ["\(a) → \(d) via \(c) (summary)"])
    }

    /// Planned or hypothetical addressing is no act: the telegram stays C's.
    @Test(arguments: casts.indices, ["will inform", "may ask", "would tell", "plans to inform", "hopes to assure"])
    func hedgedAddressingIsNoRelay(cast: Int, hedged: String) {
        let (a, _, c, d) = Self.casts[cast]
        #expect(Acts.of("Ciphered Telegram No. 22 from \(c) to \(d)", summary: "\(a) \(hedged) \(d) of the plans for the summer.")
            == ["\(c) → \(d)"])
    }

    /// "Message to B from C …" under C's telegram to a ministry: the ministry passes it on.
    @Test(arguments: casts.indices)
    func messageToFromOrderNamesTheFinalRecipient(cast: Int) {
        let (_, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Ciphered telegram, \(c) to USSR Foreign Ministry", summary: "Message to \(b) from \(c) informing him of the harvest.")
            == ["\(c) → \(b) via Soviet Foreign Ministry (summary)"])
    }

    /// "Telegram from the GDR ambassador to China, A, assesses …" under C's telegram to D, E, F: C forwards A's telegram.
    @Test(arguments: casts.indices)
    func forwardedTelegramOfANamedDiplomat(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Telegram from Deputy Foreign Minister \(c) to \(d) and \(b)",
                        summary: "Telegram from the GDR ambassador to China, \(a), assesses the position of the leadership.")
            == ["\(a) → \(d), \(b) via \(c) (summary)"])
    }

    // MARK: Further addressees, named writers

    /// "A reports to the CCP on …" opening the summary of A's telegram to B: the body is a further addressee.
    @Test(arguments: casts.indices, ["reports to", "informs", "writes to"])
    func openingClauseNamesAFurtherBody(cast: Int, verb: String) {
        let (a, b, _, _) = Self.casts[cast]
        #expect(Acts.of("Telegram, \(a) to \(b), Regarding the Session", summary: "\(a) \(verb) the CPSU Central Committee about the session.")
            == ["\(a) → \(b), CPSU Central Committee (summary)"])
    }

    /// A person the sender tells something later in the summary, or a person not among the title's
    /// addressees, is not added: it may be a talk the telegram recounts.
    @Test(arguments: casts.indices)
    func personTheSenderTellsIsNoFurtherAddressee(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Telegram, \(a) to \(b), Regarding the Session", summary: "\(a) tells \(c) that the session is postponed.")
            == ["\(a) → \(b)"])
    }

    @Test(arguments: casts.indices)
    func addresseeListGoesOnOverCommas(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Telegram, \(a) to \(b), Regarding the Session",
                        summary: "\(a) writes to \(b), \(c), and the CPSU Central Committee about the session.")
            == ["\(a) → \(b), \(c), CPSU Central Committee (summary)"])
    }

    /// The summary names the sending body the title leaves out.
    @Test(arguments: ["notes", "reports", "describes", "observes"])
    func summaryNamesTheSendingBody(verb: String) {
        #expect(Acts.of("Cable to the International Liaison Department", summary: "The Chinese Embassy in Tirana \(verb) the newspapers' reactions.")
            == ["Chinese Embassy in Tirana → International Liaison Department (summary)"])
    }

    /// "Report from Ambassador X on …", "In a report to the ministry, X speaks …": X signs beside the embassy.
    @Test(arguments: casts.indices)
    func namedWriterInTheRestatedReport(cast: Int) {
        let (a, _, _, _) = Self.casts[cast]
        let title = "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"
        let expected = ["Hungarian Embassy in Pyongyang, \(a) → Hungarian Foreign Ministry (summary)"]
        #expect(Acts.of(title, summary: "Report from Hungarian Ambassador \(a) on the harvest in the north.") == expected)
        #expect(Acts.of(title, summary: "A report by Ambassador \(a) on the harvest in the north.") == expected)
        #expect(Acts.of(title, summary: "In a report to the Hungarian Foreign Ministry, \(a) speaks about the harvest.") == expected)
        // A person the report is about is no writer.
        #expect(Acts.of(title, summary: "Report on the speech of \(a) about the harvest.")
            == ["Hungarian Embassy in Pyongyang → Hungarian Foreign Ministry"])
    }

    // MARK: Conversations a record recounts as its subject

    static let recounting = ["recounts", "describes", "relates", "summarizes", "reports on", "details"]
    static let talkNouns = ["meeting", "conversation", "talks", "discussion", "conversations", "consultations"]

    @Test(arguments: recounting, talkNouns)
    func recountedTalkBetweenNamedSides(verb: String, noun: String) {
        for (a, b, c, d) in Self.casts {
            #expect(Acts.of("Telegram, \(c) to \(d)", summary: "\(c) \(verb) the recent \(noun) between \(a) and \(b).")
                == ["\(c) → \(d)", "{\([a, b].sorted().joined(separator: ", "))}"])
        }
    }

    @Test(arguments: ["A note on the", "Report on the", "An account of the", "Record of the"], talkNouns)
    func recordOpeningWithTheTalkItRecounts(opening: String, noun: String) {
        for (a, b, _, _) in Self.casts {
            #expect(Acts.of("Note by the East German Ambassador on the Current Policy", summary: "\(opening) \(noun) between \(a) and \(b) in Hanoi.")
                == ["{\([a, b].sorted().joined(separator: ", "))}"])
        }
    }

    /// A talk only hoped for, planned or possible is not one the record documents.
    @Test(arguments: ["possible", "planned", "future", "proposed", "upcoming", "potential"])
    func hedgedTalkIsNoConversation(hedge: String) {
        for (a, b, c, d) in Self.casts {
            #expect(Acts.of("Telegram, \(c) to \(d)", summary: "\(c) describes a \(hedge) meeting between \(a) and \(b).") == ["\(c) → \(d)"])
        }
    }

    /// A chronology mentions talks in passing.
    @Test func chronologyMentionsTalksInPassing() {
        #expect(Acts.of("Chronology of Events in the Spring", summary: "The chronology records the meeting between Volkov and Deng Huaming.") == [])
    }

    /// "a breakthrough in his talks with B", "a condition for holding talks with B": the outcome or a condition,
    /// not a talk the record documents.
    @Test(arguments: casts.indices)
    func outcomeOrConditionOfTalksIsNoConversation(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Cable, \(a) to \(c)", summary: "\(a) reports an important breakthrough in his talks with \(b).") == ["\(a) → \(c)"])
        #expect(Acts.of("Cable, \(a) to \(c)", summary: "\(a) makes the return of the gold a condition for holding talks with \(b).")
            == ["\(a) → \(c)"])
    }

    // MARK: Participants

    static let holdPhrases = ["have a detailed conversation", "have a long conversation", "hold frank talks", "had a meeting",
                              "have a lengthy and detailed discussion"]

    /// "A, B, and C have a detailed conversation": C joins the title's conversation of A and B.
    @Test(arguments: casts.indices, holdPhrases)
    func participantsWhoHoldTheTalk(cast: Int, phrase: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Record of Conversation between \(a) and \(b)", summary: "\(a), \(b), and \(c) \(phrase) about the harvest.")
            == ["{\([a, b, c].sorted().joined(separator: ", "))}"])
    }

    /// Talks the participants will hold are not held.
    @Test(arguments: casts.indices)
    func talkStillToBeHeldAddsNoParticipant(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Record of Conversation between \(a) and \(b)", summary: "\(a), \(b), and \(c) will have a conversation about the harvest.")
            == ["{\([a, b].sorted().joined(separator: ", "))}"])
    }

    /// "relations with Vietnam and the Border War": a topic after a relation noun is no participant.
    @Test(arguments: ["relations", "cooperation", "trade", "ties", "friendship", "conflict"])
    func topicAfterARelationNounIsNoParticipant(noun: String) {
        for (a, b, _, _) in Self.casts {
            #expect(Acts.of("Conversation between \(a) and \(b)", summary: "\(a) also discusses the \(noun) with North Korea and the Border War.")
                == ["{\([a, b].sorted().joined(separator: ", "))}"])
        }
    }

    /// Two people who discuss something with an unnamed group are one side: no conversation.
    @Test(arguments: ["State Department officials", "the visiting journalists", "several Ministry representatives", "Foreign Ministry officials"])
    func unnamedGroupIsNoOtherSide(group: String) {
        for (a, b, _, _) in Self.casts {
            #expect(Acts.of("Report on the Radio Plans", summary: "\(a) and \(b) discuss with \(group) their plans for the radio.") == [])
        }
    }

    /// A journal's diarist talks with each named person who speaks in the entry.
    @Test(arguments: ["mentions", "says", "requests", "suggests", "stresses", "agrees", "complains", "announces"])
    func journalSpeakersAreInterlocutors(verb: String) {
        for (a, b, c, _) in Self.casts {
            #expect(Acts.of("Journal of Soviet Ambassador \(c) for 3 May 1958", summary: "\(a) \(verb) that the plan is fulfilled. \(b) says the harvest is poor.")
                == ["{\([a, c].sorted().joined(separator: ", "))}", "{\([b, c].sorted().joined(separator: ", "))}"])
        }
    }

    /// A document that speaks is no interlocutor: "A's report mentions …".
    @Test(arguments: casts.indices)
    func possessedDocumentIsNoSpeaker(cast: Int) {
        let (a, _, c, _) = Self.casts[cast]
        #expect(Acts.of("Journal of Soviet Ambassador \(c) for 3 May 1958", summary: "\(a)'s report mentions that the plan is fulfilled.") == [])
    }

    /// "Memorandum of Meeting with A" + "A reassures B …": B is the other side.
    @Test(arguments: casts.indices, ["reassures", "urges", "tells", "informs", "assures", "warns"])
    func oneSidedTitleCompletedByWhomTheSideAddresses(cast: Int, verb: String) {
        let (a, b, _, _) = Self.casts[cast]
        #expect(Acts.of("Memorandum of Meeting with \(a), Moscow", summary: "\(a) \(verb) \(b) of continued support.")
            == ["{\([a, b].sorted().joined(separator: ", "))}"])
    }

    /// "The talks included A, B, and C on one side, and D, with twelve members of the Politburo, on the other."
    @Test(arguments: casts.indices, ["included", "involved"])
    func talkThatListsItsParticipants(cast: Int, verb: String) {
        let (a, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Notes from the October Polish-Soviet Talks",
                        summary: "The talks \(verb) \(a), \(b), and \(c) on the Soviet side, and \(d), with twelve members of the Politburo, on the Polish side.")
            == ["{\([a, b, c, d].sorted().joined(separator: ", "))}"])
    }

    /// Named speakers at a meeting of two delegations are its participants; plural subjects take the bare verb.
    @Test(arguments: casts.indices, ["urge", "tell", "assure", "warn", "advise", "remind"])
    func speakersAtAMeetingOfDelegations(cast: Int, verb: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Record of a Meeting between the Polish-Czech Delegation and the Mongolian Party Delegation",
                        summary: "Both \(a) and \(b) strongly \(verb) \(c) to reconsider the decision.")
            == ["{\([a, b, c].sorted().joined(separator: ", "))}"])
    }

    /// "While in Korea, A met with B": the opening adverbial is no part of the subject.
    @Test(arguments: ["While in North Korea,", "During the visit,", "In September 1977,", "After the parade,"])
    func openingAdverbialIsNoSubject(opening: String) {
        for (a, b, _, _) in Self.casts {
            #expect(Acts.of("Report on Visits to Mongolia and Korea", summary: "\(opening) \(a) met with \(b).")
                == ["{\([a, b].sorted().joined(separator: ", "))}"])
        }
    }

    /// "the former's meeting with C" in a sentence naming A then B: A's meeting; "the latter's": B's.
    @Test(arguments: casts.indices, ["meeting", "conversation", "talks"])
    func formerAndLatterNameTheRecounter(cast: Int, noun: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Telegram from \(a) to \(b) Concerning the Congress",
                        summary: "Telegram from \(a) to \(b) regarding the former's \(noun) with \(c).")
            == ["\(a) → \(b)", "{\([a, c].sorted().joined(separator: ", "))}"])
    }

    /// "Report on Conversation with A" + "During the meeting with A, B learned …": B is the other side,
    /// also after an editor's bracketed note that ends a sentence ("[Report filed 2 May 1962.]").
    @Test(arguments: casts.indices, ["During the meeting with", "At the meeting with", "In the conversation with"])
    func openingPhraseNamesTheTitlesSide(cast: Int, opening: String) {
        let (a, b, _, _) = Self.casts[cast]
        #expect(Acts.of("Report on Conversation with Leader \(a) on Trade",
                        summary: "The report of the delegation. [Report filed 2 May 1962.] \(opening) \(a), \(b) learned the opinion of the leader.")
            == ["{\([a, b].sorted().joined(separator: ", "))}"])
    }

    /// "A and B dominate the discussion": the subjects of a verb governing the talk take part in it.
    @Test(arguments: casts.indices, ["dominate", "lead", "chair", "conduct", "open", "attend", "join"])
    func participationVerbsGoverningTheTalk(cast: Int, verb: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Record of Conversation with \(c)", summary: "\(a) and \(b) \(verb) the discussion between the two delegations.")
            == ["{\([a, b, c].sorted().joined(separator: ", "))}"])
        // Criticising or postponing talks is no part in them.
        #expect(Acts.of("Record of Conversation with \(c)", summary: "\(a) and \(b) criticize the discussion between the two delegations.") == [])
    }

    /// No one writes to himself: the `to` of an office's posting names no recipient, and the summary naming
    /// the writer the title gives by office does not make him his own addressee. (Whether a letter with no
    /// stated addressee is a message at all is the title grammar's question: a letter is not a wire.)
    @Test(arguments: casts.indices)
    func noMessageToTheSenderHimself(cast: Int) {
        let (a, _, _, _) = Self.casts[cast]
        let acts = Acts.of("Excerpt from a Letter of the Acting Ambassador of East Germany to North Korea, Comrade \(a)",
                           summary: "Ambassador \(a) reports his assessment of the seizure of the ship.")
        #expect(!acts.contains { $0.hasPrefix("\(a) → \(a)") })
        #expect(!acts.contains { $0.contains("North Korea") })
    }

    /// Broken summaries give no act and never crash: the rules' patterns cut short at every position.
    @Test(arguments: ["", ".", ",", "via", ", via ,", "Telegram", "Telegram from", "Telegram relaying a message from",
                      "Instructions for", "In a report,", "A asks B to pass the reply of", "'s", "The talks included",
                      "meeting between", "the former's meeting with", "[.]", "Message to from", "Report from",
                      "between between between", "X, via Y,", "(((", "Ё ß 東 .]\"", "to to to to"])
    func brokenSummaryGivesNoAct(summary: String) {
        #expect(Acts.of("Record of the Session", summary: summary) == [])
        // Under a message title, only the title's act remains.
        #expect(Acts.of("Cable, Volkov to Deng Huaming", summary: summary) == ["Volkov → Deng Huaming"])
    }

    /// Summaries in capitals are read the same way or not at all, but never give a wrong act.
    @Test func summaryInCapitalsGivesNoFalseAct() {
        #expect(Acts.of("Cable, Volkov to Deng Huaming", summary: "TELEGRAM RELAYING A MESSAGE FROM KIM CHOL UNG TO PAK CHONG-HO ON THE GRAIN.")
            .allSatisfy { !$0.contains("Deng Huaming → ") })
    }

    /// "his conversation with the Assistant to First Secretary … B": an office's posting ("to", "in") stays in
    /// the other side's description and ends no list.
    @Test(arguments: casts.indices, ["Assistant to First Secretary of the Foreign Department", "Ambassador to China",
                                     "Consul in Shanghai", "Trade Counsellor in Moscow"])
    func officePostingInTheOtherSide(cast: Int, office: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Cable, \(a) to \(c)", summary: "\(a) describes his conversation with the \(office) \(b) about trade.")
            == ["\(a) → \(c)", "{\([a, b].sorted().joined(separator: ", "))}"])
    }
}
