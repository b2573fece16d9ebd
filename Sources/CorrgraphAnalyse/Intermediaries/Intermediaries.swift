import CorrgraphGraph
import CorrgraphRead

/// A correspondent who relayed messages: how many, for whom, when, and which brokerage roles
/// they played.
///
/// ```swift
/// let relays = Intermediaries.compute(graph, groupBy: "country")
/// relays[0].name; relays[0].relayed; relays[0].pairs[0].share
/// ```
public struct Intermediary: Sendable, Hashable {
    /// A sender → recipient pair the intermediary carried messages for.
    public struct ServedPair: Sendable, Hashable {
        /// Original sender's correspondent id.
        public var fromID: Int
        /// Final recipient's correspondent id.
        public var toID: Int
        /// Original sender's display name.
        public var from: String
        /// Final recipient's display name.
        public var to: String
        /// Messages of this pair that went through the intermediary.
        public var messages: Int
        /// All messages from `from` to `to`, direct or relayed by anyone.
        public var pairTotal: Int
        /// `messages / pairTotal`: the share of the pair's traffic that went through the intermediary.
        public var share: Double { pairTotal == 0 ? 0 : Double(messages) / Double(pairTotal) }
    }

    /// The intermediary's correspondent id.
    public var id: Int
    /// The intermediary's display name.
    public var name: String
    /// Messages whose route passes through this correspondent (each message once).
    public var relayed: Int
    /// Distinct original-sender → final-recipient pairs served, most messages first.
    public var pairs: [ServedPair]
    /// Earliest start of a dated relayed message; nil when none is dated.
    public var first: CalendarDay?
    /// Latest end of a dated relayed message; nil when none is dated.
    public var last: CalendarDay?
    /// Gould–Fernandez roles, when a group attribute was chosen.
    public var roles: BrokerageRoles?
}

/// Finds every intermediary of a correspondence graph.
///
/// A relayed message `s → via₁ → … → viaₖ → t` counts once for each relay on its route, and
/// serves each (sender, recipient) combination of the message. Dates come from the message's
/// catalogue date (start of the first, end of the last); undated messages count but set no date.
///
/// - Complexity: O(Σ |from|·|to|·|via| over messages).
///
/// ```swift
/// let relays = Intermediaries.compute(graph)                        // most messages relayed first
/// let roles = Intermediaries.compute(graph, groupBy: "country")[0].roles   // brokerage counts
/// ```
public enum Intermediaries {
    /// Every intermediary, most messages relayed first (ties by name).
    /// `groupBy` names a `Correspondent.attributes` key (e.g. `country`) for brokerage roles.
    public static func compute(_ graph: CorrespondenceGraph, groupBy: String? = nil) -> [Intermediary] {
        var pairTotals: [PairKey: Int] = [:]
        for m in graph.messages {
            for s in m.from { for t in m.to { pairTotals[PairKey(s, t), default: 0] += 1 } }
        }
        struct Tally {
            var relayed = 0
            var pairs: [PairKey: Int] = [:]
            var first: CalendarDay?
            var last: CalendarDay?
            var roles = BrokerageRoles()
        }
        var tallies: [Int: Tally] = [:]
        for m in graph.messages where !m.via.isEmpty {
            var seen = Set<Int>()
            for z in m.via where seen.insert(z).inserted {
                var tally = tallies[z] ?? Tally()
                tally.relayed += 1
                if let when = m.when {
                    tally.first = min(tally.first ?? when.firstKnown, when.firstKnown)
                    tally.last = max(tally.last ?? when.lastKnown, when.lastKnown)
                }
                for s in m.from {
                    for t in m.to {
                        tally.pairs[PairKey(s, t), default: 0] += 1
                        if let key = groupBy {
                            tally.roles.record(source: graph.correspondents[s].attributes[key],
                                               broker: graph.correspondents[z].attributes[key],
                                               target: graph.correspondents[t].attributes[key])
                        }
                    }
                }
                tallies[z] = tally
            }
        }
        let name = { (id: Int) in graph.correspondents[id].name }
        return tallies.map { id, tally in
            let pairs = tally.pairs.map { key, count in
                Intermediary.ServedPair(fromID: key.from, toID: key.to, from: name(key.from), to: name(key.to),
                                        messages: count, pairTotal: pairTotals[key] ?? count)
            }.sorted { ($1.messages, $0.from, $0.to) < ($0.messages, $1.from, $1.to) }
            return Intermediary(id: id, name: name(id), relayed: tally.relayed, pairs: pairs,
                                first: tally.first, last: tally.last, roles: groupBy == nil ? nil : tally.roles)
        }.sorted { ($1.relayed, $0.name) < ($0.relayed, $1.name) }
    }
}

/// An ordered pair of correspondent ids.
struct PairKey: Hashable {
    let from: Int
    let to: Int
    init(_ from: Int, _ to: Int) {
        self.from = from
        self.to = to
    }
}
