import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Conventions of FRUS heads found by probing invented heads of every era (issue 9): datelines after the head,
/// circulars to a class of posts, withheld names, `Same to same`, 19th-century inclosure labels and extract notes,
/// continental forms of address. Names and posts are invented; each expectation is worked out by hand from the gold
/// schema (an unstated end is an empty list; a class of posts is named as printed without its article; forms of
/// address are no part of a name).
@Suite struct FRUSProbeConventionTests {
    /// Ends of every kind, with the acts they state.
    static let heads: [(head: String, acts: String)] = [
        ("Telegram From the Embassy in Xlandia to the Department of State", "Embassy in Xlandia → Department of State"),
        ("Telegram From the Department of State to the Mission to the United Nations", "Department of State → Mission to the United Nations"),
        ("Memorandum From the Director of Central Intelligence (Brandauer) to President Ortega", "Brandauer → Ortega"),
        ("Letter From Prime Minister Nakagawa to President Ortega", "Nakagawa → Ortega"),
        ("Message From Chairman Zhao Minghai to President Ortega", "Zhao Minghai → Ortega"),
        ("The Ambassador in Xlandia (Okonkwo) to the Secretary of State", "Okonkwo → Secretary of State"),
        ("Backchannel Message From the Ambassador to Ruritania (Lindqvist) to the President's Assistant for National Security Affairs (Kowalczyk)",
         "Lindqvist → Kowalczyk"),
    ]

    static let writingPlaces = ["Washington", "New York", "Moscow", "Port Vell", "Camp Hollow", "Key Marrow", "the White House"]
    static let dates = ["May 3, 1962", "May 3, 1962, 7:12 p.m.", "undated", "June 1, 1962, 1530Z", "3 May 1962"]

    @Test(arguments: heads.map(\.head).indices)
    func datelineAfterTheHeadNamesNoOne(index: Int) {
        let (head, acts) = Self.heads[index]
        for place in Self.writingPlaces {
            for date in Self.dates {
                #expect(Acts.of("\(head), \(place), \(date)") == [acts], "\(head), \(place), \(date)")
            }
        }
    }

    @Test func datelineAfterAConversationHead() {
        for place in Self.writingPlaces {
            #expect(Acts.of("Memorandum of Conversation Between President Ortega and Prime Minister Nakagawa, \(place), May 3, 1962")
                == ["{Nakagawa, Ortega}"], "\(place)")
            // A setting alone is no act, however the dateline reads.
            #expect(Acts.of("Memorandum of Conversation, \(place), May 3, 1962, 4 p.m.") == [], "\(place)")
        }
    }

    @Test func aListAfterACommaIsNoDateline() {
        // No date follows: the items are addressees.
        #expect(Acts.of("Letter From President Ortega to Prime Minister Nakagawa, Chancellor Reinholdt, and President Ibarreta")
            == ["Ortega → Nakagawa, Reinholdt, Ibarreta"])
        // A place right after an institution with no place of its own is its seat, not where the document was written.
        #expect(OfficeHeads.cuttingDateLine("Telegram from Xlandian Foreign Ministry to Xlandian Embassy, Port Vell, 29 May 1962")
            == "Telegram from Xlandian Foreign Ministry to Xlandian Embassy, Port Vell, 29 May 1962")
        #expect(OfficeHeads.cuttingDateLine("Telegram From the Department of State to the Legation in Xlandia, Port Vell, May 3, 1962")
            == "Telegram From the Department of State to the Legation in Xlandia")
        // A date with no year is no dateline: the comma item before it stays what it was.
        #expect(OfficeHeads.cuttingDateLine("Letter From A to B, Port Vell, May 3") == "Letter From A to B, Port Vell, May 3")
        // The item before the date is an office, not a place: no dateline is cut.
        #expect(OfficeHeads.cuttingDateLine("Letter From A to the Minister, Ambassador, May 3, 1962")
            == "Letter From A to the Minister, Ambassador, May 3, 1962")
    }

    @Test func numberedDocumentBeforeFrom() {
        for lead in ["Telegram", "Airgram", "Despatch", "Backchannel Message"] {
            for number in ["1234", "56", "4521/7"] {
                for (head, acts) in Self.heads.filter({ $0.head.hasPrefix("Telegram From ") }) {
                    let numbered = "\(lead) \(number) From " + head.dropFirst("Telegram From ".count)
                    #expect(Acts.of(numbered) == [acts], "\(numbered)")
                    #expect(TitleGrammar.read(numbered).number == number, "\(numbered)")
                }
            }
        }
        // A number that no `From` follows is no document number.
        #expect(Acts.of("Telegram From the Embassy in Xlandia to the Department of State, 1234") == ["Embassy in Xlandia → Department of State"])
    }

    // MARK: Circulars

    static let quantifiers = ["All", "Certain", "Selected", "all", "certain"]
    static let classNouns = ["Posts", "Officers", "Missions", "Embassies", "Legations", "Consulates", "Stations"]
    static let qualifiers = ["Diplomatic", "Diplomatic and Consular", "American Republic Diplomatic", "NATO"]
    static let complements = ["", " of the United States", " in Europe", " in the American Republics", " of the United States in Xlandia"]
    static let circularLeads = ["Circular Telegram From ", "Circular Airgram From ", "Telegram From ", "Circular Instruction From ", "Airgram From "]

    @Test(arguments: classNouns)
    func circularToAClassOfPosts(noun: String) {
        for quantifier in Self.quantifiers {
            for qualifier in Self.qualifiers {
                let addressees = "\(quantifier) \(qualifier) \(noun)"
                // `All …` names the whole class; `Certain`, `Selected` … leave the posts unnamed: no addressee (gold schema).
                let reads = quantifier.lowercased() == "all" ? addressees : ""
                for lead in Self.circularLeads {
                    #expect(Acts.of("\(lead)the Department of State to \(addressees)") == ["Department of State → \(reads)"],
                            "\(lead)\(addressees)")
                }
            }
        }
        // Without a quantifier: a diplomatic or consular service's posts, or any class of the United States'.
        for qualifier in ["Diplomatic", "Diplomatic and Consular", "American Republic Diplomatic", "diplomatic and consular"] {
            for complement in Self.complements {
                let addressees = "\(qualifier) \(noun)\(complement)"
                #expect(Acts.of("Mr. Oyelaran to the \(addressees)") == ["Oyelaran → \(addressees)"], "\(addressees)")
                #expect(Acts.of("The Secretary of State to the \(addressees)") == ["Secretary of State → \(addressees)"], "\(addressees)")
            }
        }
    }

    @Test func circularNegatives() {
        // A plural post noun with nothing before it is no class; a subject about posts is no addressee.
        #expect(Acts.of("Report on Diplomatic Posts in Xlandia") == [])
        #expect(!OfficeHeads.isCircularAddressees("Posts"))
        #expect(!OfficeHeads.isCircularAddressees("President Ortega's Posts"))
        #expect(!OfficeHeads.isCircularAddressees("Diplomatic Posts to Xlandia"))
        #expect(!OfficeHeads.isCircularAddressees("Diplomatic Posts via Lindqvist"))
        // A nationality and a plural are an unnamed group, no class of posts.
        #expect(!OfficeHeads.isCircularAddressees("Chinese Officers"))
        #expect(!OfficeHeads.isCircularAddressees("Soviet Officers in Xlandia"))
        #expect(OfficeHeads.isCircularAddressees("Officers of the United States in Xlandia") == false) // no qualifier before the noun
        #expect(OfficeHeads.isCircularAddressees("Naval Officers of the United States"))
        // Plural offices with their holders stay the holders.
        #expect(Acts.of("The Secretary of State to the Ambassadors in Xlandia (Okonkwo) and Ruritania (Lindqvist)")
            == ["Secretary of State → Okonkwo, Lindqvist"])
    }

    // MARK: Plural institutions at several places

    static let institutionPlurals = [("Embassies", "Embassy"), ("Legations", "Legation"), ("Consulates", "Consulate"),
                                     ("Missions", "Mission"), ("Delegations", "Delegation")]
    static let placeLists: [(printed: String, places: [String])] = [
        ("Xlandia and Ruritania", ["Xlandia", "Ruritania"]),
        ("Xlandia, Ruritania, and the United Kingdom", ["Xlandia", "Ruritania", "the United Kingdom"]),
        ("Borduria, Port Vell and Syldavia", ["Borduria", "Port Vell", "Syldavia"]),
        ("the Soviet Union and Sri Lanka", ["the Soviet Union", "Sri Lanka"]),
    ]

    @Test(arguments: institutionPlurals.indices)
    func pluralInstitutionAtSeveralPlaces(index: Int) {
        let (plural, singular) = Self.institutionPlurals[index]
        for (printed, places) in Self.placeLists {
            for preposition in ["in", "at"] {
                let each = places.map { "\(singular) \(preposition) \($0)" }.joined(separator: ", ")
                for lead in ["Telegram From ", "Circular Airgram From ", "Instruction From "] {
                    #expect(Acts.of("\(lead)the Department of State to the \(plural) \(preposition) \(printed)") == ["Department of State → \(each)"],
                            "\(lead)\(plural) \(printed)")
                }
                #expect(Acts.of("The Secretary of State to the \(plural) \(preposition) \(printed)") == ["Secretary of State → \(each)"],
                        "\(plural) \(printed)")
            }
        }
        // One place is no list; a holder after the places is the plural office's, read by its own rule.
        #expect(OfficeHeads.institutionsAtPlaces("\(plural) in Xlandia") == nil)
        #expect(OfficeHeads.institutionsAtPlaces("\(plural) in Xlandia and the Ministry of Trade") == nil)
        #expect(OfficeHeads.institutionsAtPlaces("\(plural) in Xlandia and President Ortega's Office") == nil)
    }

    // MARK: Withheld names

    static let withheld = ["[name not declassified]", "[less than 1 line not declassified]", "[1 line not declassified]", "[name withheld]"]
    static let bodies = ["", " of the Central Intelligence Agency", " of the National Security Council Staff", " of the Directorate of Plans"]

    @Test(arguments: withheld)
    func withheldNameLeavesTheEndUnstated(bracket: String) {
        for body in Self.bodies {
            for lead in ["Memorandum From ", "Telegram From ", "Letter From "] {
                #expect(Acts.of("\(lead)\(bracket)\(body) to the Director of Central Intelligence (Brandauer)") == [" → Brandauer"],
                        "\(lead)\(bracket)\(body)")
                #expect(Acts.of("\(lead)\(bracket)\(body) to the Department of State") == [" → Department of State"],
                        "\(lead)\(bracket)\(body)")
                #expect(Acts.of("\(lead)the Director of Central Intelligence (Brandauer) to \(bracket)\(body)") == ["Brandauer → "],
                        "\(lead)\(bracket)\(body)")
            }
        }
        // A withheld holder leaves the office as the correspondent.
        for office in ["Chief of Station in Ruritania", "Deputy Director for Plans", "Station Chief, Port Vell"] {
            #expect(Acts.of("Telegram From the \(office) (\(bracket.dropFirst().dropLast())) to the Director of Central Intelligence (Brandauer)")
                == ["\(office) → Brandauer"], "\(office) \(bracket)")
        }
        // Both ends withheld: no act.
        #expect(Acts.of("Telegram From \(bracket) to \(bracket)") == [])
    }

    // MARK: Same to same

    @Test func repeatedEndsAreUnstated() {
        for same in ["Same", "The Same", "The same", "same", "the Same"] {
            #expect(Acts.of("\(same) to Mr. Oyelaran.") == [" → Oyelaran"], "\(same)")
            #expect(Acts.of("Mr. Oyelaran to \(same).") == ["Oyelaran → "], "\(same)")
            #expect(Acts.of("Count Bergholm to \(same)") == ["Bergholm → "], "\(same)")
            #expect(Acts.of("\(same) to \(same.lowercased()).") == [], "\(same)")
            let reading = TitleGrammar.read("\(same) to \(same)")
            #expect(reading.messages.isEmpty && reading.problems.contains { $0.contains("Same to same") }, "\(same)")
        }
        // A surname that only begins with the word is a name.
        #expect(Acts.of("Mr. Sameh to Mr. Oyelaran") == ["Sameh → Oyelaran"])
    }

    // MARK: 19th-century labels and forms of address

    static let labels = ["[Inclosure.]", "[Inclosure 1.]", "[Inclosure 2 in No. 45.]", "[Inclosure in No. 312.]", "[Inclosure A.]",
                         "[Enclosure 3.]", "[Translation.]", "[Inclosures 1 and 2.]"]
    static let oldHeads: [(head: String, acts: String)] = [
        ("Mr. Oyelaran to Mr. Quarterman.", "Oyelaran → Quarterman"),
        ("Count Bergholm to Mr. Quarterman.", "Bergholm → Quarterman"),
        ("Señor Ibarreta to Mr. Oyelaran", "Ibarreta → Oyelaran"),
        ("Senhor Alves Moreira to Mr. Oyelaran.", "Alves Moreira → Oyelaran"),
        ("Signor Rossi-Landi to Mr. Oyelaran.", "Rossi-Landi → Oyelaran"),
        ("Mr. Oyelaran to Sir Edmund Thornbury.", "Oyelaran → Edmund Thornbury"),
        ("Prince Gortovsky to Mr. Oyelaran.", "Gortovsky → Oyelaran"),
    ]

    @Test(arguments: labels)
    func inclosureLabelNamesNoOne(label: String) {
        for (head, acts) in Self.oldHeads {
            // "[Inclosures 1 and 2.]" holds an "and": no label of the numbered form; it is left to the general reading.
            guard !label.contains(" and ") else { continue }
            #expect(Acts.of("\(label) \(head)") == [acts], "\(label) \(head)")
        }
        #expect(Acts.of(label) == [], "\(label)")
    }

    static let extractNotes = [".—(Extract.)", ".—[Extract.]", ".—Extract.", ".—(Extracts.)", ".—(Translation.)", ".—", " (Extract.)"]

    @Test(arguments: extractNotes)
    func editorsNoteAfterADashNamesNoOne(note: String) {
        for (head, acts) in Self.oldHeads {
            let bare = head.hasSuffix(".") ? String(head.dropLast()) : head
            #expect(Acts.of("\(bare)\(note)") == [acts], "\(bare)\(note)")
            #expect(Acts.of("No. 45. \(bare)\(note)") == [acts], "No. 45. \(bare)\(note)")
        }
    }

    @Test func formsOfAddressAreNoPartOfNames() {
        for address in ["Count", "Señor", "Senor", "Senhor", "Signor", "Mr."] {
            for name in ["Bergholm", "Ibarreta", "Takeda", "Al-Mansouri"] {
                #expect(Acts.of("\(address) \(name) to Mr. Oyelaran.") == ["\(name) → Oyelaran"], "\(address) \(name)")
                #expect(Acts.of("Mr. Oyelaran to \(address) \(name).") == ["Oyelaran → \(name)"], "\(address) \(name)")
            }
        }
        // A surname that begins like a form of address is a name.
        #expect(Acts.of("Mr. Oyelaran to Mr. Countryman.") == ["Oyelaran → Countryman"])
    }
}
