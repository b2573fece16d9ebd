import CorrgraphRead
import Dispatch

/// Runs the extractor over every record of a corpus, in parallel over chunks of records on every
/// core when the corpus is large enough to pay for it; the result is in input order and does not
/// depend on the number of threads (each record is read on its own).
///
/// ```swift
/// let extracted = CorpusExtractor().extract(records)
/// ```
public struct CorpusExtractor: Sendable {
    /// Below this many records one thread is faster than starting several.
    public static let parallelThreshold = 64

    /// The person whose papers the corpus is (`--papers-of`), if any.
    public var papersOf: EditionOwner?

    public init(papersOf: EditionOwner? = nil) {
        self.papersOf = papersOf
    }

    public func extract(_ records: [CatalogueRecord]) -> [ExtractedRecord] {
        let extractor = RecordExtractor(papersOf: papersOf)
        guard records.count >= Self.parallelThreshold else { return records.map { extractor.extract($0) } }
        let chunkSize = 128
        let chunks = (records.count + chunkSize - 1) / chunkSize
        // Each record is written in place into the result's storage by the chunk that extracts it: no array
        // of optionals to unwrap and copy on one thread afterwards.
        return [ExtractedRecord](unsafeUninitializedCapacity: records.count) { buffer, initialized in
            // Each chunk initializes a disjoint range of the buffer.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for i in start..<min(start + chunkSize, records.count) {
                    (out.baseAddress! + i).initialize(to: extractor.extract(records[i]))
                }
            }
            initialized = records.count
        }
    }
}
