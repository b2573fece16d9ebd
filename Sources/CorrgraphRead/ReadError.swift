/// An input that could not be read or parsed at all. The message names the file and the line.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var reason: String

    public init(source: String, line: Int? = nil, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(source):\(line): \(reason)" }
        return "\(source): \(reason)"
    }
}
