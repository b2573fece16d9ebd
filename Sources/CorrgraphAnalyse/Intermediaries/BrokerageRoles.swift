/// Gould–Fernandez brokerage roles: for a broker b carrying a message from a to c, the role
/// depends on which of the three share a group (here, a `Correspondent` attribute such as
/// `country`):
///
/// | role           | groups         | e.g. (country)                                  |
/// |----------------|----------------|-------------------------------------------------|
/// | coordinator    | a = b = c      | a Soviet official relays between two Soviets     |
/// | itinerant      | a = c ≠ b      | a foreigner relays between two compatriots       |
/// | representative | a = b ≠ c      | b carries own group's message out                |
/// | gatekeeper     | a ≠ b = c      | b lets an outside message into own group         |
/// | liaison        | a, b, c differ | b links two groups, belonging to neither         |
///
/// Gould and Fernandez count open two-paths a → b → c of a network; corrgraph counts what the
/// catalogue states: each (sender, relay, recipient) combination of each relayed message, with a
/// = original sender and c = final recipient. A relay chain of k people gives each of them one
/// brokerage event for the pair. Events where any of the three lacks the attribute are
/// `unclassified`.
///
/// ```swift
/// var roles = BrokerageRoles()
/// roles.record(source: "USSR", broker: "USSR", target: "PRC")   // representative
/// ```
///
/// - Reference: R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to
///   brokerage in transaction networks", Sociological Methodology 19, 89–126 (1989),
///   doi:10.2307/270949.
public struct BrokerageRoles: Sendable, Hashable {
    /// Events with sender, broker and recipient all in one group.
    public var coordinator = 0
    /// Events where the broker shares the recipient's group but not the sender's.
    public var gatekeeper = 0
    /// Events where the broker shares the sender's group but not the recipient's.
    public var representative = 0
    /// Events where sender and recipient share a group the broker is not in.
    public var itinerant = 0
    /// Events where sender, broker and recipient are in three different groups.
    public var liaison = 0
    /// Events where any of the three lacks the group attribute.
    public var unclassified = 0

    /// All counts zero.
    public init() {}

    /// Adds one brokerage event by the groups of sender, broker and recipient.
    public mutating func record(source: String?, broker: String?, target: String?) {
        guard let a = source, let b = broker, let c = target else {
            unclassified += 1
            return
        }
        switch (a == b, b == c, a == c) {
        case (true, true, _): coordinator += 1
        case (false, false, true): itinerant += 1
        case (true, false, _): representative += 1
        case (false, true, _): gatekeeper += 1
        default: liaison += 1
        }
    }

    /// The counts in a fixed order, with their names: for tables and JSON.
    public var counts: [(role: String, count: Int)] {
        [("coordinator", coordinator), ("gatekeeper", gatekeeper), ("representative", representative),
         ("itinerant", itinerant), ("liaison", liaison), ("unclassified", unclassified)]
    }
}
