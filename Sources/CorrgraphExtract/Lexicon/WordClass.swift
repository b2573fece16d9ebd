/// The word classes of catalogue English. A token's classes are looked up once, case-insensitively,
/// in one table built from the lexicon's lists (`Lexicon`), so that a title in capitals reads the
/// same as one in title case.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `Cde.`, `Comrade`, `Mr`, `Marshal`: dropped from names.
    public static let honorific = WordClass(rawValue: 1 << 0)
    /// `Ambassador`, `Premier`, `Secretary`: offices and functions.
    public static let office = WordClass(rawValue: 1 << 1)
    /// `Embassy`, `Ministry`, `Committee`, `CPSU`: a phrase holding one names an institution.
    public static let institutionHead = WordClass(rawValue: 1 << 2)
    /// `Soviet`, `Hungarian`, `DPRK`: qualify offices and institutions.
    public static let nationality = WordClass(rawValue: 1 << 3)
    /// A word of a document type (`Telegram`, `Ciphered`, `Memorandum`).
    public static let documentWord = WordClass(rawValue: 1 << 4)
    /// `Conversation`, `Talks`, `Audience`, `Visit`.
    public static let actNoun = WordClass(rawValue: 1 << 5)
    /// Capitalised words that are never part of a person's name in a title (`Republic`, `Decree`).
    public static let nonName = WordClass(rawValue: 1 << 6)
    /// Words that catalogue English prints in lower case inside a title: articles, prepositions,
    /// conjunctions, pronouns, and the participles of sending (`transmitting`, `sent`).
    public static let lowercaseWord = WordClass(rawValue: 1 << 7)
    /// Names printed in capitals as a rule: party and state acronyms (`CPSU`, `DPRK`, `GDR`).
    public static let acronym = WordClass(rawValue: 1 << 8)
    /// Month names.
    public static let month = WordClass(rawValue: 1 << 9)
    /// Roman numerals of generations and sequences (`II`, `III`, `IV`).
    public static let romanNumeral = WordClass(rawValue: 1 << 10)
}

extension Lexicon {
    /// Closed-class words printed in lower case inside catalogue titles, and the participles that introduce
    /// a carried message or its author. Examples: `Cable from A to B`, `Report sent by A to B`,
    /// `C to D, transmitting a Message from A`, `Telegram conveying …`, `Conversation between A and B`.
    /// Left out on purpose: words that are also names or markers in titles — `He` (He Long), `May` (the month),
    /// `Will`, `No.` (a document number), `An` (a Korean and Vietnamese name).
    static let lowercaseWords: Set<String> = [
        // articles and determiners
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my",
        "some", "any", "each", "every", "other", "another", "such",
        // prepositions and relay markers
        "of", "to", "from", "in", "on", "at", "by", "for", "with", "via", "between", "through", "about",
        "concerning", "regarding", "re", "during", "after", "before", "against", "among", "amongst", "over",
        "under", "into", "onto", "upon", "within", "without", "towards", "toward", "across", "around", "since",
        "until", "till", "per", "as", "than", "off", "out", "up", "down", "near", "beside", "besides",
        "following", "including", "excluding", "versus", "vs",
        // conjunctions and relative words
        "and", "or", "nor", "but", "if", "then", "which", "who", "whom", "whose", "what", "when", "where",
        "while", "whether", "because", "though", "although", "also", "well", "not",
        // auxiliaries and pronouns
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "would", "shall",
        "should", "might", "could", "she", "it", "they", "we", "them", "him",
        // participles of sending, carrying and authoring
        "transmitting", "conveying", "forwarding", "enclosing", "containing", "relaying", "attaching",
        "sending", "passing", "reporting", "requesting", "informing", "announcing", "outlining", "describing",
        "sent", "written", "made", "given", "delivered", "handed", "presented", "submitted", "signed",
        "approved", "received", "kept", "prepared", "addressed", "held", "led", "headed", "based",
        "considered", "related", "stationed", "redacted", "transmitted", "conveyed", "forwarded", "enclosed",
        "relayed", "attached", "drafted", "dictated", "compiled",
    ]

    /// Function words that are also syllables of names (`To Huu`, `Do Muoi`, `On Kyong`, `Pak In Su`): the
    /// lower-case words of two or three letters, except the articles, `and` and the name particles (`de`,
    /// `la`), which names and lists use as such. Capitalised inside a name they belong to it (`NameBinding`).
    static let nameSyllableFunctionWords: Set<String> = lowercaseWords.union(connectives)
        .filter { (2...3).contains($0.count) }
        .subtracting(["the", "and", "an", "de", "du", "des", "del", "la", "le"])

    /// Given names as English letter editions abbreviate them (`Geo. Washington`, `Thos. Jefferson`): names,
    /// unlike the other abbreviations before a name, which are forms of address (`NamePhrase.isAbbreviatedFormOfAddress`).
    static let givenNameAbbreviations: Set<String> = [
        "geo", "thos", "chas", "benj", "jno", "saml", "robt", "richd", "edwd", "danl", "alexr", "wm", "jas", "jos",
        "nathl", "fredk", "hy", "ste", "mich",
    ]

    /// Acronyms of parties, states and bodies that are printed in capitals in any title.
    static let acronyms: Set<String> = [
        "ussr", "urss", "sssr", "dprk", "prc", "roc", "rok", "drv", "gdr", "ddr", "frg", "brd", "cssr", "mpr",
        "us", "usa", "uk", "un", "nato", "uar", "sdr", "dc",
        "cpsu", "ccp", "cpc", "sed", "kwp", "wpk", "puwp", "pzpr", "rwp", "pcr", "bcp", "hswp", "mszmp", "kscs",
        "ksc", "pla", "mfa", "cc", "kgb", "gru", "nkvd", "mgb", "cia", "nsc", "fbi", "icp", "lwp", "pcf",
        "pci", "sdp", "spd", "cdu", "jcp", "psp", "nlf", "prg", "mprp",
    ]

    /// (`Xi` is left out: it is also a Chinese surname.)
    static let romanNumerals: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii"]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Every word of the lexicon with its classes: one table, built once.
    static let wordClasses: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ cls: WordClass) {
            for w in words { table[w, default: []].insert(cls) }
        }
        add(honorifics, .honorific)
        add(offices, .office)
        add(institutionHeads, .institutionHead)
        add(nationalities, .nationality)
        add(nonNameWords, .nonName)
        add(conversationNouns, .actNoun)
        add(documentTypes.flatMap { $0.phrase.split(separator: " ").map(String.init) }, .documentWord)
        add(lowercaseWords, .lowercaseWord)
        add(acronyms, .acronym)
        add(romanNumerals, .romanNumeral)
        add(months, .month)
        return table
    }()

    /// The classes of one word, in any letter case (`TELEGRAM`, `Telegram`, `telegram`).
    public static func classes(of word: some StringProtocol) -> WordClass {
        wordClasses[word.lowercased()] ?? []
    }
}
