import Testing
@testable import CorrgraphRead

/// A previous extraction read back as acts: no re-extraction, provenance kept.
struct ExtractionLineReaderTests {
    @Test func extractionLineIsReadAsItsActs() throws {
        let line = #"""
            {"record": {"id": "p.txt#7", "source": "p.txt", "line": 31, "date": "not after 1667-09-29", "title": "Cable, Kim to Zhou", "summary": ""}, "when": {"start": null, "end": "1667-09-29"}, "documentType": "cable", "number": "12", "messages": [{"from": ["Kim Il Sung"], "to": ["Zhou Enlai", "Politburo"], "via": ["Li Wei"], "evidence": "summary"}], "conversations": [{"participants": ["Kim Il Sung", "Pak Hon-yong"], "evidence": "title"}], "problems": ["a note"], "correspondents": [{"name": "Politburo", "kind": "institution"}, {"name": "Kim Il Sung", "kind": "person", "authority": "http://viaf.org/viaf/1"}]}
            """#
        let records = try JSONLinesRecordReader().read(bytes: Array(line.utf8), source: "corrected.jsonl")
        let r = try #require(records.first)
        #expect(r.id == "p.txt#7")
        #expect(r.source == "p.txt")
        #expect(r.line == 31)
        #expect(r.title == "Cable, Kim to Zhou")
        let stated = try #require(r.stated)
        #expect(stated.earliest == nil)
        #expect(stated.latest == "1667-09-29")
        #expect(stated.documentType == "cable")
        #expect(stated.number == "12")
        #expect(stated.notes == ["a note"])
        #expect(stated.acts == [
            StatedAct(kind: .message, from: [StatedParty(name: "Kim Il Sung", authority: "http://viaf.org/viaf/1")],
                      to: [StatedParty(name: "Zhou Enlai"), StatedParty(name: "Politburo", isOrganization: true)],
                      via: [StatedParty(name: "Li Wei")], evidence: "summary"),
            StatedAct(kind: .conversation,
                      participants: [StatedParty(name: "Kim Il Sung", authority: "http://viaf.org/viaf/1"),
                                     StatedParty(name: "Pak Hon-yong")], evidence: "title"),
        ])
    }

    @Test func badActsNameTheLine() {
        let bad = #"{"record": {"title": "x"}, "messages": [{"from": "Kim Il Sung", "to": []}]}"#
        let error = readError { try JSONLinesRecordReader().read(bytes: Array(("\n" + bad).utf8), source: "c.jsonl") }
        #expect(error?.line == 2)
        #expect(error?.reason.contains("from") == true)
        let badDate = #"{"record": {"title": "x"}, "when": {"start": "1950-02-30", "end": null}, "messages": []}"#
        #expect(readError { try JSONLinesRecordReader().read(bytes: Array(badDate.utf8), source: "c.jsonl") }?.line == 1)
    }
}
