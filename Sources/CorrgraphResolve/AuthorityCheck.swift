import CorrgraphExtract

/// What the authority file does to a resolved corpus beyond merging: it removes the correspondents
/// the user excludes, and it says which of its lines matched nothing (a misspelt alias is otherwise
/// silently without effect).
public struct AuthorityCheck: Sendable, Hashable {
    /// The acts that lost an excluded correspondent (a message with no end left, or a conversation with
    /// fewer than two participants, is dropped and counted here too).
    public var actsChanged: Int
    /// The correspondents removed, by display name.
    public var excluded: [String]
    /// `file:line: …` notes for entries, aliases and exclusions that match no name in the corpus.
    public var warnings: [String]

    public init(actsChanged: Int = 0, excluded: [String] = [], warnings: [String] = []) {
        self.actsChanged = actsChanged
        self.excluded = excluded
        self.warnings = warnings
    }
}

extension ResolvedCorpus {
    /// The corpus without the file's excluded correspondents, and the check's findings.
    ///
    /// A name is matched folded (case, accents, punctuation) against each correspondent's display name
    /// and surface forms. Excluded ids leave every act: a message keeps its other ends (one with no
    /// sender and no recipient left is dropped), a conversation keeps its other participants (one with
    /// fewer than two is dropped). Correspondents stay in the table, with no acts, so ids do not move.
    ///
    /// - Complexity: O(F + A) for F surface forms and A name slots in acts.
    public func applying(_ authority: AuthorityFile) -> (corpus: ResolvedCorpus, check: AuthorityCheck) {
        var byForm: [String: [Int]] = [:]
        for c in correspondents {
            for form in Set([c.name] + c.surfaceForms + c.merges.map(\.form)).map(NameFolding.fold) {
                byForm[form, default: []].append(c.id)
            }
        }
        var warnings: [String] = []
        for entry in authority.entries {
            let known = ([entry.name] + entry.aliases).contains { byForm[NameFolding.fold($0)] != nil }
            if !known {
                warnings.append("\(authority.source):\(entry.line): [\(entry.name)] matches no name in this corpus")
                continue
            }
            for alias in entry.aliases where byForm[NameFolding.fold(alias)] == nil {
                let line = authority.aliasLines[entry.name]?[alias] ?? entry.line
                warnings.append("\(authority.source):\(line): alias '\(alias)' of [\(entry.name)] matches no name in this corpus")
            }
        }
        var excludedIds = Set<Int>()
        for exclusion in authority.exclusions {
            guard let ids = byForm[NameFolding.fold(exclusion.name)] else {
                warnings.append("\(authority.source):\(exclusion.line): exclude '\(exclusion.name)' matches no name in this corpus")
                continue
            }
            excludedIds.formUnion(ids)
        }
        guard !excludedIds.isEmpty else { return (self, AuthorityCheck(actsChanged: 0, excluded: [], warnings: warnings)) }
        var result = self
        var changed = 0
        for r in result.records.indices {
            var messages: [ResolvedMessage] = []
            for var m in result.records[r].messages {
                let before = m.from.count + m.to.count + m.via.count
                m.from.removeAll(where: excludedIds.contains)
                m.to.removeAll(where: excludedIds.contains)
                m.via.removeAll(where: excludedIds.contains)
                if m.from.count + m.to.count + m.via.count != before { changed += 1 }
                if !(m.from.isEmpty && m.to.isEmpty) { messages.append(m) }
            }
            var conversations: [ResolvedConversation] = []
            for var c in result.records[r].conversations {
                let before = c.participants.count
                c.participants.removeAll(where: excludedIds.contains)
                if c.participants.count != before { changed += 1 }
                if c.participants.count >= 2 { conversations.append(c) }
            }
            result.records[r].messages = messages
            result.records[r].conversations = conversations
        }
        let names = excludedIds.sorted().map { correspondents[$0].name }
        return (result, AuthorityCheck(actsChanged: changed, excluded: names, warnings: warnings))
    }
}
