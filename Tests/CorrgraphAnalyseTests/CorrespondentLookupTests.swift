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
}
