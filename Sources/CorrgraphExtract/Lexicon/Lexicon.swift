/// Word lists behind the title grammar. They name conventions of catalogue English (offices,
/// forms of address, document types, institutions), never particular people.
enum Lexicon {
    /// Forms of address and ranks dropped from names (`Cde.`, `Comrade`, `Marshal`).
    static let honorifics: Set<String> = [
        "cde", "cdes", "comrade", "comrades", "com", "tov", "tovarishch", "mr", "mrs", "ms", "miss", "dr", "prof",
        "professor", "sir", "lord", "lady", "madame", "mme", "monsieur", "herr", "frau", "dom",
        "marshal", "marshall", "general", "gen", "lt", "lieutenant", "col", "colonel", "major", "maj", "capt", "captain",
        "admiral", "adm", "commander", "cmdr", "sergeant", "sgt", "brig", "brigadier", "corporal", "excellency",
        // British styles: "the Right Hon. R.G. Casey", "the Rt. Honourable …".
        "right", "rt", "hon", "honourable", "honorable",
        "generalissimo",
        // Continental forms of address in diplomatic heads: "Count Bergholm", "Señor Ibarra", "Senhor Alves", "Signor Rossi".
        "count", "señor", "senor", "senhor", "signor", "signore", "señora", "senora", "senhora", "signora",
        // Military ranks of the Napoleonic and Civil War editions, abbreviated and compound (`Lieut. General`,
        // `Lieut.-Colonel`, `Major-General`): docs/letter-editions.md, "Editions' numbers, descriptions and styles".
        "lieut", "lieutenant-general", "lieut.-general", "lieut.-gen", "major-general", "maj.-gen", "maj.-general",
        "brigadier-general", "brig.-gen", "brig.-general", "lieutenant-colonel", "lieut.-colonel", "lieut.-col",
        "vice-admiral", "rear-admiral", "field-marshal", "commodore", "ensign", "cornet",
        // Styles of rulers and prelates and the ranks of the Church (`His Holiness Pius XII`, `Cardinal Orsini-Vela`):
        // docs/names.md, "Regnal numbers, styles of rulers and prelates".
        "holiness", "majesty", "eminence", "highness", "beatitude", "cardinal", "archbishop", "monsignor", "msgr",
        // `Mgr` as English and Irish heads abbreviate Monsignor (`the Apostolic Delegate, Mgr Paolo Restelli`); Ethiopian forms
        // of address before a given name (`Ato Bekele Tessema`, `Woizero Tsehai`): docs/names.md, "Forms of address".
        "mgr", "ato", "woizero",
    ]

    /// Words of offices and functions: a phrase made only of these (and nationality adjectives,
    /// connectives and institution words) names an office, not a person.
    static let offices: Set<String> = [
        "chairman", "chairwoman", "chair", "premier", "president", "vice", "prime", "minister", "ministers",
        "deputy", "ambassador", "ambassadors", "ambassaor", "secretary", "secretaries", "chancellor", "federal",
        "foreign", "leader", "leaders", "chief", "head", "member", "members", "editor", "editor-in-chief",
        "counselor", "counsellor", "charge", "chargé", "d'affaires", "affaires", "attache", "attaché", "consul",
        "consul-general", "envoy", "delegate", "delegates", "representative", "representatives", "director",
        "first", "second", "third", "acting", "king", "queen", "prince", "princess", "emperor", "pope",
        // A ruler's or elder's title before an Arabic name ("Sheikh Faisal al-Rahim"); no given name.
        "sheikh", "shaikh", "sheik",
        "governor", "senator", "mayor", "commissar", "official", "officials", "officer", "adviser", "advisor",
        "prosecutor", "spokesman", "spokesperson", "interior", "defense", "defence", "military", "political",
        "vice-minister", "vice-premier", "vice-chairman", "vice-president", "undersecretary", "under-secretary",
        "assistant", "general-secretary", "secretary-general", "commander-in-chief", "plenipotentiary",
        "extraordinary", "resident", "citizen", "journalist", "journalists", "correspondent", "leadership",
        "communist", "party", "state", "affairs", "external", "relations", "international", "senior", "junior",
        "newly", "appointed", "former", "permanent", "special", "high", "commissioner", "envoys", "comandante",
        // A body named by a plural office is no person ("the Joint Chiefs of Staff").
        "chiefs", "consultant", "coordinator", "administrator", "negotiator",
        // A consular grade below the consul ("the Consular Agent at Lyon"), named with its place.
        "agent",
        // A regency and the staff offices of an army (`the Prince Regent`, `the Adjutant General`, `the Quartermaster
        // General`); German envoys addressed by office alone (`an den Botschafter in London`, `den Gesandten in München`).
        "regent", "adjutant", "adjutant-general", "quartermaster", "quartermaster-general",
        "botschafter", "gesandte", "gesandter", "gesandten", "generalkonsul",
        // German offices before a holder's name, as Swiss and German editions print them (`Bundesrat Petitpierre`, a
        // member of the Swiss Federal Council; `Staatssekretärin A`), in the cases a heading declines them to.
        "bundesrat", "bundesrats", "bundesrates", "bundesrätin", "staatssekretär", "staatssekretärs", "staatssekretärin",
        "bundeskanzler", "bundeskanzlers", "bundeskanzlerin", "bundespräsident", "bundespräsidenten", "bundespräsidentin",
        "bundesminister", "bundesministers", "bundesministerin", "botschafterin", "generalkonsulin",
        // A German head of a unit, named with its unit in the genitive (`der Chef des Zivilkabinetts`).
        "chef",
        // The Holy See's envoys (`the Papal Nuncio`, `the Internuncio`), named by office as other envoys are: docs/names.md.
        "nuncio", "internuncio", "pro-nuncio", "papal",
    ]

    /// Heads of institution names: a phrase containing one of these names an institution.
    static let institutionHeads: Set<String> = [
        "embassy", "embassies", "ministry", "ministries", "committee", "cc", "politburo", "politboro", "presidium",
        "secretariat", "government", "council", "commission", "department", "station", "delegation", "leadership",
        // Leagues, federations, associations, societies ("the Albanian Youth League", "Women's Federation").
        "league", "federation", "association", "society",
        "bureau", "legation", "consulate", "consulate-general", "consulates-general", "command", "headquarters", "district", "office", "agency", "mission",
        "mfa", "party", "cpsu", "ccp", "cpc", "sed", "kwp", "wpk", "puwp", "rwp", "pla", "komintern", "comintern",
        "cominform", "kgb", "gru", "nkvd", "mgb", "cia", "nsc", "front", "army", "union", "academy", "institute",
        "administration", "directorate", "section", "division", "group", "staff", "congress", "assembly",
        "parliament", "cabinet", "court", "chamber", "service", "corps", "team", "sinmun", "press", "radio",
        "news", "newspaper", "journal", "committees", "governments",
        // Firms write to governments too ("Northern Timber Company", "Pereira & Co.", "Pereira & Sons").
        "company", "companies", "co", "corporation", "corp", "inc", "ltd", "firm", "sons", "brothers", "board",
        "subcommittee",
        // A people's commissariat (the Soviet ministries until 1946: `People's Commissariat for Foreign Affairs`).
        "commissariat", "commissariats",
        // Assemblies and councils named in their own language (`the Kisan Sabha of Thana`, `the Majlis`, `the Sejm`).
        "sabha", "mahasabha", "majlis", "khural", "sejm", "knesset", "storting", "riksdag", "bundestag", "volkskammer",
        "sobranie", "skupshtina", "jirga", "shura",
        // German bodies a German head is addressed to (`an das Auswärtige Amt`, `an die Botschaft in Washington`).
        "amt", "botschaft", "gesandtschaft", "generalkonsulat", "ministerium", "bundeskanzleramt",
    ]

    /// Heads of bodies named by what they deal with (`the Committee on Foreign Relations`, `the Commission on Human
    /// Rights`, `the Working Group on Refugees`): a bare `on` and capitalised words after one continue the body's name
    /// (`MessageGrammar.continuesBodyName`). A party's central organ (`Central Committee`) takes no such name.
    static let bodiesNamedBySubject: Set<String> = [
        "committee", "committees", "subcommittee", "commission", "commissions", "council", "councils", "conference",
        "board", "group", "panel",
    ]

    /// Nouns that open a report's subject after `on the` (`on the Situation in X`, `on the Results of …`): after a body's
    /// head they end its name (`MessageGrammar.namesBodyAfterOn`).
    static let subjectTopicNouns: Set<String> = [
        "situation", "question", "questions", "problem", "problems", "issue", "issues", "results", "result", "position",
        "positions", "state", "course", "progress", "events", "event", "preparation", "preparations", "implementation",
        "matter", "matters", "outcome", "prospects", "measures", "state", "draft", "work", "activities", "activity",
        "conduct", "case", "affair", "incident", "crisis", "conflict", "war", "negotiations", "talks", "visit",
    ]

    /// Classes of people a letter or appeal may address (`the Peasants`, `the Workers of Xlandia`, `the Korean People`): a
    /// public, nobody in particular (`NamePhrase.isClassOfPeople`), with the words that may qualify them.
    static let classesOfPeople: Set<String> = [
        "people", "peoples", "workers", "peasants", "farmers", "youth", "youths", "women", "students", "citizens",
        "masses", "toilers", "intelligentsia", "intellectuals", "soldiers", "sailors", "veterans", "population",
        "inhabitants", "compatriots", "countrymen", "nation", "children", "mothers", "teachers", "miners", "writers",
        "artists", "scientists", "believers", "voters", "electors", "readers", "listeners", "emigrants", "refugees",
        "nations", "proletarians",
        // A broadcast's public (`to the World`, `to the Faithful`): docs/names.md.
        "world", "faithful",
    ]
    static let classOfPeopleModifiers: Set<String> = [
        "working", "toiling", "labouring", "laboring", "fraternal", "brotherly", "heroic", "whole", "entire",
        "progressive", "young", "peace-loving", "freedom-loving", "great", "friendly", "dear", "all", "fellow",
    ]

    /// Connectives that may stand inside office and institution phrases.
    static let connectives: Set<String> = [
        "of", "the", "to", "in", "for", "and", "at", "on", "a", "an", "de", "du", "des", "del", "la", "le",
    ]

    /// Capitalised words that are never part of a person's name in a title.
    static let nonNameWords: Set<String> = Set<String>([
        "others", "other", "all", "various", "unknown", "anonymous", "unnamed", "someone", "everyone",
        "republic", "republics", "people's", "peoples", "democratic", "socialist", "soviet",
        "nuclear", "energy", "trade", "security", "information", "economic", "planning", "workers", "workers'",
        "labor", "labour", "liberation", "national", "united", "nations", "states", "kingdom", "federation",
        "central", "supreme", "general", "provisional", "revolutionary", "organizations", "organization",
        "sciences", "science", "culture", "education", "health", "finance", "industry", "agriculture",
        "east", "west", "north", "south", "northern", "southern", "eastern", "western", "far",
        "top", "secret", "urgent", "excerpt", "excerpts", "extract", "extracts", "draft", "copy",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
        "comments", "comment", "report", "reports", "telegram", "telegrams", "letter", "letters", "message",
        "messages", "cable", "cables", "note", "notes", "memorandum", "reply", "record", "minutes", "remarks",
        "statement", "speech", "instructions", "directive", "account", "visit", "views", "view", "opinion",
        "opinions", "conversation", "conversations", "meeting", "meetings", "talks", "discussion", "discussions",
        "issue", "question", "problem", "joint", "channels", "channel", "country", "countries", "provinces", "regions", "armed", "forces", "latin", "journal", "diary", "comrades", "situation", "plans", "plan", "name", "regarding", "concerning",
        // Kinds of documents that are no correspondence ("Decree of the Council of Ministers on …").
        "decree", "resolution", "protocol", "statistics", "agreement", "treaty", "program", "programme", "proposal",
        "analysis", "assessment", "chronology", "biography", "overview", "communique", "declaration",
        "decision", "regulations", "theses", "assistance", "reactions", "reaction",
        // Subjects of ministries and departments ("Foreign Trade & Economic Cooperation").
        "cooperation", "development", "construction", "commerce", "communications", "transport", "transportation",
        "railways", "propaganda", "liaison", "investigation", "reunification", "unification",
        "intelligence", "research", "studies", "coordination", "reconstruction", "telecommunications",
        "aviation", "shipping", "defense", "defence", "affairs", "technology", "technologies", "posts", "telegraphs",
        "justice", "mines", "fisheries", "forestry", "tourism", "sports", "welfare", "housing", "metallurgy", "geology",
        "irrigation", "public", "works",
        // Pronouns and determiners open sentences in summaries ("She also tells Stalin …"); "He" is also a
        // Chinese surname (He Long) and is handled with the name grammar.
        "she", "they", "it", "we", "his", "her", "their", "its", "this", "that", "these", "those", "both",
        "each", "there", "here",
        // A wife or husband left unnamed ("B and His Wife") is nobody in particular.
        "wife", "husband", "spouse",
        // Editors' notes in brackets ("[Undated]", "[n.d.]").
        "undated", "n.d",
    ]).union(meetingNouns).union(visitNouns)

    /// Function words an editor may supply in brackets inside the construction (`Conversation [between] A
    /// and B`, `Letter [from] A [to] B`): read as if printed. `[via C]` holds a name and is no such bracket.
    static let bracketableFunctionWords: Set<String> = [
        "between", "from", "to", "with", "and", "of", "by", "for", "on", "the", "a", "an", "in", "at",
    ]

    /// Nationality and state adjectives: they qualify offices and institutions, not names. Every state's
    /// adjective in the gazetteer is one (`Gazetteer.nationalityWords`).
    static let nationalities: Set<String> = Set<String>([
        "soviet", "russian", "chinese", "korean", "north", "south", "vietnamese", "polish", "hungarian",
        "romanian", "rumanian", "bulgarian", "czechoslovak", "czech", "slovak", "albanian", "yugoslav",
        "yugoslavian", "east", "west", "german", "gdr", "frg", "mongolian", "cuban", "american", "us", "u.s.",
        "british", "french", "italian", "japanese", "indian", "pakistani", "indonesian", "burmese", "cambodian",
        "laotian", "thai", "australian", "canadian", "mexican", "brazilian", "egyptian", "iranian", "iraqi",
        "afghan", "turkish", "greek", "finnish", "swedish", "norwegian", "danish", "dutch", "belgian", "swiss",
        "austrian", "spanish", "portuguese", "israeli", "syrian", "ghanaian", "guinean", "malian", "zambian",
        "tanzanian", "algerian", "dprk", "prc", "ussr", "roc", "drv", "rok", "un", "nato", "taiwanese",
        "vietnam", "sino-soviet", "somali", "ukrainian", "belarusian", "latvian", "lithuanian", "estonian", "georgian",
        "malaysian", "ethiopian", "argentine", "argentinian", "lebanese", "sudanese", "kenyan", "senegalese", "nepalese",
        "chilean", "bolivian", "peruvian", "venezuelan", "colombian", "ecuadorian", "nicaraguan", "congolese", "ceylonese",
    ]).union(Gazetteer.nationalityWords)

    /// Ranks of a diplomatic service: the people who sign an embassy's telegrams.
    /// ("Secretary" alone is a party office too: only "second"/"third secretary" or an embassy's secretary count.)
    static let diplomaticRanks: Set<String> = [
        "ambassador", "charge", "chargé", "d'affaires", "affaires", "counselor", "counsellor", "attache",
        "attaché", "consul", "consul-general", "envoy", "minister-counselor", "minister-counsellor", "diplomat",
        "representative",
    ]

    /// Whether a document type is a wire (telegram, cable): a message even with no stated addressee.
    static func isWire(_ type: String) -> Bool {
        documentTypes.contains { $0.type == type && $0.addressless }
    }

    /// Document types as they lead a title, longest first so that `Ciphered Telegram` wins over `Telegram`.
    /// `addressless` types are messages even when no addressee is stated (a cable is sent to someone).
    static let documentTypes: [(phrase: String, type: String, addressless: Bool)] = {
        let list: [(String, Bool)] = [
            ("ciphered telegram", true), ("coded telegram", true), ("cipher telegram", true),
            ("secret telegram", true), ("urgent telegram", true), ("telegram", true), ("telegrams", true),
            ("cablegram", true), ("cable", true), ("cables", true), ("cryptogram", true), ("telephonogram", true),
            ("radiogram", true), ("wire", false), ("dispatch", true), ("despatch", true),
            ("hand delivered note", false), ("hand-delivered note", false), ("verbal message", false),
            ("oral message", false), ("message", false), ("letter", false), ("letters", false), ("note", false),
            ("diplomatic note", false), ("memorandum", false), ("memo", false), ("report", false),
            ("information", false), ("directive", false), ("instructions", false), ("instruction", false),
            ("explanatory note", false), ("proposal", false), ("account", false), ("comment", false),
            ("reply", false), ("response", false), ("appeal", false), ("request", false), ("order", false),
            ("statement", false), ("greetings", false), ("postcard", false), ("petition", false),
            ("draft telegram", true), ("draft letter", false), ("draft reply", false), ("draft instructions", false),
            ("draft cable", true), ("draft message", false), ("handwritten letter", false),
            ("top secret memorandum", false), ("secret memorandum", false), ("political report", false),
            ("telex", true), ("fax", true), ("circular", false), ("communication", false),
            ("note verbale", false), ("aide-memoire", false), ("aide memoire", false), ("aide-mémoire", false),
            ("backchannel message", true), ("back channel message", true), ("airgram", true), ("despatch", true),
            ("intelligence memorandum", false), ("action memorandum", false), ("information memorandum", false),
            // British usage: a minute is a note from one official to another.
            ("minute", false), ("minute sheet", false),
            // Other wires and covering documents of diplomatic registries.
            ("aerogram", true), ("aerogramme", true), ("lettergram", true), ("phonogram", true),
            ("teletype", true), ("teleprinter message", true), ("telefax", true), ("night letter", true),
            // Papers a department prepares for an official: a message when addressed ("Briefing Paper from A to B").
            ("briefing paper", false), ("briefing memorandum", false), ("position paper", false), ("background paper", false),
            ("scope paper", false),
        ]
        return list.map { ($0.0, $0.0, $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// Words opening a conversation record: `Memorandum of Conversation`, `Minutes of Talks`, ….
    static let conversationNouns: Set<String> = Set(meetingNouns).union(["exchange", "call", "visit"])

    /// Act nouns of a meeting, as a title names what it documents (`A's Meeting with B`, `Luncheon between
    /// A and B`, `Exchange of Views between A and B`), singular and plural. Longest first, so that a
    /// phrase wins over its head (`exchange of views` over `exchange`). `visit` and `call` are listed
    /// apart (`visitNouns`): they take `to B` as well as `with B`.
    static let meetingNouns: [String] = [
        "exchange of views", "exchange of opinions", "conversations", "conversation", "discussions",
        "discussion", "talks", "talk", "meetings", "meeting", "audience", "audiences", "receptions", "reception",
        "consultations", "consultation", "interviews", "interview", "negotiations", "dialogue", "luncheon",
        "lunch", "dinner", "breakfast", "banquet", "encounter",
    ].sorted { $0.count > $1.count }

    /// Nouns of a part of an act, before `of` and the act noun: `A's Fourth Round of Talks with B`, `Continuation of
    /// the Conversation with B`, `Resumption of Negotiations between A and B`. They name the act's part, no one.
    static let actPartitives: Set<String> = ["round", "rounds", "continuation", "resumption", "series", "conclusion"]

    /// Nouns of a part of a record printed in parentheses after its heading (`(Second Round)`, `(Part II)`, `(Session 3)`),
    /// with an ordinal or a number, and the words that alone mark a continued record (`(Continued)`, `(Concluded)`): they
    /// say which part of the talk the record is, and name no one (`TitleText.cuttingPartMarker`).
    static let recordPartNouns: Set<String> = actPartitives.union(["part", "session", "sitting", "day", "instalment",
                                                                   "installment", "meeting", "stage", "phase"])
    static let recordPartMarks: Set<String> = ["continued", "cont.", "cont'd", "concluded", "conclusion", "end", "beginning",
                                               "first part", "second part", "final part", "last part"]

    /// Meeting nouns that also take their other side after `to`: `A's Farewell Visit to B`, `Courtesy Call on B`.
    static let visitNouns: [String] = ["visit", "visits", "call"]

    /// Ordinals before an act noun: `A's Third Conversation with B`, `the Tenth Meeting`, `21st Meeting`
    /// (numeric ordinals are recognised by shape, `isOrdinal`).
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "last", "final", "next", "further", "another", "new",
    ]

    /// `5th`, `21st`, `2nd`, `3rd`, `103rd`: a number with an ordinal ending; or a word of `ordinals`.
    static func isOrdinal(_ word: String) -> Bool {
        let key = word.lowercased()
        if ordinals.contains(key) { return true }
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(key.dropFirst(digits.count)))
    }

    /// Modifiers that may stand between a possessive or article and an act noun (`A's Telephone
    /// Conversation with B`, `Private Talk`, `Farewell Visit`); they qualify the act, they name no one.
    static let actModifiers: Set<String> = [
        "telephone", "telephonic", "phone", "private", "confidential", "secret", "urgent", "personal",
        "official", "unofficial", "informal", "formal", "brief", "short", "long", "lengthy", "final",
        "farewell", "courtesy", "introductory", "working", "friendly", "cordial", "frank", "joint", "separate",
        "preliminary", "additional", "follow-up", "special", "extraordinary", "closed",
        "one-on-one", "tete-a-tete", "face-to-face", "top", "strictly", "initial", "recent", "later", "earlier",
        "diplomatic", "political", "restricted", "plenary", "bilateral", "trilateral",
        "dinner", "luncheon", "evening", "morning", "afternoon",
    ]

    /// Modifiers of a document type (`Ciphered Telegram`, `Urgent Cable`, `Coded Cable Telegram`): a
    /// title may stack them and several types before the correspondents; none names an author.
    static let documentModifiers: Set<String> = [
        "ciphered", "cipher", "coded", "code", "encoded", "encrypted", "enciphered", "decoded", "deciphered",
        "urgent", "very", "most", "immediate", "priority", "flash", "express", "top", "secret", "strictly",
        "confidential", "personal", "private", "official", "joint", "special", "circular", "outgoing",
        "incoming", "handwritten", "hand-delivered", "typed", "signed", "unsigned", "original", "final",
        "draft", "verbal", "oral", "telephone", "telephonic", "radio", "courier", "classified", "restricted",
    ]

    /// Captions a registry prints in capitals beside a telegram's ends to say how it is handled (`NIACT IMMEDIATE`,
    /// `NODIS`, `EYES ONLY`): no correspondent, though they look like an end named by its initials.
    static let handlingCaptions: Set<String> = [
        "niact", "nodis", "exdis", "limdis", "roger", "eyes", "only", "fyi", "asap", "ref", "reftel", "encl", "ok",
        "nb", "ps", "pp", "bcc", "info", "action", "routine", "plain", "clear", "en", "ends",
        // Markings stamped on a released copy and a wire's precedence, as long as a command's short title.
        "unclassified", "declassified", "sanitized", "sanitised", "operational", "precedence", "deferred",
    ]

    /// Captions and markings of `handlingCaptions` that are no name in any letter case: a title printed in capitals gives
    /// them a capital (`…, NODIS` → `Nodis`), and they must not then read as a surname (`NamePhrase.neverNameWords`).
    /// (`Roger`, `Clear`, `Plain` are names too and stay out.)
    static let markingsNeverNames: Set<String> = [
        "niact", "nodis", "exdis", "limdis", "reftel", "fyi", "asap", "unclassified", "declassified", "sanitized", "sanitised",
    ]

    /// A word of the `-gram` family (`aerogram`, `lettergram`, `phonogram`) names a wire even when the
    /// table does not list it: so `Aerogram, A to B` is a document word, not a co-sender.
    static func isGramWord(_ word: String) -> Bool {
        let key = word.lowercased()
        return key.count > 5 && (key.hasSuffix("gram") || key.hasSuffix("grams") || key.hasSuffix("gramme"))
            && !["program", "programs", "programme", "diagram", "diagrams", "kilogram", "kilograms", "epigram"].contains(key)
    }
}

/// Forms of address that mark a woman by her husband's name (`Madame Chiang Kai-shek`, `Mrs. Li`):
/// extraction passes them on as the name's office, and resolution keeps them with the name, because the
/// same name without them is another person.
public enum FormsOfAddress {
    public static let markingAnotherPerson: Set<String> = ["madame", "mme", "mrs", "frau", "senora", "señora", "senhora", "signora", "madam"]
}

/// Office words that resolution needs to tell two posts of one surname apart (`Ambassador in Xlandia
/// (Okonkwo)` and `Ambassador in Ruritania (Okonkwo)` are two people).
public enum OfficeWords {
    /// Ranks of a diplomatic service: one diplomat holds such posts one after another.
    public static var diplomaticRanks: Set<String> { Lexicon.diplomaticRanks }
    /// Whether the lexicon knows a word as an office or rank word (`ambassador`, `secretary`, `general`); a post
    /// made of none of them is a description the lexicon does not know.
    public static func isOfficeWord(_ key: String) -> Bool { OfficeHeads.isOfficeWord(key) }
    /// Words that make another office of the office they qualify: a `Deputy Secretary` or a `Consul
    /// General` is not the `Secretary` or the `Consul`.
    public static let rankModifiers: Set<String> = [
        "acting", "deputy", "assistant", "under", "undersecretary", "vice", "general", "associate", "special",
        "executive", "principal", "first", "second", "third", "senior", "junior", "chief", "high",
        // A consul's deputy in the British service: "Pro-Consul at Lyon" is not the Consul.
        "pro",
    ]
}
