/// Word classes of summary prose that the summary rules look for. Each names a convention of
/// catalogue English, never a person; title classes (document types, act nouns) stay in `Lexicon`.
enum SummaryLexicon {
    /// Verbs by which one document carries another's content: "Telegram relaying a message from …".
    static let conveyingVerbs: Set<String> = [
        "relaying", "relays", "relayed", "conveying", "conveys", "conveyed", "transmitting", "transmits", "transmitted",
        "forwarding", "forwards", "forwarded", "passing", "passes", "containing", "contains", "carrying", "carries",
        "enclosing", "encloses",
    ]

    /// Verbs by which someone is asked to hand a message on: "asks Kovalev to pass the reply of …".
    static let handingOnVerbs: Set<String> = [
        "pass", "convey", "transmit", "deliver", "forward", "relay", "hand", "give", "send",
    ]

    /// Verbs of handing on a thing already written (not `give`, `send`: "to send a report to B" asks for a new one):
    /// "asks D to pass his reply on to B".
    static let passingOnVerbs: Set<String> = ["pass", "convey", "transmit", "deliver", "forward", "relay", "hand"]

    /// Pronouns that stand for the record itself as the object of a verb of handing on: "asks D to forward it to B".
    static let recordPronouns: Set<String> = ["it"]

    /// Verbs by which the title's sender sends the record's message: "Kaczmarek sends a message to be handed to B".
    static let sendingVerbs: Set<String> = ["sends", "sent", "dispatches", "dispatched", "addresses", "addressed"]

    /// Markers after "a message from A" that name its own addressee: "a letter from A to B", "a message from A for
    /// B", "a letter from A addressed to B" (`SummaryReader.relayedContent`).
    static let carriedAddresseeMarkers: [[String]] = [
        ["to"], ["for"], ["addressed", "to"], ["intended", "for"], ["meant", "for"], ["destined", "for"],
    ]

    /// Verbs of asking someone to do something: "Gromyko demands Kovalev to …".
    static let requestVerbs: Set<String> = [
        "asks", "asked", "requests", "requested", "instructs", "instructed", "demands", "demanded", "tells", "told",
        "orders", "ordered", "directs", "directed", "urges", "urged",
    ]

    /// What one person sends another: the nouns a conveyed message is called by.
    static let messageNouns: Set<String> = [
        "message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "cables", "reply", "replies",
        "response", "responses", "answer", "query", "inquiry", "enquiry", "request", "requests", "instructions",
        "instruction", "directive", "directives", "note", "greetings", "appeal", "proposal", "proposals", "opinion",
        "views", "question", "questions", "cablegram", "report", "text",
    ]

    /// Words a summary opens with when it restates the record itself ("Telegram from …", "Instructions for …").
    static let documentNouns: Set<String> = messageNouns.union(Lexicon.documentTypes.map(\.type).filter { !$0.contains(" ") })

    /// Phrases that name the real final recipient of a message addressed to a go-between:
    /// "sent with the intent to be passed on to X", "intended for X".
    static let onwardRecipientMarkers: [String] = [
        "to be passed on to ", "to be passed to ", "to be forwarded to ", "to be conveyed to ", "to be transmitted to ",
        "to be delivered to ", "to be handed to ", "to be handed over to ", "to be relayed to ", "intended for ",
        "meant for ", "destined for ", "for transmission to ", "for delivery to ", "for forwarding to ",
        // "onward" before the noun of a marker: "for onward transmission to B".
        "for onward transmission to ", "for onward delivery to ", "for onward forwarding to ",
    ]

    /// Verbs and document nouns by which a record recounts a talk as its subject: "recounts a recent
    /// meeting between …", "A note on the conversations between …".
    /// Verbs that recount with `out` ("sets out / lays out the conversation between A and B").
    static let settingOutVerbs: Set<String> = ["sets", "set", "lays", "laid", "spells", "spelled", "spelt"]
    static let recountingVerbs: Set<String> = [
        "recounts", "recounted", "relates", "related", "describes", "described", "summarizes", "summarises",
        "summarized", "summarised", "records", "recorded", "details", "detailed", "reports", "reported", "tells",
        "documents", "documented", "covers", "reviews", "transmits", "forwards", "relays", "conveys",
    ]
    static let recountingNouns: Set<String> = [
        "report", "reports", "note", "notes", "account", "record", "records", "minutes", "transcript", "summary",
        "memorandum", "information", "description", "telegram", "cable", "letter", "excerpt", "excerpts",
    ]

    /// Nouns of talks for clause patterns ("have a detailed conversation", "a meeting between …").
    static let talkNouns: Set<String> = Set(ConversationGrammar.nouns).subtracting(["minutes"])
        .union(["exchange", "exchanges", "dialogue", "lunch", "luncheon", "breakfast", "supper", "visit"])

    /// Meals had with someone, recounted as talks after a possessive or article only: "describes his dinner with B",
    /// "a lunch with B" (`SummaryReader.meetingsWith`); "invited B to dinner with the delegation" is no talk of B's.
    static let mealsWith: [String] = ["dinner with ", "lunch with ", "luncheon with ", "breakfast with ", "supper with "]

    /// Nouns of calling on someone, held like a talk noun (`holdingVerbs`) and followed by "on": "paid a courtesy call
    /// on B", "pays a farewell call on B" (`SubjectClauses.find`). Not talk nouns elsewhere: "a call for unity" is no talk.
    static let callingNouns: Set<String> = ["call", "calls"]
    /// Words that qualify a call ("a courtesy call", "a brief farewell call"): printed in lower case in prose, so that a
    /// summary in capitals reads them as in title case (`proseWords`).
    static let callingModifiers: Set<String> = ["courtesy", "farewell", "brief"]

    /// Verbs by which people hold a talk named by its noun: "X and Y have a detailed conversation".
    static let holdingVerbs: Set<String> = ["have", "has", "had", "hold", "holds", "held", "pays", "paid", "pay"]

    /// Determiners before a talk noun.
    static let determiners: Set<String> = ["a", "an", "the", "their", "his", "her", "its", "this", "that", "another"]

    /// Nouns of a relation between countries or people: "relations with North Korea", "the war with …"
    /// name a topic, not the other side of a talk.
    static let relationNouns: Set<String> = [
        "relations", "relationship", "relationships", "ties", "cooperation", "co-operation", "trade", "friendship",
        "war", "wars", "conflict", "conflicts", "dispute", "disputes", "border", "borders", "alliance", "treaty",
        "agreement", "agreements", "solidarity", "unity", "split", "rift", "rapprochement", "normalization",
        "normalisation", "contacts", "exchanges", "links", "dealings", "confrontation", "tensions", "struggle",
        "clashes", "problems", "difficulties", "rivalry", "competition", "reconciliation",
    ]

    /// Nouns of unnamed groups of people: never participants ("officials", "the Hungarian leaders").
    static let groupNouns: Set<String> = [
        "officials", "representatives", "leaders", "members", "diplomats", "delegates", "reporters", "journalists",
        "students", "workers", "guests", "visitors", "ministers", "ambassadors", "people", "experts", "advisers",
        "advisors", "counterparts", "colleagues", "comrades", "cadres", "officers", "authorities", "participants",
    ]

    /// Words that make a talk hypothetical, planned or wished for when they stand just before it:
    /// "a possible meeting with …", "a condition for holding talks with …", "talks … will resume".
    static let hedgeWords: Set<String> = [
        "will", "would", "shall", "should", "could", "might", "may", "must", "possible", "possibly", "potential",
        "future", "upcoming", "forthcoming", "prospective", "proposed", "planned", "intended", "hypothetical",
        "condition", "conditions", "precondition", "prerequisite", "if", "unless", "whether", "hopes", "hoped",
        "wishes", "wished", "wants", "wanted", "plans", "intends", "expects", "expected",
    ]

    /// Words before "meeting with" that make it a meeting wished for, planned or remembered.
    static let unheldTalkWords: Set<String> = [
        "request", "requests", "requested", "requesting", "propose", "proposes", "proposed", "proposing", "suggest",
        "suggests", "suggested", "seek", "seeks", "sought", "want", "wants", "wanted", "wish", "wishes", "wished",
        "arrange", "arranges", "plan", "plans", "planned", "possible", "future", "upcoming", "forthcoming",
        "prospective", "potential", "recalls", "recalled", "remembers", "remembered", "another", "next",
        // "asked for an audience with": a talk asked for.
        "ask", "asks", "asked",
    ]

    /// Nouns of what came of a talk: "a breakthrough in his talks with …" reports the outcome, and
    /// mentions the talks only in passing.
    static let outcomeNouns: Set<String> = [
        "breakthrough", "breakthroughs", "result", "results", "outcome", "outcomes", "progress", "success",
        "failure", "conclusion", "conclusions", "deadlock", "impasse", "stalemate",
    ]

    /// Verbs of speaking that make a named person an interlocutor of a journal's diarist or a participant of a
    /// meeting the title names ("Kim Chang-man mentions …", "Ri Gyo-sun says …").
    static let speechVerbs: Set<String> = [
        "says", "said", "mentions", "mentioned", "requests", "requested", "suggests", "suggested", "stresses",
        "stressed", "emphasizes", "emphasized", "emphasises", "emphasised", "agrees", "agreed", "promises",
        "promised", "welcomes", "welcomed", "complains", "urges", "urged", "insists", "insisted", "argues", "argued",
        "remarks", "remarked", "objects", "objected", "reassures", "reassured", "thanks", "thanked", "announces",
        "announced", "conveys", "conveyed", "declares", "declared", "points", "pointed", "responds", "responded",
        "answers", "answered", "notes", "noted", "states", "stated", "proposes", "proposed", "praises", "praised",
        // Plural subjects take the bare form: "both Choe and Kim say …".
        "say", "mention", "request", "suggest", "stress", "emphasize", "emphasise", "agree", "promise", "welcome",
        "complain", "urge", "insist", "argue", "remark", "object", "reassure", "thank", "announce", "declare",
        "respond", "answer", "note", "state", "propose", "praise", "assure", "warn", "advise", "remind",
    ]

    /// Verbs of holding a talk with someone beside `meet`, `talk` and `discuss`: "Petrov conferred with Kim …",
    /// "consulted with", "negotiated with", "chatted with", "dined with", "exchanged views with".
    static let consultingVerbs: Set<String> = [
        "confer", "confers", "conferred", "consult", "consults", "consulted", "negotiate", "negotiates", "negotiated",
        "chat", "chats", "chatted", "dine", "dines", "dined", "lunched", "exchanged",
    ]

    /// Words a summary printed in capitals has in lower case, beside the title's function words: the verbs its
    /// clauses are read by, adverbs of sequence, pronouns and talk nouns (`PETROV MET KIM. HE THEN TALKED WITH …`).
    /// Words that are also names or parts of names stay out (`Said`, `May`, `Will`, `He`: He Long; `United States`,
    /// `Secretary of State`).
    static let proseWords: Set<String> = SubjectClauses.clauseVerbs.union(SubjectClauses.conversationVerbs)
        .union(SubjectClauses.personObjectVerbs).union(sequenceAdverbs).union(holdingVerbs).union(talkNouns)
        .union(hedgeWords).union(unheldTalkWords).union(["she", "they", "not", "did", "does", "do", "never", "also"])
        .union(callingNouns).union(callingModifiers)
        .subtracting(["said", "may", "will", "he", "present", "state", "states"])

    /// Adverbs of sequence that stand between a subject and its verb: "He then talked with …", "Kim later
    /// met …". They leave the clause's subject and verb as they are.
    static let sequenceAdverbs: Set<String> = [
        "then", "later", "again", "subsequently", "afterwards", "afterward", "next", "first", "finally", "also",
        "soon", "thereafter", "eventually", "briefly",
    ]

    /// Verbs whose subjects take part in the talk they govern: "Mikoyan and Choe dominate the discussion".
    static let participationVerbs: Set<String> = [
        "dominate", "dominates", "dominated", "lead", "leads", "led", "chair", "chairs", "chaired", "conduct",
        "conducts", "conducted", "open", "opens", "opened", "attend", "attends", "attended", "join", "joins", "joined",
        "host", "hosts", "hosted",
    ]

    /// Words of being at a talk before the list of those who were: "Present at the talk were …", "Also participating
    /// were …", "Attending were …" (`SummaryReader.presentLists`).
    static let presenceWords: Set<String> = ["present", "participating", "attending"]

    /// Prepositions between `present` and the talk a list of people attended: "Present at the talk were …"
    /// (`SummaryReader.presentLists`).
    static let presentPlacePrepositions: Set<String> = ["at", "during", "for", "in"]

    /// Verbs by which the sender of the record's message addresses someone in its summary: "Zhang informs Choe and
    /// Belyaev …" names a further addressee (`SummaryReader.addressees`).
    static let furtherAddressingVerbs: Set<String> = ["informs", "tells", "instructs", "replies", "writes", "notifies"]

    /// Words after which a summary lists further addressees of its message: "also sent copies to C and D",
    /// "was also addressed to C" (`SummaryReader.copyRecipients`), as word keys.
    static let copyRecipientMarkers: [[String]] = [
        ["copies", "to"], ["copy", "to"], ["copied", "to"], ["also", "addressed", "to"], ["simultaneously", "addressed", "to"],
    ]

    /// **A copy sent in a clause of its own** ("Copies were sent to C and D", "A copy of the letter went to C", "Copies
    /// were also forwarded to C"): a copy noun, an optional "of" + determiner + document noun, an optional auxiliary
    /// of the past and adverb, a verb of sending in the past, and "to" (`SummaryReader.copySentClauseEnd`).
    static let copyNouns: Set<String> = ["copy", "copies"]
    static let copySendingVerbs: Set<String> = [
        "sent", "went", "forwarded", "given", "delivered", "dispatched", "transmitted", "passed", "distributed", "handed",
    ]
    /// Auxiliaries of a copy already sent ("were sent", "has gone"): not "be", "will" (planned, wished for).
    static let copyPastAuxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "been"]
    static let copyAdverbs: Set<String> = ["also", "simultaneously", "likewise", "similarly", "further"]

    /// Plural nouns of unnamed sources of hearsay: "Rumors say that …", "Sources indicate that …", "Observers believe …".
    /// Such a subject is no person, and what it says is reported (`SubjectClauses.find`).
    static let hearsayNouns: Set<String> = [
        "rumors", "rumours", "reports", "sources", "observers", "informants", "circles", "analysts", "commentators",
        "accounts", "newspapers", "stories", "hearsay", "gossip", "speculation", "indications",
    ]

    /// Conjunctions that open a hypothetical clause: "If Kim meets Zhang, …" states no meeting.
    static let conditionalOpeners: Set<String> = ["if", "unless", "whether", "lest", "suppose", "supposing"]

    /// Verbs of joining people already talking: "Pak Mun-il later joined them" is one more participant.
    static let joiningVerbs: Set<String> = ["join", "joins", "joined"]

    /// Verbs by which a talk names its participants: "The talks included Khrushchev, Mikoyan …".
    static let includingVerbs: Set<String> = [
        "included", "includes", "include", "involved", "involves", "involve", "gathered", "brought",
    ]

    /// Kinds of records that mention talks in passing rather than recount them (gold schema).
    /// Words after a talk noun that state the talk happened ("A conversation took place between A and B").
    static let talkOccurrences: [[String]] = [
        ["took", "place"], ["takes", "place"], ["was", "held"], ["were", "held"], ["is", "held"], ["are", "held"],
        ["was", "conducted"], ["were", "conducted"],
    ]
    static let passingMentionKinds: Set<String> = [
        "chronology", "biography", "overview", "assessment", "analysis", "evaluation", "bulletin", "gazette",
        "speech", "minutes", "resolution", "decree", "decision", "protocol", "statute", "communique", "editorial",
        "article", "study", "survey", "review", "index", "list",
    ]
}
