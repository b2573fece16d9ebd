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

extension SignedWriter {
    /// Civil forms of address a register prints before its writer's name (`Sir Nigel X describes …`, `Mr. X reports …`).
    /// Military ranks are left out: a general a despatch reports on is quoted, not its writer.
    static let civilStyles: Set<String> = ["sir", "mr", "mrs", "ms", "miss", "dr", "lord", "lady", "monsieur", "madame", "herr", "frau"]

    /// **Rule: a writer styled by a form of address or a rank of the service signs beside a bare head's institution.** In a
    /// head without a document word (`Foreign Office to Treasury`), the summary's first word is a civil form of address or
    /// a diplomatic rank (`Lexicon.diplomaticRanks`) or `Minister` (a legation's head) before the name: the shape a
    /// catalogue gives the official who wrote for the institution (gold schema: `Ambassador X reports …`).
    static func opensWithStyledWriter(_ text: String) -> Bool {
        guard let first = text.prefix(24).split(separator: " ").first else { return false }
        let key = NamePhrase.wordKey(String(first))
        return civilStyles.contains(key) || Lexicon.diplomaticRanks.contains(key) || key == "minister"
    }

    /// Offices that head a post of the kind the sender is (`Minister` heads a legation, `High Commissioner` a high
    /// commission): a writer with one of them writes for the post, whatever his rank's name (`Minister Harold X reports …`
    /// in the legation's cablegram).
    static let headsOfPosts: [(post: String, office: [String])] = [
        ("legation", ["minister"]), ("commission", ["high", "commissioner"]), ("delegation", ["delegate"]),
        ("mission", ["head"]), ("consulate", ["consul"]),
    ]

    /// Whether the writer's office words name the head of a post the senders name.
    static func headsSendingPost(_ officeWords: [String], senders: [NameMention]) -> Bool {
        let senderWords = Set(senders.flatMap { NamePhrase.tokenize($0.text).map(NamePhrase.wordKey) })
        return headsOfPosts.contains { row in
            senderWords.contains(row.post) && officeWords.filter { !Lexicon.nationalities.contains($0) } == row.office
        }
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
