import Foundation
import Testing

/// The command line for print-size diagrams, separate networks, default titles, rankings and
/// record ids (issue 12), on small listing files written here.
@Suite struct PrintAndProvenanceTests {
    /// A listing page: one record per cable, `Cable, SENDER to RECIPIENT`, dated 1 May 1921 on.
    static func listing(_ cables: [(String, String)]) -> String {
        cables.enumerated().map { index, cable in
            "May \(index % 28 + 1), 1921\n\nCable, \(cable.0) to \(cable.1)\n\nA cable.\n"
        }.joined(separator: "\n")
    }

    /// Two households that never wrote to each other: Olga Ivanova to eleven Petrovs, Hans Weber
    /// to ten Müllers (two networks of 12 and 11 correspondents).
    static var twoHouseholds: String {
        let names = ["Anna", "Boris", "Daria", "Egor", "Fyodor", "Galina", "Ilya", "Kira", "Lev", "Maria", "Nikolai"]
        let german = ["Anton", "Berta", "Clara", "Dieter", "Emil", "Frieda", "Gustav", "Hilde", "Ida", "Jakob"]
        return listing(names.map { ("Olga Ivanova", "\($0) Petrov") } + german.map { ("Hans Weber", "\($0) Müller") })
    }

    static func write(_ text: String, named name: String) throws -> URL {
        let file = try CLI.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theDefaultDiagramIsOneColumnWideWithLegibleNames() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("network.svg")
        let result = try CLI.run(["graph", "--format", "svg", "-o", file.path, CLI.samplePath])
        #expect(result.status == 0)
        let svg = try String(contentsOf: file, encoding: .utf8)
        // At most 16 cm = 453.5 pt wide (Graphviz rounds to whole points), 22 cm = 623.6 pt tall.
        let width = try #require(Self.number(after: "<svg width=\"", in: svg))
        let height = try #require(Self.number(after: "height=\"", in: svg))
        #expect(width <= 454 && height <= 624)
        // Scaled by no less than 7/8, so that 8 pt names print at 7 pt or more.
        let scale = try #require(Self.number(after: "transform=\"scale(", in: svg))
        #expect(scale >= 0.875)
    }

    @Test func sizesInOtherUnitsAndBadSizes() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("network.svg")
        #expect(try CLI.run(["graph", "--size", "80mm", "--format", "svg", "-o", file.path, CLI.samplePath]).status == 0)
        // 80 mm = 226.8 pt.
        #expect(try #require(Self.number(after: "<svg width=\"", in: String(contentsOf: file, encoding: .utf8))) <= 227)
        let bad = try CLI.run(["graph", "--size", "12furlongs", CLI.samplePath])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--size"))
        // 'none': natural size, no size attribute.
        let natural = try CLI.run(["graph", "--size", "none", CLI.samplePath])
        #expect(natural.status == 0 && !natural.stdout.contains("size=\""))
    }

    @Test func separateNetworksAreEachDrawnOrSplit() throws {
        let input = try Self.write(Self.twoHouseholds, named: "households.txt")
        let dot = try CLI.run(["graph", input.path, "--quiet"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("Olga Ivanova") && dot.stdout.contains("Hans Weber"))
        #expect(dot.stdout.contains("2 separate networks"))
        let dir = try CLI.temporaryDirectory()
        let split = try CLI.run(["graph", input.path, "--split", "-o", dir.appendingPathComponent("house.dot").path, "--quiet"])
        #expect(split.status == 0)
        let first = try String(contentsOf: dir.appendingPathComponent("house-1.dot"), encoding: .utf8)
        let second = try String(contentsOf: dir.appendingPathComponent("house-2.dot"), encoding: .utf8)
        // The larger household first; each file names only its own.
        #expect(first.contains("Olga Ivanova") && !first.contains("Hans Weber"))
        #expect(second.contains("Hans Weber") && !second.contains("Olga Ivanova"))
        #expect(second.contains("Network 2 of 2"))
        // --split needs files to write.
        #expect(try CLI.run(["graph", input.path, "--split"]).status == 2)
    }

    @Test func theDefaultTitleIsTheSourcesCommonName() throws {
        let dir = try CLI.temporaryDirectory()
        let cables = Self.listing([("Olga Ivanova", "Anna Petrov"), ("Anna Petrov", "Olga Ivanova")])
        for n in 1...2 {
            try cables.write(to: dir.appendingPathComponent("baltic-letters-\(n).txt"), atomically: true, encoding: .utf8)
        }
        // Not the folder's name: the files' common stem, less page numbers.
        let result = try CLI.run(["graph", dir.path, "--quiet", "--keep-duplicates"])
        #expect(result.stdout.contains("<B>Baltic-Letters</B>"))
        let titled = try CLI.run(["graph", dir.path, "--quiet", "--title", "Two Cousins"])
        #expect(titled.stdout.contains("<B>Two Cousins</B>"))
    }

    @Test func centralityRanksByLettersAndKeepsTheTop() throws {
        let input = try Self.write(Self.twoHouseholds, named: "households.txt")
        let csv = try CLI.run(["centrality", "--format", "csv", "--top", "2", input.path, "--quiet"])
        #expect(csv.status == 0)
        // Olga wrote 11 letters, Hans 10: the two busiest, in that order; header + 2 rows.
        #expect(csv.lines.count == 3)
        #expect(csv.lines[1].hasPrefix("1,Olga Ivanova,"))
        #expect(csv.lines[2].hasPrefix("2,Hans Weber,"))
        // No exponents in any table.
        let all = try CLI.run(["centrality", "--format", "csv", input.path, "--quiet"])
        #expect(!all.stdout.contains("e-"))
        #expect(try CLI.run(["centrality", "--top", "0", input.path]).status == 2)
    }

    @Test func pairsNameTheirRecords() throws {
        let input = try Self.write(Self.listing([("Olga Ivanova", "Anna Petrov"), ("Olga Ivanova", "Anna Petrov"),
                                                 ("Anna Petrov", "Olga Ivanova")]), named: "cousins.txt")
        let csv = try CLI.run(["stats", "--format", "csv", input.path, "--quiet"])
        #expect(csv.status == 0)
        #expect(csv.lines.first?.hasSuffix(",records") == true)
        // Records are numbered from 1 within their file.
        #expect(csv.stdout.contains("Olga Ivanova,Anna Petrov,2,1,0,0,1921-05-01,1921-05-02,yes,cousins.txt#1 cousins.txt#2"))
    }

    static func number(after marker: String, in text: String) -> Double? {
        guard let range = text.range(of: marker) else { return nil }
        return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
