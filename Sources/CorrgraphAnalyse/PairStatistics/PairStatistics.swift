import CorrgraphGraph
import CorrgraphRead

/// Who wrote to whom: every ordered pair of correspondents with their messages and conversations,
/// and counts per period.
///
/// Counting rules:
/// - a message counts once for each (sender, recipient) combination, under its **original sender →
///   final recipient** pair, whether it was relayed or not (`relayed` says how many were); relay
///   hops are not pairs here (they are in `Intermediaries` and in the graph's edges);
/// - a conversation counts once for each ordered pair of distinct participants, both ways;
/// - a message to oneself is not a pair;
/// - `reciprocated`: the recipient also wrote to the sender, or the two shared a conversation;
/// - `first`/`last`: the earliest start and latest end of the pair's dated acts.
///
/// ```swift
/// let stats = PairStatistics.compute(graph, by: .year)
/// stats.pairs[0]      // the most active pair
/// stats.periods       // [("1949", 12, 3), …]
/// ```
///
/// - Complexity: O(Σ |from|·|to| + Σ |participants|²) and a sort of the pairs.
public struct PairStatistics: Sendable {
    /// One ordered pair (original sender → final recipient) and what passed between them.
    ///
    /// ```swift
    /// let pair = PairStatistics.compute(graph).pairs[0]
    /// "\(pair.from) → \(pair.to): \(pair.messages) letters, \(pair.messagesBack) back"
    /// ```
    public struct Pair: Sendable, Hashable {
        /// The sender's correspondent id.
        public var fromID: Int
        /// The recipient's correspondent id.
        public var toID: Int
        /// The sender's display name.
        public var from: String
        /// The recipient's display name.
        public var to: String
        /// Messages from `from` to `to`, relayed or not.
        public var messages: Int
        /// Of `messages`, how many went through at least one intermediary.
        public var relayed: Int
        /// Messages the other way (`to` → `from`).
        public var messagesBack: Int
        /// Conversations both took part in (the same count appears in the reverse pair).
        public var conversations: Int
        /// Earliest start of the pair's dated acts; nil when none is dated.
        public var first: CalendarDay?
        /// Latest end of the pair's dated acts; nil when none is dated.
        public var last: CalendarDay?
        /// `to` also wrote to `from`, or the two shared a conversation.
        public var reciprocated: Bool
        /// The ids of the records behind the pair's messages and conversations (`source#ordinal`),
        /// in corpus order, each once: what a historian cites for the pair.
        public var records: [String] = []
        /// Messages plus conversations: the ordering key of "most active".
        public var activity: Int { messages + conversations }
    }

    /// The messages and conversations dated in one period (all acts, or only the ego's).
    ///
    /// ```swift
    /// let years = PairStatistics.compute(graph, by: .year).periods
    /// years.map(\.period)   // ["1949", "1950", "undated"]
    /// ```
    public struct Period: Sendable, Hashable {
        /// `YYYY`, `YYYY-MM`, `YYYY/YYYY` for acts dated across years, or `undated`.
        public var period: String
        /// Messages dated in this period (each message once, however many senders and recipients).
        public var messages: Int
        /// Conversations dated in this period (each once).
        public var conversations: Int
    }

    /// The length of the periods acts are counted in.
    public enum Granularity: String, Sendable, Hashable, CaseIterable { case year, month }

    /// Most active first (messages + conversations), then by names.
    public var pairs: [Pair]
    /// Chronological; `undated` last.
    public var periods: [Period]

    /// - Parameters:
    ///   - by: period length for `periods`. An act whose date does not fit in one period is counted
    ///     under the coarser label (a date known to the year, with `.month`, counts under `YYYY`).
    ///   - ego: restrict to the ego network of this correspondent id — the ego, everyone who wrote
    ///     to, was written to by or talked with the ego, and the pairs among them; periods then
    ///     count only acts the ego took part in.
    public static func compute(_ graph: CorrespondenceGraph, by granularity: Granularity = .year,
                               ego: Int? = nil) -> PairStatistics {
        var table: [PairKey: Pair] = [:]
        let name = { (id: Int) in graph.correspondents[id].name }
        func touch(_ s: Int, _ t: Int, _ when: DateRange?, _ record: String, _ update: (inout Pair) -> Void) {
            // Updated in place in the table: a copy out and back would copy the pair's record list on every
            // act, quadratic in the acts of a busy pair (a million letters: 8.6 s).
            func apply(_ pair: inout Pair) {
                update(&pair)
                if pair.records.last != record { pair.records.append(record) }
                if let when {
                    pair.first = min(pair.first ?? when.firstKnown, when.firstKnown)
                    pair.last = max(pair.last ?? when.lastKnown, when.lastKnown)
                }
            }
            apply(&table[PairKey(s, t), default: Pair(fromID: s, toID: t, from: name(s), to: name(t), messages: 0, relayed: 0,
                                                     messagesBack: 0, conversations: 0, first: nil, last: nil,
                                                     reciprocated: false)])
        }
        for m in graph.messages {
            for s in m.from {
                for t in m.to where s != t {
                    touch(s, t, m.when, m.provenance.recordID) { pair in
                        pair.messages += 1
                        if !m.via.isEmpty { pair.relayed += 1 }
                    }
                }
            }
        }
        for c in graph.conversations {
            let people = Array(Set(c.participants)).sorted()
            for a in people {
                for b in people where a != b { touch(a, b, c.when, c.provenance.recordID) { $0.conversations += 1 } }
            }
        }
        for key in Array(table.keys) {
            let back = table[PairKey(key.to, key.from)]?.messages ?? 0
            // In place, as above; a record with both a letter and a conversation of the pair is listed once.
            func finish(_ pair: inout Pair) {
                pair.messagesBack = back
                pair.reciprocated = pair.messagesBack > 0 || pair.conversations > 0
                var seen = Set<String>()
                pair.records.removeAll { !seen.insert($0).inserted }
            }
            if table[key] != nil { finish(&table[key]!) }
        }
        var pairs = Array(table.values)
        var periodActs: (messages: [DateRange?], conversations: [DateRange?]) = ([], [])
        if let ego {
            var members: Set<Int> = [ego]
            for pair in pairs where pair.fromID == ego || pair.toID == ego { members.insert(pair.fromID); members.insert(pair.toID) }
            pairs = pairs.filter { members.contains($0.fromID) && members.contains($0.toID) }
            periodActs.messages = graph.messages.filter { ($0.from + $0.to + $0.via).contains(ego) }.map(\.when)
            periodActs.conversations = graph.conversations.filter { $0.participants.contains(ego) }.map(\.when)
        } else {
            periodActs.messages = graph.messages.map(\.when)
            periodActs.conversations = graph.conversations.map(\.when)
        }
        pairs.sort { a, b in
            if a.activity != b.activity { return a.activity > b.activity }
            return (a.from, a.to) < (b.from, b.to)
        }
        var periods: [String: Period] = [:]
        for when in periodActs.messages {
            let label = periodLabel(when, granularity)
            periods[label, default: Period(period: label, messages: 0, conversations: 0)].messages += 1
        }
        for when in periodActs.conversations {
            let label = periodLabel(when, granularity)
            periods[label, default: Period(period: label, messages: 0, conversations: 0)].conversations += 1
        }
        let ordered = periods.values.sorted { a, b in
            if (a.period == "undated") != (b.period == "undated") { return b.period == "undated" }
            return a.period < b.period
        }
        return PairStatistics(pairs: pairs, periods: ordered)
    }

    /// The period an act's date falls in; see `compute(_:by:ego:)`.
    public static func periodLabel(_ when: DateRange?, _ granularity: Granularity) -> String {
        guard let when else { return "undated" }
        // An open interval ("not after 1667-09-29") counts in the period of its known bound.
        let (start, end) = (when.firstKnown, when.lastKnown)
        let y = fourDigits(start.year)
        guard start.year == end.year else { return "\(y)/\(fourDigits(end.year))" }
        if granularity == .month, start.month == end.month {
            return y + "-" + (start.month < 10 ? "0" : "") + String(start.month)
        }
        return y
    }

    private static func fourDigits(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
