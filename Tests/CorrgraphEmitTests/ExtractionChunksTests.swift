import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve
import Testing
@testable import CorrgraphEmit

/// `extract --format jsonl` serializes chunks of 1,024 records in parallel and writes them one after the
/// other: the chunks, joined, are the JSON Lines text, line by line.
struct ExtractionChunksTests {
    static func corpus(records count: Int) -> ResolvedCorpus {
        let records = (0..<count).map { k in
            ResolvedRecord(extraction: ExtractedRecord(record: CatalogueRecord(id: "x#\(k + 1)", source: "x", line: 2 * k + 2,
                                                                               date: "June 5, 1960", title: "Letter, A to B", summary: "")),
                           messages: [ResolvedMessage(from: [k % 2], to: [1 - k % 2], via: [], evidence: .title)], conversations: [])
        }
        return ResolvedCorpus(records: records, correspondents: [Correspondent(id: 0, name: "Nguyen Van An", kind: .person),
                                                                 Correspondent(id: 1, name: "Greta Lindqvist", kind: .person)])
    }

    /// Record k's line, written out from the contract's field order.
    static func line(_ k: Int) -> String {
        let (from, to) = k % 2 == 0 ? ("Nguyen Van An", "Greta Lindqvist") : ("Greta Lindqvist", "Nguyen Van An")
        return #"{"record":{"id":"x#\#(k + 1)","source":"x","line":\#(2 * k + 2),"date":"June 5, 1960","title":"Letter, A to B","summary":""},"#
            + #""when":null,"documentType":null,"number":null,"#
            + #""messages":[{"from":["\#(from)"],"to":["\#(to)"],"via":[],"evidence":"title"}],"conversations":[],"problems":[]}"#
    }

    @Test(arguments: [0, 1, 1_024, 2_500])
    func chunksJoinedAreTheLines(count: Int) {
        let corpus = Self.corpus(records: count)
        let chunks = ExtractionJSONL.chunks(of: corpus)
        #expect(chunks.count == (count + 1_023) / 1_024)
        let text = String(decoding: chunks.flatMap { $0 }, as: UTF8.self)
        #expect(text == (0..<count).map { Self.line($0) + "\n" }.joined())
        #expect(chunks.flatMap { $0 } == ExtractionJSONL.bytes(of: corpus))
        // Each chunk ends with its last record's line end.
        #expect(chunks.allSatisfy { $0.last == UInt8(ascii: "\n") })
    }
}
