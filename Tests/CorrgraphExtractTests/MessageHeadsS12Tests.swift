import CorrgraphRead
import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The message conventions of session 12 (docs/letter-editions.md, "Ends an edition leaves unnamed, numbered heads in
/// other languages, staff offices"; docs/titles.md, "A final recipient after an office, and `for Information`";
/// docs/names.md, "Regnal numbers, styles of rulers and prelates"). Names are invented, of several naming cultures; each
/// expected act is worked out by hand from GOLD-SCHEMA.md.
@Suite struct MessageHeadsS12Tests {
    static let people = ["Amara Okonkwo-Bell", "Ingrid Solvang", "Park Min-ho", "Tomás Echeverría", "Liang Shuwen",
                         "Kwame Mensah", "Olga Smirnova", "Joost van Gavere"]
    static let others = ["Theodora Quist", "Rafael Montoya", "Aisha Bello", "Kenji Sato", "Ines Moreau", "Hamid Karimi",
                         "Wang Lihua", "Ezra Marchbank"]

    // MARK: 1. Staff offices closed by `General`

    static let generalOffices = ["Adjutant General", "Surgeon General", "Quarter Master General", "Judge Advocate General",
                                 "Commissary General", "Paymaster General", "Master General of the Ordnance"]

    @Test func aStaffOfficeClosedByGeneralIsAHeadingOfOneEnd() {
        for office in Self.generalOffices {
            for title in ["To the \(office)", "To the \(office), 4 June 1812"] {
                #expect(Acts.of(title) == [" → \(office)"], "\(title)")
            }
            #expect(Acts.of("Memorandum for the \(office)") == [" → \(office)"], "Memorandum for the \(office)")
        }
    }

    @Test func aStaffOfficeClosedByGeneralIsAnAddressee() {
        for (i, office) in Self.generalOffices.enumerated() {
            let a = Self.people[i % Self.people.count]
            #expect(Acts.of("Letter from \(a) to the \(office)") == ["\(a) → \(office)"])
            #expect(Acts.of("\(a) to the \(office)") == ["\(a) → \(office)"])
        }
    }

    /// Negatives: `General` as a rank before a name, and a place or a surname alone, are no office of one end.
    @Test func generalBeforeANameIsARank() {
        #expect(Acts.of("To General Halloran-Fitch") == [" → Halloran-Fitch"])
        #expect(Acts.of("To Moscow").isEmpty)
        #expect(Acts.of("To the General").isEmpty)
        #expect(Acts.of("Memorandum for the Record").isEmpty)
    }

    // MARK: 2. A heading of one end with a final recipient

    @Test func aHeadingOfOneEndWithAFinalRecipient() {
        for (i, b) in Self.people.enumerated() {
            for final in ["the Prince Regent", "the Commander in Chief", Self.others[i]] {
                let shown = final.hasPrefix("the ") ? String(final.dropFirst(4)) : final
                let title = "To \(b), for \(final)"
                #expect(Acts.of(title) == [" → \(shown) via \(b)"], "\(title)")
            }
        }
    }

    // MARK: 3. An unnamed person as an end

    static let unnamedEnds = ["an unnamed friend", "an unknown correspondent", "a friend", "an anonymous correspondent",
                              "an unidentified lady", "a nobleman", "an unnamed cleric", "a cousin"]

    @Test func anUnnamedPersonIsAnEmptyEnd() {
        for (i, end) in Self.unnamedEnds.enumerated() {
            let a = Self.people[i % Self.people.count]
            for title in ["\(a) to \(end)", "Letter from \(a) to \(end)", "Ep. \(100 + i). \(a) to \(end)",
                          "Telegram from \(a) to \(end), 3 May 1950"] {
                #expect(Acts.of(title) == ["\(a) → "], "\(title)")
            }
            #expect(Acts.of("Letter from \(end) to \(a)") == [" → \(a)"], "Letter from \(end) to \(a)")
        }
        #expect(Acts.of("Ep. 1877. Erasmus to an unnamed correspondent") == ["Erasmus → "])
    }

    @Test func aRelativeOfNamedPeopleAsSenderIsAnEmptyEnd() {
        for (i, named) in ["Hans and Greta Vogel", "Tomasz Nowak", "Ahmed and Leila Haddad", "Kenji Sato"].enumerated() {
            for relation in ["Son", "Daughter", "Widow", "Brother"] {
                let b = Self.others[i]
                #expect(Acts.of("Letter from \(named)'s \(relation) to \(b)") == [" → \(b)"], "\(named)'s \(relation)")
                #expect(Acts.of("Letter from the \(relation) of \(named) to \(b)") == [" → \(b)"], "the \(relation) of \(named)")
            }
        }
    }

    /// Negatives: a friend named after the noun is the end; a friend in the subject is no end.
    @Test func aNamedFriendIsTheEnd() {
        #expect(Acts.of("Letter from Ingrid Solvang to her friend, Rafael Montoya") == ["Ingrid Solvang → Rafael Montoya"])
        #expect(Acts.of("Letter from Ingrid Solvang to Rafael Montoya about a friend") == ["Ingrid Solvang → Rafael Montoya"])
        #expect(Acts.of("Report on a Friend of the Embassy").isEmpty)
    }

    // MARK: 4. An edition's number before a head in another language

    @Test func aNumberedHeadInAnotherLanguage() {
        let heads: [(String, String)] = [
            ("Herder an Caroline Flachsland-Weil", "Herder → Caroline Flachsland-Weil"),
            ("Ottilie Brandstetter an Konrad Weißmüller", "Ottilie Brandstetter → Konrad Weißmüller"),
            ("Talleyrand au Comité de salut public", "Talleyrand → Comité de salut public"),
            ("Napoléon au Directoire exécutif", "Napoléon → Directoire exécutif"),
            ("Masséna à Berthier", "Masséna → Berthier"),
            ("Hortense à Louis Bonaparte", "Hortense → Louis Bonaparte"),
            ("Bolívar al Congreso de Angostura", "Bolívar → Congreso de Angostura"),
            ("Cavour a Costantino Nigra-Bassi", "Cavour → Costantino Nigra-Bassi"),
        ]
        for (i, (head, acts)) in heads.enumerated() {
            for lead in ["Nr. \(45 + i).", "No. \(452 + i).", "Ep. \(7 + i).", "Brief \(12 + i)."] {
                #expect(Acts.of("\(lead) \(head)") == [acts], "\(lead) \(head)")
            }
        }
    }

    /// Negatives: numbered heads of no letter, and a French phrase in an English title without a number.
    @Test func aNumberedHeadOfNoLetter() {
        #expect(Acts.of("Nr. 45. Tagebuch von Friedrich Hollweg").isEmpty)
        #expect(Acts.of("No. 12. Journal of the Expedition to the Niger").isEmpty)
        #expect(Acts.of("No. 3. Report on the Visit à la Carte").isEmpty)
    }

    // MARK: 5. `A and Others to B` in a bare head

    @Test func andOthersInABareHeadListsTheNamedOnes() {
        for (i, a) in Self.people.enumerated() {
            let b = Self.others[i]
            for description in ["Petition", "Telegram", "Office seeking"] {
                let title = "\(a) and Others to \(b), Wednesday, January 14, 1863 (\(description))"
                #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
            }
            #expect(Acts.of("\(a) and Others to \(b)") == ["\(a) → \(b)"])
        }
    }

    // MARK: 6. A final recipient after an office, and `for Information`

    static let officeAddressees = ["the Secretary of State", "the Department of State", "the Foreign Office", "the Minister of Defence"]
    static let senders = ["the American Embassy in Warsaw", "the British Embassy in Rome", "the Embassy in Lagos"]

    @Test func aOneWordFinalRecipientAfterAnOffice() {
        for (i, office) in Self.officeAddressees.enumerated() {
            for (j, sender) in Self.senders.enumerated() {
                let final = ["Vance", "Brzezinski", "Holbrooke-Ames", "Nakahara", "Okafor"][(i + j) % 5]
                let title = "Telegram from \(sender) to \(office), for \(final)"
                let from = InstitutionName.canonical(String(sender.dropFirst(4)))
                let via = String(office.dropFirst(4))
                let shownVia = office.contains("Department") || office.contains("Office") ? InstitutionName.canonical(via) : via
                #expect(Acts.of(title) == ["\(from) → \(final) via \(shownVia)"], "\(title)")
            }
        }
    }

    @Test func forInformationIsNoRecipient() {
        for (i, office) in Self.officeAddressees.enumerated() {
            for purpose in ["Information", "Comment"] {
                let sender = Self.senders[i % Self.senders.count]
                let title = "Telegram from \(sender) to \(office), for \(purpose)"
                let from = InstitutionName.canonical(String(sender.dropFirst(4)))
                let to = String(office.dropFirst(4))
                let shown = office.contains("Department") || office.contains("Office") ? InstitutionName.canonical(to) : to
                #expect(Acts.of(title) == ["\(from) → \(shown)"], "\(title)")
            }
        }
    }

    // MARK: 7. Regnal numbers, styles of rulers and prelates

    static let popes = ["Pius XI", "Pius XII", "Clement XIV", "Innocent XII", "Leo XIII", "Gregory XVI", "Benedict XV"]

    @Test func aPopeIsNamedWithoutHisOfficeOrStyle() {
        for (i, pope) in Self.popes.enumerated() {
            let b = Self.others[i]
            for style in ["Pope ", "His Holiness ", "His Holiness Pope ", ""] {
                #expect(Acts.of("Letter from \(style)\(pope) to \(b)") == ["\(pope) → \(b)"], "Letter from \(style)\(pope)")
            }
            for style in ["Pope ", ""] {
                #expect(Acts.of("\(style)\(pope) to \(b)") == ["\(pope) → \(b)"], "\(style)\(pope) to \(b)")
            }
            // Not yet read (session 12): a bare head opening with a possessive style (`His Holiness Pius XII to B`).
            withKnownIssue { #expect(Acts.of("His Holiness \(pope) to \(b)") == ["\(pope) → \(b)"]) }
        }
    }

    @Test func aPrelatesRankIsDropped() {
        for (i, rank) in ["Cardinal", "Archbishop", "Monsignor", "His Eminence"].enumerated() {
            let a = Self.people[i]
            for surname in ["Orsini-Vela", "Albani-Rossi", "Mwangi-Otieno"] {
                #expect(Acts.of("Letter from \(a) to \(rank) \(surname)") == ["\(a) → \(surname)"], "\(rank) \(surname)")
            }
        }
    }

    /// Negatives: `Xi` in title case is a surname, not a regnal number.
    @Test func xiInTitleCaseIsASurname() {
        #expect(Acts.of("Telegram from Xi Zhongyun to Li Hongwei") == ["Xi Zhongyun → Li Hongwei"])
        #expect(Acts.of("Telegram from Chairman Xi to Premier Wen") == ["Xi → Wen"])
        #expect(Acts.of("Letter from Louis XI to Ingrid Solvang") == ["Louis XI → Ingrid Solvang"])
    }

    @Test func aBroadcastToThePublicIsToNoCorrespondent() {
        for public_ in ["the World", "the Faithful"] {
            let got = Acts.of("Radio Message of His Holiness Pius XII to \(public_), Christmas 1942")
            #expect(got.isEmpty || got == ["Pius XII → "], "\(public_)")
        }
    }

    // MARK: 8. A German relay by office with its genitive

    @Test func aGermanRelayByOfficeWithItsGenitive() {
        for (sender, ruler, shown) in [("Bismarck", "König Ludwig II.", "Ludwig II"), ("Moltke", "Kaiser Friedrich III.", "Friedrich III"),
                                       ("Bülow", "Kaiser Wilhelm I.", "Wilhelm I")] {
            for unit in ["Zivilkabinetts", "Militärkabinetts", "Generalstabs"] {
                let title = "\(sender) an \(ruler), durch den Chef des \(unit)"
                // Not yet read (session 12): the relay is named by its unit alone (docs/letter-editions.md).
                withKnownIssue { #expect(Acts.of(title) == ["\(sender) → \(shown) via Chef des \(unit)"], "\(title)") }
            }
        }
        #expect(Acts.of("Bismarck an König Ludwig II., durch den Grafen Konrad Weißmüller") == ["Bismarck → Ludwig II via Konrad Weißmüller"])
    }
}

/// docs/summaries.md, "A report by its author, restated as sent".
@Suite struct ReportRestatedAsSentTests {
    @Test func aReportByItsAuthorRestatedAsSent() {
        let authors = ["Heinz Mertel", "Zofia Kamińska", "Nguyen Van Thao", "Amara Okonkwo-Bell"]
        let addressees = ["Erich Honecker", "Władysław Gomułka", "Le Duan", "Kwame Nkrumah-Asante"]
        for (i, a) in authors.enumerated() {
            let b = addressees[i]
            for type in ["Report"] {
                for tail in [" on the negotiations in Moscow.", " about the talks in Belgrade.", ", with a list of the delegates."] {
                    let acts = Acts.of("\(type) by \(a)", summary: "\(type) to \(b)\(tail)")
                    #expect(acts == ["\(a) → \(b) (summary)"], "\(type) by \(a) / \(type) to \(b)\(tail)")
                }
            }
        }
    }

    /// Negatives: a summary that does not restate the document as sent.
    @Test func aReportByItsAuthorToNoOne() {
        #expect(Acts.of("Report by Heinz Mertel", summary: "On the harvest in Saxony.").isEmpty)
        #expect(Acts.of("Report by Heinz Mertel", summary: "The report describes the visit to Leipzig.").isEmpty)
    }
}

/// docs/names.md: a prince's name by given name and territory; German names of capitals.
@Suite struct PrincesAndGermanCapitalsTests {
    @Test func aGivenNameAndItsTerritoryIsAName() {
        for given in ["Albert", "Johann", "Friedrich", "Catherine", "Anna"] {
            for territory in ["Brandenburg", "Wittelsbach", "Cleves", "Hohenzollern-Sigmaringen"] {
                let name = "\(given) of \(territory)"
                #expect(Acts.of("Ep. 1033. To \(name)") == [" → \(name)"], "\(name)")
                #expect(Acts.of("Letter from Ingrid Solvang to \(name)") == ["Ingrid Solvang → \(name)"], "\(name)")
            }
        }
        // A surname before `of` is a name with its complement.
        #expect(Acts.of("Letter from Ingrid Solvang to Zhou Enlai of China") == ["Ingrid Solvang → Zhou Enlai"])
    }

    @Test func germanNamesOfCapitals() {
        for city in ["Wien", "Rom", "Warschau", "Brüssel", "Kopenhagen", "Lissabon", "Athen"] {
            for document in ["Erlaß", "Runderlaß", "Weisung", "Telegramm"] {
                let title = "\(document) an den Botschafter in \(city)"
                #expect(Acts.of(title) == [" → Botschafter in \(city)"], "\(title)")
            }
        }
    }
}
