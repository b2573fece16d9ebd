import CorrgraphExtract

/// Resolves the surface names of a whole run to one identity per correspondent.
public struct NameResolver: Sendable {
    public var authority: AuthorityFile

    public init(authority: AuthorityFile = AuthorityFile()) {
        self.authority = authority
    }

    public func resolve(_ records: [ExtractedRecord]) -> ResolvedCorpus {
        var ids: [String: Int] = [:]
        var people: [Correspondent] = []
        func id(_ m: NameMention) -> Int {
            if let existing = ids[m.text] { return existing }
            let new = people.count
            ids[m.text] = new
            people.append(Correspondent(id: new, name: m.text, kind: m.kind, surfaceForms: [m.text]))
            return new
        }
        let resolved = records.map { r in
            ResolvedRecord(
                extraction: r,
                messages: r.messages.map { ResolvedMessage(from: $0.from.map(id), to: $0.to.map(id), via: $0.via.map(id), evidence: $0.evidence) },
                conversations: r.conversations.map { ResolvedConversation(participants: $0.participants.map(id), evidence: $0.evidence) })
        }
        return ResolvedCorpus(records: resolved, correspondents: people)
    }
}
