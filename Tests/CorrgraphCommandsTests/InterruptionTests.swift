import Foundation
import Testing

/// Ctrl-C (SIGINT) and SIGTERM leave no partial output file (`contract/cli.md`: "Output files are
/// written atomically"): the built binary runs on an input large enough to take a while, is
/// interrupted, and its output folder is checked for the file and its `.NAME.PID.tmp`.
@Suite(.serialized) struct InterruptionTests {
    /// An edge list (read as acts, no extraction) of `rows` letters among invented correspondents.
    static func edgeList(rows: Int, in directory: URL) throws -> URL {
        let given = ["Ivan", "Mei", "Jae-won", "Karl", "Layla", "Diego", "Olga", "Tariq", "Yuki", "Ines", "Bao", "Anke"]
        let family = ["Petrov", "Lin", "Park", "Weber", "Haddad", "Morales", "Sokolova", "Rahman", "Kato", "Ferreira", "Tran", "Vogt"]
        func person(_ i: Int) -> String { "\(given[i % 12]) \(family[(i / 12) % 12]) \(i / 144)" }
        var text = "source,target,date,kind,via,record\n"
        for i in 0..<rows {
            text += "\(person(i % 600)),\(person((i * 7 + 3) % 600)),19\(50 + i % 40)-0\(1 + i % 9)-1\(i % 10),letter,,\(i)\n"
        }
        let url = directory.appendingPathComponent("letters.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Starts `corrgraph extract --format jsonl INPUT -o DIR/out/extraction.jsonl`.
    static func start(_ input: URL, output: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["extract", "--format", "jsonl", "--quiet", input.path, "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Names in `directory` (an absent folder has none).
    static func names(in directory: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func interruptedWhileWorkingLeavesNoFile(signal: Int32) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.edgeList(rows: 40_000, in: directory)
        let outputFolder = directory.appendingPathComponent("out")
        let process = try Self.start(input, output: outputFolder.appendingPathComponent("extraction.jsonl"))
        Thread.sleep(forTimeInterval: 0.4)
        #expect(process.isRunning, "the run should still be reading when interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        // Ended as a program interrupted at the terminal: by the signal, or with status 128 + its number.
        let ended = (process.terminationReason, process.terminationStatus)
        #expect(ended == (.uncaughtSignal, signal) || ended == (.exit, 128 + signal))
        #expect(Self.names(in: outputFolder).isEmpty)
    }

    @Test func interruptedWhileWritingRemovesTheTemporaryFile() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = 40_000
        let input = try Self.edgeList(rows: rows, in: directory)
        let outputFolder = directory.appendingPathComponent("out")
        let output = outputFolder.appendingPathComponent("extraction.jsonl")
        let process = try Self.start(input, output: output)
        // Wait for the temporary file to appear, then interrupt at once.
        var sawTemporary = false
        while process.isRunning {
            if Self.names(in: outputFolder).contains(where: { $0.hasPrefix(".extraction.jsonl.") && $0.hasSuffix(".tmp") }) {
                kill(process.processIdentifier, SIGINT)
                sawTemporary = true
                break
            }
            usleep(100)
        }
        process.waitUntilExit()
        #expect(sawTemporary, "the temporary file was never seen (the write took under 0.1 ms?)")
        let left = Self.names(in: outputFolder)
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "temporary file left: \(left)")
        // Either no file, or — if the rename won the race with the signal — the whole file.
        if left.contains("extraction.jsonl") {
            let text = try String(contentsOf: output, encoding: .utf8)
            #expect(text.split(separator: "\n").count == rows)
        } else {
            #expect(left.isEmpty)
        }
    }
}
