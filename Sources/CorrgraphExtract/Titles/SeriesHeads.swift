import Foundation

/// Heads of other series that state a known act in a layout of their own (docs/letter-editions.md, "Heads of other
/// series"). Each convention is rewritten into the English head the grammar already reads, or named as a heading
/// that states no act; all are called from `ArchiveHeads.rewritten` and `ArchiveHeads.isHeadingWithoutAct`.
///
/// | head | read as |
/// |---|---|
/// | `Letter dated 12 March 1962 from A addressed to B` | `Letter from A to B` |
/// | `1123. Sir A to the Lord Privy Seal` | `Sir A to the Lord Privy Seal` |
/// | `Meeting: A – B (Place)`, `Talk: A/B` | `Meeting between A and B (Place)` |
/// | `From the Diary of A: Reception of D` | `From the Diary of A: Conversation with D` |
/// | `A to the Ministry, for the Minister` | `A to the Ministry for transmission to the Minister` |
/// | `OFFICE to OFFICE, forwarding a Message from C` | `Message from OFFICE to OFFICE, forwarding a Message from C` |
/// | `Note to Correspondents No. 3012`, `Press Release SG/SM/12` | no act |
enum SeriesHeads {
    static func rewritten(_ title: String, known: inout HeadReadings) -> String {
        var out = title
        // What the rules below need, read over the bytes in one pass (most titles hold none of it).
        let marks = Marks(title)
        if let t = droppingItemNumber(out) { out = t }
        if marks.dated, let t = undatedDocument(out) { out = t }
        if marks.colon, let t = meetingWithDash(out) { out = t }
        if marks.reception, TitleGrammar.journalCues.occurs(in: out), let t = diaryReception(out) { out = t }
        if marks.commaBeforeLowercase, let t = relayForOffice(out, known: &known) { out = t }
        if marks.commaBeforeLowercase, MessageGrammar.transmissionCues.occurs(in: out), let t = bareHeadEnclosing(out) { out = t }
        return out
    }

    /// The bytes the rules open on: a colon (a meeting heading), ` dated`/` Dated` (a UN date), `, Reception`/`: reception`
    /// (a diarist's reception), a comma, a space and a lower-case letter (`, for`, `, transmitting`).
    struct Marks {
        var colon = false, dated = false, reception = false, commaBeforeLowercase = false

        init(_ title: String) {
            var copy = title
            copy.withUTF8 { b in
                let n = b.count
                for i in 0..<n {
                    switch b[i] {
                    case UInt8(ascii: ":"), UInt8(ascii: ","):
                        if b[i] == UInt8(ascii: ":") { colon = true }
                        guard i + 2 < n, b[i + 1] == 0x20 else { continue }
                        let next = b[i + 2]
                        if b[i] == UInt8(ascii: ","), next >= 0x61, next <= 0x7A { commaBeforeLowercase = true }
                        if next == UInt8(ascii: "R") || next == UInt8(ascii: "r"), i + 5 < n, b[i + 3] == UInt8(ascii: "e"),
                           b[i + 4] == UInt8(ascii: "c"), b[i + 5] == UInt8(ascii: "e") { reception = true }
                    case UInt8(ascii: "d"), UInt8(ascii: "D"):
                        if i > 0, b[i - 1] == 0x20, i + 5 < n, b[i + 1] == UInt8(ascii: "a"), b[i + 2] == UInt8(ascii: "t"),
                           b[i + 3] == UInt8(ascii: "e"), b[i + 4] == UInt8(ascii: "d"), b[i + 5] == 0x20 { dated = true }
                    default:
                        continue
                    }
                }
            }
        }
    }

    // MARK: Documents issued to the press

    /// What an organisation issues to the press (the United Nations' `Note to Correspondents No. …`, `Press Release
    /// SG/SM/…`): a public release addresses no correspondent.
    static let pressDocuments: [String] = [
        "note to correspondents", "notes to correspondents", "note to the press", "press release", "press releases",
        "press communique", "press communiqué", "communique to the press", "communiqué to the press", "press briefing",
        "press summary", "daily press briefing", "note for correspondents",
    ]

    static let pressOpenings: Set<String> = Set(pressDocuments.compactMap { $0.split(separator: " ").first.map(String.init) })

    static func isPressDocument(_ title: String) -> Bool {
        // Every phrase opens with `n`, `p`, `c` or `d`: other titles are left on their first byte.
        guard let first = title.utf8.first, [UInt8(ascii: "N"), UInt8(ascii: "P"), UInt8(ascii: "C"), UInt8(ascii: "D"),
                                             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "c"), UInt8(ascii: "d")].contains(first)
        else { return false }
        // The phrases' first words, over the bytes of an ASCII opening: most titles open with another word.
        if let opening = TitleText.asciiOpeningWord(title, limit: 12), !pressOpenings.contains(opening) { return false }
        let lower = title.prefix(40).lowercased()
        return pressDocuments.contains { phrase in
            lower.hasPrefix(phrase) && (lower.count == phrase.count || [" ", ",", ":", "."].contains(lower.dropFirst(phrase.count).prefix(1)))
        }
    }

    // MARK: A calendar's item number

    /// `1123. Sir A to the Lord Privy Seal. Calais, 14 Feb.`: a calendar of state papers opens each entry with its item
    /// number and a full stop (the dateline after the head is cut as any edition's). The number names no one; a head
    /// with `to` must follow, opening with a capital.
    static func droppingItemNumber(_ title: String) -> String? {
        guard let first = title.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let digits = title.prefix { $0.isASCII && $0.isNumber }
        guard (1...5).contains(digits.count) else { return nil }
        let rest = title.dropFirst(digits.count)
        guard rest.hasPrefix(". ") else { return nil }
        let head = rest.dropFirst(2).drop { $0 == " " }
        guard head.first?.isUppercase == true, !TitleText.find(" to ", in: String(head)).isEmpty else { return nil }
        return String(head)
    }

    // MARK: United Nations document heads

    /// Words a date may hold between `dated` and the sender (`dated 12 March 1962`, `dated 4 May 1964`, `dated 2nd June,
    /// 1967`): at most six, one with a digit.
    static let maxDateWords = 6

    /// `Letter dated 12 March 1962 from A to B`, `Note verbale dated 4 May 1964 from A to B`, `Letter dated … from A
    /// addressed to B`: the United Nations print the document's date between its word and its sender, and may address it
    /// `addressed to B`. The date names no one; `addressed to` is `to`.
    static func undatedDocument(_ title: String) -> String? {
        // (A head in capitals is truecased before it is read: `Dated` may be capitalised.)
        guard let dated = title.range(of: " dated ", options: .caseInsensitive) else { return nil }
        let before = title[..<dated.lowerBound].lowercased()
        // The document word, perhaps after modifiers (`Identical letters`, `Note verbale`), opens the head.
        let words = before.split(separator: " ")
        guard (1...3).contains(words.count),
              Lexicon.documentTypes.contains(where: { before.hasSuffix($0.phrase) }) || documentPlurals.contains(String(words.last ?? "")) else { return nil }
        let after = title[dated.upperBound...].split(separator: " ", omittingEmptySubsequences: true)
        guard let end = after.prefix(maxDateWords + 1).firstIndex(where: { ["from", "addressed", "to"].contains($0.lowercased()) }),
              end > after.startIndex, after[after.startIndex..<end].contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        var out = String(title[..<dated.lowerBound]) + " " + after[end...].joined(separator: " ")
        if let addressed = out.range(of: " addressed to ", options: .caseInsensitive) { out.replaceSubrange(addressed, with: " to ") }
        return out
    }

    /// Plural document words the UN prints before `dated` (`Identical letters dated …`).
    static let documentPlurals: Set<String> = ["letters", "notes", "communications", "telegrams", "cables"]

    // MARK: A meeting heading with a dash

    /// The dashes and the slash a meeting heading sets between its two sides: `Meeting: A – B`, `Talk: A/B`.
    static let sideSeparators = [" – ", " — ", " - ", " / ", "/"]

    /// `Meeting: A – B (Place)`, `Conversation: A – B`, `Talk: A/B`: an edition (DIFP) heads the record of a talk with a
    /// meeting noun (`Lexicon.meetingNouns`, perhaps after `telephone`), a colon and the two sides set apart by a dash or a
    /// slash: a conversation between the sides, read as `NOUN between A and B`. Each side opens with a capital.
    static func meetingWithDash(_ title: String) -> String? {
        guard let colon = title.prefix(40).firstIndex(of: ":") else { return nil }
        var noun = title[..<colon].lowercased()
        if noun.hasPrefix("telephone ") { noun = String(noun.dropFirst(10)) }
        guard Lexicon.meetingNouns.contains(noun) || noun == "call" else { return nil }
        let body = title[title.index(after: colon)...].trimmingSpaces()
        guard body.count <= 200 else { return nil }
        for separator in sideSeparators {
            let parts = body.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let left = parts[0].trimmingSpaces(), right = parts[1].trimmingSpaces()
            guard left.first?.isUppercase == true, right.first?.isUppercase == true,
                  !left.contains(" to "), !right.contains(" to ") else { return nil }
            // One side of several names: the list runs on with commas, so that `and` joins the two sides.
            let leftList = left.replacingOccurrences(of: " and ", with: ", ")
            return String(title[..<colon]) + " between " + leftList + " and " + right
        }
        return nil
    }

    // MARK: A diarist's reception

    /// Nouns of receiving a visitor: in a diarist's journal, `Reception of D` is the diarist's talk with D.
    static let receivingNouns = ["reception", "receptions"]

    /// `From the Diary of OFFICE, A: Reception of D`, `Diary of A, Reception of D`: the Soviet editions (DVP) name the
    /// record of a talk after the diarist's receiving a visitor; read as `Conversation with D` after the journal's author.
    static func diaryReception(_ title: String) -> String? {
        let lower = title.lowercased()
        guard TitleGrammar.journalNouns.contains(where: { lower.prefix(40).contains($0 + " of ") }) else { return nil }
        for noun in receivingNouns {
            for separator in [": ", ", "] {
                guard let r = lower.range(of: separator + noun + " of ") else { continue }
                let start = title.index(title.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
                let end = title.index(title.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))
                return String(title[..<start]) + separator + "Conversation with " + String(title[end...])
            }
        }
        return nil
    }

    // MARK: A relay for an office

    /// `A to the NKID of the USSR, for the People's Commissar`: after an institution or office, `, for` and an office
    /// named alone is the final recipient, as `, for Cde. B` is (gold schema: `A to C, for B` → via [C]); read as
    /// `for transmission to`. An office must follow to the end of the head or the next comma (`for the Record` is none).
    static func relayForOffice(_ title: String, known: inout HeadReadings) -> String? {
        guard ByteSearch.asciiContains(title, ", for ") ?? title.contains(", for "),
              let r = title.range(of: ", for "), !TitleText.find(" to ", in: String(title[..<r.lowerBound])).isEmpty else { return nil }
        let rest = title[r.upperBound...]
        let phrase = String(rest.prefix { $0 != "," && $0 != ";" && $0 != "(" }).trimmingSpaces()
        guard phrase.hasPrefix("the ") || phrase.hasPrefix("The "),
              let office = NamePhrase.parseItem(phrase), office.kind == .office else { return nil }
        // A head of offices reads its own `, for` (`OfficeHeads.removingFinalRecipient`: `The State Secretary to the
        // Legation in Xlandia, for the Minister`); the rewrite below is for heads the general grammar reads.
        let officeHead = OfficeHeads.read(title)
        known.office = (title, officeHead)
        if officeHead != nil { return nil }
        return String(title[..<r.lowerBound]) + " for transmission to " + String(rest)
    }

    // MARK: A bare head enclosing a message

    /// The one-word document types of the lexicon (`cable`, `telegram`, `letter` …).
    static let documentWords: Set<String> = Set(Lexicon.documentTypes.map(\.phrase).filter { !$0.contains(" ") })

    /// `Secretary of External Affairs to Prime Minister, forwarding a Message from the Prime Minister of X (Name)`: a head
    /// without a document word whose sender is an office, an institution or an office with its holder (FRUS: `The Minister in
    /// Xlandia (Holder) to the Secretary of State, transmitting a Message From A to B`), followed by an enclosing clause, is
    /// the covering message of the enclosed one, read as `Message from A to B, forwarding …` (the gold schema's relay rule
    /// then applies). Heads between named people are the bare grammar's already.
    static func bareHeadEnclosing(_ title: String) -> String? {
        guard let clause = MessageGrammar.transmissionStart(in: title) else { return nil }
        let head = String(title[..<clause.range.lowerBound])
        // (A document word opening the head, `Cable, A to B, …`, is in the sender's words, tested below.)
        guard head.hasSuffix(","), let to = TitleText.find(" to ", in: head).first,
              head.first?.isUppercase == true, !head.hasPrefix("From "), !head.hasPrefix("To ") else { return nil }
        // (The article is the head's, not the sender's name: `The Ambassador in Japan to …`.)
        let sender = OfficeHeads.droppingArticle(String(head[..<to.lowerBound]))
        // `U.S. Embassy Warsaw cable 3120 to …`: a document word or number inside the sender is an agency's own head.
        let senderWords = NamePhrase.tokenize(sender).map(NamePhrase.wordKey)
        guard !sender.contains(where: \.isNumber), !senderWords.contains(where: documentWords.contains),
              !MessageGrammar.isPureNameList(sender) else { return nil }
        // The sender is an office or an institution, or an office with its holder (`The Minister in Xlandia (Holder)`,
        // `The Ambassador in Japan`), read as the office-head grammar reads an end.
        if let end = NamePhrase.parseItem(sender), end.kind == .office || end.kind == .institution { return "Message from " + title }
        guard let ends = OfficeHeads.readEnd(sender), !ends.isEmpty,
              ends.allSatisfy({ enclosingSenderRules.contains($0.rule) }) else { return nil }
        return "Message from " + title
    }

    /// The office-head readings of a sender that make a head without a document word a covering message.
    static let enclosingSenderRules: Set<OfficeHeads.EndRule> = [.officeWithHolder, .describedPostWithHolder, .officeAlone,
                                                                  .institution, .officeBeforeHolder]
}
