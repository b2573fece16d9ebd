import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Two conventions of FRUS heads (issue 9, docs/titles.md "FRUS document heads"): a telegram series word
/// before a bare number is part of the document's number, and an inclosure label without brackets names no
/// one. Names, posts and places are invented; each expectation is worked out by hand from the gold schema.
@Suite struct SeriesAndInclosureLabelTests {
    /// Series words as catalogues print them, and invented ones of the same shape (the rule is over the shape).
    static let seriesWords = ["Secto", "Tosec", "Dulte", "Tedul", "Niact", "Polto", "Topol", "Usun", "Zarvo", "Kelmit", "SECTO", "NIACT"]
    static let numbers = ["45", "7", "4521", "112/3"]
    static let documentWords = ["Telegram", "Circular Telegram", "Cable", "Airgram"]

    /// Heads after `From`, with the acts they state.
    static let ends: [(head: String, acts: String)] = [
        ("the Secretary of State to the Department of State", "Secretary of State → Department of State"),
        ("the Embassy in Xlandia to the Department of State", "Embassy in Xlandia → Department of State"),
        ("the Ambassador in Ruritania (Nakagawa) to the Department of State", "Nakagawa → Department of State"),
        ("the Department of State to the Minister in Xlandia [Al-Sayed]", "Department of State → Al-Sayed"),
        ("Secretary of State Okonkwo to President Haddad", "Okonkwo → Haddad"),
        ("Acting Secretary Brandauer to Secretary of State Zhao Minghai", "Brandauer → Zhao Minghai"),
        ("the Mission to the United Nations to the Department of State", "Mission to the United Nations → Department of State"),
    ]

    @Test(arguments: seriesWords)
    func seriesWordIsPartOfTheNumber(series: String) {
        for document in Self.documentWords {
            for number in Self.numbers {
                for (head, acts) in Self.ends {
                    let title = "\(document) \(series) \(number) From \(head)"
                    #expect(Acts.of(title) == [acts], "\(title)")
                }
            }
        }
    }

    @Test func seriesNumberIsRecorded() {
        let lead = DocumentLeadIn.read("Telegram Tosec 112 From the Department of State to the Secretary of State")
        #expect(lead?.number == "Tosec 112")
    }

    /// A series number on a document that addresses no one still states no act, and a word of the lexicon
    /// (an office, a place) before a number is no series word.
    @Test func seriesNegatives() {
        for series in Self.seriesWords {
            #expect(Acts.of("Report \(series) 45 on the Conference at Port Vell").isEmpty, "\(series)")
            #expect(Acts.of("Minutes \(series) 12 of the Delegation's Meeting").isEmpty, "\(series)")
        }
        #expect(!DocumentLeadIn.isSeriesWord("Embassy"))
        #expect(!DocumentLeadIn.isSeriesWord("Ambassador"))
        #expect(!DocumentLeadIn.isSeriesWord("secto"))
        #expect(!DocumentLeadIn.isSeriesWord("Berlin"))
    }

    // MARK: Inclosure labels

    static let labels = ["Inclosure", "Enclosure", "INCLOSURE"]
    static let numberings = ["", " 2", " 14", " No. 3"]
    static let despatches = ["in No. 45", "to despatch No. 45", "in despatch No. 310", "to No. 7", "to instruction No. 12"]
    static let closings = [".—", ". ", "—", ". — ", ".–", " - "]

    static let despatchHeads: [(head: String, acts: String)] = [
        ("Mr. Oyelaran to Mr. Haddad", "Oyelaran → Haddad"),
        ("Count Bergholm to Mr. Nakagawa.", "Bergholm → Nakagawa"),
        ("Señor Ibarreta to Mr. Lindqvist", "Ibarreta → Lindqvist"),
        ("The Minister of Foreign Affairs to Mr. Kowalczyk", "Minister of Foreign Affairs → Kowalczyk"),
        ("Mr. Park Min-ho to the Minister for Foreign Affairs", "Park Min-ho → Minister for Foreign Affairs"),
    ]

    @Test(arguments: labels)
    func inclosureLabelNamesNoOne(label: String) {
        for numbering in Self.numberings {
            for despatch in Self.despatches {
                for closing in Self.closings {
                    for (head, acts) in Self.despatchHeads {
                        let title = "\(label)\(numbering) \(despatch)\(closing)\(head)"
                        #expect(Acts.of(title) == [acts], "\(title)")
                    }
                }
            }
        }
    }

    /// A label over a document that addresses no one, or a label alone, is no act; a title that only opens
    /// with a label word is not cut.
    @Test func inclosureNegatives() {
        for label in Self.labels {
            #expect(Acts.of("\(label) 2 in No. 45.—Memorandum by Mr. Oyelaran").isEmpty, "\(label)")
            #expect(Acts.of("\(label) 2 in No. 45.—Extract from a Report of the Harbour Board").isEmpty, "\(label)")
            #expect(Acts.of("\(label) 2 in No. 45.").isEmpty, "\(label)")
        }
        #expect(TitleText.afterUnbracketedDespatchLabel("Enclosure of the Harbour Board to Mr. Haddad") == nil)
        #expect(TitleText.afterUnbracketedDespatchLabel("Inclosure 2 in No. 45") == nil)
    }

    // MARK: Plural offices of a body

    static let pluralOffices = ["Commissioners", "Governors", "Directors", "Lords", "Lords Commissioners", "Chancellors"]
    static let bodies = ["the Treasury", "the Admiralty", "Customs", "the Eastern Provinces", "the Northern Railway", "Ruritania"]

    @Test(arguments: pluralOffices)
    func pluralOfficeOfABodyIsOneOfficeNamedEnd(office: String) {
        for body in Self.bodies {
            let end = "\(office) of \(body)"
            #expect(Acts.of("Letter from the \(end) to Mr. Haddad") == ["\(end) → Haddad"], "\(end)")
            #expect(Acts.of("Mr. Haddad to the \(end)") == ["Haddad → \(end)"], "\(end)")
            #expect(Acts.of("Telegram from Li Wenbo to the \(end) [via Kim Young-sam]") == ["Li Wenbo → \(end) via Kim Young-sam"], "\(end)")
            // A letter edition's heading with no document word, in both orders and with its date.
            #expect(Acts.of("From Ivan Petrov to the \(end), 3 January 1792") == ["Ivan Petrov → \(end)"], "\(end)")
            #expect(Acts.of("From the \(end) to Amina Diallo") == ["\(end) → Amina Diallo"], "\(end)")
            #expect(Acts.of("To the \(end) from Ivan Petrov, 4 May 1790") == ["Ivan Petrov → \(end)"], "\(end)")
        }
        // Two offices alone and no person: a heading of that shape is left unread, as before.
        #expect(Acts.of("From the Ambassador to the Minister") == [])
    }

    /// Unnamed groups (`NamePhrase.pluralGroups`) stay nobody; a plural office with no body, or a number for a body, is no end.
    @Test func pluralGroupsStayNobody() {
        for group in ["Officials", "Members", "Representatives", "Ministers"] {
            #expect(NamePhrase.pluralOfficeOfBody(["the", group, "of", "the", "Treasury"]) == nil, "\(group)")
        }
        #expect(NamePhrase.pluralOfficeOfBody(["the", "Commissioners"]) == nil)
        #expect(NamePhrase.pluralOfficeOfBody(["the", "Commissioners", "of", "1850"]) == nil)
        #expect(Acts.of("Report of the Commissioners of the Treasury on the Harbour Dues").isEmpty)
    }

    // MARK: Baron before a name particle

    static let particles = ["von", "de", "van", "du", "di", "zu"]
    static let nobleSurnames = ["Steinhagel", "Montferrand", "Achterberg", "Villecourt", "Rosenau"]

    @Test(arguments: ["Baron", "Baroness", "BARON"])
    func rankBeforeAParticleMarksANoblesSurname(rank: String) {
        for particle in Self.particles {
            for surname in Self.nobleSurnames {
                let noble = "\(particle) \(surname)"
                #expect(Acts.of("\(rank) \(noble) to Mr. Oyelaran") == ["\(noble) → Oyelaran"], "\(rank) \(noble)")
                #expect(Acts.of("Mr. Oyelaran to \(rank) \(noble).") == ["Oyelaran → \(noble)"], "\(rank) \(noble)")
                #expect(Acts.of("Letter from \(rank) \(noble) to Count Bergholm") == ["\(noble) → Bergholm"], "\(rank) \(noble)")
            }
        }
    }

    /// `Baron` as a given name (a surname after it, no particle) stays part of the name.
    @Test func baronAsGivenName() {
        #expect(Acts.of("Letter from Baron Okafor to Li Wenbo") == ["Baron Okafor → Li Wenbo"])
    }
}
