import CorrgraphRead
import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The conventions session 10's miss list named (docs/titles.md, "A person's office and unit, capitals, relatives and
/// bodies' resolutions"; docs/letter-editions.md, "A French office with its unit"). Names are invented, of several naming
/// cultures; each expected act is worked out by hand from GOLD-SCHEMA.md.
@Suite struct TitleMissesS11Tests {
    static let people = ["Ivan Petrov", "Kwame Mensah", "Hiroshi Tanabe", "Ahmed Haddad", "Olga Smirnova", "Juan Pérez",
                         "Park Ji-hoon", "Tran Van Loc"]
    static let others = ["Sergei Orlov", "Li Wenbo", "Karim Nasser", "Elena Morales", "Amina Diallo", "Ingrid Solberg",
                         "Omar Farouk", "Wang Lihua"]

    static func extracted(_ title: String, summary: String = "") -> ExtractedRecord {
        RecordExtractor().extract(CatalogueRecord(id: "s11#1", source: "s11", line: 1, date: "May 2, 1961", title: title, summary: summary))
    }

    // MARK: 1. A person's office and unit set off by commas

    static let offices = ["Chief", "Director", "Head", "Deputy Chief", "Acting Director"]
    static let units = ["Near East Division", "Office of Soviet Affairs", "Second Department", "Policy Planning Staff",
                        "Bureau of Intelligence and Research", "Far East Division"]

    @Test func aPersonsOfficeAndUnitBeforeToAreApposition() {
        for (i, office) in Self.offices.enumerated() {
            for (j, unit) in Self.units.enumerated() {
                let a = Self.people[(i + j) % Self.people.count], b = Self.others[(i + 2 * j) % Self.others.count]
                for lead in ["", "Telegram, ", "Letter from ", "Memorandum from "] {
                    let title = "\(lead)\(a), \(office), \(unit), to \(b)"
                    #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
                }
            }
        }
    }

    @Test func anAddresseesOfficeAndUnitAreApposition() {
        for (i, office) in Self.offices.enumerated() {
            for (j, unit) in Self.units.enumerated() {
                let a = Self.people[(i + j) % Self.people.count], b = Self.others[(i + 2 * j) % Self.others.count]
                for title in ["\(a) to \(b), \(office), \(unit)", "Letter from \(a) to \(b), \(office), \(unit)",
                              "\(a), \(office), \(unit), to \(b), \(office), \(unit)"] {
                    #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
                }
            }
        }
    }

    @Test func aPersonsOfficeAndUnitInCapitals() {
        #expect(Acts.of("IVAN PETROV, DIRECTOR, SECOND DEPARTMENT, TO SERGEI ORLOV") == ["Ivan Petrov → Sergei Orlov"])
        #expect(Acts.of("KWAME MENSAH, CHIEF, NEAR EAST DIVISION, TO LI WENBO") == ["Kwame Mensah → Li Wenbo"])
        #expect(Acts.of("KIM YOUNG-SOO, CHIEF, FAR EAST DIVISION, TO THE DIRECTOR OF CENTRAL INTELLIGENCE")
                == ["Kim Young-Soo → Director of Central Intelligence"])
    }

    /// Negatives: an office and unit with no name before them are the end; a list of names is several ends; an office and
    /// a body (no unit noun) are not folded into a name.
    @Test func withoutANameTheOfficeAndUnitAreTheEnd() {
        #expect(Acts.of("Chief, Near East Division, to Hiroshi Tanabe") == ["Chief, Near East Division → Hiroshi Tanabe"])
        #expect(Acts.of("Letter from Kowalski, Tanabe, and Haddad to Karim Nasser") == ["Kowalski, Tanabe, Haddad → Karim Nasser"])
        #expect(Acts.of("Ivan Petrov, Ambassador, to Sergei Orlov") == ["Ivan Petrov → Sergei Orlov"])
    }

    // MARK: 2. Heads in capitals: a place's first word, hyphenated given names

    @Test func anOfficeAndUnitInCapitalsReadAsInTitleCase() {
        for (office, unit) in [("CHIEF", "NEAR EAST DIVISION"), ("DIRECTOR", "OFFICE OF SOVIET AFFAIRS"), ("HEAD", "SECOND DEPARTMENT"),
                               ("DEPUTY CHIEF", "FAR EAST DIVISION"), ("ACTING DIRECTOR", "MIDDLE EAST DIVISION")] {
            let named = Truecasing.capitalized(office.lowercased()).split(separator: " ").map { Truecasing.capitalized(String($0)) }.joined(separator: " ")
                + ", " + unit.split(separator: " ").map { $0 == "OF" ? "of" : Truecasing.capitalized($0.lowercased()) }.joined(separator: " ")
            for (lead, to) in [("", "TO DIRECTOR OF CENTRAL INTELLIGENCE"), ("MEMORANDUM FROM ", "TO HIROSHI TANABE"),
                               ("LETTER FROM ", "TO KARIM NASSER")] {
                let title = "\(lead)\(office), \(unit), \(to)"
                let b = to == "TO DIRECTOR OF CENTRAL INTELLIGENCE" ? "Director of Central Intelligence"
                    : to == "TO HIROSHI TANABE" ? "Hiroshi Tanabe" : "Karim Nasser"
                #expect(Acts.of(title) == ["\(named) → \(b)"], "\(title)")
            }
        }
    }

    @Test func aPlaceOpenedByAPrepositionKeepsItsCapital() {
        #expect(Truecasing.restoringCapitals("CHIEF, NEAR EAST DIVISION, TO HIROSHI TANABE") == "Chief, Near East Division, to Hiroshi Tanabe")
        #expect(Truecasing.restoringCapitals("REPORT ON THE NEAR EAST BY IVAN PETROV") == "Report on the Near East by Ivan Petrov")
        // A preposition before no place stays in lower case.
        #expect(Truecasing.restoringCapitals("TELEGRAM FROM IVAN PETROV NEAR THE BORDER").contains(" near the "))
    }

    @Test func hyphenatedGivenNamesInCapitals() {
        for (printed, named) in [("KIM YOUNG-SOO", "Kim Young-Soo"), ("LEE MIN-JUNG", "Lee Min-Jung"), ("JEAN-PIERRE DUBOIS", "Jean-Pierre Dubois"),
                                 ("PARK JI-HOON", "Park Ji-Hoon")] {
            #expect(Acts.of("LETTER FROM \(printed) TO ANNA KOWALSKA") == ["\(named) → Anna Kowalska"], "\(printed)")
            #expect(Acts.of("CABLE, OLEG SMIRNOV TO \(printed)") == ["Oleg Smirnov → \(named)"], "\(printed)")
        }
    }

    // MARK: 3. A French office with its unit

    static let frenchHeads: [(printed: String, named: String)] = [
        ("Le Chef, Division des affaires politiques", "Chef, Division des affaires politiques"),
        ("Le Directeur, Division du commerce", "Directeur, Division du commerce"),
        ("Le Chef, Service de presse", "Chef, Service de presse"),
        ("Le Chef, Section du protocole", "Chef, Section du protocole"),
        ("Télégramme du Chef, Division des affaires politiques", "Chef, Division des affaires politiques"),
        ("Lettre du Directeur, Direction des organisations internationales", "Directeur, Direction des organisations internationales"),
    ]

    @Test func aFrenchOfficeAndUnitAreOneEnd() {
        for head in Self.frenchHeads {
            #expect(Acts.of("\(head.printed), au Ministre") == ["\(head.named) → Ministre"], "\(head.printed)")
            #expect(Acts.of("\(head.printed), au Ministre de Suisse à Rome, Ch.-H. Delacour") == ["\(head.named) → Ch.-H. Delacour"], "\(head.printed)")
            #expect(Acts.of("\(head.printed), au Ministre de Suisse à Washington, Park Min-ho") == ["\(head.named) → Park Min-ho"], "\(head.printed)")
        }
    }

    /// Negatives: a holder after the office is still the end; an office word before a body with no unit noun is no unit.
    @Test func aFrenchHolderStaysTheEnd() {
        #expect(Acts.of("Le Chef du Département politique, M. Favrel, au Ministre de Suisse à Rome, Ch.-H. Delacour")
                == ["M. Favrel → Ch.-H. Delacour"])
        #expect(ArchiveHeads.officeAndUnit(officeText: "Chef", unitText: "Ambassade de France") == nil)
    }

    // MARK: 4. A body's resolution sent on

    static let bodies = ["Kisan Sabha of Thana", "Chamber of Commerce of Accra", "Municipal Council of Lyon", "Workers' Union of Dundee",
                         "Peasants' League of Oaxaca"]
    static let bodyDocuments = ["a Resolution", "the Resolution", "the Resolutions", "a Declaration", "a Memorial", "an Address"]

    @Test func aBodysResolutionSentOnIsItsMessage() {
        for (i, body) in Self.bodies.enumerated() {
            for (j, document) in Self.bodyDocuments.enumerated() {
                let c = Self.people[(i + j) % Self.people.count], d = Self.others[(i + j) % Self.others.count]
                for participle in ["transmitting", "enclosing", "forwarding"] {
                    let addressed = "Letter from \(c) to \(d), \(participle) \(document) of the \(body) to the Government of Bombay"
                    #expect(Acts.of(addressed) == ["\(body) → Government of Bombay via \(c) > \(d)"], "\(addressed)")
                    let unaddressed = "Letter from \(c) to \(d), \(participle) \(document) of the \(body)"
                    #expect(Acts.of(unaddressed) == ["\(body) → \(d) via \(c)"], "\(unaddressed)")
                }
            }
        }
    }

    /// Negatives: a resolution that is the record itself states no act; a resolution only named in a subject adds no one.
    @Test func aResolutionThatIsTheRecordStatesNoAct() {
        #expect(Acts.of("Resolution of the Kisan Sabha of Thana") == [])
        #expect(Acts.of("Resolution of the Municipal Council of Lyon on the Water Supply") == [])
        #expect(Acts.of("Letter from Ivan Petrov to Li Wenbo on the Resolution of the Municipal Council of Lyon") == ["Ivan Petrov → Li Wenbo"])
    }

    // MARK: 5. A surname in capitals

    static let capitalSurnames: [(printed: String, named: String)] = [
        ("MOLCHANOV", "Molchanov"), ("KOVAC", "Kovac"), ("NOWAK", "Nowak"), ("TANAKA", "Tanaka"), ("OKONKWO", "Okonkwo"),
        ("HADDAD", "Haddad"), ("KOVÁČ", "Kováč"), ("SHCHERBAKOV", "Shcherbakov"),
    ]

    @Test func aOneWordSurnameInCapitalsIsAPerson() {
        for (i, a) in Self.capitalSurnames.enumerated() {
            let b = Self.capitalSurnames[(i + 3) % Self.capitalSurnames.count]
            for title in ["Telegram, \(a.printed) to \(b.printed)", "Letter from \(a.printed) to \(b.printed)",
                          "Telegram from \(a.printed) to \(b.printed)", "Ciphered Telegram No. 50333, \(a.printed) to \(b.printed)"] {
                let record = Self.extracted(title)
                #expect(record.messages.count == 1, "\(title)")
                #expect(record.messages.first?.from.map(\.text) == [a.named], "\(title)")
                #expect(record.messages.first?.to.map(\.text) == [b.named], "\(title)")
                #expect(record.messages.first.map { ($0.from + $0.to).allSatisfy { $0.kind == .person } } == true, "\(title)")
            }
            let toBody = Self.extracted("Telegram, \(a.printed) to the Foreign Ministry")
            #expect(toBody.messages.first?.from.map(\.kind) == [CorrespondentKind.person], "\(a.printed)")
        }
    }

    /// Negatives: acronyms of the lexicon, acronyms spoken as words and address indicators stay institutions; a marking in
    /// capitals stays; a title all in capitals is truecased as before.
    @Test func acronymsInCapitalsStayInstitutions() {
        for (a, b) in [("CINCPAC", "JCS"), ("USDEL", "SECSTATE"), ("CINCLANT", "CINCPAC"), ("COMUSFORK", "CINCEUR"), ("SACEUR", "JCS"),
                       ("UNESCO", "CPSU")] {
            let record = Self.extracted("Cable, \(a) to \(b)")
            #expect(record.messages.first?.from.map(\.text) == [a], "\(a)")
            #expect(record.messages.first?.from.allSatisfy { $0.kind != .person } == true, "\(a)")
        }
        #expect(Truecasing.recasingSurnamesInCapitals("Telegram from Ivan Petrov to Li Wenbo, SECRET") == "Telegram from Ivan Petrov to Li Wenbo, SECRET")
        #expect(Truecasing.recasingSurnamesInCapitals("TELEGRAM, MOLCHANOV TO KOVAC") == "TELEGRAM, MOLCHANOV TO KOVAC")
    }

    // MARK: 6. A recipient named only by a relation

    static let relations = ["son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "parents", "children",
                            "family", "nephew", "son-in-law"]
    static let relatives = ["Hans Vogel", "Marie Duval", "Kenji Sato", "Olga Smirnova", "Tran Van Loc", "Amina Diallo"]

    @Test func aRecipientNamedByARelationIsAnEmptyEnd() {
        for (i, relation) in Self.relations.enumerated() {
            let a = Self.relatives[i % Self.relatives.count]
            for pronoun in ["his", "her", "their"] {
                for title in ["\(a) to \(pronoun) \(relation)", "Letter from \(a) to \(pronoun) \(relation)",
                              "Letter from \(a) to \(pronoun) \(relation), 3 May 1950", "Telegram from \(a) to \(pronoun) \(relation)",
                              "Letter from \(a) to \(pronoun) \(relation) on the Harvest"] {
                    #expect(Acts.of(title) == ["\(a) → "], "\(title)")
                }
            }
        }
    }

    @Test func aRelationOfNamedPeopleIsAnEmptyEnd() {
        for (i, couple) in ["Hans and Greta Vogel", "Kenji Sato", "Marie and Pierre Duval", "Olga Smirnova"].enumerated() {
            for relation in ["Son", "Daughter", "Brother", "Family"] {
                let a = Self.people[i]
                let title = "Letter from \(a) to \(couple)'s \(relation)"
                #expect(Acts.of(title) == ["\(a) → "], "\(title)")
            }
        }
    }

    @Test func aSenderNamedByARelationIsAnEmptyEnd() {
        #expect(Acts.of("Letter from his son to Hans Vogel") == [" → Hans Vogel"])
        #expect(Acts.of("Letter from her daughter to Marie Duval") == [" → Marie Duval"])
    }

    /// Negatives: a relation followed by the relative's name names that person; a relation inside a subject is no end.
    @Test func aNamedRelativeIsTheEnd() {
        #expect(Acts.of("Letter from Hans Vogel to his son, Karl Vogel") == ["Hans Vogel → Karl Vogel"])
        #expect(Acts.of("Letter from Marie Duval to her brother Jacques Duval") == ["Marie Duval → Jacques Duval"])
        #expect(Acts.of("Letter from Kenji Sato to Li Wenbo about his son") == ["Kenji Sato → Li Wenbo"])
        #expect(Acts.of("Memorandum of Conversation between Hans Vogel and Li Wenbo") == ["{Hans Vogel, Li Wenbo}"])
    }

    // MARK: 7. No note that a talk lacks a side on a message about a talk

    @Test func aMessageAboutATalkCarriesNoNote() {
        for title in [
            "Telegram from the Ambassador in Moscow, Volkonov, to the Minister of Foreign Affairs, Okonkwo, on the Talks in Geneva",
            "Letter from Hans Becker to Li Wenbo on the Talks in Geneva",
            "Cable from the Chinese Foreign Ministry to the Chinese Embassy in Poland, 'Regarding the Trade Talks'",
            "Telegram From the Department of State to the Delegation at the Foreign Ministers Meeting, at Geneva",
        ] {
            let record = Self.extracted(title)
            #expect(!record.messages.isEmpty, "\(title)")
            #expect(!record.problems.contains { $0.contains("fewer than two participants") }, "\(title): \(record.problems)")
        }
    }

    /// Negatives: a talk that names a party, or a record with no message, keeps its note.
    @Test func aTalkThatLacksASideKeepsItsNote() {
        #expect(Self.extracted("Memorandum of Conversation").problems.contains { $0.contains("fewer than two participants") })
        #expect(Self.extracted("Telegram from Li Wenbo to Hans Becker (Conversation with the Ambassador)").problems.contains {
            $0.contains("conversation") })
        #expect(RecordExtractor.namesTalkParty("A to B (Conversation with C)"))
        #expect(RecordExtractor.namesTalkParty("A to B: Li Wenbo's Talks in Paris"))
        #expect(!RecordExtractor.namesTalkParty("A to B on the Talks in Geneva"))
    }
}
