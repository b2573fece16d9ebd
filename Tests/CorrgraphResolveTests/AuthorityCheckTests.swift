import CorrgraphTestSupport
import Testing
import CorrgraphRead
import CorrgraphResolve

/// The authority file's `exclude:` lines and its warnings for lines that match nothing (issue 12).
/// Expected acts worked out by hand; names invented.
@Suite struct AuthorityCheckTests {
    static let records = [
        ("Letter from Ivan Petrov to Wang Jianguo", ""),
        ("Letter from Ivan Petrov to Anton Veit", ""),
        ("Memorandum of Conversation between Anton Veit and Wang Jianguo", ""),
        ("Memorandum of Conversation between Ivan Petrov, Wang Jianguo and Anton Veit", ""),
    ]

    static func run(_ authorityText: String) throws -> (acts: [[String]], check: AuthorityCheck) {
        let authority = try AuthorityFile.parse(authorityText, source: "people.txt")
        let corpus = Acts.corpus(records.map { ($0.0, $0.1, "1950") }, authority: authority)
        let (applied, check) = corpus.applying(authority)
        return (applied.records.map { Acts.describe($0, in: applied) }, check)
    }

    @Test func excludedCorrespondentsLeaveEveryAct() throws {
        let (acts, check) = try Self.run("exclude: Anton Veit\n")
        #expect(acts == [
            ["Ivan Petrov → Wang Jianguo"],
            ["Ivan Petrov → "],                 // the letter keeps its sender
            [],                                  // a conversation with one participant left is none
            ["{Ivan Petrov, Wang Jianguo}"],
        ])
        #expect(check.excluded == ["Anton Veit"])
        #expect(check.actsChanged == 3)
        #expect(check.warnings.isEmpty)
    }

    @Test func linesThatMatchNothingAreWarnedAboutWithTheirLine() throws {
        let text = """
            # people
            [Ivan Petrov]
            aliases: I. Petrov; Ivan Petrof
            [Nobody Here]
            country: Atlantis
            exclude: Not In The Corpus
            """
        let (_, check) = try Self.run(text)
        #expect(check.warnings == [
            "people.txt:3: alias 'I. Petrov' of [Ivan Petrov] matches no name in this corpus",
            "people.txt:3: alias 'Ivan Petrof' of [Ivan Petrov] matches no name in this corpus",
            "people.txt:4: [Nobody Here] matches no name in this corpus",
            "people.txt:6: exclude 'Not In The Corpus' matches no name in this corpus",
        ])
    }

    @Test func anEmptyExcludeIsAnErrorNamingTheLine() {
        #expect(throws: ReadError.self) { try AuthorityFile.parse("exclude:\n", source: "people.txt") }
    }
}
