import CorrgraphRead
import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The English-language conventions of session 13 (docs/titles.md, "Postings, departments, enclosures and sides in
/// English heads (session 13)"; docs/summaries.md, "The text of another's message"; docs/names.md, "Cover names after a
/// Russian full name"). Names are invented, of several naming cultures; each expected act is worked out by hand from
/// GOLD-SCHEMA.md.
@Suite struct EnglishHeadsS13Tests {
    static let people = ["Nuala Keenan", "Ambrose Kettleby", "Kemal Aydemir", "Ngozi Adeyemi-Cole", "Liang Shuwen",
                         "Tomás Echeverría", "Ingrid Solvang", "Park Min-ho"]
    static let others = ["Desmond Furlong", "Percival Oakhurst", "Wanjiru Kamau", "Rafael Montoya", "Kenji Sato",
                         "Hamid Karimi", "Joost van Gavere", "Aisling Corrigan"]

    // MARK: 1. A posting in parentheses and a department named by its subject

    @Test func aDepartmentNamedByItsSubjectIsAnInstitution() {
        for i in 0..<6 {
            let department = "External Affairs"
            let a = Self.people[i], b = Self.others[i]
            #expect(Acts.of("Telegram from \(a) (Geneva) to \(department) (Dublin)") == ["\(a) → \(department)"])
            #expect(Acts.of("Code telegram from \(department) to \(b) (Lisbon)") == ["\(department) → \(b)"])
            #expect(Acts.of("Minute from \(department) to the Department of Finance") == ["\(department) → Department of Finance"])
            #expect(Acts.of("Letter from \(a) (Ottawa) to \(b) (Berne)") == ["\(a) → \(b)"])
        }
    }

    /// Negatives: the department's subject as a subject, a minister for it, the department by its full name.
    @Test func aSubjectAloneIsNoDepartment() {
        #expect(Acts.of("Memorandum on External Affairs").isEmpty)
        #expect(Acts.of("Minute from Nuala Keenan to the Minister for External Affairs") == ["Nuala Keenan → Minister for External Affairs"])
        #expect(Acts.of("Letter from the Department of External Affairs to Nuala Keenan") == ["Department of External Affairs → Nuala Keenan"])
        #expect(Acts.of("Telegram from Nuala Keenan (Paris) to the Department of External Affairs (Dublin)") == ["Nuala Keenan → Department of External Affairs"])
    }

    // MARK: 2. A secretary of state named by department

    static let departmentSecretaries = ["Foreign Secretary", "Colonial Secretary", "Home Secretary", "Dominions Secretary",
                                        "Commonwealth Secretary"]

    @Test func aSecretaryOfStateByDepartmentAddresses() {
        for (i, office) in Self.departmentSecretaries.enumerated() {
            let b = Self.others[i]
            #expect(Acts.of("Despatch from the \(office) to Sir \(b): Instructions for the negotiations at Accra") == ["\(office) → \(b)"])
            #expect(Acts.of("Telegram from the \(office) to Sir \(b): instructions for your talks with Mr. Kamau") == ["\(office) → \(b)"])
            #expect(Acts.of("Telegram from Foreign Office to Sir \(b) (Ankara), containing message from \(office) to Mr \(Self.people[i])")
                    == ["\(office) → \(Self.people[i]) via Foreign Office > \(b)"])
        }
    }

    /// Negatives: a serving secretary's `to` names whom the secretary serves; the secretaries to the Government of India.
    @Test func aServingSecretaryKeepsItsTo() {
        #expect(Acts.of("Letter from Nuala Keenan to the Private Secretary to the Prime Minister") == ["Nuala Keenan → Private Secretary to the Prime Minister"])
        #expect(Acts.of("Letter from the Foreign Secretary to the Government of India to Nuala Keenan")
                == ["Foreign Secretary to the Government of India → Nuala Keenan"])
    }

    // MARK: 3. An enclosed message `from A for B`

    @Test func anEnclosedMessageForItsAddressee() {
        for i in 0..<5 {
            let a = Self.people[i], b = Self.others[i], c = Self.people[(i + 3) % 8], d = Self.others[(i + 5) % 8]
            #expect(Acts.of("Letter from \(c) to \(d) (London), with a message from \(a) for \(b)") == ["\(a) → \(b) via \(c) > \(d)"])
            #expect(Acts.of("Letter from \(c) to \(d), with a message from \(a) for Prime Minister \(b)") == ["\(a) → \(b) via \(c) > \(d)"])
            #expect(Acts.of("Telegram from \(c) to \(d), containing a message from \(a) for the Prime Minister")
                    == ["\(a) → Prime Minister via \(c) > \(d)"])
        }
    }

    /// Negative: a purpose after `for` is no addressee; A's message then goes to the outer addressee.
    @Test func aPurposeAfterForIsNoAddressee() {
        #expect(Acts.of("Letter from Nuala Keenan to Desmond Furlong, with a message from Kemal Aydemir for approval")
                == ["Kemal Aydemir → Desmond Furlong via Nuala Keenan"])
    }

    // MARK: 4. A draft is no message sent

    static let drafts = ["a draft reply", "a proposed letter", "draft instructions", "a copy of a draft telegram", "a suggested reply"]

    @Test func anEnclosedDraftIsNoMessage() {
        for (i, draft) in Self.drafts.enumerated() {
            let a = Self.people[i], b = Self.others[i]
            for addressee in ["the British Government", "the Canadian Government", Self.people[(i + 4) % 8]] {
                let title = "Memorandum from \(a) to \(b) enclosing \(draft) to \(addressee)"
                #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
            }
        }
    }

    /// Negative: a copy of a letter sent is still the letter's message.
    @Test func anEnclosedCopyOfALetterSentIsAMessage() {
        #expect(Acts.of("Letter from Nuala Keenan to Desmond Furlong (Rome), enclosing a copy of a letter from Kenji Sato to Keenan")
                == ["Kenji Sato → Desmond Furlong via Nuala Keenan"])
    }

    // MARK: 5. An office-to-office head carrying an enclosed message

    static let postedOffices = ["Ambassador in Italy", "Minister in Hungary", "Minister in Romania", "Ambassador in Spain"]

    @Test func anOfficeHeadCarriesItsEnclosedMessage() {
        let senders = ["the Italian Foreign Minister": "Italian Foreign Minister", "the Hungarian Prime Minister": "Hungarian Prime Minister",
                       "General Alvarado-Pons": "Alvarado-Pons"]
        for office in Self.postedOffices {
            for (printed, shown) in senders.sorted(by: { $0.key < $1.key }) {
                for final in ["the Reich Foreign Minister", "the Reich Chancellor"] {
                    let title = "The \(office) to the Foreign Ministry, transmitting a Message From \(printed) to \(final)"
                    #expect(Acts.of(title) == ["\(shown) → \(final.dropFirst(4)) via \(office) > Foreign Ministry"], "\(title)")
                }
            }
        }
    }

    /// Negative: the office head without a clause is one hop.
    @Test func anOfficeHeadWithoutAClauseIsOneHop() {
        for office in Self.postedOffices {
            #expect(Acts.of("The \(office) to the Foreign Ministry") == ["\(office) → Foreign Ministry"])
        }
    }

    // MARK: 6. `M.` before a given name, and the record's summary styling its people

    static let frenchNames = [("Jules", "Séverac"), ("Armand", "Delorme-Vasseur"), ("Henri", "Duvalier-Roche"), ("Pierre", "Lacaze"),
                              ("Michel", "Brassard")]

    @Test func monsieurBeforeAGivenName() {
        for (given, surname) in Self.frenchNames {
            for office in ["French Ambassador", "Belgian Ambassador", "Swiss Minister"] {
                let title = "Conversation between the Foreign Secretary and M. \(given) \(surname), \(office), 21 January"
                #expect(Acts.of(title) == [Acts.talk(["Foreign Secretary", "\(given) \(surname)"])], "\(title)")
            }
        }
    }

    @Test func theSummaryStylesItsPeople() {
        for (i, (_, surname)) in Self.frenchNames.enumerated() {
            let briton = Self.others[i]
            for head in ["Note of a Conversation with M. \(surname)", "Note of Conversation with M. \(surname)"] {
                #expect(Acts.of(head, summary: "Sir \(briton) saw M. \(surname) at the Quai d'Orsay.") == [Acts.talk([briton, surname])])
            }
        }
    }

    /// Negative: a head with no form of address anywhere keeps `M.` as an initial.
    @Test func anInitialStaysWithoutAStyle() {
        #expect(Acts.of("Ciphered Telegram, M. Volkov to Li Wenbo") == ["M. Volkov → Li Wenbo"])
    }

    // MARK: 7. A cover name after a Russian full name

    static let coverNamed = [("Gennady Shirshin", "Lesnoi"), ("Pavel Sorokin-Belov", "Rudin"), ("Arkady Dementyev", "Kolos"),
                             ("Olga Vetrova", "Zima"), ("Boris Ostrogorov", "Sever")]

    @Test func aCoverNameAfterARussianFullName() {
        for (name, cover) in Self.coverNamed {
            for to in ["Ji Wenbo", "Ri Song-chol", "Nguyen Van Loc"] {
                for head in ["Ciphered Telegram, \(name) [\(cover)] to \(to)", "Telegram, \(name) [\(cover)] to \(to)"] {
                    #expect(Acts.of(head) == ["\(name) → \(to)"], "\(head)")
                }
            }
        }
    }

    /// Negatives: an editor's completion of a Spanish name, and a real name in brackets after a cover name.
    @Test func aCompletionAndARealNameInBracketsStay() {
        #expect(Acts.of("Telegram, Blas Roca [Caldeiro] to Ernesto Quintana") == ["Blas Roca Caldeiro → Ernesto Quintana"])
        #expect(Acts.of("Ciphered Telegram, Filippov [Stalin] to Mao Zedong") == ["Stalin → Mao Zedong"])
    }

    // MARK: 8. A talk's venue between its noun and its sides

    static let venues = ["at 10 Downing Street", "at Chequers", "in the Kremlin", "at the Foreign Office", "at Lancaster House"]

    @Test func aVenueBeforeTheSides() {
        for (i, venue) in Self.venues.enumerated() {
            let title = "Record of meeting \(venue) between the Prime Minister, the Colonial Secretary and a delegation from the Nyasaland African Congress"
            #expect(Acts.of(title) == [Acts.talk(["Colonial Secretary", "Prime Minister", "delegation from the Nyasaland African Congress"])], "\(title)")
            let b = Self.others[i]
            #expect(Acts.of("Record of a conversation \(venue) between the Prime Minister and Chancellor \(b)") == [Acts.talk(["Prime Minister", b])])
        }
    }

    /// Negatives: a venue with no sides, and unnamed officials as the sides.
    @Test func aVenueAloneNamesNoSides() {
        #expect(Acts.of("Record of meeting at 10 Downing Street").isEmpty)
        #expect(Acts.of("Record of meeting at the Foreign Office between officials").isEmpty)
    }

    // MARK: 9. The Holy See's envoys and Monsignor

    @Test func theNuncioWithItsHolderIsOneSide() {
        for (i, prelate) in ["Luigi Fanciulli", "Ettore Vanzetti", "Paolo Restelli"].enumerated() {
            let a = Self.people[i]
            for rank in ["Archbishop", "Mgr", "Monsignor"] {
                #expect(Acts.of("Memorandum by \(a) on a conversation with the Papal Nuncio, \(rank) \(prelate)") == [Acts.talk([a, prelate])])
                #expect(Acts.of("Letter from the Papal Nuncio, \(rank) \(prelate), to \(a)") == ["\(prelate) → \(a)"])
            }
            #expect(Acts.of("Letter from \(a) to \(Self.others[i]) (Rome), enclosing a copy of a letter from the Apostolic Delegate, Mgr \(prelate), to \(Acts.surname(a))")
                    == ["\(prelate) → \(Self.others[i]) via \(a)"])
        }
    }

    // MARK: 10. The text of another's message in the summary

    @Test func theTextOfAnothersMessage() {
        for (i, city) in ["Tehran", "Washington", "Cairo"].enumerated() {
            let b = Self.others[i]
            for office in ["Prime Minister", "Foreign Secretary"] {
                #expect(Acts.of("Telegram from Foreign Office to \(city) no. 884", summary: "Text of message from \(office) to President \(b) on the oil dispute.")
                        == ["\(office) → \(b) via Foreign Office > \(city) (summary)"])
            }
            #expect(Acts.of("Telegram From the Department of State to the Embassy in Ankara",
                            summary: "Instructs the Embassy to deliver a message from the President to Prime Minister \(b); text follows.")
                    == ["President → \(b) via Department of State > Embassy in Ankara (summary)"])
        }
    }

    /// Negatives: a text awaited, and the hop's own sender's message.
    @Test func theTextOfTheHopsOwnMessageIsTheHop() {
        #expect(Acts.of("Telegram from Foreign Office to Tehran", summary: "Text of the reply is awaited.") == ["Foreign Office → Tehran"])
        #expect(Acts.of("Telegram from Foreign Office to Tehran", summary: "Text of message from Foreign Office to the Embassy.") == ["Foreign Office → Tehran"])
    }

    // MARK: 11. A circular to all the missions

    @Test func aCircularToAllTheMissions() {
        let authors = [("Director of the Economic Policy Department", "Wiehl-Oster"), ("State Secretary", "Brandauer-Lenz"),
                       ("Head of the Political Department", "Kovács-Reiter")]
        for (office, name) in authors {
            for posts in ["All Missions in South America", "All Diplomatic Missions", "All Missions in Europe", "All Consulates in Asia"] {
                let title = "Circular of the \(office), \(name), to \(posts)"
                #expect(Acts.of(title) == ["\(name) → \(posts)"], "\(title)")
            }
            // Negative: a circular to an unnamed part of the class names no addressee.
            #expect(Acts.of("Circular of the \(office), \(name), to Certain Missions") == ["\(name) → "])
        }
    }

    // MARK: 12. A proclamation to a people is published, not sent

    @Test func aProclamationToAPeopleIsNoMessage() {
        for author in ["King Louis XVIII", "the Governor-General", "Queen Victoria", "the Emperor Pedro II"] {
            for people in ["the French People", "the People of Bengal", "the Inhabitants of Lisbon"] {
                for word in ["Proclamation of", "Proclamation by", "Address of"] {
                    let title = "\(word) \(author) to \(people)"
                    #expect(Acts.of(title).isEmpty, "\(title)")
                }
            }
        }
    }

    // MARK: 13. `his` after a named writer to an office

    @Test func hisTalkAfterAWriterToAnOffice() {
        for (i, office) in ["the Permanent Under-Secretary", "the Foreign Secretary", "the Secretary of State"].enumerated() {
            let a = Self.others[i], c = Self.people[i]
            let title = "Letter from Sir \(a) (Bonn) to \(office), enclosing record of his conversation with Dr \(c)"
            #expect(Acts.of(title) == ["\(a) → \(office.dropFirst(4))", Acts.talk([a, c])], "\(title)")
        }
        // Negative: no talk named, no talk read.
        #expect(Acts.of("Letter from Sir Percival Oakhurst to the Permanent Under-Secretary") == ["Percival Oakhurst → Permanent Under-Secretary"])
    }

    // MARK: 14. A prince's rank, given name and territory

    static let princes = [("Duke", "George", "Saxony"), ("Elector", "Frederick", "Saxony"), ("Margrave", "Casimir", "Brandenburg"),
                          ("Landgrave", "Philip", "Hesse"), ("Duchess", "Renée", "Ferrara")]

    @Test func aPrincesRankGivenNameAndTerritory() {
        for (rank, given, land) in Self.princes {
            #expect(Acts.of("Ep. 1225. Erasmus to \(rank) \(given) of \(land)") == ["Erasmus → \(given) of \(land)"])
            #expect(Acts.of("Ep. 1225. Erasmus to Willibald Pirckheimer, with a letter from Erasmus to \(rank) \(given) of \(land)")
                    == ["Erasmus → Willibald Pirckheimer", "Erasmus → \(given) of \(land)"])
        }
        // Negative: a peer by rank and title alone is no given name and territory.
        #expect(Acts.of("Ep. 12. Erasmus to the Duke of Saxony") != ["Erasmus → of Saxony"])
    }
}
