import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Writes `corrgraph extract --format jsonl`: one JSON object per input record, in input order,
/// exactly as `contract/extraction-jsonl.md` specifies.
///
/// ```swift
/// for line in ExtractionJSONL.lines(of: corpus) { print(line) }
/// ```
public enum ExtractionJSONL {
    /// One compact JSON object per record of `corpus`, in input order, without line ends.
    public static func lines(of corpus: ResolvedCorpus) -> [String] {
        corpus.records.map { object(for: $0, in: corpus).serialized() }
    }

    /// The contract's object for one record: the record, its date, its acts with display names, and
    /// its problems.
    public static func object(for resolved: ResolvedRecord, in corpus: ResolvedCorpus) -> JSONValue {
        let r = resolved.record
        let e = resolved.extraction
        let names = { (ids: [Int]) in JSONValue.array(ids.map { .string(corpus.name($0)) }) }
        let when: JSONValue = e.when.map {
            .object([("start", .string($0.start.description)), ("end", .string($0.end.description))])
        } ?? .null
        return .object([
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
        ])
    }
}
