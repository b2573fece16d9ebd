import CorrgraphEmit
import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRender
import CorrgraphResolve

/// libFuzzer entry point: the input's lines are the diagram's title and then up to 64 correspondents'
/// names (any bytes, invalid UTF-8 decoded with replacement characters). Each name writes to the next,
/// every third letter through a relay, and every fourth name meets the two after it, so that names
/// reach nodes, tooltips, edge labels and the legend. The DOT text must parse with cgraph and hold
/// every node drawn: a DOT that cgraph cannot read is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let lines = bytes.split(separator: 0x0A, maxSplits: 64, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let title = lines.first ?? ""
    let names = Array(lines.dropFirst())
    guard names.count >= 2 else { return 0 }
    let kinds: [CorrespondentKind] = [.person, .institution, .office]
    let people = names.enumerated().map { i, name in
        // Names double as attribute values, so that legends and colours see them too.
        Correspondent(id: i, name: name, kind: kinds[i % kinds.count],
                      attributes: ["country": names[(i + 1) % names.count]])
    }
    var messages: [Message] = []
    var conversations: [Conversation] = []
    for i in 0..<(names.count - 1) {
        let provenance = Provenance(recordID: "fuzz#\(i)", source: "fuzz", line: i + 1, title: names[i])
        let via = i % 3 == 2 && i + 2 < names.count ? [i + 2] : []
        messages.append(Message(from: [i], to: [i + 1], via: via, when: nil, evidence: .title, provenance: provenance))
        if i % 4 == 0, i + 2 < names.count {
            conversations.append(Conversation(participants: [i, i + 1, i + 2], when: nil, evidence: .summary,
                                              provenance: provenance))
        }
    }
    let graph = CorrespondenceGraph(correspondents: people, messages: messages, conversations: conversations)
    let diagram = DiagramBuilder(graph: graph, scores: DiagramBuilder.weightedDegree(of: graph), scoreName: title)
        .diagram(DiagramOptions(title: title, top: nil))
    let parsed: ParsedDOT
    do {
        parsed = try GraphvizRenderer.parse(dot: diagram.dot)
    } catch {
        fatalError("cgraph cannot read the DOT writer's output (\(error)):\n\(diagram.dot)")
    }
    guard parsed.nodeCount == diagram.shown.count else {
        fatalError("cgraph read \(parsed.nodeCount) nodes, the diagram drew \(diagram.shown.count):\n\(diagram.dot)")
    }
    return 0
}
