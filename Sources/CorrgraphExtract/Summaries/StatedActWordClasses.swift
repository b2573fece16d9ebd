/// Word classes of the summary conventions for acts a summary states in its own wording (`OpeningTalkPhrase`,
/// `SeparateTalks`, `PressAttribution`, `RequestedRelays`, `RecordAlsoSent`). Each names a convention of catalogue
/// English, never a person.
extension SummaryLexicon {
    /// Prepositions that open a phrase of a talk before a sentence's main clause: "At a meeting with B, A …",
    /// "During his talks with B, A …", "In a conversation with B, A …", "Over lunch with B, A …".
    static let openingTalkPrepositions: Set<String> = ["at", "during", "in", "on", "after", "following", "over", "throughout"]

    /// Words of denial before a talk: "did not hold talks with", "refused a meeting with", "cancelled his meeting
    /// with", "was unable to meet": the talk did not take place.
    static let denialWords: Set<String> = [
        "not", "never", "no", "nor", "neither", "refused", "refuses", "refuse", "declined", "declines", "decline", "failed",
        "fails", "fail", "unable", "without", "cancelled", "canceled", "cancels", "cancel", "postponed", "postpones",
        "postpone", "avoided", "avoids", "avoid", "rejected", "rejects", "reject", "denies", "denied", "deny",
    ]

    /// Verbs of speaking that are a talk when their object follows `with` ("Volkonsky spoke with B"); `spoke to the
    /// Chargé about …` tells what was said, and is read by the rules of speech.
    static let speakingWithVerbs: Set<String> = ["speak", "speaks", "spoke"]

    /// Verbs of seeing someone that are a meeting (`Mr. Pemberton saw Mr. Sukarjo`, `interviewed B`, `telephoned B`): their
    /// object is a person; the summary's clauses read them besides the verbs of talk (`SubjectClauses.clauseVerbs`). Past
    /// and present forms only: `will see B` is planned.
    static let seeingVerbs: Set<String> = ["saw", "sees", "interviewed", "interviews", "telephoned", "telephones", "phoned", "phones"]

    /// **The verbs that make a summary's subject a side of the talk a head names** (`SummaryReader.subjectMeetingSide`,
    /// `sidesOfUnnamedTalk`): seeing, receiving, meeting, calling on or calling, interviewing, speaking to or with, telling,
    /// visiting someone, in the past or the present (`A saw B`, `A received B`, `A called on B`, `A spoke to B`, `A told B
    /// that …`). The clause's subject is the side: its first words, before the verb, in a clause of its own (not inside
    /// what someone reports, not a that-clause, not a condition). Planned or wished-for forms (`will see`, `would like to
    /// meet`, `hopes to call on`) are not in the class.
    static let sideMeetingVerbs: Set<String> = seeingVerbs.union([
        "received", "receives", "met", "meets", "called", "calls", "spoke", "speaks", "told", "tells", "visited", "visits",
        "talked", "talks",
    ])

    /// Adverbs that make one talk per person named: "met separately with A and B", "received A and B individually",
    /// "with A and B, respectively".
    static let distributiveAdverbs: Set<String> = ["separately", "individually", "respectively"]
    /// Adjectives that do the same before a talk noun: "held separate talks with A and B".
    static let distributiveAdjectives: Set<String> = ["separate", "individual"]

    /// Nouns of the press and of broadcasts: a sentence that attributes what it says to them ("According to press
    /// reports, …", "The newspaper reported that …") reports hearsay, not the record's own acts.
    static let pressNouns: Set<String> = Set([
        "press", "newspaper", "newspapers", "daily", "dailies", "radio", "broadcast", "broadcasts", "television", "tv",
        "agency", "media", "magazine", "magazines", "periodical", "article", "articles", "editorial", "editorials",
        "headline", "headlines", "correspondent", "correspondents", "journalist", "journalists", "reporters", "newsreel",
    ]).union(newsAgencies)
    /// Newspapers and journals a summary names as a source ("Nhan Dan reports that …"): titles, never a writer.
    static let pressTitles: Set<String> = [
        "nhan dan", "quan doi nhan dan", "hoc tap", "pravda", "izvestia", "izvestiya", "trud", "renmin ribao", "people's daily",
        "hongqi", "red flag", "rodong sinmun", "nodong sinmun", "neues deutschland", "trybuna ludu", "scinteia", "rude pravo",
        "rudé právo", "nepszabadsag", "népszabadság", "rabotnichesko delo", "zeri i popullit", "borba", "politika", "granma",
        "le monde", "the times", "new york times", "the new york times", "washington post", "the washington post",
    ]
    /// News agencies, named as a press item's source ("a TASS report on …", "Xinhua reported that …"): press too.
    static let newsAgencies: Set<String> = [
        "tass", "xinhua", "reuters", "ap", "upi", "afp", "kcna", "yonhap", "adn", "pap", "ctk", "mti", "agerpres", "bta",
        "tanjug", "kyodo", "novosti", "apn", "ansa", "dpa", "vna", "antara", "prensa", "efe",
    ]
    /// Verbs by which the press or hearsay tells something ("The newspaper reported that …"), beside the reporting
    /// verbs of `SubjectClauses.reportingVerbs`.
    static let pressReportingVerbs: Set<String> = SubjectClauses.reportingVerbs.union([
        "announced", "announces", "claims", "alleged", "alleges", "asserted", "asserts", "published", "publishes",
        "carried", "carries", "quoted", "quotes", "stated", "states", "indicated", "indicates", "suggested", "suggests",
        "speculated", "speculates", "reports",
    ])

    /// What someone is asked to hand on, beside the message nouns: "to convey his congratulations to B", "to pass
    /// the contents on to B", "to deliver the invitation to B".
    static let handedOnContentNouns: Set<String> = [
        "congratulations", "condolences", "thanks", "gratitude", "regards", "respects", "wishes", "apologies",
        "invitation", "invitations", "protest", "position", "concerns", "contents", "content", "information", "news",
        "documents", "document", "materials", "decision", "decisions", "assurances", "warning", "memorandum",
    ]
    /// Particles after the thing handed on: "pass the message on to B", "hand the letter over to B".
    static let handingOnParticles: Set<String> = ["on", "over"]

    /// Participles of a request in the passive, whose subject is the one asked: "Bragin is asked to relay …".
    static let passiveRequestParticiples: Set<String> = [
        "asked", "instructed", "requested", "told", "directed", "urged", "authorized", "authorised", "charged",
    ]
    /// Verbs of telling someone, after which the person told is the message's final recipient: "to inform B of …".
    static let informingVerbs: Set<String> = ["inform", "tell", "notify", "brief", "advise", "apprise"]
    /// Participles of being told, in a request that someone be told: "asks that B be informed of …".
    static let informedParticiples: Set<String> = ["informed", "told", "notified", "briefed", "advised", "apprised"]
    /// Participles of handing on what is written, in a passive request: "that the message be passed on to B".
    static let passingOnParticiples: Set<String> = [
        "passed", "conveyed", "transmitted", "delivered", "forwarded", "relayed", "handed",
    ]

    /// Participles by which the record itself is said to have gone to someone more: "The letter was also sent to C",
    /// "Also sent to C", "addressed jointly to B and C".
    static let recordSentParticiples: Set<String> = [
        "sent", "addressed", "forwarded", "delivered", "dispatched", "transmitted", "copied", "given",
    ]
    /// Adverbs of joint address: "addressed jointly to B and C", "jointly addressed to B and C".
    static let jointAddressAdverbs: Set<String> = ["jointly", "together"]
    /// Infinitives of sending before a copy marker make the copy one asked for or planned: "asks D to send a copy to C",
    /// "wonders whether to give a copy to C".
    static let sendingInfinitives: Set<String> = ["send", "give", "forward", "deliver", "pass", "transmit", "provide", "make"]

    /// Participles that, with `by`, name people present at a talk: "Menon was accompanied by C", "The two were later
    /// joined by C" (`SummaryReader.peoplePresent`).
    /// An escort goes along with the side he escorts, as company does: "Kim was escorted by C" puts C at the talk.
    static let presenceParticiples: Set<String> = ["accompanied", "joined", "escorted"]
    /// The title's presence markers as word keys, read in a summary too: "met B in the presence of C".
    static let presenceMarkerKeys: [[String]] = ConversationGrammar.presenceMarkers.map {
        $0.split(separator: " ").map { String($0) }
    }
    /// Labels opening a sentence that list people present: "Also present: C, D.", "Present: C.", "In attendance: C.",
    /// "Attended by C and D." (a label of `present`/`attendance` ends in a colon).
    static let presenceLabels: [[String]] = [
        ["also", "present"], ["present"], ["in", "attendance"], ["also", "in", "attendance"], ["attended", "by"],
        ["also", "attended", "by"],
    ]

    /// Verbs of telling someone face to face, in the tenses a summary prints them, with the person told as object:
    /// "Kwon told / has informed / advised / briefed / assured / warned / reminded Gorshenin …", "explained to B …",
    /// "handed B a note", "presented B with a memorandum". In a journal the teller or the one told is the diarist's
    /// interlocutor; in a message reporting talks it is a talk (`SummaryReader.recountedConversations`).
    static let tellingVerbs: Set<String> = pastTellingVerbs.union([
        "informs", "tells", "advises", "briefs", "assures", "warns", "explains", "reminds", "notifies", "hands", "presents",
    ])
    /// The past forms of `tellingVerbs`: the record's sender telling someone in the past ("Zharkov warned Kwon …" in
    /// Zharkov's telegram) recounts a talk; in the present ("Zharkov informs Kwon") the record addresses him.
    static let pastTellingVerbs: Set<String> = [
        "told", "informed", "advised", "briefed", "assured", "warned", "explained", "reminded", "notified", "handed",
        "presented",
    ]

    /// Verbs by which the record or its sender carries someone else's message, in the present and the past (with or
    /// without `has`): "Sun forwards / has forwarded / relayed a letter from A to B" (`SummaryReader.relayedContent`).
    static let carryingVerbPhrases: [String] = [
        "contains", "relays", "conveys", "transmits", "forwards", "carries", "passes on", "sends on", "sends",
        "relayed", "conveyed", "transmitted", "forwarded", "passed on",
    ]
    /// Openings by which a record states what it encloses: "Enclosed is a letter from A to B".
    /// A telegram's own opening formula, `Following message from A for B`, is one too (`formulaOpenings`).
    static let enclosureOpenings: [String] = ["enclosed is", "enclosed are", "attached is", "attached are"] + formulaOpenings
    /// A wire's opening formula before the message it carries (`Following message from A for B`, `Following personal message
    /// from A`): an opening only when a message noun follows, perhaps after `personal`/`is`/`is a`/`is the text of`.
    static let formulaOpenings: [String] = ["following"]
    static let formulaFillers: [String] = ["", "personal ", "is ", "is a ", "is the ", "is text of ", "is the text of ", "is text of a ",
                                           "is the text of a "]
    /// What a carried message is called: nouns of messages addressed to someone, and of what such a message conveys
    /// ("transmits A's greetings to B", "conveys the thanks of A").
    static let carriedMessageNouns: [String] = [
        "response", "reply", "message", "letter", "telegram", "request", "answer", "instructions", "cable", "note",
        "greetings", "congratulations", "condolences", "thanks", "regards",
    ]
    /// Openings of a relative clause after a carried message that may name where it goes on: "a letter from A, the text
    /// of which is to be delivered to B".
    static let relativeOpenings: [String] = ["the text of which", "the contents of which", "which", "that"]

    /// Prepositions by which a message goes through a go-between: "informs B through D", "via D", "by way of D".
    static let relayPrepositions: [[String]] = [["through"], ["via"], ["by", "way", "of"]]
    /// Words that may end an addressee label after its names: "For B only.", "For B personally."
    static let addresseeLabelEndings: Set<String> = ["only", "personally", "alone"]

    /// Words of a talk's predicate that say it did not (yet) happen: "A meeting with B has been arranged for Friday",
    /// "His meeting with B was postponed" (within the three words after the talk's names).
    static let unheldTalkPredicates: Set<String> = [
        "arranged", "scheduled", "planned", "proposed", "postponed", "cancelled", "canceled", "deferred", "delayed",
        "expected", "envisaged", "envisioned", "requested", "sought",
    ]
    /// Prepositions that name what a press item is about: "an article about A's meeting with B", "a report on the talks".
    static let topicPrepositions: Set<String> = ["about", "on", "of", "concerning", "regarding"]
}
