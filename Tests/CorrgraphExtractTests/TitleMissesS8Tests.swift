import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Title conventions the grammar misread before session 8 (docs/titles.md, "Bodies named by their subject, initials,
/// seats and publics"). Names and places are invented (`Variants.people`: Russian, Chinese, Korean, German, Arabic,
/// Spanish, Japanese); expected acts are worked out by hand from GOLD-SCHEMA.md.
@Suite struct TitleMissesS8Tests {
    // MARK: 1. A body named by its subject

    /// Every head of `Lexicon.bodiesNamedBySubject` (singular), with subjects of one to three words.
    static let bodyHeads = ["Committee", "Subcommittee", "Commission", "Council", "Conference", "Board", "Working Group", "Panel"]
    static let bodySubjects = ["Human Rights", "Foreign Relations", "Disarmament", "Far Eastern Affairs", "Refugees"]

    /// `HEAD on COMPLEMENT` is one body at either end, after `from`, after a comma, after `by`, in capitals.
    @Test func aBareOnAfterABodysHeadContinuesItsName() {
        var n = 0
        for head in Self.bodyHeads {
            for subject in Self.bodySubjects {
                let (a, b, c) = Variants.trio(n)
                let body = "\(head) on \(subject)"
                #expect(Acts.of("Letter from the \(body) to \(a)") == ["\(body) → \(a)"], "\(body)")
                #expect(Acts.of("Letter, the \(body) to \(b) [via \(c)]") == ["\(body) → \(b) via \(c)"], "\(body)")
                #expect(Acts.of("Letter from \(a) to the \(body)") == ["\(a) → \(body)"], "\(body)")
                #expect(Acts.of("Report by the \(body) to \(c)") == ["\(body) → \(c)"], "\(body)")
                n += 1
            }
        }
        #expect(Acts.of("LETTER FROM THE COMMISSION ON HUMAN RIGHTS TO HANS BECKER") == ["Commission on Human Rights → Hans Becker"])
    }

    /// An office held in such a body is the office with the body's whole name.
    @Test func anOfficeOfABodyNamedByItsSubject() {
        for office in ["Chairman", "Secretary", "Vice-Chairman"] {
            for head in ["Committee", "Commission", "Council"] {
                let title = "Report by the \(office) of the \(head) on Foreign Relations to Li Wenbo"
                #expect(Acts.of(title) == ["\(office) of the \(head) on Foreign Relations → Li Wenbo"], "\(title)")
            }
        }
    }

    /// Lists of three such bodies.
    @Test func listsOfBodiesNamedByTheirSubject() {
        #expect(Acts.of("Letter from the Commission on Human Rights, the Council on Foreign Relations and the Working Group on Refugees to Ahmed Haddad")
            == ["Commission on Human Rights, Council on Foreign Relations, Working Group on Refugees → Ahmed Haddad"])
    }

    /// Not after a party's central organ, not `on the …` (a subject), not a date.
    @Test func theSubjectAfterABodyIsStillCut() {
        #expect(Acts.of("Report from Li Wenbo to the Central Committee on Soviet Aid to Xlandia") == ["Li Wenbo → Central Committee"])
        #expect(Acts.of("Letter from Park Min-ho to the Committee on the Situation in Tortan") == ["Park Min-ho → Committee"])
        for date in ["12 May", "May 12", "3 January 1956"] {
            #expect(Acts.of("Telegram from Sergei Volkov to the Commission on \(date)") == ["Sergei Volkov → Commission"], "\(date)")
        }
    }

    // MARK: 2. A bare `on` after the author opens the subject

    static let subjectNouns = ["Soviet Aid", "Chinese Policy", "Economic Relations", "Military Assistance", "Trade Credits"]
    static let authors = ["Nako Dovski", "Li Wenbo", "Park Min-ho", "Heinrich Vogel", "Ahmed Haddad", "José Fernández",
                          "the Deputy Foreign Minister", "Comrade Oleg Sidorov"]
    static let authorDisplay = ["Nako Dovski", "Li Wenbo", "Park Min-ho", "Heinrich Vogel", "Ahmed Haddad", "José Fernández",
                                "Deputy Foreign Minister", "Oleg Sidorov"]

    /// `DOCWORD by A on SUBJECT to X`: a memorandum, report or note with no addressee is no message; a cable is its
    /// author's message to no one; an addressee before the subject is kept.
    @Test func aBareOnAfterTheAuthorOpensTheSubject() {
        for (i, author) in Self.authors.enumerated() {
            for subject in Self.subjectNouns {
                for document in ["Memorandum", "Report", "Note"] {
                    let title = "\(document) by \(author) on \(subject) to Xlandia"
                    #expect(Acts.of(title) == [], "\(title)")
                }
                #expect(Acts.of("Cable by \(author) on \(subject) to Tortan") == ["\(Self.authorDisplay[i]) → "], "\(author)")
                #expect(Acts.of("Memorandum by \(author) to Kwame Mensah on \(subject) to Tortan") == ["\(Self.authorDisplay[i]) → Kwame Mensah"],
                        "\(author)")
            }
        }
        #expect(Acts.of("MEMORANDUM BY NAKO DOVSKI ON SOVIET AID TO XLANDIA") == [])
    }

    /// `on behalf of`, `on` + a date, `on board` and a body's name are no subject.
    @Test func onBehalfOfADateOrABodysNameAreNoSubject() {
        #expect(Acts.of("Memorandum by Ahmed Haddad on behalf of Li Wenbo to Hans Becker") == ["Ahmed Haddad → Hans Becker"])
        for date in ["12 May", "May 12", "3 January 1956"] {
            #expect(Acts.of("Letter by Ivan Petrov on \(date) to Kim Young-sam") == ["Ivan Petrov → Kim Young-sam"], "\(date)")
        }
        #expect(Acts.of("Letter by Yuki Tanaka on board the Steamer Orion to Diego Alvarez") == ["Yuki Tanaka → Diego Alvarez"])
        #expect(Acts.of("Report by the Commission on Human Rights to the Assembly") == ["Commission on Human Rights → Assembly"])
    }

    // MARK: 3. An end named by its initials

    static let initialEnds = ["CINCPAC", "CINCLANT", "USDEL", "SECSTATE", "SECDEF", "JCS", "COMNAV", "DELSEC"]

    /// One word of two or more capitals that the lexicon does not know is an end: sender, recipient, relay, lists of three.
    @Test func anEndNamedByItsInitials() {
        let k = Self.initialEnds.count
        for (n, a) in Self.initialEnds.enumerated() {
            let b = Self.initialEnds[(n + 3) % k]
            let c = Self.initialEnds[(n + 5) % k]
            for type in ["Cable", "Telegram", "Memo", "Letter"] {
                #expect(Acts.of("\(type), \(a) to \(b)") == ["\(a) → \(b)"], "\(type) \(a)")
            }
            #expect(Acts.of("Telegram from \(a) to \(b) [via \(c)]") == ["\(a) → \(b) via \(c)"], "\(a)")
            #expect(Acts.of("Cable, \(a), \(b) and \(c) to Li Wenbo") == ["\(a), \(b), \(c) → Li Wenbo"], "\(a)")
            #expect(Acts.of("Memo, Hans Becker to \(a), re: Berlin") == ["Hans Becker → \(a)"], "\(a)")
        }
    }

    /// A telegram's handling caption, a class word in capitals, a Roman numeral, a long word are no ends.
    @Test func captionsAndClassWordsAreNoEnds() {
        for caption in ["NIACT", "NODIS", "EXDIS", "LIMDIS", "SECRET", "URGENT", "II", "IV"] {
            #expect(Acts.of("Telegram from Diego Alvarez to Olga Smirnova, \(caption)") == ["Diego Alvarez → Olga Smirnova"], "\(caption)")
        }
        #expect(Acts.of("Report by CINCPAC") == [])
        #expect(NamePhrase.isEndByInitials("ABCDEFGHIJKLMNOPQ") == false)
        #expect(NamePhrase.isEndByInitials("Cincpac") == false)
        #expect(NamePhrase.isEndByInitials("A") == false)
    }

    // MARK: 4. An embassy with no city

    /// `Embassy of X` with no city is X's embassy, at either end, for every country of the variants.
    @Test func anEmbassyOfACountryWithNoCity() {
        let countries = [("Hungary", "Hungarian"), ("Poland", "Polish"), ("Romania", "Romanian"), ("the Soviet Union", "Soviet"),
                         ("Bulgaria", "Bulgarian"), ("China", "Chinese")]
        for (n, (country, adjective)) in countries.enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Letter from the Embassy of \(country) to \(a)") == ["\(adjective) Embassy → \(a)"], "\(country)")
            #expect(Acts.of("Telegram, Embassy of \(country) to \(b)") == ["\(adjective) Embassy → \(b)"], "\(country)")
            #expect(Acts.of("Letter from \(a) to the Embassy of \(country)") == ["\(a) → \(adjective) Embassy"], "\(country)")
            #expect(Acts.of("Letter from the \(adjective) Embassy to \(b)") == ["\(adjective) Embassy → \(b)"], "\(country)")
        }
    }

    /// An embassy's or a diplomat's `to` before a body that receives letters addresses it; before a state it is a posting.
    @Test func anEmbassyWritesToAMinistryOfAnotherState() {
        // (A foreign office is named as its state's foreign ministry: `InstitutionName.canonical`.)
        for (n, (head, named)) in [("Foreign Ministry", "Foreign Ministry"), ("Government", "Government"), ("Ministry of Trade", "Ministry of Trade"),
                                   ("Foreign Office", "Foreign Ministry")].enumerated() {
            #expect(Acts.of("Note from the Chinese Embassy to the Soviet \(head)") == ["Chinese Embassy → Soviet \(named)"], "\(head)")
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Letter from the Ambassador to the Soviet Union to \(a)") == ["Ambassador to the Soviet Union → \(a)"])
        }
    }

    // MARK: 5. A delegation and where it sits

    /// `DELEGATION|MISSION, BODY[, CITY]` is one end, as printed.
    @Test func aDelegationWithItsSeatIsOneEnd() {
        var n = 0
        for head in ["Delegation", "Mission"] {
            for nationality in Variants.nationalities {
                for (body, city) in [("United Nations", "New York"), ("UN", "Geneva"), ("General Assembly", "Paris"), ("Security Council", "New York")] {
                    let (a, _, _) = Variants.trio(n)
                    let end = "\(nationality) \(head), \(body), \(city)"
                    #expect(Acts.of("Cablegram from \(a) to \(end)") == ["\(a) → \(end)"], "\(end)")
                    #expect(Acts.of("Cable, \(end) to \(a)") == ["\(end) → \(a)"], "\(end)")
                    #expect(Acts.of("Telegram from \(a) to the \(nationality) \(head), \(body)") == ["\(a) → \(nationality) \(head), \(body)"], "\(end)")
                    n += 1
                }
            }
        }
    }

    /// A city alone after a delegation or mission is where it sits: no correspondent, at either end, for several cities.
    @Test func aCityAloneAfterADelegationIsNoCorrespondent() {
        var n = 0
        for head in ["Delegation", "Mission"] {
            for city in ["Geneva", "Beijing", "Warsaw", "New Delhi", "Phnom Penh"] {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("Telegram from \(a) to the Canadian \(head), \(city)") == ["\(a) → Canadian \(head)"], "\(city)")
                #expect(Acts.of("Telegram from the Polish \(head), \(city), to \(b)") == ["Polish \(head) → \(b)"], "\(city)")
                #expect(Acts.of("Telegram from \(a) to the Canadian \(head), \(city), and \(b)") == ["\(a) → Canadian \(head), \(b)"], "\(city)")
                n += 1
            }
        }
    }

    /// A person after the delegation is a recipient; a subject after it is cut.
    @Test func aPersonOrASubjectAfterADelegationIsNoSeat() {
        #expect(Acts.of("Telegram from Li Wenbo to the Canadian Delegation, Regarding the Conference") == ["Li Wenbo → Canadian Delegation"])
        #expect(NamePhrase.isSeatOfMission("Hans Becker") == false)
        #expect(NamePhrase.isSeatOfMission("Regarding the Conference") == false)
    }

    // MARK: 6. Forms of address on given names sharing a family name

    /// `Mr. GIVEN and Mrs. GIVEN SURNAME`: two people of that family; a form of address marking a wife stays with her.
    @Test func formsOfAddressOnGivenNamesSharingAFamilyName() {
        let couples = [("Hans", "Greta", "Vogel"), ("Ivan", "Olga", "Petrov"), ("Pierre", "Marie", "Duval"),
                       ("Jan", "Anna", "Kowalski"), ("Giuseppe", "Lucia", "Bianchi")]
        for (n, (he, she, family)) in couples.enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Letter from Mr. \(he) and Mrs. \(she) \(family) to \(a)") == ["\(he) \(family), Mrs. \(she) \(family) → \(a)"], "\(family)")
            #expect(Acts.of("Letter from \(a) to Dr. \(he) and Dr. \(she) \(family)") == ["\(a) → \(he) \(family), \(she) \(family)"], "\(family)")
            #expect(Acts.of("Letter from Mrs. \(she) and Mr. \(he) \(family) to \(a)") == ["Mrs. \(she) \(family), \(he) \(family) → \(a)"], "\(family)")
        }
        // An office is no form of address; a surname before `and` is no given name.
        #expect(Acts.of("Letter from Ambassador Hans and Greta Vogel to Li Wei") == ["Hans, Greta Vogel → Li Wei"])
        #expect(Acts.of("Letter from Mr. Volkov and Mrs. Olga Smirnova to Li Wei") == ["Volkov, Mrs. Olga Smirnova → Li Wei"])
    }

    // MARK: 7. A class of people

    static let publics = ["the Peasants", "the Workers of Xlandia", "the People of Tortan", "the Korean People",
                          "the Youth of Xlandia", "the Workers and Peasants of Tortan", "the Peoples of Asia and Africa",
                          "the Working People of Xlandia", "the Women of Tortan, the Youth of Tortan and the Veterans of Tortan",
                          "All the Toiling Masses of the World"]

    /// A letter to a class of people has its sender and no addressee; a report to them is no message.
    @Test func aClassOfPeopleIsNoCorrespondent() {
        for (n, people) in Self.publics.enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Letter from \(a) to \(people)") == ["\(a) → "], "\(people)")
            #expect(Acts.of("Cable from \(a) to \(people)") == ["\(a) → "], "\(people)")
            #expect(Acts.of("Letter from \(a) to \(b) and \(people)") == ["\(a) → \(b)"], "\(people)")
            #expect(Acts.of("Report from \(a) to \(people)") == [], "\(people)")
        }
        #expect(Acts.of("LETTER FROM HANS BECKER TO THE WORKERS OF XLANDIA") == ["Hans Becker → "])
        // A body named with a people is a body.
        #expect(Acts.of("Letter from Li Wenbo to the Korean People's Army") == ["Li Wenbo → Korean People's Army"])
        #expect(Acts.of("Letter from Li Wenbo to the Committee of Korean Women") == ["Li Wenbo → Committee of Korean Women"])
    }
}
