import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// FRUS document heads (`OfficeHeads`): an office with its holder in parentheses, an office alone, an
/// institution, plural offices with several holders, with or without `The` and a document word.
/// Holders and places are invented; every expectation is worked out by hand from the gold schema
/// (a holder in parentheses is the person; an office printed alone is the correspondent as printed,
/// without its article).
@Suite struct FRUSHeadTests {
    /// The pattern table's own example heads read as the table says.
    @Test(arguments: OfficeHeads.patterns.flatMap { pattern in pattern.examples.map { (pattern.name, $0.head, $0.reads) } })
    func patternTableExamples(name: String, head: String, reads: [String]) {
        #expect(Acts.of(head) == reads, "\(name)")
    }

    /// Offices held at a posting abroad: `OFFICE in|at PLACE`.
    static let postedOffices = [
        "Ambassador", "Minister", "Minister Resident", "Chargé", "Chargé d'Affaires", "Chargé d'Affaires ad interim",
        "Consul", "Consul General", "Vice Consul", "Military Attaché", "High Commissioner", "Representative",
    ]

    /// Offices at home, printed with their complement.
    static let homeOffices = [
        "Secretary of State", "Acting Secretary of State", "Secretary of the Treasury", "Secretary of the Navy",
        "Under Secretary of State", "Deputy Under Secretary of State for Political Affairs",
        "Assistant Secretary of State for Far Eastern Affairs", "Director of Central Intelligence",
        "President's Special Assistant for National Security Affairs", "Special Assistant to the President",
        "Ambassador at Large", "Executive Secretary of the National Security Council",
        "Representative on the United Nations Commission for Xlandia and Ruritania",
        "Supreme Commander, Allied Expeditionary Force", "Commander in Chief, Pacific",
        "Secretary of Health, Education, and Welfare", "President's Special Consultant",
    ]

    /// The document words FRUS prints before a head, and none.
    static let leads = ["", "Telegram From ", "Letter From ", "Memorandum From ", "Despatch From ", "Airgram From ",
                        "Backchannel Message From ", "Telegram, ", "Aerogram From "]

    @Test(arguments: postedOffices)
    func postedOfficeWithItsHolderInEitherSlot(office: String) {
        for article in ["The ", ""] {
            for preposition in ["in", "at"] {
                #expect(Acts.of("\(article)\(office) \(preposition) Xlandia (Okonkwo) to the Secretary of State")
                    == ["Okonkwo → Secretary of State"], "\(office) \(preposition)")
                #expect(Acts.of("\(article)Secretary of State to the \(office) \(preposition) Port Vell (Al-Rashid)")
                    == ["Secretary of State → Al-Rashid"], "\(office) \(preposition)")
            }
        }
    }

    @Test(arguments: homeOffices)
    func homeOfficeWithItsHolderInEitherSlot(office: String) {
        for lead in Self.leads {
            let article = lead.isEmpty ? "The " : "the "
            #expect(Acts.of("\(lead)\(article)\(office) (Lindqvist) to the Ambassador in Xlandia (Yoon)") == ["Lindqvist → Yoon"],
                    "\(lead)\(office)")
            #expect(Acts.of("\(lead)\(article)Minister in Ruritania (Haddad) to the \(office) (Petrov)") == ["Haddad → Petrov"],
                    "\(lead)\(office)")
        }
    }

    @Test(arguments: homeOffices.filter { !$0.contains(",") })
    func officeAloneIsTheCorrespondentAsPrinted(office: String) {
        #expect(Acts.of("The \(office) to the Minister in Ruritania (Haddad)") == ["\(office) → Haddad"])
        #expect(Acts.of("Telegram From the Consul at Port Vell (Tanaka) to the \(office)") == ["Tanaka → \(office)"])
        #expect(Acts.of("The Ambassador in Xlandia to the \(office)") == ["Ambassador in Xlandia → \(office)"])
    }

    @Test(arguments: leads)
    func headsWithAndWithoutADocumentWord(lead: String) {
        let article = lead.isEmpty ? "The " : "the "
        #expect(Acts.of("\(lead)\(article)Ambassador in Xlandia (Okonkwo) to the Secretary of State") == ["Okonkwo → Secretary of State"])
        #expect(Acts.of("\(lead)\(article)Secretary of State to the Legation in Ruritania") == ["Secretary of State → Legation in Ruritania"])
        #expect(Acts.of("\(lead)\(article)Embassy in Borduria to the Department of State") == ["Embassy in Borduria → Department of State"])
        #expect(Acts.of("\(lead)\(article)Acting Secretary of State to the Embassy in Xlandia") == ["Acting Secretary of State → Embassy in Xlandia"])
    }

    @Test(arguments: ["Norwegian", "Turkish", "Egyptian", "Japanese", "Brazilian", "Syldavian"])
    func nationalOfficeWithItsHolder(nationality: String) {
        for office in ["Ambassador", "Minister", "Chargé", "Chargé d'Affaires", "Prime Minister", "Foreign Minister"] {
            #expect(Acts.of("The \(nationality) \(office) (Solberg) to the Secretary of State") == ["Solberg → Secretary of State"])
            #expect(Acts.of("The Secretary of State to the \(nationality) \(office) (Ben Ali)") == ["Secretary of State → Ben Ali"])
        }
        #expect(Acts.of("The Ambassador of \(nationality == "Syldavian" ? "Syldavia" : "the Soviet Union") in Xlandia (Kuznetsova) to the \(nationality) Prime Minister (Mwangi)")
            == ["Kuznetsova → Mwangi"])
    }

    @Test func pluralOfficesWithSeveralHolders() {
        #expect(Acts.of("The Secretary of State to the Ambassadors in Xlandia (Okonkwo) and Ruritania (Lindqvist)")
            == ["Secretary of State → Okonkwo, Lindqvist"])
        #expect(Acts.of("The Secretary of State to the Ambassadors in Xlandia (Okonkwo), Ruritania (Lindqvist), and Borduria (Tanaka)")
            == ["Secretary of State → Okonkwo, Lindqvist, Tanaka"])
        #expect(Acts.of("The Secretary of State to the Ministers in Xlandia (Okonkwo), Ruritania (Lindqvist) and Borduria (Tanaka)")
            == ["Secretary of State → Okonkwo, Lindqvist, Tanaka"])
        #expect(Acts.of("Telegram From the Acting Secretary of State to the Chargés in Xlandia (Okonkwo) and Ruritania (Lindqvist)")
            == ["Acting Secretary of State → Okonkwo, Lindqvist"])
        #expect(Acts.of("The Secretary of State to the Consuls at Port Vell (Haddad) and San Lorenzo (Ortega)")
            == ["Secretary of State → Haddad, Ortega"])
        // Several offices, each with its holder.
        #expect(Acts.of("Letter From the President's Special Consultant (Moreau) to the Secretary of the Treasury (Ortega) and the Under Secretary of State (Yoon)")
            == ["Moreau → Ortega, Yoon"])
        // A singular office does not stand for a second posting.
        #expect(Acts.of("The Secretary of State to the Ambassador in Xlandia (Okonkwo) and Ruritania (Lindqvist)").isEmpty)
    }

    @Test func stackedDocumentWordsAndTrailingDates() {
        #expect(Acts.of("Circular Telegram From the Acting Secretary of State to the Legation in Xlandia")
            == ["Acting Secretary of State → Legation in Xlandia"])
        #expect(Acts.of("Circular Airgram From the Secretary of State to the Consul at Port Vell (Haddad)") == ["Secretary of State → Haddad"])
        #expect(Acts.of("The Chargé in Xlandia (Okonkwo) to the Secretary of State, May 3, 1957") == ["Okonkwo → Secretary of State"])
        #expect(Acts.of("The Secretary of State to the Legation in Ruritania, June 1") == ["Secretary of State → Legation in Ruritania"])
    }

    @Test func institutionsAndFirms() {
        #expect(Acts.of("The Northern Timber Company to the Secretary of State") == ["Northern Timber Company → Secretary of State"])
        #expect(Acts.of("The Secretary of State to the Eastern Cable Company") == ["Secretary of State → Eastern Cable Company"])
        #expect(Acts.of("R. T. Pereira & Co. to the Secretary of State") == ["R. T. Pereira & Co. → Secretary of State"])
        #expect(Acts.of("The Secretary of State to Pereira & Sons") == ["Secretary of State → Pereira & Sons"])
        #expect(Acts.of("The Supreme Commander, Southern Task Force (Baranov) to the Combined Chiefs of Staff")
            == ["Baranov → Combined Chiefs of Staff"])
        #expect(Acts.of("The Joint Chiefs of Staff to the Secretary of Defense") == ["Joint Chiefs of Staff → Secretary of Defense"])
        #expect(Acts.of("The Secretary of State to the War Shipping Board") == ["Secretary of State → War Shipping Board"])
    }

    @Test func postingsAfterTo() {
        #expect(Acts.of("The Ambassador to Xlandia (Okonkwo) to the Secretary of State") == ["Okonkwo → Secretary of State"])
        #expect(Acts.of("The Minister to Ruritania to the Secretary of State") == ["Minister to Ruritania → Secretary of State"])
        #expect(Acts.of("Letter From the Representative to the United Nations (Moreau) to President Ortega") == ["Moreau → Ortega"])
        #expect(Acts.of("Letter From the Assistant Secretary of State for Far Eastern Affairs (Lindqvist) to the Ambassador to the Republic of Xlandia (Yoon)")
            == ["Lindqvist → Yoon"])
        #expect(Acts.of("Telegram From the Office of the Representative to the Pacific Treaty Organization to the Department of State")
            == ["Office of the Representative to the Pacific Treaty Organization → Department of State"])
        // An office after the "to" is the addressee, not a posting.
        #expect(Acts.of("The Xlandian Ambassador to the Foreign Secretary") == ["Xlandian Ambassador → Foreign Secretary"])
        // An office's own "to": the holder closes the sender.
        #expect(Acts.of("The Special Assistant to the President (Yoon) to the Secretary of State") == ["Yoon → Secretary of State"])
    }

    @Test func namedPeopleBesideOffices() {
        #expect(Acts.of("The Secretary of State to Senator Marta Ortega of the Senate Committee on Appropriations")
            == ["Secretary of State → Marta Ortega"])
        #expect(Acts.of("Senator Ortega to the Secretary of State") == ["Ortega → Secretary of State"])
        #expect(Acts.of("Memorandum From Secretary of State Haddad to the Deputy Under Secretary of State for Political Affairs (Yoon)")
            == ["Haddad → Yoon"])
        #expect(Acts.of("Memorandum From Wang Jun and Ivan Petrov of the National Security Council Staff to the President's Assistant for National Security Affairs (Okonkwo)")
            == ["Wang Jun, Ivan Petrov → Okonkwo"])
        // A named person listed before an office with its holder.
        #expect(Acts.of("Memorandum From Secretary of State Haddad and the Director of Central Intelligence (Kowalski) to President Ortega")
            == ["Haddad, Kowalski → Ortega"])
        #expect(Acts.of("Memorandum From Wang Jun and the Under Secretary of State (Yoon) to the Secretary of State")
            == ["Wang Jun, Yoon → Secretary of State"])
        // A bare name before a comma is in apposition to the office.
        #expect(Acts.of("Ivan Petrov, Ambassador (Kuznetsova) to the Secretary of State") == ["Kuznetsova → Secretary of State"])
        // A comma before the holder, as a misprint leaves it.
        #expect(Acts.of("The Ambassador in Xlandia, (Okonkwo) to the Secretary of State") == ["Okonkwo → Secretary of State"])
    }

    @Test func nineteenthCenturyDispatchesKeepWorking() {
        #expect(Acts.of("Mr. Haddad to Lord Lindqvist.") == ["Haddad → Lindqvist"])
        #expect(Acts.of("Lord Lindqvist to Mr. Haddad.") == ["Lindqvist → Haddad"])
        #expect(Acts.of("Mr. Okonkwo to the Secretary of State.") == ["Okonkwo → Secretary of State"])
    }

    @Test(arguments: [
        "Editorial Note",
        "Paper Prepared in the Department of State",
        "Paper Prepared by the Policy Planning Staff",
        "Intelligence Report Prepared by the Office of Research for Xlandia",
        "Memorandum by the Ambassador in Xlandia (Okonkwo)",
        "Memorandum Prepared by Secretary of State Haddad",
        "Memorandum for the Record",
        "Memorandum of Conversation",
        "Memorandum of a Conversation, Secretary's Office, Grand Hotel, Geneva, May 3, 1957, 7:30 p.m.",
        "Memorandum of Conversation, Department of State, Washington, May 3, 1957",
        "Minutes of a Meeting, Cabinet Room, White House, Washington, June 1, 1962, 10 a.m.",
        // Subjects, not correspondents.
        "The Road to Xlandia",
        "The Syldavian Approach to the Borduria Question",
        "The President's Trip to Xlandia",
        "The Chinese Ambassador to North Korea",
        "The Ambassador to the Pacific Treaty Organization",
        "Politburo Decision to Confirm the Following Directive to the Soviet Ambassador in Xlandia",
    ])
    func headsWithNoAct(title: String) {
        #expect(Acts.of(title).isEmpty)
    }

    @Test func conversationsWithNamedParticipantsStillCount() {
        #expect(Acts.of("Memorandum of a Conversation Between the Syldavian Ambassador (Okonkwo) and the Under Secretary of State (Yoon), Department of State, Washington, May 3, 1957")
            == ["{Okonkwo, Yoon}"])
    }

    @Test func badInputDoesNotHang() {
        let long = String(repeating: "The Ambassador in Xlandia (Okonkwo) to ", count: 200) + "the Secretary of State"
        _ = Acts.of(long)
        _ = Acts.of("The ( to ) to (")
        _ = Acts.of("to to to")
        #expect(OfficeHeads.read("") == nil)
    }
}
