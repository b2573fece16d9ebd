@testable import CorrgraphEmit
import CorrgraphExtract
import CorrgraphResolve
import Testing

/// `PersonSummary` and `PeopleTables` on a hand-made corpus.
///
/// Correspondents: 0 Stalin (cover name Filippov), 1 Mao Zedong (short form Mao), 2 Andrei Orlov
/// (alias Terebin), 3 de Gaulle (no act), 4 CC CPSU (institution).
/// Acts: r1 Stalin → Mao via Terebin; r2 Mao → Stalin and a conversation Mao, Stalin, Mao;
/// r3 CC CPSU → Stalin, Stalin → Mao.
/// Acts by hand: Stalin r1, r2 ×2, r3 ×2 = 5; Mao r1, r2 ×2 (named twice in the conversation,
/// counted once), r3 = 4; Orlov 1; de Gaulle 0; CC CPSU 1.
@Suite struct PeopleTests {
    static let coverDetail = #""Filippov [Stalin]": Filippov is a cover name of Stalin"#

    static var corpus: ResolvedCorpus {
        let people = [
            Correspondent(id: 0, name: "Stalin", kind: .person, surfaceForms: ["Stalin", "Filippov [Stalin]", "Filippov"],
                          merges: [MergeDecision(form: "Filippov", rule: .coverName, detail: coverDetail)],
                          attributes: ["country": "USSR"]),
            Correspondent(id: 1, name: "Mao Zedong", kind: .person, surfaceForms: ["Mao Zedong", "Mao"],
                          merges: [MergeDecision(form: "Mao", rule: .shortForm, detail: "Mao: one full name, Mao Zedong")],
                          attributes: ["party": "CCP", "country": "China"]),
            Correspondent(id: 2, name: "Andrei Orlov", kind: .person, surfaceForms: ["Terebin"],
                          merges: [MergeDecision(form: "Terebin", rule: .statedAlias, detail: "Terebin (Andrei Orlov)")]),
            Correspondent(id: 3, name: "de Gaulle", kind: .person),
            Correspondent(id: 4, name: "CC CPSU", kind: .institution, surfaceForms: ["CC CPSU"]),
        ]
        let records = [
            ReportFixture.record(1, "1948-10-17", "Cable, Stalin to Mao [via Terebin]",
                                 messages: [ReportFixture.letter([0], [1], via: [2])]),
            ReportFixture.record(2, "1948-11", "Cable, Mao to Stalin", messages: [ReportFixture.letter([1], [0])],
                                 conversations: [ReportFixture.talk([1, 0, 1])]),
            ReportFixture.record(3, "1949", "Two letters",
                                 messages: [ReportFixture.letter([4], [0]), ReportFixture.letter([0], [1])]),
        ]
        return ResolvedCorpus(records: records, correspondents: people)
    }

    @Test func everyoneSortedByNameIgnoringCaseWithActs() {
        let people = PersonSummary.all(in: Self.corpus)
        // Plain `<` would put "de Gaulle" last, after every capital.
        #expect(people.map(\.name) == ["Andrei Orlov", "CC CPSU", "de Gaulle", "Mao Zedong", "Stalin"])
        #expect(people.map(\.acts) == [1, 1, 0, 4, 5])
        #expect(people.map(\.id) == [2, 4, 3, 1, 0])
        #expect(people[1].kind == .institution)
    }

    @Test func sameNameDifferentCaseIsOrderedBySpellingThenID() {
        let a = PersonSummary(id: 5, name: "kovalev", kind: .person, acts: 0)
        let b = PersonSummary(id: 9, name: "Kovalev", kind: .person, acts: 0)
        let c = PersonSummary(id: 2, name: "Kovalev", kind: .person, acts: 0)
        #expect([a, b, c].sorted(by: PersonSummary.precedes).map(\.id) == [2, 9, 5])
    }

    @Test func formLinesPairEachFormWithItsMerge() {
        let merge1 = MergeDecision(form: "Roschin", rule: .spellingVariant, detail: "one letter")
        let merge2 = MergeDecision(form: "Roschin", rule: .authority, detail: "people.txt line 3")
        let stray = MergeDecision(form: "N. Roshchin", rule: .initials, detail: "initials")
        let person = PersonSummary(id: 0, name: "Nikolai Roshchin", kind: .person, acts: 2,
                                   surfaceForms: ["Nikolai Roshchin", "Roschin"], merges: [stray, merge1, merge2])
        let lines = person.formLines
        #expect(lines.map(\.form) == ["Nikolai Roshchin", "Roschin", "Roschin", "N. Roshchin"])
        #expect(lines.map(\.merge) == [nil, merge1, merge2, stray])
    }

    @Test func tableShowsOneBlockPerPerson() {
        let table = PeopleTables.table(PersonSummary.all(in: Self.corpus))
        #expect(table.columns.map(\.title) == ["name", "kind", "acts", "attributes", "form", "rule", "detail"])
        #expect(table.rows == [
            ["Andrei Orlov", "person", "1", "", "Terebin", "stated-alias", "Terebin (Andrei Orlov)"],
            ["CC CPSU", "institution", "1", "", "CC CPSU", "", ""],
            ["de Gaulle", "person", "0", "", "", "", ""],
            ["Mao Zedong", "person", "4", "country=China, party=CCP", "Mao Zedong", "", ""],
            ["", "", "", "", "Mao", "short-form", "Mao: one full name, Mao Zedong"],
            ["Stalin", "person", "5", "country=USSR", "Stalin", "", ""],
            ["", "", "", "", "Filippov [Stalin]", "", ""],
            ["", "", "", "", "Filippov", "cover-name", Self.coverDetail],
        ])
        // 1 + 1 + 0 + 2 + 3 forms; merges in rule declaration order.
        #expect(table.footer.first == "5 correspondents, 7 surface forms, 3 merges (cover-name 1, stated-alias 1, short-form 1).")
    }

    @Test func tableLeavesOutAttributesWhenNobodyHasAny() {
        let people = [PersonSummary(id: 0, name: "Kovalev", kind: .person, acts: 1, surfaceForms: ["Kovalev"])]
        let table = PeopleTables.table(people)
        #expect(table.columns.map(\.title) == ["name", "kind", "acts", "form", "rule", "detail"])
        #expect(table.rows == [["Kovalev", "person", "1", "Kovalev", "", ""]])
        #expect(table.footer.first == "1 correspondent, 1 surface form, 0 merges.")
    }

    @Test func csvHasOneRowPerFormAndOneColumnPerAttribute() {
        let csv = PeopleTables.flat(PersonSummary.all(in: Self.corpus)).csv()
        let expected = "name,kind,acts,form,rule,detail,country,party\n"
            + "Andrei Orlov,person,1,Terebin,stated-alias,Terebin (Andrei Orlov),,\n"
            + "CC CPSU,institution,1,CC CPSU,,,,\n"
            + "de Gaulle,person,0,,,,,\n"
            + "Mao Zedong,person,4,Mao Zedong,,,China,CCP\n"
            + "Mao Zedong,person,4,Mao,short-form,\"Mao: one full name, Mao Zedong\",China,CCP\n"
            + "Stalin,person,5,Stalin,,,USSR,\n"
            + "Stalin,person,5,Filippov [Stalin],,,USSR,\n"
            + "Stalin,person,5,Filippov,cover-name,\"\"\"Filippov [Stalin]\"\": Filippov is a cover name of Stalin\",USSR,\n"
        #expect(csv == expected)
    }

    @Test func jsonFollowsTheContractShape() {
        let people = PersonSummary.all(in: Self.corpus)
        let mao = PeopleTables.json([people[3]]).serialized()
        // Attribute keys sorted: country before party.
        #expect(mao == #"{"people":[{"name":"Mao Zedong","kind":"person","acts":4,"surfaceForms":["Mao Zedong","Mao"],"#
            + #""merges":[{"form":"Mao","rule":"short-form","detail":"Mao: one full name, Mao Zedong"}],"#
            + #""attributes":{"country":"China","party":"CCP"}}]}"#)
        let empty = PeopleTables.json([people[2]]).serialized()
        #expect(empty == #"{"people":[{"name":"de Gaulle","kind":"person","acts":0,"surfaceForms":[],"merges":[],"attributes":{}}]}"#)
        #expect(PeopleTables.json([]).serialized() == #"{"people":[]}"#)
    }

    @Test func jsonEscapesQuotesInDetails() {
        let stalin = PersonSummary.all(in: Self.corpus)[4]
        #expect(PeopleTables.json([stalin]).serialized()
            .contains(#""detail":"\"Filippov [Stalin]\": Filippov is a cover name of Stalin""#))
    }
}
