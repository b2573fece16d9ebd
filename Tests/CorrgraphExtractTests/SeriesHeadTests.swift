import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Heads of other series (docs/letter-editions.md, "Heads of other series") and the summary's writers and carried
/// messages of the Commonwealth registers (docs/summaries.md): each convention on generated variants — every member of
/// its word class in its slot, names of several naming cultures, capitals — and negatives. Expected acts worked out by
/// hand from the gold schema; every name is invented.
@Suite struct SeriesHeadTests {
    static let people: [(String, String)] = [
        ("Amadou Diallo", "Kim Young-soo"), ("Ingrid Vogelsang", "Rashid Al-Mansouri"),
        ("Zhou Minghui", "Ximena Caldera"), ("Oleg Barsukov", "Chioma Eze"),
    ]

    // MARK: United Nations document heads

    static let unDocumentWords = ["Letter", "Note verbale", "Note", "Cable", "Telegram", "Identical letters"]
    static let unDates = ["12 March 1962", "4 May 1964", "2 June, 1967", "30 September 1971"]

    @Test(arguments: unDocumentWords)
    func aDatedDocumentReadsWithoutItsDate(word: String) {
        for date in Self.unDates {
            #expect(Acts.of("\(word) dated \(date) from the Secretary-General to the Permanent Representative of Xlandia")
                == ["Secretary-General → Permanent Representative of Xlandia"])
            #expect(Acts.of("\(word) dated \(date) from the Permanent Representative of Xlandia addressed to the Secretary-General")
                == ["Permanent Representative of Xlandia → Secretary-General"])
        }
        for (a, b) in Self.people {
            #expect(Acts.of("\(word) dated 3 April 1965 from \(a) addressed to \(b)") == ["\(a) → \(b)"])
            #expect(Acts.of("\(word) dated 3 April 1965 from \(a) to \(b)") == ["\(a) → \(b)"])
        }
    }

    @Test func aDatedDocumentInCapitals() {
        #expect(Acts.of("LETTER DATED 12 MARCH 1962 FROM THE SECRETARY-GENERAL TO THE PERMANENT REPRESENTATIVE OF XLANDIA")
            == ["Secretary-General → Permanent Representative of Xlandia"])
        #expect(Acts.of("NOTE VERBALE DATED 4 MAY 1964 FROM AMADOU DIALLO ADDRESSED TO ZHOU MINGHUI") == ["Amadou Diallo → Zhou Minghui"])
        #expect(Acts.of("MEETING: AMADOU DIALLO – ZHOU MINGHUI") == [Acts.talk(["Amadou Diallo", "Zhou Minghui"])])
        #expect(Acts.of("1123. SIR TOMASZ WIERZBICKI TO THE LORD PRIVY SEAL. CALAIS, 14 FEB.") == ["Tomasz Wierzbicki → Lord Privy Seal"])
    }

    @Test(arguments: ["transmitting", "forwarding", "conveying"])
    func aDatedLetterTransmittingAMessageIsARelay(verb: String) {
        #expect(Acts.of("Letter dated 2 June 1967 from the Permanent Representative of Xlandia addressed to the Secretary-General, "
                        + "\(verb) a Message from the Foreign Minister of Xlandia, Rashid Al-Mansouri")
            == ["Rashid Al-Mansouri → Secretary-General via Permanent Representative of Xlandia"])
        #expect(Acts.of("Letter dated 2 June 1967 from Amadou Diallo to Kim Young-soo, \(verb) a Letter from Zhou Minghui")
            == ["Zhou Minghui → Kim Young-soo via Amadou Diallo"])
    }

    @Test(arguments: SeriesHeads.pressDocuments)
    func aDocumentIssuedToThePressStatesNoAct(phrase: String) {
        let printed = phrase.prefix(1).uppercased() + phrase.dropFirst()
        #expect(Acts.of("\(printed) No. 3012") == [])
        #expect(Acts.of("\(printed): Secretary-General's Message to the Conference") == [])
        #expect(Acts.of(printed.uppercased() + " NO. 3012") == [])
    }

    @Test func aDateWithoutADocumentWordOrASenderIsLeftAlone() {
        #expect(Acts.of("Report dated 5 May 1964 on the Situation in Xlandia") == [])
        #expect(Acts.of("Resolution dated 5 May 1964 of the General Assembly") == [])
    }

    // MARK: Calendars of state papers

    @Test(arguments: ["1123", "7", "45012", "88"])
    func aCalendarItemNumberNamesNoOne(number: String) {
        #expect(Acts.of("\(number). Sir Tomasz Wierzbicki to the Lord Privy Seal. Calais, 14 Feb.")
            == ["Tomasz Wierzbicki → Lord Privy Seal"])
        #expect(Acts.of("\(number). The Council to Sir Edmund Ashcombe and Dr. Kwame Mensah. Westminster, 16 Feb.")
            == ["Council → Edmund Ashcombe, Kwame Mensah"])
        #expect(Acts.of("\(number). Dr. Kwame Mensah to Sir Edmund Ashcombe") == ["Kwame Mensah → Edmund Ashcombe"])
        for (a, b) in Self.people {
            #expect(Acts.of("\(number). \(a) to \(b). Antwerp, 3 March") == ["\(a) → \(b)"])
        }
    }

    @Test func aNumberedHeadingWithoutAnActStaysWithoutOne() {
        #expect(Acts.of("1123. The State of the Realm") == [])
        #expect(Acts.of("1956. Minutes of the Council") == [])
        #expect(Acts.of("12. Memorandum by Sir Edmund Ashcombe") == [])
    }

    // MARK: Meeting headings with a dash

    static let meetingNouns = ["Meeting", "Conversation", "Talk", "Talks", "Discussion", "Interview", "Audience", "Luncheon",
                               "Dinner", "Consultation", "Telephone Conversation"]

    @Test(arguments: meetingNouns)
    func aMeetingHeadingWithADashNamesBothSides(noun: String) {
        for separator in [" – ", " — ", " - ", "/", " / "] {
            for (a, b) in Self.people {
                #expect(Acts.of("\(noun): \(a)\(separator)\(b)") == [Acts.talk([a, b])])
            }
        }
        // Offices before a name, a place in parentheses after the second side, a side of two.
        #expect(Acts.of("\(noun): D. Almog – Ambassador Keith R. Dunmore (Geneva)") == [Acts.talk(["D. Almog", "Keith R. Dunmore"])])
        #expect(Acts.of("\(noun): Amadou Diallo and Chioma Eze – Kim Young-soo")
            == [Acts.talk(["Amadou Diallo", "Chioma Eze", "Kim Young-soo"])])
    }

    @Test func aMeetingHeadingWithoutTwoSidesStatesNoAct() {
        #expect(Acts.of("Meeting: Budget Review") == [])
        #expect(Acts.of("Discussion: the situation in the north") == [])
        #expect(Acts.of("Report: Amadou Diallo – Kim Young-soo") == [])
    }

    // MARK: A diarist's reception

    @Test(arguments: ["From the Diary of", "Diary of", "From the Journal of", "Excerpt from the Diary of"])
    func aReceptionInADiaryIsTheDiaristsTalk(opening: String) {
        #expect(Acts.of("\(opening) the Plenipotentiary Representative of the USSR in Xlandia, A. G. Petrosyan: "
                        + "Reception of the Minister of Foreign Affairs of Xlandia, Jalal Hosseini-Tabar")
            == [Acts.talk(["A. G. Petrosyan", "Jalal Hosseini-Tabar"])])
        for (a, b) in Self.people {
            #expect(Acts.of("\(opening) \(a), Reception of \(b)") == [Acts.talk([a, b])])
            #expect(Acts.of("\(opening) \(a): Reception of Ambassador \(b)") == [Acts.talk([a, b])])
        }
    }

    @Test func aDiaryWithoutAReceptionStatesNoAct() {
        #expect(Acts.of("From the Diary of A. G. Petrosyan, 12 May 1935") == [])
        #expect(Acts.of("Reception of the Delegation at the Kremlin") == [])
    }

    // MARK: A relay for an office

    @Test(arguments: ["the People's Commissar", "the Minister", "the Deputy People's Commissar", "the Foreign Minister",
                      "the Secretary-General"])
    func aRelayForAnOfficeNamedAlone(office: String) {
        let shown = String(office.dropFirst(4))
        #expect(Acts.of("Telegram from Oleg Barsukov to the NKID of the USSR, for \(office)")
            == ["Oleg Barsukov → \(shown) via NKID of the USSR"])
        #expect(Acts.of("Telegram from the Plenipotentiary Representative of the USSR in Xlandia, L. M. Karakhanyan, to the NKID of the USSR, for \(office)")
            == ["L. M. Karakhanyan → \(shown) via NKID of the USSR"])
    }

    @Test func aForThatNamesNoOfficeIsNoRelay() {
        #expect(Acts.of("Telegram from Oleg Barsukov to the NKID of the USSR, for the Record") == ["Oleg Barsukov → NKID of the USSR"])
        #expect(Acts.of("Telegram from Oleg Barsukov to the NKID of the USSR, for Information") == ["Oleg Barsukov → NKID of the USSR"])
    }

    @Test(arguments: ["forwarding", "transmitting", "enclosing", "conveying"])
    func aBareHeadOfOfficesEnclosingAMessageIsARelay(verb: String) {
        #expect(Acts.of("Secretary of External Affairs to Prime Minister, \(verb) a Message from the Prime Minister of Xlandia (Sefo Tuimavave)")
            == ["Sefo Tuimavave → Prime Minister via Secretary of External Affairs"])
        #expect(Acts.of("Secretary of External Affairs to Prime Minister, \(verb) a Letter from Zhou Minghui")
            == ["Zhou Minghui → Prime Minister via Secretary of External Affairs"])
    }

    /// FRUS's heads without a document word: an office with its holder in parentheses encloses a message as a bare office
    /// does (gold schema: `C to D, transmitting a message from A to B`, A ≠ C → A to B via [C, D]).
    @Test(arguments: ["transmitting", "forwarding", "enclosing"])
    func anOfficeWithItsHolderEnclosingAMessageIsARelay(verb: String) {
        for (a, b) in Self.people {
            let holder = String(b.split(separator: " ").last!)
            #expect(Acts.of("The Minister in Xlandia (\(holder)) to the Secretary of State, \(verb) a Message From Emperor \(a) to President Okafor")
                == ["\(a) → Okafor via \(holder) > Secretary of State"])
            #expect(Acts.of("The Ambassador in Ruritania (\(holder)) to the Foreign Ministry, \(verb) a Message From the Ruritanian Foreign Minister to the Reich Foreign Minister")
                == ["Ruritanian Foreign Minister → Reich Foreign Minister via \(holder) > Foreign Ministry"])
        }
    }

    /// `, for OFFICE` after an office head's addressee names the final recipient; the head's own grammar reads it (DGFP:
    /// `The State Secretary to the Legation in Yugoslavia, for the Minister`).
    @Test(arguments: [("the Legation in Xlandia", "Legation in Xlandia"), ("the Embassy in Ruritania", "Embassy in Ruritania"),
                      ("the Consulate General at Port Vell", "Consulate General at Port Vell")])
    func anOfficeHeadWithForTheOfficeIsARelay(post: (String, String)) {
        for office in ["the Minister", "the Ambassador", "the Chargé d'Affaires"] {
            #expect(Acts.of("The State Secretary to \(post.0), for \(office)") == ["State Secretary → \(office.dropFirst(4)) via \(post.1)"])
        }
    }

    // MARK: Summaries: a styled writer beside a bare head's institution; a wire's opening formula

    @Test(arguments: ["Sir", "Mr.", "Dr."])
    func aStyledWriterSignsBesideTheInstitutionOfABareHead(style: String) {
        for (_, b) in Self.people {
            #expect(Acts.of("Foreign Office to Treasury [W 5512/3/50]", summary: "\(style) \(b) describes the cost of the new legation.")
                == ["Foreign Office, \(b) → Treasury (summary)"])
        }
    }

    @Test func anUnstyledOrMilitarySubjectOfABareHeadIsNoWriter() {
        #expect(Acts.of("Foreign Office to Treasury", summary: "General Kim Young-soo describes the state of the army.")
            == ["Foreign Office → Treasury"])
        #expect(Acts.of("Foreign Office to Treasury", summary: "The Treasury describes the cost of the new legation.")
            == ["Foreign Office → Treasury"])
    }

    @Test func theHeadOfALegationSignsItsCablegram() {
        for (_, b) in Self.people {
            #expect(Acts.of("Cablegram, Xlandian Legation in Tokyo to Department of External Affairs",
                            summary: "Minister \(b) reports that the mission may not travel north.")
                == ["Xlandian Legation in Tokyo, \(b) → Department of External Affairs (summary)"])
        }
        // A minister of the host government reported on is no head of the legation.
        #expect(Acts.of("Cablegram, Xlandian Legation in Tokyo to Department of External Affairs",
                        summary: "Foreign Minister Kim Young-soo reports to the Diet on the treaty.")
            == ["Xlandian Legation in Tokyo → Department of External Affairs"])
    }

    @Test(arguments: ["Following message from", "Following personal message from", "Following is a message from",
                      "Following is the text of a message from", "Following letter from", "Following telegram from"])
    func aWiresOpeningFormulaCarriesTheMessage(formula: String) {
        for (a, b) in Self.people {
            #expect(Acts.of("Secretary of State for External Affairs to High Commissioner in Xlandia. Telegram 1290",
                            summary: "\(formula) Prime Minister \(a) for Prime Minister \(b).")
                == ["\(a) → \(b) via Secretary of State for External Affairs > High Commissioner in Xlandia (summary)"])
        }
    }

    @Test func followingThatOpensNoMessageIsNoFormula() {
        #expect(Acts.of("Secretary of State for External Affairs to High Commissioner in Xlandia. Telegram 1290",
                        summary: "Following the talks with Amadou Diallo, the government will reply.")
            == ["Secretary of State for External Affairs → High Commissioner in Xlandia"])
        #expect(Acts.of("Secretary of State for External Affairs to High Commissioner in Xlandia. Telegram 1290",
                        summary: "Following a letter from Amadou Diallo, the government will reply.")
            == ["Secretary of State for External Affairs → High Commissioner in Xlandia"])
    }
}
