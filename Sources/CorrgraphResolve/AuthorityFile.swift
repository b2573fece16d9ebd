import CorrgraphExtract
import CorrgraphRead
import Foundation

/// The user's authority file: people and institutions with their aliases and cover names, merges
/// to forbid, and attributes for grouping. It is applied on top of what is learned from the corpus,
/// and wins over it.
///
/// The format is plain text, one block per correspondent (documented in the README):
///
/// ```text
/// # Lines starting with # are comments.
/// [Joseph Stalin]
/// aliases: Filippov; Fyn Si; Feng Xi; I.V. Stalin
/// distinct: Kuznetsov
/// country: USSR
/// party: CPSU
///
/// [CPSU Central Committee]
/// kind: institution
/// aliases: CC CPSU; CPSU CC
/// ```
///
/// `aliases` (also `alias`, `cover`) lists forms that denote the entry; `distinct` lists forms that must
/// never be merged into it; `exclude: NAME; NAME`, anywhere, leaves false correspondents out of the network; `kind` is `person` (default), `institution` or `office`; any other key is an
/// attribute such as `country` or `party`.
public struct AuthorityFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var kind: CorrespondentKind
        public var aliases: [String]
        public var distinct: [String]
        public var attributes: [String: String]
        /// The line of the entry's `[Name]` header, for messages.
        public var line: Int

        public init(name: String, kind: CorrespondentKind = .person, aliases: [String] = [], distinct: [String] = [],
                    attributes: [String: String] = [:], line: Int = 0) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
            self.distinct = distinct
            self.attributes = attributes
            self.line = line
        }
    }

    /// A name to leave out of the network (`exclude: NAME; NAME`), with the line that says so.
    public struct Exclusion: Sendable, Hashable {
        public var name: String
        public var line: Int
        public init(name: String, line: Int = 0) {
            self.name = name
            self.line = line
        }
    }

    public var entries: [Entry]
    /// False correspondents the user removes (`exclude:` lines, anywhere in the file).
    public var exclusions: [Exclusion]
    /// The line of each alias, by entry name and alias, for warnings about aliases that match nothing.
    public var aliasLines: [String: [String: Int]]
    /// The file's name, for audit details.
    public var source: String

    public init(entries: [Entry] = [], exclusions: [Exclusion] = [], aliasLines: [String: [String: Int]] = [:],
                source: String = "authority") {
        self.entries = entries
        self.exclusions = exclusions
        self.aliasLines = aliasLines
        self.source = source
    }

    public static func load(path: String) throws -> AuthorityFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(source: path, reason: "cannot read authority file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(source: path, reason: "authority file is not UTF-8 text")
        }
        return try parse(text, source: (path as NSString).lastPathComponent)
    }

    /// Parses the text format; errors name the file and line.
    public static func parse(_ text: String, source: String) throws -> AuthorityFile {
        var entries: [Entry] = []
        var exclusions: [Exclusion] = []
        var aliasLines: [String: [String: Int]] = [:]
        var current: Entry?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            var line = String(rawLine)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            line = line.trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ReadError(source: source, line: lineNumber, reason: "an entry header is written [Name]")
                }
                if let current { entries.append(current) }
                let name = String(line.dropFirst().dropLast()).trimmingSpaces()
                current = Entry(name: name, line: lineNumber)
                continue
            }
            // "exclude: einen Amtsbruder; Unknown": names to leave out, before or inside any entry.
            if let colon = line.firstIndex(of: ":"), line[..<colon].trimmingSpaces().lowercased() == "exclude" {
                let names = line[line.index(after: colon)...].split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                guard !names.isEmpty else { throw ReadError(source: source, line: lineNumber, reason: "exclude: names no one") }
                exclusions += names.map { Exclusion(name: $0, line: lineNumber) }
                continue
            }
            guard var entry = current else {
                throw ReadError(source: source, line: lineNumber, reason: "expected an entry header [Name] before \"\(line)\"")
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ReadError(source: source, line: lineNumber, reason: "expected key: value, found \"\(line)\"")
            }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            let list = value.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            switch key {
            case "alias", "aliases", "cover", "covers", "cover names", "also":
                entry.aliases += list
                for alias in list { aliasLines[entry.name, default: [:]][alias] = lineNumber }
            case "distinct", "not", "never":
                entry.distinct += list
            case "kind", "type":
                guard let kind = CorrespondentKind(rawValue: value.lowercased()) else {
                    throw ReadError(source: source, line: lineNumber, reason: "kind is person, institution or office, not \"\(value)\"")
                }
                entry.kind = kind
            default:
                guard !key.isEmpty else { throw ReadError(source: source, line: lineNumber, reason: "empty key") }
                entry.attributes[key] = value
            }
            current = entry
        }
        if let current { entries.append(current) }
        return AuthorityFile(entries: entries, exclusions: exclusions, aliasLines: aliasLines, source: source)
    }
}
