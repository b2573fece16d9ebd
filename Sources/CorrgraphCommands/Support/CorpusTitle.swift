import Foundation

/// A default title for diagrams and reports: the common name of the input's sources, not the
/// name of the folder they sit in (`pages`, `cmif`).
///
/// - CMIF (TEI) files name their edition in `<titleStmt><title>`: one edition gives its title,
///   several are listed ("Edition A; Edition B; Edition C"), past three shortened
///   ("Edition A; Edition B and 2 more editions").
/// - Other files give the stem their names share, less page numbers and generic words
///   (`listing-sino-soviet-81-90.txt` → `Sino-Soviet`; `letters-1.csv`, `letters-2.csv` → `Letters`).
/// - When that leaves nothing (`dev-001.txt` … `dev-072.txt`), a plain description:
///   "Correspondence network (72 files)".
///
/// ```swift
/// CorpusTitle.stemTitle(["listing-sino-soviet-81-90.txt"])   // "Sino-Soviet"
/// ```
enum CorpusTitle {
    /// Words that name a kind of file or page, not a corpus.
    static let genericWords: Set<String> = ["listing", "listings", "page", "pages", "dev", "test", "data", "corpus",
                                            "records", "record", "export", "search", "results", "sample", "cmif", "tei", "file"]

    static func title(inputs: [String]) -> String {
        let files = inputs.flatMap(expand)
        let editions = files.filter { $0.lowercased().hasSuffix(".xml") }.compactMap(editionTitle)
        if !editions.isEmpty, editions.count == files.count {
            var seen = Set<String>()
            let distinct = editions.filter { seen.insert($0).inserted }
            if distinct.count <= 3 { return distinct.joined(separator: "; ") }
            return distinct.prefix(2).joined(separator: "; ") + " and \(distinct.count - 2) more editions"
        }
        if let stem = stemTitle(files.map { ($0 as NSString).lastPathComponent }) { return stem }
        return files.count == 1 ? "Correspondence network" : "Correspondence network (\(files.count) files)"
    }

    /// The words every file name starts with, less numbers and generic words, capitalised.
    static func stemTitle(_ names: [String]) -> String? {
        let stems = names.map { ($0 as NSString).deletingPathExtension.lowercased() }
        guard var common = stems.first else { return nil }
        for stem in stems.dropFirst() {
            common = String(zip(common, stem).prefix { $0 == $1 }.map(\.0))
        }
        let words = common.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
            .map(String.init)
            .filter { word in word.contains(where: \.isLetter) && !genericWords.contains(word) }
        // A word cut off by the common prefix ("lett" of "letters"/"letterbook") is dropped.
        let whole = words.filter { word in stems.allSatisfy { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(Substring(word)) } }
        guard !whole.isEmpty else { return nil }
        return whole.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }

    /// Files under a path (a directory's supported files, in sorted order), or the path itself.
    private static func expand(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: path) else { return [path] }
        return enumerator.compactMap { $0 as? String }
            .filter { name in ["xml", "txt", "html", "htm", "csv", "jsonl", "json"].contains((name as NSString).pathExtension.lowercased()) }
            .sorted().map { (path as NSString).appendingPathComponent($0) }
    }

    /// The first `<title>` of a TEI `<titleStmt>`, read from the start of the file.
    private static func editionTitle(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 65_536), as: UTF8.self)
        guard let statement = head.range(of: "<titleStmt"),
              let open = head.range(of: "<title", range: statement.upperBound..<head.endIndex),
              let tagEnd = head.range(of: ">", range: open.upperBound..<head.endIndex),
              let close = head.range(of: "</title>", range: tagEnd.upperBound..<head.endIndex) else { return nil }
        let text = head[tagEnd.upperBound..<close.lowerBound]
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "&amp;", with: "&")
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .;:"))
        return trimmed.isEmpty ? nil : trimmed
    }
}
