import CorrgraphRead

/// Runs the extractor over every record of a corpus, in parallel where it pays; the result is in
/// input order and independent of the thread count.
///
/// ```swift
/// let extracted = CorpusExtractor().extract(records)
/// ```
public struct CorpusExtractor: Sendable {
    public init() {}

    public func extract(_ records: [CatalogueRecord]) -> [ExtractedRecord] {
        let extractor = RecordExtractor()
        return records.map { extractor.extract($0) }
    }
}
