import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
@testable import CorrgraphEmit

/// A graph small enough to work out every export by hand.
///
/// Correspondents 0 Mao Zedong, 1 Joseph Stalin, 2 Andrei Orlov, 3 CPSU Central Committee
/// (institution), 4 `Tom, "Jerry" & <Co>` (a name that needs escaping everywhere), 5 Lonely Writer
/// (sends one letter with no recipient: a node without edges), 6 Unused (in no act: not a node).
///
/// Hops, by the rule in `WeightedDigraph`:
///   m1 Mao → Stalin via Orlov (1949-01-09):   0→2, 2→1
///   m2 Mao → Stalin (January 1949):            0→1
///   m3 Stalin → Mao via Orlov (1948):          1→2, 2→0
///   m4 Tom → Mao and CPSU (undated):           4→0, 4→3
///   m5 Mao → Stalin (1949-01-09…1949-01-15):   0→1
///   m6 Lonely Writer → nobody:                 no hop
///   c1 conversation Mao, CPSU:                 0→3, 3→0
/// Edges (tail, head ascending): 0→1 weight 2; 0→2, 0→3, 1→2, 2→0, 2→1, 3→0, 4→0, 4→3 weight 1.
enum ExchangeFixture {
    static let tom = "Tom, \"Jerry\" & <Co>"

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d) }

    static var graph: CorrespondenceGraph {
        let people: [(String, CorrespondentKind)] = [
            ("Mao Zedong", .person), ("Joseph Stalin", .person), ("Andrei Orlov", .person),
            ("CPSU Central Committee", .institution), (tom, .person), ("Lonely Writer", .person), ("Unused", .person),
        ]
        let correspondents = people.enumerated().map { Correspondent(id: $0.offset, name: $0.element.0, kind: $0.element.1) }
        func message(_ from: [Int], _ to: [Int], via: [Int] = [], _ when: DateRange?, line: Int) -> Message {
            Message(from: from, to: to, via: via, when: when, evidence: .title,
                    provenance: Provenance(recordID: "t.txt#\(line)", source: "t.txt", line: line, title: "Title \(line)"))
        }
        let messages = [
            message([0], [1], via: [2], DateRange(start: day(1949, 1, 9), end: day(1949, 1, 9)), line: 1),
            message([0], [1], DateRange(start: day(1949, 1, 1), end: day(1949, 1, 31)), line: 5),
            message([1], [0], via: [2], DateRange(start: day(1948, 1, 1), end: day(1948, 12, 31)), line: 9),
            message([4], [0, 3], nil, line: 13),
            message([0], [1], DateRange(start: day(1949, 1, 9), end: day(1949, 1, 15)), line: 17),
            message([5], [], nil, line: 21),
        ]
        let conversation = Conversation(participants: [3, 0], when: nil, evidence: .title,
                                        provenance: Provenance(recordID: "t.txt#25", source: "t.txt", line: 25, title: "Talk"))
        return CorrespondenceGraph(correspondents: correspondents, messages: messages, conversations: [conversation])
    }

    /// Expected edges as (tail name, head name, weight), worked out above.
    static let edges: [(String, String, String)] = [
        ("Mao Zedong", "Joseph Stalin", "2"), ("Mao Zedong", "Andrei Orlov", "1"),
        ("Mao Zedong", "CPSU Central Committee", "1"), ("Joseph Stalin", "Andrei Orlov", "1"),
        ("Andrei Orlov", "Mao Zedong", "1"), ("Andrei Orlov", "Joseph Stalin", "1"),
        ("CPSU Central Committee", "Mao Zedong", "1"), (tom, "Mao Zedong", "1"), (tom, "CPSU Central Committee", "1"),
    ]
    static let nodeNames = ["Mao Zedong", "Joseph Stalin", "Andrei Orlov", "CPSU Central Committee", tom, "Lonely Writer"]
}

/// Parses XML with Foundation's parser (independent of our writers), collecting elements with
/// their attributes and text; nil when the document is not well-formed.
final class ParsedXML: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var parentIndex: Int?
    }
    var elements: [Element] = []
    private var stack: [Int] = []

    static func parse(_ text: String) -> ParsedXML? {
        let result = ParsedXML()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = result
        return parser.parse() ? result : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parentIndex: stack.last))
        stack.append(elements.count - 1)
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let top = stack.last { elements[top].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    func children(of index: Int, named name: String) -> [Element] {
        elements.filter { $0.parentIndex == index && $0.name == name }
    }
}

struct ExchangeTests {
    @Test func graphMLIsWellFormedAndHoldsTheWeightedDigraph() throws {
        let text = GraphMLExport.document(ExchangeFixture.graph.weightedDigraph())
        let xml = try #require(ParsedXML.parse(text))
        #expect(xml.all("graph").first?.attributes["edgedefault"] == "directed")
        let keys = xml.all("key").map { "\($0.attributes["for"]!):\($0.attributes["attr.name"]!)" }
        #expect(keys == ["node:label", "node:name", "edge:weight"])
        let nodes = xml.elements.indices.filter { xml.elements[$0].name == "node" }
        let ids = nodes.map { xml.elements[$0].attributes["id"]! }
        // A node's name is the text of its <data key="name"> child.
        let names = nodes.map { xml.children(of: $0, named: "data").first { $0.attributes["key"] == "name" }?.text }
        #expect(ids == ["n0", "n1", "n2", "n3", "n4", "n5"])
        #expect(names == ExchangeFixture.nodeNames)
        let nameOf = Dictionary(uniqueKeysWithValues: zip(ids, names.map { $0 ?? "" }))
        let edges = xml.all("edge").map { ($0.attributes["source"]!, $0.attributes["target"]!) }
        let weights = xml.all("data").filter { xml.elements[$0.parentIndex!].name == "edge" }.map(\.text)
        #expect(edges.count == 9)
        #expect(weights.count == 9)
        for (index, expected) in ExchangeFixture.edges.enumerated() {
            #expect(nameOf[edges[index].0] == expected.0)
            #expect(nameOf[edges[index].1] == expected.1)
            #expect(weights[index] == expected.2)
        }
        // The raw text escapes the name's ampersand, angle brackets and quotes.
        #expect(text.contains("<data key=\"name\">Tom, &quot;Jerry&quot; &amp; &lt;Co&gt;</data>"))
    }

    @Test func gexfIsWellFormedWithKindsAndWeights() throws {
        let text = GEXFExport.document(ExchangeFixture.graph, description: "Test <graph> & co")
        let xml = try #require(ParsedXML.parse(text))
        #expect(xml.all("graph").first?.attributes["defaultedgetype"] == "directed")
        #expect(xml.all("description").first?.text == "Test <graph> & co")
        let nodes = xml.all("node")
        #expect(nodes.map { $0.attributes["label"]! } == ExchangeFixture.nodeNames)
        let kinds = xml.all("attvalue").filter { $0.attributes["for"] == "kind" }.map { $0.attributes["value"]! }
        #expect(kinds == ["person", "person", "person", "institution", "person", "person"])
        let edges = xml.all("edge")
        #expect(edges.count == 9)
        #expect(edges[0].attributes["source"] == "n0")
        #expect(edges[0].attributes["target"] == "n1")
        #expect(edges[0].attributes["weight"] == "2")
        #expect(edges[8].attributes["source"] == "n4")
        #expect(edges[8].attributes["target"] == "n3")
        #expect(edges[8].attributes["weight"] == "1")
    }

    @Test func csvEdgesAreSourceTargetWeightByName() {
        let expected = """
            source,target,weight
            Mao Zedong,Joseph Stalin,2
            Mao Zedong,Andrei Orlov,1
            Mao Zedong,CPSU Central Committee,1
            Joseph Stalin,Andrei Orlov,1
            Andrei Orlov,Mao Zedong,1
            Andrei Orlov,Joseph Stalin,1
            CPSU Central Committee,Mao Zedong,1
            "Tom, ""Jerry"" & <Co>",Mao Zedong,1
            "Tom, ""Jerry"" & <Co>",CPSU Central Committee,1

            """
        #expect(GraphCSVExport.edges(ExchangeFixture.graph.weightedDigraph()) == expected)
    }

    @Test func csvNodesIncludeANodeWithoutEdges() {
        let expected = """
            name,kind
            Mao Zedong,person
            Joseph Stalin,person
            Andrei Orlov,person
            CPSU Central Committee,institution
            "Tom, ""Jerry"" & <Co>",person
            Lonely Writer,person

            """
        #expect(GraphCSVExport.nodes(ExchangeFixture.graph) == expected)
    }

    @Test func csvFieldQuotingRules() {
        #expect(GraphCSVExport.field("plain") == "plain")
        #expect(GraphCSVExport.field("a,b") == "\"a,b\"")
        #expect(GraphCSVExport.field("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(GraphCSVExport.field("two\nlines") == "\"two\nlines\"")
        #expect(GraphCSVExport.field(" padded") == "\" padded\"")
    }

    @Test func nodeLinkJSON() throws {
        let text = NodeLinkJSONExport.document(ExchangeFixture.graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.map { $0["name"] as? String } == ExchangeFixture.nodeNames)
        #expect(nodes.map { $0["id"] as? Int } == [0, 1, 2, 3, 4, 5])
        #expect(nodes[3]["kind"] as? String == "institution")
        #expect(links.count == 9)
        #expect(links[0]["source"] as? Int == 0)
        #expect(links[0]["target"] as? Int == 1)
        #expect(links[0]["weight"] as? Int == 2)
        #expect(links[8]["source"] as? Int == 4)
        #expect(links[8]["target"] as? Int == 3)
        let total = links.compactMap { $0["weight"] as? Int }.reduce(0, +)
        // 8 message hops + 2 conversation directions.
        #expect(total == 10)
    }

    @Test func cmifIsWellFormedAndReadsBackAsTheMessages() throws {
        let text = CMIFExport.document(ExchangeFixture.graph, title: "Tests & <more>", date: "2025-01-31")
        let xml = try #require(ParsedXML.parse(text))
        #expect(xml.all("title").first?.text == "Tests & <more>")
        #expect(xml.all("correspDesc").count == 6)

        let records = try CMIFReader().read(bytes: Array(text.utf8), source: "export.xml")
        #expect(records.count == 6)
        let tom = ExchangeFixture.tom
        // m1: one day; the relay is a `transmitted` action, described in the summary.
        #expect(records[0].stated?.senders == [StatedParty(name: "Mao Zedong")])
        #expect(records[0].stated?.recipients == [StatedParty(name: "Joseph Stalin")])
        #expect(records[0].stated?.earliest == "1949-01-09")
        #expect(records[0].summary == "Transmitted: Andrei Orlov.")
        // m2: a whole month is `when="1949-01"`; m3: a whole year `when="1948"`.
        #expect(records[1].stated?.earliest == "1949-01")
        #expect(records[1].stated?.latest == "1949-01")
        #expect(records[2].stated?.earliest == "1948")
        // m4: undated; an institution is an orgName.
        #expect(records[3].stated?.senders == [StatedParty(name: tom)])
        #expect(records[3].stated?.recipients == [StatedParty(name: "Mao Zedong"),
                                                  StatedParty(name: "CPSU Central Committee", isOrganization: true)])
        #expect(records[3].stated?.earliest == nil)
        #expect(records[3].date == "Undated")
        // m5: any other interval is notBefore/notAfter.
        #expect(records[4].stated?.earliest == "1949-01-09")
        #expect(records[4].stated?.latest == "1949-01-15")
        // m6: no recipient is CMIF's "Unknown", which reads back as nobody.
        #expect(records[5].stated?.senders == [StatedParty(name: "Lonely Writer")])
        #expect(records[5].stated?.recipients == [])
        #expect(text.contains("<note>t.txt, line 21: Title 21</note>"))
    }

    @Test func cmifDateAttributes() {
        let d = ExchangeFixture.day
        #expect(CMIFExport.dateElement(nil) == "")
        #expect(CMIFExport.dateElement(DateRange(start: d(1950, 2, 1), end: d(1950, 2, 28))) == "<date when=\"1950-02\"/>")
        // February 1952 has 29 days: the 28th does not end the month.
        #expect(CMIFExport.dateElement(DateRange(start: d(1952, 2, 1), end: d(1952, 2, 28)))
                == "<date notBefore=\"1952-02-01\" notAfter=\"1952-02-28\"/>")
        #expect(CMIFExport.dateElement(DateRange(start: d(1949, 1, 1), end: d(1950, 12, 31)))
                == "<date notBefore=\"1949-01-01\" notAfter=\"1950-12-31\"/>")
    }

    @Test func xmlEscapingDropsCharactersXMLForbids() throws {
        #expect(ExchangeXML.escape("a\u{1}b\u{FFFF}c") == "abc")
        #expect(ExchangeXML.escape("<'&\">") == "&lt;&apos;&amp;&quot;&gt;")
        let g = WeightedDigraph(nodeNames: ["Bell\u{7}", "x"], edges: [(0, 1, 1)])
        #expect(ParsedXML.parse(GraphMLExport.document(g)) != nil)
    }
}
