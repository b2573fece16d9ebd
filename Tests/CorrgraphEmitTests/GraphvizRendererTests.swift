import CorrgraphRender
import Testing

/// Rendering and parsing through libgvc, in-process.
@Suite struct GraphvizRendererTests {
    let twoNodes = #"digraph { a [label="Mao Zedong"]; b [label="Stalin"]; a -> b }"#

    @Test func svgContainsEveryLabel() throws {
        let svg = String(decoding: try GraphvizRenderer.render(dot: twoNodes, engine: "dot", format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Mao Zedong</text>"))
        #expect(svg.contains(">Stalin</text>"))
    }

    @Test func pngStartsWithThePNGSignature() throws {
        let png = try GraphvizRenderer.render(dot: twoNodes, engine: "dot", format: .png)
        // The eight signature bytes from the PNG specification, section 5.2.
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfStartsWithPDFHeader() throws {
        let pdf = try GraphvizRenderer.render(dot: twoNodes, engine: "dot", format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test func oneLayoutRendersEveryFormatAsTheSingleFormatCallsDo() throws {
        // A named graph: cgraph numbers anonymous ones per process, and the number is printed in the SVG.
        let named = #"digraph G { a [label="Mao Zedong"]; b [label="Stalin"]; a -> b }"#
        let files = try GraphvizRenderer.render(dot: named, engine: "dot", formats: [.svg, .png, .pdf])
        #expect(files.count == 3)
        // The same bytes as one call per format: the layout is shared, not changed by rendering.
        #expect(files[0] == (try GraphvizRenderer.render(dot: named, engine: "dot", format: .svg)))
        #expect(Array(files[1].prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(files[2].prefix(5)) == Array("%PDF-".utf8))
    }

    @Test(arguments: ["dot", "sfdp", "neato", "fdp", "circo"])
    func everyEngineLaysOutATriangle(engine: String) throws {
        let svg = String(decoding: try GraphvizRenderer.render(dot: "digraph { x -> y -> z -> x }", engine: engine, format: .svg),
                         as: UTF8.self)
        // Three nodes are drawn as three <g class="node"> groups.
        #expect(svg.split(separator: #"class="node""#, omittingEmptySubsequences: false).count - 1 == 3)
    }

    @Test func theRequestedEngineWinsOverALayoutAttribute() throws {
        // libgvc on its own would lay this out with circo, ignoring the engine asked for.
        let withAttribute = try GraphvizRenderer.render(dot: "digraph { layout=circo; a -> b -> c -> d -> a }",
                                                        engine: "dot", format: .svg)
        let plain = try GraphvizRenderer.render(dot: "digraph { a -> b -> c -> d -> a }", engine: "dot", format: .svg)
        func ellipses(_ svg: [UInt8]) -> [Substring] {
            String(decoding: svg, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("<ellipse") }
        }
        #expect(ellipses(withAttribute).count == 4)
        #expect(ellipses(withAttribute) == ellipses(plain))
    }

    @Test func unknownEngineIsAnErrorNamingTheEngine() {
        #expect {
            _ = try GraphvizRenderer.render(dot: twoNodes, engine: "nosuchengine", format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.kind == .unknownEngine && error.message.contains("nosuchengine")
        }
    }

    @Test func syntaxErrorCarriesCgraphMessage() {
        #expect {
            _ = try GraphvizRenderer.parse(dot: "digraph { a -> }")
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            // cgraph's own message is carried, with the token it stopped at. (Its line number comes
            // from a lexer counter that libcgraph keeps per process, so it is not asserted.)
            return error.kind == .syntax && error.message.contains("syntax error") && error.message.contains("near '}'")
        }
    }

    @Test func parseCountsNodesAndEdges() throws {
        let parsed = try GraphvizRenderer.parse(dot: "graph { a -- b; b -- c; d }")
        #expect(parsed.isDirected == false)
        #expect(parsed.nodeNames == ["a", "b", "c", "d"])
        #expect(parsed.edgeCount == 2)
    }

    @Test func parseAfterASyntaxErrorStillWorks() throws {
        // cgraph's lexer is global state; a failed parse must not poison the next one.
        _ = try? GraphvizRenderer.parse(dot: #"digraph { "unterminated -> b }"#)
        let parsed = try GraphvizRenderer.parse(dot: "digraph { p -> q }")
        #expect(parsed.nodeNames == ["p", "q"])
    }

    @Test func concurrentRendersAllSucceed() async throws {
        // libgvc crashes when entered from two threads; the process-wide lock must serialize these.
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let dot = "digraph { n\(i) -> m\(i) -> k\(i) }"
                    return try GraphvizRenderer.render(dot: dot, engine: i % 2 == 0 ? "dot" : "sfdp", format: .svg).count
                }
            }
            var all: [Int] = []
            for try await size in group { all.append(size) }
            return all
        }
        #expect(sizes.count == 8)
        #expect(sizes.allSatisfy { $0 > 100 })
    }
}
