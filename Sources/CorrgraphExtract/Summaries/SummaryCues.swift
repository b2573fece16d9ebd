/// The preconditions of the summary rules, as data (`RuleCues`): for each rule, words one of which the
/// summary (or title) must hold before the rule can read anything. Most summaries hold none of them,
/// and the rule then costs one pass over the text instead of its sentence splitting and searches.
///
/// Each set lists the whole words the rule's markers are made of, as the rule states them; a rule that
/// gains a marker gains its word here.
enum SummaryCues {
    /// `asks/instructs/tells HIM to convey to B …`: a verb of asking and a verb of handing on (both needed).
    static let askedToConvey = RuleCues(["asked", "asks", "instructs", "instructed", "tells", "told", "requests"])
    static let askedToConveyRequest = RuleCues(["to request of ", "to convey to ", "to pass on to ", "to transmit to ", "to relay to ",
                                                "to forward to ", "to pass to ", "to convey his request to ", "to convey a message to ",
                                                "to inform ", "to tell "])
    /// `The cable contains/relays/conveys … a message from A`.
    static let relayedContent = RuleCues(SummaryLexicon.carryingVerbPhrases + SummaryLexicon.enclosureOpenings)
    /// `Telegram from A to B …`, `Message to B from A …` opening the summary.
    static let goBetween = RuleCues(["telegram", "cable", "letter", "message", "cablegram"])
    /// `Telegram relaying a message from A …`: a verb of conveying.
    static let relayingOpening = RuleCues(SummaryLexicon.conveyingVerbs)
    /// `A verb to B, via C,`.
    static let conveyedThrough = RuleCues(["via", "through"])
    /// A summary opening with a document noun, or the sender's message noun, that names an onward recipient.
    static let onwardRecipient = RuleCues(SummaryLexicon.documentNouns.union(SummaryLexicon.messageNouns))
    /// `C asks D to pass on A's reply to B`: a verb of requesting and one of handing on (both needed).
    static let handOnRequest = RuleCues(SummaryLexicon.requestVerbs)
    static let handOnRequestHanding = RuleCues(SummaryLexicon.handingOnVerbs)
    /// `Telegram from A …` opening the summary: a document noun and `from` (both needed).
    static let forwardedDocumentOfAnother = RuleCues(SummaryReader.forwardedNouns)
    static let from = RuleCues(["from"])
    /// A title naming a talk `between` its sides (checked on the title).
    static let meetingOfUnnamedSides = RuleCues(ConversationGrammar.nouns)
    /// `a meeting with B`, `his talks with B`, `after meeting B` …
    static let meetingsWith = RuleCues(["meeting with ", "meetings with ", "conversation with ", "conversations with ", "talks with ",
                                        "conversation he held with ", "conversation she held with ", "discussions with ", "discussion with ",
                                        "consultation with ", "consultations with ", "after meeting with ", "after meeting ",
                                        "he met with ", "she met with ", "he met ", "she met ", "he talked with ", "she talked with ",
                                        "he spoke with ", "she spoke with ",
                                        "interview with ", "interviews with ", "audience with ", "talk with ", "visit to "])
    /// `A and B's talks`.
    static let jointPossessiveTalks = RuleCues(["exchanges", "exchange", "talks", "discussions", "discussion", "conversation",
                                                "conversations", "meeting", "meetings", "negotiations", "consultations"])
    /// `the conversation between A and B`.
    static let recountedBetween = RuleCues(["between"])
    /// `Also present were C`, `Present at the talk was C`, `The meeting was attended by C`.
    static let presentList = RuleCues(SummaryLexicon.presenceWords.union(["attended"]))
    /// `also sent copies to C`, `was also addressed to C` (`SummaryLexicon.copyRecipientMarkers`).
    static let copyRecipients = RuleCues(["copies", "copy", "copied", "addressed"])
    /// `X was told/informed by Y` (`PassiveTelling`): a participle of telling, and `by` (both needed).
    static let passiveTelling = RuleCues(PassiveTelling.participles)
    static let by = RuleCues(["by"])
    /// `He also informs C` (`SummaryReader.pronounFurtherAddressees`).
    static let pronounAlso = RuleCues(["he also ", "she also "])
    /// `Signed by X`, `Author: X`, `The telegram, written by X,` (`SignedWriter`).
    static let signedWriter = RuleCues(SignedWriter.signingParticiples.union(["author", "authors", "signatory", "signature"]))
    /// `Zhang also informs C` (`SummaryReader.senderAlsoAddresses`).
    static let senderAlso = RuleCues(["also"])
    /// Kinds of record that mention talks in passing (checked on the title).
    static let passingMention = RuleCues(SummaryLexicon.passingMentionKinds)
}

extension SummaryCues {
    /// The families a summary's rules check, each with its cue words above. The title's families
    /// (`meetingOfUnnamedSides`, `passingMention`) are checked on the title instead.
    enum Family: Int, CaseIterable {
        case askedToConvey, askedToConveyRequest, relayedContent, goBetween, relayingOpening, conveyedThrough,
             onwardRecipient, handOnRequest, handOnRequestHanding, forwardedDocumentOfAnother, from, meetingsWith,
             jointPossessiveTalks, recountedBetween, presentList, copyRecipients, passiveTelling, by, pronounAlso,
             clauseRewrites

        var cues: RuleCues {
            switch self {
            case .askedToConvey: SummaryCues.askedToConvey
            case .askedToConveyRequest: SummaryCues.askedToConveyRequest
            case .relayedContent: SummaryCues.relayedContent
            case .goBetween: SummaryCues.goBetween
            case .relayingOpening: SummaryCues.relayingOpening
            case .conveyedThrough: SummaryCues.conveyedThrough
            case .onwardRecipient: SummaryCues.onwardRecipient
            case .handOnRequest: SummaryCues.handOnRequest
            case .handOnRequestHanding: SummaryCues.handOnRequestHanding
            case .forwardedDocumentOfAnother: SummaryCues.forwardedDocumentOfAnother
            case .from: SummaryCues.from
            case .meetingsWith: SummaryCues.meetingsWith
            case .jointPossessiveTalks: SummaryCues.jointPossessiveTalks
            case .recountedBetween: SummaryCues.recountedBetween
            case .presentList: SummaryCues.presentList
            case .copyRecipients: SummaryCues.copyRecipients
            case .passiveTelling: SummaryCues.passiveTelling
            case .by: SummaryCues.by
            case .pronounAlso: SummaryCues.pronounAlso
            case .clauseRewrites: ClauseRewrites.cues
            }
        }
    }
}

/// Which of the summary's cue families (`SummaryCues.Family`) a text holds, found in one pass over its
/// letter runs: each run is looked up once in a table of every family's cue words, instead of one pass
/// per family. `allows(f)` is exactly `f.cues.occurs(in: text)`: a run with a non-ASCII byte, or a
/// family with a phrase that has no letter, allows every family (resp. that family).
///
/// - Complexity: O(n) in the text's bytes, one table look-up per letter run of a cue word's length.
struct SummaryCuePresence {
    private let bits: UInt64

    init(_ text: String) {
        bits = Self.families.bits(of: text)
    }

    func allows(_ family: SummaryCues.Family) -> Bool {
        bits & (1 << UInt64(family.rawValue)) != 0
    }

    private static let families = CueFamilies(SummaryCues.Family.allCases.map(\.cues))
}

/// The title's cue families that the summary rules ask about, found in one pass over the title as
/// `SummaryCuePresence` finds a summary's: `allows(f)` is exactly `f.cues.occurs(in: title)`.
struct TitleCuePresence {
    enum Family: Int, CaseIterable {
        /// A conversation noun ("Conversation", "Talks"): `TitleGrammar.conversationNounCues`.
        case conversationNoun
        /// A kind of record that mentions talks in passing: `SummaryCues.passingMention`.
        case passingMention

        var cues: RuleCues {
            switch self {
            case .conversationNoun: TitleGrammar.conversationNounCues
            case .passingMention: SummaryCues.passingMention
            }
        }
    }

    private let bits: UInt64

    init(_ title: String) {
        bits = Self.families.bits(of: title)
    }

    func allows(_ family: Family) -> Bool {
        bits & (1 << UInt64(family.rawValue)) != 0
    }

    private static let families = CueFamilies(Family.allCases.map(\.cues))
}

/// Families of cue words (family k is bit k, at most 64), looked up in one pass over a text's letter runs.
private struct CueFamilies: Sendable {
    /// Families with a phrase that has no letter: every text may hold it.
    let alwaysPresent: UInt64
    let table: CueTable
    /// A bit per slot of the cue words' FNV-1a hashes: most runs of a text hit an empty slot and skip the table.
    let runFilter: [UInt64]
    static let runFilterBits = 4096
    let shortest: Int
    let longest: Int

    init(_ cues: [RuleCues]) {
        // Each cue word with the families it cues.
        var families: [String: UInt64] = [:]
        var always: UInt64 = 0
        for (k, family) in cues.enumerated() {
            if family.words.contains("") { always |= 1 << UInt64(k) }
            for word in family.words where !word.isEmpty { families[word, default: 0] |= 1 << UInt64(k) }
        }
        alwaysPresent = always
        table = CueTable(families)
        var bits = [UInt64](repeating: 0, count: Self.runFilterBits / 64)
        for word in families.keys {
            let slot = Int(truncatingIfNeeded: CueTable.fnv(Array(word.utf8)) % UInt64(Self.runFilterBits))
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        runFilter = bits
        shortest = families.keys.map(\.utf8.count).min() ?? 0
        longest = families.keys.map(\.utf8.count).max() ?? 0
    }

    /// The families `text` holds: a bit per family whose cue words' letter run occurs in it, every bit when
    /// it has a byte outside ASCII (which counts as a letter, so it stands in a run with one).
    func bits(of text: String) -> UInt64 {
        var found = alwaysPresent
        var text = text
        let filterBits = UInt64(Self.runFilterBits)
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b >= 0x80 { found = ~0; return }
                // An ASCII letter: A–Z and a–z are the bytes that fall in a–z once bit 5 is set.
                guard (b | 0x20) &- 97 < 26 else { i += 1; continue }
                // The run's FNV-1a hash (A–Z lowered) is built as its letters are read, and serves the filter and the table.
                let start = i
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                while i < n {
                    let c = bytes[i]
                    guard c < 0x80, (c | 0x20) &- 97 < 26 else { break }
                    hash = (hash ^ UInt64(c | 0x20)) &* 0x0000_0100_0000_01b3
                    i += 1
                }
                let length = i - start
                let slot = Int(truncatingIfNeeded: hash % filterBits)
                if length >= shortest, length <= longest, runFilter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 {
                    found |= table.families(of: bytes[start..<i], hash: hash)
                }
            }
        }
        return found
    }
}

/// The cue words with their families, looked up by a run's bytes (A–Z lowered as they are read) without
/// building a string: open addressing over an FNV-1a hash, each slot compared byte by byte.
private struct CueTable: Sendable {
    private var slots: [Int]
    private var words: [[UInt8]] = []
    private var families: [UInt64] = []
    private let mask: Int

    init(_ table: [String: UInt64]) {
        var size = 16
        while size < table.count * 4 { size *= 2 }
        mask = size - 1
        slots = [Int](repeating: -1, count: size)
        for (word, bits) in table.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0[...]) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = words.count
            words.append(bytes)
            families.append(bits)
        }
    }

    @inline(__always) private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h >> 1)
    }

    /// FNV-1a (64 bits) over the bytes, A–Z lowered: the hash a run's slot is taken from.
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The families of the run's word (0 when it is no cue word), given the run's FNV-1a hash (`fnv`).
    func families(of run: Slice<UnsafeBufferPointer<UInt8>>, hash: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: hash >> 1) & mask
        while slots[slot] >= 0 {
            let word = words[slots[slot]]
            if word.count == run.count, zip(word, run).allSatisfy({ $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }) {
                return families[slots[slot]]
            }
            slot = (slot + 1) & mask
        }
        return 0
    }
}
