import Foundation
import Testing
@testable import CorrgraphCommands

/// Issue 10 on the command line: progress notes and sampled measures. Values worked out by hand.
@Suite(.serialized) struct ScaleCommandTests {
    /// Ana → Bo → Chen → Dilnoza → Emre, one letter each.
    static let path = """
        source,target,date,kind,via,record
        Ana Sousa,Bo Lindqvist,1950-01-02,letter,,1
        Bo Lindqvist,Chen Yiming,1950-01-03,letter,,2
        Chen Yiming,Dilnoza Karimova,1950-01-04,letter,,3
        Dilnoza Karimova,Emre Aydın,1950-01-05,letter,,4

        """

    static func betweenness(_ stdout: String) throws -> (values: [String: Double], conventions: [String: String]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        var values: [String: Double] = [:]
        for node in nodes { values[node["name"] as? String ?? ""] = node["betweenness"] as? Double }
        return (values, try #require(json["conventions"] as? [String: String]))
    }

    @Test func centralityIsExactWithoutTheFlag() throws {
        // On the path, Bo lies on a's paths to Chen, Dilnoza, Emre (3), Chen on 4, Dilnoza on 3;
        // NetworkX normalizes by 1/((n−1)(n−2)) = 1/12.
        let result = try CLI.run(["centrality", "--format", "json", "--measures", "betweenness", "--input-format", "csv", "-"], stdin: Self.path)
        #expect(result.status == 0)
        let (values, conventions) = try Self.betweenness(result.stdout)
        #expect(values == ["Ana Sousa": 0, "Bo Lindqvist": 0.25, "Chen Yiming": 1.0 / 3, "Dilnoza Karimova": 0.25, "Emre Aydın": 0])
        #expect(!conventions.values.contains { $0.contains("sampled") })
    }

    @Test func approximateSaysSoAndEveryNodeAsPivotIsExact() throws {
        let sampled = try CLI.run(["centrality", "--format", "json", "--measures", "betweenness,harmonic", "--approximate", "2",
                                   "--input-format", "csv", "-"], stdin: Self.path)
        #expect(sampled.status == 0)
        let (_, conventions) = try Self.betweenness(sampled.stdout)
        #expect(conventions["betweenness"]?.contains("estimated from 2 sampled source nodes") == true)
        #expect(conventions["sampledErrorBound"]?.contains("probability 0.9") == true)
        // Five people, ten pivots asked: every node is searched from, so the values are the exact ones.
        let all = try CLI.run(["centrality", "--format", "json", "--measures", "betweenness", "--approximate", "10",
                               "--input-format", "csv", "-"], stdin: Self.path)
        let (values, allConventions) = try Self.betweenness(all.stdout)
        #expect(values == ["Ana Sousa": 0, "Bo Lindqvist": 0.25, "Chen Yiming": 1.0 / 3, "Dilnoza Karimova": 0.25, "Emre Aydın": 0])
        #expect(allConventions["sampledErrorBound"] == nil)
    }

    @Test func progressNotesOnlyOnATerminal() {
        #expect(!Progress(enabled: true, terminal: false).enabled)
        #expect(!Progress(enabled: false, terminal: true).enabled)
        #expect(Progress(enabled: true, terminal: true).enabled)
    }

    @Test func progressNoteSaysRateAndTimeLeft() {
        // 12,000 records in 2 s: 6,000 a second; 41,500 left take 6.9 s.
        #expect(Progress.note("extracting", done: 12_000, of: 53_500, unit: "records", elapsed: 2)
                == "extracting 12,000 of 53,500 records — 6,000/s, 6.9 s left")
        // Too early to measure a rate: counts only.
        #expect(Progress.note("betweenness", done: 10, of: 4_000, unit: "sources", elapsed: 0.1) == "betweenness 10 of 4,000 sources")
        // Finished: the rate, nothing left.
        #expect(Progress.note("closeness", done: 800, of: 800, unit: "sources", elapsed: 4) == "closeness 800 of 800 sources — 200/s")
        #expect(Progress.seconds(75) == "1 min 15 s")
        #expect(Progress.seconds(12.4) == "12 s")
        #expect(Progress.grouped(1_234_567) == "1,234,567")
    }
}
