import Foundation

/// The grammar of conversations in titles: `Memorandum of Conversation between A and B`,
/// `Record of Conversation with B` (in A's journal), `A's Meeting with B`, `Conversation of A with B`,
/// `Reception by A of B`, `[Mao Zedong's] Audience with Sihanouk`, `Minutes of Conversation, A and B`.
enum ConversationGrammar {
    /// The meeting nouns of the lexicon, and `minutes` (`Minutes of Conversation, A and B`).
    static let nouns = Lexicon.meetingNouns + ["minutes"]

    static let actNouns = Lexicon.meetingNouns + Lexicon.visitNouns

    /// The act noun that opens `text`, after an article, ordinals and modifiers (`the Third Telephone
    /// Conversation`, `a Private Talk`, `5th Meeting`, `Farewell Visit`), and the text after it.
    static func actNoun(opening text: Substring) -> (noun: String, rest: Substring)? {
        var rest = text
        for _ in 0..<5 {
            let lower = rest.prefix(24).lowercased()
            for noun in actNouns where lower.hasPrefix(noun) {
                let after = rest.dropFirst(noun.count)
                if after.isEmpty || after.first == " " || after.first == "," { return (noun, after) }
            }
            guard let space = rest.firstIndex(of: " ") else { return nil }
            let word = NamePhrase.wordKey(String(rest[..<space]))
            var next = rest[rest.index(after: space)...]
            // "Round of Talks", "Continuation of the Conversation": a part of the act before its noun.
            if Lexicon.actPartitives.contains(word), next.lowercased().hasPrefix("of ") {
                next = next.dropFirst(3)
            } else {
                guard ["the", "a", "an", "his", "her", "their"].contains(word) || Lexicon.isOrdinal(word)
                        || Lexicon.actModifiers.contains(word) else { return nil }
            }
            rest = next
        }
        return nil
    }

    /// Who can be a side of a talk by the title's own naming of its author (`Note by A on a Conversation with B`,
    /// `Report by A on his Talk with B`, `Notes of A on a Meeting with B`): a named person, or an official named by
    /// office alone (gold schema: an `O:` id for the office as printed: `the Hungarian Ambassador to the DPRK`).
    /// An institution or a group owns no `his` and writes no notes of its own talk.
    static func isSpeaker(_ mention: NameMention) -> Bool { mention.kind == .person || mention.kind == .office }

    /// Nouns of a record someone keeps of a talk: "A's Notes on a Conversation with B", "A's Record of the Meeting
    /// with B", "A's Account of his Talks with B". Memoirs and recollections are records of the same kind, written
    /// later: "A's Memoirs of the Talks with B" recounts the talk as its subject (gold schema).
    static let recordNouns: Set<String> = ["notes", "note", "record", "records", "memorandum", "minutes", "account", "report", "summary",
                                           "memoirs", "memoir", "recollections", "recollection", "reminiscences"]

    /// The act noun after a record noun and its preposition: "Notes on a Conversation …" → ("conversation", …).
    static func actNoun(afterRecordNoun text: Substring) -> (noun: String, rest: Substring)? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, recordNouns.contains(NamePhrase.wordKey(String(words[0]))),
              ["on", "of", "from", "about"].contains(words[1].lowercased()) else { return nil }
        return actNoun(opening: words[2])
    }

    /// The words the rules of `read` start from, one per rule: act and record nouns, `conversation` (`his
    /// conversation with`), `reception by`, hosts (`hosted by` …), verbs of receiving and meeting, `comments
    /// to`. A rule added to `read` adds its marker here.
    static let cues = RuleCues(nouns + actNouns + Lexicon.visitNouns
        + Array(recordNouns) + ["transcript", "conversation", "reception"]
        + ["hosted", "given", "held", "offered", "arranged", "receives", "received", "meets", "met", "comments"])

    /// `RECORD of A on|about|concerning|regarding [the] TALK with B` (every record noun of `recordNouns`): A wrote
    /// the record of his talk with B. The author must be a person; the talk must follow the preposition directly.
    static func recordAuthorOfTalk(_ text: String) -> [NameMention]? {
        for noun in recordNouns.sorted() {
            guard let r = TitleText.find(noun + " of ", in: text).first else { continue }
            let rest = String(text[r.upperBound...])
            for prep in [" on ", " about ", " concerning ", " regarding "] {
                guard let p = TitleText.find(prep, in: rest).first,
                      let act = actNoun(opening: rest[p.upperBound...]), act.rest.lowercased().hasPrefix(" with ") else { continue }
                let author = NamePhrase.parse(String(rest[..<p.lowerBound]))
                let other = participantList(String(act.rest.dropFirst(6)))
                guard author.contains(where: isSpeaker), !other.isEmpty else { continue }
                let all = merge(author.filter(isSpeaker), other)
                if all.count >= 2 { return all }
            }
        }
        return nil
    }

    /// Prepositions that list every side of a talk after its noun: `Conversation between A and B`, `Talks among A,
    /// B and C`, `Meeting amongst …`, `Discussion involving …`. (`with` names the other side only, `of` its author
    /// or both sides; they have rules of their own.)
    static let sidesPrepositions = ["between", "among", "amongst", "involving"]

    /// `NOUN PREPOSITION ` for each talk or record noun, in the order `readSides` tries them, and each of
    /// `sidesPrepositions`: built once, not once per title.
    static let sidesMarkers: [[String]] = (nouns + ["record", "records", "memorandum", "notes", "note", "transcript"]).map { noun in
        sidesPrepositions.map { noun + " " + $0 + " " }
    }
    static let sidesCues = RuleCues(sidesPrepositions)
    /// Brackets and punctuation around a gap word (`(No. 3)`, `#4,`), made once rather than per word.
    static let gapPunctuation = CharacterSet(charactersIn: "()[],.#")

    /// **Rule: a number or a date between the talk and its sides.** "Record of Conversation No. 3 between A and B",
    /// "Conversation (No. 3) between …", "Memorandum of the Conversation held on 12 March 1961 between …", "Talks
    /// of 5 May between …": the words between a talk or record noun and `between`/`among` that say only which talk
    /// or when (`gapWords`, numbers, months, brackets of those) are read over, as if the noun stood right before
    /// the preposition. Anything else between them (a name, a place) leaves the title as printed.
    static func closingInterposedGap(_ text: String) -> String {
        guard let p = sidesPrepositions.lazy.compactMap({ TitleText.find(" " + $0 + " ", in: text).first }).first else { return text }
        let before = text[..<p.lowerBound]
        var words = before.split(separator: " ")
        // **Convention: a talk's venue between its noun and its sides** (`Record of meeting at 10 Downing Street between A,
        // B and C`, `Record of a Conversation at Chequers between …`, `Talks in the Kremlin between …`): `at` or `in`, then
        // capitalised words, numbers and the connectives of a place's name (`the`, `of`, `d'`), right after a talk or record
        // noun and right before the preposition, say where; they are read over as the numbering is.
        if let venue = words.lastIndex(where: { ["at", "in"].contains($0) }), venue >= 1, venue + 1 < words.count,
           (nouns + Array(recordNouns)).contains(NamePhrase.wordKey(String(words[venue - 1]))),
           words[(venue + 1)...].allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || ["the", "of", "de"].contains($0)
               || ($0.hasPrefix("d'") || $0.hasPrefix("d’")) && $0.dropFirst(2).first?.isUppercase == true }),
           words[(venue + 1)...].contains(where: { $0.first?.isUppercase == true }) {
            words.removeSubrange(venue...)
            let closed = words.joined(separator: " ") + text[p.lowerBound...]
            return closed
        }
        var dropped = 0
        while let last = words.last {
            let key = last.trimmingCharacters(in: gapPunctuation).lowercased()
            let isNumber = !key.isEmpty && key.allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" }
            guard key.isEmpty || isNumber || gapWords.contains(key) || Lexicon.months.contains(key) || Lexicon.isOrdinal(key)
            else { break }
            words.removeLast()
            dropped += 1
        }
        guard dropped > 0, let noun = words.last,
              (nouns + Array(recordNouns) + ["transcript"]).contains(NamePhrase.wordKey(String(noun)).lowercased())
        else { return text }
        return words.joined(separator: " ") + text[p.lowerBound...]
    }

    /// Words that may stand between a talk noun and `between` without naming anyone: numbering and the verb of
    /// holding a talk on a date (`No. 3`, `held on`, `which took place on`, `of 12 March`).
    static let gapWords: Set<String> = ["no", "nr", "number", "held", "which", "that", "took", "place", "on", "of", "dated"]

    /// Words that end a participant list: place, time and subject.
    static let listEnders = [
        " on ", " about ", " regarding ", " concerning ", " re ", " referring ", " during ", " at ", " held ",
        " after ", " before ", " to discuss ", " for ", " (", " [excerpt", " [extract", ": ",
        " relating ", " reflecting ", " in connection ", " within ", " over ", " following ",
    ]

    /// Markers of people present at a talk without being one of its named sides.
    /// Precondition of the presence rule in `read`: a word of its markers (`presence`, `participation` …).
    static let presenceCues = RuleCues(presenceMarkers)
    static let presenceMarkers = [" in the presence of ", " with the presence of ", " in presence of ", " with the participation of ",
                                  " with the attendance of "]

    /// Reads a conversation from the whole title (quotes removed). `author` is the journal's or
    /// report's author, used when the title names only the other side.
    ///
    /// **Rule: people present join the talk.** "Conversation of A with B, with the Presence of C", "… between A
    /// and B in the presence of C and D": the talk is read from the text before the marker, and the people
    /// named after it (persons only, up to place, date or subject) are participants too.
    /// `presence`: the cue presence of a text the caller has read (`TitleGrammar`'s head), used when it is `title`'s.
    static func read(_ title: String, author: NameMention?, presence: CuePresence? = nil) -> (conversation: [NameMention]?, oneSide: [NameMention]) {
        guard presenceCues.occurs(in: title, reading: presence),
              let marker = presenceMarkers.lazy.compactMap({ TitleText.find($0, in: title).first }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return readSides(title, author: author, presence: presence) }
        var before = String(title[..<marker.lowerBound]).trimmingSpaces()
        if before.hasSuffix(",") { before.removeLast() }
        let present = participantList(String(title[marker.upperBound...])).filter { $0.kind == .person }
        var sides = readSides(before, author: author)
        if let talk = sides.conversation {
            sides.conversation = merge(talk, present)
        } else if !sides.oneSide.isEmpty, !present.isEmpty {
            sides.oneSide = merge(sides.oneSide, present)
        }
        return sides
    }

    static func readSides(_ title: String, author: NameMention?, presence: CuePresence? = nil) -> (conversation: [NameMention]?, oneSide: [NameMention]) {
        let text = TitleText.unbracketPossessives(title)
        // Precondition: every rule below starts from one of its marker words (`cues`).
        guard cues.occurs(in: text, reading: presence) else { return (nil, []) }
        if opensWithProspectiveTalk(text) { return (nil, []) }
        if let call = callOnBy(text) { return (call, []) }
        if let audience = audienceGranted(text) { return (audience, []) }
        if let call = callFromTo(text) { return (call, []) }

        // "… between A and B", also after a record noun ("Conversation Records between A and B").
        // (Every marker holds its preposition as a whole word: without one the nouns are not tried.)
        let sidesText = sidesCues.occurs(in: text) ? closingInterposedGap(text) : text
        for markers in sidesCues.occurs(in: text) ? sidesMarkers : [] {
            if let r = markers.lazy.compactMap({ TitleText.find($0, in: sidesText).first }).first {
                // "between A and B with C": people named after "with" join the talk ("with Reference to …" does not).
                let tail = String(sidesText[r.upperBound...])
                // The sides listed after the preposition: a group of a nationality no listed person shares is a side.
                var list = merge(participantList(tail), [], keepingGroupsOfTheirOwnSide: true)
                if let w = TitleText.find(" with ", in: tail).first {
                    let withText = String(tail[w.upperBound...])
                    let named = (listEnders + [","]).compactMap { TitleText.find($0, in: withText).first?.lowerBound }.min()
                        .map { String(withText[..<$0]) } ?? withText
                    let before = participantList(String(tail[..<w.lowerBound]))
                    let others = MessageGrammar.isPureNameList(named) ? participantList(withText) : []
                    list = merge(before, others.contains(where: { $0.kind == .person }) ? others : [])
                }
                // "Record of a Meeting between the Polish and Czechoslovak Delegations": a delegation of each nationality,
                // where the talk heads the title (a subject after a message's ends is no record of the talk).
                if list.count < 2, ByteSearch.mayContainCaseInsensitive(tail, "elegations"),
                   !sidesText[..<r.lowerBound].contains(","), TitleText.find(" to ", in: String(sidesText[..<r.lowerBound])).isEmpty,
                   let groups = pluralGroupsOfNationalities(tail) {
                    return (groups, [])
                }
                if list.count >= 2 { return (list, []) }
                if let sides = officeAndHeldOffice(tail) { return (sides, []) }
            }
        }
        // "A's Meeting with B", "A's Reception of B", "A's Third Telephone Conversation with B", "A's Farewell
        // Visit to B": a possessive, then (article, ordinals, modifiers) an act noun, then the other side after
        // "with" or "of" — or, for a visit or call, after "to" or "on" (a visit to a place is no conversation).
        // A title names its act near the start; a bounded number of possessives keeps huge titles linear.
        for r in possessiveMarks(in: text) {
            guard let act = actNoun(opening: text[r.upperBound...]) ?? actNoun(afterRecordNoun: text[r.upperBound...]) else { continue }
            let after = act.rest
            let afterLower = after.lowercased()
            let isVisit = Lexicon.visitNouns.contains(act.noun)
            do {
                var other: String?
                if afterLower.hasPrefix(" with ") { other = String(after.dropFirst(6)) }
                else if afterLower.hasPrefix(" of ") { other = String(after.dropFirst(4)) }
                else if isVisit, afterLower.hasPrefix(" to ") || afterLower.hasPrefix(" on ") { other = String(after.dropFirst(4)) }
                guard let other else { continue }
                if isVisit, !participantList(other).contains(where: { $0.kind == .person }) { continue }
                var who = possessor(before: String(text[..<r.lowerBound]))
                if ["his", "her", "their"].contains(who.lowercased()) {
                    who = author?.text ?? ""
                }
                let a = NamePhrase.parse(who)
                // "the Prime Minister's Call on B": an unnamed office visiting is left to the summary.
                if isVisit, a.contains(where: { $0.kind == .office }) { continue }
                let b = namedSides(participantList(other))
                let all = merge(a, b)
                if all.count >= 2 { return (all, []) }
                if !b.isEmpty { return (nil, b) }
            }
        }
        // **Rule: an act the title's author owns by a pronoun.** "Report by A on his Farewell Visit to B", "A's
        // Report on his Visit to B", "Report of A on his Conversation with B", "report of the Minister A concerning
        // his meeting with B": the pronoun stands for the person the title names before it (the report's author
        // after "by"/"of", the possessor of the document, the last name before the subject word).
        for r in TitleText.find(" his ", in: text).prefix(4) + TitleText.find(" her ", in: text).prefix(4) + TitleText.find(" their ", in: text).prefix(4) {
            guard let act = actNoun(opening: text[text.index(after: r.lowerBound)...]) else { continue }
            let afterLower = act.rest.lowercased()
            let isVisit = Lexicon.visitNouns.contains(act.noun)
            var other: String?
            if afterLower.hasPrefix(" with ") { other = String(act.rest.dropFirst(6)) }
            else if afterLower.hasPrefix(" of ") { other = String(act.rest.dropFirst(4)) }
            else if isVisit, afterLower.hasPrefix(" to ") || afterLower.hasPrefix(" on ") { other = String(act.rest.dropFirst(4)) }
            guard let other else { continue }
            let b = participantList(other)
            guard b.contains(where: { $0.kind == .person }) else { continue }
            let a = pronounOwner(before: String(text[..<r.lowerBound]))
            if isVisit, a.contains(where: { $0.kind == .office }) { continue }
            let all = merge(a, b)
            if all.count >= 2 { return (all, []) }
        }
        // "his conversation with B" in someone's diary
        if let r = TitleText.find("his conversation with ", in: text).first ?? TitleText.find("her conversation with ", in: text).first {
            let b = participantList(String(text[r.upperBound...]))
            let owner = possessor(before: String(text[..<r.lowerBound]).replacingOccurrences(of: "'s diary on", with: "").trimmingSpaces())
            let all = merge(NamePhrase.parse(owner).filter { $0.kind == .person } + (author.map { [$0] } ?? []), b)
            if all.count >= 2 { return (Array(all.prefix(max(2, b.count + 1))), []) }
        }
        // "Reminiscences of A on the Meeting with B", "Account of A about his Talks with B": a record noun with its
        // author after `of`, then the talk it is about (`recordAuthorOfTalk`), before
        // the talk's own `of A with B` below would read the subject words as its author.
        if let talk = recordAuthorOfTalk(text) { return (talk, []) }
        // "Conversation of A with B", "Note of A with B", "Meeting of Dubček and Kádár", "Farewell Visit of A with B"
        // "Conversation by A with B": the author of the talk after "by", as after "of".
        for noun in nouns + Lexicon.visitNouns + ["note", "notes", "record", "memorandum"] {
            if let r = TitleText.find(noun + " of ", in: text).first
                ?? ((nouns.contains(noun) && noun != "reception") || Lexicon.visitNouns.contains(noun)
                    ? TitleText.find(noun + " by ", in: text).first : nil) {
                let rest = String(text[r.upperBound...])
                // "Farewell Visit of A to B", "Courtesy Call by A on B": a visit's other side after `to`/`on`, as in
                // `A's Visit to B` — a person on both sides, never a place ("Visit of A to China" is a journey).
                if Lexicon.visitNouns.contains(noun), TitleText.find(" with ", in: rest).isEmpty,
                   let w = TitleText.find(" to ", in: rest).first ?? TitleText.find(" on ", in: rest).first {
                    let a = NamePhrase.parse(String(rest[..<w.lowerBound]))
                    let b = participantList(String(rest[w.upperBound...]))
                    if a.contains(where: { $0.kind == .person }), b.contains(where: { $0.kind == .person }) {
                        return (merge(a, b), [])
                    }
                }
                if nouns.contains(noun), TitleText.find(" with ", in: rest).isEmpty {
                    let people = participantList(rest).filter { $0.kind == .person }
                    if people.count >= 2 { return (merge(people, []), []) }
                    // "Meeting of the Delegations of the CPSU and the SED": a delegation of each body.
                    let bodies = participantList(rest)
                    if bodies.count >= 2, bodies.allSatisfy({ $0.kind == .institution && isGroup($0.text) }) { return (bodies, []) }
                }
                if let w = TitleText.find(" with ", in: rest).first {
                    let a = NamePhrase.parse(String(rest[..<w.lowerBound]))
                    let b = participantList(String(rest[w.upperBound...]))
                    if !a.isEmpty && !b.isEmpty, (nouns.contains(noun) || a.contains { $0.kind == .person }) {
                        return (merge(a, b), [])
                    }
                }
                if noun == "reception", let by = TitleText.find(" by ", in: rest).first {
                    let b = participantList(String(rest[..<by.lowerBound]))
                    let a = participantList(String(rest[by.upperBound...]))
                    if !a.isEmpty && !b.isEmpty { return (merge(a, b), []) }
                }
            }
        }
        // "Reception by A of B"
        if let r = TitleText.find("reception by ", in: text).first {
            let rest = String(text[r.upperBound...])
            if let of = TitleText.find(" of ", in: rest).first {
                let a = NamePhrase.parse(String(rest[..<of.lowerBound]))
                let b = participantList(String(rest[of.upperBound...]))
                if !a.isEmpty && !b.isEmpty { return (merge(a, b), []) }
            }
        }
        // "Discussions at a Dinner Hosted by Corneliu Manescu in Honor of Marshal I.I. Yakubovksy", "Record of
        // the Luncheon Given by A for B": a host, then the guest.
        if let r = [" hosted by ", " given by ", " held by ", " offered by ", " arranged by "].lazy
            .compactMap({ TitleText.find($0, in: text).first }).first {
            let rest = String(text[r.upperBound...])
            for marker in [" in honor of ", " in honour of ", " for "] {
                if let m = TitleText.find(marker, in: rest).first {
                    let a = NamePhrase.parse(String(rest[..<m.lowerBound]))
                    let b = participantList(String(rest[m.upperBound...]))
                    if !a.isEmpty && !b.isEmpty { return (merge(a, b), []) }
                }
            }
        }
        // "Vice-Minister Zhang Receives Indian Ambassador Nehru"
        for verb in [" receives ", " received ", " meets with ", " meets ", " met with "] {
            if let r = TitleText.find(verb, in: text).first {
                let head = String(text[..<r.lowerBound])
                let start = head.range(of: ": ", options: .backwards)?.upperBound ?? head.startIndex
                let a = NamePhrase.parse(String(head[start...]))
                // "Ishikawa received the Japanese press": a side that names no one, no office and no delegation is none.
                let b = participantList(String(text[r.upperBound...])).filter { $0.kind != .institution || isGroup($0.text) }
                if a.count == 1, !b.isEmpty { return (merge(a, b), []) }
            }
        }
        // "Minutes of Conversation, A and B" / "Memorandum of Conversation, A with B" / "…: A and B" /
        // "Conversation No. 741-2, Nixon and Haldeman" (the White House tapes)
        for noun in nouns {
            var numbered: Range<String.Index>?
            if let r = TitleText.find(noun + " no. ", in: text).first, let comma = text[r.upperBound...].range(of: ", "),
               text[r.upperBound..<comma.lowerBound].allSatisfy({ $0.isNumber || $0 == "-" }) {
                numbered = r.lowerBound..<comma.upperBound
            }
            if let r = numbered ?? TitleText.find(noun + ", ", in: text).first ?? TitleText.find(noun + ": ", in: text).first {
                if let pair = dashPair(text[r.upperBound...]) { return (pair, []) }
                let rest = String(text[r.upperBound...]).replacingOccurrences(of: " with ", with: " and ")
                let list = participantList(rest)
                if list.count >= 2 { return (list, []) }
            }
        }
        // "Telephone Conversation Ostrander/Whitcombe", "Talks Mendes – Eden": a pair right after the noun.
        if mayHoldPairSeparator(text) {
            for noun in nouns {
                for r in TitleText.find(noun + " ", in: text).prefix(2) {
                    if let pair = dashPair(text[r.upperBound...]) { return (pair, []) }
                }
            }
        }
        // "… Conversation with B", with the journal's author as the other side.
        for noun in nouns + ["comments to"] {
            let marker = noun == "comments to" ? noun + " " : noun + " with "
            if let r = TitleText.find(marker, in: text).first {
                let b = namedSides(participantList(String(text[r.upperBound...])))
                guard !b.isEmpty else { continue }
                var a: [NameMention] = []
                if let author { a = [author] }
                else {
                    // "A, 'Note About a Conversation with B'" — the title's head names the author.
                    let head = String(text[..<r.lowerBound])
                    if let sep = head.firstIndex(where: { $0 == "," || $0 == ":" }) {
                        a = NamePhrase.parse(String(head[..<sep])).filter { $0.kind == .person }
                    }
                    if noun == "comments to" { a = NamePhrase.parse(head.replacingOccurrences(of: "'s", with: "")) }
                    // "Report by Soviet Ambassador Shtykov on a Meeting with Kim Il Sung": the reporter's meeting.
                    if a.isEmpty, let by = TitleText.find(" by ", in: head).last {
                        var reporter = String(head[by.upperBound...])
                        if let on = TitleText.find(" on ", in: reporter).first ?? TitleText.find(" of ", in: reporter).first {
                            reporter = String(reporter[..<on.lowerBound])
                        }
                        a = NamePhrase.parse(reporter).filter(isSpeaker)
                    }
                }
                let all = merge(a, b)
                if all.count >= 2 { return (all, []) }
                return (nil, b)
            }
        }
        return (nil, [])
    }

    /// **Convention: a pair joined by a dash or a slash names both sides** (`Telcon, Kissinger – Dobrynin`, `Record of
    /// Conversation: A – B`, `Telephone Conversation A/B`): right after a talk noun (its comma or colon), two sides joined by
    /// a spaced dash, an unspaced en or em dash, or a slash, up to a comma or the end — each one person or one office. An
    /// unspaced hyphen joins a double name and is no separator in English heads.
    static func dashPair(_ text: Substring) -> [NameMention]? {
        var item = text
        if let comma = item.firstIndex(where: { $0 == "," || $0 == ";" }) { item = item[..<comma] }
        for separator in [" – ", " — ", " - ", " / ", "–", "—", "/"] {
            let parts = item.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            let a = NamePhrase.parse(parts[0].trimmingSpaces()), b = NamePhrase.parse(parts[1].trimmingSpaces())
            guard a.count == 1, b.count == 1, isSpeaker(a[0]), isSpeaker(b[0]), a.contains(where: { $0.kind == .person })
                    || b.contains(where: { $0.kind == .person }) else { return nil }
            // A time after the pair (`Ostrander/Whitcombe 9:40 a.m.`) is no part of the second name.
            return merge(a, b)
        }
        return nil
    }
    /// Whether `text` may hold a separator of `dashPair`, on bytes: a slash, a spaced hyphen, or the lead byte of an en or em
    /// dash's UTF-8.
    static func mayHoldPairSeparator(_ text: String) -> Bool {
        ByteSearch.holds(UInt8(ascii: "/"), in: text) || ByteSearch.holds(0xE2, in: text) || ByteSearch.mayContainCaseInsensitive(text, " - ")
    }

    /// Words that make a talk one not yet held (a paper that prepares it, a telegram that instructs for it): `forthcoming
    /// talks`, `proposed meeting`, `your conversation with B`, `the possibility of a meeting between A and B`.
    static let prospectiveWords: Set<String> = [
        "forthcoming", "proposed", "planned", "projected", "prospective", "possible", "future", "upcoming", "impending",
        "intended", "contemplated", "suggested", "expected", "coming", "your",
    ]
    /// Nouns of a talk only thought of, before `of`/`for` and the talk (`possibility of a meeting`, `instructions for the talks`).
    static let prospectiveNouns: Set<String> = [
        "possibility", "prospect", "prospects", "idea", "instructions", "preparations", "preparation", "arrangements",
        "request", "requests", "invitation", "proposal", "suggestion",
    ]
    static let prospectiveCues = RuleCues(prospectiveWords.union(prospectiveNouns))

    /// **Convention: a talk not yet held is no conversation.** The first talk noun of the head (`nouns`), after an article,
    /// is read as prospective when a word of `prospectiveWords` stands right before it (`Note by A on his forthcoming
    /// Talks with B`, `Memorandum from A to B: Your Meeting with C`) or a noun of `prospectiveNouns` with `of`/`for`
    /// (`Note on the Possibility of a Meeting between A and B`, `Instructions for the Talks with B`). Gold schema: a
    /// conversation only mentioned or speculated about is not listed.
    static func opensWithProspectiveTalk(_ text: String) -> Bool {
        guard prospectiveCues.occurs(in: text) else { return false }
        let words = text.split(separator: " ").map { NamePhrase.wordKey(String($0)).lowercased() }
        guard let talk = words.firstIndex(where: { nounWords.contains($0) }) else { return false }
        var i = talk - 1
        while i >= 0, ["a", "an", "the", "his", "her", "their"].contains(words[i]) { i -= 1 }
        guard i >= 0 else { return false }
        if prospectiveWords.contains(words[i]) { return true }
        return ["of", "for"].contains(words[i]) && i >= 1 && prospectiveNouns.contains(words[i - 1])
    }
    /// The talk nouns `opensWithProspectiveTalk` looks for, visits with them (`his forthcoming Visit and Talks`).
    static let nounWords: Set<String> = Set((nouns + Lexicon.visitNouns).filter { !$0.contains(" ") && $0 != "minutes" })

    /// **Convention: `Call on B by A`, `Call by A on B`** (the British registries' calls, with a modifier: `Courtesy Call on
    /// the Foreign Secretary by the Ambassador of X`): whoever called and whoever was called on, each a person or an
    /// official named by office alone (gold schema: an `O:` id for the office as printed).
    static func callOnBy(_ text: String) -> [NameMention]? {
        guard callCues.occurs(in: text) else { return nil }
        if let on = TitleText.find("call on ", in: text).first {
            let rest = String(text[on.upperBound...])
            guard let by = TitleText.find(" by ", in: rest).first else { return nil }
            return bothSides(participantList(String(rest[..<by.lowerBound])), participantList(String(rest[by.upperBound...])))
        }
        if let by = TitleText.find("call by ", in: text).first {
            let rest = String(text[by.upperBound...])
            guard let on = TitleText.find(" on ", in: rest).first else { return nil }
            return bothSides(NamePhrase.parse(String(rest[..<on.lowerBound])), participantList(String(rest[on.upperBound...])))
        }
        return nil
    }
    static let callCues = RuleCues(["call on", "call by"])

    /// **Convention: `Audience granted by A to B`** (`given`, `accorded`): the one who grants the audience and the one received.
    static func audienceGranted(_ text: String) -> [NameMention]? {
        guard audienceCues.occurs(in: text) else { return nil }
        for marker in ["audience granted by ", "audience given by ", "audience accorded by "] {
            guard let r = TitleText.find(marker, in: text).first else { continue }
            let rest = String(text[r.upperBound...])
            guard let to = TitleText.find(" to ", in: rest).first else { return nil }
            return bothSides(NamePhrase.parse(String(rest[..<to.lowerBound])), participantList(String(rest[to.upperBound...])))
        }
        return nil
    }
    static let audienceCues = RuleCues(["audience"])

    /// Both sides of a talk read from two slots, each a person or an office; nil unless each slot names one.
    static func bothSides(_ a: [NameMention], _ b: [NameMention]) -> [NameMention]? {
        let a = a.filter(isSpeaker), b = b.filter(isSpeaker)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let all = merge(a, b)
        return all.count >= 2 ? all : nil
    }

    /// The possessive marks of `text`, each as the range from the possessor's end to the possessed word: `'s ` and,
    /// after a word ending in `s`, the bare apostrophe (`the Chargé d'Affaires' Conversation`, `Kovács' Meeting`).
    /// A title names its act near the start; a bounded number keeps huge titles linear.
    static func possessiveMarks(in text: String) -> [Range<String.Index>] {
        let bareApostrophes = TitleText.find("' ", in: text).filter { r in
            r.lowerBound > text.startIndex && "sS".contains(text[text.index(before: r.lowerBound)])
        }.prefix(8)
        return (Array(TitleText.find("'s ", in: text).prefix(8)) + bareApostrophes).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Who "his" stands for in "HEAD his ACT": the possessor of a document the head ends with ("A's Report on",
    /// "Tsedenbal's diary on"), else the last name phrase of the head, subject words after it dropped.
    static func pronounOwner(before head: String) -> [NameMention] {
        var words = head.split(separator: " ")
        // "… Sergei Volkov concerning", "Report by A on": the subject word that introduces the act.
        // (`d'Affaires` closes an office: a lower-case word with an apostrophe is no subject word.)
        while let last = words.last, last.first?.isLowercase == true, !last.contains("'") { words.removeLast() }
        var phrase = words.joined(separator: " ")
        // "A's Report", "Tsedenbal's diary": the document's possessor.
        if let last = words.last, let possessive = phrase.range(of: "'s " + last, options: .backwards), words.count >= 2 {
            phrase = String(phrase[..<possessive.lowerBound])
        }
        // "Letter from A to B on his Meeting with C", "Cable, A to B, on his Talks with C": between two named people
        // the pronoun stands for the writer, who reports his own talk — and so it does when a named writer addresses an
        // office (`Letter from Sir A (Bonn) to the Permanent Under-Secretary, enclosing record of his conversation with B`).
        if let to = phrase.range(of: " to ", options: [.caseInsensitive, .backwards]) {
            let sender = NamePhrase.parse(possessor(before: String(phrase[..<to.lowerBound])))
            let recipient = NamePhrase.parse(String(phrase[to.upperBound...]))
            if sender.count == 1, sender[0].kind == .person, !recipient.isEmpty,
               recipient.allSatisfy({ $0.kind == .person || $0.kind == .office }) {
                return sender
            }
        }
        let owner = NamePhrase.parse(possessor(before: phrase)).filter(isSpeaker).suffix(1)
        if !owner.isEmpty { return Array(owner) }
        // "Report by the Bulgarian Ambassador in Hanoi on his Talks …": an office with its posting after `by`.
        guard let by = phrase.range(of: " by ", options: [.caseInsensitive, .backwards]) else { return [] }
        return Array(NamePhrase.parse(String(phrase[by.upperBound...])).filter(isSpeaker).suffix(1))
    }

    /// The possessor phrase right before "'s": the last name phrase after a comma, colon or preposition.
    static func possessor(before text: String) -> String {
        var t = text
        for sep in [": ", ", ", " of ", " from ", " on ", " in ", " to ", " by "] {
            if let r = t.range(of: sep, options: [.caseInsensitive, .backwards]) {
                let candidate = String(t[r.upperBound...])
                if !candidate.isEmpty { t = candidate }
            }
        }
        return t.trimmingSpaces()
    }

    /// Participants from a list, stopping at place, time and subject.
    static func participantList(_ text: String) -> [NameMention] {
        var t = text
        // "the Delegations of the CPSU and the CCP": a delegation of each.
        for marker in ["the delegations of ", "delegations of "] where ByteSearch.hasLoweredPrefix(t, marker) {
            var rest = String(t.dropFirst(marker.count))
            for ender in listEnders {
                if let r = TitleText.find(ender, in: rest).first { rest = String(rest[..<r.lowerBound]) }
            }
            // Each party as printed ("the CPCz and the CPSU"), whether or not the name grammar knows it.
            // "the CPSU, the SED, and the KWP": a list of three or more; a date after a comma ends it.
            if let date = ByteSearch.firstCommaBeforeDigit(rest) { rest = String(rest[..<date]) }
            let bodies = rest.replacingOccurrences(of: ", and ", with: " and ").replacingOccurrences(of: ", ", with: " and ")
                .components(separatedBy: " and ").map {
                $0.trimmingSpaces().replacingOccurrences(of: "the ", with: "", options: [.anchored, .caseInsensitive])
            }.filter { !$0.isEmpty }
            if bodies.count >= 2, bodies.allSatisfy({ $0.first?.isUppercase ?? false }) {
                return bodies.map { NameMention(text: "\($0) Delegation", kind: .institution) }
            }
        }
        // "Members of an Albanian Women's Delegation", "Representatives of the Youth League": the body itself; so are offices coordinated before
        // it ("the Head, Deputy Head, and Key Members of the Cultural Group").
        // (Each marker holds " of a"; Foundation's search is not run on a text that cannot hold it.)
        let groupMarkers = ByteSearch.mayContainCaseInsensitive(t, " of a") || ByteSearch.mayContainCaseInsensitive(t, " of the ")
        for marker in !groupMarkers ? [] : ["members", "representatives", "delegates"].flatMap({ group in ["of an ", "of a ", "of the "].map { "\(group) \($0)" } }) {
            while let r = ByteSearch.foundationRange(of: marker, in: t, options: .caseInsensitive) {
                var start = r.lowerBound
                let before = t[..<r.lowerBound]
                if let itemStart = ByteSearch.foundationRange(of: ": ", in: before, options: .backwards)?.upperBound ?? Optional(before.startIndex) {
                    let offices = before[itemStart...]
                    let words = NamePhrase.tokenize(offices.replacingOccurrences(of: ",", with: " ")).map(NamePhrase.wordKey)
                    if words.count > 1, words.allSatisfy({ NamePhrase.isOfficeOfBodyWord($0) || $0 == "and" }) {
                        start = itemStart
                    }
                }
                t.replaceSubrange(start..<r.upperBound, with: marker.hasSuffix("the ") ? "the " : "")
            }
        }
        // "a Governmental Delegation from … headed by Kim Il Sung": the head stands for the group.
        if ByteSearch.mayContainCaseInsensitive(t, "ed by "),
           let r = ByteSearch.foundationRange(of: " headed by ", in: t, options: .caseInsensitive)
            ?? ByteSearch.foundationRange(of: " led by ", in: t, options: .caseInsensitive) {
            let before = t[..<r.lowerBound]
            var itemStart = before.startIndex
            for sep in [" and ", ", "] {
                if let s = ByteSearch.foundationRange(of: sep, in: before, options: .backwards), s.upperBound > itemStart { itemStart = s.upperBound }
            }
            t.replaceSubrange(itemStart..<r.upperBound, with: "")
        }
        for ender in listEnders {
            // "the President's Assistant for National Security Affairs (Kissinger)": a FRUS office whose
            // holder follows in parentheses is part of the list.
            guard let r = TitleText.find(ender, in: t).first(where: { r in
                if ender == " (" { return !holderInParentheses(t, at: r.upperBound) }
                // "Chairman of the Association for Peace, Jan Novak": "for" after an office or institution word
                // and before a capitalised word is the body's complement, not a subject.
                if ender == " for ", let previous = t[..<r.lowerBound].split(separator: " ").last.map({ NamePhrase.wordKey(String($0)) }),
                   Lexicon.institutionHeads.contains(previous) || Lexicon.offices.contains(previous),
                   t[r.upperBound...].first?.isUppercase == true {
                    return false
                }
                // Only the list item the ender stands in: the text since the last "and" or comma before it.
                var item = String(t[..<r.upperBound])
                if let sep = ByteSearch.foundationRange(of: " and ", in: item, options: .backwards)
                    ?? ByteSearch.foundationRange(of: ", ", in: item, options: .backwards) {
                    item = String(item[sep.upperBound...])
                }
                return !NamePhrase.continuesOfficeComplement(Array(t), from: t.distance(from: t.startIndex, to: r.upperBound) - 1,
                                                             current: item)
            }) else { continue }
            t = String(t[..<r.lowerBound])
        }
        // "the Harbourmaster, Eastern Roads (Okafor) and B": sides printed as a document head prints its ends — an office,
        // its unit after a comma, its holder in parentheses — are read as the head grammar reads them.
        // (Parentheses only: square brackets in a talk's sides hold cover names and wives as often as holders; a
        // "post" opening with a form of address is a name with its second name: `Mr. Chou En Lai (Zhou Enlai)`; an
        // institution after the holders is where they met: `…, Department of State, Washington`.)
        if ByteSearch.holds(UInt8(ascii: "("), in: t), let ends = OfficeHeads.readEnd(t),
           ends.contains(where: { OfficeHeads.holderRules.contains($0.rule) }), !ends.contains(where: { $0.rule == .institution }),
           !ends.flatMap(\.mentions).contains(where: { mention in
               mention.office.flatMap { NamePhrase.tokenize($0).first.map(OfficeHeads.key) }.map(Lexicon.honorifics.contains) ?? false
           }) {
            return ends.flatMap(\.mentions)
        }
        // After the last "and" a list is complete: "Brezhnev and Dubcek, Cierna nad Tisou" names the place,
        // unless what follows describes the last person ("Mao Zedong and Kim Il Sung, Chairman of …").
        if let and = ByteSearch.foundationRange(of: " and ", in: t, options: .backwards), let comma = t[and.upperBound...].range(of: ", ") {
            let last = NamePhrase.parse(String(t[and.upperBound..<comma.lowerBound]))
            let after = NamePhrase.parse(String(t[comma.upperBound...]))
            // The last item must be a person already ("… and the Chairman of the CCP, Mao Zedong" goes on to name him).
            if last.count == 1, last[0].kind == .person, after.isEmpty || !after.allSatisfy({ $0.kind == .office }) {
                t = String(t[..<comma.lowerBound])
            }
        }
        // A date after a comma ends the list: "…, 15 March 1964".
        if let comma = ByteSearch.firstCommaBeforeDigit(t) { t = String(t[..<comma]) }
        // ", in Beijing" / " in Moscow" at the end: a place.
        if ByteSearch.mayContainCaseInsensitive(t, " in "), let r = ByteSearch.foundationRange(of: " in ", in: t, options: [.caseInsensitive, .backwards]) {
            var place = t[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
            if place.lowercased().hasPrefix("the ") { place = String(place.dropFirst(4)) }
            if Gazetteer.isPlace(place) { t = String(t[..<r.lowerBound]) }
        }
        // A trailing date or time item is dropped by the name grammar; a city set off by a comma is
        // where the talk took place ("…, Beijing, September 1956"), not a participant.
        let parsed = joiningCoordinatedDelegation(NamePhrase.parse(t), in: t)
        let places = parsed.filter { $0.kind == .institution && Gazetteer.isPlace($0.text) }
        return places.count < parsed.count ? parsed.filter { !($0.kind == .institution && Gazetteer.isPlace($0.text)) } : parsed
    }

    /// **Convention: a call from A to B is a talk of A and B** (`Telephone Call from President A to Chancellor B`, `Phone
    /// Call from A to B`, `Telcon from A to B` — read as `Telephone Conversation` — and `Record of a Telephone Call from A to
    /// B`): a noun of calling (`callingHeads`) opening the head, alone or after a record noun with `of` and an article, then
    /// `from` one side and `to` the other. The caller and the one called are the talk's two sides, persons or offices; no
    /// message is read (`TitleGrammar`: a call is a conversation, not a correspondence act). A paper about a call (`Briefing
    /// Paper for the Telephone Call from …`) does not open with the noun and is none.
    static func callFromTo(_ text: String) -> [NameMention]? {
        guard ByteSearch.mayContainCaseInsensitive(text, " from "), ByteSearch.mayContainCaseInsensitive(text, " to "),
              ByteSearch.mayContainCaseInsensitive(text, "call") || ByteSearch.mayContainCaseInsensitive(text, "conversation")
        else { return nil }
        var rest = Substring(text)
        for record in callRecordOpenings {
            if let r = rest.range(of: record, options: [.caseInsensitive, .anchored]) { rest = rest[r.upperBound...]; break }
        }
        for article in ["a ", "the "] {
            if let r = rest.range(of: article, options: [.caseInsensitive, .anchored]) { rest = rest[r.upperBound...]; break }
        }
        guard let head = callingHeads.lazy.compactMap({ rest.range(of: $0 + " from ", options: [.caseInsensitive, .anchored]) }).first
        else { return nil }
        let ends = String(rest[head.upperBound...])
        guard let to = TitleText.find(" to ", in: ends).first else { return nil }
        let a = NamePhrase.parse(String(ends[..<to.lowerBound])).filter(isSpeaker)
        let b = participantList(String(ends[to.upperBound...])).filter(isSpeaker)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let all = merge(a, b)
        return all.count >= 2 ? all : nil
    }
    /// Nouns of calling that open a call's head (`callFromTo`), longest first.
    static let callingHeads = ["telephone conversations", "telephone conversation", "telephone calls", "telephone call", "phone calls",
                               "phone call", "calls", "call"]
    /// Record nouns with `of` that may stand before the noun of calling (`Record of a Telephone Call from A to B`).
    static let callRecordOpenings = ["record of ", "records of ", "memorandum of ", "note of ", "notes of ", "transcript of ",
                                     "summary of ", "minutes of "]

    /// A head that is only an abbreviated record of a talk (`Telcon`, `Memcon`, `Telcon:`; `ArchiveHeads.recordAbbreviations`):
    /// a talk head that names no side, whose sides a summary may name (`SummaryReader.sidesOfUnnamedTalk`).
    static func isTalkAbbreviation(_ title: String) -> Bool {
        guard let first = title.utf8.first, first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "m"), title.utf8.count <= 24 else { return false }
        let word = title.prefix { $0.isLetter }
        guard ArchiveHeads.recordAbbreviations[word.lowercased()] != nil else { return false }
        let rest = title.dropFirst(word.count).trimmingCharacters(in: CharacterSet(charactersIn: " ,:;."))
        return rest.isEmpty || rest.first?.isNumber == true
    }

    /// **Convention: an office, `and`, then an office with its holder set off by a comma are two sides** (`between the
    /// Foreign Secretary and the Indian High Commissioner, Mr. B`, `between the Prime Minister and the Japanese Ambassador,
    /// Mr. B`): the first an office alone, the second the holder the comma names — not one holder of both offices. Read
    /// only where the list of sides gave fewer than two.
    static func officeAndHeldOffice(_ tail: String) -> [NameMention]? {
        guard let and = TitleText.find(" and ", in: tail).first else { return nil }
        let first = NamePhrase.parse(String(tail[..<and.lowerBound]))
        guard !first.isEmpty, first.allSatisfy({ $0.kind == .office }) else { return nil }
        let second = participantList(String(tail[and.upperBound...])).filter(isSpeaker)
        guard !second.isEmpty else { return nil }
        let all = merge(first, second)
        return all.count >= 2 ? all : nil
    }

    /// Nouns of a staff or unnamed group of officials: `Director's Meeting with Budget Staff`, `with the Regional Chiefs`
    /// (gold schema: unnamed groups are not participants).
    static let unnamedStaffNouns: Set<String> = [
        "staff", "staffs", "chiefs", "officials", "officers", "personnel", "employees", "aides", "advisers", "advisors",
        "assistants", "experts", "subordinates", "colleagues",
    ]
    /// The sides of a list that name someone: a mention whose last word is a staff noun (`unnamedStaffNouns`: `Budget
    /// Staff`, `the Regional Chiefs`, however the name grammar read its capitals) is none.
    static func namedSides(_ sides: [NameMention]) -> [NameMention] {
        sides.filter { side in
            guard let last = side.text.split(separator: " ").last else { return true }
            return !unnamedStaffNouns.contains(NamePhrase.wordKey(String(last)))
        }
    }

    /// **Convention: `N X and Y Delegation` is one delegation** (`the Mongolian Party and Government Delegation`, `the Korean
    /// Trade and Economic Delegation`): a nationality and one to three capitalised words with no group noun, `and`, then
    /// one to three capitalised words ending in a delegation noun (`delegationNouns`) with no nationality of their own,
    /// name one body whose kinds are coordinated — not two sides.
    static func joiningCoordinatedDelegation(_ parsed: [NameMention], in text: String) -> [NameMention] {
        guard ByteSearch.mayContainCaseInsensitive(text, "elegation") || ByteSearch.mayContainCaseInsensitive(text, "ission") else { return parsed }
        let words = text.split(separator: " ").map(String.init)
        for k in words.indices.dropFirst().dropLast() where words[k] == "and" {
            // After `and`: capitalised words up to the delegation noun, which ends the item.
            var m = k + 1
            while m < words.count, m - k <= 3, !delegationNouns.contains(NamePhrase.wordKey(words[m])) { m += 1 }
            guard m < words.count, m - k <= 3, delegationNouns.contains(NamePhrase.wordKey(words[m])) else { continue }
            let after = Array(words[(k + 1)...m])
            guard after.allSatisfy({ $0.first?.isUppercase == true }),
                  !after.contains(where: { Lexicon.nationalities.contains(NamePhrase.wordKey($0)) }) else { continue }
            // Before `and`: a nationality and one to three words, back to the list's previous joiner.
            var b = k - 1
            while b > 0, k - b < 4, !Lexicon.nationalities.contains(NamePhrase.wordKey(words[b])) { b -= 1 }
            guard Lexicon.nationalities.contains(NamePhrase.wordKey(words[b])), k - b >= 2 else { continue }
            let before = Array(words[b..<k])
            guard before.allSatisfy({ $0.first?.isUppercase == true && !$0.hasSuffix(",") }),
                  !before.contains(where: { delegationNouns.contains(NamePhrase.wordKey($0)) || isGroup($0) }) else { continue }
            let whole = (before + ["and"] + after).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            let parts = Set([before.joined(separator: " "), after.joined(separator: " ")].map {
                NameFolding.fold($0.trimmingCharacters(in: CharacterSet(charactersIn: ",."))) })
            let isPart = { (m: NameMention) in m.kind != .person && parts.contains { $0.hasSuffix(NameFolding.fold(m.text)) } }
            guard let at = parsed.firstIndex(where: isPart) else { continue }
            var result = parsed
            result.removeAll(where: isPart)
            result.insert(NameMention(text: whole, kind: .institution), at: min(at, result.count))
            return result
        }
        return parsed
    }
    static let delegationNouns: Set<String> = ["delegation", "mission"]


    /// **Convention: `TALK between the N1[, N2] and N3 Delegations`** heading the title — nationality adjectives
    /// (`Lexicon.nationalities`) joined by commas and `and` before a plural group noun name one group of each (`the Polish
    /// and Czechoslovak Delegations` → `Polish Delegation`, `Czechoslovak Delegation`), as `the Delegations of X and Y` does.
    /// Place, time and subject after the noun end the list. A subject after a message's ends (`Telegram, A to B, Concerning
    /// Consultations among the Chinese, Soviet and Vietnamese Delegations`) is not read so (`readSides`).
    static func pluralGroupsOfNationalities(_ text: String) -> [NameMention]? {
        var words = text.split(separator: " ").map(String.init)
        if let first = words.first, first.lowercased() == "the" { words.removeFirst() }
        guard let noun = words.firstIndex(where: { pluralGroupNouns[NamePhrase.wordKey($0).lowercased()] != nil }), noun >= 3,
              let singular = pluralGroupNouns[NamePhrase.wordKey(words[noun]).lowercased()] else { return nil }
        let adjectives = words[..<noun].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }.filter { $0.lowercased() != "and" }
        guard adjectives.count >= 2, adjectives.count == words[..<noun].filter({ $0.lowercased() != "and" }).count,
              adjectives.allSatisfy({ $0.first?.isUppercase == true && Lexicon.nationalities.contains($0.lowercased()) }),
              words[noun - 2].lowercased() == "and" else { return nil }
        let capital = words[noun].first?.isUppercase == true
        let name = capital ? singular.prefix(1).uppercased() + singular.dropFirst() : singular
        return adjectives.map { NameMention(text: "\($0) \(name)", kind: .institution) }
    }
    static let pluralGroupNouns: [String: String] = ["delegations": "delegation"]

    /// Whether the parenthesis opening at `start` holds an office holder's name and closes the item:
    /// "the President's Assistant for National Security Affairs (Kissinger)".
    static func holderInParentheses(_ text: String, at start: String.Index) -> Bool {
        guard let close = text[start...].firstIndex(of: ")") else { return false }
        let inside = String(text[start..<close])
        let after = text[text.index(after: close)...].trimmingSpaces().lowercased()
        return NamePhrase.isPureName(inside) && NamePhrase.personName(in: inside) != nil
            && (after.isEmpty || after.hasPrefix(",") || after.hasPrefix("and ") || after.hasPrefix("on ") || after.hasPrefix("("))
    }

    /// All participants once; a delegation or other group is dropped when two people are named,
    /// since a group is a participant only where no person on its side is named.
    static func merge(_ a: [NameMention], _ b: [NameMention], keepingGroupsOfTheirOwnSide: Bool = false) -> [NameMention] {
        var all = MessageGrammar.distinct(a + b)
        // A side that is only a group ("comments to a COSVN Delegation") keeps it: no person of that side is named.
        let sideIsGroup = [a, b].contains { side in !side.isEmpty && side.allSatisfy { $0.kind == .institution && isGroup($0.text) } }
        if !sideIsGroup, all.filter({ $0.kind == .person }).count >= 2 {
            let named = all
            all.removeAll { $0.kind == .institution && isGroup($0.text) && !(keepingGroupsOfTheirOwnSide && isSideOfItsOwn($0, among: named)) }
        }
        return all
    }

    /// **Convention: a group of a nationality no listed person shares is a side of its own** (`Conversation between A, B and
    /// the Hungarian Party Delegation`): among the sides a title lists after `between`/`among`, a group named by a
    /// nationality stays a participant unless a person of the list is printed with an office of that nationality (`between
    /// the Soviet Ambassador A, B and the Soviet Delegation`: A is on its side). Gold schema: a group is a participant only
    /// when no person on its side is named. (People a summary adds, or the other side after `with`, leave the rule as it was.)
    static func isSideOfItsOwn(_ group: NameMention, among all: [NameMention]) -> Bool {
        let nationalities = Set(NamePhrase.tokenize(group.text).map(NamePhrase.wordKey).filter(Lexicon.nationalities.contains))
        guard !nationalities.isEmpty else { return false }
        return !all.contains { person in
            person.kind == .person && (person.office.map { NamePhrase.tokenize($0).map(NamePhrase.wordKey).contains(where: nationalities.contains) } ?? false)
        }
    }

    static func isGroup(_ name: String) -> Bool {
        let key = NameFolding.fold(name)
        let tokens = NamePhrase.tokenize(name)
        return ["delegation", "leadership", "leaders", "group", "members", "workers", "visitors"].contains { key.contains($0) }
            || NamePhrase.isGroupNamedByNationality(keys: tokens.map(NamePhrase.wordKey), tokens: tokens)
    }
}
