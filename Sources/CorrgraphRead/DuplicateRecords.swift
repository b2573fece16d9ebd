/// The same catalogue page saved twice, or one document listed by two exports, must not count twice.
///
/// A record is a duplicate when an earlier record from a **different** source has the same date line,
/// title and summary (spaces collapsed) and the same structured correspondence, if any. Within one
/// source, identical records are kept: a listing may list two documents alike. Tables of acts (a
/// previous extraction read back, an edge list) are taken as they are.
///
/// - Complexity: O(n) expected, one hash per record.
public enum DuplicateRecords {
    struct Key: Hashable {
        let date: String, title: String, summary: String
        let stated: StatedCorrespondence?
    }

    /// For each duplicate (by index), the id of the first record it repeats.
    public static func originals(in records: [CatalogueRecord]) -> [Int: String] {
        // Only a record of another source is a duplicate: one source alone has none (O(n), no hashing).
        if let source = records.first?.source, records.allSatisfy({ $0.source == source }) { return [:] }
        var first: [Key: CatalogueRecord] = [:]
        var result: [Int: String] = [:]
        for (index, record) in records.enumerated() {
            // A table of acts (a previous extraction, an edge list) is taken as it is: a read-back CSV
            // carries no summary, so two documents alike in date and title would look the same.
            if record.stated?.acts != nil { continue }
            let key = Key(date: collapsed(record.date), title: collapsed(record.title), summary: collapsed(record.summary),
                          stated: record.stated)
            if let original = first[key] {
                if original.source != record.source { result[index] = original.id }
            } else {
                first[key] = record
            }
        }
        return result
    }

    /// The records without duplicates, in input order, and how many were left out.
    public static func removing(from records: [CatalogueRecord]) -> (kept: [CatalogueRecord], duplicates: Int) {
        let duplicates = originals(in: records)
        let kept = records.indices.filter { duplicates[$0] == nil }.map { records[$0] }
        return (kept, duplicates.count)
    }

    static func collapsed(_ text: String) -> String {
        // Most text is already collapsed: no tab or line break, no space at either end or twice in a row.
        var previous: UInt8 = 0x20
        var alreadyCollapsed = true
        for b in text.utf8 {
            if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && previous == 0x20) { alreadyCollapsed = false; break }
            previous = b
        }
        if alreadyCollapsed && previous != 0x20 || text.isEmpty { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
