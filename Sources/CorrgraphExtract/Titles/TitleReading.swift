/// What the title grammar read from one title.
struct TitleReading {
    var documentType: String?
    var number: String?
    var messages: [ExtractedMessage] = []
    var conversations: [ExtractedConversation] = []
    /// The author of a journal or diary the record comes from ("From the Journal of Yudin, …").
    var journalAuthor: NameMention?
    /// A conversation whose title names only one side ("Record of Conversation with Tsedenbal"):
    /// the summary may name the other.
    var conversationWithOneSide: [NameMention] = []
    /// The author of a document the title addresses to no one ("Directive from the CPSU Secretariat"):
    /// not a message unless the summary names its addressee.
    var unaddressedAuthor: [NameMention] = []
    /// The author a title names after `by` with no addressee ("Report by Otto Kleinert"): the sender of the record's own
    /// document where the summary restates it as sent to someone ("Report to Walter Ulbricht on …").
    var authorBy: [NameMention] = []
    /// The record is the minutes of a body's session ("Minutes of the Politburo Session of the PUWP"):
    /// talks its summary recounts are mentioned in passing, not documented.
    var sessionRecord = false
    /// The cue words of the title's head (`CuePresence`), read once: the summary reader reuses them when the head
    /// is the record's title unchanged.
    var headCues: CuePresence?
    var problems: [String] = []
}
