import Foundation
import Testing

/// End-to-end tests of the command line against `contract/cli.md`: the built binary, real files,
/// exit statuses and output shapes. Expected values are worked out by hand from the sample page.
@Suite(.serialized) struct CommandLineTests {
    @Test func extractWritesOneLinePerRecordWithTheContractKeys() throws {
        let result = try CLI.run(["extract", "--format", "jsonl", CLI.samplePath])
        #expect(result.status == 0)
        #expect(result.lines.count == 10)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(result.lines[8].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["record", "when", "documentType", "number", "messages", "conversations", "problems"])
        // Keys in the contract's order.
        #expect(result.lines[8].hasPrefix("{\"record\":{\"id\":\"listing-sino-soviet-81-90.txt#9\",\"source\":\"listing-sino-soviet-81-90.txt\",\"line\":57,"))
        let messages = try #require(first["messages"] as? [[String: Any]])
        #expect(messages.first?["via"] as? [String] == ["Andrei Orlov", "Kuznetsov"])
    }

    @Test func papersOfPutsTheOwnerAtTheOpenEnd() throws {
        let input = #"{"id":"1","date":"1911","title":"To Ruslan Akhmetov","summary":""}"# + "\n"
        let result = try CLI.run(["extract", "--format", "jsonl", "--papers-of", "Henrietta Vogel", "--input-format", "jsonl", "-"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""messages":[{"from":["Henrietta Vogel"],"to":["Ruslan Akhmetov"]"#))
    }

    @Test func standardInputIsAnInput() throws {
        let text = try String(contentsOfFile: CLI.samplePath, encoding: .utf8)
        let result = try CLI.run(["extract", "--format", "jsonl", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.lines.count == 10)
        #expect(result.lines[0].contains("\"source\":\"-\""))
    }

    @Test func dateRangeKeepsOverlappingRecords() throws {
        // January 1949 on the sample page: the 6th, 8th, 9th and 10th.
        let result = try CLI.run(["extract", "--format", "jsonl", "--from", "1949-01", "--to", "1949-01", CLI.samplePath])
        #expect(result.status == 0)
        #expect(result.lines.count == 4)
    }

    @Test func unreadableInputExitsOneNamingTheFile() throws {
        let result = try CLI.run(["extract", "/nonexistent/listing.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/listing.txt"))
    }

    @Test func malformedInputNamesFileAndLine() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("bad.csv")
        try "date,title,summary\n1950,\"Cable, Mao to Stalin,x\n".write(to: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", csv.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:2"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try CLI.run(["extract", "--format", "yaml"]).status == 2)
        #expect(try CLI.run(["extract", "--from", "last week"]).status == 2)
        #expect(try CLI.run(["centrality", "--measures", "fame"]).status == 2)
    }

    @Test func peopleCandidatesListsPairsOnlySimilarityLinks() throws {
        // Two invented names one replaced letter apart, with different correspondents: kept apart, offered.
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("letters.csv")
        try "date,title,summary\n1950,\"Cable, Tao Lianping to Ruan Zhigang\",\n1951,\"Cable, Tao Lianming to Shi Youcai\",\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let json = try CLI.run(["people", "--candidates", "--format", "json", csv.path])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        #expect(candidates.count == 1)
        #expect(Set(candidates.compactMap { $0["form"] as? String } + candidates.compactMap { $0["otherForm"] as? String })
            == ["Tao Lianping", "Tao Lianming"])
        #expect(candidates.first?["kind"] as? String == "spelling-variant")
        let table = try CLI.run(["people", "--candidates", "--format", "csv", csv.path])
        #expect(table.lines.first == "form,correspondent,other form,other correspondent,kind,evidence")
        #expect(table.lines.count == 2)
    }

    @Test func helpDescribesEveryCommand() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for command in ["extract", "graph", "centrality", "intermediaries", "stats", "people", "export", "report"] {
            #expect(result.stdout.contains(command))
        }
    }

    @Test func centralityOfTheSampleMatchesNetworkX() throws {
        let result = try CLI.run(["centrality", "--format", "json", CLI.samplePath])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["conventions"] != nil)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for node in nodes { byName[node["name"] as! String] = node }
        // The sample's graph, worked out by hand from its ten records: Mikoyan⇄Mao 4 (four
        // conversations), Mao→Stalin 3, Mao→Orlov 1, Orlov→Kuznetsov 1, Kuznetsov→Stalin 1 (the relayed
        // telegram), Stalin→Orlov 2, Orlov→Mao 1. Values from NetworkX 3.6.1 on that graph:
        // betweenness_centrality, closeness_centrality, harmonic_centrality, pagerank(alpha=0.85, weight).
        let expected: [String: (Double, Double, Double, Double)] = [
            "Anastas Mikoyan": (0.0, 0.4, 2.083333333333333, 0.13727388276980104),
            "Andrei Orlov": (0.5833333333333333, 0.6666666666666666, 3.0, 0.24876784841086036),
            "Kuznetsov": (0.041666666666666664, 0.5, 2.333333333333333, 0.13572633557461986),
            "Mao Zedong": (0.5416666666666666, 0.5714285714285714, 2.833333333333333, 0.25240913592895153),
            "Stalin": (0.25, 0.6666666666666666, 3.0, 0.22582279731576718),
        ]
        #expect(Set(byName.keys) == Set(expected.keys))
        for (name, values) in expected {
            let node = try #require(byName[name])
            #expect(close(node["betweenness"], values.0))
            #expect(close(node["closeness"], values.1))
            #expect(close(node["harmonic"], values.2))
            #expect(close(node["pagerank"], values.3))
        }
        #expect(byName["Mao Zedong"]?["weightedOut"] as? Double == 8)
        #expect(byName["Stalin"]?["inDegree"] as? Double == 2)
    }

    private func close(_ value: Any?, _ expected: Double) -> Bool {
        guard let v = value as? Double else { return false }
        return abs(v - expected) <= 1e-9 * max(1, abs(expected))
    }

    @Test func graphRendersEveryFormat() throws {
        let dir = try CLI.temporaryDirectory()
        for format in ["dot", "svg", "png", "pdf"] {
            let file = dir.appendingPathComponent("network.\(format)")
            let result = try CLI.run(["graph", "--format", format, "-o", file.path, CLI.samplePath])
            #expect(result.status == 0)
            let bytes = try Data(contentsOf: file)
            switch format {
            case "dot": #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("digraph"))
            case "svg": #expect(String(decoding: bytes, as: UTF8.self).contains("Mao Zedong"))
            case "png": #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            default: #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
            }
        }
    }

    @Test func exportGraphMLHasEveryWeightedHop() throws {
        let result = try CLI.run(["export", "--to", "graphml", CLI.samplePath])
        #expect(result.status == 0)
        // Eight directed edges (see centralityOfTheSampleMatchesNetworkX) with weights summing to 17.
        let weights = result.stdout.components(separatedBy: "<data key=\"weight\">").dropFirst()
            .compactMap { Double($0.prefix { $0 != "<" }) }
        #expect(weights.count == 8)
        #expect(weights.reduce(0, +) == 17)
    }

    @Test func mainJobWritesReproducibleOutputs() throws {
        let first = try CLI.temporaryDirectory(), second = try CLI.temporaryDirectory()
        #expect(try CLI.run(["run", "--output-dir", first.path, "--quiet"]).status == 0)
        #expect(try CLI.run(["run", "--output-dir", second.path, "--quiet"]).status == 0)
        for name in ["extraction.jsonl", "network.dot", "network.svg", "centrality.csv", "pairs.csv", "graph.graphml"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(!a.isEmpty)
            #expect(a == b, "\(name) differs between two runs")
        }
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("network.png").path))
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("network.pdf").path))
    }
}

@Suite struct OutputFileTests {
    @Test func writingOverAnExistingFileReplacesIt() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("acts.jsonl")
        try "old contents\n".write(to: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let result = try CLI.run(["extract", "--format", "jsonl", "-o", file.path, CLI.samplePath])
            #expect(result.status == 0)
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 10)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["acts.jsonl"])
    }
}

@Suite struct InputErrorTests {
    @Test func emptyInputAndEmptyDirectoriesExitOne() throws {
        let dir = try CLI.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let emptyFile = try CLI.run(["extract", empty.path])
        #expect(emptyFile.status == 1)
        #expect(emptyFile.stderr.contains("empty.txt: the input is empty"))
        let folder = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try CLI.run(["extract", folder.path]).status == 1)
    }

    @Test func invertedDateRangeIsBadUsage() throws {
        #expect(try CLI.run(["extract", "--from", "1950", "--to", "1949", CLI.samplePath]).status == 2)
    }

    @Test func untitledAndUnreadableRecordsCarryProblems() throws {
        let dir = try CLI.temporaryDirectory()
        let page = dir.appendingPathComponent("page.txt")
        try "May 1, 1950\n\nCable, the ambassador\n\nJune 1, 1950\n\nMemorandum of Conversation with Kim Il Sung\n"
            .write(to: page, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "--format", "jsonl", page.path])
        #expect(result.status == 0)
        #expect(result.lines.count == 2)
        #expect(result.lines[0].contains("\"problems\":[\"a cable whose sender and addressee could not be read from the title\"]"))
        #expect(result.lines[1].contains("the other side is not named"))
    }

    @Test func pdfDiagramsAreReproducible() throws {
        let dir = try CLI.temporaryDirectory()
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        #expect(try CLI.run(["graph", "--format", "pdf", "-o", a.path, CLI.samplePath]).status == 0)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try CLI.run(["graph", "--format", "pdf", "-o", b.path, CLI.samplePath]).status == 0)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func controlCharactersDoNotReachTheTerminalTable() throws {
        let dir = try CLI.temporaryDirectory()
        let page = dir.appendingPathComponent("page.txt")
        try "May 1, 1950\n\nCable, Mao\u{1B}[31m to Stalin\u{07}\n".write(to: page, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "--format", "table", page.path])
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        // The record is still listed, its escape shown as a replacement character.
        #expect(result.stdout.contains("Cable, Mao\u{FFFD}[31m to Stalin\u{FFFD}"))
    }

    // MARK: The tool's own messages (issue 12)

    @Test func anUnknownCommandIsNamedAsOne() throws {
        let result = try CLI.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'frobnicate'"))
        #expect(result.stderr.contains("extract"))
    }

    @Test func writingBelowAFileNamesTheFile() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("plain")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["graph", "--format", "dot", "-o", file.appendingPathComponent("sub/x.dot").path, CLI.samplePath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path) is a file, not a folder"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func anEmptyDateRangeWarnsAndStrictFails() throws {
        // The sample page's records are dated 1948-1949.
        let warned = try CLI.run(["extract", "--format", "jsonl", "--from", "2000", "--to", "2001", CLI.samplePath])
        #expect(warned.status == 0)
        #expect(warned.stdout.isEmpty)
        #expect(warned.stderr.contains("warning: no record falls in the date range 2000–2001 (10 records read)"))
        let strict = try CLI.run(["extract", "--format", "jsonl", "--strict", "--from", "2000", "--to", "2001", CLI.samplePath])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: no record falls in the date range"))
    }

    @Test func aPageReadTwiceCountsOnce() throws {
        let dir = try CLI.temporaryDirectory()
        let copy = dir.appendingPathComponent("copy.txt")
        try FileManager.default.copyItem(atPath: CLI.samplePath, toPath: copy.path)
        // extract writes every record read; the copies carry no acts and name their original.
        let extracted = try CLI.run(["extract", "--format", "jsonl", CLI.samplePath, copy.path])
        #expect(extracted.lines.count == 20)
        #expect(extracted.stderr.contains("10 duplicate records ignored"))
        #expect(extracted.lines[10].contains(#""messages":[],"conversations":[],"problems":["a duplicate of listing-sino-soviet-81-90.txt#1"#))
        // The sample's pairs: counted once, or twice with --keep-duplicates.
        let once = try CLI.run(["stats", "--format", "csv", CLI.samplePath, copy.path])
        let twice = try CLI.run(["stats", "--format", "csv", "--keep-duplicates", CLI.samplePath, copy.path])
        let single = try CLI.run(["stats", "--format", "csv", CLI.samplePath])
        #expect(once.stdout == single.stdout)
        #expect(twice.stdout != single.stdout)
    }

    @Test func extractEndsWithASummaryLine() throws {
        // The sample page: 10 records, each with a message or a conversation, none with a problem.
        let result = try CLI.run(["extract", "--format", "jsonl", CLI.samplePath])
        #expect(result.stderr.contains("corrgraph: 10 records read: 10 with acts, 0 without, 0 with problems"))
        let quiet = try CLI.run(["extract", "--format", "jsonl", "--quiet", CLI.samplePath])
        #expect(quiet.stderr.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func binaryFormatsRefuseATerminal() throws {
        // script(1) gives the command a terminal as standard output.
        let command = "'\(CLI.binary.path)' graph --format png --quiet '\(CLI.samplePath)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("--format png writes binary data: give -o FILE, or redirect standard output"))
        #expect(!text.contains("PNG"))
    }
}
