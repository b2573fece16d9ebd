import CorrgraphRead
import Foundation

/// The user's authority file: people and institutions, their aliases and cover names, merges to
/// force or forbid, and attributes for grouping. Format in the README.
public struct AuthorityFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var kind: CorrgraphExtract.CorrespondentKind
        public var aliases: [String]
        /// Names that must never be merged into this entry.
        public var distinct: [String]
        public var attributes: [String: String]
        public var line: Int
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public static func load(path: String) throws -> AuthorityFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(source: path, reason: "cannot read authority file")
        }
        return try parse(String(decoding: data, as: UTF8.self), source: (path as NSString).lastPathComponent)
    }

    public static func parse(_ text: String, source: String) throws -> AuthorityFile {
        AuthorityFile()
    }
}

import CorrgraphExtract
