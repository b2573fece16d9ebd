import Testing
import CorrgraphRead
@testable import CorrgraphExtract

/// Titles and summaries past the stated limits are read up to a word boundary before the limit, in
/// time bounded per record, and the record says so (issue 13: linear time, nothing cut silently).
@Suite struct InputLimitTests {
    @Test func longTitleAndSummaryAreCutAtAWordAndNoted() {
        // 48 bytes of lead-in, then " and trade" (10 bytes) 20,000 times: 200,048 bytes.
        let title = "Cable from Ivan Petrov to Wang Jianguo, on trade" + String(repeating: " and trade", count: 20_000)
        let summary = String(repeating: "Petrov writes. ", count: 3_000)
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950", title: title, summary: summary)
        let result = RecordExtractor().extract(record)
        // The last space at or before byte 2,000: the words end every 10 bytes from byte 48, so the
        // cut falls at byte 1,998 (48 + 195 × 10), before the space that starts " and trade".
        #expect(result.problems.contains("the title is 200048 bytes long; only its first 1998 bytes were read (the limit is 2000)"))
        // "Petrov writes. " is 15 bytes (45,000 in all): byte 16,000 falls inside "writes." of copy 1,066
        // (which starts at 15,990), so the last space before it is the one after its "Petrov": 15,996.
        #expect(result.problems.contains("the summary is 45000 bytes long; only its first 15996 bytes were read (the limit is 16000)"))
        #expect(result.messages.map { $0.from.map(\.text) + ["→"] + $0.to.map(\.text) } == [["Ivan Petrov", "→", "Wang Jianguo"]])
        // The record keeps its text as read.
        #expect(result.record.title == title)
    }

    @Test func textsWithinTheLimitsAreNotNoted() {
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950",
                                     title: "Cable from Ivan Petrov to Wang Jianguo", summary: "Petrov writes.")
        #expect(RecordExtractor().extract(record).problems.isEmpty)
    }

    @Test func aCutNeverSplitsAMultiByteLetter() {
        // 1,999 ASCII bytes then "Ž" (2 bytes) and no space: the cut backs off to byte 1,999.
        let title = String(repeating: "a", count: 1_999) + "Žukov"
        var problems: [String] = []
        let bounded = RecordExtractor.bounded(title, limit: 2_000, field: "title", problems: &problems)
        #expect(bounded == String(repeating: "a", count: 1_999))
        #expect(problems == ["the title is 2005 bytes long; only its first 1999 bytes were read (the limit is 2000)"])
    }
}

/// Long lists of names, found while preparing the fuzz runs (docs/fuzzing.md): the participants of a conversation and the
/// comparison of two conversations were deduplicated by comparing every name with every other, so a
/// summary of 2,500 short names that "met" took 25 s in the fuzz build. Past `looseComparisonLimit` names,
/// names are compared by folded form in linear time.
@Suite struct LongNameListTests {
    static let givenNames = ["Ivan", "Wei", "Min-jun", "Hans", "Omar", "Carlos", "Olga", "Mei", "Ji-woo", "Fatima",
                             "Dmitri", "Jian", "Seo-yeon", "Greta", "Karim", "Lucia", "Pavel", "Ling", "Hyun-woo", "Jürgen",
                             "Leila", "Mateo", "Tatiana", "Xiu", "Dong-hyun", "Klaus", "Samir", "Inés", "Boris", "Yan",
                             "Eun-ji", "Wolfgang", "Nadia", "Diego", "Svetlana", "Hao", "Sung-min", "Helga", "Tariq", "Rosa",
                             "Yuri", "Fang", "Ha-eun", "Dieter", "Amira", "Pablo", "Irina", "Qiang", "Jae-hyun", "Ursula"]
    static let surnames = ["Petrov", "Zhang", "Park", "Becker", "Haddad", "Ortega", "Volkova", "Liu", "Choi", "Mansour",
                           "Sokolov", "Chen", "Jeong", "Hoffmann", "Nasser", "Navarro", "Morozov", "Zhao", "Kang", "Schulz",
                           "Khalil", "Romero", "Lebedeva", "Sun", "Yoon", "Richter", "Aziz", "Castillo", "Kuznetsov", "Gao",
                           "Han", "Krüger", "Saleh", "Vargas", "Orlova", "Xu", "Lim", "Neumann", "Hamdan", "Delgado",
                           "Popov", "Ma", "Shin", "Schröder", "Farouk", "Herrera", "Egorova", "Hu", "Baek", "Zimmermann"]

    /// `count` distinct full names: every given name with every surname, in that order.
    static func names(_ count: Int) -> [String] {
        Array(surnames.lazy.flatMap { s in givenNames.lazy.map { "\($0) \(s)" } }.prefix(count))
    }

    static func participants(_ summary: String) -> [[String]] {
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1950", title: "Talks in Moscow",
                                     summary: summary)
        return RecordExtractor().extract(record).conversations.map { $0.participants.map(\.text) }
    }

    /// Whether the conversations are exactly one of `names`, in order (said briefly when not: the lists are long).
    static func isOneConversation(of names: [String], _ found: [[String]]) -> Bool {
        found.count == 1 && found[0] == names
    }

    /// "A, B, …, and Z met in Moscow." in a record of talks: one conversation of everyone named, each once.
    static func meeting(_ names: [String]) -> String {
        names.dropLast().joined(separator: ", ") + ", and " + names[names.count - 1] + " met in Moscow."
    }

    @Test func aShortMeetingListIsOneConversation() {
        #expect(Self.participants(Self.meeting(Self.names(3))) == [["Ivan Petrov", "Wei Petrov", "Min-jun Petrov"]])
    }

    @Test(.timeLimit(.minutes(1)))
    func aThousandNamesWhoMetFinishAndNameNoOneTwice() {
        // A subject is read at most `SubjectClauses.maxClauseTokens` words back from its verb (linear reading),
        // so a list of 1,000 names is past what a summary clause is read for: whatever is found names each
        // person at most once, and the record is read within the time limit.
        let names = Self.names(1_000)
        #expect(Set(names).count == 1_000)
        let found = Self.participants(Self.meeting(names))
        #expect(found.count <= 1)
        #expect(found.allSatisfy { Set($0).count == $0.count })
    }

    @Test(.timeLimit(.minutes(1)))
    func aLongListNamesEachPersonOnce() {
        // Six names with the first two named again at the end: each once, in first order. (A summary's list
        // is read as participants up to about ten names; longer lists are the subject of the test above.)
        let names = Self.names(6)
        let found = Self.participants(Self.meeting(names + names.prefix(2)))
        #expect(Self.isOneConversation(of: names, found), "\(found.map(\.count)) participants")
    }

    @Test(.timeLimit(.minutes(1)))
    func theSameLongMeetingRecountedTwiceIsOneConversation() {
        let names = Self.names(6)
        let found = Self.participants(Self.meeting(names) + " " + Self.meeting(names))
        #expect(Self.isOneConversation(of: names, found), "\(found.map(\.count)) participants")
    }

    /// "A talks with B. C talks with D. …" in a record of talks: one conversation per sentence.
    static func talks(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0) talks with \($0.1)." }.joined(separator: " ")
    }

    @Test func twoTalksAreTwoConversations() {
        let names = Self.names(4)
        #expect(Self.participants(Self.talks([(names[0], names[1]), (names[2], names[3])]))
            == [["Ivan Petrov", "Wei Petrov"], ["Min-jun Petrov", "Hans Petrov"]])
    }

    @Test(.timeLimit(.minutes(1)))
    func threeHundredTalksAreThreeHundredConversationsEachOnce() {
        // 300 pairs (past the limit of conversations compared pairwise), the first 10 told again at the end.
        let names = Self.names(600)
        let pairs = (0..<300).map { (names[2 * $0], names[2 * $0 + 1]) }
        let summary = Self.talks(pairs + pairs.prefix(10))
        #expect(summary.utf8.count <= RecordExtractor.summaryLimit)
        let found = Self.participants(summary)
        #expect(found.count == 300)
        #expect(found == pairs.map { [$0.0, $0.1] }, "\(found.count) conversations")
    }
}
