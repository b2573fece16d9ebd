import CorrgraphAnalyse

/// Intermediaries as a table or the contract's JSON (`{"intermediaries": [...]}`).
///
/// ```swift
/// let relays = Intermediaries.compute(graph, groupBy: "country")
/// print(IntermediaryTables.summary(relays).terminal())
/// ```
public enum IntermediaryTables {
    /// One row per intermediary: totals, dates, the pairs served (most messages first) and roles.
    public static func summary(_ relays: [Intermediary]) -> TextTable {
        let withRoles = relays.contains { $0.roles != nil }
        var table = TextTable(columns: [.init("name"), .init("relayed", alignment: .right),
                                        .init("pairs", alignment: .right), .init("first"), .init("last"),
                                        .init("between (messages, share of the pair's traffic)")]
                              + (withRoles ? [.init("roles")] : []))
        for r in relays {
            let served = r.pairs.map { "\($0.from) → \($0.to) (\($0.messages), \(Cell.percent($0.share)))" }
                .joined(separator: "; ")
            var row = [r.name, String(r.relayed), String(r.pairs.count), r.first?.description ?? "",
                       r.last?.description ?? "", served]
            if withRoles {
                row.append((r.roles?.counts ?? []).filter { $0.count > 0 }.map { "\($0.role) \($0.count)" }
                    .joined(separator: ", "))
            }
            table.rows.append(row)
        }
        table.footer = ["A relayed message counts once per relay; pairs are original sender → final recipient."]
        if withRoles {
            table.footer.append("Roles: Gould & Fernandez (1989), one event per sender/relay/recipient combination.")
        }
        return table
    }

    /// One row per (intermediary, pair served), for spreadsheets.
    public static func flat(_ relays: [Intermediary]) -> TextTable {
        let withRoles = relays.contains { $0.roles != nil }
        let roleNames = BrokerageRoles().counts.map(\.role)
        var table = TextTable(columns: ["name", "relayed", "first", "last", "from", "to", "messages", "pairMessages", "share"]
            .map { TextTable.Column($0) } + (withRoles ? roleNames.map { TextTable.Column($0) } : []))
        for r in relays {
            for p in r.pairs {
                var row = [r.name, String(r.relayed), r.first?.description ?? "", r.last?.description ?? "",
                           p.from, p.to, String(p.messages), String(p.pairTotal), Cell.exact(p.share)]
                if withRoles { row += (r.roles?.counts ?? []).map { String($0.count) } }
                table.rows.append(row)
            }
        }
        return table
    }

    /// `{"intermediaries": [...]}`: per intermediary its pairs with shares, dates and role counts
    /// (`roles` is empty when no group attribute was chosen).
    public static func json(_ relays: [Intermediary]) -> JSONValue {
        .object([("intermediaries", .array(relays.map { r in
            .object([
                ("name", .string(r.name)),
                ("relayed", .int(r.relayed)),
                ("pairs", .array(r.pairs.map { p in
                    .object([("from", .string(p.from)), ("to", .string(p.to)), ("messages", .int(p.messages)),
                             ("share", .number(p.share))])
                })),
                ("first", r.first.map { .string($0.description) } ?? .null),
                ("last", r.last.map { .string($0.description) } ?? .null),
                ("roles", .object((r.roles?.counts ?? []).map { ($0.role, .int($0.count)) })),
            ])
        }))])
    }
}
