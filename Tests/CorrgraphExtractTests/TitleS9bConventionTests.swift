import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Title conventions of session 9b. Names are invented (several naming cultures); expected acts are worked out by hand
/// from GOLD-SCHEMA.md: a paper with no addressee is no message, a talk only prepared is none.
@Suite struct TitleS9bConventionTests {
    static let documents = ["Memorandum", "Note", "Minute", "Report", "Letter"]
    static let holders = ["the Secretary's", "the Minister's", "the Secretary of State's", "President Ortega's",
                          "the Prime Minister's", "Chancellor Brandt's"]

    // MARK: 1. A document prepared for a meeting

    /// `DOCUMENT [by|from A] for [HOLDER'S] [modifier] MEETING with B`: no talk, no message, for every meeting noun.
    @Test func documentForAMeetingStatesNoAct() {
        var n = 0
        for noun in Variants.meetingNouns + ["visit"] {
            let (a, b, c) = Variants.trio(n)
            let document = ["Memorandum", "Note", "Minute"][n % 3]
            let holder = Self.holders[n % Self.holders.count]
            let author = ["", " by \(a)", " from \(a)", " by the Director"][n % 4]
            let modifier = ["", "Forthcoming ", "Proposed ", "Upcoming "][n % 4]
            let other = n % 3 == 0 ? "\(b), \(c) and Kim Young-sam" : b
            for title in ["\(document)\(author) for \(holder) \(modifier)\(Variants.cased(noun, n)) with \(other)",
                          "\(document)\(author) for the \(modifier)\(Variants.cased(noun, n)) with \(other)"] {
                #expect(Acts.of(title).isEmpty, "\(title): \(Acts.of(title))")
                #expect(Acts.of(title.uppercased()).isEmpty, "\(title.uppercased()): \(Acts.of(title.uppercased()))")
            }
            n += 1
        }
    }

    /// A paper (`Paper`, `Papers`, `Working Paper`) for a meeting, every meeting noun: no talk.
    @Test func paperForAMeetingStatesNoAct() {
        var n = 0
        for noun in Variants.meetingNouns {
            let (_, b, _) = Variants.trio(n)
            let paper = ["Paper", "Papers", "Working Paper"][n % 3]
            let title = "\(paper) for \(Self.holders[n % Self.holders.count]) \(Variants.cased(noun, n)) with \(b)"
            #expect(Acts.of(title).isEmpty, "\(title): \(Acts.of(title))")
            n += 1
        }
    }

    /// Not prepared for a meeting: a record or file note keeps its talk; an addressee before `for`, or a `for` naming an
    /// office's assistant, keeps the message.
    @Test func documentForARecordOrAnAddresseeKeepsItsAct() {
        #expect(Acts.of("Memorandum by Olga Smirnova for the File: Conversation with Park Min-ho")
                == [Variants.sortedPair("Olga Smirnova", "Park Min-ho")])
        #expect(Acts.of("Memorandum by Olga Smirnova for the Prime Minister") == ["Olga Smirnova → Prime Minister"])
        #expect(Acts.of("Memorandum of Conversation between Hans Becker and Yuki Tanaka") == [Variants.sortedPair("Hans Becker", "Yuki Tanaka")])
        #expect(ArchiveHeads.isDocumentForMeeting("Memorandum for the President's Assistant for National Security Affairs") == false)
        #expect(ArchiveHeads.isDocumentForMeeting("Memorandum from Hans Becker to Yuki Tanaka for the Chancellor's Talks with Li Wenbo") == false)
        #expect(ArchiveHeads.isDocumentForMeeting("Memorandum for the Record of the Secretary's Meeting with Li Wenbo") == false)
    }

    // MARK: 2. A purpose after `for`

    /// `DOCUMENT [by A] for [the] PURPOSE [to|by|of B]`: no addressee, for every purpose noun of the class.
    @Test func purposeAfterForNamesNoAddressee() {
        var n = 0
        for purpose in ArchiveHeads.forPurposeNouns.sorted() {
            let (a, _, _) = Variants.trio(n)
            let document = Self.documents[n % Self.documents.count]
            let author = ["", " by \(a)", " by the Department of Finance", " from \(a)"][n % 4]
            let tail = [" to the Government", " by the Cabinet", " of the Minister for External Affairs", ""][n % 4]
            let article = n % 2 == 0 ? "the " : ""
            let title = "\(document)\(author) for \(article)\(Variants.cased(purpose, n))\(tail)"
            #expect(Acts.of(title).isEmpty, "\(title): \(Acts.of(title))")
            n += 1
        }
        // The dateline after the purpose's comma stays the dateline.
        #expect(Acts.of("Note by Kwame Mensah for Approval by the Minister, 12 May 1950").isEmpty)
    }

    /// The addressee after `for` still addresses: an office, a body that receives papers.
    @Test func addresseeAfterForStillAddresses() {
        #expect(Acts.of("Memorandum by the Department of Finance for the Government") == ["Department of Finance → Government"])
        #expect(Acts.of("Memorandum by Diego Alvarez for the Minister for External Affairs") == ["Diego Alvarez → Minister for External Affairs"])
        #expect(ArchiveHeads.droppingPurposeAfterFor("Memorandum by Diego Alvarez for the Minister for External Affairs") == nil)
        #expect(ArchiveHeads.droppingPurposeAfterFor("Letter from Diego Alvarez to Yuki Tanaka for Approval") == nil)
    }

    /// After an addressee, `for [the] PURPOSE` of a purpose no office is named for opens the subject, for every such noun;
    /// an office's own domain (`Minister for Information`, `Secretary of State for the Colonies`) stays.
    @Test func purposeAfterAnAddresseeOpensTheSubject() {
        var n = 0
        for purpose in ArchiveHeads.purposesAfterAnEnd.sorted() {
            let (a, b, _) = Variants.trio(n)
            let to = [b, "Prime Minister", "the Secretary of State", "the Minister of Finance"][n % 4]
            let shown = to.hasPrefix("the ") ? String(to.dropFirst(4)) : to
            let title = "Memorandum from \(a) to \(to) for \(n % 3 == 0 ? "the " : "")\(Variants.cased(purpose, n))"
            #expect(Acts.of(title) == ["\(a) → \(shown)"], "\(title): \(Acts.of(title))")
            n += 1
        }
        for office in ["Minister for Information", "Secretary of State for the Colonies", "Minister for External Affairs",
                       "Minister for Publicity"] {
            #expect(Acts.of("Letter from Kwame Mensah to the \(office)") == ["Kwame Mensah → \(office)"], "\(office)")
        }
    }

    // MARK: 3. A body's own `on`

    /// A body not named by its subject opens the subject with `on the`, as a person does: its name does not run on.
    @Test func bodysOnOpensTheSubject() {
        for body in ["Government", "Ministry of Trade", "Embassy", "Foreign Office", "Central Committee", "Legation"] {
            for subject in ["the Border Question", "the Situation in Laos", "the Grain Deliveries"] {
                let title = "Telegram from the \(body) on \(subject) to the Minister of Finance"
                let acts = Acts.of(title)
                #expect(!acts.contains { $0.contains(" on ") }, "\(title): \(acts)")
            }
        }
        #expect(Acts.of("Telegram from the Government on the Border Question to the Minister of Finance") == ["Government → "])
    }

    /// A body named by its subject keeps its `on`.
    @Test func bodyNamedBySubjectKeepsItsOn() {
        for body in ["Commission on Human Rights", "Committee on the Present Danger", "Commission on the Status of Women",
                     "Committee on Appropriations", "Board on Trade Disputes"] {
            #expect(Acts.of("Letter from the \(body) to Fatima Al-Sayed") == ["\(body) → Fatima Al-Sayed"], "\(body)")
        }
    }

    // MARK: 4. A circular's class named by its holders

    /// `A to [All] Heads|Chiefs of [QUALIFIER] Post|Mission [Abroad|in PLACE]`: the class is the addressee, with or
    /// without a document word; `Certain …` leaves the end unstated.
    @Test func holdersOfPostsAreACircularsClass() {
        var n = 0
        for holders in ["Heads", "Chiefs"] {
            // (`Heads of Post in PLACE` after a person's name is read by the general grammar, which cuts it: left for later.)
            for post in ["Posts", "Mission", "Missions", "Diplomatic Missions", "Consular Posts"] {
                for place in ["", " Abroad", " in Europe", " in Latin America"] {
                    let sender = ["Secretary of State for External Affairs", "Minister for Foreign Affairs", "Hans Becker"][n % 3]
                    let lead = ["", "Circular Telegram from ", "Telegram from "][n % 3]
                    let quantifier = n % 4 == 0 ? "All " : ""
                    let cls = "\(quantifier)\(holders) of \(post)\(place)"
                    let title = "\(lead)\(sender) to \(cls)"
                    #expect(Acts.of(title) == ["\(sender) → \(cls)"], "\(title): \(Acts.of(title))")
                    let part = "\(lead)\(sender) to Certain \(holders) of \(post)\(place)"
                    #expect(Acts.of(part) == ["\(sender) → "], "\(part): \(Acts.of(part))")
                    n += 1
                }
            }
        }
    }

    /// Not a class of posts: a head of one post, a plural office of a body.
    @Test func holdersOfOtherThingsAreNoCircularClass() {
        #expect(!OfficeHeads.isHoldersOfPosts(NamePhrase.tokenize("Heads of State")))
        #expect(!OfficeHeads.isHoldersOfPosts(NamePhrase.tokenize("Chiefs of Staff")))
        #expect(!OfficeHeads.isHoldersOfPosts(NamePhrase.tokenize("Heads of Post to Li Wenbo")))
        #expect(!OfficeHeads.isHoldersOfPosts(NamePhrase.tokenize("Head of Post")))
    }

    // MARK: 5. A grade joined to an office by a hyphen

    /// `Under-Secretary`, `Vice-Minister`, `Deputy-Director` … as an end, with a subject after the addressee or not.
    @Test func hyphenatedGradeIsAnOffice() {
        for office in ["Under-Secretary of State for External Affairs", "Under-Secretary of State", "Vice-Minister of Trade",
                       "Deputy-Director of Intelligence", "Assistant-Secretary of State"] {
            for (to, subject) in [("Minister of Finance", " on the Sterling Balances"), ("Lester Pearson", " on the Wheat Agreement"),
                                  ("Minister of Finance", ""), ("Minister of Finance", ", regarding the Loan")] {
                let title = "Letter from \(office) to \(to)\(subject)"
                #expect(Acts.of(title) == ["\(office) → \(to)"], "\(title): \(Acts.of(title))")
            }
        }
        #expect(NamePhrase.isHyphenatedOffice("under-secretary"))
        #expect(NamePhrase.isHyphenatedOffice("vice-consul"))
        #expect(!NamePhrase.isHyphenatedOffice("myong-jun"))
        #expect(!NamePhrase.isHyphenatedOffice("al-rahim"))
        #expect(!NamePhrase.isHyphenatedOffice("under-way"))
        // No addressee: no message.
        #expect(Acts.of("Memorandum by Under-Secretary of State for External Affairs").isEmpty)
    }

    // MARK: 6. The title's fuller form of the named side

    /// `Record of Conversation with FULL NAME` + a summary that calls the person by the family name alone, printed first
    /// (Korean, Chinese, Vietnamese) or last: the talk names the person as the title prints it.
    @Test func titleSideKeepsItsFullerForm() {
        let names = ["Ri Myong-jun", "Pak Song-chol", "Li Wenbo", "Zhang Wei-min", "Nguyen Van Binh", "Tran Thi-lan",
                     "Kim Tae-ho", "Sergei Volkov", "Ingrid Vogel"]
        let asian: Set<String> = ["Ri", "Pak", "Li", "Zhang", "Nguyen", "Tran", "Kim"]
        var n = 0
        for name in names {
            let first = String(name.split(separator: " ")[0])
            let family = asian.contains(first) ? first : Acts.surname(name)
            for verb in ["called on", "received", "met"] {
                let visitor = ["Hans Becker", "Ottó Szentkirályi", "Diego Alvarez"][n % 3]
                let summary = "Ambassador \(visitor) \(verb) \(family) at the ministry."
                let acts = Acts.of("Record of Conversation with \(name)", summary: summary)
                #expect(acts == [Variants.sortedPair(visitor, name)], "\(name) || \(summary): \(acts)")
                n += 1
            }
        }
    }

    // MARK: 7. A ministry's official instructing the embassy in a city-pair telegram

    /// `Telegram from HOME to POST` + `OFFICE [NAME] VERB the embassy|ambassador …`: ministry (with the official) → embassy,
    /// for every office opening and instructing verb.
    @Test func ministryOfficialInstructsTheEmbassy() {
        let pairs = [("Budapest", "Pyongyang", "Hungarian"), ("Warsaw", "Hanoi", "Polish"), ("Sofia", "Havana", "Bulgarian"),
                     ("Prague", "Beijing", "Czechoslovak")]
        let officials = ["Gyula Vértes", "Adam Nowak", "Petar Ivanov", "Karel Dvořák"]
        var n = 0
        for opening in SummaryReader.ministryOfficeOpenings {
            for verb in SummaryReader.instructingVerbs {
                let (home, post, adjective) = pairs[n % pairs.count]
                let official = officials[n % officials.count]
                let office = opening.prefix(1).uppercased() + opening.dropFirst()
                let named = !opening.hasPrefix("the ")
                let object = n % 2 == 0 ? "the embassy" : "the ambassador"
                let summary = "\(office)\(named ? official + " " : "")\(verb) \(object) to decline the invitation."
                let writer = named ? ", \(official)" : ""
                let acts = Acts.of("Telegram from \(home) to \(post)", summary: summary)
                #expect(acts == ["\(adjective) Foreign Ministry\(writer) → \(adjective) Embassy in \(post) (summary)"], "\(summary): \(acts)")
                n += 1
            }
        }
    }

    /// Not instructing its embassy: a talk with another embassy's ambassador, an embassy's report of the minister.
    @Test func ministryOfficialNotInstructingKeepsTheEmbassysReport() {
        #expect(SummaryReader.ministryOfficialInstructingEmbassy("Deputy Foreign Minister Gyula Vértes told the Soviet ambassador about the rally.") == nil)
        #expect(SummaryReader.ministryOfficialInstructingEmbassy("The embassy reports that Foreign Minister Pak Song-chol instructs the embassy staff.") == nil)
        #expect(SummaryReader.ministryOfficialInstructingEmbassy("Foreign Minister of the host country instructs the embassy to leave.") == nil)
        #expect(Acts.of("Telegram from Pyongyang to Budapest", summary: "Foreign Minister Pak Song-chol received the ambassador.")
                .allSatisfy { !$0.hasPrefix("Hungarian Foreign Ministry") })
    }
}
