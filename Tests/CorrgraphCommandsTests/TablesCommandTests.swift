import Foundation
import Testing

/// End to end: the researcher's own tables (issue 11). An extraction read back gives the same graph,
/// edits to it change the graph exactly so, edge lists are read by their header, and CMIF descriptions,
/// relays and one-sided dates behave as documented in docs/tables.md. Names are invented.
@Suite(.serialized) struct TablesCommandTests {
    /// An edge list worked out by hand: hops Ana→Lena (2: letters 1 and 3), Lena→Omar, Omar→Ana, Ana→Li, Li→Lena.
    static let edges = """
        Absender;Empfänger;Datum;Über;Nr
        Ana Sousa;Lena Park;1950-03;;B1
        Lena Park;Omar Haddad;1950-04-02;;B2
        Ana Sousa;Lena Park;1951;;B3
        Omar Haddad;Ana Sousa;1952-01-05;;B4
        Ana Sousa;Lena Park;1953;Li Wei;B5

        """

    private func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// `source,target,weight` rows of `export --to csv`, without the header.
    private func edgeRows(_ input: String) throws -> [String] {
        let result = try CLI.run(["export", "--to", "csv", "--quiet", input])
        #expect(result.status == 0, "\(result.stderr)")
        return Array(result.lines.dropFirst())
    }

    @Test func anEdgeListIsReadByItsHeader() throws {
        let dir = try CLI.temporaryDirectory()
        let path = try write(Self.edges, "briefe.csv", in: dir)
        let rows = Set(try edgeRows(path))
        #expect(rows == ["Ana Sousa,Lena Park,2", "Ana Sousa,Li Wei,1", "Lena Park,Omar Haddad,1", "Omar Haddad,Ana Sousa,1",
                         "Li Wei,Lena Park,1"])
        // Date slices use the edge list's dates: 1951–1952 holds letters B3 and B4.
        let sliced = try CLI.run(["export", "--to", "csv", "--quiet", "--from", "1951", "--to", "1952", path])
        #expect(Set(sliced.lines.dropFirst()) == ["Ana Sousa,Lena Park,1", "Omar Haddad,Ana Sousa,1"])
    }

    @Test func aBadRowIsAnErrorNamingFileLineAndColumn() throws {
        let dir = try CLI.temporaryDirectory()
        let path = try write("from,to,date\nAna Sousa,Lena Park,1950\nLena Park,Omar Haddad,spring\n", "bad.csv", in: dir)
        let result = try CLI.run(["export", "--to", "csv", "--quiet", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:3: column 3 (date)"))
    }

    @Test(arguments: ["jsonl", "csv"])
    func extractionReadBackGivesTheSameGraph(format: String) throws {
        let dir = try CLI.temporaryDirectory()
        for input in [CLI.samplePath, try write(Self.edges, "briefe.csv", in: dir)] {
            let extracted = try CLI.run(["extract", "--format", format, "--quiet", input])
            #expect(extracted.status == 0)
            let copy = try write(extracted.stdout, "extraction.\(format)", in: dir)
            for target in ["graphml", "gexf"] {
                let original = try CLI.run(["export", "--to", target, "--quiet", input])
                let readBack = try CLI.run(["export", "--to", target, "--quiet", copy])
                #expect(readBack.status == 0, "\(readBack.stderr)")
                if target == "graphml" { #expect(original.stdout == readBack.stdout) }
                else { #expect(original.stdout.split(separator: "\n").dropFirst(6) == readBack.stdout.split(separator: "\n").dropFirst(6)) }
            }
        }
    }

    @Test func editsToAnExtractionChangeTheGraphExactlySo() throws {
        let dir = try CLI.temporaryDirectory()
        let source = try write(Self.edges, "briefe.csv", in: dir)
        let extracted = try CLI.run(["extract", "--format", "jsonl", "--quiet", source])
        var lines = extracted.lines
        #expect(lines.count == 5)
        // Delete the act of B2 (Lena → Omar), rename the recipient of B4 (Omar → Ana becomes Omar → Sun Li),
        // add a second act to B1 (Lena → Ana).
        lines[1] = lines[1].replacingOccurrences(of: #""messages":[{"from":["Lena Park"],"to":["Omar Haddad"],"via":[],"evidence":"title"}]"#,
                                                 with: #""messages":[]"#)
        lines[3] = lines[3].replacingOccurrences(of: #""to":["Ana Sousa"]"#, with: #""to":["Sun Li"]"#)
        lines[0] = lines[0].replacingOccurrences(of: #""evidence":"title"}]"#,
                                                 with: #""evidence":"title"},{"from":["Lena Park"],"to":["Ana Sousa"],"via":[],"evidence":"title"}]"#)
        let corrected = try write(lines.joined(separator: "\n") + "\n", "corrected.jsonl", in: dir)
        #expect(Set(try edgeRows(corrected)) == ["Ana Sousa,Lena Park,2", "Ana Sousa,Li Wei,1", "Lena Park,Ana Sousa,1",
                                                 "Omar Haddad,Sun Li,1", "Li Wei,Lena Park,1"])
        // Reading the corrected file again keeps the corrections (nothing is extracted from titles).
        let again = try CLI.run(["extract", "--format", "jsonl", "--quiet", corrected])
        #expect(again.lines[3].contains(#""to":["Sun Li"]"#))
        #expect(again.lines[0].contains(#""record":{"id":"B1","source":"briefe.csv","line":2"#))
    }

    @Test func cmifDescriptionsRelaysOneSidedDatesAndAuthorities() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc>
            <correspDesc key="1">
              <correspAction type="sent"><persName ref="http://d-nb.info/gnd/100">Hinrich Abeken</persName>
                <date notAfter="1702-03-09"/></correspAction>
              <correspAction type="received"><persName evidence="conjecture">einen Amtsbruder</persName></correspAction>
            </correspDesc>
            <correspDesc key="2">
              <correspAction type="sent"><persName ref="http://d-nb.info/gnd/100">Abeken, Hinrich</persName>
                <date when="1703-05-01"/></correspAction>
              <correspAction type="forwarded"><persName>Ibarra, Lucía</persName></correspAction>
              <correspAction type="received"><persName>Novák, Jaroslav</persName></correspAction>
            </correspDesc>
            </profileDesc></teiHeader><text><body><p/></body></text></TEI>
            """
        let dir = try CLI.temporaryDirectory()
        let path = try write(xml, "briefe.xml", in: dir)
        let people = try CLI.run(["people", "--format", "csv", "--quiet", path])
        #expect(people.status == 0)
        let names = Set(people.lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" })
        #expect(names == ["Hinrich Abeken", "Lucía Ibarra", "Jaroslav Novák"])
        // The inverted printed forms are kept as aliases.
        #expect(people.stdout.contains(#"Hinrich Abeken,person,2,"Abeken, Hinrich",stated-alias,"#))
        #expect(people.stdout.contains(#"Jaroslav Novák,person,1,"Novák, Jaroslav",stated-alias,"#))
        // The forwarding party is an intermediary.
        let relays = try CLI.run(["intermediaries", "--format", "json", "--quiet", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(relays.stdout.utf8)) as? [String: Any])
        let list = try #require(object["intermediaries"] as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["Lucía Ibarra"])
        #expect(list.first?["relayed"] as? Int == 1)
        let pair = (list.first?["pairs"] as? [[String: Any]])?.first
        #expect(pair?["from"] as? String == "Hinrich Abeken")
        #expect(pair?["to"] as? String == "Jaroslav Novák")
        // A letter dated only "not after 1702-03-09" is in the 1702 slice and in an earlier one.
        for range in [("1702", "1702"), ("1690", "1695")] {
            let sliced = try CLI.run(["extract", "--format", "jsonl", "--quiet", "--from", range.0, "--to", range.1, path])
            #expect(sliced.lines.count == 1)
            // The open start is written as the calendar's first day: `when` keeps two ISO dates.
            #expect(sliced.stdout.contains(#""when":{"start":"0001-01-01","end":"1702-03-09"}"#))
        }
        // The authority travels to GraphML.
        let graphml = try CLI.run(["export", "--to", "graphml", "--quiet", path])
        #expect(graphml.stdout.contains(#"<data key="label">Hinrich Abeken</data><data key="name">Hinrich Abeken</data><data key="kind">person</data><data key="authority">http://d-nb.info/gnd/100</data><data key="first">1702-03-09</data><data key="last">1703-05-01</data>"#))
    }
}
