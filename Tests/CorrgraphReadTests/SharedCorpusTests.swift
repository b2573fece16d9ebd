import Foundation
import Testing
@testable import CorrgraphRead

/// Counts over the team's shared corpus (`../shared` next to the package). The package builds and
/// tests without it; these tests are then skipped with the reason shown.
@Suite(.enabled(if: Fixture.sharedAvailable, "skipped: the shared corpus ../shared (relative to the package root) is not present"))
struct SharedCorpusTests {
    @Test func devPagesYield708Records() throws {
        let pages = Fixture.shared.appendingPathComponent("corpus/wilson/dev/pages").path
        let records = try CorpusReader().read(paths: [pages])
        // dev.gold.jsonl labels one line per record of these pages: 708, in 72 pages.
        #expect(records.count == 708)
        #expect(Set(records.map(\.source)).count == 72)
    }

    @Test func seedPageYields10Records() throws {
        let seed = Fixture.shared.appendingPathComponent("corpus/wilson/listing-sino-soviet-81-90.txt").path
        let records = try CorpusReader().read(paths: [seed])
        #expect(records.count == 10)
        #expect(records[0].date == "February 4, 1949")
        #expect(records[0].line == 9)
        #expect(records[9].title == "Cable, Mao to Filippov [Stalin]")
    }

    /// The correspDesc counts SOURCES.md gives for the four real CMIF files.
    @Test(arguments: [
        ("letters.xml", 2435),
        ("2022_Schnitzler-Vengerova.xml", 55),
        ("1984_Arthur_Schnitzler_Briefe-1913-1931.xml", 544),
        ("2010_Boelsche_Freie-Buehne.xml", 619),
    ])
    func cmifFilesYieldOneRecordPerCorrespDesc(file: String, count: Int) throws {
        let path = Fixture.shared.appendingPathComponent("corpus/cmif/\(file)").path
        let records = try CorpusReader().read(paths: [path])
        #expect(records.count == count)
        #expect(records.allSatisfy { $0.stated != nil })
    }

    @Test func spenerFirstLetter() throws {
        let path = Fixture.shared.appendingPathComponent("corpus/cmif/letters.xml").path
        let first = try CorpusReader().read(paths: [path])[0]
        #expect(first.line == 40)
        #expect(first.title == "Letter, Philipp Jakob Spener to Gottlieb Spizel")
        #expect(first.date == "1666-09-21")
        #expect(first.stated?.senders.first?.authority == "http://d-nb.info/gnd/118616099")
    }

    @Test func vengerovaLetterWithTwoSendersAndForwarding() throws {
        let path = Fixture.shared.appendingPathComponent("corpus/cmif/2022_Schnitzler-Vengerova.xml").path
        let records = try CorpusReader().read(paths: [path])
        // key 3 (line 56): Arthur and Olga Schnitzler to Isabella Vengerova.
        #expect(records[2].line == 56)
        // Names in direct order, the printed (inverted) form kept.
        #expect(records[2].stated?.senders.map(\.name) == ["Arthur Schnitzler", "Olga Schnitzler"])
        #expect(records[2].stated?.senders.map(\.printed) == ["Schnitzler, Arthur", "Schnitzler, Olga"])
        // key 39 (line 488): forwarded through Isabella Vengerova, a relay and not a recipient.
        #expect(records[38].line == 488)
        #expect(records[38].stated?.recipients.map(\.name) == ["Leo Van-Jung"])
        #expect(records[38].stated?.relays.map(\.name) == ["Isabella Vengerova"])
        #expect(records[38].summary.contains("Forwarded: Isabella Vengerova") == true)
    }
}
