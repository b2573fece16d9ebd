import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
import Testing

/// `withAuthorities` finds the few mentions that carry an authority identifier among many records that carry
/// none (it looks for them in parallel over chunks of 2,048 records, then reads only the chunks that hold one).
struct AuthorityIdentifierTests {
    static func record(_ k: Int, from: NameMention, to: String) -> ExtractedRecord {
        ExtractedRecord(record: CatalogueRecord(id: "p#\(k + 1)", source: "p", line: k + 1, date: "", title: "", summary: ""),
                        messages: [ExtractedMessage(from: [from], to: [NameMention(text: to)])])
    }

    @Test func anIdentifierInTheSecondChunkReachesItsCorrespondent() {
        // 3,000 letters to Tomasz Nowak; letter 2,500 (in the second chunk) names its writer with a GND identifier.
        let gnd = "http://d-nb.info/gnd/4711000"
        let records = (0..<3_000).map { k in
            Self.record(k, from: k == 2_499 ? NameMention(text: "Li Na", reference: gnd) : NameMention(text: "Halima Osei"),
                        to: "Tomasz Nowak")
        }
        let corpus = NameResolver().resolve(records).withAuthorities()
        let authorities = Dictionary(uniqueKeysWithValues: corpus.correspondents.map { ($0.name, $0.attributes["authority"]) })
        #expect(authorities == ["Halima Osei": nil, "Tomasz Nowak": nil, "Li Na": gnd])
    }

    @Test func noIdentifierLeavesEveryCorrespondentWithout() {
        let records = (0..<2_500).map { Self.record($0, from: NameMention(text: "Chiara Russo"), to: "Rahul Mehta") }
        let corpus = NameResolver().resolve(records).withAuthorities()
        #expect(corpus.correspondents.allSatisfy { $0.attributes["authority"] == nil })
    }
}
