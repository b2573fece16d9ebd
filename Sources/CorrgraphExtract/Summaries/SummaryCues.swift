/// The preconditions of the summary rules, as data (`RuleCues`): for each rule, words one of which the
/// summary (or title) must hold before the rule can read anything. Most summaries hold none of them,
/// and the rule then costs one pass over the text instead of its sentence splitting and searches.
///
/// Each set lists the whole words the rule's markers are made of, as the rule states them; a rule that
/// gains a marker gains its word here.
enum SummaryCues {
    /// `asks/instructs/tells HIM to convey to B …`: a verb of asking and a verb of handing on (both needed).
    static let askedToConvey = RuleCues(["asked", "asks", "instructs", "instructed", "tells", "told", "requests"])
    static let askedToConveyRequest = RuleCues(["to request of ", "to convey to ", "to pass on to ", "to transmit to ", "to relay to ",
                                                "to forward to ", "to pass to ", "to convey his request to ", "to convey a message to ",
                                                "to inform ", "to tell "])
    /// `The cable contains/relays/conveys … a message from A`.
    static let relayedContent = RuleCues(SummaryLexicon.carryingVerbPhrases + SummaryLexicon.enclosureOpenings)
    /// `Telegram from A to B …`, `Message to B from A …` opening the summary.
    static let goBetween = RuleCues(["telegram", "cable", "letter", "message", "cablegram"])
    /// `Telegram relaying a message from A …`: a verb of conveying.
    static let relayingOpening = RuleCues(SummaryLexicon.conveyingVerbs)
    /// `A verb to B, via C,`.
    static let conveyedThrough = RuleCues(["via", "through"])
    /// A summary opening with a document noun, or the sender's message noun, that names an onward recipient.
    static let onwardRecipient = RuleCues(SummaryLexicon.documentNouns.union(SummaryLexicon.messageNouns))
    /// `C asks D to pass on A's reply to B`: a verb of requesting and one of handing on (both needed).
    static let handOnRequest = RuleCues(SummaryLexicon.requestVerbs)
    static let handOnRequestHanding = RuleCues(SummaryLexicon.handingOnVerbs)
    /// `Telegram from A …` opening the summary: a document noun and `from` (both needed).
    static let forwardedDocumentOfAnother = RuleCues(SummaryReader.forwardedNouns)
    static let from = RuleCues(["from"])
    /// A title naming a talk `between` its sides (checked on the title).
    static let meetingOfUnnamedSides = RuleCues(ConversationGrammar.nouns)
    /// `a meeting with B`, `his talks with B`, `after meeting B` …
    static let meetingsWith = RuleCues(["meeting with ", "meetings with ", "conversation with ", "conversations with ", "talks with ",
                                        "conversation he held with ", "conversation she held with ", "discussions with ", "discussion with ",
                                        "consultation with ", "consultations with ", "after meeting with ", "after meeting ",
                                        "he met with ", "she met with ", "he met ", "she met ", "he talked with ", "she talked with ",
                                        "he spoke with ", "she spoke with ",
                                        "interview with ", "interviews with ", "audience with ", "talk with ", "visit to "]
                                       + SummaryLexicon.mealsWith)
    /// `A and B's talks`.
    static let jointPossessiveTalks = RuleCues(["exchanges", "exchange", "talks", "discussions", "discussion", "conversation",
                                                "conversations", "meeting", "meetings", "negotiations", "consultations"])
    /// `the conversation between A and B`.
    static let recountedBetween = RuleCues(["between"])
    /// `Also present were C`, `Present at the talk was C`, `The meeting was attended by C`.
    static let presentList = RuleCues(SummaryLexicon.presenceWords.union(["attended", "taking"]))
    /// `also sent copies to C`, `was also addressed to C` (`SummaryLexicon.copyRecipientMarkers`).
    static let copyRecipients = RuleCues(["copies", "copy", "copied", "addressed"])
    /// `X was told/informed by Y` (`PassiveTelling`): a participle of telling, and `by` (both needed).
    static let passiveTelling = RuleCues(PassiveTelling.participles)
    static let by = RuleCues(["by"])
    /// `He also informs C` (`SummaryReader.pronounFurtherAddressees`).
    static let pronounAlso = RuleCues(["he also ", "she also "])
    /// `Signed by X`, `Author: X`, `The telegram, written by X,` (`SignedWriter`).
    static let signedWriter = RuleCues(SignedWriter.signingParticiples.union(["author", "authors", "signatory", "signature"]))
    /// `Zhang also informs C` (`SummaryReader.senderAlsoAddresses`).
    static let senderAlso = RuleCues(["also"])
    /// Kinds of record that mention talks in passing (checked on the title).
    static let passingMention = RuleCues(SummaryLexicon.passingMentionKinds)
}

extension SummaryCues {
    /// Names for the tables above that `SummaryCuePresence.allows` answers (any other table is asked with
    /// `holds`). The title's tables (`meetingOfUnnamedSides`, `passingMention`) are checked on the title instead.
    enum Family: Int, CaseIterable {
        case askedToConvey, askedToConveyRequest, relayedContent, goBetween, relayingOpening, conveyedThrough,
             onwardRecipient, handOnRequest, handOnRequestHanding, forwardedDocumentOfAnother, from, meetingsWith,
             jointPossessiveTalks, recountedBetween, presentList, copyRecipients, passiveTelling, by, pronounAlso,
             clauseRewrites

        var cues: RuleCues {
            switch self {
            case .askedToConvey: SummaryCues.askedToConvey
            case .askedToConveyRequest: SummaryCues.askedToConveyRequest
            case .relayedContent: SummaryCues.relayedContent
            case .goBetween: SummaryCues.goBetween
            case .relayingOpening: SummaryCues.relayingOpening
            case .conveyedThrough: SummaryCues.conveyedThrough
            case .onwardRecipient: SummaryCues.onwardRecipient
            case .handOnRequest: SummaryCues.handOnRequest
            case .handOnRequestHanding: SummaryCues.handOnRequestHanding
            case .forwardedDocumentOfAnother: SummaryCues.forwardedDocumentOfAnother
            case .from: SummaryCues.from
            case .meetingsWith: SummaryCues.meetingsWith
            case .jointPossessiveTalks: SummaryCues.jointPossessiveTalks
            case .recountedBetween: SummaryCues.recountedBetween
            case .presentList: SummaryCues.presentList
            case .copyRecipients: SummaryCues.copyRecipients
            case .passiveTelling: SummaryCues.passiveTelling
            case .by: SummaryCues.by
            case .pronounAlso: SummaryCues.pronounAlso
            case .clauseRewrites: ClauseRewrites.cues
            }
        }
    }
}

/// Which of the summary's cue families (`SummaryCues.Family`) a text holds, read in the text's one pass
/// over the combined cue lexicon (`CuePresence`). `allows(f)` is exactly `f.cues.occurs(in: text)`, and
/// `holds(cues)` is `cues.occurs(in: text)` for any other table a summary rule tests on the same text.
///
/// - Complexity: O(n) in the text's bytes to make; each question is a bit test.
struct SummaryCuePresence {
    let presence: CuePresence
    /// Each family's key (`familyKeys`), held here so that a question neither copies a cue table nor checks a
    /// static's initialisation.
    private let keys: [CueKey]

    init(_ text: String) {
        presence = CuePresence(text)
        keys = Self.familyKeys
    }

    func allows(_ family: SummaryCues.Family) -> Bool {
        presence.answer(keys[family.rawValue]) ?? family.cues.occurs(in: presence.text)
    }

    private static let familyKeys = SummaryCues.Family.allCases.map(\.cues.key)

    func holds(_ cues: RuleCues) -> Bool {
        cues.occurs(in: presence)
    }
}

/// The title's cue families that the summary rules ask about, read as `SummaryCuePresence` reads a
/// summary: `allows(f)` is exactly `f.cues.occurs(in: title)`.
struct TitleCuePresence {
    enum Family: Int, CaseIterable {
        /// A conversation noun ("Conversation", "Talks"): `TitleGrammar.conversationNounCues`.
        case conversationNoun
        /// A kind of record that mentions talks in passing: `SummaryCues.passingMention`.
        case passingMention

        var cues: RuleCues {
            switch self {
            case .conversationNoun: TitleGrammar.conversationNounCues
            case .passingMention: SummaryCues.passingMention
            }
        }
    }

    let presence: CuePresence

    /// The title's presence; `known` (the title head's, `TitleReading.headCues`) is taken when it was read from
    /// this same text.
    init(_ title: String, known: CuePresence? = nil) {
        if let known, known.text == title { presence = known } else { presence = CuePresence(title) }
    }

    func allows(_ family: Family) -> Bool {
        presence.answer(Self.keys[family.rawValue]) ?? family.cues.occurs(in: presence.text)
    }

    private static let keys = Family.allCases.map(\.cues.key)

    func holds(_ cues: RuleCues) -> Bool {
        cues.occurs(in: presence)
    }
}
