/// What a summary states plainly: aliases (`Terebin (Andrei Orlov)`) and, where the title names
/// only one side of a conversation, the other side (`Mao Zedong and Nehru discuss …`).
enum SummaryReader {
    static func read(_ summary: String, into result: inout ExtractedRecord, reading: TitleReading) {
        guard !summary.isEmpty else { return }
        result.statedAliases += aliases(in: summary, names: names(of: result))
    }

    static func names(of result: ExtractedRecord) -> [NameMention] {
        result.messages.flatMap { $0.from + $0.to + $0.via } + result.conversations.flatMap(\.participants)
    }

    /// `Terebin (Andrei Orlov)` where `Terebin` is a correspondent of the record and the parenthesis
    /// holds a person's name.
    static func aliases(in summary: String, names: [NameMention]) -> [StatedAlias] {
        var result: [StatedAlias] = []
        for mention in names where mention.kind == .person {
            for form in [mention.text] + (mention.bracketed.map { [$0] } ?? []) {
                guard let r = summary.range(of: form + " (") else { continue }
                guard let close = summary[r.upperBound...].firstIndex(of: ")") else { continue }
                let inside = String(summary[r.upperBound..<close])
                // Only a full name (given name and surname) identifies a cover name; a bare surname in
                // parentheses ("Kuznetsov (Stalin)") may say on whose behalf, not who.
                guard let alias = NamePhrase.personName(in: inside), NamePhrase.isPureName(inside),
                      alias.text.split(separator: " ").count >= 2, NameFolding.fold(alias.text) != NameFolding.fold(form),
                      !names.contains(where: { MessageGrammar.sameName($0, alias) })
                else { continue }
                result.append(StatedAlias(name: form, alias: alias.text, evidence: .summary))
            }
        }
        return result
    }
}
