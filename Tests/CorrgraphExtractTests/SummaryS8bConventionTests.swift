import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Summary conventions of session 8b: a writer who recounts his own talk beside an institution, recounted talks,
/// double objects, further addressees and relays. Names are invented (several naming cultures); expected acts are
/// worked out by hand from GOLD-SCHEMA.md.
@Suite struct SummaryS8bConventionTests {
    /// Institution-to-ministry heads of every document kind an embassy sends: wires, a report, a note.
    static let heads: [(title: String, from: String, to: String)] = [
        ("Report, Hungarian Embassy in Ulaanbaatar to the Hungarian Foreign Ministry", "Hungarian Embassy in Ulaanbaatar", "Hungarian Foreign Ministry"),
        ("Note, Polish Embassy in Hanoi to the Polish Foreign Ministry", "Polish Embassy in Hanoi", "Polish Foreign Ministry"),
        ("Telegram from Pyongyang to Bucharest", "Romanian Embassy in Pyongyang", "Romanian Foreign Ministry"),
        ("Ciphergram from Havana to Warsaw", "Polish Embassy in Havana", "Polish Foreign Ministry"),
        ("Cable from Havana to Warsaw", "Polish Embassy in Havana", "Polish Foreign Ministry"),
    ]
    /// Ways a writer recounts his own talk with B.
    static let recountings = ["reports on his conversation with", "describes his talk with", "relates his conversation with",
                              "reports on a conversation he held with", "describes his meeting with"]

    // MARK: 1. A writer who recounts his own talk signs beside the institution

    /// "Ambassador X reports on his conversation with B" (schema: `Ambassador X reports …`), for a report or note
    /// as well as a wire: from [institution, X], and the talk {X, B}.
    @Test func writerRecountingHisTalkSignsBesideTheInstitution() {
        var n = 0
        for head in Self.heads {
            for recounting in Self.recountings {
                for office in ["", "Ambassador ", "Counsellor "] {
                    let (a, b, _) = Variants.trio(n)
                    let summary = "\(office)\(a) \(recounting) \(b) about the railway."
                    let acts = Acts.of(head.title, summary: summary).sorted()
                    #expect(acts == ["\(head.from), \(a) → \(head.to) (summary)", Variants.sortedPair(a, b)].sorted(), "\(head.title) || \(summary): \(acts)")
                    n += 1
                }
            }
        }
    }

    /// No writer: a report naming someone by full name alone with a writer's verb but no talk of his (a source, not
    /// certainly the writer; an office or bare surname is a writer, `SummaryS9ConventionTests`); a talk the subject had with the writer's interlocutor told to him; a planned or cancelled talk; a
    /// talk of two others he reports on.
    @Test func noWriterWithoutHisOwnTalk() {
        let head = Self.heads[0]
        var n = 0
        for summary in ["{A} reports on the railway.", "{B} told {A} that the railway would close.",
                        "{A} hopes to meet {B} next week.", "{A} reports that his meeting with {B} was cancelled.",
                        "{A} reports on a conversation between {B} and {C}."] {
            let (a, b, c) = Variants.trio(n)
            let text = summary.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
                .replacingOccurrences(of: "{C}", with: c)
            let acts = Acts.of(head.title, summary: text)
            #expect(acts.first == "\(head.from) → \(head.to)", "\(text): \(acts)")
            n += 1
        }
    }

    // MARK: 2. Recounted talks: a meal had with someone

    /// "A describes his dinner with B": every meal noun after a possessive or article is a talk of the writer's.
    @Test func mealWithSomeoneIsATalk() {
        var n = 0
        for meal in SummaryLexicon.mealsWith {
            for lead in ["describes his", "recounts her", "reports on a", "writes about his"] {
                let (a, b, c) = Variants.trio(n)
                let summary = "\(a) \(lead) \(meal)\(b), who spoke frankly about the purge."
                let acts = Acts.of("Letter, \(a) to \(c)", summary: summary).sorted()
                #expect(acts == ["\(a) → \(c)", Variants.sortedPair(a, b)].sorted(), "\(summary): \(acts)")
                n += 1
            }
        }
    }

    /// A meal hoped for, cancelled, denied, recalled or only invited to is no talk.
    @Test func mealNotHeldIsNoTalk() {
        var n = 0
        for pattern in ["{A} hopes for a dinner with {B}.", "{A}'s lunch with {B} was cancelled.",
                        "{A} invited {B} to dinner with the delegation.", "{A} did not have dinner with {B}.",
                        "{A} recalls his breakfast with {B} in 1950."] {
            let (a, b, c) = Variants.trio(n)
            let summary = pattern.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
            #expect(Acts.of("Letter, \(a) to \(c)", summary: summary) == ["\(a) → \(c)"], "\(summary)")
            n += 1
        }
    }

    // MARK: 3. A double object of paying

    /// "A paid B a visit", "A paid B a courtesy call": every visit and calling noun, modifiers, every tense of paying.
    @Test func paidSomeoneAVisitIsATalk() {
        var n = 0
        for verb in ["paid", "pays"] {
            for thing in ["a visit", "a courtesy visit", "a brief farewell visit", "a call", "a courtesy call", "a farewell call"] {
                let (a, b, c) = Variants.trio(n)
                let summary = "\(b) \(verb) \(a) \(thing) on 3 May."
                let acts = Acts.of("Telegram, \(a) to \(c)", summary: summary).sorted()
                #expect(acts == ["\(a) → \(c)", Variants.sortedPair(a, b)].sorted(), "\(summary): \(acts)")
                n += 1
            }
        }
    }

    /// A visit to be paid, or denied, is none.
    @Test func visitNotPaidIsNoTalk() {
        var n = 0
        for pattern in ["{B} will pay {A} a visit next week.", "{B} did not pay {A} a visit."] {
            let (a, b, c) = Variants.trio(n)
            let summary = pattern.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
            #expect(Acts.of("Telegram, \(a) to \(c)", summary: summary) == ["\(a) → \(c)"], "\(summary)")
            n += 1
        }
    }

    /// The rewrite itself: the person moves after the noun with the preposition of the noun's class.
    @Test func doubleObjectRewrite() {
        #expect(ClauseRewrites.rewritten("Kang Min-jun paid Dieter Krause a visit.") == "Kang Min-jun paid a visit to Dieter Krause.")
        #expect(ClauseRewrites.rewritten("Kang paid Krause a courtesy call on Monday.") == "Kang paid a courtesy call on Krause on Monday.")
        #expect(ClauseRewrites.rewritten("Kang paid the bill.") == "Kang paid the bill.")
        #expect(ClauseRewrites.rewritten("Kang paid Krause a compliment.") == "Kang paid Krause a compliment.")
    }

    // MARK: 4. The sender addresses the record to a list

    /// "A writes to B and to C", "A addresses the letter to B and C", "A sends copies of the letter to C and D": every
    /// verb of `addressingListVerbs` with its object, lists of two and three.
    @Test func senderAddressesTheRecordToAList() {
        var n = 0
        for phrase in ["writes to {B} and to {C}", "wrote to {B} and {C}", "writes to {B}, {C} and {D}",
                       "addresses the letter to {B} and {C}", "addressed it to {B} and to {C}", "sends this letter to {B} and {C}",
                       "sends copies of the letter to {C} and {D}", "sent a copy of it to {C}", "dispatches copies of the letter to {C}"] {
            let people = Variants.people
            let (a, b, c) = Variants.trio(n)
            let d = people.first { ![a, b, c].contains($0) }!
            let summary = "\(a) " + phrase.replacingOccurrences(of: "{B}", with: b).replacingOccurrences(of: "{C}", with: c)
                .replacingOccurrences(of: "{D}", with: d) + "."
            let expected = [b, c, d].filter { phrase.contains($0 == b ? "{B}" : $0 == c ? "{C}" : "{D}") || $0 == b }
            #expect(Acts.of("Letter, \(a) to \(b)", summary: summary) == ["\(a) → \(expected.joined(separator: ", ")) (summary)"], "\(summary)")
            n += 1
        }
    }

    /// Not the record's addressees: a letter written only to others, one planned or mentioned, another document sent.
    @Test func otherLettersAddNoAddressee() {
        var n = 0
        for phrase in ["hopes to write to {C} soon", "writes to {C} about the fisheries", "will send copies of the letter to {C}",
                       "mentions his earlier letter to {C}", "sent the report to {C}", "wants to address the letter to {B} and {C}"] {
            let (a, b, c) = Variants.trio(n)
            let summary = "\(a) " + phrase.replacingOccurrences(of: "{B}", with: b).replacingOccurrences(of: "{C}", with: c) + "."
            #expect(Acts.of("Letter, \(a) to \(b)", summary: summary) == ["\(a) → \(b)"], "\(summary)")
            n += 1
        }
    }

    // MARK: 2. Recounted talks: a list of names after "to" ends before "the"

    /// "A explained to B the Soviet position": the list ends at B, for every nationality after "the", lists of two.
    @Test func listAfterToEndsBeforeThe() {
        var n = 0
        for nationality in Variants.nationalities {
            let (a, b, c) = Variants.trio(n)
            let one = "\(a) explained to \(b) the \(nationality) position on the border."
            #expect(Acts.of("Telegram, \(a) to \(c)", summary: one).sorted() == ["\(a) → \(c)", Variants.sortedPair(a, b)].sorted(), "\(one)")
            let d = Variants.people.first { ![a, b, c].contains($0) }!
            let two = "\(a) explained to \(b) and \(d) the \(nationality) position on the border."
            #expect(Acts.of("Telegram, \(a) to \(c)", summary: two).sorted() == ["\(a) → \(c)", Variants.sortedPair(a, b, d)].sorted(), "\(two)")
            let planned = "\(a) will explain to \(b) the \(nationality) position on the border."
            #expect(Acts.of("Telegram, \(a) to \(c)", summary: planned) == ["\(a) → \(c)"], "\(planned)")
            n += 1
        }
    }

    // MARK: 2. Recounted talks: company between the subject and its verb

    /// "A, accompanied by C, called on B": the talk is A's with B, and C is present; every participle of company,
    /// meeting verbs, lists of two companions.
    @Test func companyBetweenSubjectAndVerb() {
        var n = 0
        for participle in ClauseRewrites.companyParticiples.sorted() {
            for verb in ["called on", "met", "visited", "met with", "received"] {
                let (a, b, c) = Variants.trio(n)
                let d = Variants.people.first { ![a, b, c].contains($0) }!
                let summary = "\(a), \(participle) by \(c), \(verb) \(b) on 3 May."
                #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [Variants.sortedPair(a, b, c)], "\(summary)")
                let two = "\(a), \(participle) by \(c) and \(d), \(verb) \(b)."
                #expect(Acts.of("Journal of Ambassador \(a)", summary: two) == [Variants.sortedPair(a, b, c, d)], "\(two)")
                n += 1
            }
        }
    }

    /// Company on a visit planned, or on an outing with no one met, states no talk.
    @Test func companyWithoutATalk() {
        var n = 0
        for tail in ["will call on {B}", "toured the factory", "hopes to meet {B}"] {
            let (a, b, c) = Variants.trio(n)
            let summary = "\(a), accompanied by \(c), " + tail.replacingOccurrences(of: "{B}", with: b) + "."
            #expect(Acts.of("Journal of Ambassador \(a)", summary: summary) == [], "\(summary)")
            n += 1
        }
    }

    /// The rewrite itself.
    @Test func companyRewrite() {
        #expect(ClauseRewrites.rewritten("Kang Min-jun, accompanied by Dieter Krause, called on Farid Nasser.")
                == "Kang Min-jun called on Farid Nasser.")
        #expect(ClauseRewrites.rewritten("Kang Min-jun, who was accompanied by Dieter Krause, called on Farid Nasser.")
                == "Kang Min-jun, who was accompanied by Dieter Krause, called on Farid Nasser.")
    }

    // MARK: 5. A two-step relay after a request

    /// "A asks D to pass the letter to C for delivery to B": A's message to B through D, then C; every onward marker.
    @Test func twoStepRelayAfterARequest() {
        var n = 0
        for marker in SummaryLexicon.onwardRecipientMarkers {
            for object in ["the letter", "it", "the message"] {
                let (a, d, c) = Variants.trio(n)
                let b = Variants.people.first { ![a, d, c].contains($0) }!
                let summary = "\(a) asks \(d) to pass \(object) to \(c) \(marker)\(b)."
                #expect(Acts.of("Cable, \(a) to \(d)", summary: summary) == ["\(a) → \(b) via \(d) > \(c) (summary)"], "\(summary)")
                n += 1
            }
        }
    }

    /// One step only, or a request refused: no second relay.
    @Test func noSecondStep() {
        let (a, d, c) = Variants.trio(1)
        let b = Variants.people.first { ![a, d, c].contains($0) }!
        #expect(Acts.of("Cable, \(a) to \(d)", summary: "\(a) asks \(d) to pass the letter to \(c).") == ["\(a) → \(c) via \(d) (summary)"])
        #expect(Acts.of("Cable, \(a) to \(d)", summary: "\(a) asks \(d) not to pass the letter to \(c) for delivery to \(b).")
                == ["\(a) → \(d)"])
    }
}
