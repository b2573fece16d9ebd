import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Session 10's title conventions (docs/titles.md, "Relays after an office, offices with their units, consular posts,
/// directorates and papers for a talk"; docs/letter-editions.md, "A post named by its city"). Names are invented, of several
/// naming cultures; each expected act is worked out by hand from GOLD-SCHEMA.md.
@Suite struct TitleMissesS10Tests {
    static let senders = ["Ivan Sablin", "Chen Guowei", "Park Ji-hoon", "Klaus Hartwig", "Karim Nasser", "Lucía Montalvo"]
    static let recipients = ["Hiroshi Tanabe", "Amina Diallo", "Sergei Volodin", "Wang Lihua", "Ingrid Solberg", "Omar Farouk"]

    // MARK: 1. A relay after the addressee's comma

    static let appositionOffices = ["Soviet Ambassador", "Ambassador to Xlandia", "Minister of Trade",
                                    "Chargé d'Affaires in Bern", "Soviet Ambassador in Tortan"]
    /// Relays as printed and as named: persons, and institutions named without their article.
    static let relays: [(printed: String, named: String)] = [
        ("Oleg Zhdanov", "Oleg Zhdanov"), ("Li Xiaoming", "Li Xiaoming"),
        ("the Swiss Legation in Tortan", "Swiss Legation in Tortan"), ("the Polish Legation in Port Vell", "Polish Legation in Port Vell"),
    ]

    @Test func aRelayAfterTheSendersOfficeIsTheVia() {
        for (i, office) in Self.appositionOffices.enumerated() {
            let a = Self.senders[i % Self.senders.count], b = Self.recipients[i % Self.recipients.count]
            for relay in Self.relays {
                for lead in ["", "Telegram, ", "Cable from ", "Letter from "] {
                    let title = "\(lead)\(a), \(office), to \(b), via \(relay.printed)"
                    #expect(Acts.of(title) == ["\(a) → \(b) via \(relay.named)"], "\(title)")
                }
            }
        }
    }

    @Test func aRelayAfterTheAddresseesOfficeIsTheVia() {
        for (i, office) in Self.appositionOffices.enumerated() {
            let a = Self.senders[(i + 1) % Self.senders.count], b = Self.recipients[(i + 2) % Self.recipients.count]
            for relay in Self.relays {
                for lead in ["", "Telegram, "] {
                    let title = "\(lead)\(a) to \(b), \(office), via \(relay.printed)"
                    #expect(Acts.of(title) == ["\(a) → \(b) via \(relay.named)"], "\(title)")
                }
            }
        }
    }

    @Test func aChainOfRelaysAfterTheAddresseeKeepsItsOrder() {
        #expect(Acts.of("Karim Nasser, Ambassador in Cairo, to Wang Lihua, via Oleg Zhdanov and Li Xiaoming")
                == ["Karim Nasser → Wang Lihua via Oleg Zhdanov > Li Xiaoming"])
        #expect(Acts.of("Karim Nasser, Ambassador in Cairo, to Wang Lihua, via Oleg Zhdanov, Li Xiaoming and Amina Diallo")
                == ["Karim Nasser → Wang Lihua via Oleg Zhdanov > Li Xiaoming > Amina Diallo"])
    }

    @Test func aRelayAfterAnOfficeWithItsHolder() {
        #expect(Acts.of("The Secretary of State to the Chargé in Xlandia (Okonkwo), via the Swiss Legation in Tortan")
                == ["Secretary of State → Okonkwo via Swiss Legation in Tortan"])
    }

    /// Negatives: a `via` that names no one adds no relay and glues nothing; a head with no addressee has no relay to cut.
    @Test func aViaThatNamesNoOneIsNoRelay() {
        #expect(Acts.of("Ivan Sablin, Soviet Ambassador, to Hiroshi Tanabe, via official channels") == ["Ivan Sablin → Hiroshi Tanabe"])
        #expect(Acts.of("Telegram from Ivan Sablin to Hiroshi Tanabe, via courier") == ["Ivan Sablin → Hiroshi Tanabe"])
        #expect(Acts.of("Report by Ivan Sablin, Soviet Ambassador, via Oleg Zhdanov") == [])
    }

    // MARK: 2. An office whose unit follows after a comma

    static let unitOffices = ["Chief", "Director", "Head", "Deputy Chief", "Acting Director"]
    static let units = ["Near East Division", "Office of Soviet Affairs", "Second Department", "Policy Planning Staff",
                        "Bureau of Intelligence and Research"]

    @Test func anOfficeAndItsUnitAreOneSender() {
        for office in Self.unitOffices {
            for (i, unit) in Self.units.enumerated() {
                let b = Self.recipients[i]
                for title in ["\(office), \(unit), to \(b)", "Memorandum from \(office), \(unit), to \(b)",
                              "Letter, \(office), \(unit), to \(b)", "Memorandum from \(office), \(unit) to \(b)"] {
                    #expect(Acts.of(title) == ["\(office), \(unit) → \(b)"], "\(title)")
                }
            }
        }
    }

    @Test func anOfficeAndItsUnitAreOneAddressee() {
        for office in Self.unitOffices {
            for (i, unit) in Self.units.enumerated() {
                let a = Self.senders[i]
                let title = "Memorandum from \(a) to \(office), \(unit)"
                #expect(Acts.of(title) == ["\(a) → \(office), \(unit)"], "\(title)")
            }
        }
    }

    /// A list of people is several ends, not an office and its unit.
    @Test func aListOfNamesIsSeveralSenders() {
        #expect(Acts.of("Letter from Kowalski, Tanabe, and Haddad to Karim Nasser") == ["Kowalski, Tanabe, Haddad → Karim Nasser"])
        #expect(Acts.of("Letter from Kowalski, Tanabe and Haddad to Karim Nasser") == ["Kowalski, Tanabe, Haddad → Karim Nasser"])
        #expect(Acts.of("Letter from Ivan Sablin, Chen Guowei, and Park Ji-hoon to Karim Nasser")
                == ["Ivan Sablin, Chen Guowei, Park Ji-hoon → Karim Nasser"])
    }

    // MARK: 3. A consular or diplomatic office keeps its place

    static let consularGrades = ["Vice-Consul", "Consul-General", "Consul", "Chargé d'Affaires", "Chargé", "Consular Agent",
                                 "Pro-Consul", "Acting Consul-General", "Deputy Consul-General", "Acting Vice-Consul"]
    static let places = ["Lyon", "Hankow", "Port Vell"]

    @Test func aConsularOfficeKeepsItsPlaceAtEitherEnd() {
        for grade in Self.consularGrades {
            for preposition in ["in", "at"] {
                for place in Self.places {
                    let office = "\(grade) \(preposition) \(place)"
                    #expect(Acts.of("The \(office) to the Secretary of State") == ["\(office) → Secretary of State"], "\(office)")
                    #expect(Acts.of("The Secretary of State to the \(office)") == ["Secretary of State → \(office)"], "\(office)")
                    #expect(Acts.of("Telegram from the \(office) to the Foreign Ministry") == ["\(office) → Foreign Ministry"], "\(office)")
                }
            }
        }
    }

    @Test func aConsularOfficeWithItsHolderIsTheHolder() {
        for (i, grade) in Self.consularGrades.enumerated() {
            let holder = ["Lindqvist", "Al-Sayed", "Nakagawa", "Kowalczyk", "Okonkwo"][i % 5]
            #expect(Acts.of("The \(grade) at Lyon (\(holder)) to the Secretary of State") == ["\(holder) → Secretary of State"], "\(grade)")
        }
    }

    @Test func consularOfficesInAList() {
        #expect(Acts.of("The Secretary of State to the Vice-Consul at Lyon and the Consul-General at Hankow")
                == ["Secretary of State → Vice-Consul at Lyon, Consul-General at Hankow"])
        #expect(Acts.of("THE VICE-CONSUL IN LYON TO THE SECRETARY OF STATE") == ["Vice-Consul in Lyon → Secretary of State"])
    }

    // MARK: 4. A function in parentheses after an office

    static let directorateOffices = ["Deputy Director", "Assistant Secretary", "Director", "Under Secretary"]
    static let functions = ["Intelligence", "Plans", "Economic Affairs", "Administration", "Operations", "Research", "Support",
                            "Public Affairs", "Far Eastern Affairs", "Science and Technology"]

    @Test func aFunctionInParenthesesIsPartOfTheOffice() {
        for office in Self.directorateOffices {
            for (i, function) in Self.functions.enumerated() {
                let other = Self.recipients[i % Self.recipients.count]
                let named = "\(office) (\(function))"
                #expect(Acts.of("Memorandum from the \(named) to \(other)") == ["\(named) → \(other)"], "\(named)")
                #expect(Acts.of("Memorandum from \(other) to the \(named)") == ["\(other) → \(named)"], "\(named)")
            }
        }
    }

    @Test func aFunctionAsARelayOnTheRoutingLine() {
        for function in ["Intelligence", "Plans", "Economic Affairs"] {
            let title = "MEMORANDUM FOR: Director of Central Intelligence; VIA: Deputy Director (\(function)); FROM: Chief, Far East Division; SUBJECT: Agent Reports"
            #expect(Acts.of(title) == ["Chief, Far East Division → Director of Central Intelligence via Deputy Director (\(function))"], "\(function)")
        }
    }

    /// A capitalised name in parentheses is the holder.
    @Test func aNameInParenthesesIsTheHolder() {
        #expect(Acts.of("The Ambassador in France (Dorval) to the Secretary of State") == ["Dorval → Secretary of State"])
        #expect(Acts.of("Memorandum from the Assistant Secretary (Nakagawa) to Hiroshi Tanabe") == ["Nakagawa → Hiroshi Tanabe"])
        #expect(Acts.of("Memorandum from the Deputy Director (Plans) (Okonkwo) to Hiroshi Tanabe") == ["Okonkwo → Hiroshi Tanabe"])
    }

    // MARK: 5. A post named by its city is named as printed

    static let owners = ["U.S.", "US", "British", "French"]
    static let cities = ["Moscow", "Bonn", "Jakarta", "Port Vell"]

    @Test func aPostAtItsCityIsNamedAsPrinted() {
        for owner in Self.owners {
            for city in Self.cities {
                let post = "\(owner) Embassy \(city)"
                #expect(Acts.of("\(post) cable 1234 to State Department") == ["\(post) → State Department"], "\(post)")
                #expect(Acts.of("Telegram from \(post) to the Department of State") == ["\(post) → Department of State"], "\(post)")
                #expect(Acts.of("Department of State cable 55012 to \(post)") == ["Department of State → \(post)"], "\(post)")
            }
        }
        #expect(Acts.of("Embassy Port Vell telegram 12 to Secretary of State") == ["Embassy Port Vell → Secretary of State"])
    }

    @Test func aPostAtItsCityRelaysAsPrinted() {
        #expect(Acts.of("U.S. Embassy Warsaw cable 3120 to Department of State, transmitting message from Foreign Minister Zbigniew Kowalczyk to Secretary Hollis")
                == ["Zbigniew Kowalczyk → Hollis via U.S. Embassy Warsaw > Department of State"])
    }

    /// A post printed with `in` is named as before: the usual name of the embassy in a capital (gold schema's institution ids).
    @Test func aPostPrintedWithInIsUnchanged() {
        #expect(Acts.of("Telegram from the U.S. Embassy in Moscow to Li Xiaoming") == ["American Embassy in Moscow → Li Xiaoming"])
        #expect(Acts.of("Telegram from the Hungarian Embassy in Tortan to Li Xiaoming") == ["Hungarian Embassy in Tortan → Li Xiaoming"])
    }

    // MARK: Titles printed in capitals

    /// A title printed in capitals is read in the case catalogue English prints it (docs/titles.md, "Tokens and letter case").
    @Test func theConventionsHoldInCapitals() {
        #expect(Acts.of("TELEGRAM, IVAN SABLIN, SOVIET AMBASSADOR, TO CHEN GUOWEI, VIA OLEG ZHDANOV")
                == ["Ivan Sablin → Chen Guowei via Oleg Zhdanov"])
        #expect(Acts.of("MEMORANDUM FROM DIRECTOR, OFFICE OF SOVIET AFFAIRS, TO HIROSHI TANABE")
                == ["Director, Office of Soviet Affairs → Hiroshi Tanabe"])
        #expect(Acts.of("MEMORANDUM FROM THE ASSISTANT SECRETARY (ECONOMIC AFFAIRS) TO CHEN GUOWEI")
                == ["Assistant Secretary (Economic Affairs) → Chen Guowei"])
        #expect(Acts.of("U.S. EMBASSY MOSCOW CABLE 1234 TO STATE DEPARTMENT") == ["U.S. Embassy Moscow → State Department"])
        #expect(Acts.of("MEMORANDUM FROM KLAUS HARTWIG TO CHEN GUOWEI FOR THE CHANCELLOR'S TALKS WITH PARK JI-HOON")
                == ["Klaus Hartwig → Chen Guowei"])
    }

    // MARK: 6. A document addressed to someone for a meeting

    static let papers = ["Memorandum", "Briefing Paper", "Note", "Letter", "Top Secret Memorandum"]
    static let occasions = ["the Chancellor's Talks with", "the President's Meeting with", "the Minister's Forthcoming Visit to",
                            "the Secretary's Conversation with"]

    @Test func aPaperForAMeetingIsTheMessageAlone() {
        for (i, paper) in Self.papers.enumerated() {
            for occasion in Self.occasions {
                let a = Self.senders[i], c = Self.recipients[i], b = Self.senders[(i + 3) % Self.senders.count]
                let title = "\(paper) from \(a) to \(c) for \(occasion) \(b)"
                #expect(Acts.of(title) == ["\(a) → \(c)"], "\(title)")
                let dated = "\(paper) from \(a) to \(c) for \(occasion) \(b), 3 May 1962"
                #expect(Acts.of(dated) == ["\(a) → \(c)"], "\(dated)")
            }
        }
    }

    @Test func anAddresseeBeforeTheAuthorToo() {
        #expect(Acts.of("Memorandum to Amina Diallo from Klaus Hartwig for the President's Meeting with Chen Guowei")
                == ["Klaus Hartwig → Amina Diallo"])
        #expect(Acts.of("Note by Klaus Hartwig to Amina Diallo for the Proposed Meeting with Chen Guowei")
                == ["Klaus Hartwig → Amina Diallo"])
        // An editor's square brackets around the occasion, and an office as the addressee.
        #expect(Acts.of("Memorandum from Klaus Hartwig to Chen Guowei [for the President's Meeting with Park Ji-hoon]")
                == ["Klaus Hartwig → Chen Guowei"])
        #expect(Acts.of("Memorandum from Klaus Hartwig to the Minister for the Chancellor's Talks with Park Ji-hoon")
                == ["Klaus Hartwig → Minister"])
    }

    /// Negatives: without an addressee the paper is no message; a `for` that names an office's domain or a purpose is not a
    /// meeting; a record of the talk itself is a conversation.
    @Test func papersForMeetingsNegativesAndContrasts() {
        #expect(Acts.of("Memorandum from Klaus Hartwig for the President's Meeting with Chen Guowei") == [])
        #expect(Acts.of("Briefing Paper for the President's Meeting with Chen Guowei") == [])
        #expect(Acts.of("Letter from Klaus Hartwig to the Minister for Foreign Affairs") == ["Klaus Hartwig → Minister for Foreign Affairs"])
        #expect(Acts.of("Memorandum of Conversation between Klaus Hartwig and Chen Guowei") == ["{Chen Guowei, Klaus Hartwig}"])
    }
}

/// `a.i.` after an office is the diplomatic services' abbreviation of `ad interim` (docs/titles.md, FRUS heads): a
/// qualifier of the office, as `ad interim` is, never a word that ends it. Worked out by hand from the gold schema: an
/// office named alone is the office as printed; with its holder in parentheses it is the holder.
@Suite struct AdInterimAbbreviationTests {
    static let grades = ["Chargé d'Affaires", "Ambassador", "Minister", "Consul General"]
    static let posts = ["Bern", "Lima", "Ankara"]
    static let holders = ["Okafor", "Li Wenbo", "Kowalski"]

    @Test(arguments: grades)
    func theAbbreviationQualifiesTheOffice(grade: String) {
        for post in Self.posts {
            #expect(Acts.of("The \(grade) a.i. in \(post) to the Secretary of State") == ["\(grade) a.i. in \(post) → Secretary of State"])
            #expect(Acts.of("The Secretary of State to the \(grade) a.i. in \(post)") == ["Secretary of State → \(grade) a.i. in \(post)"])
            for holder in Self.holders {
                #expect(Acts.of("The \(grade) a.i. in \(post) (\(holder)) to the Secretary of State") == ["\(holder) → Secretary of State"])
                #expect(Acts.of("The Secretary of State to the \(grade) a.i. in \(post) (\(holder))") == ["Secretary of State → \(holder)"])
            }
        }
    }
}
