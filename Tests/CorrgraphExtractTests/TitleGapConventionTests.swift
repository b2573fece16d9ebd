import CorrgraphTestSupport
import CorrgraphRead
@testable import CorrgraphExtract
import Testing

/// Title conventions that an unseen record can use and that were not read before (issue 9, docs/titles.md
/// "Quoted names, groups, offices' domains, cities, memoirs"). Names are invented (`Variants.people`: Russian,
/// Chinese, Korean, German, Arabic, Spanish, Japanese); expected acts are worked out by hand from GOLD-SCHEMA.md.
@Suite struct TitleGapConventionTests {
    // MARK: Quoted names

    /// The quote pairs a catalogue may print around a name: straight, typographic, single.
    static let quotePairs: [(String, String)] = [("\"", "\""), ("“", "”"), ("'", "'"), ("‘", "’")]

    /// Quote marks around a correspondent are punctuation: every end slot (sender after a comma or `from`,
    /// recipient, relay, a side of a conversation), every quote pair, lists of three.
    @Test func quotedNamesAreTheirEnds() {
        var n = 0
        for (open, close) in Self.quotePairs {
            func q(_ name: String) -> String { open + name + close }
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Cable, \(q(a)) to \(b)") == ["\(a) → \(b)"], "\(open)")
            #expect(Acts.of("Letter from \(q(a)) to \(q(b))") == ["\(a) → \(b)"], "\(open)")
            #expect(Acts.of("Cable, \(a) to \(b) [via \(q(c))]") == ["\(a) → \(b) via \(c)"], "\(open)")
            #expect(Acts.of("Memorandum of Conversation between \(q(a)) and \(b)") == [Variants.sortedPair(a, b)], "\(open)")
            #expect(Acts.of("Letter from \(q(a)), \(q(b)) and \(q(c)) to Kurt Lehmann") == ["\(a), \(b), \(c) → Kurt Lehmann"], "\(open)")
            n += 1
        }
        // A title in capitals is read in catalogue case first.
        #expect(Acts.of("CABLE, \"BORIS ORLOV\" TO CHEN GUOPING") == ["Boris Orlov → Chen Guoping"])
    }

    /// A quoted subject is no name: after a comma at the end, or words that are no name.
    @Test func quotedSubjectsAreNoNames() {
        for (open, close) in Self.quotePairs {
            #expect(Acts.of("Letter from Li Wenbo to Hans Becker, \(open)The Situation in Korea\(close)") == ["Li Wenbo → Hans Becker"], "\(open)")
            #expect(Acts.of("Report, \(open)On the Harvest\(close)") == [], "\(open)")
            #expect(Acts.of("Letter from Li Wenbo to Hans Becker, \(open)Regarding Trade\(close)") == ["Li Wenbo → Hans Becker"], "\(open)")
        }
    }

    /// A closing run of quote marks that opens nothing is dropped, after a space or attached to the name.
    @Test func strayClosingQuotesAreNoPartOfAName() {
        for run in ["\"", "\"\"\"", "''", "”””", " \"", " '''", " ”"] {
            #expect(Acts.of("Letter from Yuki Tanaka to Diego Alvarez" + run) == ["Yuki Tanaka → Diego Alvarez"], "\(run)")
        }
    }

    // MARK: Bodies named by kind, nationality and a plural

    static let groupHeads = ["Delegation", "Group", "Mission", "Committee"]
    static let plurals = ["Young Pioneers", "Journalists", "Students", "Women", "Engineers", "Red Guards", "Trade Unionists"]

    /// `HEAD of [the] NATIONALITY PLURAL` is a body: a participant when no person on its side is named (gold
    /// schema), named as printed without its article. Every head, every nationality of `Variants`, plurals.
    @Test func aBodyNamedByNationalityIsAParticipant() {
        var n = 0
        for head in Self.groupHeads {
            for nationality in Variants.nationalities {
                let plural = Self.plurals[n % Self.plurals.count]
                let (a, b, _) = Variants.trio(n)
                let body = "\(head) of \(nationality) \(plural)"
                let article = n % 2 == 0 ? "the" : "a"
                #expect(Acts.of("Conversation between \(a) and \(article) \(body)") == [Variants.sortedPair(a, body)], "\(body)")
                #expect(Acts.of("\(a)'s Audience with \(article) \(body)") == [Variants.sortedPair(a, body)], "\(body)")
                #expect(Acts.of("Letter from the \(body) to \(b)") == ["\(body) → \(b)"], "\(body)")
                n += 1
            }
        }
    }

    /// The body is a side of its own beside two listed people none of whom holds an office of its nationality (session 9:
    /// `ConversationGrammar.isSideOfItsOwn`), no participant beside one who does, nor when its head is named; a group of
    /// unnamed office-holders is nobody.
    @Test func aBodyNamedByNationalityBesideNamedPeople() {
        for (n, head) in Self.groupHeads.enumerated() {
            let (a, b, c) = Variants.trio(n)
            let body = "\(head) of Hungarian Students"
            #expect(Acts.of("Conversation between \(a), \(b) and the \(body)") == ["{" + [a, b, body].sorted().joined(separator: ", ") + "}"], "\(head)")
            #expect(Acts.of("Conversation between the Hungarian Ambassador \(a), \(b) and the \(body)") == [Variants.sortedPair(a, b)], "\(head)")
            #expect(Acts.of("Conversation between \(a) and the \(head) of Polish Journalists headed by \(c)") == [Variants.sortedPair(a, c)], "\(head)")
        }
        for plural in ["Officials", "Leaders"] {
            #expect(Acts.of("Conversation between Li Wenbo and a Group of Hungarian \(plural)") == [], "\(plural)")
        }
        #expect(Acts.of("Conversation between Li Wenbo and the Hungarian Leaders") == [])
    }

    // MARK: An office's domain of two subjects

    static let domains: [(String, String)] = [("Posts", "Communications"), ("Posts", "Telecommunications"), ("Culture", "Education"),
                                              ("Science", "Technology"), ("Trade", "Industry"), ("Agriculture", "Forestry"),
                                              ("Health", "Welfare"), ("Transport", "Communications"), ("Justice", "Public Works")]
    static let domainOffices = ["Minister", "Deputy Minister", "Chairman of the Committee", "Director of the Department"]

    /// `OFFICE of SUBJECT and SUBJECT NAME`: the `and` joins the office's subjects, the holder is the one person.
    @Test func anOfficesDomainOfTwoSubjectsIsOneOffice() {
        var n = 0
        for office in Self.domainOffices {
            for (x, y) in Self.domains {
                let (a, b, _) = Variants.trio(n)
                let preposition = office.hasPrefix("Chairman") ? "for" : "of"
                let holder = "the \(office) \(preposition) \(x) and \(y) \(a)"
                #expect(Acts.of("Letter from \(holder) to \(b)") == ["\(a) → \(b)"], "\(holder)")
                #expect(Acts.of("Record of Conversation between \(b) and \(holder)") == [Variants.sortedPair(a, b)], "\(holder)")
                n += 1
            }
        }
    }

    /// The `and` separates people when a name stands before it, or a name (no subject word) after it.
    @Test func andAfterANameOrBeforeANameSeparates() {
        for n in 0..<6 {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Letter from Minister \(a) and \(b) to \(c)") == ["\(a), \(b) → \(c)"])
            #expect(Acts.of("Letter from the Minister of Culture and \(b) to \(c)") == ["Minister of Culture, \(b) → \(c)"])
        }
    }

    // MARK: Wives named beside their husbands

    /// `B and His Wife [C]`, `B and his wife C`: the wife named is a participant; unnamed, she is no one.
    @Test func aWifeNamedIsAParticipant() {
        var n = 0
        for wife in ["His Wife", "his wife", "His wife"] {
            for bracket in [("[", "]"), ("", "")] {
                let (a, b, c) = Variants.trio(n)
                let title = "Record of Conversation between \(a) and \(b) and \(wife) \(bracket.0)\(c)\(bracket.1)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b, c)], "\(title)")
                #expect(Acts.of("Record of Conversation between \(a) and \(b) and \(wife)") == [Variants.sortedPair(a, b)], "\(wife)")
                n += 1
            }
        }
        // A wife named by her husband's surname and a form of address is another person than he is.
        for (n, address) in ["Mrs.", "Madame", "Mme", "Frau", "Señora"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Record of Conversation between \(a) and Kurt Lehmann and \(address) Lehmann")
                == [Variants.sortedPair(a, "Kurt Lehmann", "\(address) Lehmann")], "\(address)")
            #expect(Acts.of("\(a)'s Audience with President Kurt Lehmann and His Wife [\(address) Lehmann]")
                == [Variants.sortedPair(a, "Kurt Lehmann", "\(address) Lehmann")], "\(address)")
        }
        #expect(Acts.of("Li Wenbo's Audience with Hans Becker and His Wife") == ["{Hans Becker, Li Wenbo}"])
        #expect(Acts.of("RECORD OF CONVERSATION BETWEEN BORIS ORLOV AND CHEN GUOPING AND HIS WIFE [WANG LIHUA]")
            == ["{Boris Orlov, Chen Guoping, Wang Lihua}"])
    }

    // MARK: Cities as the ends of a telegram

    /// Capitals of several words, and the country adjective of each (general geographic knowledge).
    static let multiWordCapitals: [(city: String, adjective: String)] = [
        ("Phnom Penh", "Cambodian"), ("New Delhi", "Indian"), ("Kuala Lumpur", "Malaysian"),
        ("Addis Ababa", "Ethiopian"), ("Buenos Aires", "Argentine"), ("Dar es Salaam", "Tanzanian"), ("Mexico City", "Mexican"),
        ("Rio de Janeiro", "Brazilian"),
    ]
    static let homeCapitals: [(city: String, adjective: String)] = [("Bucharest", "Romanian"), ("Sofia", "Bulgarian"),
                                                                    ("Warsaw", "Polish"), ("Budapest", "Hungarian"), ("Prague", "Czechoslovak")]

    /// `Telegram from CITY to CAPITAL`: the embassy in the city writes to its foreign ministry (gold schema);
    /// a city of several words is kept whole, never read as a given name and surname.
    @Test func aCityOfSeveralWordsIsThePlaceOfAnEmbassy() {
        for (n, (city, _)) in Self.multiWordCapitals.enumerated() {
            let home = Self.homeCapitals[n % Self.homeCapitals.count]
            for type in ["Telegram", "Cable", "Ciphered Telegram"] {
                #expect(Acts.of("\(type) from \(city) to \(home.city)")
                    == ["\(home.adjective) Embassy in \(city) → \(home.adjective) Foreign Ministry"], "\(type) \(city)")
            }
            // Against a ministry of no stated country, the city stands for itself, as an institution.
            let record = RecordExtractor().extract(CatalogueRecord(id: "c#1", source: "c", line: 1, date: "May 7, 1968",
                                                                   title: "Cable from \(city) to the Foreign Ministry", summary: ""))
            let sender = record.messages.first?.from.first
            #expect(sender?.text == city && sender?.kind == .institution, "\(city): \(String(describing: sender))")
        }
    }

    /// A city of several words inside an office or after a name stays the place it is.
    @Test func aCityOfSeveralWordsInsideAPhrase() {
        // An official named by office alone is the office as printed (gold schema).
        #expect(Acts.of("Memorandum of Conversation between Li Wenbo and the Mayor of Phnom Penh") == ["{Li Wenbo, Mayor of Phnom Penh}"])
        #expect(Acts.of("Letter from Hans Becker to Li Wenbo, Phnom Penh") == ["Hans Becker → Li Wenbo"])
    }

    // MARK: Memoirs and recollections

    static let memoirOpenings = ["Memoirs of @ on his", "Recollections of @ about his", "@'s Account of his", "@'s Recollections of his",
                                 "@'s Memoirs of the", "Reminiscences of @ on his"]

    /// A memoir that recounts a talk as its subject documents it (gold schema: a talk a record recounts as its
    /// subject is listed): every opening, every meeting noun.
    @Test func aMemoirOfATalkDocumentsIt() {
        var n = 0
        for opening in Self.memoirOpenings {
            for noun in ["Talks", "Conversation", "Meeting", "Discussions", "Negotiations"] {
                let (a, b, _) = Variants.trio(n)
                let title = opening.replacingOccurrences(of: "@", with: a) + " \(noun) with \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                n += 1
            }
        }
    }

    /// A memoir of a trip, a visit to a place, or of nothing named records no act.
    @Test func aMemoirWithoutATalkIsNoAct() {
        for (n, title) in ["Memoirs of @", "@'s Recollections of his Trip to China", "Recollections of @ on his Visit to Moscow",
                           "@'s Memoirs, Volume Two"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of(title.replacingOccurrences(of: "@", with: a)) == [], "\(title)")
        }
    }
}
