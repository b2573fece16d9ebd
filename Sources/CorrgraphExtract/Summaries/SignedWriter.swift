/// **Rule: a signature names the writer beside the institution.** When the title's sender is an institution or a
/// city (`Telegram from Pyongyang to Bucharest`) and the summary prints the signature — a sentence opening `Signed
/// by X` or `Author: X`, or the record's noun in apposition `The telegram, signed/written by X, …` — the one person X
/// signs beside the institution (gold schema: a named writer beside an institution). A document the record only
/// mentions (`the treaty signed by X`) has no comma after its noun and names no writer of this record.
enum SignedWriter {
    /// Participles of writing followed by "by": `signed by X`, `written by X`, `drafted by X`.
    static let signingParticiples: Set<String> = ["signed", "written", "drafted", "authored", "sent", "dispatched"]
    /// Labels a catalogue prints before the writer's name, colon included: `Author: X`, `Signed: X`.
    static let writerLabels: Set<String> = ["author:", "authors:", "signed:", "signatory:", "signature:"]

    /// The person the summary names by a signature marker, if exactly one.
    static func writer(in text: String) -> NameMention? {
        let tokens = SummaryWords.spaceSeparated(text)
        var sentenceStart = 0
        for i in tokens.indices {
            defer { if tokens[i].hasSuffix("."), !NamePhrase.isInitials(tokens[i]) { sentenceStart = i + 1 } }
            var nameStart: Int?
            if i == sentenceStart, writerLabels.contains(tokens[i].lowercased()) {
                nameStart = i + 1
            } else if i + 1 < tokens.count, signingParticiples.contains(NamePhrase.wordKey(tokens[i])),
                      NamePhrase.wordKey(tokens[i + 1]) == "by",
                      i == sentenceStart || i > sentenceStart && tokens[i - 1].hasSuffix(",")
                        && SummaryLexicon.documentNouns.contains(NamePhrase.wordKey(tokens[i - 1]))
                        || SummaryReader.recordNounOpens(tokens[sentenceStart..<i].map(NamePhrase.wordKey)) {
                // "Telegram signed by X.", "The report signed by X …": the record's noun opening the sentence.
                nameStart = i + 2
            } else if i + 1 < tokens.count, i - sentenceStart <= 5, signingParticiples.contains(NamePhrase.wordKey(tokens[i])),
                      NamePhrase.wordKey(tokens[i + 1]) == "by",
                      SummaryReader.recordSignedInPassive(tokens[sentenceStart..<i].map(NamePhrase.wordKey), from: 0, participle: i - sentenceStart) {
                // "The report was written by X", "It was signed by X": the record in the passive.
                nameStart = i + 2
            }
            guard let nameStart, nameStart < tokens.count else { continue }
            let named = SummaryReader.leadingNames(tokens[nameStart...])
            guard named.count == 1, let person = named.first, person.kind == .person else { return nil }
            return person
        }
        return nil
    }
}

extension SummaryReader {
    /// `SignedWriter`, applied to the record's one message from institutions.
    static func signedWriter(_ text: String, cues: SummaryCuePresence, into result: inout ExtractedRecord) {
        guard result.messages.count == 1, var message = result.messages.first, message.via.isEmpty, !message.from.isEmpty,
              message.from.allSatisfy({ $0.kind == .institution }), cues.holds(SummaryCues.signedWriter),
              let writer = SignedWriter.writer(in: text), !MessageGrammar.contains(message.from + message.to, writer) else { return }
        message.from.append(writer)
        message.evidence = .summary
        result.messages = [message]
    }
}
