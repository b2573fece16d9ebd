import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Title and name conventions of session 8b (docs/titles.md, "Colons, one-word holders, peoples' bodies"). Names are
/// invented (Russian, Chinese, Vietnamese, Korean, German, Arabic, Spanish); expected acts are worked out by hand from
/// GOLD-SCHEMA.md.
@Suite struct TitleHeadsS8bTests {
    // MARK: 1. A name never runs across a colon

    /// Three-part names of several cultures, each then followed by a surname after the colon.
    static let threePartNames = ["Hoang Van Minh", "Nguyen Thi Lan", "Kim Jong Su", "Park Chung Ho", "Li Wen Bo",
                                 "Ahmad Hassan Karimi", "Maria Lopez Garcia"]
    static let senders = ["Belyaev", "Schulz", "Tanaka", "Haddad", "Morales"]
    static let goBetweens = ["Smirnov", "Weber", "Yamada", "Nasser", "Ortega"]

    /// "Cable, A to C" + "Telegram from A to B: A thanks …": B is the final recipient via C, and neither end takes
    /// the surname after the colon.
    @Test func aRestatedAddresseeEndsAtTheColon() {
        for (n, final) in Self.threePartNames.enumerated() {
            let a = Self.senders[n % Self.senders.count], c = Self.goBetweens[n % Self.goBetweens.count]
            let summary = "Telegram from \(a) to \(final): \(a) thanks \(final.split(separator: " ")[0]) for the gifts."
            #expect(Acts.of("Cable, \(a) to \(c)", summary: summary) == ["\(a) → \(final) via \(c) (summary)"], "\(final)")
        }
    }

    /// A colon after the addressee in a title opens a subtitle: not part of the name.
    @Test func aColonInATitleEndsTheAddressee() {
        for (n, b) in Self.threePartNames.enumerated() {
            let a = Self.senders[n % Self.senders.count]
            #expect(Acts.of("Letter from \(a) to \(b): Proposals for Talks") == ["\(a) → \(b)"], "\(b)")
            #expect(Acts.of("Letter from \(a) to \(b): \(a) Proposes a Meeting") == ["\(a) → \(b)"], "\(b)")
        }
        #expect(NamePhrase.parse("Li Wenbo: Belyaev").map(\.text) == ["Li Wenbo"])
        #expect(NamePhrase.parse("Kim Jong Su, Park Chung Ho and Li Wen Bo: Notes").map(\.text) == ["Kim Jong Su", "Park Chung Ho", "Li Wen Bo"])
    }

    /// A dash set off by spaces ends the name as a colon does (hyphen, en dash, em dash); a hyphen inside a name does not.
    @Test func aSpacedDashEndsTheName() {
        for (n, final) in Self.threePartNames.enumerated() {
            let a = Self.senders[n % Self.senders.count], c = Self.goBetweens[n % Self.goBetweens.count]
            let dash = ["-", "–", "—"][n % 3]
            #expect(Acts.of("Cable, \(a) to \(c)", summary: "Telegram from \(a) to \(final) \(dash) \(a) thanks him.")
                == ["\(a) → \(final) via \(c) (summary)"], "\(final) \(dash)")
            #expect(Acts.of("Letter from \(a) to \(final) \(dash) Excerpt") == ["\(a) → \(final)"], "\(final) \(dash)")
        }
        #expect(Acts.of("Letter from Park Min-ho to Ahmed al-Masri") == ["Park Min-ho → Ahmed al-Masri"])
        #expect(NamePhrase.beforeSpacedDash("Park Min-ho") == nil)
    }

    /// A colon that ends nothing: between digits, inside brackets, or after a label that names no one.
    @Test func aColonThatEndsNoName() {
        #expect(NamePhrase.beforeColon("Kim Jong Su at 10:30") == nil)
        #expect(NamePhrase.beforeColon("Belyaev [note: Smirnov]") == nil)
        #expect(NamePhrase.parse("Hoang Van Minh").map(\.text) == ["Hoang Van Minh"])
        #expect(NamePhrase.parse("Schulz and Weber").map(\.text) == ["Schulz", "Weber"])
    }

    // MARK: 2. An office, then a one-word name between commas, is its holder

    static let oneWordHolders = ["Batu", "Gorelov", "Haddad", "Weber", "Morales"]
    static let officesWithPosting = ["the Ambassador of Xlandia in Beijing", "the Chargé d'Affaires of Xlandia in Hanoi",
                                     "the Minister of Culture", "the Consul General in Tortan", "the Military Attaché at Prague"]

    /// The holder is the correspondent whether the other end is an institution or a person.
    @Test func aOneWordHolderAfterAnOfficesComma() {
        for (n, office) in Self.officesWithPosting.enumerated() {
            let holder = Self.oneWordHolders[n]
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Telegram from \(office), \(holder), to the Foreign Ministry") == ["\(holder) → Foreign Ministry"], "\(office)")
            #expect(Acts.of("Report, \(office), \(holder), to the Xlandian Foreign Ministry") == ["\(holder) → Xlandian Foreign Ministry"], "\(office)")
            #expect(Acts.of("Telegram from \(office), \(holder), to \(a)") == ["\(holder) → \(a)"], "\(office)")
        }
        #expect(Acts.of("TELEGRAM FROM THE AMBASSADOR OF XLANDIA IN BEIJING, BATU, TO THE FOREIGN MINISTRY") == ["Batu → Foreign Ministry"])
    }

    /// Not a place after the office, not a word after a bare office (its seat), not after an institution.
    @Test func aOneWordAfterAnOfficesCommaThatIsNoHolder() {
        #expect(Acts.of("Telegram from the Ambassador of Xlandia in Tortan, Beijing, to the Foreign Ministry") != ["Beijing → Foreign Ministry"])
        #expect(Acts.of("The Consul, Tabriz, to the Secretary of State") != ["Tabriz → Secretary of State"])
        #expect(Acts.of("Telegram from the Polish Embassy, Warsaw, to the Foreign Ministry") != ["Warsaw → Foreign Ministry"])
    }

    // MARK: 3. A body whose complement is a people is a body

    static let peoples = ["Korean", "Mongolian", "Vietnamese", "Albanian", "Cuban"]

    @Test func aBodyOfAPeopleIsABody() {
        for (n, people) in Self.peoples.enumerated() {
            let (a, b, _) = Variants.trio(n)
            for head in ["Committee", "League", "Council", "Union"] {
                let body = "\(head) of the \(people) People"
                #expect(Acts.of("Letter from \(a) to the \(body)") == ["\(a) → \(body)"], "\(body)")
                #expect(Acts.of("Letter from the \(body) to \(b)") == ["\(body) → \(b)"], "\(body)")
            }
            #expect(Acts.of("Letter from \(a) to the \(people) People's Volunteers") == ["\(a) → \(people) People's Volunteers"], "\(people)")
            #expect(Acts.of("Letter from the \(people) People's Volunteers to \(b)") == ["\(people) People's Volunteers → \(b)"], "\(people)")
        }
        #expect(Acts.of("Letter from Li Wenbo to the Committee of the Working People") == ["Li Wenbo → Committee of the Working People"])
        #expect(Acts.of("Letter from Hans Becker to the Committee of the Korean People, the League of the Working People and the Writers' Union")
            == ["Hans Becker → Committee of the Korean People, League of the Working People, Writers' Union"])
        #expect(Acts.of("Letter from the Committee of the Korean People, the League of the Working People and the Writers' Union to Hans Becker")
            == ["Committee of the Korean People, League of the Working People, Writers' Union → Hans Becker"])
        #expect(Acts.of("Letter from Hans Becker to the Mongolian Embassy and the Mongolian People's Volunteers")
            == ["Hans Becker → Mongolian Embassy, Mongolian People's Volunteers"])
    }

    /// A class of people alone is still nobody; an office after `People's` holds a person.
    @Test func aPeopleAloneIsNoBody() {
        #expect(Acts.of("Letter from Sergei Volkov to the Korean People") == ["Sergei Volkov → "])
        #expect(Acts.of("Letter from Sergei Volkov to People's Commissar Ivanov") == ["Sergei Volkov → Ivanov"])
    }

    // MARK: 4. Offices in apposition, and a serving office's `to` before a body

    /// `A to B, OFFICE of the BODY`: the office describes B (an apposition), whatever further office word it holds.
    @Test func anOfficeOfABodyAfterTheAddresseeIsItsApposition() {
        for (n, office) in ["Secretary-General", "Vice-Chairman", "Vice-Minister", "Commissioner", "Governor"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            for body in ["Ministry", "Planning Commission", "State Committee"] {
                #expect(Acts.of("\(a) to \(b), \(office) of the \(body)") == ["\(a) → \(b)"], "\(office) \(body)")
            }
        }
        #expect(Acts.of("Li Wenbo to the Secretary-General of the Ministry") == ["Li Wenbo → Secretary-General of the Ministry"])
    }

    /// `DOC by the [Executive] Secretary|Adviser to the BODY`: the body is the addressee.
    @Test func aServingOfficesToBeforeABodyAddressesIt() {
        for document in ["Note", "Memorandum", "Letter", "Report"] {
            for office in ["Executive Secretary", "Adviser", "Executive Adviser"] {
                for body in ["National Security Council", "Planning Commission", "Central Committee", "Council of Ministers"] {
                    #expect(Acts.of("\(document) by the \(office) to the \(body)") == ["\(office) → \(body)"], "\(document) \(office) \(body)")
                }
            }
        }
        #expect(Acts.of("NOTE BY THE EXECUTIVE SECRETARY TO THE NATIONAL SECURITY COUNCIL") == ["Executive Secretary → National Security Council"])
        #expect(Acts.of("Note by the Executive Secretary (Haddad) to the National Security Council") == ["Haddad → National Security Council"])
    }

    /// A serving office's `to` before a person or an office names whom it serves; before a second `to` it is the office's.
    @Test func aServingOfficesOwnTo() {
        #expect(Acts.of("Memorandum by the Special Assistant to the President") == [])
        for (n, office) in ["Special Assistant", "Secretary", "Adviser"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Letter by the \(office) to the President to \(a)") == ["\(office) to the President → \(a)"], "\(office)")
        }
        #expect(Acts.of("Memorandum by the Secretary to the Cabinet to the Prime Minister") == ["Secretary to the Cabinet → Prime Minister"])
        #expect(Acts.of("Memorandum by the Adviser to the League of Nations") == [])
    }

    // MARK: 5. A bare `on` after a `from` sender opens the subject

    static let subjects = ["Soviet Aid to Xlandia", "Trade Credits to Tortan", "Military Assistance to the Army"]

    @Test func aBareOnAfterAFromSenderOpensTheSubject() {
        for (n, subject) in Self.subjects.enumerated() {
            for author in Variants.people {
                #expect(Acts.of("Telegram from \(author) on \(subject)") == ["\(author) → "], "\(author) \(subject)")
                #expect(Acts.of("Cable from \(author) on \(subject)") == ["\(author) → "], "\(author) \(subject)")
                #expect(Acts.of("Memorandum from \(author) on \(subject)") == [], "\(author) \(subject)")
            }
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Letter from \(a) to \(b) on \(subject)") == ["\(a) → \(b)"], "\(subject)")
        }
        #expect(Acts.of("TELEGRAM FROM LI WENBO ON SOVIET AID TO XLANDIA") == ["Li Wenbo → "])
    }

    /// The exceptions, as after `by`: on behalf of, on board, a date, a body named by its subject.
    @Test func aBareOnAfterAFromSenderThatOpensNoSubject() {
        #expect(Acts.of("Letter from Li Wenbo on behalf of Hans Becker to Ahmed Haddad") == ["Li Wenbo → Ahmed Haddad"])
        #expect(Acts.of("Letter from Park Min-ho on board the Victory to Olga Smirnova") == ["Park Min-ho → Olga Smirnova"])
        for date in ["12 May", "May 12"] {
            #expect(Acts.of("Letter from Diego Alvarez on \(date) to Yuki Tanaka") == ["Diego Alvarez → Yuki Tanaka"], "\(date)")
        }
        #expect(Acts.of("Letter from the Commission on Human Rights to Ahmed Haddad") == ["Commission on Human Rights → Ahmed Haddad"])
    }

    // MARK: 6. A unit of a ministry is the unit

    @Test func aUnitOfAMinistryIsTheUnit() {
        for (n, unit) in ["Far Eastern Department", "Asian Department", "Consular Division", "Press Section", "Protocol Bureau"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            for ministry in ["Soviet Foreign Ministry", "Hungarian Ministry of Foreign Affairs", "Polish Foreign Ministry"] {
                #expect(Acts.of("Letter from \(a) to the \(unit) of the \(ministry)") == ["\(a) → \(unit) of the \(ministry)"], "\(unit) \(ministry)")
                #expect(Acts.of("Report, the \(unit) of the \(ministry) to \(a)") == ["\(unit) of the \(ministry) → \(a)"], "\(unit) \(ministry)")
            }
        }
        #expect(Acts.of("Letter from Li Wenbo to the Ministry of Foreign Affairs of Hungary") == ["Li Wenbo → Hungarian Foreign Ministry"])
        #expect(Acts.of("Letter from Li Wenbo to the Polish Foreign Ministry") == ["Li Wenbo → Polish Foreign Ministry"])
    }
}
