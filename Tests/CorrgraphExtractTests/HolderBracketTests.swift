import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// FRUS-style heads whose holder stands in an editor's square brackets rather than parentheses, and
/// institutions with their signer in parentheses or brackets (issue 9). Names, places and posts are invented,
/// from several naming cultures; each expectation is worked out by hand from the gold schema: the holder of
/// an office is the correspondent, and an institution with its signer lists both (`O:` institution, `P:` signer).
@Suite struct HolderBracketTests {
    static let holders = ["Okonkwo", "Lindqvist", "Nakagawa", "Al-Masri", "Kuznetsova", "Fernández", "Wang Jun", "Park Ji-won"]
    static let leads = ["", "Telegram From ", "Memorandum From ", "Letter From "]
    /// Known offices with a posting, and posts described in words the lexicon does not know.
    static let posts = ["Ambassador in Xlandia", "Minister in Ruritania", "Consul at Port Vell", "Ambassador to Xlandia",
                        "Chargé in Quellan", "Harbourmaster, Eastern Roads", "Voevoda in Tobolsk", "President's Principal Scrivener"]
    /// Institutions as FRUS heads print them, and as the reader names them.
    static let institutions = [("Embassy in Xlandia", "Embassy in Xlandia"), ("Legation in Ruritania", "Legation in Ruritania"),
                               ("Embassy at Port Vell", "Embassy at Port Vell"), ("Legation in Quellan Forde", "Legation in Quellan Forde")]

    @Test(arguments: posts)
    func holderInSquareBracketsIsTheCorrespondent(post: String) {
        for lead in Self.leads {
            let article = lead.isEmpty ? "The " : "the "
            for holder in Self.holders {
                #expect(Acts.of("\(lead)\(article)\(post) [\(holder)] to the Secretary of State") == ["\(holder) → Secretary of State"],
                        "\(lead)\(post) [\(holder)]")
                #expect(Acts.of("\(lead)\(article)Secretary of State to the \(post) [\(holder)]") == ["Secretary of State → \(holder)"],
                        "\(lead)… to \(post) [\(holder)]")
            }
            // One end in parentheses, the other in brackets.
            #expect(Acts.of("\(lead)\(article)\(post) [Okonkwo] to the Minister in Ruritania (Lindqvist)") == ["Okonkwo → Lindqvist"])
        }
    }

    @Test func bracketsThatHoldNoHolderNameNoOne() {
        // A relay, an editor's remark, a date or a place in brackets is no holder: the bracket is not read as one.
        for inside in ["via Okonkwo", "sic", "excerpt", "1954", "undated", "Moscow"] {
            let acts = Acts.of("The Ambassador in Ruritania [\(inside)] to the Secretary of State")
            #expect(!acts.contains { $0.hasPrefix("\(inside) →") }, "[\(inside)]")
        }
    }

    @Test(arguments: institutions)
    func institutionWithItsSignerBothAct(institution: (printed: String, name: String)) {
        for lead in Self.leads {
            let article = lead.isEmpty ? "The " : "the "
            for holder in Self.holders {
                for (open, close) in [("(", ")"), ("[", "]")] {
                    #expect(Acts.of("\(lead)\(article)\(institution.printed) \(open)\(holder)\(close) to the Secretary of State")
                            == ["\(institution.name), \(holder) → Secretary of State"], "\(lead)\(institution.printed) \(open)\(holder)\(close)")
                }
            }
        }
        // In capitals the head reads the same.
        #expect(Acts.of("THE \(institution.printed.uppercased()) (OKONKWO) TO THE SECRETARY OF STATE")
                == ["\(institution.name), Okonkwo → Secretary of State"])
    }

    @Test func institutionWithItsSignerAsAddresseeAndInAList() {
        #expect(Acts.of("The Secretary of State to the Legation in Ruritania (Lindqvist)") == ["Secretary of State → Legation in Ruritania, Lindqvist"])
        #expect(Acts.of("The Embassy in Xlandia (Okonkwo) to the Minister in Ruritania (Kuznetsova)") == ["Embassy in Xlandia, Okonkwo → Kuznetsova"])
        // A body is no post, but its name in parentheses is the signer beside it.
        #expect(Acts.of("The Commission of Inquiry (Lindqvist) to the Secretary of State") == ["Commission of Inquiry, Lindqvist → Secretary of State"])
    }

    @Test func institutionWithoutASignerNamesNoOneElse() {
        #expect(Acts.of("The Embassy in Xlandia (1954) to the Secretary of State").allSatisfy { !$0.contains("1954") })
        #expect(Acts.of("The Embassy in Xlandia (Draft) to the Secretary of State").allSatisfy { !$0.contains("Draft") })
        #expect(Acts.of("The Embassy in Xlandia to the Secretary of State") == ["Embassy in Xlandia → Secretary of State"])
    }
}
