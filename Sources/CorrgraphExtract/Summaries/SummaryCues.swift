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
    static let relayedContent = RuleCues(["contains", "relays", "conveys", "transmits", "forwards", "carries", "passes on", "sends on", "sends"])
    /// `Telegram from A to B …`, `Message to B from A …` opening the summary.
    static let goBetween = RuleCues(["telegram", "cable", "letter", "message", "cablegram"])
    /// `Telegram relaying a message from A …`: a verb of conveying.
    static let relayingOpening = RuleCues(SummaryLexicon.conveyingVerbs)
    /// `A verb to B, via C,`.
    static let conveyedThrough = RuleCues(["via", "through"])
    /// A summary opening with a document noun that names an onward recipient.
    static let onwardRecipient = RuleCues(SummaryLexicon.documentNouns)
    /// `C asks D to pass on A's reply to B`: a verb of requesting and one of handing on (both needed).
    static let handOnRequest = RuleCues(SummaryLexicon.requestVerbs)
    static let handOnRequestHanding = RuleCues(SummaryLexicon.handingOnVerbs)
    /// `Telegram from A …` opening the summary: a document noun and `from` (both needed).
    static let forwardedDocumentOfAnother = RuleCues(["telegram", "cable", "letter", "message", "report", "note"])
    static let from = RuleCues(["from"])
    /// A title naming a talk `between` its sides (checked on the title).
    static let meetingOfUnnamedSides = RuleCues(ConversationGrammar.nouns)
    /// `a meeting with B`, `his talks with B`, `after meeting B` …
    static let meetingsWith = RuleCues(["meeting with ", "meetings with ", "conversation with ", "conversations with ", "talks with ",
                                        "conversation he held with ", "conversation she held with ", "discussions with ",
                                        "consultation with ", "consultations with ", "after meeting with ", "after meeting ",
                                        "he met with ", "she met with ", "he met ", "she met ", "he talked with ", "she talked with ",
                                        "he spoke with ", "she spoke with ",
                                        "interview with ", "interviews with ", "audience with "])
    /// `A and B's talks`.
    static let jointPossessiveTalks = RuleCues(["exchanges", "exchange", "talks", "discussions", "discussion", "conversation",
                                                "conversations", "meeting", "meetings", "negotiations", "consultations"])
    /// `the conversation between A and B`.
    static let recountedBetween = RuleCues(["between"])
    /// Kinds of record that mention talks in passing (checked on the title).
    static let passingMention = RuleCues(SummaryLexicon.passingMentionKinds)
}
