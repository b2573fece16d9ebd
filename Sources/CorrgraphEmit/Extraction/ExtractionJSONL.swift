import Dispatch
import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Writes `corrgraph extract --format jsonl`: one JSON object per input record, in input order,
/// exactly as `contract/extraction-jsonl.md` specifies, plus — only on records that need it —
/// `correspondents`: the kind and authority of every name in the acts that is not a plain person
/// without an authority, so that the file reads back as the same acts.
///
/// ```swift
/// for line in ExtractionJSONL.lines(of: corpus) { print(line) }
/// ```
public enum ExtractionJSONL {
    /// One compact JSON object per record of `corpus`, in input order, without line ends.
    public static func lines(of corpus: ResolvedCorpus) -> [String] {
        let records = corpus.records
        let chunkSize = 1_024
        guard records.count >= 2 * chunkSize else { return records.map { line(for: $0, in: corpus) } }
        // Each line depends on its record and the corpus only: written in parallel over chunks, in order.
        var lines = [String](repeating: "", count: records.count)
        lines.withUnsafeMutableBufferPointer { buffer in
            // Each chunk writes a disjoint range of the buffer.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: (records.count + chunkSize - 1) / chunkSize) { chunk in
                for i in chunk * chunkSize..<min((chunk + 1) * chunkSize, records.count) {
                    out[i] = line(for: records[i], in: corpus)
                }
            }
        }
        return lines
    }

    /// The JSON Lines text of `lines(of:)` as UTF-8 bytes, every line ended by a newline: chunks of
    /// records are serialized in parallel straight into bytes, then joined in order (one copy).
    public static func bytes(of corpus: ResolvedCorpus) -> [UInt8] {
        let chunks = chunks(of: corpus)
        var result: [UInt8] = []
        result.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for c in chunks { result.append(contentsOf: c) }
        return result
    }

    /// The bytes of `bytes(of:)` in consecutive pieces (of 1,024 records each), serialized in parallel: a
    /// writer that takes them one after the other need not join them.
    public static func chunks(of corpus: ResolvedCorpus) -> [[UInt8]] {
        let records = corpus.records
        let chunkSize = 1_024
        let chunkCount = (records.count + chunkSize - 1) / chunkSize
        @Sendable func chunk(_ c: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(512 * chunkSize)
            // Records read in place, field by field, through a pointer: passing `records[i]` copied each record
            // whole (a retain and a release of every string and list of it, a cache miss apiece).
            records.withUnsafeBufferPointer { records in
                guard let base = records.baseAddress else { return }
                for i in c * chunkSize..<min((c + 1) * chunkSize, records.count) {
                    write(base + i, in: corpus, into: &bytes)
                    bytes.append(UInt8(ascii: "\n"))
                }
            }
            return bytes
        }
        var chunks = [[UInt8]](repeating: [], count: chunkCount)
        if chunkCount >= 2 {
            chunks.withUnsafeMutableBufferPointer { buffer in
                // Each chunk writes its own slot.
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: chunkCount) { c in out[c] = chunk(c) }
            }
        } else if chunkCount == 1 {
            chunks[0] = chunk(0)
        }
        return chunks
    }

    /// One record's line (without its line end): the bytes of `write`, which are `object(for:in:).serialized()`.
    static func line(for resolved: ResolvedRecord, in corpus: ResolvedCorpus) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        withUnsafePointer(to: resolved) { write($0, in: corpus, into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the compact serialization of `object(for:in:)` to `out`, byte for byte the same (same keys
    /// in the same order, same escaping via `JSONValue.quote`), without building the value tree:
    /// the JSONL writer's per-record cost is then one pass over the record's strings.
    /// (The record is read through `resolved`, field by field: no copy of it is made.)
    static func write(_ resolved: UnsafePointer<ResolvedRecord>, in corpus: ResolvedCorpus, into out: inout [UInt8]) {
        func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func string(_ s: String) { JSONValue.quote(s, into: &out) }
        // `String(value)`'s digits, written without making the string (a line number is never negative; any
        // other value takes the string).
        func integer(_ value: Int) {
            guard value >= 0 else { return out.append(contentsOf: String(value).utf8) }
            var divisor = 1
            while divisor <= value / 10 { divisor *= 10 }
            while divisor > 0 { out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10)); divisor /= 10 }
        }
        // `CalendarDay.description` quoted, written digit by digit for the years of four digits it pads to.
        func day(_ d: CalendarDay) {
            guard (0...9999).contains(d.year), (0...99).contains(d.month), (0...99).contains(d.day) else {
                return string(d.description)
            }
            func digits(_ value: Int, _ count: Int) {
                var divisor = count == 4 ? 1000 : 10
                while divisor > 0 { out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10)); divisor /= 10 }
            }
            out.append(UInt8(ascii: "\""))
            digits(d.year, 4); out.append(UInt8(ascii: "-"))
            digits(d.month, 2); out.append(UInt8(ascii: "-"))
            digits(d.day, 2); out.append(UInt8(ascii: "\""))
        }
        func names(_ ids: [Int]) {
            out.append(UInt8(ascii: "["))
            for (k, id) in ids.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                string(corpus.name(id))
            }
            out.append(UInt8(ascii: "]"))
        }
        raw("{\"record\":{\"id\":"); string(resolved.pointee.extraction.record.id)
        raw(",\"source\":"); string(resolved.pointee.extraction.record.source)
        raw(",\"line\":"); integer(resolved.pointee.extraction.record.line)
        raw(",\"date\":"); string(resolved.pointee.extraction.record.date)
        raw(",\"title\":"); string(resolved.pointee.extraction.record.title)
        raw(",\"summary\":"); string(resolved.pointee.extraction.record.summary)
        raw("},\"when\":")
        if let when = resolved.pointee.extraction.when {
            raw("{\"start\":"); day(when.start)
            raw(",\"end\":"); day(when.end)
            raw("}")
        } else {
            raw("null")
        }
        raw(",\"documentType\":")
        if let type = resolved.pointee.extraction.documentType { string(type) } else { raw("null") }
        raw(",\"number\":")
        if let number = resolved.pointee.extraction.number { string(number) } else { raw("null") }
        raw(",\"messages\":[")
        for (k, m) in resolved.pointee.messages.enumerated() {
            if k > 0 { raw(",") }
            raw("{\"from\":"); names(m.from)
            raw(",\"to\":"); names(m.to)
            raw(",\"via\":"); names(m.via)
            raw(",\"evidence\":"); string(m.evidence.rawValue)
            raw("}")
        }
        raw("],\"conversations\":[")
        for (k, c) in resolved.pointee.conversations.enumerated() {
            if k > 0 { raw(",") }
            raw("{\"participants\":"); names(c.participants)
            raw(",\"evidence\":"); string(c.evidence.rawValue)
            raw("}")
        }
        raw("],\"problems\":[")
        for (k, p) in resolved.pointee.extraction.problems.enumerated() {
            if k > 0 { raw(",") }
            string(p)
        }
        raw("]")
        // Only when some name of the record is not a plain person without an authority.
        let described = described(resolved.pointee.messages, resolved.pointee.conversations, in: corpus)
        if !described.isEmpty {
            raw(",\"correspondents\":[")
            for (k, d) in described.enumerated() {
                if k > 0 { raw(",") }
                raw("{\"name\":"); string(d.name)
                raw(",\"kind\":"); string(d.kind)
                if let authority = d.authority { raw(",\"authority\":"); string(authority) }
                raw("}")
            }
            raw("]")
        }
        raw("}")
    }

    /// The contract's object for one record: the record, its date, its acts with display names, and
    /// its problems.
    public static func object(for resolved: ResolvedRecord, in corpus: ResolvedCorpus) -> JSONValue {
        let r = resolved.record
        let e = resolved.extraction
        let names = { (ids: [Int]) in JSONValue.array(ids.map { .string(corpus.name($0)) }) }
        // The contract's `when` holds two ISO dates; an open side (a date known only as "not before" or
        // "not after") is written as the calendar's bound, 0001-01-01 or 9999-12-31, and reads back as open.
        let when: JSONValue = e.when.map {
            .object([("start", .string($0.start.description)), ("end", .string($0.end.description))])
        } ?? .null
        var fields: [(String, JSONValue)] = [
            ("record", .object([
                ("id", .string(r.id)), ("source", .string(r.source)), ("line", .int(r.line)),
                ("date", .string(r.date)), ("title", .string(r.title)), ("summary", .string(r.summary)),
            ])),
            ("when", when),
            ("documentType", e.documentType.map { .string($0) } ?? .null),
            ("number", e.number.map { .string($0) } ?? .null),
            ("messages", .array(resolved.messages.map {
                .object([("from", names($0.from)), ("to", names($0.to)), ("via", names($0.via)),
                         ("evidence", .string($0.evidence.rawValue))])
            })),
            ("conversations", .array(resolved.conversations.map {
                .object([("participants", names($0.participants)), ("evidence", .string($0.evidence.rawValue))])
            })),
            ("problems", .array(e.problems.map { .string($0) })),
        ]
        // Only when some name of the record is not a plain person without an authority.
        let described = described(resolved, in: corpus).map { d -> JSONValue in
            var fields: [(String, JSONValue)] = [("name", .string(d.name)), ("kind", .string(d.kind))]
            if let authority = d.authority { fields.append(("authority", .string(authority))) }
            return .object(fields)
        }
        if !described.isEmpty { fields.append(("correspondents", .array(described))) }
        return .object(fields)
    }

    /// The correspondents of a record's acts that are not plain persons without an authority: their
    /// kind and authority identifier, so that reading the extraction back keeps them.
    static func described(_ resolved: ResolvedRecord, in corpus: ResolvedCorpus)
        -> [(name: String, kind: String, authority: String?)] {
        described(resolved.messages, resolved.conversations, in: corpus)
    }

    /// `described` of a record's resolved acts.
    static func described(_ messages: [ResolvedMessage], _ conversations: [ResolvedConversation], in corpus: ResolvedCorpus)
        -> [(name: String, kind: String, authority: String?)] {
        // The acts' lists are walked in place (no joined copy). A record names a handful of correspondents:
        // those seen are then a short list searched linearly; a long one (over 32 mentions) takes a set. O(k).
        let mentions = messages.reduce(0) { $0 + $1.from.count + $1.to.count + $1.via.count }
            + conversations.reduce(0) { $0 + $1.participants.count }
        var seenList: [Int] = [], seenSet = Set<Int>()
        func firstSeen(_ id: Int) -> Bool {
            if mentions > 32 { return seenSet.insert(id).inserted }
            if seenList.contains(id) { return false }
            seenList.append(id)
            return true
        }
        var out: [(name: String, kind: String, authority: String?)] = []
        func visit(_ ids: [Int]) {
            for id in ids {
                // (Fields read in place, not a copy of the whole correspondent; most have no attributes: no key
                // is hashed for them.) A plain person is passed over before the seen list is asked: only the
                // others are listed, so only their first sight matters, and most records name no other.
                let kind = corpus.correspondents[id].kind
                let authority = corpus.correspondents[id].attributes.isEmpty ? nil : corpus.correspondents[id].attributes["authority"]
                guard kind != .person || authority != nil, firstSeen(id) else { continue }
                out.append((corpus.correspondents[id].name, kind.rawValue, authority))
            }
        }
        for m in messages { visit(m.from); visit(m.to); visit(m.via) }
        for c in conversations { visit(c.participants) }
        return out
    }
}
