import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead

/// The messages of a correspondence graph as a CMIF document (TEI `correspDesc`), for
/// correspSearch and other letter databases. Conversations are not letters and are left out.
///
/// Each message becomes one `correspDesc`: `correspAction type="sent"` with its senders and its
/// date, one `type="transmitted"` action per relay in route order (TEI's type for a go-between),
/// and `type="received"` with its recipients. People are `persName`, institutions and offices
/// `orgName`; an unstated end is `persName` "Unknown", as CMIF prescribes. A `note` cites the
/// catalogue record (file, line, title) the message was read from.
///
/// Dates: one day is `when="1949-01-09"`, a whole month or year `when="1949-01"` / `when="1949"`,
/// any other interval `notBefore`/`notAfter`.
///
/// ```swift
/// CMIFExport.document(graph, title: "Sino-Soviet letters", date: "2025-01-31")
/// // … <correspAction type="sent"><persName>Mao Zedong</persName><date when="1949-01-09"/></correspAction> …
/// ```
public enum CMIFExport {
    /// - Parameters:
    ///   - title: the document title (`titleStmt/title`), e.g. the corpus description.
    ///   - date: the publication date written in `publicationStmt` (ISO), typically today.
    public static func document(_ graph: CorrespondenceGraph, title: String, date: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt>
                    <title>\(ExchangeXML.escape(title))</title>
                  </titleStmt>
                  <publicationStmt>
                    <publisher>corrgraph</publisher>
                    <date when="\(ExchangeXML.escape(date))"/>
                  </publicationStmt>
                  <sourceDesc>
                    <bibl type="online" xml:id="corrgraph-source">\(ExchangeXML.escape(title))</bibl>
                  </sourceDesc>
                </fileDesc>
                <profileDesc>

            """
        for message in graph.messages {
            out += "      <correspDesc source=\"#corrgraph-source\">\n"
            out += "        <correspAction type=\"sent\">"
            out += names(message.from, in: graph) + dateElement(message.when) + "</correspAction>\n"
            for relay in message.via {
                out += "        <correspAction type=\"transmitted\">" + names([relay], in: graph) + "</correspAction>\n"
            }
            out += "        <correspAction type=\"received\">" + names(message.to, in: graph) + "</correspAction>\n"
            let p = message.provenance
            out += "        <note>\(ExchangeXML.escape("\(p.source), line \(p.line): \(p.title)"))</note>\n"
            out += "      </correspDesc>\n"
        }
        out += """
                </profileDesc>
              </teiHeader>
              <text>
                <body>
                  <p/>
                </body>
              </text>
            </TEI>

            """
        return out
    }

    static func names(_ ids: [Int], in graph: CorrespondenceGraph) -> String {
        guard !ids.isEmpty else { return "<persName>Unknown</persName>" }
        return ids.map { id in
            let c = graph.correspondents[id]
            let element = c.kind == .person ? "persName" : "orgName"
            return "<\(element)>\(ExchangeXML.escape(c.name))</\(element)>"
        }.joined()
    }

    /// The CMIF date attributes for an interval (see the type's documentation); empty when undated.
    static func dateElement(_ when: DateRange?) -> String {
        guard let when else { return "" }
        let (s, e) = (when.start, when.end)
        let iso = s.description
        if when.isOpenStart || when.isOpenEnd {
            return "<date" + (when.isOpenStart ? "" : " notBefore=\"\(iso)\"") + (when.isOpenEnd ? "" : " notAfter=\"\(e.description)\"") + "/>"
        }
        if s == e { return "<date when=\"\(iso)\"/>" }
        if s.year == e.year, s.month == e.month, s.day == 1, e.day == CalendarDay.daysIn(month: e.month, year: e.year) {
            return "<date when=\"\(iso.prefix(7))\"/>"
        }
        if s.year == e.year, s.month == 1, s.day == 1, e.month == 12, e.day == 31 {
            return "<date when=\"\(iso.prefix(4))\"/>"
        }
        return "<date notBefore=\"\(iso)\" notAfter=\"\(e.description)\"/>"
    }
}
