import CGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT text to SVG, PNG or PDF in-process through libgvc; never runs the `dot` program.
///
/// ```swift
/// let svg = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: "dot", format: .svg)
/// String(decoding: svg, as: UTF8.self).contains("<svg")   // true
/// ```
///
/// Design: libgvc is not thread-safe and every `GVC_t` context leaks a little, so the process keeps
/// one context, created on first use, and every call into Graphviz — parsing included — runs under
/// one process-wide lock. Concurrent callers therefore queue rather than crash. A layout in progress
/// cannot be interrupted; keep diagrams small enough for the engine (see `DiagramBuilder`).
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// ```swift
    /// let pdf = try GraphvizRenderer.render(dot: diagram.dot, engine: "sfdp", format: .pdf)
    /// pdf.starts(with: Array("%PDF".utf8))   // true
    /// ```
    ///
    /// - Parameters:
    ///   - dot: a whole DOT graph.
    ///   - engine: a layout engine name (`dot`, `sfdp`, `neato`, `fdp`, `circo`, …), checked against
    ///     the installed plugins.
    ///   - format: the output format.
    /// - Returns: the rendered file's bytes.
    /// - Throws: `GraphvizError` when the engines are not configured, the engine or format is not
    ///   installed, the DOT text does not parse, or layout or rendering fails.
    public static func render(dot: String, engine: String = "dot", format: RenderFormat) throws -> [UInt8] {
        try render(dot: dot, engine: engine, formats: [format])[0]
    }

    /// Lays a diagram out once and renders it in several formats, in the order given: a layout is the
    /// expensive part, so `run` pays for it once per diagram, not once per file.
    ///
    /// ```swift
    /// let files = try GraphvizRenderer.render(dot: diagram.dot, engine: "dot", formats: [.svg, .png, .pdf])
    /// files.count   // 3
    /// ```
    public static func render(dot: String, engine: String = "dot", formats: [RenderFormat]) throws -> [[UInt8]] {
        try GraphvizSession.shared.withContext { gvc, plugins in
            guard plugins.layouts.contains(engine) else {
                throw GraphvizError(.unknownEngine, "Graphviz has no layout engine '\(engine)'; installed: "
                    + plugins.layouts.sorted().joined(separator: ", "))
            }
            for format in formats where !plugins.devices.contains(format.rawValue) {
                throw GraphvizError(.formatUnavailable, "Graphviz cannot write \(format.rawValue): no plugin for it is "
                    + "installed (PNG and PDF need the cairo plugin from libgvc6); installed formats: "
                    + plugins.devices.sorted().joined(separator: ", "))
            }
            let graph = try read(dot)
            // Graphviz needs this order: free the rendered bytes, then the layout, then the graph.
            // Swift runs `defer` blocks last-in first-out, so they are declared in reverse.
            defer { agclose(graph) }
            // libgvc lets a `layout` attribute in the text override the engine it is asked for;
            // the caller's choice must win, so the attribute is set to it.
            setGraphAttribute("layout", to: engine, of: graph)
            guard gvLayout(gvc, graph, engine) == 0 else {
                throw GraphvizError(.layout, "Graphviz could not lay out the diagram with \(engine)"
                    + lastErrorSuffix())
            }
            defer { gvFreeLayout(gvc, graph) }
            return try formats.map { format in
                var data: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                guard gvRenderData(gvc, graph, format.rawValue, &data, &length) == 0, let data else {
                    throw GraphvizError(.render, "Graphviz could not render \(format.rawValue)" + lastErrorSuffix())
                }
                defer { gvFreeRenderData(data) }
                let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                    Array(UnsafeBufferPointer(start: $0, count: Int(length)))
                }
                return format == .pdf ? fixingPDFCreationDate(bytes) : bytes
            }
        }
    }

    /// Cairo stamps PDFs with the time of writing; the same diagram should give the same bytes, so
    /// the stamp is replaced by a fixed date of the same length (the cross-reference offsets stay valid).
    static func fixingPDFCreationDate(_ pdf: [UInt8]) -> [UInt8] {
        let marker = Array("/CreationDate (D:".utf8)
        guard pdf.count > marker.count,
              let start = (0...(pdf.count - marker.count)).first(where: { pdf[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return pdf }
        var result = pdf
        let fixed = Array("20000101000000".utf8)
        var i = start + marker.count, digit = 0
        while i < result.count, result[i] != UInt8(ascii: ")") {
            if result[i] >= UInt8(ascii: "0") && result[i] <= UInt8(ascii: "9") {
                result[i] = digit < fixed.count ? fixed[digit] : UInt8(ascii: "0")
                digit += 1
            }
            i += 1
        }
        return result
    }

    /// Parses DOT text with cgraph, without layout, and reports what it holds: a check that text
    /// meant for Graphviz really reads back as the graph it was meant to be.
    ///
    /// ```swift
    /// let parsed = try GraphvizRenderer.parse(dot: #"digraph { "a\"b" -> c }"#)
    /// parsed.nodeNames   // ["a\"b", "c"]
    /// ```
    ///
    /// - Throws: `GraphvizError` of kind `.syntax` with cgraph's message when the text does not parse.
    public static func parse(dot: String) throws -> ParsedDOT {
        try GraphvizSession.shared.withLock {
            let graph = try read(dot)
            defer { agclose(graph) }
            var nodes: [ParsedDOT.Node] = []
            var edgeCount = 0
            var node = agfstnode(graph)
            while let current = node {
                let name = agnameof(UnsafeMutableRawPointer(current)).map { String(cString: $0) } ?? ""
                nodes.append(ParsedDOT.Node(name: name, label: attribute("label", of: current),
                                            tooltip: attribute("tooltip", of: current)))
                var edge = agfstout(graph, current)
                while let e = edge {
                    edgeCount += 1
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, current)
            }
            return ParsedDOT(isDirected: agisdirected(graph) != 0, nodes: nodes, edgeCount: edgeCount)
        }
    }

    /// The layout engines libgvc can use, e.g. `["circo", "dot", "fdp", "neato", "sfdp", …]`.
    ///
    /// ```swift
    /// try GraphvizRenderer.availableEngines().contains("sfdp")   // true with libgvc6 installed
    /// ```
    /// - Throws: `GraphvizError(.noLayoutEngines)` when libgvc's plugin configuration is missing.
    public static func availableEngines() throws -> [String] {
        try GraphvizSession.shared.withContext { _, plugins in plugins.layouts.sorted() }
    }

    /// Reads a graph from text; the caller holds the lock and closes the graph.
    private static func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        agreseterrors()
        guard let graph = agmemread(dot) else {
            throw GraphvizError(.syntax, "Graphviz could not read the DOT text" + lastErrorSuffix())
        }
        return graph
    }

    private static func setGraphAttribute(_ name: String, to value: String, of graph: UnsafeMutablePointer<Agraph_t>) {
        // cgraph 2.42 takes non-const `char *` arguments but copies them into its string pool.
        var key = Array(name.utf8CString)
        var text = Array(value.utf8CString)
        var empty: [CChar] = [0]
        key.withUnsafeMutableBufferPointer { k in
            text.withUnsafeMutableBufferPointer { t in
                empty.withUnsafeMutableBufferPointer { e in
                    _ = agsafeset(UnsafeMutableRawPointer(graph), k.baseAddress, t.baseAddress, e.baseAddress)
                }
            }
        }
    }

    private static func attribute(_ name: String, of node: UnsafeMutablePointer<Agnode_t>) -> String? {
        var key = Array(name.utf8CString)
        // cgraph 2.42 takes a non-const `char *` for the attribute name but does not modify it.
        guard let value = key.withUnsafeMutableBufferPointer({ agget(UnsafeMutableRawPointer(node), $0.baseAddress) })
        else { return nil }
        return String(cString: value)
    }

    /// ": <cgraph's last message>" when an error was recorded since `agreseterrors`, else "".
    private static func lastErrorSuffix() -> String {
        // agerrors() is the highest level seen since the reset; AGERR is 1, warnings are 0.
        guard agerrors() >= 1, let text = aglasterr() else { return "" }
        defer { free(text) }
        let message = String(cString: text).trimmingTrailingWhitespace
        return message.isEmpty ? "" : ": " + message
    }
}

/// What cgraph read from DOT text.
///
/// ```swift
/// let parsed = try GraphvizRenderer.parse(dot: "graph { a -- b }")
/// (parsed.isDirected, parsed.nodeCount, parsed.edgeCount)   // (false, 2, 1)
/// ```
public struct ParsedDOT: Sendable, Equatable {
    /// One node as cgraph read it.
    public struct Node: Sendable, Equatable {
        /// The node's DOT identifier.
        public var name: String
        /// The `label` attribute as cgraph stores it (DOT quoting removed, Graphviz escapes such
        /// as `\\` and `\n` still in place), or nil when no node declares a label.
        public var label: String?
        /// The `tooltip` attribute, stored like `label`.
        public var tooltip: String?
    }

    /// True for a `digraph`, false for a `graph`.
    public var isDirected: Bool
    /// Nodes in cgraph's order (the order of first appearance).
    public var nodes: [Node]
    /// The number of edges cgraph holds.
    public var edgeCount: Int

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }
    /// The nodes' DOT identifiers, in `nodes` order.
    public var nodeNames: [String] { nodes.map(\.name) }
}

/// The process's one Graphviz context and the lock that serializes every Graphviz call.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    struct Plugins {
        var layouts: Set<String>
        var devices: Set<String>
    }

    private let lock = ProcessLock()
    // Guarded by `lock`.
    private var context: OpaquePointer?
    private var plugins = Plugins(layouts: [], devices: [])

    private init() {
        // Keep cgraph's errors in its buffer (read back with aglasterr) instead of printing them,
        // for parsing as well as rendering. `shared` is initialized once, before any other
        // Graphviz call of this process can run.
        _ = agseterr(AGMAX)
    }

    func withLock<Result>(_ body: () throws -> Result) throws -> Result {
        try lock.withLock(body)
    }

    /// Runs `body` under the lock with the context, creating it and checking its plugins on first use.
    func withContext<Result>(_ body: (OpaquePointer, Plugins) throws -> Result) throws -> Result {
        try lock.withLock {
            if context == nil {
                guard let created = gvContext() else {
                    throw GraphvizError(.noLayoutEngines, "Graphviz could not create a context")
                }
                context = created
                plugins = Plugins(layouts: Self.list("layout", in: created), devices: Self.list("device", in: created))
            }
            guard let gvc = context else { fatalError("unreachable: context was just created") }
            // Checked on every call, not only the first, so the message is repeated to every caller.
            guard !plugins.layouts.isEmpty else {
                throw GraphvizError(.noLayoutEngines, "Graphviz has no layout engines: its plugin configuration "
                    + "is missing. Run `libgvc6-config-update -c` as root (it writes the config6a file libgvc "
                    + "reads at start-up), then try again.")
            }
            return try body(gvc, plugins)
        }
    }

    /// The plugin type names of one kind ("layout", "device"), without their ":package" suffixes.
    private static func list(_ kind: String, in gvc: OpaquePointer) -> Set<String> {
        var count: Int32 = 0
        guard let names = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var result: Set<String> = []
        for i in 0..<Int(count) {
            guard let name = names[i] else { continue }
            result.insert(String(cString: name))
            free(name)
        }
        free(names)
        return result
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
