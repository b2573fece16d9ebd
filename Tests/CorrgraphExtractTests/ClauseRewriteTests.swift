import CorrgraphTestSupport
import Testing

/// Wordings read as the plainer wording they mean (`ClauseRewrites`, issue 9): inverted conditionals state no act,
/// a talk noun with a pronoun's relative clause is the writer's talk, `in attendance` is `present`, and hearsay
/// plurals (`Rumors say …`) are no one speaking. Invented names from several naming cultures; expected acts worked out
/// by hand from the gold schema; variants over every member of each word class, capitals, lists of three; negatives.
@Suite struct ClauseRewriteTests {
    /// A, B: the title's sides; C, D, E: named by the summary only.
    static let casts: [(a: String, b: String, c: String, d: String, e: String)] = [
        ("Ruslan Gavrikov", "Pham Quoc Bao", "Yolanda Quintero", "Nasser Haddadin", "Ko Eun-ji"),
        ("Wilhelmina Brandt", "Tan Zhiyuan", "Kofi Asante", "Dragan Milosavljevic", "Hiroko Matsuda"),
        ("Aziz Rahimov", "Elena Sarbu", "Seong Min-jae", "Lucia Ferrante", "Bogdan Kostecki"),
    ]

    static func talk(_ names: [String]) -> Set<String> { ["{" + names.sorted().joined(separator: ", ") + "}"] }
    static func acts(_ title: String, _ summary: String) -> Set<String> { Set(Acts.of(title, summary: summary)) }

    // MARK: Inverted conditionals

    /// "Had A met B, …", "Were A to meet B, …", "Should A write to B, …": a clause opened by an inverted auxiliary is
    /// "if", and states no talk and no message — in a journal, a report, after "that," mid-sentence, in capitals.
    @Test(arguments: casts.indices)
    func invertedConditionalStatesNoAct(cast: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        let journal = "Journal of Ambassador \(a)"
        let conditions = [
            "Had \(x) met \(c)", "Had \(x) talked with \(c)", "Had \(c) received \(x) in May", "Had \(x) conferred with \(c)",
            "Had \(x) been received by \(c)", "Had he met with \(c)",
            "Were \(x) to meet \(c)", "Were \(c) to call on \(x)", "Were \(c) and \(d) to meet with \(x)",
            "Should \(c) write to \(x)", "Should \(x) meet \(c)", "Should \(c) call on \(x)",
            "Had \(x) spoken with \(c), \(d), and \(e)",
        ]
        for condition in conditions {
            #expect(Self.acts(journal, "\(condition), the dispute might have been settled.") == [], "\(condition)")
            #expect(Self.acts(journal.uppercased(), "\(condition), the dispute might have been settled.".uppercased()) == [], "\(condition)")
            #expect(Self.acts("Cable, \(a) to \(b)", "\(condition), the dispute might have been settled.") == ["\(a) → \(b)"], "\(condition)")
            #expect(Self.acts("Report, \(b) to the Central Committee", "\(Acts.surname(b)) notes that, \(condition.prefix(1).lowercased() + condition.dropFirst()), the dispute would be settled.")
                == ["\(b) → Central Committee"], "\(condition)")
        }
    }

    /// Not an inverted conditional: the auxiliary after a subject, or no comma ending the clause.
    @Test(arguments: casts.indices)
    func auxiliaryAfterItsSubjectStillStatesTheTalk(cast: Int) {
        let (a, _, c, _, _) = Self.casts[cast]
        let x = Acts.surname(a)
        let journal = "Journal of Ambassador \(a)"
        #expect(Self.acts(journal, "\(x) met \(c), had lunch, and left.") == Self.talk([a, c]))
        #expect(Self.acts(journal, "\(x) met \(c). Were the talks useful? \(x) thinks so.") == Self.talk([a, c]))
    }

    // MARK: A talk noun with a relative clause

    static let talkNouns = ["talk", "conversation", "meeting", "talks", "discussion"]
    static let relativeHeads = ["he had", "she had", "he held", "she held", "that he had", "which she held", "they had"]

    /// "B reports on the talk he had with C" in B's report: a talk of the writer and C, for every talk noun, pronoun,
    /// verb of holding and relativizer; a list of three is one talk with all; capitals read the same.
    @Test(arguments: casts.indices, talkNouns)
    func talkNounWithRelativeClauseIsTheWritersTalk(cast: Int, noun: String) {
        let (a, _, c, d, e) = Self.casts[cast]
        let x = Acts.surname(a)
        let title = "Report, \(a) to the Central Committee"
        let message = "\(a) → Central Committee"
        for head in Self.relativeHeads {
            #expect(Self.acts(title, "\(x) reports on the \(noun) \(head) with \(c).") == Self.talk([a, c]).union([message]), "\(head)")
            #expect(Self.acts(title, "\(x) describes the \(noun) \(head) with \(c), \(d), and \(e).")
                == Self.talk([a, c, d, e]).union([message]), "\(head)")
        }
        #expect(Self.acts(title.uppercased(), "\(x) reports on the \(noun) he had with \(c).".uppercased()).count == 2)
    }

    /// In a journal too; the plural "conversations he had with C and D" is one talk with each.
    @Test(arguments: casts.indices)
    func relativeClauseInAJournal(cast: Int) {
        let (a, _, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        let journal = "Journal of Ambassador \(a)"
        #expect(Self.acts(journal, "\(x) summarizes the conversation she had with \(c) about the railway.") == Self.talk([a, c]))
        #expect(Self.acts("Report, \(a) to the Central Committee", "\(x) reports on the conversations he had with \(c) and \(d).")
            == Self.talk([a, c]).union(Self.talk([a, d])).union(["\(a) → Central Committee"]))
    }

    /// A named subject of the relative clause is the talk's other side: "the talk C had with D" recounted by the writer
    /// is a talk of C and D (as "a meeting between C and D").
    @Test(arguments: casts.indices, talkNouns)
    func namedSubjectOfRelativeClause(cast: Int, noun: String) {
        let (a, _, c, d, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to the Central Committee", "\(x) recounts the \(noun) \(c) had with \(d).")
            == Self.talk([c, d]).union(["\(a) → Central Committee"]))
    }

    /// A talk still to come is none: "the talk he will have with C".
    @Test(arguments: casts.indices)
    func plannedRelativeTalkIsNone(cast: Int) {
        let (a, _, c, _, _) = Self.casts[cast]
        let x = Acts.surname(a)
        #expect(Self.acts("Report, \(a) to the Central Committee", "\(x) reports on the talk he will have with \(c).")
            == ["\(a) → Central Committee"])
        #expect(Self.acts("Report, \(a) to the Central Committee", "\(x) hopes for a meeting he had requested with \(c).")
            == ["\(a) → Central Committee"])
    }

    // MARK: In attendance

    /// "C was (also) in attendance", "In attendance were C and D", "Also in attendance at the meeting was C": people
    /// present join the title's talk, like "Also present were …"; capitals and lists of three read the same.
    @Test(arguments: casts.indices)
    func inAttendanceIsPresent(cast: Int) {
        let (a, b, c, d, e) = Self.casts[cast]
        let title = "Memorandum of Conversation between \(a) and \(b)"
        #expect(Self.acts(title, "\(c) was in attendance.") == Self.talk([a, b, c]))
        #expect(Self.acts(title, "\(c) was also in attendance.") == Self.talk([a, b, c]))
        #expect(Self.acts(title, "In attendance were \(c) and \(d).") == Self.talk([a, b, c, d]))
        #expect(Self.acts(title, "In attendance was \(c).") == Self.talk([a, b, c]))
        #expect(Self.acts(title, "Also in attendance were \(c), \(d), and \(e).") == Self.talk([a, b, c, d, e]))
        #expect(Self.acts(title, "\(c), \(d), and \(e) were also in attendance.") == Self.talk([a, b, c, d, e]))
        #expect(Self.acts(title, "Also in attendance at the meeting was \(c).") == Self.talk([a, b, c]))
        #expect(Self.acts(title.uppercased(), "\(c) was also in attendance.".uppercased()).count == 1)
    }

    /// Someone not, or not yet, in attendance is no participant.
    @Test(arguments: casts.indices)
    func absentOrPlannedAttendanceAddsNoOne(cast: Int) {
        let (a, b, c, _, _) = Self.casts[cast]
        let title = "Memorandum of Conversation between \(a) and \(b)"
        #expect(Self.acts(title, "\(c) will be in attendance next time.") == Self.talk([a, b]))
        #expect(Self.acts(title, "\(c) was not in attendance.") == Self.talk([a, b]))
    }

    // MARK: Hearsay

    static let hearsay = ["Rumors", "Rumours", "Sources", "Observers", "Reports", "Informants", "Analysts", "Commentators"]
    static let hearsayVerbs = ["say", "suggest", "claim", "believe", "indicate", "report"]

    /// "Rumors say that C is ill" in a journal: unnamed hearsay is no one speaking to the diarist, for every hearsay
    /// noun and verb; what it says happened between others is no talk either; capitals read the same.
    @Test(arguments: hearsay, hearsayVerbs)
    func hearsayIsNoSpeaker(noun: String, verb: String) {
        for (a, b, c, _, _) in Self.casts {
            let journal = "Journal of Ambassador \(a)"
            #expect(Self.acts(journal, "\(noun) \(verb) that \(c) is ill.") == [], "\(noun) \(verb)")
            #expect(Self.acts(journal.uppercased(), "\(noun) \(verb) that \(c) is ill.".uppercased()) == [], "\(noun) \(verb)")
            #expect(Self.acts("Cable, \(a) to \(b)", "\(noun) \(verb) that \(c) will resign.") == ["\(a) → \(b)"], "\(noun) \(verb)")
        }
    }

    /// A named speaker still talks with the diarist.
    @Test(arguments: casts.indices)
    func namedSpeakerStillTalks(cast: Int) {
        let (a, _, c, _, _) = Self.casts[cast]
        #expect(Self.acts("Journal of Ambassador \(a)", "\(c) says that the harvest failed.") == Self.talk([a, c]))
    }
}
