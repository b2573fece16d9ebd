import CorrgraphTestSupport
import CorrgraphExtract
import Testing

/// Generated variants of the title conventions of issue 9: each template has slots for names (from
/// several naming cultures), every member of a word class (ordinals, act modifiers, meeting nouns,
/// document modifiers, enclosing verbs), capitalised and lower-case class words, brackets and lists of
/// three. Expected acts are worked out by hand from GOLD-SCHEMA.md for the template, not read back.
enum Variants {
    /// Invented names of several naming cultures (Russian, Chinese, Korean, German, Arabic, Spanish, Japanese).
    static let people = ["Sergei Volkov", "Li Wenbo", "Park Min-ho", "Hans Becker", "Ahmed Haddad", "Diego Alvarez",
                         "Yuki Tanaka", "Olga Smirnova"]

    /// Three distinct people for a case number: the slots A, B, C rotate through `people`.
    static func trio(_ n: Int) -> (a: String, b: String, c: String) {
        let k = people.count
        return (people[n % k], people[(n + 3) % k], people[(n + 5) % k])
    }

    /// A class word as a title may print it: capitalised, or lower case.
    static func cased(_ word: String, _ n: Int) -> String {
        n % 2 == 0 ? word.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") : word
    }

    static func sortedPair(_ names: String...) -> String { "{" + names.sorted().joined(separator: ", ") + "}" }

    static let ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                           "eleventh", "twelfth", "twentieth", "last", "final", "5th", "21st", "2nd", "3rd", "104th"]
    static let actModifiers = ["telephone", "private", "confidential", "secret", "urgent", "official", "informal",
                               "farewell", "courtesy", "brief", "friendly", "working"]
    static let meetingNouns = ["conversation", "talk", "talks", "meeting", "discussion", "discussions", "interview",
                               "consultation", "consultations", "luncheon", "lunch", "dinner", "breakfast", "banquet",
                               "audience", "reception", "exchange of views", "negotiations"]
    static let documentModifiers = ["Ciphered", "Coded", "Urgent", "Secret", "Top Secret", "Encrypted", "Immediate"]
    static let stackedTypes = ["Cable Telegram", "Telegram", "Cable", "Cable Message", "Telex"]
    static let enclosingVerbs = ["transmitting", "conveying", "relaying", "forwarding", "enclosing", "containing",
                                 "passing on", "which transmits", "which conveys", "that forwards", "which contains"]
    static let nationalities = ["Soviet", "Hungarian", "Polish", "Chinese", "East German", "Romanian"]
}

@Suite struct TitleVariantTests {
    // MARK: 1–3. Ordinals, modifiers and meeting nouns before the other side

    /// "A's ORDINAL NOUN with B": the possessor met the other side; every ordinal, every meeting noun.
    @Test func ordinalsBeforeTheActNoun() {
        var n = 0
        for ordinal in Variants.ordinals {
            for noun in Variants.meetingNouns {
                let (a, b, _) = Variants.trio(n)
                let title = "\(a)'s \(Variants.cased(ordinal, n)) \(Variants.cased(noun, n + 1)) with \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                n += 1
            }
        }
    }

    /// "A's MODIFIER NOUN with B", "Record of a MODIFIER NOUN between A and B", "MODIFIER NOUN of A with B".
    @Test func modifiersBeforeTheActNoun() {
        var n = 0
        for modifier in Variants.actModifiers {
            for noun in Variants.meetingNouns {
                let (a, b, c) = Variants.trio(n)
                let m = Variants.cased(modifier, n), w = Variants.cased(noun, n)
                #expect(Acts.of("\(a)'s \(m) \(w) with \(b)") == [Variants.sortedPair(a, b)], "\(m) \(w)")
                #expect(Acts.of("Record of a \(m) \(w) between \(a) and \(b)") == [Variants.sortedPair(a, b)], "\(m) \(w)")
                // A list of three on the far side.
                #expect(Acts.of("\(a)'s Third \(m) \(w) with \(b), \(c)") == [Variants.sortedPair(a, b, c)], "\(m) \(w)")
                n += 1
            }
        }
    }

    /// Every meeting noun after "between", with an ordinal and in a list of three.
    @Test func meetingNounsBetween() {
        for (n, noun) in Variants.meetingNouns.enumerated() {
            let (a, b, c) = Variants.trio(n)
            let w = Variants.cased(noun, n)
            #expect(Acts.of("Memorandum of the Fourth \(w) between \(a) and \(b)") == [Variants.sortedPair(a, b)], "\(w)")
            #expect(Acts.of("\(w) between \(a), \(b) and \(c)") == [Variants.sortedPair(a, b, c)], "\(w)")
        }
    }

    /// "A's [Farewell] Visit to B", "A's Courtesy Call on B": a visit to a person is their meeting; a visit
    /// to a place is not a conversation.
    @Test func visitsAndCalls() {
        for (n, phrase) in ["Visit to", "Farewell Visit to", "Courtesy Call on", "Second Visit to", "farewell visit to"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("\(a)'s \(phrase) \(b)") == [Variants.sortedPair(a, b)], "\(phrase)")
            #expect(Acts.of("\(a)'s \(phrase) Moscow").isEmpty, "\(phrase)")
            #expect(Acts.of("\(a)'s \(phrase) the Soviet Union").isEmpty, "\(phrase)")
            #expect(Acts.of("\(a)'s \(phrase) Three African Countries").isEmpty, "\(phrase)")
        }
    }

    /// The same visit with its visitor after `of` or `by`: "Farewell Visit of A to B", "Courtesy Call by A on B".
    @Test func visitsWithTheVisitorAfterOfOrBy() {
        var n = 0
        for noun in ["Visit", "Farewell Visit", "Courtesy Call", "Second Visit", "farewell visit", "Official Visit"] {
            for (owner, other) in [("of", "to"), ("by", "to"), ("of", "on"), ("by", "on")] {
                let (a, b, c) = Variants.trio(n)
                n += 1
                let title = Variants.cased(noun, n) + " \(owner) \(a) \(other) \(b)"
                #expect(Acts.of(title) == [Variants.sortedPair(a, b)], "\(title)")
                #expect(Acts.of("Record of the \(title)") == [Variants.sortedPair(a, b)], "\(title)")
                #expect(Acts.of("\(noun) \(owner) \(a) \(other) \(b) and \(c)") == [Variants.sortedPair(a, b, c)], "\(title)")
                #expect(Acts.of("\(noun) \(owner) \(a) \(other) Moscow").isEmpty, "\(title)")
                #expect(Acts.of("\(noun) \(owner) \(a) \(other) Havana").isEmpty, "\(title)")
                #expect(Acts.of("\(noun) \(owner) \(a) \(other) the Soviet Union").isEmpty, "\(title)")
                #expect(Acts.of("\(noun) \(owner) the Hungarian Delegation \(other) Beijing").isEmpty, "\(title)")
            }
        }
    }

    /// "A, OFFICE, to B": an office alone set off by commas after a named person is that person's office
    /// (an apposition), whatever words its domain holds; after "and" an office is a correspondent of its own.
    @Test func officeInAppositionToAName() {
        let offices = ["Soviet Ambassador", "Chairman of the State Planning Committee", "Minister of Foreign Trade",
                       "Head of the Planning Department", "Ambassador to Xlandia", "Director of the Institute of Oriental Studies",
                       "Deputy Minister of Culture and Education", "the First Secretary of the Embassy"]
        for (n, office) in offices.enumerated() {
            let (a, b, c) = Variants.trio(n)
            for lead in ["Letter from", "Cable,", "Telegram From", "Note from"] {
                #expect(Acts.of("\(lead) \(a), \(office), to \(b)") == ["\(a) → \(b)"], "\(lead) \(office)")
            }
            #expect(Acts.of("Letter from \(a), \(office), and \(c) to \(b)") == ["\(a), \(c) → \(b)"], "\(office)")
            #expect(Acts.of("Letter from \(b) to \(a), \(office), and \(c)") == ["\(b) → \(a), \(c)"], "\(office)")
            #expect(Acts.of("Letter to \(b) from \(a), \(office)") == ["\(a) → \(b)"], "\(office)")
            #expect(Acts.of("Letter from \(b) to \(a), \(office)") == ["\(b) → \(a)"], "\(office)")
        }
        // After "and" the office is a second correspondent.
        let (a, b, _) = Variants.trio(1)
        #expect(Acts.of("Letter From \(a) and the Minister of Trade to \(b)") == ["\(a), Minister of Trade → \(b)"])
        // A possessive act after the comma is the subject, not an office.
        #expect(Acts.of("Cable from \(a), Ambassador \(b)'s Meeting with the Minister").contains("\(a) → "))
    }

    /// "the Democratic Unity Party": a name-shaped word before a party's head word is part of the party's name,
    /// not a person's given name with "Party" for a surname (as "Winston Lord" is).
    @Test func aPartyNamedByNameShapedWordsIsAnInstitution() {
        var n = 0
        for adjective in ["Democratic", "Progressive", "Popular", "Revolutionary", "Socialist"] {
            for word in ["Unity", "Action", "Reform", "Renewal", "Justice"] {
                let (a, b, _) = Variants.trio(n)
                n += 1
                let party = "\(adjective) \(word) Party"
                let printed = party == "Socialist Unity Party" ? "SED" : party
                #expect(Acts.of("Letter from the \(party) to \(b)") == ["\(printed) → \(b)"], "\(party)")
                #expect(Acts.of("Letter from \(a) to the \(party)") == ["\(a) → \(printed)"], "\(party)")
            }
        }
        // A given name before a title word that ends the phrase is still a surname.
        #expect(Acts.of("Letter from Winston Lord to Li Wenbo") == ["Winston Lord → Li Wenbo"])
    }

    /// "Visit of the Hungarian Delegation to B": an act noun with its preposition is an act, never a sender.
    @Test func anActNounOpensNoCorrespondent() {
        for noun in ["Visit", "Farewell Visit", "Meeting", "Talks", "Reception", "Luncheon"] {
            for body in ["the Hungarian Delegation", "the Trade Mission of Xlandia", "the Workers' Council"] {
                let title = "\(noun) of \(body) to \(Variants.people[2])"
                #expect(Acts.of(title).allSatisfy { !$0.contains("→") }, "\(title)")
            }
        }
    }

    /// A meal or reception "given/hosted/held/offered by A for / in honour of B": host and guest.
    @Test func hostAndGuest() {
        var n = 0
        for noun in ["Dinner", "Luncheon", "Reception", "Banquet", "breakfast"] {
            for host in ["Given by", "Hosted by", "held by", "Offered by"] {
                for guest in ["for", "in Honor of", "in honour of"] {
                    let (a, b, _) = Variants.trio(n)
                    #expect(Acts.of("Record of the \(noun) \(host) \(a) \(guest) \(b)") == [Variants.sortedPair(a, b)],
                            "\(noun) \(host) \(guest)")
                    n += 1
                }
            }
        }
    }

    // MARK: 4. Relays

    @Test func relayForms() {
        for n in 0..<Variants.people.count {
            let (a, b, c) = Variants.trio(n)
            let expected = ["\(a) → \(b) via \(c)"]
            #expect(Acts.of("Cable, \(a) to \(b) through \(c)") == expected)
            #expect(Acts.of("Telegram, \(a) to \(b) [via \(c)]") == expected)
            #expect(Acts.of("Telegram, \(a) to \(b) (via \(c))") == expected)
            #expect(Acts.of("Letter from \(a) [via \(c)] to \(b)") == expected)
            #expect(Acts.of("Letter from \(a) to \(b), via \(c)") == expected)
        }
        // "through" a period or channels is no relay.
        #expect(Acts.of("Cable, Li Wenbo to Hans Becker through Official Channels") == ["Li Wenbo → Hans Becker"])
    }

    // MARK: 5. Stacked document types

    @Test func stackedDocumentTypes() {
        var n = 0
        for modifier in [""] + Variants.documentModifiers {
            for type in Variants.stackedTypes {
                let (a, b, _) = Variants.trio(n)
                let lead = modifier.isEmpty ? type : "\(modifier) \(type)"
                #expect(Acts.of("\(lead) no. 20475 from \(a) to \(b)") == ["\(a) → \(b)"], "\(lead)")
                #expect(Acts.of("\(lead) No. 123, \(a) to \(b)") == ["\(a) → \(b)"], "\(lead)")
                n += 1
            }
        }
    }

    // MARK: 6. Editorial brackets inside the construction

    @Test func bracketedFunctionWords() {
        for n in 0..<Variants.people.count {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Conversation [between] \(a) and \(b)") == [Variants.sortedPair(a, b)])
            #expect(Acts.of("Record of a Conversation [between] \(a), \(b) [and] \(c)") == [Variants.sortedPair(a, b, c)])
            #expect(Acts.of("Letter [from] \(a) [to] \(b)") == ["\(a) → \(b)"])
            #expect(Acts.of("Telegram from \(a) [to] \(b) [via \(c)]") == ["\(a) → \(b) via \(c)"])
        }
    }

    // MARK: 7. Enclosures: possessive and relative clause

    /// C to D carrying A's message to B (A ≠ C): one relayed message A → B via C > D.
    @Test func enclosedMessages() {
        for (n, verb) in Variants.enclosingVerbs.enumerated() {
            let (a, b, c) = Variants.trio(n)
            let d = Variants.people[(n + 6) % Variants.people.count]
            let relayed = ["\(a) → \(b) via \(c) > \(d)"]
            #expect(Acts.of("Telegram from \(c) to \(d), \(verb) \(a)'s Message to \(b)") == relayed, "\(verb)")
            #expect(Acts.of("Telegram from \(c) to \(d), \(verb) a Letter from \(a) to \(b)") == relayed, "\(verb)")
        }
    }

    /// "[a|the] TYPE of A [to B]" inside an enclosure: A wrote it.
    @Test func enclosedDocumentOfAuthor() {
        for (n, type) in ["Reply", "Letter", "Telegram", "Message", "Note"].enumerated() {
            let (a, b, c) = Variants.trio(n)
            let d = Variants.people[(n + 6) % Variants.people.count]
            #expect(Acts.of("Telegram, \(c) to \(d), conveying the \(type) of \(a) to \(b)") == ["\(a) → \(b) via \(c) > \(d)"], "\(type)")
            // No addressee of its own: it goes on to the outer addressee.
            #expect(Acts.of("Telegram, \(c) to \(d), which conveys a \(type) of \(a)") == ["\(a) → \(d) via \(c)"], "\(type)")
        }
        // An enclosed text with no author leaves the outer message alone.
        #expect(Acts.of("Telegram, Li Wenbo to Hans Becker, transmitting the Text of the Agreement") == ["Li Wenbo → Hans Becker"])
    }

    /// A decision or resolution "with [an] approved|attached MESSAGE [from] A to B" states that message.
    @Test func carriedMessages() {
        var n = 0
        for lead in ["CPSU Politburo Decision", "Resolution of the Council of Ministers", "Politburo decision"] {
            for mark in ["Approved", "approved", "Attached", "Enclosed"] {
                for type in ["Message", "Letter", "Telegram", "Cable"] {
                    let (a, b, _) = Variants.trio(n)
                    #expect(Acts.of("\(lead) with an \(mark) \(type) from \(a) to \(b)") == ["\(a) → \(b)"], "\(lead) \(mark) \(type)")
                    #expect(Acts.of("\(lead) with \(mark.lowercased()) \(type.lowercased()) \(a) to \(b)") == ["\(a) → \(b)"])
                    n += 1
                }
            }
        }
        // A draft is not yet sent; a decision on a message mentions it.
        #expect(Acts.of("Politburo Decision with a Draft Message from Li Wenbo to Hans Becker").isEmpty)
        #expect(Acts.of("Politburo Decision on the Message from Li Wenbo to Hans Becker").isEmpty)
    }

    /// "between A and B with C": a person after "with" joins; "with Reference to …" is a subject.
    @Test func betweenWith() {
        for (n, noun) in ["Conversation", "Talks", "Meeting", "Luncheon"].enumerated() {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("Memorandum of \(noun) between \(a) and \(b) with \(c)") == [Variants.sortedPair(a, b, c)])
            #expect(Acts.of("Memorandum of \(noun) between Vice Premier \(a) and \(b) with Premier \(c), 5 May 1960")
                    == [Variants.sortedPair(a, b, c)])
            #expect(Acts.of("\(noun) between \(a) and \(b) with Reference to the Treaty") == [Variants.sortedPair(a, b)])
        }
    }

    // MARK: 8. An author before the document type

    @Test func authorBeforeTheType() {
        for (n, nationality) in Variants.nationalities.enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("\(nationality) Report to \(b)") == ["\(nationality) → \(b)"])
            #expect(Acts.of("\(nationality) Embassy Report to \(a)") == ["\(nationality) Embassy → \(a)"])
            // A report to no one is not a message.
            #expect(Acts.of("\(nationality) Report on the Border Clashes").isEmpty)
        }
        #expect(Acts.of("Urgent Soviet Telegram to Li Wenbo") == ["Soviet → Li Wenbo"])
        // An embassy with its posting, before the type.
        for (n, city) in ["Beijing", "Hanoi", "Havana"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Soviet Embassy in \(city) Report to \(a)") == ["Soviet Embassy in \(city) → \(a)"])
        }
        #expect(Acts.of("Romanian Embassy in Pyongyang Telegram to Bucharest") == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"])
        // A modifier is no author.
        #expect(Acts.of("Joint Telegram to Li Wenbo") == [" → Li Wenbo"])
    }

    // MARK: 9. Institution names

    @Test func institutionsOfSeveralWords() {
        for n in 0..<4 {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Letter from the Korean Workers' Party Central Committee to \(a)") == ["KWP Central Committee → \(a)"])
            #expect(Acts.of("Letter from \(a) to the Korean Workers Party Presidium") == ["\(a) → KWP Central Committee Presidium"])
            #expect(Acts.of("Letter from the Council of Ministers to \(a)") == ["Council of Ministers → \(a)"])
        }
        #expect(Acts.of("Letter from Li Wenbo to the Joint Chiefs of Staff") == ["Li Wenbo → Joint Chiefs of Staff"])
    }

    // MARK: 10. A "to" that marks a posting

    @Test func postings() {
        for (n, country) in ["North Korea", "China", "the DPRK", "Cuba"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("Report from the Ambassador of Hungary to \(country), \(a), to \(b)") == ["\(a) → \(b)"], "\(country)")
            #expect(Acts.of("Telegram from Hungarian Ambassador to \(country) \(a) to \(b)") == ["\(a) → \(b)"], "\(country)")
        }
        for (n, city) in ["Pyongyang", "Beijing", "Hanoi"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("Report from the Romanian Embassy to \(city) to \(a)") == ["Romanian Embassy in \(city) → \(a)"])
            // Without a second "to", an embassy's posting leaves the telegram addressed to no one.
            #expect(Acts.of("Telegram from the Polish Embassy to \(city)") == ["Polish Embassy in \(city) → "])
        }
        // A city of the embassy's own country is its ministry, the addressee.
        #expect(Acts.of("Telegram from the Hungarian Embassy to Budapest") == ["Hungarian Embassy → Hungarian Foreign Ministry"])
    }

    // MARK: 11. Coordination inside one body

    @Test func officesOfOneBody() {
        let people = NamePhrase.parse("Head, Deputy Head, and Key Members of the Albanian Cultural Group")
        #expect(people.map(\.text) == ["Albanian Cultural Group"])
        #expect(NamePhrase.parse("the Chairman and Deputy Chairman of the Planning Commission").map(\.text) == ["Planning Commission"])
        // Offices of different bodies, or named people, are not one body.
        #expect(NamePhrase.parse("the President and the Secretary of State").count == 2)
    }

    /// "Members / Representatives / Delegates of BODY" on one side of a talk: the body; generic plurals
    /// ("Journalists", "Trade Unions", "Reporters") are unnamed groups, no participants.
    @Test func groupsOfOneBody() {
        var n = 0
        for group in ["Members", "Representatives", "Delegates", "Head, Deputy Head, and Key Members"] {
            for body in ["Albanian Youth League", "Cuban Women's Federation", "Laotian Cultural Group", "Hungarian Writers' Association"] {
                let (a, _, _) = Variants.trio(n)
                let expected = [Variants.sortedPair(a, body)]
                #expect(Acts.of("\(a)'s Audience with \(group) of the \(body)") == expected, "\(group) \(body)")
                #expect(Acts.of("\(a)'s Meeting with \(group) of the \(body), Journalists, and Trade Unions") == expected, "\(group) \(body)")
                n += 1
            }
        }
        #expect(Acts.of("Conversation between Li Wenbo and Reporters in Hanoi").isEmpty)
    }

    // MARK: 12. An unknown document word is no co-sender

    @Test func documentWords() {
        for (n, word) in ["Aerogram", "Airgram", "Lettergram", "Dispatch", "Despatch", "Telex", "Radiogram", "Phonogram"].enumerated() {
            let (a, b, _) = Variants.trio(n)
            #expect(Acts.of("\(word), \(a) to \(b)") == ["\(a) → \(b)"], "\(word)")
        }
        // Two co-senders remain two.
        #expect(Acts.of("Telegram, Li Wenbo, Hans Becker to Yuki Tanaka") == ["Li Wenbo, Hans Becker → Yuki Tanaka"])
    }

    // MARK: 13. "Message to B from A"

    @Test func recipientFirst() {
        for (n, type) in ["Message", "Telegram", "Letter", "Cable", "Memorandum", "Note"].enumerated() {
            let (a, b, c) = Variants.trio(n)
            #expect(Acts.of("\(type) to \(b) from \(a)") == ["\(a) → \(b)"], "\(type)")
            #expect(Acts.of("\(type) to \(b) and \(c) from \(a)") == ["\(a) → \(b), \(c)"], "\(type)")
        }
    }

    // MARK: Negatives

    @Test(arguments: [
        "Report on the Third Meeting of the Joint Commission",
        "Minutes of the Fifth Session of the Politburo",
        "Memorandum on the Secret Talks",
        "Soviet Report on Sino-Soviet Border Clashes",
        "Cable Telegram on the Situation in the Countryside",
        "Li Wenbo's Visit to Beijing",
        "Notes on the Farewell Visit to Pyongyang",
        "Information about the Korean Workers' Party Positions",
        "Resolution of the Council of Ministers on Trade",
        "Program of the Luncheon",
    ])
    func negatives(title: String) {
        #expect(Acts.of(title).isEmpty, "\(title)")
    }
}
