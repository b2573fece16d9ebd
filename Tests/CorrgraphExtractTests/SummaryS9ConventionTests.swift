import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Summary conventions of session 9. Names are invented (several naming cultures); expected acts are worked out by
/// hand from GOLD-SCHEMA.md.
@Suite struct SummaryS9ConventionTests {
    /// Institution-to-ministry heads of every document kind an embassy sends.
    static let heads = SummaryS8bConventionTests.heads
    /// Surnames a catalogue prints alone for an embassy's writer.
    static let surnames = ["Kovalenko", "Szabados", "Nowicki", "Dumitrescu", "Brandauer", "Okonkwo"]

    // MARK: 1. A named writer beside an institution (schema: `Lazar describes …`, `Ambassador X reports …`)

    /// A verb of reporting in writing with an office and name, or a bare surname, as the first clause's subject signs
    /// beside the institution in every kind of document, wire, report or note.
    @Test func reportingWriterSignsBesideTheInstitution() {
        var n = 0
        for head in Self.heads {
            for verb in SubjectClauses.reportingWriterVerbs.sorted() where verb != "informs" {
                let (a, _, _) = Variants.trio(n)
                let surname = Self.surnames[n % Self.surnames.count]
                for (subject, writer) in [("Ambassador \(a)", a), ("Counsellor \(a)", a), (surname, surname)] {
                    let summary = "\(subject) \(verb) on the state of the railway."
                    let acts = Acts.of(head.title, summary: summary)
                    #expect(acts == ["\(head.from), \(writer) → \(head.to) (summary)"], "\(head.title) || \(summary): \(acts)")
                }
                n += 1
            }
        }
    }

    /// Not a writer: a full name alone in a report (a source), a person quoted or reported on, the subject of a verb
    /// of opinion in a report, a foreign diplomat, someone who told the writer, and the record's own addressee.
    @Test func noWriterBesideTheInstitution() {
        var n = 0
        for head in Self.heads.prefix(2) {
            for pattern in ["{A} reports on the railway.", "{S} said that the railway would close.",
                            "The report describes the views of {S} on the railway.", "{S} believes that the railway will close.",
                            "Soviet Ambassador {A} reports on the railway.", "{B} told {S} that the railway would close.",
                            "{S}'s speech describes the railway."] {
                let (a, b, _) = Variants.trio(n)
                let s = Self.surnames[n % Self.surnames.count]
                let summary = pattern.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
                    .replacingOccurrences(of: "{S}", with: s)
                let acts = Acts.of(head.title, summary: summary)
                #expect(acts.first == "\(head.from) → \(head.to)", "\(head.title) || \(summary): \(acts)")
                n += 1
            }
        }
        for surname in Self.surnames {
            let title = "Report, Hungarian Embassy in Ulaanbaatar to Foreign Minister Imre \(surname)"
            let acts = Acts.of(title, summary: "\(surname) notes the state of the railway.")
            #expect(acts == ["Hungarian Embassy in Ulaanbaatar → Imre \(surname)"], "\(title): \(acts)")
        }
    }

    /// Fills the slots {A}, {B}, {C} and {S} (a surname) of a pattern.
    /// People whose family name stands last, for slots a summary prints by surname alone (`Acts.surname`).
    static let familyNameLast = ["Sergei Volkov", "Hans Becker", "Ahmed Haddad", "Diego Alvarez", "Yuki Tanaka", "Olga Smirnova"]

    /// Three distinct people: A (family name last) and B, C of every naming culture.
    static func trio(_ n: Int) -> (a: String, b: String, c: String) {
        let a = familyNameLast[n % familyNameLast.count]
        let others = Variants.people.filter { $0 != a }
        return (a, others[(n + 2) % others.count], others[(n + 4) % others.count])
    }

    static func filled(_ pattern: String, _ n: Int) -> (text: String, a: String, b: String, c: String, s: String) {
        let (a, b, c) = Self.trio(n)
        let s = surnames[n % surnames.count]
        let text = pattern.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
            .replacingOccurrences(of: "{C}", with: c).replacingOccurrences(of: "{S}", with: s)
        return (text, a, b, c, s)
    }

    // MARK: 2. Giving someone the message, in a request, is handing it on

    /// `asks D to give/hand/pass B the following message`: every verb, definite determiner and message noun, one or
    /// two people: the sender's message to them through D.
    @Test func givingTheMessageInARequestIsARelay() {
        var n = 0
        for verb in ClauseRewrites.handingDoubleObjectVerbs.sorted() {
            for determiner in ["the", "this", "his"] {
                for noun in ["message", "letter", "note", "reply"] {
                    let (a, b, c) = Self.trio(n)
                    let d = Self.familyNameLast.first { ![a, b, c].contains($0) } ?? "Ivan Orlov"
                    let finals = n % 3 == 0 ? [b, c] : [b]
                    let summary = "\(Acts.surname(a)) asks \(Acts.surname(d)) to \(verb) \(finals.joined(separator: " and ")) \(determiner) following \(noun)."
                    let acts = Acts.of("Cable, \(a) to \(d)", summary: summary)
                    #expect(acts == ["\(a) → \(finals.joined(separator: ", ")) via \(d) (summary)"], "\(summary): \(acts)")
                    n += 1
                }
            }
        }
    }

    /// No relay: asked not to give it, given a message of one's own (`a message`), or the past `handed B the note`
    /// (telling B face to face, not handing on the record).
    @Test func givingSomethingElseIsNoRelay() {
        var n = 0
        for pattern in ["{S} asks {D} not to give {B} the following message.", "{S} asks {D} to give {B} a message of support.",
                        "{S} handed {B} the note.", "{S} asks {D} to give {B} the chance to reply."] {
            let (a, b, _) = Self.trio(n)
            let d = Self.familyNameLast.first { ![a, b].contains($0) } ?? "Ivan Orlov"
            let summary = pattern.replacingOccurrences(of: "{S}", with: Acts.surname(a)).replacingOccurrences(of: "{D}", with: Acts.surname(d))
                .replacingOccurrences(of: "{B}", with: b)
            let acts = Acts.of("Cable, \(a) to \(d)", summary: summary)
            #expect(acts.first == "\(a) → \(d)", "\(summary): \(acts)")
            n += 1
        }
    }

    // MARK: 3. The press: news agencies, and a press item's report on a talk

    /// A news agency is the press: `a TASS report on the talks between B and C` is the item's topic, and `Xinhua
    /// reported that B met C` hearsay; neither is a talk of the record.
    @Test func newsAgencyItemsStateNoTalk() {
        var n = 0
        for agency in ["TASS", "Xinhua", "Reuters", "KCNA", "Tanjug", "AFP"] {
            for pattern in ["{S} forwards a \(agency) report on the talks between {B} and {C}.", "\(agency) reported that {B} met {C}."] {
                let f = Self.filled(pattern, n)
                let acts = Acts.of("Telegram, \(f.a) to Pyotr Lisitsyn", summary: f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a)))
                #expect(acts == ["\(f.a) → Pyotr Lisitsyn"], "\(f.text): \(acts)")
                n += 1
            }
        }
    }

    // MARK: 4. Company, and a side phrase before `by`

    /// `escorted by C` is company like `accompanied by C`; `attended on the X side by C` lists people present. Planned
    /// company (`will be escorted by`) adds no one.
    @Test func escortAndSidePhraseArePresence() {
        var n = 0
        for pattern in ["{A} was escorted by {C}.", "The conversation was attended on the {N} side by {C}.",
                        "The talks were attended on both sides by {C}.", "The meeting was also attended on the {N} side by {C}."] {
            let f = Self.filled(pattern, n)
            let text = f.text.replacingOccurrences(of: "{N}", with: Variants.nationalities[n % Variants.nationalities.count])
            let acts = Acts.of("Memorandum of Conversation between \(f.a) and \(f.b)", summary: text)
            #expect(acts == [Acts.talk([f.a, f.b, f.c])], "\(text): \(acts)")
            n += 1
        }
        let f = Self.filled("{A} will be escorted by {C}.", 1)
        #expect(Acts.of("Memorandum of Conversation between \(f.a) and \(f.b)", summary: f.text) == [Acts.talk([f.a, f.b])])
    }

    // MARK: 5. The writer as the pronoun object of a talk he reports

    /// `Ambassador X reports that B received him`: every reporting verb and talk or telling verb: the writer signs and
    /// the talk is {X, B}.
    @Test func writerAsPronounObjectIsHisTalk() {
        var n = 0
        for head in Self.heads.suffix(3) {
            for reporting in ["reports", "writes", "notes", "reported", "wrote"] {
                for talk in ["received him", "met him", "visited him", "told him", "warned him", "briefed him"] {
                    let (a, b, _) = Variants.trio(n)
                    let summary = "Ambassador \(a) \(reporting) that \(b) \(talk) and explained the position of his government."
                    let acts = Acts.of(head.title, summary: summary).sorted()
                    #expect(acts == ["\(head.from), \(a) → \(head.to) (summary)", Acts.talk([a, b])].sorted(), "\(summary): \(acts)")
                    n += 1
                }
            }
        }
    }

    /// No talk of the writer: another person met (`that B met C`), a recollection, a talk still to come, one before
    /// (`had received him`).
    @Test func writerAsPronounObjectNegatives() {
        var n = 0
        for pattern in ["Ambassador {A} reports that {B} met {C} and explained the position.", "Ambassador {A} recalls that {B} received him.",
                        "Ambassador {A} reports that {B} will receive him.", "Ambassador {A} reports that {B} had received him years before."] {
            let f = Self.filled(pattern, n)
            let acts = Acts.of("Telegram from Pyongyang to Bucharest", summary: f.text)
            #expect(!acts.contains(Acts.talk([f.a, f.b])) && !acts.contains(Acts.talk([f.b, f.c])), "\(f.text): \(acts)")
            n += 1
        }
    }

    // MARK: 6. Someone else telling the writer to do something

    /// `B advised X to wait` in X's report or telegram: a talk of B with the writer, in every past verb of telling.
    @Test func someoneTellingTheWriterToActIsATalk() {
        var n = 0
        for verb in ["advised", "told", "warned", "urged", "reminded"] where SummaryLexicon.pastTellingVerbs.contains(verb) {
            for title in ["Report, {A} to the Central Committee", "Telegram, {A} to {C}"] {
                let f = Self.filled(title, n)
                let summary = "\(f.b) \(verb) \(Acts.surname(f.a)) to wait for the congress."
                let acts = Acts.of(f.text, summary: summary)
                #expect(acts.contains(Acts.talk([f.a, f.b])), "\(f.text) || \(summary): \(acts)")
                n += 1
            }
        }
        // The record's own sender telling someone to act is the record (an instruction), no talk.
        let f = Self.filled("", 2)
        let acts = Acts.of("Telegram, \(f.a) to \(f.c)", summary: "\(Acts.surname(f.a)) told \(f.c) to wait for the congress.")
        #expect(acts == ["\(f.a) → \(f.c)"], "\(acts)")
    }

    // MARK: 7. A visit to the writer's own mission

    /// `During B's visit to the embassy` in a diarist's journal or an embassy's telegram: a talk of B with the writer.
    /// A visit to another country's embassy or to a city names no one.
    @Test func visitToTheOwnMissionIsATalkWithTheWriter() {
        var n = 0
        for mission in ["the embassy", "our embassy", "the legation"] {
            let f = Self.filled("During {B}'s visit to \(mission), the two discussed the railway.", n)
            #expect(Acts.of("Journal of Ambassador \(f.a)", summary: f.text) == [Acts.talk([f.a, f.b])], "\(f.text)")
            n += 1
        }
        let f = Self.filled("During {B}'s visit to the embassy, the railway was discussed.", 4)
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: f.text).contains(Acts.talk(["Romanian Embassy in Pyongyang", f.b])))
        for other in ["the Soviet embassy", "Moscow"] {
            let g = Self.filled("During {B}'s visit to \(other), the two discussed the railway.", 5)
            #expect(Acts.of("Journal of Ambassador \(g.a)", summary: g.text) == [], "\(g.text)")
        }
    }

    // MARK: 8. Talks intended, and talks after a possessive

    /// A talk after an infinitive of intent is still to come: `hopes / plans / wants / intends / expects / wishes to pay a
    /// visit to B`, `to hold talks with B`, `to have a meeting with B`; the same talk held is one.
    @Test func talkAfterAnInfinitiveOfIntentIsPlanned() {
        var n = 0
        for intent in ["hopes", "plans", "wants", "intends", "expects", "wishes"] {
            for talk in ["pay a visit to {B}", "hold talks with {B}", "have a meeting with {B}"] {
                let f = Self.filled("{S} \(intent) to \(talk).", n)
                let title = "Telegram, \(f.a) to Pyotr Lisitsyn"
                let acts = Acts.of(title, summary: f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a)))
                #expect(acts == ["\(f.a) → Pyotr Lisitsyn"], "\(f.text): \(acts)")
                n += 1
            }
        }
        let f = Self.filled("{S} paid a visit to {B}.", 3)
        let acts = Acts.of("Telegram, \(f.a) to Pyotr Lisitsyn", summary: f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a)))
        #expect(acts.contains(Acts.talk([f.a, f.b])), "\(acts)")
    }

    /// After a name's possessive a talk noun is a noun: `X's talks with B were cancelled / postponed` is none, `X's talks
    /// with B ended without result` and `describes X's talk with B` are talks; an office after the possessive goes on to
    /// its holder in apposition (`China's Deputy Foreign Minister, B`).
    @Test func talkNounAfterAPossessive() {
        var n = 0
        for predicate in ["were cancelled", "were postponed", "have been arranged for Friday"] {
            let f = Self.filled("{S}'s talks with {B} \(predicate).", n)
            let summary = f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a))
            #expect(Acts.of("Report, \(f.a) to the Politburo", summary: summary) == ["\(f.a) → Politburo"], "\(summary)")
            n += 1
        }
        for pattern in ["{S}'s talks with {B} ended without result.", "The telegram describes {S}'s talk with {B}.",
                        "The telegram focuses on {S}'s talks with China's Deputy Foreign Minister, {B}."] {
            let f = Self.filled(pattern, n)
            let summary = f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a))
            let acts = Acts.of("Telegram, \(f.a) to Pyotr Lisitsyn", summary: summary)
            #expect(acts.contains(Acts.talk([f.a, f.b])), "\(summary): \(acts)")
            n += 1
        }
    }

    // MARK: 9. Blind-probe conventions (s9)

    /// A semicolon ends a clause: `A and B discussed …; B promised to raise it with C` keeps C out of the talk, in every
    /// verb of a later clause.
    @Test func semicolonEndsTheClause() {
        var n = 0
        for later in ["promised to raise the matter with", "will take it up with", "hopes to discuss it with"] {
            let f = Self.filled("{S} and {X} discussed the exchange of students; {X} \(later) {C}.", n)
            let x = Acts.surname(f.b == f.a ? f.c : f.b)
            let text = f.text.replacingOccurrences(of: "{X}", with: x).replacingOccurrences(of: f.s, with: Acts.surname(f.a))
            let acts = Acts.of("Note on the Conversation of \(f.a) with \(f.b)", summary: text)
            #expect(acts == [Acts.talk([f.a, f.b])], "\(text): \(acts)")
            n += 1
        }
    }

    /// A talk that is its sentence's subject, with a predicate saying it did not happen, is none past appositions:
    /// `A meeting between B and the head of …, C, planned for 4 May, was cancelled`; held, it is a talk.
    @Test func talkSubjectWithUnheldPredicateIsNone() {
        var n = 0
        for predicate in ["was cancelled at short notice", "was postponed", "did not take place", "has been arranged for Friday"] {
            let f = Self.filled("A meeting between {B} and the head of the trade delegation, {C}, planned for 4 May, \(predicate).", n)
            let acts = Acts.of(Self.heads[0].title, summary: f.text)
            #expect(acts == ["\(Self.heads[0].from) → \(Self.heads[0].to)"], "\(f.text): \(acts)")
            n += 1
        }
        let f = Self.filled("A meeting between {B} and the head of the trade delegation, {C}, took place on 4 May.", n)
        #expect(Acts.of(Self.heads[0].title, summary: f.text).contains(Acts.talk([f.b, f.c])), "\(f.text)")
    }

    /// `sets out / lays out the conversation between B and C` recounts it, as `describes` does.
    @Test func settingOutRecountsATalk() {
        var n = 0
        for verb in ["sets out", "set out", "lays out", "spells out"] {
            let f = Self.filled("The report \(verb) the conversation between Soviet Ambassador {B} and Vice Premier {C} on the withdrawal.", n)
            let acts = Acts.of(Self.heads[0].title, summary: f.text)
            #expect(acts.contains(Acts.talk([f.b, f.c])), "\(f.text): \(acts)")
            n += 1
        }
    }

    /// A recollection is no talk however an adverbial stands between: `recalls in passing his meeting with B`.
    @Test func recollectionWithAdverbialIsNoTalk() {
        var n = 0
        for verb in ["recalls", "recalled", "remembers"] {
            for adverbial in ["in passing", "briefly", "with regret"] {
                let f = Self.filled("{S} \(verb) \(adverbial) his meeting with {B} in Cairo.", n)
                let text = f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a))
                let acts = Acts.of("Letter from \(f.a) to \(f.c)", summary: text)
                #expect(acts == ["\(f.a) → \(f.c)"], "\(text): \(acts)")
                n += 1
            }
        }
    }

    /// A newspaper named as a source is no writer of an embassy's cable: `Nhan Dan / Pravda / Rodong Sinmun reports that …`.
    @Test func newspaperIsNoWriter() {
        for paper in ["Nhan Dan", "Pravda", "Rodong Sinmun", "Trybuna Ludu", "Scinteia"] {
            let text = "\(paper) reports that the harvest has failed."
            let acts = Acts.of("Cable from Havana to Warsaw", summary: text)
            #expect(acts == ["Polish Embassy in Havana → Polish Foreign Ministry"], "\(text): \(acts)")
        }
    }

    /// `The same letter was (also) addressed / sent to C and D` names further addressees; `A similar letter was sent to C`
    /// is another letter. `Cde. C` reads as `Comrade C`.
    @Test func sameLetterAndAbbreviatedAddress() {
        var n = 0
        for pattern in ["The same letter was addressed to Comrades {B} and {C}.", "The same letter was sent to {B} and {C}.",
                        "The letter was also addressed to Cde. {B} and Cde. {C}.", "The same letter was also sent to Cdes. {B} and {C}."] {
            let f = Self.filled(pattern, n)
            let acts = Acts.of("Letter from \(f.a) to Ivan Orlov", summary: f.text)
            #expect(acts == ["\(f.a) → Ivan Orlov, \(f.b), \(f.c) (summary)"], "\(f.text): \(acts)")
            n += 1
        }
        let f = Self.filled("A similar letter was sent to {B}.", n)
        #expect(Acts.of("Letter from \(f.a) to Ivan Orlov", summary: f.text) == ["\(f.a) → Ivan Orlov"])
    }

    /// `Also taking part in the talk were C and D` lists people present, as `Also participating were` does.
    @Test func takingPartListsPeoplePresent() {
        var n = 0
        for opener in ["Also taking part in the talk were", "Taking part in the conversation were", "Also taking part were"] {
            let f = Self.filled("\(opener) Deputy Premier {C} and Counsellor Ivan Orlov.", n)
            let acts = Acts.of("Memorandum of Conversation between Ambassador \(f.a) and Premier \(f.b)", summary: f.text)
            #expect(acts == [Acts.talk([f.a, f.b, f.c, "Ivan Orlov"])], "\(f.text): \(acts)")
            n += 1
        }
    }

    /// A title naming only its addressee takes as sender the person whose verb of addressing opens the summary with
    /// that addressee as object (`instructs the embassy`); someone addressing another body sends nothing.
    @Test func senderOfATitleNamingOnlyItsAddressee() {
        var n = 0
        for verb in ["instructs", "informs", "tells", "asks", "orders", "urges"] {
            let f = Self.filled("Foreign Minister {A} \(verb) the embassy to postpone the exhibition.", n)
            let acts = Acts.of("Cable to the Chinese Embassy in Moscow", summary: f.text)
            #expect(acts == ["\(f.a) → Chinese Embassy in Moscow (summary)"], "\(f.text): \(acts)")
            n += 1
        }
        let f = Self.filled("Foreign Minister {A} instructs the ministry to postpone the exhibition.", n)
        #expect(Acts.of("Cable to the Chinese Embassy in Moscow", summary: f.text) == [" → Chinese Embassy in Moscow"])
    }

    /// The carried message's own address: `A's message, addressed to C, asks …` (and `intended for`, `meant for`, `to`)
    /// in a record transmitting A's message makes C the final recipient and the title's addressee a go-between; a
    /// message noun not addressed (`A's message asks for …`) changes nothing.
    @Test func carriedMessageNamesItsAddressee() {
        var n = 0
        for marker in ["addressed to", "intended for", "meant for", "to"] {
            for noun in ["message", "letter", "personal message"] {
                let f = Self.filled("", n)
                let (a, b, c) = (f.b, f.c, f.a)
                let d = Self.familyNameLast.first { ![a, b, c].contains($0) } ?? "Ivan Orlov"
                let summary = "\(a)'s \(noun), \(marker) Cde. \(b), asks for additional geologists."
                let acts = Acts.of("Cable, \(c) to \(d), transmitting a message from \(a)", summary: summary)
                #expect(acts == ["\(a) → \(b) via \(c) > \(d) (summary)"], "\(summary): \(acts)")
                n += 1
            }
        }
        let acts = Acts.of("Cable, Hans Becker to Olga Smirnova, transmitting a message from Li Wenbo", summary: "Li Wenbo's message asks for geologists.")
        #expect(acts == ["Li Wenbo → Olga Smirnova via Hans Becker"], "\(acts)")
    }

    /// A forwarded message addressed to the title's addressee by a fuller name (`… from A to Cde. Olga Smirnova` for the
    /// title's `Smirnova`) takes the summary's fuller name.
    @Test func fullerNameOfTheTitlesAddressee() {
        for (n, full) in Self.familyNameLast.enumerated() {
            let (a, b, _) = Self.trio(n + 1)
            let sender = a == full ? b : a
            let author = Variants.people.first { ![sender, full].contains($0) } ?? "Ivan Orlov"
            let summary = "\(Acts.surname(sender)) forwards a letter from \(author) to Cde. \(full) about the training of pilots."
            let acts = Acts.of("Ciphered Telegram, \(sender) to \(Acts.surname(full))", summary: summary)
            #expect(acts == ["\(author) → \(full) via \(sender) (summary)"], "\(summary): \(acts)")
        }
    }

    /// Speaking has its other side after `with` past a phrase of means: `spoke by telephone / on the telephone / by phone
    /// with B` is a talk, as `spoke with B` is; `will speak by telephone with B` is none.
    @Test func speakingWithPastAPhraseOfMeans() {
        var n = 0
        for verb in ["spoke", "speaks"] {
            for means in ["by telephone", "on the telephone", "by phone", "briefly"] {
                let f = Self.filled("{S} \(verb) \(means) with {B} about the railway.", n)
                let summary = f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a))
                let acts = Acts.of("Telegram, \(f.a) to Pyotr Lisitsyn", summary: summary)
                #expect(acts == ["\(f.a) → Pyotr Lisitsyn", Acts.talk([f.a, f.b])], "\(summary): \(acts)")
                n += 1
            }
        }
        let f = Self.filled("{S} will speak by telephone with {B}.", n)
        let summary = f.text.replacingOccurrences(of: f.s, with: Acts.surname(f.a))
        #expect(Acts.of("Telegram, \(f.a) to Pyotr Lisitsyn", summary: summary) == ["\(f.a) → Pyotr Lisitsyn"], "\(summary)")
    }

    /// The writer's nationality is the sending country however its name prints it (`Hungarian Ambassador X` for the
    /// `Embassy of Hungary in …`), not the country of its posting (`North Korean Ambassador X`); a speech the report is
    /// based on is a source (`… based on a speech by B`: X signs), a speech of the subject's own (`in a speech`) is not.
    @Test func writerNationalityAndSpeeches() {
        var n = 0
        for (title, from, nationality) in [("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry", "Hungarian Embassy in Pyongyang", "Hungarian"),
                                           ("Report, Embassy of Poland in Vietnam to the Polish Foreign Ministry", "Polish Embassy in Hanoi", "Polish")] {
            let to = title.components(separatedBy: " to the ").last ?? ""
            let f = Self.filled("\(nationality) Ambassador {A} reports on the purges based on a speech by {B}.", n)
            #expect(Acts.of(title, summary: f.text) == ["\(from), \(f.a) → \(to) (summary)"], "\(f.text)")
            for pattern in ["Soviet Ambassador {A} reports on the purges.", "\(nationality) Ambassador {A} describes the purges in a speech to the assembly."] {
                let g = Self.filled(pattern, n + 1)
                #expect(Acts.of(title, summary: g.text) == ["\(from) → \(to)"], "\(g.text)")
            }
            n += 1
        }
    }
}
