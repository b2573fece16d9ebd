import CorrgraphEmit
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRender
import CorrgraphResolve
import Testing

/// Names built to break DOT: each must come back from cgraph as exactly one node whose label is
/// the name in Graphviz's escaped form, and nothing else may appear.
@Suite struct HostileNamesTests {
    /// (name, the label as cgraph stores it — DOT quoting undone, Graphviz escapes kept), by hand.
    static let names: [(String, String)] = [
        (#"He said "hi""#, #"He said "hi""#),
        (#"C:\new\Names"#, #"C:\\new\\Names"#),
        (#"trailing\"#, #"trailing\\"#),
        ("two\nlines", #"two\nlines"#),
        ("<B>bold</B>", "<B>bold</B>"),
        ("<<TABLE>>", "<<TABLE>>"),
        (#"x"]; n0 -> n1 [color=red; label=""#, #"x"]; n0 -> n1 [color=red; label=""#),
        ("}", "}"),
        (#"\N \G \L"#, #"\\N \\G \\L"#),
        ("Tom &amp; Jerry", "Tom &amp; Jerry"),
        ("bell\u{7}", "bell\u{FFFD}"),
        ("", ""),
        ("\"", "\""),
        ("Мао Цзэдун 毛泽东", "Мао Цзэдун 毛泽东"),
        ("crlf\r\nend", #"crlf\nend"#),
        ("digraph { x -> y }", "digraph { x -> y }"),
        ("/* not a comment */ // nor this", "/* not a comment */ // nor this"),
        ("\\\"", #"\\""#),
    ]

    /// Each hostile person writes to the next; attributes and the title are hostile too.
    static var graph: CorrespondenceGraph {
        let people = names.enumerated().map { i, pair in
            Correspondent(id: i, name: pair.0, kind: i % 3 == 0 ? .person : (i % 3 == 1 ? .institution : .office),
                          attributes: ["country": i % 2 == 0 ? "</TD>\"]&" : pair.0])
        }
        let messages = (0..<(names.count - 1)).map { i in
            Message(from: [i], to: [i + 1], via: [], when: nil, evidence: .title,
                    provenance: Provenance(recordID: "r\(i)", source: "hostile", line: i, title: pair(i)))
        }
        return CorrespondenceGraph(correspondents: people, messages: messages, conversations: [])
    }

    static func pair(_ i: Int) -> String { names[i].0 }

    func diagram() -> Diagram {
        let g = Self.graph
        return DiagramBuilder(graph: g, scores: DiagramBuilder.weightedDegree(of: g), scoreName: "<score> & \"so\"")
            .diagram(DiagramOptions(title: "<evil title> & \"quotes\" \\N\n]", top: nil))
    }

    @Test func cgraphReadsEveryNodeWithItsExactLabel() throws {
        let parsed = try GraphvizRenderer.parse(dot: diagram().dot)
        #expect(parsed.nodeCount == Self.names.count)
        #expect(parsed.edgeCount == Self.names.count - 1)
        let labels = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.name, $0.label) })
        for (i, (_, stored)) in Self.names.enumerated() {
            #expect(labels["n\(i)"] == stored, "node \(i)")
        }
    }

    @Test func svgDrawsEveryNode() throws {
        let d = diagram()
        let svg = String(decoding: try GraphvizRenderer.render(dot: d.dot, engine: d.engine.rawValue, format: .svg), as: UTF8.self)
        #expect(svg.split(separator: #"<g id="node"#, omittingEmptySubsequences: false).count - 1 == Self.names.count)
        // Graphviz writes label text XML-escaped; these are worked out by hand from the names.
        for text in [">He said &quot;hi&quot;</text>", #">C:\new\Names</text>"#, #">trailing\</text>"#,
                     ">two</text>", ">lines</text>", ">&lt;B&gt;bold&lt;/B&gt;</text>", #">\N \G \L</text>"#,
                     ">Мао Цзэдун 毛泽东</text>", ">digraph { x &#45;&gt; y }</text>"] {
            #expect(svg.contains(text), "missing \(text)")
        }
        #expect(svg.contains("&lt;evil title&gt; &amp; &quot;quotes&quot;"))
        #expect(!svg.contains("<evil"))
    }

    @Test func emptyTitleKeepsTheHeader() throws {
        // Graphviz drops an HTML label with an empty <FONT></FONT> and shows the graph's name instead.
        let g = Self.graph
        let d = DiagramBuilder(graph: g, scores: DiagramBuilder.weightedDegree(of: g), scoreName: "")
            .diagram(DiagramOptions(title: "", top: nil))
        let svg = String(decoding: try GraphvizRenderer.render(dot: d.dot, engine: "dot", format: .svg), as: UTF8.self)
        #expect(svg.contains("18 correspondents"))
        #expect(!svg.contains(">corrgraph</text>"))
    }
}
