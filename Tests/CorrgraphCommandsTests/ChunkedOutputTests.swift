import Foundation
import Testing
@testable import CorrgraphCommands

/// Output written in pieces (`extract --format jsonl` writes its serialized chunks one after the other).
struct ChunkedOutputTests {
    @Test func aFileWrittenInChunksHoldsThemInOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.jsonl").path
        let chunks: [[UInt8]] = [Array("{\"a\":1}\n".utf8), [], Array("{\"b\":\"Łódź\"}\n".utf8)]
        try OutputWriter.write(chunks: chunks, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n{\"b\":\"Łódź\"}\n")
    }
}
