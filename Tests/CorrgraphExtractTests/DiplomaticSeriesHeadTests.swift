import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Heads of diplomatic document series read in session 8 (docs/letter-editions.md, "Diplomatic heads in German and
/// French", and docs/titles.md, FRUS "dateline after the head"): German (AAPD) and French (DDF) heads in their own
/// language, wartime FRUS datelines, a place set off by commas after a correspondent, an addressee's office after a
/// comma in a bare head, `Report to B by A`, a Dominion document number before a dateline. Names are invented; every
/// expectation is worked out by hand from the gold schema (offices and forms of address are no part of names).
@Suite struct DiplomaticSeriesHeadTests {
    static let germanPeople = [("Brandtner", "Brandtner"), ("Kim Chol-min", "Kim Chol-min"), ("Haberland", "Haberland"),
                               ("Ngozi Okafor", "Ngozi Okafor")]
    static let otherPeople = [("Volkonov", "Volkonov"), ("Zhao Minghai", "Zhao Minghai"), ("Delacour", "Delacour"),
                              ("Ahmed Haddad", "Ahmed Haddad")]

    // MARK: German talks

    /// `Gespräch des OFFICE-genitive A mit [dem adjective] OFFICE B [in PLACE]`: every office in the genitive before
    /// the first name, every office (with its article and an adjective) before the second.
    @Test(arguments: ["Bundeskanzlers", "Bundesministers", "Staatssekretärs", "Ministerialdirektors", "Botschafters",
                      "Außenministers", "Gesandten", "Bundespräsidenten"])
    func germanTalkWithGenitiveOffice(office: String) {
        let seconds = ["dem sowjetischen Botschafter", "Präsident", "dem französischen Außenminister", "dem Generalsekretär",
                       "Ministerpräsident", "dem chinesischen Ministerpräsidenten"]
        for noun in ["Gespräch", "Unterredung", "Besprechung"] {
            for (a, aRead) in Self.germanPeople {
                for second in seconds {
                    for (b, bRead) in Self.otherPeople {
                        for place in ["", " in Washington", " am 3. Mai 1965"] {
                            let title = "\(noun) des \(office) \(a) mit \(second) \(b)\(place)"
                            #expect(Acts.of(title) == ["{" + [aRead, bRead].sorted().joined(separator: ", ") + "}"], "\(title)")
                        }
                    }
                }
            }
        }
    }

    /// `Gespräch zwischen A und B`, and a second side of two people joined by `und`.
    @Test func germanTalkBetweenAndWithTwo() {
        #expect(Acts.of("Gespräch zwischen Bundeskanzler Brandtner und Präsident Ortega") == ["{Brandtner, Ortega}"])
        #expect(Acts.of("Gespräch des Bundeskanzlers Brandtner mit Präsident Ortega und Außenminister Haddad")
                == ["{Brandtner, Haddad, Ortega}"])
    }

    /// A talk with no second side is no act (`Delegationsgespräch im Bundeskanzleramt`, a record by one official).
    @Test(arguments: ["Delegationsgespräch im Bundeskanzleramt", "Aufzeichnung des Ministerialdirektors Haberland",
                      "Gespräch des Bundeskanzlers Brandtner", "Runderlaß des Staatssekretärs Haberland",
                      "Deutsch-französisches Regierungsgespräch in Paris"])
    func germanHeadsWithoutAct(title: String) {
        #expect(Acts.of(title).isEmpty, "\(title)")
    }

    // MARK: German messages

    /// `[OFFICE] A[, PLACE,] an [OFFICE] B`: every office in the sender's and the addressee's slot, a place after the
    /// sender; `an das Auswärtige Amt` names the body as printed.
    @Test(arguments: ["Botschafter", "Bundeskanzler", "Ministerialdirektor", "Gesandter", "Staatssekretär", "Generalkonsul"])
    func germanMessageWithOffices(office: String) {
        for (a, aRead) in Self.germanPeople {
            for place in ["", ", Moskau,", ", Washington,"] {
                #expect(Acts.of("\(office) \(a)\(place) an das Auswärtige Amt") == ["\(aRead) → Auswärtige Amt"])
                for (b, bRead) in Self.otherPeople {
                    let title = "\(office) \(a)\(place) an Präsident \(b)"
                    #expect(Acts.of(title) == ["\(aRead) → \(bRead)"], "\(title)")
                }
            }
        }
    }

    /// A letter edition's `Schreiben von A an das Auswärtige Amt` stays the letter edition's (its act noun leads).
    @Test func letterHeadingIsNotRewritten() {
        #expect(Acts.of("Schreiben von Friedrich Hollweg an das Auswärtige Amt") == ["Friedrich Hollweg → Auswärtige Amt"])
        #expect(Acts.of("Arthur Vogel an Hermann Brandtner") == ["Arthur Vogel → Hermann Brandtner"])
    }

    // MARK: French talks and messages

    /// `[Compte rendu de l'|Procès-verbal de l'] TALK entre A et B`, `TALK de A avec B`: every talk noun, every opening,
    /// every French form of address or office before each name.
    @Test(arguments: ["entretien", "Entretien", "entrevue", "conversation"])
    func frenchTalks(noun: String) {
        let openings = ["", "Compte rendu de l'", "Procès-verbal de l'", "Note sur l'"]
        let forms = ["M.", "le général", "le chancelier", "le président", "Mme", "l'ambassadeur"]
        for opening in openings {
            for form in forms {
                for (b, bRead) in Self.otherPeople {
                    let head = opening.isEmpty ? noun.prefix(1).uppercased() + noun.dropFirst() : opening + noun
                    let title = "\(head) entre \(form) Berthelin et M. \(b)"
                    #expect(Acts.of(title) == ["{" + ["Berthelin", bRead].sorted().joined(separator: ", ") + "}"], "\(title)")
                }
            }
        }
        #expect(Acts.of("Entretien du général de Montclair avec M. Volkonov") == ["{Volkonov, de Montclair}"])
        #expect(Acts.of("Entretien entre M. Berthelin et M. Volkonov à Moscou, le 3 mai 1950") == ["{Berthelin, Volkonov}"])
    }

    /// `M. A, OFFICE, à M. B, OFFICE[. T. nos …]`: each office after its name, in every French office word; what the
    /// edition prints after the addressee's office is cut.
    @Test(arguments: ["Ambassadeur de France à Moscou", "Ministre des Affaires étrangères", "Chargé d'affaires de France à Pékin",
                      "Consul général de France à Alger", "Haut-Commissaire de France en Indochine", "Représentant permanent de la France"])
    func frenchMessages(office: String) {
        let trailers = ["", ". T. nos 1234 à 1240. Londres, 3 mai 1950.", ". D. no 45."]
        for trailer in trailers {
            for (b, bRead) in Self.otherPeople {
                let title = "M. Berthelin, \(office), à M. \(b), Ministre des Affaires étrangères\(trailer)"
                #expect(Acts.of(title) == ["Berthelin → \(bRead)"], "\(title)")
                let reversed = "M. \(b), Ministre des Affaires étrangères, à M. Berthelin, \(office)\(trailer)"
                #expect(Acts.of(reversed) == ["\(bRead) → Berthelin"], "\(reversed)")
            }
        }
    }

    @Test(arguments: ["Note de la Direction d'Europe", "Note du Département", "Note de M. Berthelin",
                      "Compte rendu de la réunion du Conseil des ministres"])
    func frenchHeadsWithoutAct(title: String) {
        #expect(Acts.of(title).isEmpty, "\(title)")
    }

    // MARK: English heads of the same series

    /// `A, OFFICE, to B, OFFICE` with no document word: an office after each name, whatever words its domain holds.
    @Test(arguments: ["Minister of Foreign Affairs", "Minister of Trade", "Minister of Posts and Telegraphs",
                      "French Ambassador in Moscow", "Deputy Minister of Culture"])
    func bareHeadWithAddresseeOffice(office: String) {
        for (a, aRead) in [("Sir P. Delacour", "P. Delacour"), ("Mr. Langridge", "Langridge"), ("Ivan Petrov", "Ivan Petrov")] {
            for (b, bRead) in Self.otherPeople where !aRead.hasSuffix(bRead) {
                let title = "\(a) to \(b), \(office)"
                #expect(Acts.of(title) == ["\(aRead) → \(bRead)"], "\(title)")
                let both = "\(a), French Ambassador in Moscow, to \(b), \(office)"
                #expect(Acts.of(both) == ["\(aRead) → \(bRead)"], "\(both)")
            }
        }
    }

    /// `A, PLACE, to B`: a place set off by commas after a person is where the person was; after an embassy it is the
    /// embassy's seat.
    @Test(arguments: ["Moscow", "Paris", "Tokyo", "Washington", "Beijing"])
    func placeSetOffAfterPerson(place: String) {
        #expect(Acts.of("Ambassador Kellermann, \(place), to the Foreign Office") == ["Kellermann → Foreign Office"])
        #expect(Acts.of("Letter from Ahmed Haddad, \(place), to Li Wenbo") == ["Ahmed Haddad → Li Wenbo"])
    }

    // MARK: FRUS

    /// Wartime FRUS datelines join year and hour by a dash: `May 3, 1943—8 p.m.`, `—noon`, `—midnight`.
    @Test(arguments: ["—8 p.m.", "—noon.", "—midnight", "–10 a.m.", "—9:30 p.m."])
    func wartimeDateline(hour: String) {
        for place in ["Washington", "Chungking", "Moscow", "Port Vell"] {
            let title = "The Ambassador in China (Kettleby) to the Secretary of State, \(place), May 3, 1944\(hour)"
            #expect(Acts.of(title) == ["Kettleby → Secretary of State"], "\(title)")
            let reply = "The Secretary of State to the Ambassador in the Soviet Union (Kettleby), \(place), May 3, 1943\(hour)"
            #expect(Acts.of(reply) == ["Secretary of State → Kettleby"], "\(reply)")
        }
    }

    /// A dateline after a body that sits at home is where the document was written; after a post abroad the place is
    /// the post's seat (`Polish Embassy, Washington, 29 May 1962`).
    @Test(arguments: ["Joint Chiefs of Staff", "Department of State", "National Security Council", "Combined Chiefs of Staff"])
    func datelineAfterHomeBody(body: String) {
        let title = "Telegram From the Commander in Chief, Pacific (Mwangi) to the \(body), Honolulu, May 3, 1965"
        #expect(Acts.of(title) == ["Mwangi → \(body)"], "\(title)")
        #expect(Acts.of("Telegram from Polish Foreign Ministry to Polish Embassy, Washington, 29 May 1962")
                == ["Polish Foreign Ministry → Polish Embassy in Washington"])
    }

    /// `Report|Note|Memorandum to B by A`: the author after the addressee.
    @Test(arguments: ["Report", "Note", "Memorandum"])
    func authorAfterAddressee(type: String) {
        let authors = [("the Executive Secretary (Lindqvist)", "Lindqvist"), ("the National Security Council", "National Security Council"),
                       ("Secretary of State Haddad", "Haddad")]
        for (author, authorRead) in authors {
            for (to, toRead) in [("the National Security Council", "National Security Council"), ("President Ortega", "Ortega")]
            where author != to {
                let title = "\(type) to \(to) by \(author)"
                #expect(Acts.of(title) == ["\(authorRead) → \(toRead)"], "\(title)")
            }
        }
        // A `by` inside a subject after the addressee names no author.
        #expect(Acts.of("Report to the President on Measures Taken by the Allies") != ["Allies → President"])
    }

    /// Dominion editions: a document word with its number, then a dateline, after the addressee.
    @Test(arguments: ["Telegram EX-1234", "Telegram 345", "Despatch No. 12", "Cablegram UN456"])
    func dominionNumberBeforeDateline(number: String) {
        let title = "Secretary of State for External Affairs to Ambassador in United States, \(number), Ottawa, May 3, 1950"
        #expect(Acts.of(title) == ["Secretary of State for External Affairs → Ambassador in United States"], "\(title)")
    }
}

/// Lists before an office with its holder, and a possessive pronoun before a post (docs/titles.md, FRUS document heads).
@Suite struct OfficeListHeadTests {
    static let named = [("President Ortega", "Ortega"), ("Ambassador Haddad", "Haddad"), ("Secretary of State Kim Young-sam", "Kim Young-sam"),
                        ("Chancellor Brandtner", "Brandtner"), ("Li Wenbo", "Li Wenbo")]
    static let offices = ["the Director", "the Director of Central Intelligence", "the President's Assistant for National Security Affairs",
                          "the Ambassador in Xlandia", "the Under Secretary of State"]

    /// `A, B, and the OFFICE (Holder)`: every pair of named people before every office, as senders, addressees and sides.
    @Test(arguments: offices)
    func namedPeopleBeforeOfficeWithHolder(office: String) {
        for (a, aRead) in Self.named {
            for (b, bRead) in Self.named where a != b {
                let list = "\(a), \(b), and \(office) (Okafor)"
                #expect(Acts.of("Letter From \(list) to Ivan Petrov") == ["\(aRead), \(bRead), Okafor → Ivan Petrov"], "\(list)")
                #expect(Acts.of("Telegram From Ivan Petrov to \(list)") == ["Ivan Petrov → \(aRead), \(bRead), Okafor"], "\(list)")
                #expect(Acts.of("Conversation Among \(list)") == ["{" + [aRead, bRead, "Okafor"].sorted().joined(separator: ", ") + "}"], "\(list)")
            }
        }
        // Two people before the office, joined by `and`, and one: the holder follows the last.
        #expect(Acts.of("Letter From President Ortega and \(office) (Okafor) to Ivan Petrov") == ["Ortega, Okafor → Ivan Petrov"])
    }

    /// `NAME and his|her|their OFFICE (Holder)`: every pronoun, capitalised or not, before posts with and without a complement.
    @Test(arguments: ["his", "His", "her", "Her", "their"])
    func possessivePronounBeforePost(pronoun: String) {
        for post in ["Assistant for National Security Affairs", "Special Counsel", "Chief of Staff", "Press Secretary", "Assistant"] {
            for (a, aRead) in Self.named {
                let title = "Conversation Between \(a) and \(pronoun) \(post) (Okafor)"
                #expect(Acts.of(title) == ["{" + [aRead, "Okafor"].sorted().joined(separator: ", ") + "}"], "\(title)")
                let letter = "Letter From Ivan Petrov to \(a) and \(pronoun) \(post) (Okafor)"
                #expect(Acts.of(letter) == ["Ivan Petrov → \(aRead), Okafor"], "\(letter)")
            }
        }
    }

    /// A style is no pronoun: `His Majesty's Ambassador (B)` is the holder alone.
    @Test func stylesAreNoPronouns() {
        #expect(Acts.of("The Secretary of State to His Majesty's Ambassador (Okafor)") == ["Secretary of State → Okafor"])
        #expect(Acts.of("The Secretary of State to Her Excellency the Ambassador (Okafor)") == ["Secretary of State → Okafor"])
    }
}

/// An Arabic surname printed with its lower-case article and a hyphen is a name word (docs/title-variants.md, "The Arabic
/// article inside names"): every article in the surname slot, with and without an office before the name, at each end.
@Suite struct ArabicArticleNameTests {
    @Test(arguments: ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ul"])
    func articledSurnameIsAName(article: String) {
        let name = "Faisal \(article)-Rahim"
        for form in ["", "King ", "President ", "Prime Minister ", "Sheikh ", "Dr. "] {
            #expect(Acts.of("Letter From \(form)\(name) to Ivan Petrov") == ["\(name) → Ivan Petrov"], "\(form)\(name)")
            #expect(Acts.of("Cable from Li Wenbo to \(form)\(name)") == ["Li Wenbo → \(name)"], "\(form)\(name)")
            #expect(Acts.of("Memorandum of Conversation Between \(form)\(name) and Ambassador Haddad") == ["{\(name), Haddad}"].map { _ in
                "{" + [name, "Haddad"].sorted().joined(separator: ", ") + "}" }, "\(form)\(name)")
        }
    }

    /// A lower-case word with a hyphen that is no article stays out of names.
    @Test func otherLowerCaseWordsAreNoNames() {
        #expect(NamePhrase.isArticledArabicSurname("al-Rahim"))
        #expect(!NamePhrase.isArticledArabicSurname("anti-Soviet"))
        #expect(!NamePhrase.isArticledArabicSurname("pro-Western"))
        #expect(!NamePhrase.isArticledArabicSurname("al-"))
        #expect(!NamePhrase.isArticledArabicSurname("al-rahim"))
    }
}
