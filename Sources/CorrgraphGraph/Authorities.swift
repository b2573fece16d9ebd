import CorrgraphExtract
import CorrgraphResolve
import Dispatch

extension ResolvedCorpus {
    /// The corpus with each correspondent's `authority` attribute set from the identifiers the sources
    /// give (a CMIF `persName/@ref`, a previous extraction's `correspondents`), unless the authority file
    /// already set one. A mention's id is found by its position in the act, which resolution keeps
    /// when no name repeats within a list; otherwise by its printed form, when that form belongs to one
    /// correspondent only. Names a structured source prints inverted join the surface forms (see
    /// `addPrintedForms`).
    ///
    /// ```swift
    /// let corpus = NameResolver().resolve(extracted).withAuthorities()
    /// corpus.correspondents[0].attributes["authority"]   // "http://d-nb.info/gnd/118616099"
    /// ```
    public func withAuthorities() -> ResolvedCorpus {
        var found: [Int: String] = [:]
        // Which correspondents print each form: built on the first mention with an authority (most sources
        // give none, and then it is never built).
        var byFormTable: [String: Set<Int>]?
        func owners(of form: String) -> Set<Int>? {
            if byFormTable == nil {
                var table: [String: Set<Int>] = [:]
                for c in correspondents { for form in c.surfaceForms + [c.name] { table[form, default: []].insert(c.id) } }
                byFormTable = table
            }
            return byFormTable?[form]
        }
        func attribute(_ mentions: [NameMention], _ ids: [Int]) {
            // By index, testing the stored reference first: most mentions have none, and are not copied.
            for index in mentions.indices where mentions[index].reference != nil {
                guard let reference = mentions[index].authority else { continue }
                if mentions.count == ids.count { found[ids[index]] = found[ids[index]] ?? reference; continue }
                if let owners = owners(of: mentions[index].text), owners.count == 1, let id = owners.first {
                    found[id] = found[id] ?? reference
                }
            }
        }
        // By index: `for record in records` would copy every record with all its fields (O(records) retains
        // of every string), while the act lists are read in place.
        // Most corpora (every listing) name no correspondent with an identifier: that is found out in parallel
        // over chunks of records (a walk over every act list, bound by memory), and then nothing is walked again.
        let mayHold = Self.chunksNamingReferences(records)
        for index in records.indices where mayHold[index / Self.referenceChunk]
            && Self.namesReference(records[index].extraction.messages, records[index].extraction.conversations) {
            let extracted = records[index].extraction.messages, resolved = records[index].messages
            for (m, r) in zip(extracted, resolved) {
                attribute(m.from, r.from)
                attribute(m.to, r.to)
                attribute(m.via, r.via)
            }
            let talks = records[index].extraction.conversations, resolvedTalks = records[index].conversations
            for (c, r) in zip(talks, resolvedTalks) { attribute(c.participants, r.participants) }
        }
        var copy = self
        for (id, reference) in found where copy.correspondents[id].attributes["authority"] == nil {
            copy.correspondents[id].attributes["authority"] = reference
        }
        copy.addPrintedForms()
        return copy
    }

    /// Records per chunk of `chunksNamingReferences`.
    static let referenceChunk = 2_048

    /// Per chunk of `referenceChunk` records, whether some record of it names a correspondent with an
    /// authority identifier (`namesReference`); the chunks are read in parallel.
    static func chunksNamingReferences(_ records: [ResolvedRecord]) -> [Bool] {
        let chunkCount = (records.count + referenceChunk - 1) / referenceChunk
        var found = [Bool](repeating: false, count: chunkCount)
        records.withUnsafeBufferPointer { records in
            nonisolated(unsafe) let records = records
            found.withUnsafeMutableBufferPointer { found in
                nonisolated(unsafe) let found = found
                DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                    found[c] = (c * referenceChunk..<min((c + 1) * referenceChunk, records.count))
                        .contains { namesReference(records[$0].extraction.messages, records[$0].extraction.conversations) }
                }
            }
        }
        return found
    }

    /// Whether some mention of a record's acts carries an authority identifier. Read in place, field by
    /// field: most records (every record of a listing) carry none, and neither they nor their lists are copied.
    static func namesReference(_ messages: [ExtractedMessage], _ conversations: [ExtractedConversation]) -> Bool {
        func holds(_ mentions: [NameMention]) -> Bool {
            for k in mentions.indices {
                if case .some = mentions[k].reference { return true }
            }
            return false
        }
        for k in messages.indices {
            if holds(messages[k].from) || holds(messages[k].to) || holds(messages[k].via) { return true }
        }
        for k in conversations.indices where holds(conversations[k].participants) { return true }
        return false
    }

    /// Whether the record's source states it as data (`stated`), read without copying what it states.
    static func isStated(_ record: borrowing ResolvedRecord) -> Bool {
        switch record.extraction.record.stated {
        case .none: false
        case .some: true
        }
    }

    /// Structured sources print some names inverted (`Bölsche, Wilhelm`); the record gives them in
    /// direct order and states the printed form as an alias. The printed form joins the surface forms
    /// of the correspondent with that name, so that `people` shows it and why.
    mutating func addPrintedForms() {
        // Only records a source states as data carry aliases to add (none in a listing): nothing to index then.
        guard records.indices.contains(where: { Self.isStated(records[$0]) }) else { return }
        var byName: [String: [Int]] = [:]
        for c in correspondents { byName[c.name, default: []].append(c.id) }
        // By index, for the same reason as in `withAuthorities`: each record is read in place, not copied.
        for index in records.indices where Self.isStated(records[index]) {
            for alias in records[index].extraction.statedAliases {
                guard let ids = byName[alias.alias], ids.count == 1, let id = ids.first,
                      !correspondents[id].surfaceForms.contains(alias.name) else { continue }
                correspondents[id].surfaceForms.append(alias.name)
                correspondents[id].merges.append(MergeDecision(
                    form: alias.name, rule: .statedAlias,
                    detail: "\(records[index].record.source) prints \(alias.alias) as \(alias.name) (\(records[index].record.id))"))
            }
        }
    }
}
