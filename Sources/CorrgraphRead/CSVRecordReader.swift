/// Placeholder until the reader is written; see issue 2.
public struct CSVRecordReader: Sendable {
    public init() {}
    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        throw ReadError(source: source, reason: "CSVRecordReader is not implemented yet")
    }
}
