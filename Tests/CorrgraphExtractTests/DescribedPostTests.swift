import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// FRUS heads whose posts are described in words the lexicon does not know: `[the] DESCRIPTION (Holder)`,
/// plural postings with a holder per place, and a named person qualified by a body (`NAME of the BODY on
/// TOPIC`). Descriptions, holders and bodies are invented, from several traditions; each expectation is
/// worked out by hand from the gold schema (the holder in parentheses is the person; a named person's
/// body is no part of the name).
@Suite struct DescribedPostTests {
    /// Posts marked as descriptions by a comma unit, a possessive or a complement: read with or without the article.
    static let markedDescriptions = [
        "Harbourmaster, Eastern Roads",
        "Hetman, Zaporozhian Host, Eastern Bank",
        "President's Principal Scrivener",
        "Regent's Keeper of the Seals",
        "Corregidor of Nueva Segovia",
        "Qadi of the Eastern Oases",
        "Taotai at Amoy",
        "Voevoda in Tobolsk",
        "Chusa for Royal Ceremonies",
        "Oberhofmeister to the Regent",
        "Drovalka Mentessir, Quellan Ostravinic Forde",
    ]

    /// Posts of one or two unknown words: only the article marks them as descriptions.
    static let bareDescriptions = ["Oberhofmeister", "Grand Vizier", "Seneschal", "Wazir Bashi", "Mentessir Forde"]

    /// Holders from several naming cultures, as FRUS prints them (surname, or a full name).
    static let holders = ["Okafor", "Nakagawa", "Brandauer", "Al-Masri", "Kuznetsova", "Fernández", "Wang Jun", "Park Ji-won"]

    static let leads = ["", "Telegram From ", "Memorandum From ", "Letter From ", "Circular Telegram From "]

    @Test(arguments: markedDescriptions + bareDescriptions)
    func describedPostWithItsHolderInEitherSlot(description: String) {
        for lead in Self.leads {
            let article = lead.isEmpty ? "The " : "the "
            for holder in Self.holders {
                #expect(Acts.of("\(lead)\(article)\(description) (\(holder)) to the Secretary of State") == ["\(holder) → Secretary of State"],
                        "\(lead)\(description) (\(holder))")
                #expect(Acts.of("\(lead)\(article)Secretary of State to the \(description) (\(holder))") == ["Secretary of State → \(holder)"],
                        "\(lead)… to \(description) (\(holder))")
            }
            // Both ends described.
            #expect(Acts.of("\(lead)\(article)\(description) (Okafor) to the Hetman, Zaporozhian Host (Kuznetsova)") == ["Okafor → Kuznetsova"],
                    "\(lead)\(description)")
        }
    }

    @Test(arguments: markedDescriptions)
    func markedDescriptionWithoutTheArticle(description: String) {
        #expect(Acts.of("\(description) (Nakagawa) to the Secretary of State") == ["Nakagawa → Secretary of State"])
        #expect(Acts.of("Memorandum From \(description) (Nakagawa) to President Ortega") == ["Nakagawa → Ortega"])
    }

    @Test(arguments: bareDescriptions)
    func unmarkedWordsBeforeANameAreNoPost(description: String) {
        // Without the article, capitalised words before a parenthesis may be a name beside its cover name;
        // they are no post.
        #expect(OfficeHeads.isDescribedPost(description) == false)
        #expect(OfficeHeads.isDescribedPost("the " + description))
        #expect(OfficeHeads.isDescribedPost("The " + description))
    }

    @Test func capitalsReadLikeTheHead() {
        #expect(Acts.of("THE HARBOURMASTER, EASTERN ROADS (OKAFOR) TO THE COMBINED CHIEFS OF STAFF").count == 1)
        #expect(Acts.of("MEMORANDUM FROM THE PRESIDENT'S PRINCIPAL SCRIVENER (NAKAGAWA) TO THE SECRETARY OF STATE").count == 1)
    }

    @Test func anotherPersonListedBeforeADescribedPost() {
        #expect(Acts.of("Memorandum From Secretary of State Haddad and the President's Principal Scrivener (Nakagawa) to President Ortega")
            == ["Haddad, Nakagawa → Ortega"])
        #expect(Acts.of("Memorandum From Wang Jun and the Oberhofmeister (Brandauer) to the Secretary of State")
            == ["Wang Jun, Brandauer → Secretary of State"])
    }

    @Test func describedPostAndAKnownOfficeTogether() {
        #expect(Acts.of("The Corregidor of Nueva Segovia (Fernández) to the Consul at Port Vell (Haddad)") == ["Fernández → Haddad"])
        #expect(Acts.of("The Ambassador in Xlandia (Okonkwo) to the Qadi of the Eastern Oases (Al-Masri)") == ["Okonkwo → Al-Masri"])
        #expect(Acts.of("Telegram From the Oberhofmeister to the Regent (Brandauer) to the Legation in Ruritania")
            == ["Brandauer → Legation in Ruritania"])
    }

    @Test(arguments: ["Wardens", "Plenivorts", "Residents-General", "Voevodas", "Taotais"])
    func pluralPostTheLexiconDoesNotKnow(noun: String) {
        #expect(Acts.of("The Secretary of State to the \(noun) in Xlandia (Okonkwo) and Ruritania (Lindqvist)")
            == ["Secretary of State → Okonkwo, Lindqvist"])
        #expect(Acts.of("The Secretary of State to the \(noun) in Xlandia (Okonkwo), Ruritania (Lindqvist), and Borduria (Tanaka)")
            == ["Secretary of State → Okonkwo, Lindqvist, Tanaka"])
        #expect(Acts.of("The Secretary of State to the \(noun) at Port Vell (Haddad), San Lorenzo (Ortega) and Nueva Segovia (Kim Young-sam)")
            == ["Secretary of State → Haddad, Ortega, Kim Young-sam"])
        #expect(Acts.of("Telegram From the \(noun) in Xlandia (Okonkwo) and Ruritania (Lindqvist) to the Secretary of State")
            == ["Okonkwo, Lindqvist → Secretary of State"])
    }

    @Test(arguments: ["Senator", "Representative", "Mr.", "Dr.", "Ambassador"])
    func namedPersonQualifiedByABody(address: String) {
        for body in ["Select Caucus on Riverine Navigation", "Baruja Hexxojjaa on Uqqveqvoujoerb", "Joint Board of Fisheries",
                     "Standing Panel on Arms and Munitions", "Hexxojjaa"] {
            #expect(Acts.of("The Secretary of State to \(address) Ana Lucía Ferreira of the \(body)") == ["Secretary of State → Ana Lucía Ferreira"],
                    "\(address) … \(body)")
            #expect(Acts.of("\(address) Kwame Asante of the \(body) to the Secretary of State") == ["Kwame Asante → Secretary of State"],
                    "\(address) … \(body)")
        }
    }

    @Test(arguments: [" on ", " regarding ", " concerning ", " about "])
    func subjectAfterTheAddresseeOfABareHead(opener: String) {
        #expect(Acts.of("The Secretary of State to Senator Ana Lucía Ferreira\(opener)Riverine Navigation")
            == ["Secretary of State → Ana Lucía Ferreira"])
        #expect(Acts.of("The Secretary of State to the Oberhofmeister (Brandauer)\(opener)the Danube Tolls") == ["Secretary of State → Brandauer"])
        #expect(Acts.of("The Harbourmaster, Eastern Roads (Okafor) to the Secretary of State\(opener)the Pilots' Strike")
            == ["Okafor → Secretary of State"])
        // A subject is no addressee: with nothing before it, nothing is read.
        #expect(Acts.of("The Road to Xlandia\(opener)Foot").isEmpty)
        // Only a head that opens with `The` is cut here; others are the general grammar's.
        #expect(OfficeHeads.read("Xlandian Politburo Resolution and Letter to the Ruritanian leadership\(opener)troops") == nil)
    }

    @Test(arguments: [
        // A year, a page, an editor's word or a known place in parentheses is no holder.
        "Report on the Conference (1954) to the Secretary of State",
        "The Oberhofmeister (1954) to the Secretary of State",
        "The Oberhofmeister (p. 4) to the Secretary of State",
        "The Oberhofmeister (undated) to the Secretary of State",
        "The Oberhofmeister (Draft) to the Secretary of State",
        "The Oberhofmeister (Excerpt) to the Secretary of State",
        "The Oberhofmeister (Vienna) to the Secretary of State",
        "The Taotai at Amoy (Tokyo) to the Secretary of State",
        // A bare capitalised description with no holder and no `to` is no act.
        "The Harbourmaster, Eastern Roads",
        "The Harbourmaster, Eastern Roads (Okafor)",
        "The President's Principal Scrivener (Nakagawa)",
        "Memorandum by the Oberhofmeister (Brandauer)",
        // A meeting or a document is no post: its parenthesis is a note. (A body with a name in parentheses is
        // an institution with its signer: `HolderBracketTests`.)
        "The Conference of Xlandia (Okonkwo) to the Secretary of State",
        // Subjects, not correspondents.
        "The Soviet Approach (Molotov) to the Borduria Question",
        "The Road to Xlandia (Second Edition)",
    ])
    func noHolderNoAct(title: String) {
        #expect(Acts.of(title).isEmpty)
    }

    @Test func aNameBesideItsCoverNameIsNoPost() {
        #expect(OfficeHeads.isDescribedPost("Filippov") == false)
        #expect(OfficeHeads.isDescribedPost("Feng Xi") == false)
        #expect(OfficeHeads.isDescribedPost("the Hungarian Embassy") == false)
        #expect(OfficeHeads.isDescribedPost("the Embassy in Xlandia") == false)
        #expect(OfficeHeads.isDescribedPost("the Report on the Conference") == false)
        #expect(OfficeHeads.isDescribedPost("the Meeting of Envoys") == false)
        #expect(OfficeHeads.isDescribedPost("the Hungarian") == false)
        #expect(OfficeHeads.isDescribedPost("the President to the Minister in Ruritania") == false)
    }

    @Test func longOrOddHeadsDoNotHang() {
        let long = "The " + String(repeating: "Harbourmaster, ", count: 300) + "Eastern Roads (Okafor) to the Secretary of State"
        _ = Acts.of(long)
        _ = Acts.of("The ( to the (")
        _ = Acts.of("the 's (X) to the Y")
        #expect(OfficeHeads.isDescribedPost("") == false)
        #expect(OfficeHeads.isDescribedPost("the") == false)
    }
}
