import Foundation

/// Reads one line of a previous `corrgraph extract --format jsonl` back as acts, without extracting
/// again: the line has a `record` object and a `messages` or `conversations` list. The record keeps
/// the provenance it was extracted from (its `id`, `source` and `line`); `when` gives the dates (a null
/// side is open); names keep the kind and authority listed under `correspondents`. A historian's
/// corrections to the acts are therefore what the graph is built from.
///
/// ```swift
/// // {"record": {"id": "p.txt#1", "source": "p.txt", "line": 3, "date": "1950", "title": "…", "summary": ""},
/// //  "when": {"start": "1950-01-01", "end": "1950-12-31"},
/// //  "messages": [{"from": ["Kim Il Sung"], "to": ["Zhou Enlai"], "via": [], "evidence": "title"}],
/// //  "conversations": [], "problems": []}
/// ```
enum ExtractionLineReader {
    /// Whether a JSON object is an extraction line rather than a plain record.
    static func isExtraction(_ object: JSONObject) -> Bool {
        object["record"]?.object != nil && (object["messages"]?.array != nil || object["conversations"]?.array != nil)
    }

    static func record(_ object: JSONObject, source: String, line: Int, ordinal: Int) throws -> CatalogueRecord {
        func fail(_ reason: String) -> ReadError { ReadError(source: source, line: line, reason: reason) }
        let r = object["record"]?.object ?? JSONObject()
        func text(_ dictionary: JSONObject, _ key: String) throws -> String? {
            switch dictionary[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case .number(let n)?: return n.stringValue
            default: throw fail("field \(key) is not a string")
            }
        }
        // Kinds and authorities of the names that are not plain persons.
        var described: [String: (kind: String, authority: String?)] = [:]
        for entry in object["correspondents"]?.array ?? [] {
            guard let entry = entry.object, let name = entry["name"]?.string else { continue }
            described[name] = (entry["kind"]?.string ?? "person", entry["authority"]?.string)
        }
        func parties(_ value: JSONValue?, _ field: String) throws -> [StatedParty] {
            guard let value, !value.isNull else { return [] }
            guard let list = value.array else { throw fail("\(field) is not a list of names") }
            return try list.map { item in
                guard let name = item.string, !name.trimmingSpaces().isEmpty else {
                    throw fail("\(field) holds something other than a name")
                }
                let d = described[name]
                return StatedParty(name: name, authority: d?.authority, isOrganization: d?.kind == "institution",
                                   isOffice: d?.kind == "office")
            }
        }
        var acts: [StatedAct] = []
        for case .object(let m) in object["messages"]?.array ?? [] {
            acts.append(StatedAct(kind: .message, from: try parties(m["from"], "from"), to: try parties(m["to"], "to"),
                                  via: try parties(m["via"], "via"), evidence: m["evidence"]?.string))
        }
        for case .object(let c) in object["conversations"]?.array ?? [] {
            acts.append(StatedAct(kind: .conversation, participants: try parties(c["participants"], "participants"),
                                  evidence: c["evidence"]?.string))
        }
        var earliest: String?, latest: String?
        if let when = object["when"]?.object {
            earliest = try text(when, "start")
            latest = try text(when, "end")
            for (key, value) in [("start", earliest), ("end", latest)] {
                if let value, CalendarDay(iso: value) == nil { throw fail("when.\(key) \"\(value)\" is not a date (YYYY-MM-DD)") }
            }
        }
        let notes = (object["problems"]?.array ?? []).compactMap(\.string)
        let id = try text(r, "id") ?? ""
        let recordLine = r["line"]?.number?.intValue ?? line
        let recordSource = try text(r, "source") ?? source
        return CatalogueRecord(
            id: id.isEmpty ? "\(source)#\(ordinal)" : id, source: recordSource, line: recordLine,
            date: try text(r, "date") ?? "", title: try text(r, "title") ?? "", summary: try text(r, "summary") ?? "",
            stated: StatedCorrespondence(acts: acts, earliest: earliest, latest: latest,
                                         documentType: try text(object, "documentType"),
                                         number: try text(object, "number"), notes: notes))
    }
}
