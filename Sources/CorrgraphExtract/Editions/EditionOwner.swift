/// Editions of one person's papers (`--papers-of NAME`) head each document by its other end only:
/// `To Arnold Sommerfeld`, `From Max Planck`, `Conversation with Niels Bohr`. In such an edition the
/// person whose papers they are stands at the end a heading leaves open:
///
/// | heading | acts, in the papers of Albert Einstein |
/// |---|---|
/// | `To Arnold Sommerfeld` | Albert Einstein → Arnold Sommerfeld |
/// | `From Max Planck` | Max Planck → Albert Einstein |
/// | `Conversation with Niels Bohr` | {Albert Einstein, Niels Bohr} |
///
/// A heading that states both ends is read as it stands, and a message whose one named end is the
/// owner gets no second owner.
public struct EditionOwner: Sendable, Hashable {
    public let name: String

    public init?(_ name: String) {
        let trimmed = name.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        self.name = trimmed
    }

    var mention: NameMention { NameMention(text: name, kind: .person) }

    /// Puts the owner at every open end of the record's messages, and on the unnamed side of a
    /// conversation whose title names one side only.
    func complete(_ result: inout ExtractedRecord, oneSidedConversation: [NameMention]) {
        let owner = mention
        let folded = NameFolding.fold(name)
        let isOwner = { (m: NameMention) in NameFolding.fold(m.text) == folded }
        for i in result.messages.indices {
            let message = result.messages[i]
            guard message.from.isEmpty != message.to.isEmpty else { continue }
            let named = message.from.isEmpty ? message.to : message.from
            if named.contains(where: isOwner) { continue }
            if message.from.isEmpty { result.messages[i].from = [owner] } else { result.messages[i].to = [owner] }
        }
        if result.conversations.isEmpty, !oneSidedConversation.isEmpty, !oneSidedConversation.contains(where: isOwner) {
            result.conversations.append(ExtractedConversation(participants: [owner] + oneSidedConversation))
        }
    }
}
