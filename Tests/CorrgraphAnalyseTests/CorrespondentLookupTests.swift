import CorrgraphAnalyse
import CorrgraphGraph
import CorrgraphResolve
import Testing

/// The one name lookup `graph --ego` and `stats --ego` share. Expected ids are worked out by hand
/// from the four rules: exact display name, then (ignoring case) display name, surface form or
/// merged form, then a unique part of the display name.
@Suite("Correspondent lookup")
struct CorrespondentLookupTests {
    // 0 Mao Zedong (form "Mao"), 1 Stalin (cover name "Filippov" merged), 2 Zhou Enlai
    // (form "Chou En-lai"), 3 Zhu De, 4 stalin (a second, lower-case display name), 5 Anastas Mikoyan
    static func graph() -> CorrespondenceGraph {
        let people = [
            Correspondent(id: 0, name: "Mao Zedong", kind: .person, surfaceForms: ["Mao Zedong", "Mao"]),
            Correspondent(id: 1, name: "Stalin", kind: .person, surfaceForms: ["Stalin", "Filippov [Stalin]"],
                          merges: [MergeDecision(form: "Filippov", rule: .coverName, detail: "cover name")]),
            Correspondent(id: 2, name: "Zhou Enlai", kind: .person, surfaceForms: ["Zhou Enlai", "Chou En-lai"]),
            Correspondent(id: 3, name: "Zhu De", kind: .person, surfaceForms: ["Zhu De"]),
            Correspondent(id: 4, name: "stalin", kind: .person, surfaceForms: ["stalin"]),
            Correspondent(id: 5, name: "Anastas Mikoyan", kind: .person, surfaceForms: ["Anastas Mikoyan"]),
        ]
        return CorrespondenceGraph(correspondents: people, messages: [], conversations: [])
    }

    @Test func exactDisplayNameWinsOverEveryOtherRule() {
        let g = Self.graph()
        // "Stalin" is also id 4's name ignoring case; the exact spelling decides.
        #expect(CorrespondentLookup.lookup("Stalin", in: g) == .found(1))
        #expect(CorrespondentLookup.lookup("stalin", in: g) == .found(4))
        #expect(CorrespondentLookup.lookup("Mao Zedong", in: g) == .found(0))
    }

    @Test func formsIgnoringCase() {
        let g = Self.graph()
        #expect(CorrespondentLookup.lookup("MAO", in: g) == .found(0))             // surface form
        #expect(CorrespondentLookup.lookup("chou en-lai", in: g) == .found(2))     // surface form
        #expect(CorrespondentLookup.lookup("filippov", in: g) == .found(1))        // merged cover name
        #expect(CorrespondentLookup.lookup("zhu de", in: g) == .found(3))          // display name
        // Ids 1 and 4 are both "stalin" ignoring case, and neither is spelled "STALIN".
        #expect(CorrespondentLookup.lookup("STALIN", in: g) == .ambiguous([1, 4]))
    }

    @Test func uniquePartOfADisplayName() {
        let g = Self.graph()
        #expect(CorrespondentLookup.lookup("Mikoyan", in: g) == .found(5))
        #expect(CorrespondentLookup.lookup("enlai", in: g) == .found(2))
        // "zh" is in Zhou Enlai and Zhu De (Mao Zedong has "ze", not "zh").
        #expect(CorrespondentLookup.lookup("zh", in: g) == .ambiguous([2, 3]))
        // "a" is in every display name but Zhu De's.
        #expect(CorrespondentLookup.lookup("a", in: g) == .ambiguous([0, 1, 2, 4, 5]))
        // Parts of surface forms do not count: "Chou" is only in a form of Zhou Enlai.
        #expect(CorrespondentLookup.lookup("Chou", in: g) == .none)
    }

    @Test func nobody() {
        let g = Self.graph()
        #expect(CorrespondentLookup.lookup("Beria", in: g) == .none)
        #expect(CorrespondentLookup.lookup("", in: g) == .none)
        #expect(CorrespondentLookup.find("Beria", in: g) == nil)
        #expect(CorrespondentLookup.find("zh", in: g) == nil)
        #expect(CorrespondentLookup.find("filippov", in: g) == 1)
    }

    // 0 Kim (one message), 1 Kim Il Sung (three messages), 2 Wilhelm Bölsche, 3 Arthur Schnitzler
    // (printed "Schnitzler, Arthur"), 4 Pak Chol, 5 Pak Song-chol (one message each).
    static func busyGraph() -> CorrespondenceGraph {
        let people = [
            Correspondent(id: 0, name: "Kim", kind: .person, surfaceForms: ["Premier Kim"]),
            Correspondent(id: 1, name: "Kim Il Sung", kind: .person, surfaceForms: ["Kim Il Sung"]),
            Correspondent(id: 2, name: "Wilhelm Bölsche", kind: .person, surfaceForms: ["Bölsche, Wilhelm"]),
            Correspondent(id: 3, name: "Arthur Schnitzler", kind: .person, surfaceForms: ["Schnitzler, Arthur"]),
            Correspondent(id: 4, name: "Pak Chol", kind: .person, surfaceForms: ["Pak Chol"]),
            Correspondent(id: 5, name: "Pak Song-chol", kind: .person, surfaceForms: ["Pak Song-chol"]),
        ]
        let p = Provenance(recordID: "t#1", source: "t", line: 1, title: "t")
        func letter(_ a: Int, _ b: Int) -> Message { Message(from: [a], to: [b], via: [], when: nil, evidence: .title, provenance: p) }
        return CorrespondenceGraph(correspondents: people,
                                   messages: [letter(0, 2), letter(1, 2), letter(1, 3), letter(3, 1), letter(4, 2), letter(5, 3)],
                                   conversations: [])
    }

    @Test func theBusiestWinsWhenTheOthersArePartsOfItsName() {
        // "Kim" is Kim's display name and a part of Kim Il Sung's, who has three acts to Kim's one.
        #expect(CorrespondentLookup.lookup("kim", in: Self.busyGraph()) == .found(1))
        #expect(CorrespondentLookup.lookup("Kim", in: Self.busyGraph()) == .found(1))
        // "Pak" is part of both Pak names, and neither is part of the other: ambiguous.
        #expect(CorrespondentLookup.lookup("Pak", in: Self.busyGraph()) == .ambiguous([4, 5]))
    }

    @Test func accentsCaseAndNameOrderDoNotMatter() {
        let g = Self.busyGraph()
        #expect(CorrespondentLookup.lookup("Bolsche", in: g) == .found(2))
        #expect(CorrespondentLookup.lookup("bölsche, wilhelm", in: g) == .found(2))
        #expect(CorrespondentLookup.lookup("Schnitzler, Arthur", in: g) == .found(3))
        #expect(CorrespondentLookup.lookup("ARTHUR SCHNITZLER", in: g) == .found(3))
    }
}
