import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Heads of other documentary archives (issue 9, docs/letter-editions.md "Heads of other documentary archives"):
/// the National Security Archive's author before a numbered document word, British and Irish register trailers,
/// Dominion document numbers, CIA routing lines and offices with their units, `M.` as Monsieur, and headings that
/// state no act. Names, posts and places are invented; each expectation is worked out by hand from the gold schema.
@Suite struct ArchiveHeadTests {
    // MARK: Author institution before a numbered document word

    /// Authors as the National Security Archive prints them, with the correspondent each names.
    static let authors: [(printed: String, reads: String)] = [
        // A post named by its city is one post, named as printed (letter-editions.md, "A post named by its city").
        ("U.S. Embassy Santiago", "U.S. Embassy Santiago"),
        ("Embassy Port Vell", "Embassy Port Vell"),
        ("Department of State", "Department of State"),
        ("State Department", "State Department"),
        ("U.S. Mission to the United Nations", "U.S. Mission to the United Nations"),
        ("Embassy Ruritania", "Embassy Ruritania"),
    ]
    static let recipients: [(printed: String, reads: String)] = [
        ("State Department", "State Department"),
        ("Secretary of State", "Secretary of State"),
        ("National Security Adviser Tobias Wexford", "Tobias Wexford"),
        ("Ambassador Hyun-woo Baek", "Hyun-woo Baek"),
    ]
    static let sentWords = ["cable", "telegram", "Cable", "airgram", "memorandum", "letter"]
    static let numbers = ["", " 4567", " 12345", " 889/2", " A-45"]
    static let trailers = ["", ", \"Elections in the Capital,\" March 3, 1970, Secret",
                           ", \"Demarche on Access,\" 3 May 1972, Confidential", ", 4 June 1968"]

    @Test(arguments: sentWords)
    func authorBeforeDocumentWordSends(word: String) {
        for (author, sender) in Self.authors {
            for (printed, recipient) in Self.recipients {
                for number in Self.numbers {
                    for trailer in Self.trailers {
                        let title = "\(author) \(word)\(number) to \(printed)\(trailer)"
                        #expect(Acts.of(title) == ["\(sender) → \(recipient)"], "\(title)")
                    }
                }
            }
        }
    }

    /// `AGENCY DOCUMENT-WORD from A to B`: the agency the document came out of, A its sender.
    @Test func agencyBeforeDocumentWordFrom() {
        let agencies = ["Department of State", "Central Intelligence Agency", "Department of Defense", "State Department"]
        let types = ["Action Memorandum", "Information Memorandum", "Memorandum", "Telegram"]
        let ends = [("Assistant Secretary Dolores Ybarra to the Secretary", "Dolores Ybarra → Secretary"),
                    ("Desmond Halloran to the Director of Central Intelligence", "Desmond Halloran → Director of Central Intelligence"),
                    ("Li Xiaoming to Kwame Mensah, Olga Smirnova and Ahmed Haddad", "Li Xiaoming → Kwame Mensah, Olga Smirnova, Ahmed Haddad")]
        for agency in agencies {
            for type in types {
                for (head, acts) in ends {
                    let title = "\(agency) \(type) from \(head)"
                    #expect(Acts.of(title) == [acts], "\(title)")
                }
            }
        }
    }

    /// In capitals, the head reads as in title case.
    @Test func authorBeforeDocumentWordInCapitals() {
        #expect(Acts.of("DEPARTMENT OF STATE TELEGRAM 2210 TO SECRETARY OF STATE") == ["Department of State → Secretary of State"])
        #expect(Acts.of("STATE DEPARTMENT CABLE 12345 TO AMBASSADOR KWAME MENSAH") == ["State Department → Kwame Mensah"])
    }

    /// A document that takes an infinitive, a decision's purpose, and reports to no one state no message from the
    /// words before the document word.
    @Test func authorBeforeDocumentWordNegatives() {
        for institution in ["Hungarian Embassy", "Foreign Ministry", "Free Trade Committee"] {
            for noun in ["Proposal", "Request", "Order", "Decision"] {
                #expect(ArchiveHeads.authorBeforeDocumentWord("\(institution) \(noun) to Reorganise the Trade Office") == nil,
                        "\(institution) \(noun)")
            }
        }
        #expect(!Acts.of("Politburo Decision to Confirm the Following Directive to the Ambassador in Xlandia")
            .contains { $0.contains("Decision") })
        #expect(Acts.of("CIA Information Report, \"Plotting Among Senior Officers,\" 14 August 1970, Secret").isEmpty)
        #expect(Acts.of("Defense Intelligence Agency Intelligence Information Report, \"Troop Movements,\" 12 May 1968").isEmpty)
        #expect(Acts.of("National Intelligence Estimate 11-8-70, \"Soviet Strategic Forces,\" 24 September 1970").isEmpty)
    }

    // MARK: Registers' trailers

    /// British heads with the acts they state; every trailer below leaves them so.
    static let britishHeads: [(head: String, acts: String)] = [
        ("Sir T. Ashdown (Berlin) to Viscount Hallworth", "T. Ashdown → Hallworth"),
        ("Viscount Hallworth to Sir T. Ashdown (Berlin)", "Hallworth → T. Ashdown"),
        ("Mr. Nakamura (Tokyo) to Mr. Everard", "Nakamura → Everard"),
        ("Foreign Office to Sir R. Penfold (Paris)", "Foreign Office → R. Penfold"),
        ("Letter from Mr. Al-Masri to Sir O. Harrowby", "Al-Masri → O. Harrowby"),
        ("Mr. Okonkwo-Hart (Lagos) to Mr. Everard and Sir G. Jessop", "Okonkwo-Hart → Everard, G. Jessop"),
    ]
    static let britishTrailers = [
        " No. 312 Telegraphic [C 12345/1/18]", " (Received 3 September, 1 p.m.) [C 1234/5/18]", ", No. 45 Saving",
        " No. 87 Telegraphic: by bag [J 456/1/16]", ", No. 312 Telegraphic, Most Immediate, Top Secret [WF 10345/7]",
        " [N 4512/12/38]", " (No. 45) (Confidential) (Copy)", " (Received 4 September) No. 312 Telegraphic",
        " [CP(52)123]", " No. 1234 Telegraphic [C 12345/1/18]",
    ]

    @Test(arguments: britishTrailers)
    func registerTrailerNamesNoOne(trailer: String) {
        for (head, acts) in Self.britishHeads {
            #expect(Acts.of(head + trailer) == [acts], "\(head + trailer)")
            // The series number before the head changes nothing.
            #expect(Acts.of("No. 46 " + head + trailer) == [acts], "No. 46 \(head + trailer)")
        }
    }

    @Test func registerTrailerNegatives() {
        for trailer in Self.britishTrailers {
            #expect(Acts.of("Minute by Sir O. Harrowby" + trailer).isEmpty, "\(trailer)")
            #expect(Acts.of("Memorandum respecting the Situation in Manchuria" + trailer).isEmpty, "\(trailer)")
        }
        #expect(Acts.of("Cabinet Conclusions [CAB 128/15]").isEmpty)
    }

    /// The Irish edition's stacked notes after the addressee's city.
    @Test func irishStackedNotes() {
        let heads = [("Letter from Pádraig Ó Briain to Éamonn Breathnach (Dublin)", "Pádraig Ó Briain → Éamonn Breathnach"),
                     ("Code telegram from Dillane to Ó Briain (Dublin)", "Dillane → Ó Briain"),
                     ("Extract from a confidential report from Mícheál Mac Craith to Pádraig Ó Briain (Dublin)", "Mícheál Mac Craith → Pádraig Ó Briain")]
        let notes = [" (No. 18/30) (Confidential)", " (Copy)", " (Secret) (Copy)", " (No. 45) (Copy)", " (No. 7) (Confidential) (Copy)"]
        for (head, acts) in heads {
            for note in notes {
                #expect(Acts.of(head + note) == [acts], "\(head + note)")
            }
        }
    }

    /// A post in parentheses after a person addressed by a form of address: where the person served.
    @Test func postInParentheses() {
        let posts = ["United Kingdom Delegation to the United Nations, New York", "British Embassy, Port Vell", "Foreign Office",
                     "Political Division, Allied Commission"]
        let people = [("Sir P. Dunmore", "P. Dunmore"), ("Mr. Okonkwo-Hart", "Okonkwo-Hart"), ("M. Tadeusz Wiśniewski", "Tadeusz Wiśniewski")]
        for post in posts {
            for (printed, reads) in people {
                #expect(Acts.of("\(printed) (\(post)) to Mr. Everard") == ["\(reads) → Everard"], "\(printed) (\(post))")
                #expect(Acts.of("Mr. Everard to \(printed) (\(post))") == ["Everard → \(reads)"], "\(printed) (\(post))")
            }
        }
        // An institution with its signer keeps both (FRUS), and a holder in parentheses stays the holder.
        #expect(ArchiveHeads.droppingPostsInParentheses("The Embassy in Xlandia (Okonkwo) to the Secretary of State")
                == "The Embassy in Xlandia (Okonkwo) to the Secretary of State")
        #expect(ArchiveHeads.droppingPostsInParentheses("Polish Embassy in Havana (Jan Kowalski) to Li Wenbo")
                == "Polish Embassy in Havana (Jan Kowalski) to Li Wenbo")
    }

    /// The Dominion editions' document word and number after the addressee.
    @Test func dominionDocumentNumber() {
        let heads = [("Secretary of State for External Affairs to Ambassador in United States", "Secretary of State for External Affairs → Ambassador in United States"),
                     ("High Commissioner in United Kingdom to Secretary of State for External Affairs", "High Commissioner in United Kingdom → Secretary of State for External Affairs"),
                     ("Hollister to Burrowes", "Hollister → Burrowes")]
        for (head, acts) in heads {
            for number in [", Telegram EX-1234", ", Cablegram 345", ", Despatch No. 12", ", Telegram 1234", ", Letter No. 88"] {
                #expect(Acts.of(head + number) == [acts], "\(head + number)")
            }
        }
    }

    // MARK: Routing lines, offices and their units

    static let addressees: [(printed: String, reads: String)] = [
        ("the Deputy Director of Central Intelligence", "Deputy Director of Central Intelligence"),
        ("Chief, Far East Division", "Chief, Far East Division"),
        ("Director, Policy Planning Staff", "Director, Policy Planning Staff"),
        ("Deputy Chief, Covert Action Staff", "Deputy Chief, Covert Action Staff"),
        ("Mr. Halloran", "Halloran"),
    ]

    @Test func routingLines() {
        for (printed, reads) in Self.addressees {
            for subject in ["Soviet Missile Tests", "Agent Reports from Xlandia"] {
                #expect(Acts.of("Memorandum for \(printed), Subject: \(subject)") == [" → \(reads)"], "\(printed)")
                #expect(Acts.of("Memorandum for: \(printed); Subject: \(subject)") == [" → \(reads)"], "\(printed)")
                for sender in [("Hideo Nakamura", "Hideo Nakamura"), ("Katerina Volkova", "Katerina Volkova"), ("Li Xiaoming", "Li Xiaoming")] {
                    #expect(Acts.of("Memorandum for: \(printed) From: \(sender.0) Subject: \(subject)") == ["\(sender.1) → \(reads)"], "\(printed)")
                    #expect(Acts.of("Memorandum for \(printed) from \(sender.0)") == ["\(sender.1) → \(reads)"], "\(printed)")
                }
            }
        }
        #expect(Acts.of("MEMORANDUM FOR: CHIEF, FAR EAST DIVISION FROM: HIDEO NAKAMURA SUBJECT: AGENT REPORTS") == ["Hideo Nakamura → Chief, Far East Division"])
        for record in ["the Record", "the Files", "the Record:"] {
            #expect(Acts.of("Memorandum for \(record), Subject: Meeting with the Director").isEmpty, "\(record)")
            #expect(Acts.of("Memorandum for \(record)").isEmpty, "\(record)")
        }
    }

    /// Every unit noun after every office; a named person in apposition keeps the person; an article or a body that is
    /// no unit makes two ends.
    @Test func officeAndUnit() {
        let offices = ["Chief", "Deputy Chief", "Director", "Acting Chief", "Deputy Director"]
        let units = ["Soviet Russia Division", "EE Branch", "Policy Planning Staff", "Far East Section", "Cuba Desk", "Latin America Group"]
        for office in offices {
            for unit in units {
                #expect(Acts.of("Letter from Li Xiaoming to \(office), \(unit)") == ["Li Xiaoming → \(office), \(unit)"], "\(office), \(unit)")
                #expect(Acts.of("Letter from \(office), \(unit) to Li Xiaoming") == ["\(office), \(unit) → Li Xiaoming"], "\(office), \(unit)")
            }
        }
        #expect(Acts.of("Memorandum from Hideo Nakamura, Chief, Far East Division, to Li Xiaoming") == ["Hideo Nakamura → Li Xiaoming"])
        #expect(ArchiveHeads.officeAndUnitEnd("Secretary of State, the Department of Defense") == nil)
        #expect(ArchiveHeads.officeAndUnitEnd("Li Xiaoming, Far East Division") == nil)
        #expect(ArchiveHeads.officeAndUnitEnd("Chief, Council of Ministers") == nil)
    }

    // MARK: Holders of offices in lists

    /// An office whose domain is a subject word, with its holder, as the last item of a list of three.
    @Test func officeHoldersInListsOfThree() {
        let offices = ["Secretary of Defense", "Minister of Defence", "Minister of Foreign Trade", "Secretary of State",
                       "Minister of Public Works"]
        let holders = [("Ingram Thorsby", "Ingram Thorsby"), ("Kwame Mensah", "Kwame Mensah"), ("Thorsby", "Thorsby")]
        for office in offices {
            for (printed, reads) in holders {
                #expect(Acts.of("Letter from Tobias Wexford to Li Wenbo, Park Min-ho, and \(office) \(printed)")
                        == ["Tobias Wexford → Li Wenbo, Park Min-ho, \(reads)"], "\(office) \(printed)")
                #expect(Acts.of("Memorandum from Tobias Wexford to President Hallam, Park Min-ho and \(office) \(printed)")
                        == ["Tobias Wexford → Hallam, Park Min-ho, \(reads)"], "\(office) \(printed)")
            }
        }
        #expect(!ArchiveHeads.isListOfNamedHolders("Minister of Trade Meeting"))
        #expect(!ArchiveHeads.isListOfNamedHolders("Regarding the Defense Budget"))
    }

    // MARK: Monsieur

    @Test func monsieurInEnglishHeads() {
        let names = ["Dubois-Lanvin", "Tadeusz Wiśniewski", "Delacroix", "Ibáñez Ferreira"]
        let forms = [("Mr. Everard", "Everard"), ("Sir T. Ashdown", "T. Ashdown"), ("Viscount Hallworth", "Hallworth")]
        for name in names {
            for (printed, reads) in forms {
                #expect(Acts.of("M. \(name) to \(printed)") == ["\(name) → \(reads)"], "\(name) \(printed)")
                #expect(Acts.of("\(printed) to M. \(name)") == ["\(reads) → \(name)"], "\(name) \(printed)")
                #expect(Acts.of("Record of a conversation between \(printed) and M. \(name)") == ["{" + [reads, name].sorted().joined(separator: ", ") + "}"], "\(name)")
            }
        }
        // After a form of address, before another initial, or with no English form in the head, `M.` is an initial.
        #expect(Acts.of("Sir M. Lockwood to Mr. Everard") == ["M. Lockwood → Everard"])
        #expect(MonsieurInitial.readingMonsieur("Letter from M. Suslov to Li Wenbo") == "Letter from M. Suslov to Li Wenbo")
        #expect(MonsieurInitial.readingMonsieur("Mr. Everard to M. A. Jinnah") == "Mr. Everard to M. A. Jinnah")
    }

    // MARK: Headings that state no act

    @Test func sectionHeadings() {
        let labels = ["Chapter", "Part", "Section", "CHAPTER", "Book", "Volume"]
        let numberings = ["3:", "III.", "Three:", "12.", "II -"]
        let rests = ["From Yalta to Potsdam", "Letters from the Front", "The Crisis of 1956", "From Li Wenbo to Hans Becker"]
        for label in labels {
            for numbering in numberings {
                for rest in rests {
                    #expect(Acts.of("\(label) \(numbering) \(rest)").isEmpty, "\(label) \(numbering) \(rest)")
                }
            }
        }
        for label in ["Introduction:", "Epilogue:", "Chronology:", "Prologue:", "Conclusion:"] {
            #expect(Acts.of("\(label) From Kabul to Geneva").isEmpty, "\(label)")
        }
        // `Part of …` is no label.
        #expect(!ArchiveHeads.isHeadingWithoutAct("Part of a Letter from Li Wenbo to Hans Becker"))
        #expect(!ArchiveHeads.isHeadingWithoutAct("Section Chief Li Wenbo to Hans Becker"))
    }

    @Test func topicHeadingsShapedLikeLetterHeads() {
        let topics = ["From Revolution to Reform", "From Yalta to Potsdam", "From Mao to Deng: The Politics of Succession",
                      "From Petrov to Volkov: Soviet Policy in Asia", "From Hallam to Reinholdt: Alliance Politics",
                      "From Cooperation to Confrontation, 1945-1947", "From the Cold War to the New World Order",
                      "From Détente to Confrontation: The Collapse of the Thaw", "From the Armistice to the Summit",
                      "FROM REVOLUTION TO REFORM"]
        for topic in topics { #expect(Acts.of(topic).isEmpty, "\(topic)") }
        let heads = [("From George Washington to Thomas Jefferson, 1 January 1788", "George Washington → Thomas Jefferson"),
                     ("From Park Min-ho to Hans Becker, 3 May 1950", "Park Min-ho → Hans Becker"),
                     ("From Theodora Quist to Abiodun Falola and Li Wenbo", "Theodora Quist → Abiodun Falola, Li Wenbo"),
                     ("From the Secretary of State to the Minister in Xlandia (Okonkwo)", "Secretary of State → Okonkwo")]
        for (head, acts) in heads { #expect(Acts.of(head) == [acts], "\(head)") }
    }

    /// An edition's lead-in (`From the Diary of A,`) before a conversation head whose sides are posted `to` a
    /// country is no topic heading: the head after it is read.
    @Test func editionLeadInBeforeAPostedSideIsNoTopic() {
        for source in ["Diary", "Journal", "Notes"] {
            for (left, right) in [("Li Wenbo", "Hans Becker"), ("Olga Smirnova", "Abiodun Falola")] {
                let title = "From the \(source) of I. K. Volkov, Memorandum of Conversation between Soviet Ambassador to Mongolia "
                    + "\(left) and Hungarian Ambassador to Mongolia \(right)"
                #expect(!ArchiveHeads.isTopicFromTo(title), "\(title)")
                #expect(Acts.of(title) == ["{\([left, right].sorted().joined(separator: ", "))}"], "\(title)")
            }
        }
    }

    @Test func papersPreparedForAMeeting() {
        let papers = ["Talking Points", "Suggested Talking Points", "Briefing Paper", "Scope Paper", "Background Paper", "Agenda"]
        let meetings = ["the Secretary's Meeting with the Soviet Ambassador", "the President's Talks with Prime Minister Okonjo",
                        "the Visit of Chancellor Reinholdt", "the Luncheon with Li Wenbo and Hans Becker"]
        for paper in papers {
            for meeting in meetings {
                #expect(Acts.of("\(paper) for \(meeting)").isEmpty, "\(paper) for \(meeting)")
            }
        }
    }

    @Test func quotedSubjectAfterTwoSidedConversation() {
        let subjects = ["Berlin and Detente", "Trade and Aid", "Germany, Berlin and the Alliance"]
        let heads = [("Memorandum of conversation between President Hallam and Chancellor Reinholdt", "{Hallam, Reinholdt}"),
                     ("Record of Conversation between Li Wenbo, Park Min-ho and Olga Smirnova", "{Li Wenbo, Olga Smirnova, Park Min-ho}")]
        for (head, acts) in heads {
            for subject in subjects {
                let title = "\(head), \"\(subject),\" 10 April 1970, Secret"
                #expect(Acts.of(title) == [acts], "\(title)")
            }
        }
    }
}
