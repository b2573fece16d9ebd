import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Conventions of talks added for issue 9: people present, an act owned by a pronoun or by the possessor of a
/// record, a wire's subject that names its sender's meeting, two bodies' delegations, stacked offices before a
/// name, and what summaries add to talks between bodies or with a delegation. Each template is filled with
/// invented names of several naming cultures and every member of its word class; expected acts are worked out
/// by hand from GOLD-SCHEMA.md.
@Suite struct TalkConventionTests {
    static let meetingNouns = ["Conversation", "Talks", "Meeting", "Discussion", "Interview", "Consultations", "Luncheon",
                               "Dinner", "Audience", "Negotiations"]

    // MARK: People present join the talk

    /// "NOUN of A with B, MARKER C", "… between A and B MARKER C, D, and E": every presence marker, capitalised or not.
    @Test(arguments: ConversationGrammar.presenceMarkers)
    func peoplePresentJoinTheTalk(_ marker: String) {
        var n = 0
        for noun in Self.meetingNouns {
            let (a, b, c) = Variants.trio(n)
            let m = n % 2 == 0 ? marker
                : " " + marker.split(separator: " ").map { ["the", "of", "in", "with"].contains($0) ? String($0) : $0.capitalized }.joined(separator: " ") + " "
            let title = "Record of the \(noun) of \(a) with \(b),\(m)\(c) on 11 December 1962"
            #expect(Acts.of(title) == [Variants.sortedPair(a, b, c)], "\(title)")
            n += 1
        }
        let three = "Memorandum of Conversation between Li Wenbo and Hans Becker\(marker)Yuki Tanaka, Olga Smirnova, and Park Min-ho"
        #expect(Acts.of(three) == [Variants.sortedPair("Li Wenbo", "Hans Becker", "Yuki Tanaka", "Olga Smirnova", "Park Min-ho")], "\(three)")
    }

    /// A summary's "in the presence of C and D" completes the talk the title names.
    @Test(arguments: ConversationGrammar.presenceMarkers)
    func peoplePresentInTheSummaryJoinTheTalk(_ marker: String) {
        let acts = Acts.of("Memorandum of Conversation between Li Wenbo and Hans Becker",
                           summary: "Li Wenbo receives Hans Becker\(marker)Yuki Tanaka and Olga Smirnova. They discuss the border.")
        #expect(acts == [Variants.sortedPair("Li Wenbo", "Hans Becker", "Yuki Tanaka", "Olga Smirnova")], "\(marker)")
    }

    /// An office present, or no talk at all, adds no one.
    @Test func presenceNeedsATalkAndAPerson() {
        #expect(Acts.of("Memorandum of Conversation between Sergei Volkov and Li Wenbo in the Presence of the Soviet Ambassador")
                == ["{Li Wenbo, Sergei Volkov}"])
        #expect(Acts.of("Speech of Ahmed Haddad in the Presence of Diego Alvarez") == [])
    }

    // MARK: The author of a talk after "by"

    @Test(arguments: meetingNouns)
    func talkByItsAuthor(_ noun: String) {
        #expect(Acts.of("Report of the \(noun) by Diego Alvarez with Yuki Tanaka") == ["{Diego Alvarez, Yuki Tanaka}"])
        #expect(Acts.of("\(noun) by Park Min-ho with Hans Becker") == ["{Hans Becker, Park Min-ho}"])
    }

    // MARK: An act owned by a pronoun

    /// "Report by A on his NOUN with B", "A's Report on her NOUN with B", "Report of A concerning their NOUN with B".
    @Test(arguments: meetingNouns)
    func actOwnedByAPronoun(_ noun: String) {
        var n = 0
        for pronoun in ["his", "her", "their"] {
            for head in ["Report by @ on", "@'s Report on", "Report of @ on", "Untitled report the Minister of Foreign Affairs @ concerning",
                         "Excerpts from @'s diary on"] {
                let (a, b, _) = Variants.trio(n)
                let title = head.replacingOccurrences(of: "@", with: a) + " \(pronoun) \(Variants.cased(noun.lowercased(), n)) with \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                n += 1
            }
        }
    }

    /// A visit owned by a pronoun takes its other side after "to" or "on" — a person, never a place.
    @Test func visitOwnedByAPronoun() {
        for visit in ["Visit", "Farewell Visit", "Courtesy Call", "Third Visit"] {
            #expect(Acts.of("Report by Sergei Volkov on his \(visit) to Li Wenbo") == ["{Li Wenbo, Sergei Volkov}"], "\(visit)")
            #expect(Acts.of("Ahmed Haddad's Report on his \(visit) on Yuki Tanaka") == ["{Ahmed Haddad, Yuki Tanaka}"], "\(visit)")
            #expect(Acts.of("Report by Sergei Volkov on his \(visit) to Moscow") == [], "\(visit)")
        }
        #expect(Acts.of("Report by Sergei Volkov on his Talks with the Officials of the Ministry") == [])
    }

    // MARK: The possessor of a record of a talk

    @Test func possessorOfARecordOfATalk() {
        var n = 0
        for record in ["Notes", "Record", "Memorandum", "Account", "Summary"] {
            for preposition in ["on", "of", "about"] {
                let (a, b, _) = Variants.trio(n)
                let title = "\(a)'s \(record) \(preposition) a \(Variants.cased("conversation", n)) with \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                n += 1
            }
        }
        #expect(Acts.of("Hans Becker's Notes on the Harvest") == [])
    }

    // MARK: A wire's subject names its sender's meeting

    @Test func wireSubjectNamesTheSendersMeeting() {
        var n = 0
        for type in ["Cable", "Telegram", "Ciphered Telegram", "Letter"] {
            for noun in ["Meeting", "Conversation", "Talks", "Audience"] {
                let (a, b, c) = Variants.trio(n)
                let title = "\(type), \(a) to \(b), \(noun) with \(c)"
                #expect(Acts.of(title).sorted() == ["\(a) → \(b)", Variants.sortedPair(a, c)].sorted(), "\(title)")
                n += 1
            }
        }
        #expect(Acts.of("Cable, Ambassador Sergei Volkov to the Soviet Foreign Ministry, Meeting with Li Wenbo").sorted()
                == ["Sergei Volkov → Soviet Foreign Ministry", "{Li Wenbo, Sergei Volkov}"])
    }

    // MARK: Delegations of two bodies

    @Test func meetingOfTheDelegationsOfTwoBodies() {
        for noun in ["Meeting", "Talks", "Negotiations", "Conversation"] {
            #expect(Acts.of("\(noun) of the Delegations of the CPSU and the SED") == ["{CPSU Delegation, SED Delegation}"], "\(noun)")
            #expect(Acts.of("\(noun) of the Delegations of the CPSU, the SED, and the KWP")
                    == ["{CPSU Delegation, KWP Delegation, SED Delegation}"], "\(noun)")
        }
        #expect(Acts.of("Report on the Delegations of the CPSU and the SED") == [])
    }

    // MARK: Stacked offices before a name

    @Test func stackedOfficesBeforeANameDescribeIt() {
        let offices = ["Chairman of the Association for Peace", "Deputy Chairman of the Committee for Security",
                       "Secretary of the Council for Trade"]
        for count in 1...3 {
            let title = "Report of Ahmed Haddad on his Conversation with " + offices.prefix(count).joined(separator: ", ") + ", Yuki Tanaka"
            #expect(Acts.of(title) == ["{Ahmed Haddad, Yuki Tanaka}"], "\(title)")
        }
    }

    /// Every title convention above reads the same in capitals and with its class words in lower case.
    @Test func titleConventionsInCapitalsAndLowerCase() {
        let rows: [(String, [String])] = [
            ("Report by Sergei Volkov on his Farewell Visit to Li Wenbo", ["{Li Wenbo, Sergei Volkov}"]),
            ("Report of the Conversation by Sergei Volkov with Li Wenbo, with the Presence of Hans Becker", ["{Hans Becker, Li Wenbo, Sergei Volkov}"]),
            ("Cable, Sergei Volkov to Li Wenbo, Meeting with Hans Becker", ["Sergei Volkov → Li Wenbo", "{Hans Becker, Sergei Volkov}"]),
            ("Hans Becker's Notes on a Conversation with Li Wenbo", ["{Hans Becker, Li Wenbo}"]),
            ("Meeting of the Delegations of the CPSU and the SED", ["{CPSU Delegation, SED Delegation}"]),
            ("Letter from Tow. Sergei Volkov to Li Wenbo", ["Sergei Volkov → Li Wenbo"]),
        ]
        for (title, acts) in rows {
            #expect(Acts.of(title.uppercased()).sorted() == acts.sorted(), "\(title.uppercased())")
            // Class words in lower case, names as printed.
            let lowered = title.split(separator: " ").map { w in
                ["Farewell", "Visit", "Conversation", "Presence", "Meeting", "Notes", "Delegations"].contains(String(w)) ? w.lowercased() : String(w)
            }.joined(separator: " ")
            #expect(Acts.of(lowered).sorted() == acts.sorted(), "\(lowered)")
        }
    }

    /// "to the OFFICE's ROLE for FIELD (Holder)": a possessive's noun is a role and its "for" names the role's field,
    /// not a further addressee — whatever words the role and field are printed in.
    @Test func aPossessiveRolesForIsNoRelay() {
        for office in ["President", "Secretary", "Minister", "Chairman"] {
            for (role, field) in [("Special Aide", "Trade Affairs"), ("Qarbo Velt", "Tusk Ravel"), ("Assistant", "Yuki Tanaka")] {
                let title = "Memorandum From Li Wenbo to the \(office)'s \(role) for \(field) (Okonkwo)"
                #expect(Acts.of(title) == ["Li Wenbo → Okonkwo"], "\(title)")
            }
        }
        // Without a possessive a bare "for" before a name still relays.
        #expect(Acts.of("Telegram from Li Wenbo to Hans Becker for Yuki Tanaka") == ["Li Wenbo → Yuki Tanaka via Hans Becker"])
    }

    // MARK: What summaries add

    /// "A's Notes from the … Talks" + "The talks included B, C, and D …": the notes' author took part.
    @Test func theNotesAuthorJoinsTheListedTalks() {
        let summary = "The talks included Li Wenbo, Yuki Tanaka, and Olga Smirnova on one side, and Diego Alvarez on the other."
        for record in ["Notes", "Record", "Minutes"] {
            #expect(Acts.of("Hans Becker's \(record) from the Border Talks", summary: summary)
                    == [Variants.sortedPair("Hans Becker", "Li Wenbo", "Yuki Tanaka", "Olga Smirnova", "Diego Alvarez")], "\(record)")
        }
        #expect(Acts.of("Hans Becker's Notes from the Border Talks") == [])
    }

    /// Between two bodies, each single speaker speaks for one of them.
    @Test func eachSpeakerOfABodyTalkJoinsIt() {
        let acts = Acts.of("Record of a Meeting between the Soviet Delegation and the Polish Delegation",
                           summary: "Sergei Volkov urges them to act. Diego Alvarez suggests a compromise. Yuki Tanaka agrees.")
        #expect(acts == [Variants.sortedPair("Sergei Volkov", "Diego Alvarez", "Yuki Tanaka")])
    }

    /// "Conversation with the Delegation of X" + "A and B dominate the discussion": the two people, not the group.
    @Test func twoSpeakersOfADelegationTalk() {
        for verb in ["dominate the discussion", "discuss the border", "meet"] {
            #expect(Acts.of("Conversation with the Delegation of the Workers' Party at the Congress",
                            summary: "Sergei Volkov and Park Min-ho \(verb).") == ["{Park Min-ho, Sergei Volkov}"], "\(verb)")
        }
    }

    /// "… and Delegation of the Academy" + "a delegation …, headed by …, B": the head joins the talk.
    @Test func aDelegationsHeadSpeaksForIt() {
        for marker in ["headed by", "led by"] {
            let acts = Acts.of("Journal of Ambassador Ivan Petrov, Memorandum of Conversation with Li Wenbo and Delegation of the Academy of Sciences",
                               summary: "Petrov introduces Li Wenbo to a delegation from the Academy, \(marker) the President of the Academy, M.S. Karimov. They discuss research.")
            #expect(acts == ["{Ivan Petrov, Li Wenbo, M.S. Karimov}"], "\(marker)")
        }
    }

    /// A participant list of any length in a summary is read whole: 3 to 30 names after "meets with", "writes to",
    /// and before "discuss … with".
    @Test func summaryListsOfAnyLength() {
        let given = ["Li", "Park", "Hans", "Ahmed", "Diego", "Yuki", "Olga", "Omar", "Lena", "Aiko"]
        let family = ["Wenbo", "Min-ho", "Becker", "Haddad", "Alvarez", "Tanaka", "Smirnova"]
        let names = (0..<30).map { "\(given[$0 % given.count]) \(family[$0 % family.count])\($0 >= 20 ? "-Ruiz" : "")" }
        for count in [3, 10, 12, 20, 30] {
            let people = Array(names.prefix(count))
            let list = people.dropLast().joined(separator: ", ") + ", and " + people.last!
            let met = Acts.of("Journal of Ambassador Sergei Volkov", summary: "Volkov meets with \(list). They discuss the harvest.")
            #expect(met == ["{" + (["Sergei Volkov"] + people).sorted().joined(separator: ", ") + "}"], "\(count)")
            // The title's addressee first: the summary names the further ones.
            let wrote = Acts.of("Cable, Sergei Volkov to \(people[0])", summary: "Volkov writes to \(list) about the harvest.")
            // Every addressee the summary lists joins the recipients.
            #expect(people.allSatisfy { p in wrote.contains { $0.contains(p) } }, "\(count): \(wrote)")
        }
    }

    /// A journal's interlocutors named by office alone, with a nationality or a complement: each an office of its own.
    @Test func officesTheDiaristNamesAreInterlocutors() {
        for (first, second) in [("GDR Ambassador", "Ambassador of Hungary"), ("Polish Charge d'Affaires", "Chinese Ambassador"),
                                ("Mongolian Minister", "Counselor of Hungary")] {
            let acts = Acts.of("Journal of Ambassador Ivan Petrov for 31 July 1957",
                               summary: "The \(first) and the \(second) express dissatisfaction with the ministry. Petrov suggests regular meetings.")
            #expect(acts.sorted() == [Variants.sortedPair(first, "Ivan Petrov"), Variants.sortedPair(second, "Ivan Petrov")].sorted(),
                    "\(first), \(second)")
        }
        // A bare office may be the diarist himself.
        #expect(Acts.of("Journal of Ambassador Ivan Petrov", summary: "The Ambassador expresses dissatisfaction with the ministry.") == [])
    }

    /// A capital of several words is a place, not a person: "visits New Delhi" meets no one.
    @Test func multiWordCapitalsAreNoNames() {
        for city in ["New Delhi"] {
            #expect(Acts.of("Transcript of Conversation between Li Wenbo and Reporters in \(city)",
                            summary: "Premier Li visits \(city). Reporters ask Premier Li about the border.") == [], "\(city)")
        }
    }

    /// "A and C try to persuade D": an attempt to persuade someone is a talk the report recounts; "to meet" is a plan.
    @Test func persuadingIsATalk() {
        var n = 0
        for attempt in ["", "try to ", "tried to ", "attempt to ", "attempted to "] {
            for verb in ["persuade", "convince"] {
                let (a, c, d) = Variants.trio(n)
                let acts = Acts.of("Report, \(a) to the Central Committee", summary: "\(a) and \(c) \(attempt)\(verb) \(d) to fight on.")
                #expect(acts.contains(Variants.sortedPair(a, c, d)), "\(attempt)\(verb): \(acts)")
                n += 1
            }
        }
        let plan = Acts.of("Telegram, Li Wenbo to Hans Becker", summary: "Li says that he will be leaving for Geneva to meet with Yuki Tanaka and Diego Alvarez.")
        #expect(plan == ["Li Wenbo → Hans Becker"])
    }

    /// Persuading is a talk with the person persuaded, who must be named: every verb form, subjects of one to
    /// three names. Subjects who "are persuaded that …", an unnamed group persuaded, or a hope to persuade
    /// later are no talk (the subjects of one clause are one side, gold schema).
    @Test func persuadingNeedsSomeoneNamedPersuaded() {
        for (n, verb) in ["persuades", "persuaded", "convinces", "convinced"].enumerated() {
            let (a, b, c) = Variants.trio(n)
            let d = Variants.people[(n + 1) % Variants.people.count]
            let report = "Report, \(a) to the Central Committee"
            #expect(Acts.of(report, summary: "\(a) \(verb) \(c) to sign.") == ["\(a) → Central Committee", Variants.sortedPair(a, c)], "\(verb)")
            #expect(Acts.of(report, summary: "\(a), \(b) and \(d) \(verb) \(c) to sign.").contains(Variants.sortedPair(a, b, c, d)), "\(verb)")
            #expect(Acts.of(report, summary: "\(a) and \(b) are \(["persuaded", "convinced"][n % 2]) that the war will end.") == ["\(a) → Central Committee"], "\(verb)")
            #expect(Acts.of(report, summary: "\(a) tries to \(verb.hasPrefix("p") ? "persuade" : "convince") the Chinese leadership to fight on.") == ["\(a) → Central Committee"])
            #expect(Acts.of(report, summary: "\(a) hopes to \(verb.hasPrefix("p") ? "persuade" : "convince") \(c) later.") == ["\(a) → Central Committee"])
        }
    }

    /// "The Hungarians", "Romanians": a nationality's plural is a group, never a person.
    @Test func nationalityPluralsAreNoNames() {
        for plural in ["Hungarians", "Romanians", "Bulgarians", "Mongolians"] {
            #expect(!NamePhrase.isNameToken(plural, next: nil), "\(plural)")
            #expect(Acts.of("Journal of Ambassador Ivan Petrov", summary: "The \(plural) discuss the harvest with Petrov.") == [], "\(plural)")
        }
    }
}
