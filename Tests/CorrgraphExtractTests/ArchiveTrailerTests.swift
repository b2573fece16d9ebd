import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Register trailers of the British, Dominion and German editions beyond those of `ArchiveHeadTests` (docs/letter-editions.md,
/// "Heads of other documentary archives"): a stop closing the received note before the number, marks after commas, how a
/// text came, German precedences, and the Dominion place of dispatch after a document number. Names are invented; each
/// expectation is worked out by hand from the gold schema (the trailer names no one, the head's ends are the act).
@Suite struct ArchiveTrailerTests {
    static let heads: [(head: String, acts: String)] = [
        ("Sir K. Dunstable (Cairo) to Mr. Okafor", "K. Dunstable → Okafor"),
        ("Mr. Okafor to Sir K. Dunstable (Cairo)", "Okafor → K. Dunstable"),
        ("Mr. Zhdanov-Reid (Peking) to Mr. Okafor", "Zhdanov-Reid → Okafor"),
        ("Foreign Office to Sir H. Al-Rashid (Baghdad)", "Foreign Office → H. Al-Rashid"),
    ]

    /// How the text came, every member of the class, in the `Telegraphic: by …` slot.
    static let ways = ["by telephone", "by wireless", "by cable", "by courier", "by messenger", "by air mail", "by safe hand", "by bag"]

    @Test(arguments: ways)
    func wayOfComingNamesNoOne(way: String) {
        for (head, acts) in Self.heads {
            for trailer in [" No. 77 Telegraphic: \(way) [R 3321/4/22]", " No. 77 Telegraphic: \(way)", ", No. 9 Saving, \(way)"] {
                #expect(Acts.of(head + trailer) == [acts], "\(head + trailer)")
            }
        }
    }

    /// `(Received 5 June, 2.15 a.m.). No. 140`: the stop after the received note closes the head before the number.
    @Test func stopAfterReceivedNote() {
        let notes = [" (Received 5 June, 2.15 a.m.).", " (Received June 5).", " (Received 12 August, by bag)."]
        for (head, acts) in Self.heads.prefix(3) {
            for note in notes {
                for number in [" No. 140", " No. 140 [F 2215/6/10]", " No. 31 Telegraphic: by telephone [C 99/1/18]", " No. 8 Saving"] {
                    #expect(Acts.of(head + note + number) == [acts], "\(head + note + number)")
                }
            }
        }
    }

    /// Marks after commas, the last of them a mark of two words (`en clair`, `most immediate`).
    @Test func marksAfterCommas() {
        let runs = [", en clair", ", most immediate, en clair", ", Most Immediate, Top Secret", ", en clair, by bag", ", Secret and Personal"]
        for (head, acts) in Self.heads {
            for run in runs {
                for opening in [". No. 415 Telegraphic", " No. 415 Telegraphic"] {
                    #expect(Acts.of(head + opening + run) == [acts], "\(head + opening + run)")
                }
            }
        }
    }

    /// The German edition's precedences after a telegram's number: the number goes with the document word.
    @Test(arguments: ["Citissime", "Cito", "Citissime nachts", "Top Secret"])
    func germanPrecedences(mark: String) {
        let heads = [("Ambassador Dietrich Falkenau, Ankara, to the Foreign Office", "Dietrich Falkenau → Foreign Office"),
                     ("Ambassador Dietrich Falkenau to the Foreign Office", "Dietrich Falkenau → Foreign Office"),
                     ("State Secretary Ilse Brandvogt to Ambassador Ömer Karaca", "Ilse Brandvogt → Ömer Karaca")]
        for (head, acts) in heads {
            for number in [". Telegram No. 1544.", ". Telegram No. 88.", ". Telegram 2210."] {
                let title = "\(head)\(number) \(mark)"
                #expect(Acts.of(title) == [acts], "\(title)")
            }
        }
    }

    /// The Dominion editions' place of dispatch after the document word and number, with or without marks after it.
    @Test func dominionPlaceAfterNumber() {
        let heads = [("Hollister to Burrowes", "Hollister → Burrowes"),
                     ("Department of External Affairs to Australian Legation in Bangkok", "Department of External Affairs → Australian Legation in Bangkok"),
                     ("Secretary of State for External Affairs to Ambassador in Mexico", "Secretary of State for External Affairs → Ambassador in Mexico")]
        let places = ["Djakarta", "Canberra", "New Delhi", "Port Moresby", "Kuala Lumpur"]
        for (head, acts) in heads {
            for place in places {
                for number in [". Cablegram 88", ". Telegram EX-412", ". Savingram 12", ". Despatch No. 3"] {
                    for marks in ["", ", Secret", ", Secret, Important", ", Top Secret"] {
                        let title = "\(head)\(number), \(place)\(marks)"
                        #expect(Acts.of(title) == [acts], "\(title)")
                    }
                }
            }
        }
    }

    /// Negatives: the same trailers after a head that states no act leave it without one; a place after a comma with no
    /// document number before it is not cut.
    @Test func trailersAfterHeadsWithoutAct() {
        for trailer in [" (Received June 5). No. 140", " No. 77 Telegraphic: by telephone", ". Cablegram 88, Djakarta",
                        ". Telegram No. 1544. Citissime", ". No. 415 Telegraphic, most immediate, en clair"] {
            #expect(Acts.of("Minute by Sir K. Dunstable" + trailer).isEmpty, "\(trailer)")
            #expect(Acts.of("Memorandum on the Situation in Sumatra" + trailer).isEmpty, "\(trailer)")
            #expect(Acts.of("Record of a Meeting of Officials" + trailer).isEmpty, "\(trailer)")
        }
        #expect(ArchiveHeads.cuttingDocumentNumber("Hollister to Burrowes, Djakarta") == "Hollister to Burrowes, Djakarta")
        #expect(ArchiveHeads.cuttingDocumentNumber("Hollister to Burrowes. Cablegram 88, the Hague office")
                == "Hollister to Burrowes. Cablegram 88, the Hague office")
        #expect(ArchiveHeads.cuttingStopAfterBracket("Hollister to Burrowes (Djakarta)") == "Hollister to Burrowes (Djakarta)")
    }

    // MARK: A Cabinet's minutes

    /// Minutes of a Cabinet's sitting mention talks in passing (gold schema: "recounted inside a session's minutes"): the
    /// summary's talks are not the record's, whatever the form of the heading.
    @Test func cabinetMinutesRecountNoTalk() {
        let titles = ["Minutes of Cabinet Meeting", "Extract from Minutes of Cabinet Meeting, Wellington, 4 May 1950",
                      "Minutes of Cabinet Defence Committee", "Notes of Cabinet Meeting", "Extract from Minutes of Cabinet Committee",
                      "Minutes of a Meeting of Cabinet"]
        let summaries = ["Ministers discussed Tomás Ordóñez's talks with Kenji Watanabe.",
                         "The meeting considered the conversation between Tomás Ordóñez and Kenji Watanabe.",
                         "Ministers heard a report of Ordóñez's meeting with Watanabe in Tokyo."]
        for title in titles {
            for summary in summaries {
                #expect(Acts.of(title, summary: summary).isEmpty, "\(title) || \(summary)")
            }
        }
        // A talk at the Cabinet's offices is a talk.
        #expect(Acts.of("Record of Meeting between Ordóñez and Watanabe at the Cabinet Office") == ["{Ordóñez, Watanabe}"])
    }

    // MARK: A letter's bearer

    /// `A to B, through the hands of Mr. C`: the letter editions name the bearer who carried the letter; he relays it.
    @Test(arguments: [", through the hands of", ", through the hand of", ", by the hands of", ", by the hand of"])
    func bearerRelays(marker: String) {
        let bearers = [("Mr. Tobiah Crane", "Tobiah Crane"), ("Captain Ahmad Haddad", "Ahmad Haddad"), ("Dr. Liu Wenqing", "Liu Wenqing")]
        for (printed, bearer) in bearers {
            for date in ["", ", 8 June 1790", ", 14 Sept. 1791"] {
                let title = "Hezekiah Marlow to Prudence Ashby\(marker) \(printed)\(date)"
                #expect(Acts.of(title) == ["Hezekiah Marlow → Prudence Ashby via \(bearer)"], "\(title)")
            }
        }
        // No bearer named: the letter goes from A to B alone.
        #expect(Acts.of("Hezekiah Marlow to Prudence Ashby\(marker) the post") == ["Hezekiah Marlow → Prudence Ashby"])
    }

    // MARK: A routing line's relay

    /// `MEMORANDUM FOR: B; VIA: C; FROM: A; SUBJECT: …`: the memorandum goes to B through C, with or without the semicolons
    /// a flat catalogue puts between the lines.
    @Test func routingLineVia() {
        let relays = [("Deputy Director for Plans", "Deputy Director for Plans"), ("Chief, Near East Division", "Chief, Near East Division"),
                      ("Mr. Oyelaran", "Oyelaran")]
        let senders = [("Chief, Far East Division", "Chief, Far East Division"), ("Svetlana Mirova", "Svetlana Mirova")]
        for (relayPrinted, relay) in relays {
            for (senderPrinted, sender) in senders {
                for separator in ["; ", " "] {
                    let title = "MEMORANDUM FOR: Director of Central Intelligence\(separator)VIA: \(relayPrinted)\(separator)FROM: \(senderPrinted)\(separator)SUBJECT: Agent Reports"
                    #expect(Acts.of(title) == ["\(sender) → Director of Central Intelligence via \(relay)"], "\(title)")
                }
            }
        }
        // Without a FROM line the sender is unstated; a memorandum for the record goes to no one, whatever its routing.
        #expect(Acts.of("MEMORANDUM FOR: Mr. Oyelaran VIA: Deputy Director for Plans SUBJECT: Agent Reports")
                == [" → Oyelaran via Deputy Director for Plans"])
        #expect(Acts.of("Memorandum for the Record; VIA: Chief, Near East Division; SUBJECT: Agent Reports").isEmpty)
    }

    // MARK: The French edition's heads

    /// Offices held by a woman, each in the sender's slot of `Mme A, OFFICE de France à CITY, à M. B, ministre …`.
    @Test(arguments: ["chargée d'affaires", "ambassadrice", "consule générale", "déléguée", "représentante", "directrice",
                      "conseillère", "attachée", "présidente"])
    func feminineOffices(office: String) {
        for (printed, name) in [("Mme Aïcha Benali", "Aïcha Benali"), ("Mme Solène Quéméner", "Solène Quéméner")] {
            let title = "\(printed), \(office) de France à Lisbonne, à M. Armand Delorme, ministre des Affaires étrangères. T. n° 77. Réservé"
            #expect(Acts.of(title) == ["\(name) → Armand Delorme"], "\(title)")
        }
    }

    /// `à MM. A (Londres), B (Moscou) et C (Washington)`: a circular to several posts; lists of two and three, with and
    /// without posts. Posts named by their office alone (`MM. les ambassadeurs de France à …`) name no person.
    @Test func circularToSeveralPosts() {
        let lists: [(printed: String, names: String)] = [
            ("MM. Yves Kerbrat (Londres), Karim Haddad (Moscou) et Paul Nguyen (Washington)", "Yves Kerbrat, Karim Haddad, Paul Nguyen"),
            ("MM. Yves Kerbrat (Londres) et Karim Haddad (Moscou)", "Yves Kerbrat, Karim Haddad"),
            ("MM. Yves Kerbrat, Karim Haddad et Paul Nguyen", "Yves Kerbrat, Karim Haddad, Paul Nguyen"),
        ]
        for (printed, names) in lists {
            for trailer in ["", ". T. circulaire n° 58", ". T. circulaire nos 58 à 61"] {
                let title = "M. Armand Delorme, ministre des Affaires étrangères, à \(printed)\(trailer)"
                #expect(Acts.of(title) == ["Armand Delorme → \(names)"], "\(title)")
            }
        }
        #expect(Acts.of("M. Armand Delorme, ministre des Affaires étrangères, à MM. les ambassadeurs de France à Londres et à Moscou. T. circulaire n° 58").isEmpty)
    }

    // MARK: German ranks in English heads

    /// Every rank of the class, with and without its class, opening the head and after `to`.
    @Test(arguments: ["Ministerialdirektor", "Ministerialdirigent", "Ministerialrat", "Vortragender Legationsrat",
                      "Vortragender Legationsrat I. Klasse", "Legationsrat Erster Klasse", "Botschaftsrat", "Gesandter",
                      "Botschafter", "Staatssekretär", "Generalkonsul", "Geschäftsträger", "Legationssekretär"])
    func germanRanksAreOffices(rank: String) {
        for (printed, name) in [("Dorothea Lindqvist-Hahn", "Dorothea Lindqvist-Hahn"), ("Kemal Yıldırım", "Kemal Yıldırım")] {
            #expect(Acts.of("\(rank) \(printed) to State Secretary Ruprecht Anselm") == ["\(name) → Ruprecht Anselm"], "\(rank)")
            #expect(Acts.of("State Secretary Ruprecht Anselm to \(rank) \(printed), Ankara") == ["Ruprecht Anselm → \(name)"], "\(rank)")
        }
        // A rank with no holder is the office, as printed; a note by a ranked official goes to no one.
        #expect(Acts.of("Memorandum by \(rank) Ruprecht Anselm").isEmpty, "\(rank)")
    }

    // MARK: A post at a place, set off by commas

    /// `Chief of Station, CITY, to B`: the comma after the city closes the office, which is named as printed.
    @Test func postAtPlaceBeforeTo() {
        for city in ["Tegucigalpa", "Vientiane", "Nairobi", "Caracas"] {
            for office in ["Chief of Station", "Deputy Chief of Station", "Chief of Base"] {
                for lead in ["", "Dispatch from ", "Cable from "] {
                    let title = "\(lead)\(office), \(city), to Chief, Far East Division"
                    #expect(Acts.of(title) == ["\(office), \(city) → Chief, Far East Division"], "\(title)")
                }
            }
        }
        // A person's place set off by commas is still where the person was.
        #expect(Acts.of("Ambassador Nguyen Van Long, Vientiane, to Chief, Far East Division") == ["Nguyen Van Long → Chief, Far East Division"])
    }
}
