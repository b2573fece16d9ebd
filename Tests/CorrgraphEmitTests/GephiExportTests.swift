import Testing
@testable import CorrgraphAnalyse
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
@testable import CorrgraphEmit

/// GraphML and GEXF with typed attributes, authority identifiers and spells, on a graph worked out by hand:
///
///   0 Ana Sousa (authority gnd/1), 1 Lena Park, 2 Collège de Genève (institution, authority viaf/9), 3 Omar Haddad
///   m1 Ana → Lena via Omar, March 1950     hops 0→3, 3→1
///   m2 Ana → Lena, 1950-05-07              hop 0→1
///   m3 Lena → Collège, not after 1951      hop 1→2 (open start: its known day is 1951-12-31)
///   m4 Collège → Ana, undated              hop 2→0
///
/// Edges (tail, head ascending): 0→1 1950-05-07; 0→3 1950-03-01…03-31; 1→2 1951-12-31; 2→0 no dates; 3→1 March 1950.
/// Records behind them (m1…m4 are e.csv#1…#4): 0→1 #2; 0→3 #1; 1→2 #3; 2→0 #4; 3→1 #1.
/// Nodes: 0 acts 3, 1950-03-01…1950-05-07; 1 acts 3, 1950-03-01…1951-12-31; 2 acts 2, 1951-12-31; 3 acts 1, March 1950.
enum GephiFixture {
    static func day(_ iso: String, end: Bool = false) -> CalendarDay { CalendarDay(iso: iso, atEnd: end)! }

    static var graph: CorrespondenceGraph {
        let correspondents = [
            Correspondent(id: 0, name: "Ana Sousa", kind: .person, attributes: ["authority": "https://d-nb.info/gnd/1"]),
            Correspondent(id: 1, name: "Lena Park", kind: .person),
            Correspondent(id: 2, name: "Collège de Genève", kind: .institution, attributes: ["authority": "http://viaf.org/viaf/9"]),
            Correspondent(id: 3, name: "Omar Haddad", kind: .person),
        ]
        func p(_ n: Int) -> Provenance { Provenance(recordID: "e.csv#\(n)", source: "e.csv", line: n + 1, title: "t") }
        let messages = [
            Message(from: [0], to: [1], via: [3], when: DateRange(start: day("1950-03"), end: day("1950-03", end: true)),
                    evidence: .title, provenance: p(1)),
            Message(from: [0], to: [1], via: [], when: DateRange(start: day("1950-05-07"), end: day("1950-05-07")),
                    evidence: .title, provenance: p(2)),
            Message(from: [1], to: [2], via: [], when: DateRange(earliest: nil, latest: day("1951", end: true)),
                    evidence: .title, provenance: p(3)),
            Message(from: [2], to: [0], via: [], when: nil, evidence: .title, provenance: p(4)),
        ]
        return CorrespondenceGraph(correspondents: correspondents, messages: messages, conversations: [])
    }
}

struct GephiExportTests {
    @Test func graphMLHasTypedNodeAndEdgeAttributes() throws {
        let text = GraphMLExport.document(GephiFixture.graph)
        let xml = try #require(ParsedXML.parse(text))
        let keys = xml.all("key").map { "\($0.attributes["for"]!):\($0.attributes["attr.name"]!):\($0.attributes["attr.type"]!)" }
        #expect(keys == ["node:label:string", "node:name:string", "node:kind:string", "node:authority:string",
                         "node:first:string", "node:last:string", "node:weight:int",
                         "edge:first:string", "edge:last:string", "edge:records:string", "edge:weight:double"])
        #expect(text.contains(#"<node id="n0"><data key="label">Ana Sousa</data><data key="name">Ana Sousa</data><data key="kind">person</data><data key="authority">https://d-nb.info/gnd/1</data><data key="first">1950-03-01</data><data key="last">1950-05-07</data><data key="acts">3</data></node>"#))
        #expect(text.contains(#"<node id="n1"><data key="label">Lena Park</data><data key="name">Lena Park</data><data key="kind">person</data><data key="first">1950-03-01</data><data key="last">1951-12-31</data><data key="acts">3</data></node>"#))
        #expect(text.contains(#"<node id="n2"><data key="label">Collège de Genève</data><data key="name">Collège de Genève</data><data key="kind">institution</data><data key="authority">http://viaf.org/viaf/9</data><data key="first">1951-12-31</data><data key="last">1951-12-31</data><data key="acts">2</data></node>"#))
        #expect(text.contains(#"<edge id="e0" source="n0" target="n1"><data key="weight">1</data><data key="edgeFirst">1950-05-07</data><data key="edgeLast">1950-05-07</data><data key="records">e.csv#2</data></edge>"#))
        #expect(text.contains(#"<edge id="e2" source="n1" target="n2"><data key="weight">1</data><data key="edgeFirst">1951-12-31</data><data key="edgeLast">1951-12-31</data><data key="records">e.csv#3</data></edge>"#))
        // An undated hop has no dates, but its record.
        #expect(text.contains(#"<edge id="e3" source="n2" target="n0"><data key="weight">1</data><data key="records">e.csv#4</data></edge>"#))
    }

    @Test func gexfIsVersion13WithAuthoritiesAndSpells() throws {
        let text = GEXFExport.document(GephiFixture.graph)
        let xml = try #require(ParsedXML.parse(text))
        #expect(xml.all("gexf").first?.attributes["version"] == "1.3")
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3""#))
        let graph = try #require(xml.all("graph").first)
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        let authorities = xml.all("attvalue").filter { $0.attributes["for"] == "authority" }.map { $0.attributes["value"]! }
        #expect(authorities == ["https://d-nb.info/gnd/1", "http://viaf.org/viaf/9"])
        let spells = xml.all("spell").map { "\($0.attributes["start"]!)…\($0.attributes["end"]!)" }
        // Nodes n0…n3, then edges e0, e1, e2, (e3 undated), e4.
        #expect(spells == ["1950-03-01…1950-05-07", "1950-03-01…1951-12-31", "1951-12-31…1951-12-31", "1950-03-01…1950-03-31",
                           "1950-05-07…1950-05-07", "1950-03-01…1950-03-31", "1951-12-31…1951-12-31", "1950-03-01…1950-03-31"])
        // An undated edge has no spells, but its record.
        #expect(text.contains(#"<edge id="e3" source="n2" target="n0" weight="1"><attvalues><attvalue for="records" value="e.csv#4"/></attvalues></edge>"#))
    }

    @Test func cmifExportWritesAnOpenIntervalWithOneBound() {
        #expect(CMIFExport.dateElement(DateRange(earliest: nil, latest: GephiFixture.day("1951", end: true)))
                == #"<date notAfter="1951-12-31"/>"#)
        #expect(CMIFExport.dateElement(DateRange(earliest: GephiFixture.day("1702-03"), latest: nil))
                == #"<date notBefore="1702-03-01"/>"#)
    }
}

/// The report counts the records that describe a correspondent without naming them.
struct UnnamedPartyReportTests {
    @Test func reportCountsRecordsWithAnUnnamedParty() {
        var described = ReportFixture.record(1, "1702-03-09", "Letter from Hinrich Abeken", messages: [ReportFixture.letter([0], [])])
        described.extraction.record.stated = StatedCorrespondence(senders: [StatedParty(name: "Hinrich Abeken")], recipients: [],
                                                                  unnamed: ["einen Amtsbruder"])
        let named = ReportFixture.record(2, "1703", "Letter, Hinrich Abeken to Lucía Ibarra", messages: [ReportFixture.letter([0], [1])])
        let corpus = ResolvedCorpus(records: [described, named], correspondents: [
            Correspondent(id: 0, name: "Hinrich Abeken", kind: .person), Correspondent(id: 1, name: "Lucía Ibarra", kind: .person),
        ])
        let html = ReportFixture.report(corpus).render()
        #expect(html.contains("1 record describes a correspondent without naming them"))
        let none = ResolvedCorpus(records: [named], correspondents: corpus.correspondents)
        #expect(!ReportFixture.report(none).render().contains("without naming them"))
    }
}

/// Every edge of the exchange formats names the records behind it (issue 12: provenance everywhere).
@Suite struct EdgeRecordTests {
    @Test func graphMLEdgesCarryTheirRecords() {
        let text = GraphMLExport.document(GephiFixture.graph)
        #expect(text.contains(#"<key id="records" for="edge" attr.name="records" attr.type="string"/>"#))
        let expected = ["e.csv#2", "e.csv#1", "e.csv#3", "e.csv#4", "e.csv#1"]   // edges 0→1, 0→3, 1→2, 2→0, 3→1
        let found = text.split(separator: "\n").filter { $0.contains("<edge ") }.map { line -> String in
            guard let r = line.range(of: #"<data key="records">"#), let end = line[r.upperBound...].range(of: "</data>") else { return "" }
            return String(line[r.upperBound..<end.lowerBound])
        }
        #expect(found == expected)
    }

    @Test func gexfEdgesCarryTheirRecords() {
        let text = GEXFExport.document(GephiFixture.graph)
        #expect(text.contains(#"<attributes class="edge" mode="static">"#))
        #expect(text.contains(#"<attvalue for="records" value="e.csv#3"/>"#))
    }

    @Test func aRecordIsListedOnceOnAnEdge() {
        // Two hops of one conversation record on the same edge, and a second record: each id once, in order.
        let people = [Correspondent(id: 0, name: "A", kind: .person), Correspondent(id: 1, name: "B", kind: .person)]
        let p1 = Provenance(recordID: "r#1", source: "r", line: 1, title: "t"), p2 = Provenance(recordID: "r#2", source: "r", line: 2, title: "t")
        let graph = CorrespondenceGraph(correspondents: people,
                                        messages: [Message(from: [0], to: [1], via: [], when: nil, evidence: .title, provenance: p1),
                                                   Message(from: [0], to: [1], via: [], when: nil, evidence: .title, provenance: p2)],
                                        conversations: [Conversation(participants: [0, 1], when: nil, evidence: .title, provenance: p1)])
        #expect(ExchangeAttributes(graph).edges.map(\.records) == [["r#1", "r#2"], ["r#1"]])
    }
}
