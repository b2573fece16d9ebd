import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve

/// Writes `corrgraph extract --format csv`: one row per act, for checking and correcting in a
/// spreadsheet; corrgraph reads the table back as acts (an edge list with these columns):
///
/// `record,kind,from,to,via,start,end,evidence,source,line,date,title,correspondents`
///
/// - `kind` is `message` or `conversation`; a conversation's participants are all in `from`.
/// - several names in a cell are separated by `; `; `via` is the relay chain in order.
/// - `start`/`end` are the ISO bounds of the record's date (empty on an open side or when undated);
///   `date` is the date line as printed, `source`/`line` where the record was read.
/// - `correspondents` lists the names of the row that are not plain persons without an authority:
///   `Name = kind authority` (`Universität Wittenberg = institution https://d-nb.info/gnd/…`), `; `-separated,
///   so that kinds and authority identifiers survive the round trip.
/// - A record with no act has no row; an act with no name at all (an unnamed sender to an unnamed
///   recipient) has none either, since it adds no correspondent.
///
/// ```swift
/// ExtractionCSV.table(of: corpus)
/// // record,kind,from,to,via,start,end,evidence,source,line,date,title
/// // p.txt#1,message,Kim Il Sung,Zhou Enlai,,1950-03-01,1950-03-31,title,p.txt,3,March 1950,"Letter, Kim to Zhou"
/// ```
public enum ExtractionCSV {
    public static let header = ["record", "kind", "from", "to", "via", "start", "end", "evidence", "source", "line", "date", "title", "correspondents"]

    /// The table of every act of `corpus`, with a header row, LF line ends.
    public static func table(of corpus: ResolvedCorpus) -> String {
        var out = header.joined(separator: ",") + "\n"
        for resolved in corpus.records {
            let r = resolved.record
            let when = resolved.when
            let start = when.flatMap { $0.isOpenStart ? nil : $0.start.description } ?? ""
            let end = when.flatMap { $0.isOpenEnd ? nil : $0.end.description } ?? ""
            let names = { (ids: [Int]) in ids.map { corpus.name($0) }.joined(separator: "; ") }
            func described(_ ids: [Int]) -> String {
                var seen = Set<Int>()
                return ids.filter { seen.insert($0).inserted }.compactMap { id -> String? in
                    let c = corpus.correspondents[id]
                    let authority = c.attributes["authority"]
                    guard c.kind != .person || authority != nil else { return nil }
                    return "\(c.name) = \(c.kind.rawValue)" + (authority.map { " " + $0 } ?? "")
                }.joined(separator: "; ")
            }
            func row(_ kind: String, _ from: [Int], _ to: [Int], _ via: [Int], _ evidence: Evidence) {
                let cells = [r.id, kind, names(from), names(to), names(via), start, end, evidence.rawValue,
                             r.source, String(r.line), r.date, r.title, described(from + to + via)]
                out += cells.map(field).joined(separator: ",") + "\n"
            }
            for m in resolved.messages where !(m.from.isEmpty && m.to.isEmpty && m.via.isEmpty) {
                row("message", m.from, m.to, m.via, m.evidence)
            }
            for c in resolved.conversations { row("conversation", c.participants, [], [], c.evidence) }
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces; a formula gets a
    /// leading `'` and unsafe characters become U+FFFD (`TextTable.spreadsheetSafe`).
    static func field(_ text: String) -> String {
        let s = TextTable.spreadsheetSafe(text)
        let needsQuotes = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == ";" })
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        var out = "\""
        for ch in s { out += ch == "\"" ? "\"\"" : String(ch) }
        return out + "\""
    }
}
