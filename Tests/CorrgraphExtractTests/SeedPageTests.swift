import CorrgraphTestSupport
import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve
import Foundation
import Testing

/// The page the product was conceived from, bundled as the sample corpus. Expected acts are written
/// out by hand from `listing-sino-soviet-81-90.gold.jsonl` (one name per person).
@Suite struct SeedPageTests {
    static let samplePath = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CorrgraphCommands/Sample/listing-sino-soviet-81-90.txt").path

    @Test func everyRecordHasTheGoldActs() throws {
        let records = try CorpusReader().read(paths: [Self.samplePath])
        #expect(records.count == 10)
        let corpus = NameResolver().resolve(CorpusExtractor().extract(records))
        let acts = corpus.records.map { Acts.describe($0, in: corpus) }
        let mikoyanMao = ["{Anastas Mikoyan, Mao Zedong}"]
        #expect(acts[0] == mikoyanMao)
        #expect(acts[1] == ["Stalin → Mao Zedong via Andrei Orlov"])
        #expect(acts[2] == ["Mao Zedong → Stalin"])
        #expect(acts[3] == mikoyanMao)
        #expect(acts[4] == mikoyanMao)
        #expect(acts[5] == mikoyanMao)
        #expect(acts[6] == ["Stalin → Andrei Orlov"])
        #expect(acts[7] == ["Mao Zedong → Stalin"])
        #expect(acts[8] == ["Mao Zedong → Stalin via Andrei Orlov > Kuznetsov"])
        #expect(acts[9] == ["Mao Zedong → Stalin"])
    }

    @Test func recordsKeepTheirProvenanceAndDates() throws {
        let records = try CorpusReader().read(paths: [Self.samplePath])
        let extracted = CorpusExtractor().extract(records)
        // The contract's `line` is the title's: line 9 ("Memorandum of Conversation between …"), below
        // the date on line 7 and a blank line.
        #expect(records[0].line == 9)
        #expect(records[0].id == "listing-sino-soviet-81-90.txt#1")
        #expect(extracted[8].documentType == "ciphered telegram")
        #expect(extracted[8].number == "50333")
        #expect(extracted[1].when?.start.description == "1948-10-17")
        #expect(extracted[1].documentType == "cable")
    }

    @Test func everyNameResolvesToOneDisplayName() throws {
        let records = try CorpusReader().read(paths: [Self.samplePath])
        let corpus = NameResolver().resolve(CorpusExtractor().extract(records))
        // Five people: Mikoyan, Mao (also "Mao"), Stalin (also "Filippov [Stalin]"), Orlov ("Terebin"), Kuznetsov.
        #expect(corpus.correspondents.map(\.name).sorted() == ["Anastas Mikoyan", "Andrei Orlov", "Kuznetsov", "Mao Zedong", "Stalin"])
        let orlov = try #require(corpus.correspondents.first { $0.name == "Andrei Orlov" })
        #expect(orlov.merges.contains { $0.form == "Terebin" && $0.rule == .statedAlias })
        let stalin = try #require(corpus.correspondents.first { $0.name == "Stalin" })
        #expect(stalin.merges.contains { $0.form == "Filippov" && $0.rule == .coverName })
    }
}
