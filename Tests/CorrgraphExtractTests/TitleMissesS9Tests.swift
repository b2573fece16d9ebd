import Testing
@testable import CorrgraphExtract
import CorrgraphTestSupport

/// Title conventions the grammar misread before session 9 (docs/titles.md, "Long initials, lists, messages that
/// recount a talk"). Names are invented; expected acts are worked out by hand from the gold schema.
@Suite struct TitleMissesS9Tests {
    // MARK: 1. An end named by its initials, of any registry length

    /// Short titles of commands joined from syllables, nine letters and more (invented, of the registry's shape).
    static let longInitialEnds = ["COMUSFORK", "CINCXLANDFLT", "COMNAVTORT", "CINCWESTCOM", "DEPCOMSUPLANT", "COMTASKGRUX"]

    @Test func longInitialsAreAnEnd() {
        let short = TitleMissesS8Tests.initialEnds
        let k = Self.longInitialEnds.count
        for (n, a) in Self.longInitialEnds.enumerated() {
            let b = Self.longInitialEnds[(n + 1) % k]
            let s = short[n % short.count]
            for type in ["Cable", "Telegram", "Memo", "Message"] {
                #expect(Acts.of("\(type), \(a) to \(b)") == ["\(a) → \(b)"], "\(type) \(a)")
                #expect(Acts.of("\(type) from \(s) to \(a)") == ["\(s) → \(a)"], "\(type) \(a)")
            }
            #expect(Acts.of("Telegram from \(a) to \(s) [via \(b)]") == ["\(a) → \(s) via \(b)"], "\(a)")
            #expect(Acts.of("Cable, \(a), \(s) and \(b) to Li Wenbo") == ["\(a), \(s), \(b) → Li Wenbo"], "\(a)")
            #expect(Acts.of("Memo, Hans Becker to \(a), re: Saigon") == ["Hans Becker → \(a)"], "\(a)")
        }
    }

    /// Markings of a released copy, a wire's precedence and an editor's label, however long, are no ends; nor is a run of
    /// capitals longer than any short title.
    @Test func longMarkingsAreNoEnds() {
        for marking in ["UNCLASSIFIED", "DECLASSIFIED", "SANITIZED", "CONFIDENTIAL", "IMMEDIATE", "TRANSLATION", "ATTACHMENT",
                        "ENCLOSURE", "OPERATIONAL"] {
            #expect(Acts.of("Telegram from Diego Alvarez to Olga Smirnova, \(marking)") == ["Diego Alvarez → Olga Smirnova"], "\(marking)")
            #expect(NamePhrase.isEndByInitials(marking) == false, "\(marking)")
        }
        // In a title printed in capitals the caption is given a capital, and is still no name.
        for marking in ["NODIS", "EXDIS", "NIACT", "UNCLASSIFIED", "SANITIZED"] {
            #expect(Acts.of("TELEGRAM FROM DIEGO ALVAREZ TO OLGA SMIRNOVA, \(marking)") == ["Diego Alvarez → Olga Smirnova"], "\(marking)")
        }
        #expect(NamePhrase.isEndByInitials("ABCDEFGHIJKLMNOPQ") == false)
        #expect(NamePhrase.isEndByInitials("Comusmacv") == false)
        #expect(Acts.of("Report by COMUSFORK") == [])
    }

    // MARK: 2. A message head followed by the heading of a talk it recounts

    /// `DOC from INSTITUTION, [OFFICE] A's TALK with B` and `DOC, C to D, [OFFICE] A's TALK with B`: the message keeps its
    /// ends (the institution writes to no one stated), and A's talk with B is the record's conversation — every meeting
    /// noun, with and without an office, with ordinals, both apostrophes, and a head with an addressee.
    @Test func aMessageHeadThenATalksHeading() {
        let offices = ["Ambassador", "Counsellor", "First Secretary", "Chargé d'Affaires", ""]
        let embassies = ["Polish Embassy in Hanoi", "Hungarian Embassy in Beijing", "Bulgarian Legation in Cairo"]
        for (n, noun) in Variants.meetingNouns.enumerated() where !["exchange of views", "reception", "audience"].contains(noun) {
            let (a, b, c) = Variants.trio(n)
            let office = offices[n % offices.count]
            let holder = office.isEmpty ? a : "\(office) \(a)"
            let embassy = embassies[n % embassies.count]
            let talk = Variants.cased(noun, n)
            let sides = Variants.sortedPair(a, b)
            for doc in ["Cable", "Telegram", "Ciphergram", "Report"] {
                let acts = Acts.of("\(doc) from the \(embassy), \(holder)'s \(talk) with \(b)")
                #expect(acts.contains(sides), "\(doc) \(noun) \(office)")
                #expect(!acts.contains { $0.hasPrefix(b) || $0.contains("→ \(b)") }, "\(doc) \(noun) \(office)")
            }
            #expect(Acts.of("Cable, \(c) to the Foreign Ministry, \(holder)'s \(talk) with \(b)").contains("\(c) → Foreign Ministry"), "\(noun)")
            #expect(Acts.of("Cable, \(c) to the Foreign Ministry, \(holder)'s Second \(talk) with \(b)").contains(sides), "\(noun)")
        }
        #expect(Acts.of("Cable from the Polish Embassy in Hanoi, Ambassador Jan Nowak's Meeting with Li Wenbo")
            == ["Polish Embassy in Hanoi → ", "{Jan Nowak, Li Wenbo}"])
        #expect(Acts.of("Telegram from Hans Becker to Olga Smirnova, Minister Diego Alvarez's Talks with Park Min-ho")
            == ["Hans Becker → Olga Smirnova", "{Diego Alvarez, Park Min-ho}"])
        #expect(Acts.of("Telegram from Hans Becker to Olga Smirnova, Minister Carlos Reyes' Talks with Park Min-ho")
            == ["Hans Becker → Olga Smirnova", "{Carlos Reyes, Park Min-ho}"])
    }

    /// A possessive that heads a document or a visit to a place names no correspondent after the comma either; an office in
    /// apposition without a possessive still describes the name before it.
    @Test func aTalksHeadingNegatives() {
        #expect(Acts.of("Cable from the Polish Embassy in Hanoi, Ambassador Jan Nowak's Visit to Moscow") == ["Polish Embassy in Hanoi → "])
        #expect(Acts.of("Letter from Hans Becker to Li Wenbo, Chairman of the State Planning Committee") == ["Hans Becker → Li Wenbo"])
        #expect(MessageGrammar.headsAPossessedAct("Ambassador Jan Nowak's Meeting with Li Wenbo"))
        #expect(!MessageGrammar.headsAPossessedAct("Ambassador Jan Nowak"))
        #expect(!MessageGrammar.headsAPossessedAct("Li Wenbo's Letter"))
    }

    // MARK: 3. A list names each of its items

    static let institutions = ["the Polish Embassy in Hanoi", "the Bulgarian Foreign Ministry", "the Romanian Embassy",
                               "the Soviet Foreign Ministry", "the Mongolian People's Volunteers", "the Korean People's Army"]

    /// `A, the INSTITUTION and B` and `the INSTITUTION, A, and B`: the institution is a member of the series at either end,
    /// in every slot, with and without the serial comma.
    @Test func anInstitutionWithItsArticleInASeriesIsAMember() {
        for (n, institution) in Self.institutions.enumerated() {
            let (a, b, c) = Variants.trio(n)
            let name = String(institution.dropFirst(4))
            for comma in ["", ","] {
                #expect(Acts.of("Telegram from \(a), \(institution)\(comma) and \(b) to \(c)") == ["\(a), \(name), \(b) → \(c)"], "\(institution)\(comma)")
                #expect(Acts.of("Letter from \(c) to \(a), \(institution)\(comma) and \(b)") == ["\(c) → \(a), \(name), \(b)"], "\(institution)\(comma)")
                #expect(Acts.of("Letter from \(institution), \(a)\(comma) and \(b) to \(c)") == ["\(name), \(a), \(b) → \(c)"], "\(institution)\(comma)")
                #expect(Acts.of("Letter from \(c) to \(a), \(b)\(comma) and \(institution)") == ["\(c) → \(a), \(b), \(name)"], "\(institution)\(comma)")
            }
        }
    }

    /// An office set off by commas still describes the name before it; a bare affiliation and its city still do too.
    @Test func descriptionsInAListStayDescriptions() {
        for (n, office) in ["the Soviet Ambassador", "the Minister of Culture", "Chairman of the State Planning Committee"].enumerated() {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Letter from \(a), \(office), and \(b) to \(c)") == ["\(a), \(b) → \(c)"], "\(office)")
        }
        #expect(Acts.of("Letter No. 12 from Hans Becker, Canadian Embassy, Moscow, to Li Wenbo") == ["Hans Becker → Li Wenbo"])
        #expect(Acts.of("Telegram from Li Wenbo to Hans Becker, Soviet Aid and Trade") == ["Li Wenbo → Hans Becker"])
        #expect(Acts.of("Letter from Li Wenbo to Hans Becker, the People's Daily and Kim Young-sam").contains { $0.contains("Daily") } == false)
    }

    // MARK: 4. A body named by its subject keeps `on the`

    /// Every body head with subjects that name no report's topic, at both ends, with a relay and in capitals.
    @Test func aBodyKeepsOnTheInItsName() {
        let heads = ["Committee", "Commission", "Council", "Conference", "Board", "Working Group", "Subcommittee", "Panel"]
        let subjects = ["the Present Danger", "the Status of Women", "the Peaceful Uses of Outer Space", "the Rights of the Child",
                        "the Law of the Sea"]
        for (n, head) in heads.enumerated() {
            let (a, b, c) = Variants.trio(n)
            let body = "\(head) on \(subjects[n % subjects.count])"
            #expect(Acts.of("Letter from the \(body) to \(a)") == ["\(body) → \(a)"], "\(body)")
            #expect(Acts.of("Letter from \(a) to the \(body)") == ["\(a) → \(body)"], "\(body)")
            #expect(Acts.of("Telegram from the \(body) to \(a) [via \(b)]") == ["\(body) → \(a) via \(b)"], "\(body)")
            #expect(Acts.of("Letter from \(c) to \(a) and the \(body)") == ["\(c) → \(a), \(body)"], "\(body)")
        }
    }

    /// `on the` and a report's topic, a nationality's question, a subject noun, an act noun or a date open the subject.
    @Test func onTheTopicOpensTheSubject() {
        let subjects = ["the Situation in Tortan", "the Korean Question", "the Soviet Proposals", "the Results of the Harvest",
                        "the Visit of the Delegation", "the Problem of Refugees", "the Economic Aid", "the Talks in Geneva"]
        for (n, subject) in subjects.enumerated() {
            let (a, _, _) = Variants.trio(n)
            for head in ["Committee", "Commission", "Council"] {
                #expect(Acts.of("Letter from \(a) to the \(head) on \(subject)") == ["\(a) → \(head)"], "\(head) \(subject)")
            }
        }
        #expect(Acts.of("Letter from Li Wenbo to the Central Committee on the Present Situation") == ["Li Wenbo → Central Committee"])
        #expect(MessageGrammar.namesBodyAfterOn(["the", "Present", "Danger"]))
        #expect(!MessageGrammar.namesBodyAfterOn(["the", "Situation"]))
        #expect(!MessageGrammar.namesBodyAfterOn(["the", "harvest"]))
        #expect(!MessageGrammar.namesBodyAfterOn(["12", "May"]))
    }

    // MARK: 5. An office named by a serving post alone

    /// Every serving post alone with its article, and with a grade, in every side of a talk and at both ends.
    @Test func aServingPostAloneIsAnOffice() {
        for (n, post) in ["Assistant", "Special Assistant", "Consultant", "Aide", "Adviser", "Counsellor"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Conversation between \(a) and the \(post)") == [Variants.sortedPair(a, post)], "\(post)")
            #expect(Acts.of("Memorandum of Conversation between the \(post) and \(a)") == [Variants.sortedPair(a, post)], "\(post)")
            #expect(Acts.of("\(a)'s Meeting with the \(post)") == [Variants.sortedPair(a, post)], "\(post)")
            #expect(Acts.of("Letter from \(a) to the \(post)") == ["\(a) → \(post)"], "\(post)")
            #expect(Acts.of("Letter from \(a) to \(b) and the \(post)") == ["\(a) → \(b), \(post)"], "\(post)")
        }
        // The serving `to` still names whom the post serves.
        #expect(Acts.of("Memorandum by the Special Assistant to the President") == [])
    }

    // MARK: 6. Earl, Duke, Baron in a head styled by forms of address

    @Test func aRankThatIsAGivenNameInAStyledHead() {
        let titles = ["Penhallow", "Ashcombe", "Wellmore", "Kelbury", "Harrowgate"]
        let styles = ["Mr.", "Sir", "Lord", "Count", "Viscount", "Señor"]
        for (n, rank) in ["Earl", "Duke", "Baron"].enumerated() {
            for (k, style) in styles.enumerated() {
                let title = titles[(n + k) % titles.count]
                #expect(Acts.of("\(rank) \(title) to \(style) Oyelaran") == ["\(title) → Oyelaran"], "\(rank) \(style)")
                #expect(Acts.of("\(style) Oyelaran to \(rank) \(title).") == ["Oyelaran → \(title)"], "\(rank) \(style)")
                #expect(Acts.of("Despatch from \(style) Oyelaran to \(rank) \(title)") == ["Oyelaran → \(title)"], "\(rank) \(style)")
            }
            // Without a form of address elsewhere, or before two names, the rank is a given name.
            #expect(Acts.of("Letter from \(rank) Hopkins to Li Wenbo") == ["\(rank) Hopkins → Li Wenbo"], "\(rank)")
            #expect(Acts.of("\(rank) Hopkins to Li Wenbo") == ["\(rank) Hopkins → Li Wenbo"], "\(rank)")
        }
        #expect(PeerageName.readingRanksInStyledHead("Letter from Earl Hopkins to Li Wenbo") == "Letter from Earl Hopkins to Li Wenbo")
        #expect(PeerageName.readingRanksInStyledHead("Earl Penhallow to Sir H. Rumbleton") == "The Earl Penhallow to Sir H. Rumbleton")
    }

    // MARK: 7. A ruler's title before an Arabic name

    @Test func aRulersTitleBeforeAnArabicName() {
        let names = ["Faisal bin Rakan al-Hadhari", "Qasim ibn Said", "Nura bint Khalid", "Tariq al-Mansouri", "Zayed bin Hamad"]
        for (n, title) in ["Emir", "Amir", "Sultan"].enumerated() {
            for (k, name) in names.enumerated() {
                let (a, _, _) = Variants.trio(n + k)
                #expect(Acts.of("Letter from \(title) \(name) to \(a)") == ["\(name) → \(a)"], "\(title) \(name)")
                #expect(Acts.of("[\(a)'s] Audience with \(title) \(name)") == [Variants.sortedPair(a, name)], "\(title) \(name)")
            }
            // Before another name the word is a given name.
            #expect(Acts.of("Letter from \(title) Kovač to Li Wenbo") == ["\(title) Kovač → Li Wenbo"], "\(title)")
        }
    }

    // MARK: 8. A group of a nationality no listed person shares is a side

    @Test func aGroupOfItsOwnSideInABetweenList() {
        for (n, nationality) in Variants.nationalities.enumerated() {
            let (a, b, _) = Variants.trio(n)
            let group = "\(nationality) Party Delegation"
            #expect(Acts.of("Minutes of Conversation between \(a), \(b) and the \(group)") == ["{" + [a, b, group].sorted().joined(separator: ", ") + "}"], "\(nationality)")
            // A person printed with an office of that nationality is on its side: the group is dropped.
            #expect(Acts.of("Conversation between the \(nationality) Ambassador \(a), \(b) and the \(group)") == [Variants.sortedPair(a, b)], "\(nationality)")
        }
    }

    // MARK: 9. An enclosed recipient who is the outer recipient

    @Test func anEnclosedRecipientWhoIsTheOuterRecipient() {
        let named = [("Pavel Kiselev", "Kiselev"), ("Hans Becker", "Becker"), ("Diego Alvarez", "Alvarez"), ("Olga Smirnova", "Smirnova"),
                     ("Ahmed Haddad", "Haddad"), ("Park Min-ho", "Park")]
        for (n, (c, surname)) in named.enumerated() {
            let (a, b, _) = Variants.trio(n + 1)
            guard a != c, b != c else { continue }
            #expect(Acts.of("Cable, \(a) to Ostrov [\(c)], transmitting a Message from \(b) to \(surname)") == ["\(b) → \(c) via \(a)"], "\(c)")
        }
    }
}
