import CorrgraphTestSupport
@testable import CorrgraphExtract
import Testing

/// Title conventions of British and other diplomatic series and of letter editions (issue 9, round 2;
/// docs/title-variants.md "Peers, dash pairs, sides of a talk, journals named after the record"). Names and
/// peers' titles are invented; expected acts are worked out by hand from GOLD-SCHEMA.md.
@Suite struct PeersDashesAndSidesTests {
    /// Invented peers' titles (places that are no capitals or countries of the gazetteer).
    static let peerTitles = ["Ashford", "Wellmore", "Kelbury", "Ferrant", "Dunhallow", "Marlowe Vale"]
    /// Every rank that names a peer before `of TITLE`.
    static let ranks = ["Duke", "Duchess", "Marquess", "Marquis", "Marchioness", "Earl", "Countess", "Viscount",
                        "Viscountess", "Baron", "Baroness", "Lord", "Lady"]

    /// `the RANK of TITLE` is the peer, named by the title: at either end, in a bare head, in a conversation.
    @Test func peerByRankAndTitleAtEveryEnd() {
        var n = 0
        for rank in Self.ranks {
            let title = Self.peerTitles[n % Self.peerTitles.count]
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Letter from the \(rank) of \(title) to \(b)") == ["\(title) → \(b)"], "\(rank)")
            #expect(Acts.of("Despatch No. 45 from Sir \(a) to the \(rank) of \(title)") == ["\(a) → \(title)"], "\(rank)")
            #expect(Acts.of("The \(rank) of \(title) to Mr. \(b)") == ["\(title) → \(b)"], "\(rank)")
            #expect(Acts.of("Conversation between the \(rank) of \(title) and \(a)") == [Variants.sortedPair(title, a)], "\(rank)")
            #expect(Acts.of("Letter from the Rt. Hon. the \(rank) of \(title) to \(b)") == ["\(title) → \(b)"], "\(rank)")
            // A head read by the office grammar (an office opens it) still names the peer, not a post.
            #expect(Acts.of("Consul \(a) to the \(rank) of \(title)") == ["\(a) → \(title)"], "\(rank)")
            #expect(Acts.of("The Ambassador in Ruritania (\(b)) to the \(rank) of \(title)") == ["\(b) → \(title)"], "\(rank)")
            n += 1
        }
        #expect(Acts.of("LETTER FROM THE EARL OF ASHFORD TO LI WENBO") == ["Ashford → Li Wenbo"])
    }

    /// `the RANK TITLE` with its article, and `RANK TITLE` for ranks that are no given name.
    @Test func peerByRankBeforeTitle() {
        for (n, rank) in Self.ranks.enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Letter from \(a) to the \(rank) Kelbury") == ["\(a) → Kelbury"], "\(rank)")
        }
        for (n, rank) in PeerageName.ranksNeverGivenNames.sorted().enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Cable, \(rank.capitalized) Harcourt to \(a)") == ["Harcourt → \(a)"], "\(rank)")
        }
        // `Earl`, `Duke`, `Baron` without an article are given names.
        #expect(Acts.of("Letter from Earl Hopkins to Li Wenbo") == ["Earl Hopkins → Li Wenbo"])
    }

    /// Lists of three peers and people; an editor's bracket names the peer's holder.
    @Test func peersInListsAndBrackets() {
        let (a, b, c) = Variants.trio(2)
        #expect(Acts.of("Letter from \(a) to the Earl of Ashford, the Duke of Wellmore and Lord Kelbury")
                == ["\(a) → Ashford, Wellmore, Kelbury"])
        #expect(Acts.of("Record of Conversation between Lord Kelbury, the Countess of Ferrant and \(b)")
                == [Variants.sortedPair("Kelbury", "Ferrant", b)])
        #expect(Acts.of("Letter from \(c) to the Earl of Ashford [Henry Mowbray]") == ["\(c) → Henry Mowbray"])
    }

    /// An office that opens with `Lord` is an office; a peer's visit to a place is no act.
    @Test func officesAndVisitsAreNoPeers() {
        #expect(Acts.of("Letter from the Lord Privy Seal to Li Wenbo") == ["Lord Privy Seal → Li Wenbo"])
        #expect(Acts.of("Letter from the Lord Chamberlain to Li Wenbo") == ["Lord Chamberlain → Li Wenbo"])
        #expect(Acts.of("Letter from the First Lord of the Admiralty to Li Wenbo") == ["First Lord of the Admiralty → Li Wenbo"])
        #expect(Acts.of("The Duke of Wellmore's Visit to Paris") == [])
        #expect(Acts.of("Memorandum by the Duke of Wellmore") == [])
    }

    // MARK: Dash pairs

    /// Every dash a catalogue prints between sender and recipient, under several document types, with names that
    /// hold hyphens of their own.
    @Test func dashJoinsSenderAndRecipient() {
        let dashes = ["–", "—", " – ", " — ", " - "]
        let types = ["Telegram", "Cable", "Letter", "Ciphered Telegram", "Telegram,"]
        var n = 0
        for dash in dashes {
            for type in types {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("\(type) \(a)\(dash)\(b)") == ["\(a) → \(b)"], "\(type) \(dash)")
                n += 1
            }
        }
        #expect(Acts.of("Cable Park Min-ho - Jean-Luc Marchand") == ["Park Min-ho → Jean-Luc Marchand"])
        #expect(Acts.of("Cable Hans Becker and Yuki Tanaka – Olga Smirnova") == ["Hans Becker, Yuki Tanaka → Olga Smirnova"])
        #expect(Acts.of("Telegram, Li Wenbo – Diego Alvarez, on the Trade Agreement") == ["Li Wenbo → Diego Alvarez"])
        #expect(Acts.of("TELEGRAM SERGEI VOLKOV – LI WENBO") == ["Sergei Volkov → Li Wenbo"])
    }

    /// A dash between subject words, a chain of three, or a compound adjective is no pair.
    @Test func dashesThatJoinNoCorrespondents() {
        #expect(Acts.of("Report on the Sino–Soviet Talks - Summary") == [])
        #expect(Acts.of("Telegram Hans Becker–Li Wenbo–Yuki Tanaka") == [])
        #expect(Acts.of("Report on Soviet–Chinese Relations") == [])
        #expect(Acts.of("Letter Park Min-ho to Jean-Luc Marchand") == ["Park Min-ho → Jean-Luc Marchand"])
    }

    // MARK: Prepositions that list the sides of a talk

    /// `NOUN between|among|amongst|involving A, B and C`: every meeting noun, lists of two and three.
    @Test func everySidesPrepositionListsTheTalk() {
        var n = 0
        for prep in ConversationGrammar.sidesPrepositions {
            for noun in Variants.meetingNouns {
                let (a, b, c) = Variants.trio(n)
                let cased = Variants.cased(noun, n)
                #expect(Acts.of("\(cased.prefix(1).uppercased() + cased.dropFirst()) \(prep) \(a), \(b) and \(c)")
                        == [Variants.sortedPair(a, b, c)], "\(prep) \(noun)")
                #expect(Acts.of("Memorandum of Conversation \(prep) \(a) and \(b)") == [Variants.sortedPair(a, b)], "\(prep)")
                n += 1
            }
        }
        #expect(Acts.of("Report on Divisions among the Allies") == [])
        #expect(Acts.of("Talks among Officials") == [])
    }

    // MARK: Journals named after the record

    /// `RECORD from the Diary|Journal|Notebook of A with B`: the journal's author met B.
    @Test func journalAfterTheRecordNamesOneSide() {
        let journals = ["Diary", "Journal", "Notebook", "Diary Entry"]
        let records = ["Record of Conversation", "Memorandum of Conversation", "Record of a Conversation", "Notes of the Talk",
                       "Record of the Meeting"]
        var n = 0
        for journal in journals {
            for record in records {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("\(record) from the \(journal) of \(a) with \(b)") == [Variants.sortedPair(a, b)], "\(journal) \(record)")
                #expect(Acts.of("\(record) from the \(journal) of Ambassador \(a) with \(b), 5 May 1956") == [Variants.sortedPair(a, b)], "\(journal) \(record)")
                n += 1
            }
        }
        #expect(Acts.of("Record of Conversation from the Diary of Hans Becker") == [])
        #expect(Acts.of("Excerpt from the Diary of Hans Becker with Comments") == [])
    }

    // MARK: Couples and records of a talk by their author

    /// `FORM and FORM NAME` (`Mr and Mrs X`, `Dr. and Mrs. X`): the name is the husband's, and the wife, marked by
    /// her form of address, is a person of her own; at either end.
    @Test func couplesNamedByOneName() {
        let husbands = ["Mr", "Mr.", "Dr.", "Professor"]
        let wives = ["Mrs", "Mrs.", "Madame"]
        var n = 0
        for husband in husbands {
            for wife in wives {
                let (a, b, _) = Variants.trio(n)
                #expect(Acts.of("Letter from \(husband) and \(wife) \(a) to \(b)") == ["\(a), \(wife) \(a) → \(b)"], "\(husband) \(wife)")
                #expect(Acts.of("Letter from \(b) to \(husband) and \(wife) \(a)") == ["\(b) → \(a), \(wife) \(a)"], "\(husband) \(wife)")
                n += 1
            }
        }
        // A form of address before a full name joined by `and` is no couple.
        #expect(Acts.of("Letter from Hans Becker and Mrs. Li Wenbo to Yuki Tanaka") == ["Hans Becker, Mrs. Li Wenbo → Yuki Tanaka"])
    }

    /// `RECORD of A on|about|concerning|regarding [the] TALK with B`: every record noun, every meeting noun.
    @Test func recordOfItsAuthorOnATalk() {
        var n = 0
        for record in ["Reminiscences", "Recollections", "Memoirs", "Account", "Notes", "Summary", "Record"] {
            for noun in Variants.meetingNouns {
                let (a, b, _) = Variants.trio(n)
                let prep = [" on the ", " about the ", " concerning his ", " regarding the "][n % 4]
                #expect(Acts.of("\(record) of \(a)\(prep)\(Variants.cased(noun, n)) with \(b)") == [Variants.sortedPair(a, b)], "\(record) \(noun)")
                n += 1
            }
        }
        #expect(Acts.of("Summary of Hans Becker on the Harvest with Li Wenbo") == [])
        #expect(Acts.of("Report of the Embassy on the Meeting with Li Wenbo") == [])
    }

    // MARK: Quoted slogans

    /// A quoted span holding an abstract noun (`-ism`, `-tion`, `-ment`, `-ness`, `-ity`, long `-ence`/`-ance`,
    /// `-ship`) is a slogan or subject, never a correspondent; quoted names (also `Florence`, `Constance`) stay names.
    @Test func quotedSlogansAreNoSenders() {
        for slogan in ["Peaceful Coexistence", "Proletarian Internationalism", "Eternal Friendship", "Our Liberation",
                       "National Independence", "Steadfast Commitment", "Brotherly Solidarity"] {
            for quote in ["\"", "'"] {
                #expect(Acts.of("Letter, \(quote)\(slogan)\(quote) to Li Wenbo").allSatisfy { !$0.hasPrefix(slogan) }, "\(slogan)")
            }
        }
        #expect(Acts.of("Cable, \"Florence Ashby\" to Li Wenbo") == ["Florence Ashby → Li Wenbo"])
        #expect(Acts.of("Cable, \"Constance Moreau\" to Park Min-ho") == ["Constance Moreau → Park Min-ho"])
        #expect(Acts.of("Letter, \"Sergei Volkov\" to Li Wenbo") == ["Sergei Volkov → Li Wenbo"])
    }
}
