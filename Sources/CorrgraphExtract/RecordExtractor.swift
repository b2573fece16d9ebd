import CorrgraphRead

/// Reads the correspondence acts of one catalogue record from its title and summary.
public struct RecordExtractor: Sendable {
    public init() {}

    public func extract(_ record: CatalogueRecord) -> ExtractedRecord {
        var result = ExtractedRecord(record: record)
        if case .dated(let range)? = DateLine.parse(record.date) { result.when = range }
        return result
    }
}
