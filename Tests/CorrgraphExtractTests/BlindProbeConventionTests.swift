import CorrgraphTestSupport
import CorrgraphExtract
import Testing

/// Conventions of Cold War diplomatic papers in translation (the Wilson Center's kind) that a blind probe file
/// (scripts/probes/blind-s8.txt, written before the code was read) found unread: Arabic names with a hyphened
/// article, a bracketed number or modifier after the document type, a number or date between a talk and its
/// sides, excerpts of journals and journals named after the record, meetings only planned, `to be handed to B`,
/// `to B by A`, a city's signer in brackets. Names are invented; expected acts are worked out by hand from
/// GOLD-SCHEMA.md.
@Suite struct BlindProbeConventionTests {
    /// Arabic names with the article joined by a hyphen, each article in its slot.
    static let arabicNames = ["Khalid al-Tamimi", "Yusuf el-Masri", "Salim ash-Shami", "Karim ad-Dabbagh",
                              "Nasir ud-Din Haddad", "Abdallah ibn Saud al-Faisal", "Faruq as-Sayyid", "Mahmud an-Nuri"]

    // MARK: Arabic articles joined by a hyphen

    /// "al-Tamimi", "ash-Shami", "ud-Din": a lower-case article joined by a hyphen to a capitalised name is part
    /// of the name, in every end slot and in lists of three.
    @Test func hyphenedArabicArticlesArePartOfTheName() {
        var n = 0
        for name in Self.arabicNames {
            let (b, c, _) = Variants.trio(n)
            #expect(Acts.of("Cable from \(name) to \(b)") == ["\(name) → \(b)"], "\(name)")
            #expect(Acts.of("Telegram, \(b) to \(name)") == ["\(b) → \(name)"], "\(name)")
            #expect(Acts.of("Letter from \(b) to \(c) [via \(name)]") == ["\(b) → \(c) via \(name)"], "\(name)")
            #expect(Acts.of("Record of Conversation between \(name) and \(b)") == [Variants.sortedPair(name, b)], "\(name)")
            #expect(Acts.of("Letter from \(name), \(b) and \(c) to Ivan Zaslavtsev") == ["\(name), \(b), \(c) → Ivan Zaslavtsev"], "\(name)")
            #expect(Acts.of("CABLE from \(name) to \(b)") == ["\(name) → \(b)"], "\(name)")
            n += 1
        }
        // A hyphened prefix that is no article, or an article before a lower-case word, names no one.
        #expect(Acts.of("Memorandum on the pan-Arab Movement") == [])
        #expect(Acts.of("Report on the al-jazira region") == [])
    }

    // MARK: A bracketed number or modifier after the document type

    static let bracketedNotes = ["(No. 302)", "[No. 14]", "(302)", "(Nr. 76/118)", "(No. 1203-1204)", "(Urgent)",
                                 "(Top Secret)", "(Very Urgent)", "[Secret]", "(Strictly Secret)", "(Confidential)"]

    /// "Telegram (No. 302) from A to B", "Ciphered Telegram (Urgent), A to B": the bracket holds the document's
    /// number or its classification and is read over; every note, several types, both orders of the head.
    @Test func bracketedNoteAfterTheTypeIsReadOver() {
        var n = 0
        for note in Self.bracketedNotes {
            for type in ["Telegram", "Cable", "Ciphered Telegram", "Letter", "Coded Telegram", "Report"] {
                let (a, b, c) = Variants.trio(n)
                #expect(Acts.of("\(type) \(note) from \(a) to \(b)") == ["\(a) → \(b)"], "\(type) \(note)")
                #expect(Acts.of("\(type) \(note), \(a) to \(b) and \(c)") == ["\(a) → \(b), \(c)"], "\(type) \(note)")
                n += 1
            }
        }
        // A report to no one stays no act with its number in brackets.
        #expect(Acts.of("Report (No. 12) on the Harvest in the DPRK") == [])
    }

    // MARK: A number or a date between the talk and its sides

    static let talkHeads = ["Record of Conversation", "Memorandum of Conversation", "Minutes of the Meeting",
                            "Memorandum of the Conversation", "Transcript of the Talks", "Record of the Meeting"]
    static let gaps = ["No. 3", "(No. 3)", "#4", "No. 14", "held on 12 March 1961", "held", "on 5 May",
                       "which took place on 3 June 1958", "held on May 4", "of 12 March 1961", "dated 9 September 1949"]

    /// "Record of Conversation No. 3 between A and B", "Memorandum of the Conversation held on 12 March 1961 between
    /// A and B": every gap after every head, and a list of three.
    @Test func numberOrDateBetweenTheTalkAndItsSides() {
        var n = 0
        for head in Self.talkHeads {
            for gap in Self.gaps {
                let (a, b, c) = Variants.trio(n)
                #expect(Acts.of("\(head) \(gap) between \(a) and \(b)") == [Variants.sortedPair(a, b)], "\(head) \(gap)")
                #expect(Acts.of("\(head) \(gap) between Comrades \(a), \(b) and \(c)") == [Variants.sortedPair(a, b, c)],
                        "\(head) \(gap)")
                n += 1
            }
        }
        // A name in the gap is no date: the talk's sides are still read only after `between`.
        #expect(Acts.of("Minutes of the Session held on 12 March 1961") == [])
    }

    // MARK: Journals

    static let journalOpeners = ["Excerpt from the Diary of", "Extract from the Journal of", "Excerpts from the Diary of",
                                 "Extracts from the Journal of", "Excerpt from Diary of", "From the Journal of", "Diary of"]
    static let talkRecords = ["Record of Conversation with", "Memorandum of Conversation with", "Note on a Conversation with"]

    /// "Excerpt from the Diary of A, Memorandum of Conversation with B": a part of a journal opens like the journal;
    /// its author is one side. Every opener, every record noun.
    @Test func excerptsOfAJournalNameItsAuthor() {
        var n = 0
        for opener in Self.journalOpeners {
            for record in Self.talkRecords {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("\(opener) \(a), \(record) \(b), 4 May 1955") == [Variants.sortedPair(a, b)], "\(opener) / \(record)")
                #expect(Acts.of("\(opener) \(a): \(record) \(b)") == [Variants.sortedPair(a, b)], "\(opener) / \(record)")
                n += 1
            }
        }
        // An excerpt of a journal with no talk is no act.
        #expect(Acts.of("Excerpt from the Diary of Sergei Volkov") == [])
        #expect(Acts.of("Extract from the Journal of Li Wenbo, 1-15 May 1956") == [])
    }

    /// "From the Journal of the Soviet Ambassador in Mongolia, A, Record of Conversation with B": an office, then its
    /// holder between commas, is the journal's author. Several offices.
    @Test func officeThenHolderIsTheJournalsAuthor() {
        let offices = ["the Soviet Ambassador in Mongolia", "the Hungarian Chargé d'Affaires in Hanoi",
                       "the First Secretary of the Soviet Embassy in the DPRK", "the Polish Ambassador to China"]
        var n = 0
        for office in offices {
            for opener in ["From the Journal of", "Extract from the Diary of", "Diary of"] {
                let (a, b, c) = Variants.trio(n)
                #expect(Acts.of("\(opener) \(office), \(a), Record of Conversation with \(b)") == [Variants.sortedPair(a, b)],
                        "\(office)")
                #expect(Acts.of("\(opener) \(office), \(a): Memorandum of Conversation with \(b) and \(c)")
                        == [Variants.sortedPair(a, b, c)], "\(office)")
                n += 1
            }
        }
    }

    /// "Record of Conversation with B, from the Diary of A", "… (from the Journal of A)": the journal named after the
    /// whole record gives its author, who is the other side. Every bracket form, a date after the author.
    @Test func journalNamedAfterTheRecord() {
        var n = 0
        for record in Self.talkRecords {
            for form in [", from the Diary of %@", ", from the Journal of %@", " (from the Diary of %@)",
                         " [from the Journal of %@]", ", from the Journal of %@, 12 May 1957"] {
                let (a, b, _) = Variants.trio(n)
                let title = "\(record) \(b)" + form.replacingOccurrences(of: "%@", with: a)
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                n += 1
            }
        }
        // A record of no talk taken from a journal is no act.
        #expect(Acts.of("Report on the Harvest, from the Diary of Sergei Volkov") == [])
    }

    // MARK: Meetings only planned

    /// "Proposal for a Meeting between A and B", "Notes for A's Talk with B": a paper prepared before a meeting
    /// documents no talk. Every paper noun, three shapes of the meeting.
    @Test func meetingsOnlyPlannedAreNoActs() {
        let papers = ["Proposal for", "Proposals for", "Plan for", "Notes for", "Note for", "Theses for", "Suggestions for",
                      "Program for", "Draft Program for", "Questions for", "Topics for"]
        var n = 0
        for paper in papers {
            let (a, b, _) = Variants.trio(n)
            for meeting in ["a Meeting between \(a) and \(b)", "\(a)'s Talk with \(b)", "the Talks between \(a) and \(b)",
                            "the Visit of \(a) to \(b)"] {
                #expect(Acts.of("\(paper) \(meeting)") == [], "\(paper) \(meeting)")
                #expect(Acts.of("\(paper.uppercased()) \(meeting)") == [], "\(paper) \(meeting)")
            }
            n += 1
        }
        // A note for the record or the file records a talk that took place.
        #expect(Acts.of("Note for the Record: Meeting between Li Wenbo and Hans Becker") == ["{Hans Becker, Li Wenbo}"])
        #expect(Acts.of("Notes for the File, Conversation between Li Wenbo and Hans Becker") == ["{Hans Becker, Li Wenbo}"])
    }

    // MARK: Relays and authors after the recipient

    /// "Cable, A to C, to be handed to B": C relays A's message to B, as with `for B`; every verb of passing a
    /// message on, with and without the comma, a list of recipients.
    @Test func toBeHandedToNamesTheFinalRecipient() {
        var n = 0
        for verb in ["passed", "passed on", "forwarded", "transmitted", "handed", "handed over", "delivered", "conveyed",
                     "relayed", "given", "sent on"] {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Cable, \(a) to \(c), to be \(verb) to \(b)") == ["\(a) → \(b) via \(c)"], "\(verb)")
            #expect(Acts.of("Telegram from \(a) to \(c) to be \(verb) to Comrade \(b)") == ["\(a) → \(b) via \(c)"], "\(verb)")
            #expect(Acts.of("Ciphered Telegram, \(a) to \(c), to be \(verb) to \(b) and Kim Tae-sok")
                    == ["\(a) → \(b), Kim Tae-sok via \(c)"], "\(verb)")
            n += 1
        }
    }

    /// "Report to the Politburo by A", "Letter to B by A": the author after `by`, as after `from`, when both ends are
    /// names; a `by` inside a subject names no author.
    @Test func authorAfterTheRecipient() {
        var n = 0
        for type in ["Report", "Letter", "Memorandum", "Telegram", "Note", "Information"] {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("\(type) to \(b) by \(a)") == ["\(a) → \(b)"], "\(type)")
            #expect(Acts.of("\(type) to \(b) and \(c) by \(a)") == ["\(a) → \(b), \(c)"], "\(type)")
            n += 1
        }
        #expect(Acts.of("Letter to Li Wenbo on the Visit by Hans Becker") == [" → Li Wenbo"])
    }

    /// "Ciphergram from Hanoi (Nowacki) to Warsaw": a city's signer in brackets signs beside the embassy the city
    /// stands for (gold schema: cities for the two ends; a named writer beside the institution).
    @Test func citysSignerInBracketsSignsBesideTheEmbassy() {
        let cases: [(String, String, String, String)] = [
            ("Hanoi", "Warsaw", "Polish Embassy in Hanoi", "Polish Foreign Ministry"),
            ("Pyongyang", "Budapest", "Hungarian Embassy in Pyongyang", "Hungarian Foreign Ministry"),
            ("Beijing", "Berlin", "East German Embassy in Beijing", "East German Foreign Ministry"),
        ]
        for (i, (city, capital, embassy, ministry)) in cases.enumerated() {
            let signer = ["Jerzy Nowacki", "Szendrei", "Klaus Rettner"][i]
            for type in ["Ciphergram", "Telegram", "Ciphered Telegram No. 1173"] {
                #expect(Acts.of("\(type) from \(city) (\(signer)) to \(capital)") == ["\(embassy), \(signer) → \(ministry)"],
                        "\(type) \(city)")
            }
        }
    }

    // MARK: Publics and the title's form of a side

    /// "Appeal to the Peoples of Asia and Africa": an appeal, statement or report to a public named by a collective
    /// plural and its places is published, not sent; a letter to one is addressed and lists no recipient.
    @Test func documentsToAPublicAreNoMessagesToCorrespondents() {
        let publics = ["the Peoples of Asia and Africa", "the Workers of the World", "the Youth of All Countries",
                       "the Women of Latin America", "the Peoples of the Soviet Union", "All Peoples of the World",
                       "the Toilers of the East", "the Nations of Asia, Africa and Latin America"]
        var n = 0
        for audience in publics {
            let (a, _, _) = Variants.trio(n)
            for type in ["Appeal", "Statement", "Report", "Declaration"] {
                #expect(Acts.of("\(type) to \(audience)") == [], "\(type) \(audience)")
                #expect(Acts.of("\(type) of \(a) to \(audience)") == [], "\(type) \(audience)")
            }
            #expect(Acts.of("Letter from \(a) to \(audience)") == ["\(a) → "], "\(audience)")
            n += 1
        }
        // A named addressee after an appeal is a correspondent.
        #expect(Acts.of("Appeal from Li Wenbo to Hans Becker") == ["Li Wenbo → Hans Becker"])
    }

    /// "Record of Conversation with Nguyen Van Thanh" + "Ambassador Gorelov received Thanh …": the side the title
    /// names keeps the title's fuller form when the summary names it short. Several name cultures, several verbs.
    @Test func titlesSideKeepsItsFullName() {
        let sides = [("Nguyen Van Thanh", "Thanh"), ("László Bartos", "Bartos"), ("Park Min-ho", "Park"),
                     ("Sergei Volkov", "Volkov"), ("Ahmed Haddad", "Haddad")]
        for (full, short) in sides {
            for summary in ["Ambassador Ivan Zaslavtsev received \(short) at the latter's request.",
                            "Ivan Zaslavtsev received \(short), who asked about the Chinese position."] {
                #expect(Acts.of("Record of Conversation with \(full), 14 August 1963", summary: summary)
                        == [Variants.sortedPair(full, "Ivan Zaslavtsev")],
                        "\(full) / \(summary)")
            }
        }
    }

    /// "Letter from A to B on his Meeting with C": between two named people the pronoun stands for the writer, who
    /// reports his own talk. Every pronoun, several document types and both head orders; an office after `by`
    /// with no addressee keeps its reading.
    @Test func pronounBetweenWriterAndAddresseeIsTheWriters() {
        var n = 0
        for pronoun in ["his", "His", "her", "their"] {
            for noun in ["Meeting", "Talks", "Conversation", "Audience"] {
                let (a, b, c) = Variants.trio(n)
                #expect(Acts.of("Letter from \(a) to \(b) on \(pronoun) \(noun) with \(c)")
                        == ["\(a) → \(b)", Variants.sortedPair(a, c)], "\(pronoun) \(noun)")
                #expect(Acts.of("Cable, \(a) to \(b), on \(pronoun) \(noun) with \(c)")
                        == ["\(a) → \(b)", Variants.sortedPair(a, c)], "\(pronoun) \(noun)")
                n += 1
            }
        }
        #expect(Acts.of("Report by the Bulgarian Ambassador to Vietnam on his Talks with Li Wenbo")
                == ["{Bulgarian Ambassador to Vietnam, Li Wenbo}"])
    }
}
