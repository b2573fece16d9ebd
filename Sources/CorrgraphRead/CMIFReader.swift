/// Placeholder until the reader is written; see issue 2.
public struct CMIFReader: Sendable {
    public init() {}
    public func read(bytes: [UInt8], source: String) throws -> [CatalogueRecord] {
        throw ReadError(source: source, reason: "CMIFReader is not implemented yet")
    }
}
