/// An input that could not be read or parsed at all. The message names the file and the line.
///
/// ```swift
/// ReadError(source: "r.jsonl", line: 3, reason: "not valid JSON").description
/// // "r.jsonl:3: not valid JSON"
/// ```
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input named: a path or file name, or `-` for standard input.
    public var source: String
    /// The 1-based line the problem is on, when it is on one.
    public var line: Int?
    /// What is wrong, in words for the user.
    public var reason: String

    /// An error about `source` (at `line`, when known).
    public init(source: String, line: Int? = nil, reason: String) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    /// `source:line: reason`, or `source: reason` without a line.
    public var description: String {
        if let line { return "\(source):\(line): \(reason)" }
        return "\(source): \(reason)"
    }
}
