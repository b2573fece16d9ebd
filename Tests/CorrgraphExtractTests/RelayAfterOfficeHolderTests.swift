import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// A bracketed `[via C]` / `(via C)` in a FRUS head names a relay, never a holder (docs/titles.md "relay in an editor's
/// brackets"; GOLD-SCHEMA.md: relays form the ordered `via` chain). Surnames are invented; expected acts are worked out by hand.
@Suite struct RelayAfterOfficeHolderTests {
    static let offices = ["Ambassador in Xlandia", "Minister in Ruritania", "Consul General at Port Vell", "Chargé in Xlandia"]
    static let holders = ["Lindqvist", "Al-Sayed", "Nakagawa", "Kowalczyk"]
    static let relays = ["Okonkwo", "Ferreira", "Zhukov", "Ibrahim"]

    @Test func aBracketedRelayAfterTheSenderOrTheAddresseeIsTheVia() {
        for (i, office) in Self.offices.enumerated() {
            let holder = Self.holders[i], relay = Self.relays[i]
            for (open, close) in [("[", "]"), ("(", ")")] {
                let via = "\(open)via \(relay)\(close)"
                #expect(Acts.of("The \(office) (\(holder)) \(via) to the Secretary of State") == ["\(holder) → Secretary of State via \(relay)"], "\(office)")
                #expect(Acts.of("The \(office) (\(holder)) to the Secretary of State \(via)") == ["\(holder) → Secretary of State via \(relay)"], "\(office)")
                #expect(Acts.of("The Secretary of State to the \(office) (\(holder)) \(via)") == ["Secretary of State → \(holder) via \(relay)"], "\(office)")
                #expect(Acts.of("The \(office) \(via) to the Secretary of State") == ["\(office) → Secretary of State via \(relay)"], "\(office)")
            }
        }
    }

    @Test func aChainOfRelaysKeepsItsOrder() {
        #expect(Acts.of("The Ambassador in Xlandia (Lindqvist) to the Secretary of State [via Okonkwo and Zhukov]")
                == ["Lindqvist → Secretary of State via Okonkwo > Zhukov"])
    }

    @Test func aRelayAfterADocumentWordToo() {
        #expect(Acts.of("Telegram From the Ambassador in Xlandia (Lindqvist) [via Okonkwo] to the Department of State")
                == ["Lindqvist → Department of State via Okonkwo"])
    }

    /// Negatives: an unclosed bracket or a bracket alone is no act and no crash.
    @Test func brokenBracketsAreNoAct() {
        #expect(Acts.of("The Ambassador in Xlandia (Lindqvist) [via Okonkwo") == [])
        #expect(Acts.of("[via Okonkwo] [via") == [])
    }
}
