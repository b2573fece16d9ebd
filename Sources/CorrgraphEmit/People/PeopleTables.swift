import CorrgraphResolve

/// The resolution audit as a table (terminal, Markdown), a CSV for spreadsheets, or JSON
/// (`{"people": [...]}`).
///
/// ```swift
/// let people = PersonSummary.all(in: loaded.resolved)
/// print(PeopleTables.table(people).terminal())
/// // name           kind    acts  attributes    form      rule        detail
/// // ─────────────  ──────  ────  ────────────  ────────  ──────────  ─────────────────────
/// // Joseph Stalin  person    12  country=USSR  Stalin
/// //                                            Filippov  cover-name  "Filippov [Stalin]": …
/// print(PeopleTables.json(people).serialized(indent: 2))
/// ```
public enum PeopleTables {
    /// One line per surface form; a person's name, kind, acts and attributes only on their first
    /// line, so each person reads as a block. The attributes column appears only when someone
    /// has attributes (an authority file was given).
    public static func table(_ people: [PersonSummary]) -> TextTable {
        // Without an authority file nobody has attributes: no empty column then.
        let withAttributes = people.contains { !$0.attributes.isEmpty }
        var table = TextTable(columns: [.init("name"), .init("kind"), .init("acts", alignment: .right)]
                              + (withAttributes ? [.init("attributes")] : [])
                              + [.init("form"), .init("rule"), .init("detail")])
        var ruleCounts: [MergeDecision.Rule: Int] = [:]
        var formCount = 0
        for person in people {
            let lines = person.formLines
            formCount += person.surfaceForms.count
            for merge in person.merges { ruleCounts[merge.rule, default: 0] += 1 }
            let head = [person.name, person.kind.rawValue, String(person.acts)]
                + (withAttributes ? [attributeText(person.attributes)] : [])
            if lines.isEmpty { table.rows.append(head + ["", "", ""]) }
            for (i, line) in lines.enumerated() {
                table.rows.append((i == 0 ? head : Array(repeating: "", count: head.count))
                                  + [line.form, line.merge?.rule.rawValue ?? "", line.merge?.detail ?? ""])
            }
        }
        let mergeCount = ruleCounts.values.reduce(0, +)
        table.footer = [plural(people.count, "correspondent") + ", " + plural(formCount, "surface form") + ", "
                        + plural(mergeCount, "merge") + (mergeCount == 0 ? "." : " (" + ruleSummary(ruleCounts) + ").")]
        table.footer.append("A form without a rule is the display name or was seen exactly as written.")
        return table
    }

    /// One row per (person, form) with every field repeated, and one column per authority
    /// attribute (sorted by key), so that a spreadsheet can filter and sort on any of them.
    public static func flat(_ people: [PersonSummary]) -> TextTable {
        let keys = attributeKeys(people)
        var table = TextTable(columns: ["name", "kind", "acts", "form", "rule", "detail"].map { TextTable.Column($0) }
                              + keys.map { TextTable.Column($0) })
        for person in people {
            let attributes = keys.map { person.attributes[$0] ?? "" }
            let lines = person.formLines
            let rows: [(String, MergeDecision?)] = lines.isEmpty ? [("", nil)] : lines.map { ($0.form, $0.merge) }
            for (form, merge) in rows {
                table.rows.append([person.name, person.kind.rawValue, String(person.acts), form,
                                   merge?.rule.rawValue ?? "", merge?.detail ?? ""] + attributes)
            }
        }
        return table
    }

    /// `{"people": [{"name", "kind", "acts", "surfaceForms", "merges": [{"form", "rule", "detail"}],
    /// "attributes": {…}}]}`; attribute keys sorted so the output is stable.
    public static func json(_ people: [PersonSummary]) -> JSONValue {
        .object([("people", .array(people.map { p in
            .object([
                ("name", .string(p.name)),
                ("kind", .string(p.kind.rawValue)),
                ("acts", .int(p.acts)),
                ("surfaceForms", .array(p.surfaceForms.map { .string($0) })),
                ("merges", .array(p.merges.map { m in
                    .object([("form", .string(m.form)), ("rule", .string(m.rule.rawValue)), ("detail", .string(m.detail))])
                })),
                ("attributes", .object(p.attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ])
        }))])
    }

    /// Merge candidates, one row per pair: each form with the correspondent it resolved to, what makes
    /// them look alike and what evidence is missing. Confirm one with an authority entry.
    public static func candidates(_ corpus: ResolvedCorpus) -> TextTable {
        var table = TextTable(columns: ["form", "correspondent", "other form", "other correspondent", "kind", "evidence"].map { TextTable.Column($0) })
        for c in corpus.candidates {
            table.rows.append([c.form, corpus.name(c.correspondent), c.otherForm, corpus.name(c.otherCorrespondent), c.kind.rawValue, c.evidence])
        }
        table.footer = [plural(corpus.candidates.count, "candidate") + "; to merge one, add an authority entry: [Name] / aliases: Other form."]
        return table
    }

    /// `{"candidates": [{"form", "correspondent", "otherForm", "otherCorrespondent", "kind", "evidence"}]}`.
    public static func candidatesJSON(_ corpus: ResolvedCorpus) -> JSONValue {
        .object([("candidates", .array(corpus.candidates.map { c in
            .object([
                ("form", .string(c.form)), ("correspondent", .string(corpus.name(c.correspondent))),
                ("otherForm", .string(c.otherForm)), ("otherCorrespondent", .string(corpus.name(c.otherCorrespondent))),
                ("kind", .string(c.kind.rawValue)), ("evidence", .string(c.evidence)),
            ])
        }))])
    }

    /// `country=USSR, party=CPSU`, keys sorted.
    static func attributeText(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    static func attributeKeys(_ people: [PersonSummary]) -> [String] {
        Array(Set(people.flatMap { $0.attributes.keys })).sorted()
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// `cover-name 2, short-form 5`, in the order the rules are declared.
    static func ruleSummary(_ counts: [MergeDecision.Rule: Int]) -> String {
        MergeDecision.Rule.allCases.compactMap { rule in counts[rule].map { "\(rule.rawValue) \($0)" } }
            .joined(separator: ", ")
    }
}
