import CorrgraphAnalyse

/// Pair statistics as tables or the contract's JSON (`{"pairs": [...], "periods": [...]}`).
///
/// ```swift
/// let stats = PairStatistics.compute(graph, by: .year)
/// print(PairStatisticsTables.pairs(stats, limit: 20).terminal())
/// print(PairStatisticsTables.periods(stats).terminal())
/// ```
public enum PairStatisticsTables {
    /// The ordered pairs, most active first; `limit` keeps the top rows (footer says how many were cut).
    /// `recordsPerPair` lists at most that many record ids per pair and counts the rest (for
    /// reading); nil lists them all (files).
    public static func pairs(_ stats: PairStatistics, limit: Int? = nil, recordsPerPair: Int? = nil) -> TextTable {
        var table = TextTable(columns: [.init("from"), .init("to"), .init("messages", alignment: .right),
                                        .init("back", alignment: .right), .init("relayed", alignment: .right),
                                        .init("conversations", alignment: .right), .init("first"), .init("last"),
                                        .init("reciprocated"), .init("records")])
        let shown = limit.map { Array(stats.pairs.prefix($0)) } ?? stats.pairs
        for p in shown {
            table.rows.append([p.from, p.to, String(p.messages), String(p.messagesBack), String(p.relayed),
                               String(p.conversations), p.first?.description ?? "", p.last?.description ?? "",
                               p.reciprocated ? "yes" : "no", recordList(p.records, limit: recordsPerPair)])
        }
        table.footer = ["Pairs are original sender → final recipient; a relayed message counts for that pair (see 'relayed').",
                        "records: the ids (file#ordinal) of the records behind the pair, to cite"
                            + (recordsPerPair.map { "; the first \($0) here, every one in --format csv or json." } ?? ".")]
        if shown.count < stats.pairs.count {
            table.footer.append("Showing the \(shown.count) most active of \(stats.pairs.count) pairs.")
        }
        return table
    }

    /// The ids separated by spaces (ids are `file#n`, so never contain one … unless a file name
    /// does; a space-separated list still reads), the rest counted: `a#1 a#2 … (+5)`.
    static func recordList(_ ids: [String], limit: Int?) -> String {
        guard let limit, ids.count > limit else { return ids.joined(separator: " ") }
        return ids.prefix(limit).joined(separator: " ") + " (+\(ids.count - limit))"
    }

    /// Messages and conversations per period, in `stats.periods` order (chronological, `undated` last).
    public static func periods(_ stats: PairStatistics) -> TextTable {
        TextTable(columns: [.init("period"), .init("messages", alignment: .right), .init("conversations", alignment: .right)],
                  rows: stats.periods.map { [$0.period, String($0.messages), String($0.conversations)] })
    }

    /// The contract shape, plus `relayed` and `messagesBack` per pair and `conversations` per period.
    public static func json(_ stats: PairStatistics) -> JSONValue {
        .object([
            ("pairs", .array(stats.pairs.map { p in
                .object([("from", .string(p.from)), ("to", .string(p.to)), ("messages", .int(p.messages)),
                         ("messagesBack", .int(p.messagesBack)), ("relayed", .int(p.relayed)),
                         ("conversations", .int(p.conversations)),
                         ("first", p.first.map { .string($0.description) } ?? .null),
                         ("last", p.last.map { .string($0.description) } ?? .null),
                         ("reciprocated", .bool(p.reciprocated)),
                         ("records", .array(p.records.map { .string($0) }))])
            })),
            ("periods", .array(stats.periods.map { p in
                .object([("period", .string(p.period)), ("messages", .int(p.messages)),
                         ("conversations", .int(p.conversations))])
            })),
        ])
    }
}
