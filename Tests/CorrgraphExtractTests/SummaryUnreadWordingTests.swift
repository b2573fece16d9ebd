import CorrgraphTestSupport
import Testing

/// The summary conventions of the gold schema in wordings met on records nobody here had read (issue 9, third
/// probe): telling in the passive by every verb of telling and by several tellers, copies sent in a clause of their
/// own, the sender also addressing someone, the record itself handed on (`it`, `the text`), a carried message's own
/// addressee after `for`/`addressed to`, onward chains, signatures, and proposals that are no event. Invented names
/// from several naming cultures; expected acts worked out by hand from the schema; negatives for each rule.
@Suite struct SummaryUnreadWordingTests {
    /// A, B: the title's sides; C, D, E: named by the summary only.
    static let casts: [(a: String, b: String, c: String, d: String, e: String)] = [
        ("Anatoly Zubkov", "Kwon Hye-rin", "Beatriz Olmedo", "Tariq Nasser", "Xu Mingyuan"),
        ("Helmut Krausse", "Xu Mingyuan", "Ngo Thi Lan", "Oleksandr Hrytsenko", "Samira Bakri"),
        ("Samira Bakri", "Jerzy Wolanski", "Choi Dong-hwan", "Ines Carvalho", "Anatoly Zubkov"),
    ]

    /// A name as read back from capitals: each part of a hyphenated given name capitalised ("Kwon Hye-Rin"), as titles
    /// in capitals are recased (`CapitalsTests`).
    static func recased(_ name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
            .joined(separator: "-")
    }

    // MARK: Telling in the passive

    static let tellingParticiples = ["told", "informed", "assured", "advised", "notified", "briefed", "apprised"]

    /// "X was advised by C that …" in X's journal: a talk of X and C, by every participle of telling; several tellers
    /// ("by C and D", "by C, D, and E") are one talk with the diarist; capitals read the same.
    @Test(arguments: casts.indices, tellingParticiples)
    func passiveTellingIsATalkWithEveryTeller(cast: Int, participle: String) {
        let (a, _, c, d, e) = Self.casts[cast]
        let title = "Journal of Ambassador \(a)"
        let x = Acts.surname(a)
        #expect(Acts.of(title, summary: "\(x) was \(participle) by \(c) that the train is late.") == [Acts.talk([a, c])])
        #expect(Acts.of(title, summary: "\(x) was \(participle) by \(c) and \(d) that the train is late.") == [Acts.talk([a, c, d])])
        #expect(Acts.of(title, summary: "\(x) was \(participle) by \(c), \(d), and \(e) of the delay.") == [Acts.talk([a, c, d, e])])
        #expect(Acts.of(title.uppercased(), summary: "\(x) was \(participle) by \(c) and \(d) of the delay.".uppercased())
            == [Acts.talk([a, c, d].map(Self.recased))])
    }

    /// Several people telling the diarist in the active are one talk too: "C and D told X that …".
    @Test(arguments: casts.indices, ["told", "informed", "assured"])
    func jointTellersAreOneTalk(cast: Int, verb: String) {
        let (a, _, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(c) and \(d) \(verb) \(x) that the train is late.")
            == [Acts.talk([a, c, d])])
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(c), \(d), and \(e) \(verb) \(x) that the train is late.")
            == [Acts.talk([a, c, d, e])])
    }

    /// The one told in a wire from an institution writes it, and talked with the teller: "W was briefed by C on …".
    @Test(arguments: ["Sorin Tudose", "Ana Vladescu", "Gheorghe Marinescu"], ["advised", "notified", "briefed"])
    func passiveTellingNamesTheWriterOfAnInstitutionsWire(writer: String, participle: String) {
        let c = "Kwon Hye-rin"
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: "\(writer) was \(participle) by \(c) on the harvest.")
            == ["Romanian Embassy in Pyongyang, \(writer) → Romanian Foreign Ministry (summary)", Acts.talk([writer, c])])
    }

    /// No one named telling, or being told to do something: no talk.
    @Test(arguments: casts.indices)
    func passiveWithoutATellerIsNoTalk(cast: Int) {
        let (a, _, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        for summary in ["\(x) was advised to meet \(c).", "\(x) was notified that \(c) had arrived.",
                        "\(x) was briefed on the harvest.", "\(x) was told that \(c) would meet \(d)."] {
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [], "\(summary)")
        }
    }

    // MARK: Copies sent in a clause of their own

    static let copyClauses = [
        "Copies were sent to", "A copy was sent to", "A copy went to", "Copies were also sent to", "Copies of the letter were sent to",
        "A copy of this letter was also forwarded to", "Copies were given to", "Copies have been sent to", "Copies were delivered to",
        "Copies were simultaneously dispatched to",
    ]

    /// "Copies were sent to C and D": further addressees of the record's one message; one to three, and in capitals.
    @Test(arguments: casts.indices, copyClauses)
    func copiesSentAreFurtherAddressees(cast: Int, clause: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Letter, \(a) to \(b)"
        #expect(Acts.of(title, summary: "\(clause) \(c).") == ["\(a) → \(b), \(c) (summary)"])
        #expect(Acts.of(title, summary: "The letter concerns the loan. \(clause) \(c) and \(d).") == ["\(a) → \(b), \(c), \(d) (summary)"])
        #expect(Acts.of(title, summary: "\(clause) \(c), \(d), and \(e).") == ["\(a) → \(b), \(c), \(d), \(e) (summary)"])
        let (ra, rb, rc, rd) = (Self.recased(a), Self.recased(b), Self.recased(c), Self.recased(d))
        #expect(Acts.of(title.uppercased(), summary: "\(clause) \(c) and \(d).".uppercased()) == ["\(ra) → \(rb), \(rc), \(rd) (summary)"])
    }

    /// A copy to be sent, planned, asked for, or of another document sent earlier by someone else: no addressee.
    @Test(arguments: casts.indices)
    func copiesNotSentAddNoOne(cast: Int) {
        let (a, b, c, _, _) = Self.casts[cast]
        for summary in ["Copies will be sent to \(c).", "Copies are to be sent to \(c).", "Copies should be sent to \(c).",
                        "\(a) asks that copies be sent to \(c).", "A copy may go to \(c) later."] {
            #expect(Acts.of("Letter, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }

    // MARK: The sender also addresses someone

    /// "A also informs C and D …" in A's cable to B: C and D are further addressees, by every verb of addressing.
    @Test(arguments: casts.indices, ["informs", "tells", "notifies", "instructs", "writes to", "replies to"])
    func senderAlsoAddressingNamesFurtherAddressees(cast: Int, verb: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Cable, \(a) to \(b)"
        let x = Acts.surname(a)
        #expect(Acts.of(title, summary: "\(x) also \(verb) \(c) about the delay.") == ["\(a) → \(b), \(c) (summary)"])
        #expect(Acts.of(title, summary: "The cable is short. \(a) also \(verb) \(c) and \(d) about the delay.")
            == ["\(a) → \(b), \(c), \(d) (summary)"])
        #expect(Acts.of(title, summary: "\(x) also \(verb) \(c), \(d), and \(e) about the delay.")
            == ["\(a) → \(b), \(c), \(d), \(e) (summary)"])
    }

    /// Someone else also informing, the sender informing without "also", or planning to: no further addressee.
    @Test(arguments: casts.indices)
    func alsoAddressingBySomeoneElseAddsNoOne(cast: Int) {
        let (a, b, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        for summary in ["\(c) also informs \(d) of the delay.", "\(x) will also inform \(c) of the delay.",
                        "\(x) says that \(c) also informs \(d)."] {
            // (Whether the cable recounts C's telling D as a talk is another rule's; the message gains no addressee.)
            #expect(Acts.of("Cable, \(a) to \(b)", summary: summary).filter { $0.contains("→") } == ["\(a) → \(b)"], "\(summary)")
        }
    }

    // MARK: The record itself handed on

    /// "A asks B to forward it to C": "it" is the record, A's message, which goes to C through B; every verb of
    /// handing on what is written, every verb of asking, with "on"; "the text" reads the same; lists of three.
    @Test(arguments: casts.indices, ["pass", "convey", "deliver", "forward", "transmit", "relay", "hand"])
    func theRecordHandedOnGoesToWhomItIsHanded(cast: Int, handOn: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Cable, \(a) to \(b)"
        for ask in ["asks", "asked", "requests", "instructs", "tells", "urges"] {
            #expect(Acts.of(title, summary: "\(a) \(ask) \(b) to \(handOn) it to \(c).") == ["\(a) → \(c) via \(b) (summary)"], "\(ask)")
        }
        #expect(Acts.of(title, summary: "\(Acts.surname(a)) asks \(b) to \(handOn) it on to \(c).")
            == ["\(a) → \(c) via \(b) (summary)"])
        #expect(Acts.of(title, summary: "\(a) asks \(b) to \(handOn) the text to \(c), \(d), and \(e).")
            == ["\(a) → \(c), \(d), \(e) via \(b) (summary)"])
        #expect(Acts.of(title, summary: "\(a) requests that \(b) \(handOn) the text to \(c).") == ["\(a) → \(c) via \(b) (summary)"])
        let (ra, rb, rc, rd) = (Self.recased(a), Self.recased(b), Self.recased(c), Self.recased(d))
        #expect(Acts.of(title.uppercased(), summary: "\(a) asks \(b) to \(handOn) it to \(c) and \(d).".uppercased())
            == ["\(ra) → \(rc), \(rd) via \(rb) (summary)"])
    }

    /// Asking that something else be sent, or asking whether: no relay.
    @Test(arguments: casts.indices)
    func itHandedOnNeedsAVerbOfHandingOn(cast: Int) {
        let (a, b, c, _, _) = Self.casts[cast]
        for summary in ["\(a) asks \(b) to send it to \(c).", "\(a) asks whether \(b) could forward it to \(c).",
                        "\(a) asks \(b) to give it to \(c).", "\(a) had planned to forward it to \(c)."] {
            #expect(Acts.of("Cable, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }

    /// "A sends a message to be handed to C": the sender by name, a verb of sending, and an onward marker.
    @Test(arguments: casts.indices, ["to be handed to", "to be passed on to", "intended for", "for transmission to", "meant for",
                                     "for delivery to"])
    func senderSendingAMessageOnward(cast: Int, marker: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(Acts.surname(a)) sends a message \(marker) \(c).")
            == ["\(a) → \(c) via \(b) (summary)"])
        #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(a) sends a letter \(marker) \(c) and \(d).")
            == ["\(a) → \(c), \(d) via \(b) (summary)"])
    }

    /// "The text is to be passed to C for transmission to D": C is one more go-between, D the final recipient.
    @Test(arguments: casts.indices, ["to be passed to", "to be handed to", "to be forwarded to"])
    func onwardChain(cast: Int, first: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        for second in ["for transmission to", "for delivery to"] {
            #expect(Acts.of("Cable, \(a) to \(b)", summary: "The message is \(first) \(c) \(second) \(d).")
                == ["\(a) → \(d) via \(b) > \(c) (summary)"], "\(second)")
        }
    }

    /// "B transmits a message from C for D", "… addressed to D": C's message reaches D through the title's hop.
    @Test(arguments: casts.indices, ["to", "for", "addressed to", "intended for", "meant for"])
    func carriedMessagesOwnAddressee(cast: Int, marker: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        for verb in ["transmits", "forwards", "relays", "conveys"] {
            #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(Acts.surname(a)) \(verb) a message from \(c) \(marker) \(d).")
                == ["\(c) → \(d) via \(a) > \(b) (summary)"], "\(verb)")
        }
    }

    // MARK: A signature names the writer beside the institution

    static let signatures = [
        "Signed by %@.", "Author: %@. The telegram describes the harvest.", "The telegram, signed by %@, describes the harvest.",
        "The cable, written by %@, describes the harvest.", "Signed: %@. The harvest failed.", "Drafted by %@.",
    ]

    @Test(arguments: ["Sorin Tudose", "Ana Vladescu", "Gheorghe Marinescu"], signatures)
    func signatureNamesTheWriter(writer: String, pattern: String) {
        let summary = pattern.replacingOccurrences(of: "%@", with: writer)
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: summary)
            == ["Romanian Embassy in Pyongyang, \(writer) → Romanian Foreign Ministry (summary)"])
        #expect(Acts.of("TELEGRAM FROM PYONGYANG TO BUCHAREST", summary: summary.uppercased())
            == ["Romanian Embassy in Pyongyang, \(writer) → Romanian Foreign Ministry (summary)"])
    }

    /// A document the record mentions, signed by others, or two signatories: no writer is added.
    @Test(arguments: casts.indices)
    func signatureOfAnotherDocumentNamesNoWriter(cast: Int) {
        let (_, _, c, d, _) = Self.casts[cast]
        for summary in ["The treaty signed by \(c) is described.", "The agreement was signed by \(c) and \(d).",
                        "Signed by \(c) and \(d).", "The telegram describes the letter written by \(c)."] {
            #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: summary)
                == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"], "\(summary)")
        }
    }

    // MARK: People participating

    @Test(arguments: casts.indices, ["Also participating were", "Participating were", "Attending were", "Also attending were",
                                     "Participating in the talk were"])
    func peopleListedAsParticipatingJoinTheTalk(cast: Int, opener: String) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Memorandum of Conversation between \(a) and \(b)"
        #expect(Acts.of(title, summary: "\(opener) \(c).") == [Acts.talk([a, b, c])])
        #expect(Acts.of(title, summary: "\(opener) \(c), \(d), and \(e).") == [Acts.talk([a, b, c, d, e])])
        #expect(Acts.of(title.uppercased(), summary: "\(opener) \(c) and \(d).".uppercased()) == [Acts.talk([a, b, c, d].map(Self.recased))])
    }

    // MARK: A proposal is no event

    /// "A suggests that C meet D" in A's cable: a talk proposed, none held; every verb of proposing, every talk verb.
    @Test(arguments: casts.indices, ["suggests", "proposes", "recommends", "urges", "insists", "demands", "requests", "advised"])
    func proposedTalkIsNoTalk(cast: Int, verb: String) {
        let (a, b, c, d, _) = Self.casts[cast]
        for talk in ["meet", "talk with", "confer with", "discuss the loan with"] {
            #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(Acts.surname(a)) \(verb) that \(c) \(talk) \(d).") == ["\(a) → \(b)"], "\(talk)")
        }
    }

    // MARK: Calling on someone

    /// "X paid a courtesy call on C", "X was called on by C": a meeting of X and C, in a journal and a report; a list
    /// of those who called is one meeting; capitals read the same.
    @Test(arguments: casts.indices, ["paid a courtesy call on", "pays a farewell call on", "paid a call on",
                                     "paid a brief courtesy call on", "called on", "was called on by"])
    func callingOnSomeoneIsAMeeting(cast: Int, call: String) {
        let (a, _, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(x) \(call) \(c).") == [Acts.talk([a, c])])
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(x) \(call) Foreign Minister \(c) at the ministry.") == [Acts.talk([a, c])])
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(x) \(call) \(c) and \(d).") == [Acts.talk([a, c, d])])
        #expect(Acts.of("Report, \(a) to the Central Committee", summary: "\(a) \(call) \(c).")
            == ["\(a) → Central Committee", Acts.talk([a, c])])
        #expect(Acts.of("JOURNAL OF AMBASSADOR \(a.uppercased())", summary: "\(x) \(call) \(c).".uppercased())
            == [Acts.talk([a, c].map(Self.recased))])
    }

    /// A call planned, or a call for something: no meeting.
    @Test(arguments: casts.indices)
    func callNotMadeIsNoMeeting(cast: Int) {
        let (a, _, c, _, _) = Self.casts[cast]
        let x = Acts.surname(a)
        for summary in ["\(x) will pay a courtesy call on \(c).", "\(x) plans to pay a courtesy call on \(c).",
                        "\(c) issued a call for unity.", "\(x) hopes to call on \(c)."] {
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [], "\(summary)")
        }
    }
}
