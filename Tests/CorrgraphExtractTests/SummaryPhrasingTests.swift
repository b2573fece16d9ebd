import CorrgraphTestSupport
import Testing

/// The summary conventions of the gold schema in wordings other than the first ones met (issue 9): people
/// present listed after an opener, copies as further addressees, the sender's own message handed on by its
/// addressee. Invented names from several naming cultures; expected acts worked out by hand from the schema;
/// each rule with the hedged or mentioned wordings that must give no act.
@Suite struct SummaryPhrasingTests {
    /// Four people per row (A, B: the title's sides; C, D: named by the summary), with the form the summary
    /// may print for C (surname alone where the title does not name C, the name stays whole).
    static let casts: [(a: String, b: String, c: String, d: String)] = [
        ("Grigory Antonov", "Son Myong-gil", "Ulrike Brandt", "Rashid Khoury"),
        ("Huang Weiping", "Mateo Quiroga", "Agnieszka Sowa", "Le Van Minh"),
        ("Istvan Farkas", "Aisha Rahman", "Park Jae-won", "Yevgeny Lapin"),
    ]


    // MARK: People present, listed after an opener

    static let presentOpeners = [
        "Also present were", "Present were", "Present at the talk were", "Present during the meeting were",
        "Also present at the conversation were", "The conversation was also attended by", "The meeting was attended by",
        "It was also attended by",
    ]

    /// "Also present were C and D": the people listed joined the talk the title names; one, two or three names.
    @Test(arguments: casts.indices, presentOpeners)
    func peopleListedAfterAPresenceOpenerJoinTheTalk(cast: Int, opener: String) {
        let (a, b, c, d) = Self.casts[cast]
        let title = "Memorandum of Conversation between \(a) and \(b)"
        #expect(Acts.of(title, summary: "The two discussed the railway. \(opener) \(c).") == [Acts.talk([a, b, c])])
        #expect(Acts.of(title, summary: "\(opener) \(c) and \(d). The two discussed the railway.") == [Acts.talk([a, b, c, d])])
        let e = Self.casts[(cast + 1) % Self.casts.count].c
        #expect(Acts.of(title, summary: "\(opener) \(c), \(d), and \(e).") == [Acts.talk([a, b, c, d, e])])
    }

    /// "C joined them", "C later joined them": one more participant.
    @Test(arguments: casts.indices, ["joined them", "later joined them", "joins them"])
    func joiningTheSidesIsPresence(cast: Int, joined: String) {
        let (a, b, c, _) = Self.casts[cast]
        #expect(Acts.of("Memorandum of Conversation between \(a) and \(b)", summary: "They discussed the railway. \(c) \(joined).")
            == [Acts.talk([a, b, c])])
    }

    /// Presence that is planned, denied, at another event, or a word that only looks like it, adds no one.
    @Test(arguments: casts.indices)
    func presenceNotStatedAddsNoOne(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        let title = "Memorandum of Conversation between \(a) and \(b)"
        for summary in [
            "\(c) will be present at the next meeting.",
            "\(a) presented \(c) with a medal.",
            "The concert was attended by \(c) and \(d).",
            "They discussed the present situation with regard to \(c).",
            "\(c) joined the party in 1948.",
        ] {
            #expect(Acts.of(title, summary: summary) == [Acts.talk([a, b])], "\(summary)")
        }
    }

    // MARK: Further addressees named as copy recipients

    static let copyWordings = ["also sent copies to", "sent a copy to", "with copies to", "forwarded a copy to"]

    /// "A also sent copies to C and D": C and D receive the letter too.
    @Test(arguments: casts.indices, copyWordings)
    func copyRecipientsAreFurtherAddressees(cast: Int, wording: String) {
        let (a, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Letter, \(a) to \(b)", summary: "\(a) explains the delay. He \(wording) \(c) and \(d).")
            == ["\(a) → \(b), \(c), \(d) (summary)"])
        #expect(Acts.of("Letter, \(a) to \(b)", summary: "The letter was also addressed to \(c).")
            == ["\(a) → \(b), \(c) (summary)"])
    }

    /// A copy planned, or a copy of something else, addresses no one.
    @Test(arguments: casts.indices)
    func copiesNotSentAddNoOne(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        for summary in ["\(a) will send a copy to \(c).", "\(a) plans to send copies to \(c).",
                        "\(a) asks that a copy be sent to \(c).", "\(a) received a copy of the treaty from \(c)."] {
            #expect(Acts.of("Letter, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }

    /// "A notifies B and C that …" in A's cable to B: C is a further addressee, as with "informs".
    @Test(arguments: casts.indices)
    func notifyingNamesFurtherAddressees(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(a) notifies \(b) and \(c) that the train is late.")
            == ["\(a) → \(b), \(c) (summary)"])
        #expect(Acts.of("Cable, \(a) to \(b)", summary: "\(a) notifies \(b), \(c), and \(d) that the train is late.")
            == ["\(a) → \(b), \(c), \(d) (summary)"])
    }

    // MARK: The sender's own message handed on by its addressee

    static let handingOn = ["pass", "convey", "deliver", "forward", "transmit", "relay", "hand"]

    /// "C asks D to pass his reply on to B", "… to deliver the letter to B": C's message to B through D.
    @Test(arguments: casts.indices, ["asks", "asked", "instructs", "instructed", "requests", "tells", "urges"])
    func sendersOwnMessageHandedOn(cast: Int, verb: String) {
        let (b, _, c, d) = Self.casts[cast]
        for handOn in Self.handingOn {
            for object in ["his reply on", "the enclosed letter", "this message", "the attached note on"] {
                #expect(Acts.of("Cable, \(c) to \(d)", summary: "\(c) \(verb) \(d) to \(handOn) \(object) to \(b).")
                    == ["\(c) → \(b) via \(d) (summary)"], "\(verb) \(handOn) \(object)")
            }
        }
        #expect(Acts.of("Cable, \(c) to \(d)", summary: "\(c) \(verb) that \(d) hand the enclosed note on to \(b).")
            == ["\(c) → \(b) via \(d) (summary)"])
    }

    /// Asking for a new document, asking whether, or giving something: no relay.
    @Test(arguments: casts.indices)
    func requestsThatHandOnNothingWrittenAreNoRelay(cast: Int) {
        let (b, _, c, d) = Self.casts[cast]
        for summary in ["\(c) asks \(d) to send a report to \(b).", "\(c) asks whether \(d) could forward the letter to \(b).",
                        "\(c) asks \(d) to give the money to \(b).", "\(c) asks \(d) to deliver grain to \(b)."] {
            #expect(Acts.of("Cable, \(c) to \(d)", summary: summary) == ["\(c) → \(d)"], "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "If C meets D, …" in a journal: a hypothetical meeting, no talk; every conditional, and in capitals.
    @Test(arguments: casts.indices, ["If", "Unless", "Whether"])
    func conditionalMeetingIsNoTalk(cast: Int, conditional: String) {
        let (a, _, c, d) = Self.casts[cast]
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(conditional) \(c) meets \(d), the talks will fail.") == [])
        #expect(Acts.of("Journal of Ambassador \(a)", summary: "\(conditional) \(c) meets \(d), the talks will fail.".uppercased()) == [])
    }
}

extension SummaryPhrasingTests {
    /// "C asks D to inform B …" with D printed by family name alone, first in Chinese and Korean names.
    @Test(arguments: [("Wang Xiuying", "Wang"), ("Ri Chol-jun", "Ri"), ("Klaus Vogel", "Vogel")],
          ["to inform", "to tell", "to convey to"])
    func askedByFamilyNameToHandOn(asked: (full: String, short: String), request: String) {
        #expect(Acts.of("Cable, Farid Haddad to \(asked.full)",
                        summary: "Haddad asks \(asked.short) \(request) Olga Smirnova that the date has changed.")
            == ["Farid Haddad → Olga Smirnova via \(asked.full) (summary)"])
    }
}

extension SummaryPhrasingTests {
    /// "Ambassador Dumitrescu informs Bucharest that …": the writer tells the city the title addresses, which is the
    /// telegram itself; the writer signs beside the embassy. Telling a leader of the host country is not.
    @Test(arguments: ["Ambassador Popovici", "Counselor Marinescu", "Popovici"], ["informs", "tells"])
    func writerTellingTheTitlesAddresseeSignsTheTelegram(writer: String, verb: String) {
        let name = writer.split(separator: " ").last.map(String.init) ?? writer
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: "\(writer) \(verb) Bucharest that the harvest failed.")
            == ["Romanian Embassy in Pyongyang, \(name) → Romanian Foreign Ministry (summary)"])
    }
}

extension SummaryPhrasingTests {
    static let carryingOpenings = ["The telegram transmits", "The cable conveys", "This telegram forwards", "The letter relays",
                                   "The telegram contains"]

    /// "The telegram transmits a letter from A to B": A's message goes to B through both ends of the title; one or three
    /// recipients, in capitals too.
    @Test(arguments: casts.indices, carryingOpenings)
    func carriedMessageGoesToItsOwnAddressee(cast: Int, opening: String) {
        let (a, b, c, d) = Self.casts[cast]
        let e = Self.casts[(cast + 1) % Self.casts.count].d
        let title = "Telegram, \(a) to \(b)"
        #expect(Acts.of(title, summary: "\(opening) a letter from \(c) to \(d).") == ["\(c) → \(d) via \(a) > \(b) (summary)"])
        #expect(Acts.of(title, summary: "\(opening) a message from \(c) to \(d), \(e), and Tomas Herrera.")
            == ["\(c) → \(d), \(e), Tomas Herrera via \(a) > \(b) (summary)"])
        // Capitals lose the case inside a hyphenated given name ("Jae-won"): compared without case.
        #expect(Acts.of(title, summary: "\(opening) a letter from \(c) to \(d).".uppercased()).map { $0.lowercased() }
            == ["\(c) → \(d) via \(a) > \(b) (summary)".lowercased()])
    }

    /// Without its own addressee, or with the title's addressee as it, the carried message goes to the title's addressee;
    /// "to" before a place or a plan names no recipient.
    @Test(arguments: casts.indices)
    func carriedMessageWithoutOtherAddresseeGoesToTheTitles(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        let title = "Telegram, \(a) to \(b)"
        for summary in [
            "The telegram transmits a letter from \(c).",
            "The telegram transmits a letter from \(c) to \(b).",
            "The telegram transmits a letter from \(c) about the trip to Moscow.",
            "The telegram transmits a letter from \(c) to the Central Committee.",
        ] {
            #expect(Acts.of(title, summary: summary) == ["\(c) → \(b) via \(a) (summary)"], "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "X was told by Y that …" is "Y told X that …": a talk of X and Y; in a journal with the diarist, tenses and lists.
    @Test(arguments: casts.indices, ["was told", "was informed", "was assured"])
    func passiveTellingIsTheActive(cast: Int, passive: String) {
        let (a, b, c, d) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let journal = "Journal of Ambassador \(a)"
        #expect(Acts.of(journal, summary: "\(surname) \(passive) by \(b) that the harvest failed.") == [Acts.talk([a, b])])
        #expect(Acts.of(journal, summary: "The rains came. \(surname) \(passive) by \(b) that the harvest failed.") == [Acts.talk([a, b])])
        // A list of tellers: the one told met each of them, as in the active ("B, C, and D told X").
        #expect(Set(Acts.of(journal, summary: "\(surname) \(passive) by \(b), \(c), and \(d) that the harvest failed."))
            .isSuperset(of: Set(Acts.of(journal, summary: "\(b), \(c), and \(d) \(passive.split(separator: " ")[1]) \(surname) that the harvest failed."))))
        #expect(Acts.of(journal, summary: "\(surname) \(passive) by \(b) that the harvest failed.".uppercased()).map { $0.lowercased() }
            == [Acts.talk([a, b]).lowercased()])
    }

    /// In an embassy's telegram, the diplomat told in the passive writes it, and the telling is a talk.
    @Test(arguments: ["Popescu", "Ambassador Popescu"], ["was told", "was informed", "was assured"])
    func diplomatToldInPassiveWritesTheTelegram(writer: String, passive: String) {
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: "\(writer) \(passive) by Ri Chol-jun that the harvest failed.")
            == ["Romanian Embassy in Pyongyang, Popescu → Romanian Foreign Ministry (summary)", "{Popescu, Ri Chol-jun}"])
    }

    /// Told in the passive with no one telling, or told by a group, is no talk.
    @Test(arguments: casts.indices)
    func passiveTellingWithoutATellerIsNoTalk(cast: Int) {
        let (a, _, c, _) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        for summary in [
            "\(surname) was told that a meeting would take place.",
            "\(surname) was told that a meeting with \(c) would take place.",
            "\(surname) was informed by the ministry that the harvest failed.",
        ] {
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [], "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "A conversation took place between A and B": every talk noun and wording of happening, in a journal and a
    /// report, two or three sides, capitals.
    @Test(arguments: casts.indices, ["A conversation took place", "Talks were held", "The meeting was held", "A discussion took place",
                                     "Negotiations were conducted"])
    func talkThatTookPlaceBetweenSides(cast: Int, happened: String) {
        let (a, b, c, d) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let journal = "Journal of Ambassador \(a)"
        #expect(Acts.of(journal, summary: "\(happened) between \(surname) and \(b).") == [Acts.talk([a, b])])
        #expect(Acts.of(journal, summary: "The rains came. \(happened) between \(b), \(c), and \(surname).") == [Acts.talk([a, b, c])])
        #expect(Acts.of(journal, summary: "\(happened) between \(c) and \(d).".uppercased()).map { $0.lowercased() }
            == [Acts.talk([c, d]).lowercased()])
    }

    /// A talk that will, would or was to take place, or one only hoped for, is none.
    @Test(arguments: casts.indices)
    func talkPlannedBetweenSidesIsNone(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        for summary in [
            "A conversation will take place between \(surname) and \(b).",
            "A meeting was to be held between \(surname) and \(b).",
            "\(surname) was told that a meeting would take place between \(b) and \(c).",
            "\(surname) hopes that talks will be held between \(b) and \(c).",
        ] {
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [], "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "He also informs C": the sender, named last as a subject before the pronoun, addresses C too; every verb of
    /// addressing, one or three names, capitals.
    @Test(arguments: casts.indices, ["informs", "tells", "notifies", "writes"])
    func pronounSenderAlsoAddressesFurtherPeople(cast: Int, verb: String) {
        let (a, b, c, d) = Self.casts[cast]
        let e = Self.casts[(cast + 1) % Self.casts.count].d
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let title = "Cable, \(a) to \(b)"
        let object = verb == "writes" ? "to " : ""
        #expect(Acts.of(title, summary: "\(surname) informs \(b) of the vote. He also \(verb) \(object)\(c).")
            == ["\(a) → \(b), \(c) (summary)"])
        #expect(Acts.of(title, summary: "\(surname) informs \(b) of the vote. She also \(verb) \(object)\(c), \(d), and \(e) of it.")
            == ["\(a) → \(b), \(c), \(d), \(e) (summary)"])
        #expect(Acts.of(title, summary: "\(surname) informs \(b) of the vote. He also \(verb) \(object)\(c).".uppercased()).map { $0.lowercased() }
            == ["\(a) → \(b), \(c) (summary)".lowercased()])
    }

    /// Without "also", or with the pronoun standing for someone else, no one is added.
    @Test(arguments: casts.indices)
    func pronounAddresseeNeedsAlsoAndTheSender(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let title = "Cable, \(a) to \(b)"
        for summary in [
            "\(surname) informs \(b) of the vote. He informs \(c) of it.",
            "\(d) informs \(surname) of the vote. He also informs \(c) of it.",
        ] {
            #expect(Acts.of(title, summary: summary).allSatisfy { !$0.contains(c) }, "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "his talk with C": the singular noun after a determiner or possessive is the writer's talk; one or three others.
    @Test(arguments: casts.indices, ["reports on his talk with", "reports on her talk with", "describes a talk with", "summarizes the talk with"])
    func singularTalkWithIsATalk(cast: Int, wording: String) {
        let (a, b, c, d) = Self.casts[cast]
        let e = Self.casts[(cast + 1) % Self.casts.count].d
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let title = "Telegram, \(a) to \(b)"
        #expect(Acts.of(title, summary: "\(surname) \(wording) \(c).") == ["\(a) → \(b)", Acts.talk([a, c])])
        #expect(Acts.of(title, summary: "\(surname) \(wording) \(c), \(d), and \(e).") == ["\(a) → \(b)", Acts.talk([a, c, d, e])])
    }

    /// "wants to talk with C", a possible or planned talk: no talk.
    @Test(arguments: casts.indices)
    func singularTalkWithPlannedIsNone(cast: Int) {
        let (a, b, c, _) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        for summary in ["\(surname) wants to talk with \(c).", "\(surname) hopes to talk with \(c) soon.",
                        "\(surname) reports on a possible talk with \(c).", "\(surname) will talk with \(c)."] {
            #expect(Acts.of("Telegram, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }
}

extension SummaryPhrasingTests {
    /// "A's message was to be passed on to B": the sender's message goes on to B through the title's addressee; every
    /// message noun and marker, one or three final recipients.
    @Test(arguments: casts.indices, ["message was to be passed on to", "reply was to be forwarded to", "letter was to be delivered to",
                                     "note was to be handed to"])
    func sendersMessageToBePassedOn(cast: Int, wording: String) {
        let (a, b, c, d) = Self.casts[cast]
        let e = Self.casts[(cast + 1) % Self.casts.count].d
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        let title = "Cable, \(a) to \(b)"
        #expect(Acts.of(title, summary: "\(surname)'s \(wording) \(c).") == ["\(a) → \(c) via \(b) (summary)"])
        #expect(Acts.of(title, summary: "\(surname)'s \(wording) \(c), \(d), and \(e).") == ["\(a) → \(c), \(d), \(e) via \(b) (summary)"])
    }

    /// Someone else's message handed on, or the sender's message not handed on, changes nothing.
    @Test(arguments: casts.indices)
    func othersMessageToBePassedOnIsNotTheRecords(cast: Int) {
        let (a, b, c, d) = Self.casts[cast]
        let surname = a.split(separator: " ").last.map(String.init) ?? a
        for summary in ["\(c)'s message was to be passed on to \(d).", "\(surname)'s message mentions \(d)."] {
            #expect(Acts.of("Cable, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
        }
    }
}
