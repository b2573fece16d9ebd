import CorrgraphExtract
import CorrgraphRead
import Dispatch

/// Resolves the surface names of a whole run to one identity per correspondent. A merge needs
/// evidence, and each is recorded in the correspondent's `merges` for audit:
///
/// 1. the authority file (aliases, forbidden merges, attributes) wins over everything;
/// 2. cover names in brackets (`Filippov [Stalin]`) resolve their own record; they rename the bare
///    cover in other records only when other records agree (the pair is bracketed twice, or the real
///    name is printed on its own elsewhere at least as often as the bare cover) and the corpus does not
///    give the cover to two people; aliases stated in summaries (`Terebin (Andrei Orlov)`) apply across
///    the corpus; the reverse order (`Stalin [Kuznetsov]`, where the outside name is the one known as real)
///    is applied to that record only;
/// 3. the same normalized name: case, diacritics, punctuation, Russian case endings
///    (`Poskrebyshevu`), transliteration variants (`Semyonov`/`Semenov`);
/// 4. initials or a bare surname that fit exactly one fuller name in the corpus (`N.V. Roshchin`,
///    `Mao` → `Mao Zedong`), unless offices or dates (ten years, for forms without a given name) disagree;
///    a Wade–Giles form marked by a hyphen or apostrophe, which cannot be Pinyin, likewise fits exactly
///    one name (`Mao Tse-tung` → `Mao Zedong`);
///    a record glosses its own one-word form (`Premier Kim` beside `Kim Il Sung meets …`); a Spanish name
///    without the mother's surname (`Raúl Ortega` / `Raúl Ortega Mendez`) in a Spanish-speaking record;
/// 5. a misprint-sized difference (`Roschin`/`Roshchin`, `Dondogiin`/`Dondongiin`, an unmarked
///    romanization) merges only when the corpus links the two through a correspondent both exchange
///    acts with — or when the misprint cannot be another name (`Deng Xioaping`: no Pinyin reading);
/// 6. a surname printed as the holder of a post (`the Ambassador in Xlandia (Okonkwo)`) names a person by
///    surname and post: two posts at once are two people, a diplomat's successive posts one career;
/// 7. institutions without their country or party: an embassy's own ministry, a party's central
///    committee, `the Central Committee` linked to one namesake, an office without its posting.
///
/// Similarity alone never merges: one letter apart, a romanization that could match, given names that
/// only look alike (`Du`/`Dong`), a name that begins a longer one (`Ana Ruiz`/`Ana Ruiz Soto`), a form of
/// address that marks another person (`Madame X`/`X`), an unconfirmed cover bracket — each becomes a
/// `MergeCandidate` for the user to confirm in the authority file.
///
/// Complexity: forms are compared only within blocking keys — the folded surname (same-surname and
/// short-form rules), the first letter and length of the surname (spelling variants), the
/// romanization-folded first word (Wade–Giles), the first two words (longer names). Time is
/// O(N + Σ b²) for N mentions and blocks of size b, near-linear for real and synthetic corpora, whose
/// blocks stay small as they grow; a link check costs the two forms' partner counts.
///
/// ```swift
/// let corpus = NameResolver().resolve(CorpusExtractor().extract(records))
/// corpus.correspondents.map(\.name)   // ["Anastas Mikoyan", "Mao Zedong", …]
/// corpus.candidates                   // pairs only similarity links
/// ```
public struct NameResolver: Sendable {
    public var authority: AuthorityFile

    public init(authority: AuthorityFile = AuthorityFile()) {
        self.authority = authority
    }

    /// A name as one record uses it, after cover names are resolved.
    struct Occurrence {
        var printed: String
        var identity: String
        var kind: CorrespondentKind
        var office: String?
        var reference: String?
        var year: Int?
        /// The post the name is printed as the holder of (`the Ambassador in Xlandia (Okonkwo)`).
        var heldPost: OfficePost?
        /// The record names a Spanish-speaking country or people (see `NamingPatterns`).
        var spanishContext = false
        var coverResolved: (cover: String, detail: String, rule: MergeDecision.Rule)?
        /// An institution's name as printed, where `identity` is its canonical form (`InstitutionName`).
        var shownAs: String?
        /// The form table's keys, worked out with the occurrence (nil: the table works them out).
        var formKeys: FormTable.Keys?
    }

    /// `records` is consumed: each record moves into its `ResolvedRecord` (a caller that passes its only
    /// reference to the array saves a copy of every record).
    public func resolve(_ records: consuming [ExtractedRecord]) -> ResolvedCorpus {
        var records = records
        // Every record's mentions, listed once (in parallel) for the passes below.
        let mentionLists = Self.perRecord(inPlace: &records) { record, _ in Self.mentions(of: record) }
        // Each person mention's name folded once (in parallel), for the passes that compare names.
        let foldedLists = Self.perRecord(mentionLists) { Self.foldedPersonNames($0) }
        // The fuller names are listed on another thread while this one learns the cover names: neither
        // reads what the other makes.
        nonisolated(unsafe) var known: (names: Set<String>, surnames: Set<String>) = ([], [])
        let listing = DispatchGroup()
        // Only a one-word name looks for a fuller one: a corpus that prints none (structured sources, full
        // names throughout) needs no list.
        if Self.anyPersonMention(mentionLists, where: { !$0.text.containsSpace }) {
            DispatchQueue.global().async(group: listing) { known = Self.knownNames(mentionLists, foldedLists) }
        }
        let covers = learnCovers(records, mentions: mentionLists, folded: foldedLists)
        listing.wait()
        let (knownNames, knownSurnames) = known
        // A record's occurrences depend on the record and the tables above only: they are read in
        // parallel over chunks of records, then added to the form table in record order.
        var readings = Self.perRecord(inPlace: &records) { [knownNames, knownSurnames] record, r in
            self.occurrences(of: record, mentions: mentionLists[r], folded: foldedLists[r], covers: covers,
                             knownNames: knownNames, knownSurnames: knownSurnames)
        }
        var forms = FormTable()
        // Occurrence → form index, record by record, in act order.
        var recordForms: [[Int]] = []
        recordForms.reserveCapacity(records.count)
        for r in readings.indices {
            var ids: [Int] = []
            ids.reserveCapacity(readings[r].count)
            // Each occurrence is moved out for `add` and back (bits only): read through the array, it was
            // copied with all its strings.
            readings[r].withUnsafeMutableBufferPointer { list in
                guard let base = list.baseAddress else { return }
                for k in list.indices {
                    let occurrence = (base + k).move()
                    ids.append(forms.add(occurrence))
                    (base + k).initialize(to: occurrence)
                }
            }
            recordForms.append(ids)
        }
        // The per-record tables are not read again: they are freed on another thread, while this one
        // merges names (a few thousand strings per thousand records).
        Self.discard((mentionLists, foldedLists, readings))
        readings = []

        var clusters = Clusters(forms: forms, authority: authority, partners: Self.partners(records, recordForms, formCount: forms.forms.count))
        clusters.applyAuthority()
        clusters.mergeSameSurname()
        clusters.proposeContainedNames()
        clusters.mergeRomanizations()
        // Misprints first, so that they do not make a bare surname look ambiguous (`Mao Zeong`), and
        // again after, when short forms have joined the correspondents that link them.
        clusters.mergeSpellingVariants()
        clusters.resolveOfficeHolders()
        clusters.mergeJoinedNames()
        clusters.mergePartiesWithCentralCommittees()
        clusters.mergeUnqualifiedInstitutions()
        clusters.mergeUnpostedOffices()
        clusters.mergeShortForms()
        clusters.mergeSpellingVariants()
        for (cover, pair) in covers.unconfirmed {
            for i in forms.byKey[cover] ?? [] where forms.forms[i].kind == .person {
                for j in forms.byKey[pair.real] ?? [] where forms.forms[j].kind == .person {
                    clusters.proposals.append(.init(form: i, other: j, kind: .coverName,
                        evidence: "printed as a cover name of \(forms.forms[j].printed[0].text) in \(pair.source) only; no other record agrees"))
                }
            }
        }
        let (correspondents, formToCorrespondent) = clusters.correspondents()
        let candidates = clusters.candidates(formToCorrespondent)

        let resolved = Self.resolvedRecords(moving: &records, recordForms: recordForms, formToCorrespondent: formToCorrespondent)
        return ResolvedCorpus(records: resolved, correspondents: correspondents, candidates: candidates)
    }

    /// Fuller names the corpus prints as correspondents (folded, of two words or more), and their last
    /// words: what a record's gloss of a short form may be.
    static func knownNames(_ mentionLists: [[NameMention]], _ foldedLists: [[String]]) -> (names: Set<String>, surnames: Set<String>) {
        var knownNames = Set<String>(), knownSurnames = Set<String>()
        for (mentions, foldedNames) in zip(mentionLists, foldedLists) {
            // (By index: iterating the mentions copied each, a retain and a release of each of its strings.)
            for k in mentions.indices where mentions[k].kind == .person {
                let folded = foldedNames[k]
                // A name already known has its surname known too: only a new one is split.
                if folded.containsSpace, knownNames.insert(folded).inserted, let last = Self.lastWord(folded) {
                    knownSurnames.insert(String(last))
                }
            }
        }
        return (knownNames, knownSurnames)
    }

    /// Whether some person mention of some record passes `test`. O(mentions).
    static func anyPersonMention(_ mentionLists: [[NameMention]], where test: (borrowing NameMention) -> Bool) -> Bool {
        // (By index: iterating the mentions copied each, a retain and a release of each of its strings.)
        mentionLists.indices.contains { r in mentionLists[r].indices.contains { mentionLists[r][$0].kind == .person && test(mentionLists[r][$0]) } }
    }

    /// Frees `value` on another thread (a large table of strings costs its owner a release of each).
    static func discard<Value>(_ value: consuming Value) {
        let box = Discarded(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    /// What `discard` hands to another thread (only that thread touches it after).
    final class Discarded: @unchecked Sendable {
        var value: Any?
        init(_ value: Any) { self.value = value }
    }

    /// Each record with its acts in correspondent ids, in record order. The records move out of `records`
    /// (which is left holding empty ones), in parallel over chunks: each depends on its own forms only.
    static func resolvedRecords(moving records: inout [ExtractedRecord], recordForms: [[Int]],
                                formToCorrespondent: [Int]) -> [ResolvedRecord] {
        let count = records.count
        return records.withUnsafeMutableBufferPointer { source in
            nonisolated(unsafe) let source = source
            return [ResolvedRecord](unsafeUninitializedCapacity: count) { target, initialized in
                nonisolated(unsafe) let target = target
                forChunks(of: count) { range in
                    for index in range {
                        let extraction = (source.baseAddress! + index).move()
                        (source.baseAddress! + index).initialize(to: ExtractedRecord(
                            record: CatalogueRecord(id: "", source: "", line: 0, date: "", title: "", summary: "")))
                        (target.baseAddress! + index).initialize(to: resolvedRecord(extraction, forms: recordForms[index],
                                                                                    formToCorrespondent: formToCorrespondent))
                    }
                }
                initialized = count
            }
        }
    }

    /// One record's acts in correspondent ids: `forms` are its mentions' forms in `mentions(of:)` order.
    static func resolvedRecord(_ record: consuming ExtractedRecord, forms: [Int], formToCorrespondent: [Int]) -> ResolvedRecord {
        var cursor = forms.makeIterator()
        func next() -> Int { formToCorrespondent[cursor.next()!] }
        // The next `count` mentions' correspondents, each once.
        func ids(_ count: Int) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                let id = next()
                if !out.contains(id) { out.append(id) }
            }
            return out
        }
        var messages: [ResolvedMessage] = []
        messages.reserveCapacity(record.messages.count)
        // (By index, reading counts only: iterating the acts copied each with its lists.)
        for k in record.messages.indices {
            let from = ids(record.messages[k].from.count), to = ids(record.messages[k].to.count)
            let via = ids(record.messages[k].via.count).filter { !from.contains($0) && !to.contains($0) }
            messages.append(ResolvedMessage(from: from, to: to, via: via, evidence: record.messages[k].evidence))
        }
        var conversations: [ResolvedConversation] = []
        for k in record.conversations.indices {
            let participants = ids(record.conversations[k].participants.count)
            if participants.count >= 2 {
                conversations.append(ResolvedConversation(participants: participants, evidence: record.conversations[k].evidence))
            }
        }
        return ResolvedRecord(extraction: record, messages: messages, conversations: conversations)
    }

    /// The occurrences of one record's mentions, in `mentions(of:)` order.
    /// `folded`: `foldedPersonNames(mentions)`, when worked out already.
    func occurrences(of record: borrowing ExtractedRecord, mentions: [NameMention], folded: [String]? = nil, covers: CoverTable,
                     knownNames: Set<String>, knownSurnames: Set<String>) -> [Occurrence] {
        var result: [Occurrence] = []
        let year = record.when?.start.year
        result.reserveCapacity(mentions.count)
        // Only names of three words or more can be a Spanish name with both surnames.
        // (Mentions by index: a copy of each would retain all its strings.)
        let spanish = mentions.indices.contains { mentions[$0].kind == .person && Self.hasThreeWords(mentions[$0].text) }
            && NamingPatterns.namesSpanishSpeakingPlace(record.record.title + " " + record.record.summary)
        let ministries = HomeMinistries.qualified(in: record)
        // The record's own fuller names, read once, only when a one-word name may need its gloss. A title printed
        // in capitals is read in the case the extraction reads it in (`AMBASSADOR STEPAN ORLOV` → `Ambassador Stepan Orlov`).
        let glossary = mentions.indices.contains { mentions[$0].kind == .person && !mentions[$0].text.containsSpace }
            ? RecordGlosses.names(in: [Truecasing.restoringCapitals(record.record.title), record.record.summary]) : [:]
        for (index, mention) in mentions.enumerated() {
            var occurrence = identify(mention, covers: covers, year: year, recordID: record.record.id, glossary: glossary,
                                     knownNames: knownNames, knownSurnames: knownSurnames)
            occurrence.spanishContext = spanish
            if let ministry = ministries[index] {
                occurrence.coverResolved = (mention.text, "\(mention.text) is written to or by an embassy of its own country: \(ministry)", .institutionForm)
                occurrence.identity = ministry
            }
            // A name that kept its printed form has its folded key already.
            let foldedIdentity = mention.kind == .person && occurrence.identity == mention.text ? folded?[index] : nil
            occurrence.formKeys = FormTable.keys(of: occurrence, folded: foldedIdentity)
            result.append(occurrence)
        }
        return result
    }

    /// Whether `text` has three space-separated words or more. Each word boundary holds a space byte, so
    /// a name with fewer than two (most names) is decided by one pass over its bytes; the others are split
    /// by characters (a space that carries a combining mark is no boundary). O(length).
    static func hasThreeWords(_ text: String) -> Bool {
        // (Counted in the stored bytes when there are: the generic UTF-8 walk costs several times more.)
        let spaces = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) } }
            ?? text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        return spaces >= 2 && text.split(separator: " ").count >= 3
    }

    /// The last space-separated word of `text`, as `split(separator: " ").last` gives it: found from the end
    /// by bytes for ASCII text (most folded names), by characters otherwise. O(length).
    static func lastWord(_ text: String) -> Substring? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").last }
        guard let end = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
        let start = bytes[..<end].lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
        return text[start...end]
    }

    /// `body` of every record, in record order, computed in parallel over chunks of records (`body`
    /// depends on its record only, so the result does not depend on the number of threads).
    static func perRecord<Element: Sendable, T>(_ records: [Element], _ body: @Sendable (Element) -> T) -> [T] {
        // (Each element read in place through the buffer: `records[i]` copied it.)
        records.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            return perIndex(elements.count) { body(elements[$0]) }
        }
    }

    /// `body` of every record and its index, in record order, computed in parallel over chunks of records.
    /// Each record is moved out of the array for the call and back after it (bits only): a record read
    /// through the array or a pointer is copied whole (a retain and a release of every string and list),
    /// one owned by the caller is lent as it is.
    static func perRecord<T>(inPlace records: inout [ExtractedRecord],
                             _ body: @Sendable (borrowing ExtractedRecord, Int) -> T) -> [T] {
        records.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            return perIndex(buffer.count) { index in
                let record = (buffer.baseAddress! + index).move()
                let result = body(record, index)
                (buffer.baseAddress! + index).initialize(to: record)
                return result
            }
        }
    }

    /// `body` of every index below `count`, in index order, computed in parallel over chunks of indices
    /// (`body` depends on its index only, so the result does not depend on the number of threads).
    static func perIndex<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes a disjoint range of the buffer.
            nonisolated(unsafe) let out = buffer
            forChunks(of: count) { range in
                for i in range { (out.baseAddress! + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }

    /// Runs `body` on consecutive ranges that cover `0..<count`: on this thread when there are fewer than
    /// two chunks of 512, else concurrently.
    static func forChunks(of count: Int, chunkSize: Int = 512, _ body: @Sendable (Range<Int>) -> Void) {
        guard count >= 2 * chunkSize else { return body(0..<count) }
        DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
            body(chunk * chunkSize..<min((chunk + 1) * chunkSize, count))
        }
    }

    /// Per form, the other forms of the acts it is a party of (deduplicated, in first-seen order).
    /// Every (form, partner) of every act is listed in record order, grouped by form with a stable counting
    /// sort, and deduplicated with one stamp per partner: no set per form. O(Σ act size²).
    static func partners(_ records: [ExtractedRecord], _ recordForms: [[Int]], formCount: Int) -> [[Int]] {
        var pairs: [(form: Int, partner: Int)] = []
        for index in records.indices {
            // The record's forms in mention order; each act is a run of them. (Runs and pairs by index: slices
            // of the list retained and released it for every act.)
            recordForms[index].withUnsafeBufferPointer { ids in
                var offset = 0
                func act(_ count: Int) {
                    let end = min(offset + count, ids.count)
                    for a in offset..<end { for b in offset..<end where ids[a] != ids[b] { pairs.append((ids[a], ids[b])) } }
                    offset = end
                }
                // (By index, reading counts only: iterating the acts copied each with its lists.)
                for k in records[index].messages.indices {
                    act(records[index].messages[k].from.count + records[index].messages[k].to.count + records[index].messages[k].via.count)
                }
                for k in records[index].conversations.indices { act(records[index].conversations[k].participants.count) }
            }
        }
        // `grouped[start[f]..<start[f + 1]]`: the partners of form `f`, in the order met.
        var start = [Int](repeating: 0, count: formCount + 1)
        for pair in pairs { start[pair.form + 1] += 1 }
        for form in 0..<formCount { start[form + 1] += start[form] }
        var grouped = [Int](repeating: 0, count: pairs.count), fill = start
        for pair in pairs {
            grouped[fill[pair.form]] = pair.partner
            fill[pair.form] += 1
        }
        // Each form's list depends on its run of `grouped` only: built in parallel over chunks of forms, each
        // chunk with its own stamps (the last form each form was listed as a partner of).
        return [[Int]](unsafeUninitializedCapacity: formCount) { result, initialized in
            nonisolated(unsafe) let result = result
            forChunks(of: formCount, chunkSize: 4_096) { [grouped, start] forms in
                var listedFor = [Int](repeating: -1, count: formCount)
                for form in forms {
                    var list: [Int] = []
                    list.reserveCapacity(start[form + 1] - start[form])
                    for k in start[form]..<start[form + 1] where listedFor[grouped[k]] != form {
                        listedFor[grouped[k]] = form
                        list.append(grouped[k])
                    }
                    (result.baseAddress! + form).initialize(to: list)
                }
            }
            initialized = formCount
        }
    }

    /// `NameFolding.fold` of each person mention's name, "" for other mentions, in mention order.
    static func foldedPersonNames(_ mentions: [NameMention]) -> [String] {
        mentions.map { $0.kind == .person ? NameFolding.fold($0.text) : "" }
    }

    /// Every mention of a record in the fixed order `resolve` reads them back.
    static func mentions(of record: borrowing ExtractedRecord) -> [NameMention] {
        record.messages.flatMap { $0.from + $0.to + $0.via } + record.conversations.flatMap(\.participants)
    }

    // MARK: Cover names

    struct CoverTable {
        /// Folded cover → the real names it stands for (folded → as printed).
        var global: [String: [String: String]] = [:]
        /// Folded names known as real identities (the inside of `cover [real]`).
        var realNames: Set<String> = []
        /// Folded bracket content → the folded outside names it was printed with.
        var bracketedWith: [String: Set<String>] = [:]
        var sources: [String: String] = [:]
        /// How often each folded name stands inside brackets, and how often alone: when a corpus prints a
        /// pair in both orders (`Filippov [Stalin]`, `Stalin [Filippov]`), the real name is the one it
        /// brackets or prints alone more often.
        var insideCount: [String: Int] = [:]
        var bareCount: [String: Int] = [:]
        /// Folded "cover|real" → records that bracket the pair (in either order).
        var pairRecords: [String: Int] = [:]
        /// Covers whose bracket no other record confirms: they resolve their own record only.
        var unconfirmed: [String: (real: String, source: String)] = [:]

        func real(for cover: String) -> String? {
            // (A corpus without cover names, most structured sources, folds nothing here.)
            guard !global.isEmpty, let reals = global[NameFolding.fold(cover)], reals.count == 1 else { return nil }
            return reals.values.first
        }
    }

    /// `folded`: `foldedPersonNames` of each list of `mentions`, when worked out already.
    func learnCovers(_ records: [ExtractedRecord], mentions: [[NameMention]]? = nil, folded: [[String]]? = nil) -> CoverTable {
        let mentionLists = mentions ?? records.map(Self.mentions(of:))
        let foldedLists = folded ?? mentionLists.map(Self.foldedPersonNames)
        var table = CoverTable()
        // The counts below are read for bracketed names only: a corpus without brackets (most structured
        // sources) counts nothing.
        let bracketed = Self.anyPersonMention(mentionLists, where: { $0.bracketed != nil })
        // (Mentions by index: a copy of each would retain all its strings; only bracketed ones are copied.)
        for (mentions, foldedNames) in zip(mentionLists, foldedLists) where bracketed {
            for k in mentions.indices where mentions[k].kind == .person {
                if let b = mentions[k].bracketed {
                    table.realNames.insert(NameFolding.fold(b))
                    table.bracketedWith[NameFolding.fold(b), default: []].insert(foldedNames[k])
                    table.insideCount[NameFolding.fold(b), default: 0] += 1
                } else {
                    table.bareCount[foldedNames[k], default: 0] += 1
                }
            }
        }
        for mentions in mentionLists where bracketed {
            var pairs = Set<String>()
            for k in mentions.indices where mentions[k].kind == .person {
                if let b = mentions[k].bracketed { pairs.insert(Self.pairKey(mentions[k].text, b)) }
            }
            for p in pairs { table.pairRecords[p, default: 0] += 1 }
        }
        // (By index: a copy of each record would retain all its fields.)
        for r in records.indices {
            for k in mentionLists[r].indices where mentionLists[r][k].kind == .person && mentionLists[r][k].bracketed != nil {
                let m = mentionLists[r][k]
                guard let b = m.bracketed, !isReversed(m, table), Self.completion(m, table) == nil else { continue }
                let cover = NameFolding.fold(m.text), real = NameFolding.fold(b)
                // Other records agree: the pair is bracketed again, or the real name is printed on its own
                // elsewhere at least as often as the bare cover. One `Stalin [Filippov]` does not rename
                // every plain Stalin.
                let realElsewhere = (table.bareCount[real] ?? 0) + (table.insideCount[real] ?? 0) - 1
                let agreed = (table.pairRecords[Self.pairKey(m.text, b)] ?? 0) >= 2
                    || (realElsewhere >= 1 && (table.bareCount[cover] ?? 0) <= realElsewhere)
                guard agreed else {
                    if table.unconfirmed[cover] == nil { table.unconfirmed[cover] = (real, "\(records[r].record.id): \(m.text) [\(b)]") }
                    continue
                }
                add(cover: m.text, real: b, to: &table, source: "\(records[r].record.id): \(m.text) [\(b)]")
            }
            for alias in records[r].statedAliases {
                add(cover: alias.name, real: alias.alias, to: &table, source: "\(records[r].record.id) summary: \(alias.name) (\(alias.alias))")
            }
        }
        return table
    }

    /// `Mao [Zedong]`, `[Anna] Weber`: a bracket that completes the printed name into a name the corpus
    /// prints elsewhere is an editor's completion, not a cover name.
    static func completion(_ m: NameMention, _ table: CoverTable) -> String? {
        guard let b = m.bracketed else { return nil }
        for joined in ["\(m.text) \(b)", "\(b) \(m.text)"] where (table.bareCount[NameFolding.fold(joined)] ?? 0) > 0 {
            return joined
        }
        return nil
    }

    static func pairKey(_ a: String, _ b: String) -> String {
        let x = NameFolding.fold(a), y = NameFolding.fold(b)
        return x < y ? x + "|" + y : y + "|" + x
    }

    private func add(cover: String, real: String, to table: inout CoverTable, source: String) {
        let key = NameFolding.fold(cover)
        let realKey = NameFolding.fold(real)
        guard key != realKey, table.global[realKey] == nil else { return }
        // Variants of one real name ("Stalin", "I.V. Stalin") are one identity, not an ambiguity.
        if let existing = table.global[key], existing.keys.contains(where: { PersonName.compatible(PersonName($0).tokens, PersonName(realKey).tokens) || $0.hasSuffix(realKey) || realKey.hasSuffix($0) }) {
            return
        }
        table.global[key, default: [:]][realKey] = real
        table.sources[key] = source
    }

    /// `Stalin [Kuznetsov]`: the outside is a name known as real elsewhere (it stands inside the
    /// brackets of another cover name), and the inside is only ever bracketed next to real names.
    func isReversed(_ m: NameMention, _ table: CoverTable) -> Bool {
        guard let b = m.bracketed else { return false }
        let outside = NameFolding.fold(m.text), inside = NameFolding.fold(b)
        guard table.realNames.contains(outside) else { return false }
        // Both orders in the corpus: the name bracketed or printed alone more often is the real one.
        if table.bracketedWith[outside]?.contains(inside) == true {
            let weight = { (name: String) in (table.insideCount[name] ?? 0) + (table.bareCount[name] ?? 0) }
            return weight(outside) > weight(inside)
        }
        let partners = table.bracketedWith[inside] ?? []
        return partners.allSatisfy { table.realNames.contains($0) }
    }

    /// `recordID` names the record in the audit of a gloss (an id, not the record: wrapping the record in an
    /// optional would copy all its fields once per mention).
    func identify(_ m: NameMention, covers: CoverTable, year: Int?, recordID: String? = nil, glossary: [String: [NameMention]] = [:],
                  knownNames: Set<String> = [], knownSurnames: Set<String> = []) -> Occurrence {
        var occurrence = Occurrence(printed: m.text, identity: m.text, kind: m.kind, office: m.office,
                                    reference: m.reference, year: year)
        if m.kind == .person, m.holdsOffice, let office = m.office, let post = OfficePost(office) {
            occurrence.heldPost = post
            // The audit shows the holder as the head prints it: `Ambassador in Xlandia (Okonkwo)`.
            if m.bracketed == nil, !m.text.containsSpace { occurrence.printed = "\(office) (\(m.text))" }
        }
        if let b = m.bracketed {
            occurrence.printed = "\(m.text) [\(b)]"
            if let full = Self.completion(m, covers) {
                occurrence.identity = full
                occurrence.coverResolved = (occurrence.printed, "\"\(occurrence.printed)\": the bracket completes the name, printed in full elsewhere", .sameName)
            } else if isReversed(m, covers) {
                occurrence.identity = m.text
                occurrence.coverResolved = (b, "\"\(m.text) [\(b)]\": \(b) is a cover name used for \(m.text) in this record", .coverName)
            } else {
                occurrence.identity = b
                occurrence.coverResolved = (m.text, "\"\(m.text) [\(b)]\": \(m.text) is a cover name or variant of \(b)", .coverName)
            }
        } else if m.kind == .person, let real = covers.real(for: m.text) {
            occurrence.identity = real
            let source = covers.sources[NameFolding.fold(m.text)] ?? ""
            occurrence.coverResolved = (m.text, "\(m.text) stands for \(real) (learned from \(source))",
                                        source.contains("summary") ? .statedAlias : .coverName)
        }
        // `Premier Kim` in a record whose summary prints `Kim Il Sung`: the record glosses its own short form.
        if m.kind == .person, m.bracketed == nil, occurrence.coverResolved == nil, m.reference == nil, !m.text.containsSpace,
           !(m.office ?? "").split(separator: " ").contains(where: { PersonName.addressesMarkingAnotherPerson.contains(NameFolding.fold(String($0))) }),
           let recordID, let full = RecordGlosses.fullerName(of: m.text, among: glossary, known: knownNames, knownSurnames: knownSurnames) {
            occurrence.identity = full.text
            if occurrence.office == nil { occurrence.office = full.office }
            occurrence.coverResolved = (m.text, "\(m.text) is \(full.text), the one fuller name its record \(recordID) prints", .shortForm)
        }
        // `Madame Chiang Kai-shek` is not `Chiang Kai-shek`: the form of address stays with the name.
        if m.kind == .person, let office = m.office,
           let address = office.split(separator: " ").first(where: { PersonName.addressesMarkingAnotherPerson.contains(NameFolding.fold(String($0))) }) {
            occurrence.identity = "\(address) \(occurrence.identity)"
        }
        if m.kind == .institution {
            let canonical = InstitutionName.canonical(occurrence.identity)
            if canonical != occurrence.identity {
                occurrence.coverResolved = (occurrence.identity, "institution name form: \(occurrence.identity) → \(canonical)", .institutionForm)
                // A form opening in lower case (`to the Presidium of the CC CPSU`) caught a word of its sentence:
                // the canonical form is shown instead.
                if let first = occurrence.identity.unicodeScalars.first, !first.properties.isLowercase {
                    occurrence.shownAs = occurrence.identity
                }
                occurrence.identity = canonical
            }
        }
        if m.kind == .person, let base = Self.undoCaseEnding(occurrence.identity) {
            occurrence.coverResolved = (occurrence.identity, "Russian case ending: \(occurrence.identity) → \(base)", .caseEnding)
            occurrence.identity = base
        }
        return occurrence
    }

    /// The class of an office phrase, for telling apart people who share a surname:
    /// "Prime Minister", "Premier", "Chairman" → "leader"; "Soviet Ambassador to China" → "diplomat".
    static func officeHead(_ office: String?) -> String? {
        guard let office else { return nil }
        let words = NameFolding.fold(office).split(separator: " ")
        // Offices fall in two classes that one person rarely spans within a corpus: heads of state,
        // party and government (Kosygin is "Chairman" and "Premier"), and diplomats.
        if words.contains(where: { diplomaticOffices.contains(String($0)) }) { return "diplomat" }
        if words.contains(where: { leadingOffices.contains(String($0)) }) { return "leader" }
        return nil
    }

    /// Office words of the two classes of `officeHead` (built once, not per call).
    static let diplomaticOffices: Set<String> = ["ambassador", "charge", "chargé", "counselor", "counsellor", "consul",
                                                 "attache", "attaché", "envoy"]
    static let leadingOffices: Set<String> = ["premier", "prime", "president", "chairman", "chancellor", "secretary",
                                              "minister", "marshal", "general", "king", "prince", "leader", "commander", "vice"]

    /// The byte before the last of every ending `undoCaseEnding` undoes, in both cases.
    static let caseEndingPenultimates: Set<UInt8> = Set("vVnNmMgG".utf8)

    /// `Poskrebyshevu` → `Poskrebyshev`: the dative of surnames in -ov, -ev, -in.
    static func undoCaseEnding(_ name: String) -> String? {
        // Every ending below ends in `u` or `o`: a name whose last word ends in another byte keeps its
        // form, decided without splitting or lower-casing it (most names).
        guard let end = Substring(name).utf8.last(where: { $0 != 0x20 }),
              end == UInt8(ascii: "u") || end == UInt8(ascii: "U") || end == UInt8(ascii: "o") || end == UInt8(ascii: "O")
        else { return nil }
        // And every ending's letter before that is `v`, `n`, `m` or `g` (no other letter lower-cases to
        // these): most names ending in `o` (`Petrenko`) are decided here too, without a split.
        let bytes = Array(name.utf8.reversed().drop(while: { $0 == 0x20 }).prefix(2))
        guard bytes.count == 2, Self.caseEndingPenultimates.contains(bytes[1]) else { return nil }
        guard let last = name.split(separator: " ").last, last.count >= 7 else { return nil }
        let lower = last.lowercased()
        for ending in ["ovu", "evu", "inu", "yovu", "ёvu"] where lower.hasSuffix(ending) {
            return String(name.dropLast())
        }
        // Adjectival surnames: "Vyshinskomu" (dative), "Vyshinskogo" (genitive) → "Vyshinsky".
        for ending in ["skomu", "skogo"] where lower.hasSuffix(ending) {
            return String(name.dropLast(ending.count - 2)) + "y"
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether a space occurs, by a scan of the bytes (Foundation's `contains(" ")` runs a search of its own).
    var containsSpace: Bool { utf8.contains(0x20) }
}
