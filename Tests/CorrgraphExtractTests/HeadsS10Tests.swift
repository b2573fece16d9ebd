import CorrgraphTestSupport
import CorrgraphExtract
import Testing

/// Heading conventions of other archives that the blind probe of session 10 (scripts/probes/blind-s10.txt) found unread
/// (docs/titles.md, "Holders in apposition, places, register trailers and part markers"; docs/letter-editions.md, "Holders
/// in apposition in German and French"). Names are invented, of several naming cultures; every expectation is worked out
/// by hand from GOLD-SCHEMA.md (offices are no part of names; a place says where an end was; a register's entry names
/// no one).
@Suite struct HeadsS10Tests {
    /// Holders as the Swiss and Italian series print them: initials and a surname, hyphenated initials, compound
    /// surnames, a particle.
    static let holders = ["E. Brunnhofer", "K. Ishikawa", "P.-A. Okonkwo", "Ch.-H. Delacour", "M. Haddad-Nasser",
                          "Tran Van Loc", "Park Min-ho", "Ingrid Solvang"]

    // MARK: 1. A holder in apposition, German (Dodis)

    /// `[DOC] [des] OFFICE, NAME, an [den] OFFICE, NAME`: every office of the sender's slot and of the addressee's slot,
    /// each holder in each slot; the end is the holder.
    @Test func germanHolderInApposition() {
        let senders = ["Der Vorsteher des Politischen Departements", "Der schweizerische Gesandte in Tokio",
                       "Telegramm Nr. 45 des schweizerischen Botschafters in Peking", "Der Chef der Abteilung für Auswärtiges",
                       "Schreiben des Generalkonsuls in Hamburg"]
        let addressees = ["an den schweizerischen Gesandten in Moskau", "an den Vorsteher des Politischen Departements",
                          "an den Botschafter in Washington", "an die schweizerische Botschafterin in Oslo"]
        var n = 0
        for sender in senders {
            for addressee in addressees {
                let a = Self.holders[n % Self.holders.count], b = Self.holders[(n + 3) % Self.holders.count]
                let title = "\(sender), \(a), \(addressee), \(b)"
                #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
                n += 1
            }
        }
    }

    /// An addressee with no holder after its office is the body as printed, without its article; a message the head
    /// carries (`mit einer Botschaft von A an B`) travels through the holder and the body (gold schema's relay rule).
    @Test func germanBodyAndCarriedMessage() {
        for a in Self.holders {
            #expect(Acts.of("Der schweizerische Gesandte in Tokio, \(a), an das Politische Departement")
                    == ["\(a) → Politische Departement"], "\(a)")
            #expect(Acts.of("Telegramm des Botschafters in Peking, \(a), an das Politische Departement, mit einer Botschaft von Vizeaussenminister Li Wenbo an Bundesrat Haberland")
                    == ["Li Wenbo → Haberland via \(a) > Politische Departement"], "\(a)")
        }
    }

    // MARK: 1. A holder in apposition, French (Dodis)

    /// `Le Chef …, NAME, au|à la OFFICE, NAME`, `Télégramme du Ministre …, NAME, au Département politique`, lists joined by
    /// `et au`, and a talk `Notice de l'entretien du OFFICE, A, avec l'OFFICE, B`.
    @Test func frenchHolderInApposition() {
        let senders = ["Le Chef du Département politique", "Télégramme du Ministre de Suisse à Washington",
                       "Lettre du Chef de la Division des Affaires étrangères du Département politique",
                       "La Directrice de la Mission suisse à Alger"]
        let addressees = ["au Ministre de Suisse à Rome", "à l'Ambassadeur de France à Berne", "au Consul général à Oran",
                          "à la Conseillère de légation à Bonn"]
        var n = 0
        for sender in senders {
            for addressee in addressees {
                let a = Self.holders[n % Self.holders.count], b = Self.holders[(n + 2) % Self.holders.count]
                let c = Self.holders[(n + 5) % Self.holders.count]
                #expect(Acts.of("\(sender), \(a), \(addressee), \(b)") == ["\(a) → \(b)"], "\(sender) \(addressee)")
                #expect(Acts.of("\(sender), \(a), \(addressee), \(b), et au Consul général à Oran, \(c)") == ["\(a) → \(b), \(c)"],
                        "\(sender) \(addressee)")
                n += 1
            }
            let a = Self.holders[n % Self.holders.count]
            #expect(Acts.of("\(sender), \(a), au Département politique") == ["\(a) → Département politique"], "\(sender)")
        }
        for noun in ["Notice de l'entretien", "Compte rendu de l'entretien", "Procès-verbal de la conversation"] {
            let a = Self.holders[n % Self.holders.count], b = Self.holders[(n + 1) % Self.holders.count]
            let title = "\(noun) du Chef du Département politique, \(a), avec l'Ambassadeur de France à Berne, \(b)"
            #expect(Acts.of(title) == [Acts.talk([a, b])], "\(title)")
            n += 1
        }
    }

    /// A place after a named office-holder stays where the person was (the existing German head); a unit after a comma is
    /// no holder; a head with no holder in apposition is left to the other rules.
    @Test func appositionNegatives() {
        #expect(Acts.of("Botschafter Kellermann, Moskau, an das Auswärtige Amt") == ["Kellermann → Auswärtige Amt"])
        // The unit is no holder: since session 11 the office with its unit is one end (`Chef, Division des …`, as the English
        // `Chief, Near East Division`), never a person named `Division des Affaires étrangères`.
        #expect(Acts.of("Le Chef, Division des Affaires étrangères, au Département politique").allSatisfy { !$0.hasPrefix("Division") })
        #expect(Acts.of("Notice du Département politique, Division des Affaires étrangères, sur la situation en Algérie") == [])
    }

    // MARK: 1. A holder in apposition, English (DDI)

    /// `The OFFICE, NAME, to the OFFICE, NAME`: every office in both slots, one-word, compound and particle surnames, with a
    /// register's trailer and a relay after the addressee.
    @Test func englishHolderInApposition() {
        let offices = ["The Minister Plenipotentiary in Belgrade", "The Consul General in Jerusalem", "The Ambassador in Ankara",
                       "The Minister of Foreign Affairs", "The President of the Council of Ministers"]
        let recipients = ["the Minister of Foreign Affairs", "the Ambassador in Cairo", "the Chargé d'Affaires in Tehran",
                          "the Consul General in Jerusalem"]
        let names = ["Pizzolato", "De Feo-Ranieri", "Brambilla-Fontana", "Van Dam", "Okonkwo", "Kim Young-sam"]
        var n = 0
        for office in offices {
            for recipient in recipients where office.lowercased() != recipient.lowercased() {
                let a = names[n % names.count], b = names[(n + 1) % names.count]
                #expect(Acts.of("\(office), \(a), to \(recipient), \(b)") == ["\(a) → \(b)"], "\(office) \(recipient) \(a) \(b)")
                #expect(Acts.of("\(office), \(a), to \(recipient), \(b) (Telegram 118/45, Confidential)") == ["\(a) → \(b)"],
                        "\(office) \(recipient) \(a) \(b)")
                n += 1
            }
        }
    }

    // MARK: 2. A place in parentheses

    /// A place in parentheses after an institution or a person is where the end was: a gazetteer place, or one shaped as a
    /// place (`Lake`, `Fort`, `Port` … opening it; `Harbor`, `Springs` … closing it).
    @Test func placeInParentheses() {
        let places = ["Lake Success", "Tel Aviv", "Fort Meade", "Port Vell", "Pearl Harbor", "Colorado Springs", "Moscow"]
        for place in places {
            #expect(Acts.of("Israel Delegation to the UN (\(place)) to the Foreign Ministry (Tel Aviv)")
                    == ["Israel Delegation to the UN → Foreign Ministry"], "\(place)")
            for (i, a) in ["B. Okafor", "A. Lavi-Grinberg", "Li Wenbo"].enumerated() {
                let b = Variants.people[i]
                #expect(Acts.of("\(a) (\(place)) to \(b)") == ["\(a) → \(b)"], "\(a) \(place)")
            }
        }
        // A post described with its unit keeps its office once the place is gone (gold schema: an office named alone).
        #expect(Acts.of("The Harbourmaster, Eastern Roads (Ankara) to the Secretary of State")
                == ["Harbourmaster, Eastern Roads → Secretary of State"])
        // A name in parentheses after an institution is its signer; after a city, the embassy's signer.
        #expect(Acts.of("Telegram from the Embassy in Xlandia (Okonkwo) to the Secretary of State")
                == ["Embassy in Xlandia, Okonkwo → Secretary of State"])
    }

    /// A place after the addressee's comma is where the addressee was; a delegation's or an embassy's seat stays, and a
    /// place that is also a surname may be a second addressee.
    @Test func placeAfterTheAddressee() {
        for place in ["Pretoria", "Moscow", "Canberra", "Tokyo"] {
            for office in ["Secretary for Foreign Affairs", "the Minister of Trade", "Prime Minister"] {
                let printed = office.hasPrefix("the ") ? String(office.dropFirst(4)) : office
                #expect(Acts.of("Telegram from Li Wenbo to \(office), \(place)") == ["Li Wenbo → \(printed)"], "\(office) \(place)")
            }
            #expect(Acts.of("Telegram from the Permanent Representative to the UN (Du Preez-Malherbe) to Secretary for Foreign Affairs, \(place)")
                    == ["Du Preez-Malherbe → Secretary for Foreign Affairs"], "\(place)")
        }
        #expect(Acts.of("Telegram from Li Wenbo to the Canadian Delegation, Geneva") == ["Li Wenbo → Canadian Delegation"])
    }

    /// `OFFICE, A, to OFFICE, C, for B` and `… to the BODY, for the OFFICE`: C relays A's message to B (gold schema).
    @Test func finalRecipientAfterAHeadOfOffices() {
        let names = ["Altobelli", "Brambilla-Fontana", "Okonkwo", "Van Dam"]
        for (i, a) in names.enumerated() {
            let c = names[(i + 1) % names.count]
            for b in ["President Pendleton", "Prime Minister Kim Young-sam"] {
                let bRead = b.split(separator: " ").dropFirst(b.hasPrefix("Prime") ? 2 : 1).joined(separator: " ")
                let title = "The President of the Council of Ministers, \(a), to the Ambassador in Washington, \(c), for \(b)"
                #expect(Acts.of(title) == ["\(a) → \(bRead) via \(c)"], "\(title)")
            }
        }
    }

    /// `A. Surname to B`: an initial `A.` opens a name, not the article.
    @Test func initialAIsNoArticle() {
        for (a, b) in [("A. Lavi", "D. Almog"), ("A. Petrov", "Kim Young-sam"), ("A. M. Okafor", "Li Wenbo")] {
            #expect(Acts.of("\(a) to \(b)") == ["\(a) → \(b)"], "\(a)")
        }
        #expect(Acts.of("A Brief Account of the Voyage to Canton") == [])
    }

    // MARK: 3. A register's trailer in parentheses

    /// `A to B (DOCUMENT No. N[, MARK])`: every document word, number form and mark; the head is read without it.
    @Test func registerTrailerInParentheses() {
        let trailers = ["(Telegram No. 88, Top Secret)", "(Telegram 118/45, Confidential)", "(Despatch No. 12)",
                        "(Letter No. 7, Secret)", "(Cable 4521, Urgent, Secret)", "(Note No. 3)"]
        for (i, trailer) in trailers.enumerated() {
            let (a, b, _) = Variants.trio(i)
            #expect(Acts.of("Foreign Minister \(a) to Ambassador \(b) in Moscow \(trailer)") == ["\(a) → \(b)"], "\(trailer)")
            #expect(Acts.of("\(a) to \(b) \(trailer)") == ["\(a) → \(b)"], "\(trailer)")
        }
        // A parenthesis that is no register entry is left as printed: a holder still reads.
        #expect(Acts.of("The Ambassador in Xlandia (Okonkwo) to the Secretary of State") == ["Okonkwo → Secretary of State"])
        #expect(Acts.of("Report on the Conference (Telegram No. 88)") == [])
    }

    // MARK: 4. Institutions of several words

    /// A people's commissariat is a body (`People's Commissariat for X of the USSR`), not a person named `People`; a party
    /// acronym with a small letter (`CPCz`, `KPdSU`) is an acronym after `CC`.
    @Test func institutionsOfSeveralWords() {
        for domain in ["Foreign Affairs", "Foreign Trade", "Defence", "Internal Affairs"] {
            for b in ["Li Wenbo", "Hans Becker"] {
                let acts = Acts.of("Note from the People's Commissariat for \(domain) of the USSR to \(b)")
                #expect(acts.count == 1 && acts[0].hasPrefix("People's Commissariat for \(domain)") && acts[0].hasSuffix("→ \(b)"),
                        "\(domain) \(acts)")
            }
        }
        for acronym in ["CPCz", "KPdSU", "PCdI"] {
            let acts = Acts.of("Letter of the CC PZPR to the CC \(acronym)")
            #expect(acts.count == 1 && acts[0].contains(acronym) && !acts[0].hasSuffix("→ \(acronym)"), "\(acronym) \(acts)")
        }
        // Surnames with a capital inside stay names.
        #expect(Acts.of("Letter from Kim Young-sam to Hugh MacArthur") == ["Kim Young-sam → Hugh MacArthur"])
    }

    // MARK: 5. Part markers and notes from a conversation

    /// `TALK between A and B (ORDINAL Round|Session|Part)`, `(Part II)`, `(Continued)`: the part names no participant.
    @Test func partMarkersAfterATalk() {
        var markers: [String] = []
        for ordinal in ["First", "Second", "Third", "Final", "5th"] {
            for noun in ["Round", "Session", "Part", "Sitting", "Meeting"] { markers.append("\(ordinal) \(noun)") }
        }
        markers += ["Part II", "Part 2", "Round 3", "Session IV", "Continued", "Concluded", "cont."]
        var n = 0
        for marker in markers {
            let (a, b, _) = Variants.trio(n)
            for head in ["Minutes of Talks between Vice Premier \(a) and Hungarian Vice Premier \(b)",
                         "Memorandum of Conversation between \(a) and \(b)", "Record of the Meeting between \(a) and \(b)"] {
                #expect(Acts.of("\(head) (\(marker))") == [Variants.sortedPair(a, b)], "\(head) (\(marker))")
            }
            n += 1
        }
        // A person in parentheses is still read: a cover name beside the real one.
        #expect(Acts.of("Memorandum of Conversation between Filippov (Stalin) and Li Wenbo") == ["{Li Wenbo, Stalin}"])
    }

    /// In a journal, `Reception of [OFFICE,] B` is the diarist's talk with B; `Meeting: A – B` joins two sides by a dash.
    @Test func receptionInAJournalAndMeetingByDash() {
        for (i, journal) in ["From the Diary of", "From the Journal of", "Diary of"].enumerated() {
            let (a, b, _) = Variants.trio(i)
            for author in ["the Plenipotentiary Representative of the USSR in Persia, \(a)", a] {
                for received in [b, "the Minister of Foreign Affairs of Persia, \(b)"] {
                    let title = "\(journal) \(author): Reception of \(received)"
                    #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                }
            }
        }
        for dash in ["–", "—", "-"] {
            for n in 0..<3 {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("Meeting: \(a) \(dash) Ambassador \(b) (Tel Aviv)") == [Variants.sortedPair(a, b)], "\(a) \(dash)")
            }
        }
        // A reception with no journal names one side only: no conversation.
        #expect(Acts.of("Reception of Li Wenbo") == [])
    }

    /// `Note|Record|Notes from the Conversation between A and B` is a record of the talk, not a message.
    @Test func noteFromTheConversation() {
        for noun in ["Note", "Notes", "Record", "Memorandum"] {
            for (i, talk) in ["Conversation", "Talks", "Meeting"].enumerated() {
                let (a, b, _) = Variants.trio(i)
                let title = "\(noun) from the \(talk) between Comrade \(a) and the Ambassador of the USSR, Comrade \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
            }
        }
    }
}

/// Session 10's heads printed in capitals read as in title case (docs/titles.md, "Titles in capitals"): a holder in
/// apposition, a place in parentheses after an end, a part marker after a talk. Expectations worked out by hand.
@Suite struct HeadsS10CapitalsTests {
    static let pairs = [("Okafor-Bello", "Lindqvist"), ("Brambilla", "Haddad"), ("Tanabe", "Kowalski")]

    @Test(arguments: pairs)
    func capitalsReadAsTitleCase(a: String, b: String) {
        for title in ["The Consul General in Jerusalem, \(a), to the Ambassador in Cairo, \(b)",
                      "The Minister Plenipotentiary in Belgrade, \(a), to the Minister of Foreign Affairs, \(b)"] {
            #expect(Acts.of(title.uppercased()) == ["\(a) → \(b)"], "\(title)")
        }
        #expect(Acts.of("ISRAEL DELEGATION TO THE UN (LAKE SUCCESS) TO \(b.uppercased())") == ["Israel Delegation to the UN → \(b)"])
        #expect(Acts.of("MINUTES OF TALKS BETWEEN VICE PREMIER \(a.uppercased()) AND VICE PREMIER \(b.uppercased()) (SECOND ROUND)")
                == [Acts.talk([a, b])])
    }
}
