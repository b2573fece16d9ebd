import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Summary conventions by which a journal or a one-person report recounts its author's own talks: a pronoun
/// subject after the author's clause, offices the author meets, and a record noun of talks opening the summary.
/// Names are invented (several naming cultures); expected acts are worked out by hand from GOLD-SCHEMA.md.
@Suite struct SummaryAuthorTalkTests {
    static let journal = "Journal of Ambassador Ivan Petrov for 4 May 1958"
    /// Meeting verbs with their side marker, as a summary prints them after "he"/"she".
    static let meetingVerbs = ["met with", "met", "meets", "meets with", "talked with", "talks with", "conversed with",
                               "discussed the harvest with", "received", "receives", "visited", "hosted", "called on",
                               "had a meeting with", "had talks with"]

    // MARK: A pronoun subject is the author

    /// "Petrov met X. He/She ADVERB VERB Y": every pronoun, every adverb of sequence, every meeting verb.
    @Test func pronounAfterTheDiaristIsTheDiarist() {
        var n = 0
        for pronoun in ["He", "She"] {
            for adverb in [""] + SummaryLexicon.sequenceAdverbs.sorted().map({ $0 + " " }) {
                for verb in Self.meetingVerbs {
                    let (_, b, _) = Variants.trio(n)
                    let summary = "Petrov reads the press. \(pronoun) \(adverb)\(verb) \(b) about the harvest."
                    let acts = Acts.of(Self.journal, summary: summary)
                    #expect(acts == [Variants.sortedPair("Ivan Petrov", b)], "\(summary): \(acts)")
                    n += 1
                }
            }
        }
    }

    /// An opening adverb of the pronoun's sentence, with or without a comma, is no one: "Afterwards, he met …".
    @Test func openingAdverbBeforeThePronoun() {
        var n = 0
        for opener in ["Afterwards,", "Later,", "Subsequently,", "Then", "Finally,", "Meanwhile,", "Afterwards", "Later"] {
            for pronoun in ["he", "she"] {
                let (_, b, c) = Variants.trio(n)
                let summary = "Petrov visited \(b). \(opener) \(pronoun) met with \(c)."
                #expect(Acts.of(Self.journal, summary: summary).sorted()
                        == [Variants.sortedPair("Ivan Petrov", b), Variants.sortedPair("Ivan Petrov", c)].sorted(), "\(summary)")
                n += 1
            }
        }
    }

    /// The same in a report by one person, where the pronoun follows a clause whose subject is the writer alone.
    @Test func pronounAfterTheWriterOfAReportIsTheWriter() {
        var n = 0
        for pronoun in ["He", "She"] {
            for adverb in ["then ", "later ", "also ", "subsequently "] {
                for verb in ["met with", "talked with", "received", "had a meeting with"] {
                    let (a, b, _) = Variants.trio(n)
                    let summary = "\(a) reports on the harvest. \(pronoun) \(adverb)\(verb) \(b)."
                    let acts = Acts.of("Report, \(a) to the Central Committee", summary: summary)
                    #expect(acts == ["\(a) → Central Committee", Variants.sortedPair(a, b)], "\(summary): \(acts)")
                    n += 1
                }
            }
        }
        // After a clause of someone else, the pronoun is that person, not the writer.
        let other = Acts.of("Report, Li Wenbo to the Central Committee",
                            summary: "Hans Becker discusses the harvest with Li. He then met with Yuki Tanaka.")
        #expect(!other.contains(Variants.sortedPair("Li Wenbo", "Yuki Tanaka")), "\(other)")
    }

    /// After another person named as a subject (of a clause or opening a sentence), "he"/"she" is that person.
    @Test func pronounAfterAnotherPersonIsThatPerson() {
        var n = 0
        for pronoun in ["He", "She"] {
            for adverb in ["", "then ", "later "] {
                for verb in ["met with", "met", "talked with", "spoke with", "received", "had a meeting with"] {
                    let (a, b, _) = Variants.trio(n)
                    for opening in ["\(a) returned from Moscow.", "\(a) and the Hungarians returned from Moscow."] {
                        let summary = "\(opening) \(pronoun) \(adverb)\(verb) \(b)."
                        #expect(Acts.of(Self.journal, summary: summary) == [], "\(summary)")
                        #expect(Acts.of("Report, Ivan Petrov to the Central Committee", summary: summary)
                                == ["Ivan Petrov → Central Committee"], "\(summary)")
                    }
                    n += 1
                }
            }
        }
        // The diarist named before keeps the pronoun: "Petrov returned. He met …".
        #expect(Acts.of(Self.journal, summary: "Petrov returned from Moscow. She met with Li Wenbo.") == ["{Ivan Petrov, Li Wenbo}"])
    }

    /// A talk planned, wished for, refused or denied is no act, whatever the adverb.
    @Test func talksNotHeldAfterAPronounAreNoActs() {
        for clause in ["He then wants to meet Park Min-ho", "She will then talk with Park Min-ho", "He did not meet Park Min-ho",
                       "She later hoped to meet Park Min-ho", "He then refused to meet with Park Min-ho",
                       "She could then talk with Park Min-ho", "He never met Park Min-ho", "She later plans to visit Park Min-ho"] {
            let acts = Acts.of(Self.journal, summary: "Petrov reads the press. \(clause).")
            #expect(acts == [], "\(clause): \(acts)")
        }
        #expect(Acts.of(Self.journal, summary: "Petrov did not meet Park Min-ho. Petrov then wants to meet Ahmed Haddad.") == [])
        // A meeting in the past perfect is recalled, not recorded: every pronoun, named or not.
        for subject in ["he", "she", "Petrov"] {
            for verb in ["had met with", "had talked with", "had received", "had conferred with"] {
                let summary = "Petrov learned that \(subject) \(verb) Park Min-ho."
                #expect(Acts.of(Self.journal, summary: summary) == [], "\(summary)")
            }
        }
    }

    /// A summary printed in capitals reads as in title case: its verbs, adverbs and pronouns in lower case.
    @Test func summariesInCapitals() {
        var n = 0
        for pronoun in ["HE", "SHE"] {
            for adverb in ["", "THEN ", "LATER "] {
                for verb in ["MET WITH", "TALKED WITH", "CONFERRED WITH", "RECEIVED"] {
                    // Hyphenated names take a capital after the hyphen in capitals (titles.md); these have none.
                    let b = ["Li Wenbo", "Hans Becker", "Ahmed Haddad", "Diego Alvarez", "Yuki Tanaka", "Olga Smirnova"][n % 6]
                    let summary = "PETROV MET THE GDR AMBASSADOR. \(pronoun) \(adverb)\(verb) \(b.uppercased()) ABOUT THE HARVEST."
                    let acts = Acts.of(Self.journal, summary: summary)
                    #expect(acts.sorted() == [Variants.sortedPair("GDR Ambassador", "Ivan Petrov"), Variants.sortedPair("Ivan Petrov", b)].sorted(),
                            "\(summary): \(acts)")
                    n += 1
                }
            }
        }
        // Names that are also words keep their capitals.
        #expect(Acts.of(Self.journal, summary: "PETROV MEETS NURI SAID.") == [Variants.sortedPair("Ivan Petrov", "Nuri Said")])
        #expect(Acts.of(Self.journal, summary: "RECORD OF A CONVERSATION WITH LI WENBO AND HANS BECKER.") == [Variants.sortedPair("Hans Becker", "Ivan Petrov", "Li Wenbo")])
        #expect(Acts.of(Self.journal, summary: "PETROV WANTS TO MEET LI WENBO. HE DID NOT MEET HANS BECKER.") == [])
    }

    // MARK: Offices the diarist meets

    /// "Petrov met the NATIONALITY OFFICE and the OFFICE of COUNTRY": one meeting of the diarist with both offices.
    @Test func officesTheDiaristMeetsAreInterlocutors() {
        var n = 0
        for nationality in ["GDR", "Polish", "Chinese", "Mongolian", "Hungarian", "Czechoslovak"] {
            for office in ["Ambassador", "Chargé", "Charge d'Affaires", "Counselor", "Consul"] {
                for verb in ["met", "met with", "later met", "receives", "talked with"] {
                    let first = "\(nationality) \(office)"
                    let summary = "Petrov \(verb) the \(first) and the Ambassador of Cuba."
                    let acts = Acts.of(Self.journal, summary: summary)
                    #expect(acts == [Variants.sortedPair("Ambassador of Cuba", first, "Ivan Petrov")], "\(summary): \(acts)")
                    n += 1
                }
            }
        }
        // A bare office may be the diarist himself; an unnamed group is no one.
        #expect(Acts.of(Self.journal, summary: "Petrov met the Ambassador.") == [])
        #expect(Acts.of(Self.journal, summary: "Petrov met the Hungarian diplomats.") == [])
        #expect(Acts.of(Self.journal, summary: "Petrov wants to meet the GDR Ambassador.") == [])
    }

    /// "the OFFICE of COUNTRY" after a verb of receiving or meeting, and an office after "conversations with": each a side.
    @Test func officesWithAComplementOrInAListOfTalks() {
        for office in ["Ambassador", "Charge d'Affaires", "Counselor", "Consul", "Minister"] {
            for country in ["Hungary", "Cuba", "Mongolia"] {
                let other = "\(office) of \(country)"
                for verb in ["received", "receives", "met", "visited"] {
                    let acts = Acts.of(Self.journal, summary: "Petrov \(verb) the \(other).")
                    #expect(acts == [Variants.sortedPair("Ivan Petrov", other)], "\(verb) \(other): \(acts)")
                }
                let list = Acts.of(Self.journal, summary: "Conversations with Li Wenbo and the \(other).")
                #expect(list.sorted() == [Variants.sortedPair("Ivan Petrov", "Li Wenbo"), Variants.sortedPair("Ivan Petrov", other)].sorted(),
                        "\(other): \(list)")
            }
        }
        // In a report by one person, the writer's meeting with an office that says whose.
        for nationality in ["GDR", "Polish", "Cuban", "Mongolian"] {
            let office = "\(nationality) Ambassador"
            for summary in ["Hans Becker met the \(office) and discussed the harvest.", "Becker reports on his conversation with the \(office)."] {
                let acts = Acts.of("Report, Hans Becker to the Central Committee", summary: summary)
                #expect(acts == ["Hans Becker → Central Committee", Variants.sortedPair("Hans Becker", office)], "\(summary): \(acts)")
            }
        }
        // An office printed in lower case is a description, not a title: no side.
        for description in ["the head of the External Relations Section of the Party Daily", "the deputy director of the Institute of Planning"] {
            #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: "A record of conversation with \(description) discussing reunification.")
                    == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"], "\(description)")
        }
        // A bare office after "the" is no one; a bare one in a report neither.
        #expect(Acts.of(Self.journal, summary: "Petrov received the Ambassador.") == [])
        #expect(Acts.of("Report, Hans Becker to the Central Committee", summary: "Becker met the Ambassador.") == ["Hans Becker → Central Committee"])
    }

    // MARK: Verbs of holding a talk

    /// "A VERB with B": every consulting verb, and a talk held by its noun ("had a talk with", "called on"), in a journal
    /// and in a one-person report; planned, wished for or denied, none.
    @Test func consultingVerbsAreTalks() {
        var n = 0
        let verbs = SummaryLexicon.consultingVerbs.sorted().map { $0 == "exchanged" ? "exchanged views" : $0 } + ["had a talk", "had lunch"]
        for verb in verbs {
            let (a, b, _) = Variants.trio(n)
            let summary = "\(a) \(verb) with \(b) about the harvest."
            #expect(Acts.of("Journal of Ambassador \(a) for 4 May 1958", summary: summary) == [Variants.sortedPair(a, b)], "\(summary)")
            #expect(Acts.of("Report, \(a) to the Central Committee", summary: summary)
                    == ["\(a) → Central Committee", Variants.sortedPair(a, b)], "\(summary)")
            n += 1
        }
        let called = Acts.of("Report, Diego Alvarez to the Central Committee", summary: "Diego Alvarez called on Li Wenbo about the harvest.")
        #expect(called == ["Diego Alvarez → Central Committee", Variants.sortedPair("Diego Alvarez", "Li Wenbo")])
        // A meeting verb in the passive has its other side after "by".
        for (n, verb) in ["was received by", "was visited by", "is received by", "were received by", "received"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            let summary = "\(a) \(verb) \(b) in the afternoon."
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [Variants.sortedPair(a, b)], "\(summary)")
            #expect(Acts.of("Report, \(a) to the Central Committee", summary: summary)
                    == ["\(a) → Central Committee", Variants.sortedPair(a, b)], "\(summary)")
        }
        // "received a letter from B" is a letter, not a meeting.
        #expect(Acts.of("Report, Hans Becker to the Central Committee", summary: "Hans Becker received a letter from Li Wenbo.")
                == ["Hans Becker → Central Committee"])
        for hedge in ["wants to confer", "will negotiate", "did not dine", "hopes to consult", "refused to negotiate"] {
            let summary = "Sergei Volkov \(hedge) with Li Wenbo about the harvest."
            #expect(Acts.of("Journal of Ambassador Sergei Volkov", summary: summary) == [], "\(summary)")
        }
    }

    // MARK: A record noun of talks opening the summary

    /// "RECORD-NOUN of/on [a/the] conversation with A and B": the author's one conversation with them; every record noun.
    @Test func recordNounOpeningNamesTheAuthorsTalk() {
        var n = 0
        for noun in ConversationGrammar.recordNouns.sorted() {
            for (link, talk) in [("of", "talks"), ("on", "talks"), ("of the", "talks"), ("of a", "conversation"), ("on a", "meeting"),
                                 ("of the", "meeting"), ("from a", "conversation")] {
                do {
                    let (_, b, c) = Variants.trio(n)
                    let summary = "\(noun.capitalized) \(link) \(talk) with \(b) and \(c) about the harvest."
                    let acts = Acts.of(Self.journal, summary: summary)
                    #expect(acts == [Variants.sortedPair("Ivan Petrov", b, c)], "\(summary): \(acts)")
                    n += 1
                }
            }
        }
    }

    /// "Record of conversations with A and B": several conversations, one with each; in a journal and in a report,
    /// in title case and in capitals.
    @Test func recordOfConversationsIsOneEach() {
        for noun in ["Record", "Records", "Notes", "Memorandum", "Summary"] {
            let summary = "\(noun) of conversations with Kim Pyong-chol and Dolgorsuren Batbayar about the harvest."
            #expect(Acts.of(Self.journal, summary: summary).sorted()
                    == [Variants.sortedPair("Ivan Petrov", "Kim Pyong-chol"), Variants.sortedPair("Dolgorsuren Batbayar", "Ivan Petrov")].sorted(),
                    "\(summary)")
            let report = Acts.of("Report, Hans Becker to the Central Committee", summary: summary)
            #expect(report.sorted() == ["Hans Becker → Central Committee", Variants.sortedPair("Hans Becker", "Kim Pyong-chol"),
                                        Variants.sortedPair("Dolgorsuren Batbayar", "Hans Becker")].sorted(), "\(summary): \(report)")
        }
        let capitals = Acts.of(Self.journal, summary: "RECORD OF CONVERSATIONS WITH AHMED HADDAD AND DIEGO ALVAREZ ABOUT THE HARVEST.")
        #expect(capitals.sorted() == [Variants.sortedPair("Ahmed Haddad", "Ivan Petrov"), Variants.sortedPair("Diego Alvarez", "Ivan Petrov")].sorted(),
                "\(capitals)")
    }

    /// A record noun before a talk only planned or wished for, or a head that is no record noun, states no talk.
    @Test func recordNounBeforeATalkNotHeldIsNoAct() {
        for summary in ["Record of a possible meeting with Ahmed Haddad.", "Notes on the planned talks with Ahmed Haddad.",
                        "Request for a conversation with Ahmed Haddad.", "Proposal of a meeting with Ahmed Haddad.",
                        "Record of the future talks with Ahmed Haddad."] {
            let acts = Acts.of(Self.journal, summary: summary)
            #expect(acts == [], "\(summary): \(acts)")
        }
    }
}
