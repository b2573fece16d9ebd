import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// English conversation conventions of session 12 (docs/titles.md, "One-sided heads, calls, office sides and delegations";
/// docs/summaries.md, "The sides of a talk a head names"): a talk head naming one side or none whose other side the
/// summary names as the subject of a verb of meeting; a call from A to B; an office and its holder as one side; a
/// delegation whose kinds are coordinated; staff as no side; `M.` beside people styled by rank. Names are invented, of
/// several naming cultures; every expectation is worked out by hand from the gold schema (forms of address and offices are
/// no part of names, except `Mrs.`, which marks a wife: docs/names.md; an official named by office alone is a participant; unnamed groups and planned talks are none).
@Suite struct OneSidedTalkConventionTests {
    /// (as the title prints the side, as the summary prints it, as read)
    static let sides = [("Mr. Okonkwo-Baye", "Mr. Okonkwo-Baye", "Okonkwo-Baye"), ("Prime Minister Takeshima", "Takeshima", "Takeshima"),
                        ("Dr. Ramaswamy", "Dr. Ramaswamy", "Ramaswamy"), ("Señor Villalobos", "Señor Villalobos", "Villalobos"),
                        ("Mrs. Achterberg", "Mrs. Achterberg", "Mrs. Achterberg"), ("Chief Adeyemi", "Chief Adeyemi", "Adeyemi"),
                        ("Mr. Szabolcs Kertész", "Mr. Kertész", "Szabolcs Kertész")]
    /// (as the summary prints the subject, as read)
    static let subjects = [("Mr. Fenwick", "Fenwick"), ("Sir Reginald Ashby", "Reginald Ashby"), ("Ambassador Lindqvist", "Lindqvist"),
                           ("The President", "President"), ("Comrade Halász", "Halász"), ("Dr. Mensah", "Mensah")]
    static let heads = ["Conversation with", "Interview with", "Note of Interview with", "Summary of Discussion with",
                        "Telephone Conversation With", "Record of Conversation with", "Memorandum of Conversation with",
                        "Meeting with", "Note of a Conversation with"]
    /// Verb phrases of meeting, with `%` for the side.
    static let meetings = ["saw % at the Ministry.", "received % at the Embassy.", "met % in Lagos.", "called on % at his residence.",
                           "interviewed % about the strike.", "spoke to % at a reception.", "spoke with % about oil prices.",
                           "told % that the loan had been approved.", "sees % every week.", "called % to offer his condolences.",
                           "visited % at the palace."]

    static func summary(_ subject: String, _ phrase: String, _ side: String) -> String {
        subject + " " + phrase.replacingOccurrences(of: "%", with: side)
    }

    // MARK: The summary's subject meets the side a head names

    /// Every head naming one side, every side of the variants, every verb of meeting; the subject is the other side.
    @Test(arguments: heads)
    func subjectMeetsTheSide(head: String) {
        for (titled, summarised, read) in Self.sides {
            for (subject, subjectRead) in Self.subjects {
                for phrase in Self.meetings {
                    let text = Self.summary(subject, phrase, summarised)
                    #expect(Acts.of("\(head) \(titled)", summary: text) == [Acts.talk([read, subjectRead])], "\(head) \(titled) || \(text)")
                }
            }
        }
    }

    /// The head in capitals, brackets around it, and a list of three subjects.
    @Test func capitalsBracketsAndLists() {
        #expect(Acts.of("CONVERSATION WITH MR. OKAFOR", summary: "Mr. Dunmore called on Mr. Okafor at the Ministry.")
                == [Acts.talk(["Dunmore", "Okafor"])])
        #expect(Acts.of("[Record of Conversation with Mr. Okafor]", summary: "Mr. Dunmore saw Mr. Okafor.")
                == [Acts.talk(["Dunmore", "Okafor"])])
        #expect(Acts.of("Record of Conversation with President Sukmono",
                        summary: "Ambassador Whitfield, Mr. Crane and Dr. Osei called on President Sukmono at the palace.")
                == [Acts.talk(["Crane", "Osei", "Sukmono", "Whitfield"])])
        #expect(Acts.of("Record of Conversation with President Sukmono",
                        summary: "Ambassador Whitfield and Mr. Crane called on President Sukmono at the palace.")
                == [Acts.talk(["Crane", "Sukmono", "Whitfield"])])
    }

    /// An office side the summary names with its holder is the holder; an office object stands for a side printed with
    /// that office.
    @Test(arguments: ["the Soviet Chargé d'Affaires", "the Egyptian Ambassador", "the Iraqi Minister for Foreign Affairs", "the Ghanaian High Commissioner"])
    func officeSideAndItsHolder(office: String) {
        for (holder, read) in [("Mr. Gromadin", "Gromadin"), ("Dr. Kadhim Al-Hashimi", "Kadhim Al-Hashimi"), ("Mr. Kwame Mensah", "Kwame Mensah")] {
            for verb in ["saw", "called on", "received"] {
                let text = "Mr. Bellingham \(verb) \(office), \(holder), this morning."
                #expect(Acts.of("Conversation with \(office)", summary: text) == [Acts.talk(["Bellingham", read])], "\(office) || \(text)")
            }
        }
        let office = office.replacingOccurrences(of: "the ", with: "")
        #expect(Acts.of("Conversation with the \(office)", summary: "Mr. Aldridge saw the \(office) at the Foreign Office.")
                == [Acts.talk(["Aldridge", office])])
    }

    @Test func officeObjectForAHolderSide() {
        #expect(Acts.of("Note on a Conversation with the Soviet Ambassador, Comrade Tarasenko",
                        summary: "Comrade Paloczi received the Soviet Ambassador at the Ministry.") == [Acts.talk(["Paloczi", "Tarasenko"])])
        #expect(Acts.of("Memorandum of a Conversation with Comrade Pham Van Hoa, Counsellor of the DRV Embassy",
                        summary: "Comrade Szentgyörgyi received the Vietnamese counsellor.") == [Acts.talk(["Pham Van Hoa", "Szentgyörgyi"])])
    }

    /// Negatives: a planned or wished-for talk, the side as the summary's subject, someone reported, an unnamed group.
    @Test(arguments: heads)
    func noOtherSide(head: String) {
        for text in ["Mr. Fenwick will see Mr. Haddad on Tuesday.", "Mr. Fenwick would like to meet Mr. Haddad next week.",
                     "Mr. Fenwick hopes to call on Mr. Haddad.", "Mr. Haddad received the Japanese press.",
                     "Mr. Haddad said that the elections would be postponed.", "Mr. Haddad met officials of the Ministry of Trade."] {
            #expect(Acts.of("\(head) Mr. Haddad", summary: text) == [], "\(head) || \(text)")
        }
    }

    // MARK: A head that names no side

    @Test(arguments: ["Note of a Meeting", "Record of a Meeting held at the Foreign Office", "Telcon", "Memcon", "Memorandum of Conversation",
                      "Record of a Meeting", "Note of a Conversation"])
    func bareHead(head: String) {
        for (subject, subjectRead) in Self.subjects {
            for (object, read) in [("Chancellor Hollweg", "Hollweg"), ("Mr. Njoroge Kamau", "Njoroge Kamau"),
                                   ("Foreign Minister Papadakis", "Papadakis")] {
                for phrase in ["received % at Downing Street.", "met % at the Ministry.", "saw % this morning."] {
                    let text = Self.summary(subject, phrase, object)
                    #expect(Acts.of(head, summary: text) == [Acts.talk([read, subjectRead])], "\(head) || \(text)")
                }
            }
        }
        for text in ["Officials discussed the fishing dispute.", "The line was poor.",
                     "The Prime Minister would like to meet President Okafor next week.", "Mr. Tremayne met officials of the Ministry of Trade."] {
            #expect(Acts.of(head, summary: text) == [], "\(head) || \(text)")
        }
    }

    // MARK: A call from A to B

    @Test(arguments: ["Telephone Call", "Telephone call", "TELEPHONE CALL", "Phone Call", "Call", "Telcon",
                      "Telephone Conversation", "Record of a Telephone Call", "Transcript of Telephone Conversation"])
    func callFromTo(noun: String) {
        for (a, aRead) in [("President Harcourt", "Harcourt"), ("Mr. Tanaka Hiroshi", "Tanaka Hiroshi"), ("the President", "President")] {
            for (b, bRead) in [("Chancellor Wendtland", "Wendtland"), ("Prime Minister Okafor", "Okafor"), ("Ambassador Oyelaran", "Oyelaran")] {
                for tail in ["", ", 9:15 a.m.", ", March 3, 1973"] {
                    let title = "\(noun) from \(a) to \(b)\(tail)"
                    #expect(Acts.of(title) == [Acts.talk([aRead, bRead])], "\(title)")
                }
            }
        }
    }

    @Test func callNegatives() {
        #expect(Acts.of("Telephone Message from President Harcourt to Chancellor Wendtland") == ["Harcourt → Wendtland"])
        #expect(Acts.of("Telegram from President Harcourt to Chancellor Wendtland") == ["Harcourt → Wendtland"])
        #expect(Acts.of("Briefing Paper for the Telephone Call from the President to Chancellor Wendtland") == [])
    }

    // MARK: Office sides

    @Test(arguments: ["Record of Conversation between", "Record of a Meeting between", "Memorandum of Conversation between", "Note of a Conversation between"])
    func officeAndHeldOffice(head: String) {
        for (office, officeRead) in [("the Foreign Secretary", "Foreign Secretary"), ("the Prime Minister", "Prime Minister"), ("the Minister of State", "Minister of State")] {
            for (held, read) in [("the Indian High Commissioner, Mr. Krishnamurthy", "Krishnamurthy"), ("the Japanese Ambassador, Mr. Kurosawa Ichiro", "Kurosawa Ichiro"),
                                 ("the Brazilian Foreign Minister, Senhor Albuquerque Tavares", "Albuquerque Tavares"), ("the Yugoslav Foreign Minister, Mr. Pavlović", "Pavlović")] {
                let title = "\(head) \(office) and \(held)"
                #expect(Acts.of(title) == [Acts.talk([officeRead, read])], "\(title)")
            }
        }
    }

    // MARK: Delegations

    @Test(arguments: ["Mongolian", "Romanian", "Vietnamese", "Korean", "Cuban"])
    func coordinatedDelegation(nationality: String) {
        for kinds in ["Party and Government", "Trade and Economic", "Military and Technical"] {
            for head in ["Record of Talks between", "Minutes of Conversation between", "Conversation between"] {
                for (other, read) in [("Chairman Wen Baoshan", "Wen Baoshan"), ("Comrade Hradecký", "Hradecký")] {
                    let title = "\(head) the \(nationality) \(kinds) Delegation and \(other)"
                    let c = Acts.corpus([(title, "", "1950")])
                    #expect(Acts.describe(c.records[0], in: c, shown: true) == [Acts.talk(["\(nationality) \(kinds) Delegation", read])], "\(title)")
                }
            }
        }
        // Two bodies, each with its own noun, stay two sides.
        #expect(Acts.of("Record of Talks between the \(nationality) Delegation and the Chinese Leaders", summary: "The talks concerned grain deliveries.") == [])
    }

    // MARK: Staff

    @Test func staffAreNoSide() {
        for owner in ["Director's", "Chief's", "Deputy Director's", "the Secretary's"] {
            for staff in ["Budget Staff", "Planning Staff", "the Regional Chiefs", "Station Personnel", "Senior Officials"] {
                let title = "Memorandum for the Record; SUBJECT: \(owner) Meeting with \(staff), 4 June 1963"
                #expect(Acts.of(title) == [], "\(title)")
            }
        }
    }

    // MARK: `M.` beside people styled by rank

    @Test func monsieurBesideRanks() {
        for (m, read) in [("Vyshinsky", "Vyshinsky"), ("Berthier-Lacoste", "Berthier-Lacoste"), ("Delacroix", "Delacroix")] {
            let title = "Record of the conversation between General Zawadzki and Premier Tarasenko in the Kremlin, in the presence of Ambassador Lis and M. \(m)"
            #expect(Acts.of(title) == [Acts.talk(["Lis", "Tarasenko", "Zawadzki", read])], "\(title)")
            let listed = "Conversation between General Zawadzki and Premier Tarasenko, in the presence of M. \(m) and Ambassador Lis"
            #expect(Acts.of(listed) == [Acts.talk(["Lis", "Tarasenko", "Zawadzki", read])], "\(listed)")
        }
        // One titled name does not style the head: the initial stays.
        #expect(Acts.of("Cable, M. Volkov to Li Wenbo") == ["M. Volkov → Li Wenbo"])
    }

    // MARK: Reports that recount a talk

    /// A report or memorandum by its author recounts the author's talk its summary opens with; a summary that opens with
    /// its topic recounts the talk between the two it names; a visit after an unnamed possessor is no one's talk.
    @Test(arguments: ["Memorandum by", "Report by", "Note by"])
    func reportsRecountingTalks(head: String) {
        for (author, authorRead) in [("the Director of the Political Department", "Director of the Political Department"),
                                     ("the Head of the Eastern Department", "Head of the Eastern Department"), ("Mr. Pemberton", "Pemberton")] {
            for (other, read) in [("the Polish Ambassador", "Polish Ambassador"), ("the Hungarian Minister", "Hungarian Minister"), ("Okafor", "Okafor")] {
                for talk in ["Conversation with", "Meeting with", "A conversation with"] {
                    let text = "\(talk) \(other), who protested against the customs measures."
                    #expect(Acts.of("\(head) \(author)", summary: text) == [Acts.talk([authorRead, read])], "\(head) \(author) || \(text)")
                }
            }
        }
    }

    @Test func summaryOpeningWithItsTopic() {
        for opening in ["On the talks between", "On the conversation between", "About the meeting between"] {
            let text = "\(opening) Ambassador Vladimír Kratochvíl and Foreign Minister Sudarsono concerning the Commission."
            let acts = Acts.of("Report, Embassy of Czechoslovakia in Jakarta to the Czechoslovak Foreign Ministry", summary: text)
            #expect(acts.contains(Acts.talk(["Sudarsono", "Vladimír Kratochvíl"])), "\(text)")
        }
    }
}
