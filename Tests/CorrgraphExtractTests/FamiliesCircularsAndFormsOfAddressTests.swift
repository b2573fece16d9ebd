import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Conventions of heads: given names sharing a family name, families and peoples at an end, series numbers that open a head,
/// postings to bodies, units of posts, circulars to a class of bodies, `M.` as Monsieur (docs/title-variants.md). Names are invented, of several naming
/// cultures; every expected act is worked out by hand from GOLD-SCHEMA.md.
@Suite struct FamiliesCircularsAndFormsOfAddressTests {
    // MARK: Given names before `and` share the family name after it

    /// Couples and siblings of the naming cultures that print the given name first: (given, given, family name).
    static let families: [(String, String, String)] = [
        ("Hans", "Greta", "Vogel"), ("Ivan", "Olga", "Petrov"), ("Pierre", "Marie", "Duval"), ("José", "María", "Fernández"),
        ("Jan", "Anna", "Kowalski"), ("Giuseppe", "Lucia", "Bianchi"), ("John", "Mary", "Whitfield"),
        ("Laszlo", "Ilona", "Szabo"), ("Gheorghe", "Elena", "Popescu"), ("Lars", "Ingrid", "Lindqvist"),
    ]

    @Test func givenNamesShareTheFamilyNameAtEitherEnd() {
        for (n, (first, second, family)) in Self.families.enumerated() {
            let (_, b, _) = Variants.trio(n)
            let pair = "\(first) \(family), \(second) \(family)"
            #expect(Acts.of("Letter from \(first) and \(second) \(family) to \(b)") == ["\(pair) → \(b)"], "\(first) \(family)")
            #expect(Acts.of("Cable, \(b) to \(first) and \(second) \(family)") == ["\(b) → \(pair)"], "\(first) \(family)")
            #expect(Acts.of("Telegram from \(first) & \(second) \(family) to \(b)") == ["\(pair) → \(b)"], "\(first) \(family)")
            // With a relay in brackets, and in capitals.
            #expect(Acts.of("Letter from \(first) and \(second) \(family) to \(b) [via Oleg Sidorov]") == ["\(pair) → \(b) via Oleg Sidorov"])
            #expect(Acts.of("LETTER FROM \(first.uppercased()) AND \(second.uppercased()) \(family.uppercased()) TO LI WENBO")
                    == ["\(pair) → Li Wenbo"], "\(first) \(family) in capitals")
            // As one side of a talk.
            #expect(Acts.of("Memorandum of Conversation between \(b) and \(first) and \(second) \(family)")
                    == [Variants.sortedPair(b, "\(first) \(family)", "\(second) \(family)")], "\(first) \(family)")
        }
    }

    @Test func threeGivenNamesShareTheFamilyName() {
        #expect(Acts.of("Cable, Karl, Ilse and Werner Brandt to Park Min-ho") == ["Karl Brandt, Ilse Brandt, Werner Brandt → Park Min-ho"])
        #expect(Acts.of("Letter from Li Wenbo to Ivan, Olga, and Natalia Sokolov") == ["Li Wenbo → Ivan Sokolov, Olga Sokolov, Natalia Sokolov"])
        // A full name before the given names is a correspondent of its own.
        #expect(Acts.of("Letter from Ahmed Haddad, Pierre and Marie Duval to Li Wenbo") == ["Ahmed Haddad, Pierre Duval, Marie Duval → Li Wenbo"])
        // A family name of two words (a particle, a Spanish second surname) is shared whole.
        #expect(Acts.of("Letter from Hans and Greta von Vogel to Li Wenbo") == ["Hans von Vogel, Greta von Vogel → Li Wenbo"])
        #expect(Acts.of("Letter from José and María Fernández López to Li Wenbo") == ["José Fernández López, María Fernández López → Li Wenbo"])
    }

    /// A surname printed alone, an East Asian name, a form of address or an office before `and`: the items as printed.
    @Test func noSharedFamilyNameWithoutTwoGivenNames() {
        #expect(Acts.of("Letter from Volkov and Olga Smirnova to Li Wenbo") == ["Volkov, Olga Smirnova → Li Wenbo"])
        #expect(Acts.of("Letter from Kim and Park Chung-su to Li Wenbo") == ["Kim, Park Chung-su → Li Wenbo"])
        #expect(Acts.of("Letter from Hans and Li Wenbo to Yuki Tanaka") == ["Hans, Li Wenbo → Yuki Tanaka"])
        #expect(Acts.of("Letter from Greta and Hans to Li Wenbo") == ["Greta, Hans → Li Wenbo"])
        #expect(Acts.of("Letter from Hans Becker and Greta to Li Wenbo") == ["Hans Becker, Greta → Li Wenbo"])
        #expect(Acts.of("Letter from Ambassador Hans and Greta Vogel to Li Wenbo") == ["Hans, Greta Vogel → Li Wenbo"])
        #expect(Acts.of("Memorandum of Conversation between Tanaka and Ivan Petrov") == ["{Ivan Petrov, Tanaka}"])
        #expect(Acts.of("Memorandum of Conversation between Haddad and Olga Smirnova") == ["{Haddad, Olga Smirnova}"])
        // Given names that are common family names too are left out of the class.
        #expect(Acts.of("Memorandum of Conversation between Arthur and John Hay") == ["{Arthur, John Hay}"])
        #expect(Acts.of("Letter from Franco and Juan Peron to Li Wenbo") == ["Franco, Juan Peron → Li Wenbo"])
    }

    // MARK: A family or a people at an end is stated, but nobody

    static let groups = ["the Vogels", "the Petrovs", "the Tanakas", "the Soviets", "the Americans", "the Poles", "the Hungarians",
                         "the Chinese", "the British", "the Czechs", "the Swedes"]

    @Test(arguments: groups)
    func familyOrPeopleAtAnEnd(_ group: String) {
        for (n, document) in ["Letter", "Memorandum", "Note", "Message", "Telegram"].enumerated() {
            let (a, _, _) = Variants.trio(n)
            #expect(Acts.of("\(document) from \(a) to \(group)") == ["\(a) → "], "\(document) to \(group)")
            #expect(Acts.of("\(document) from \(group) to \(a)") == [" → \(a)"], "\(document) from \(group)")
            #expect(Acts.of("\(document) from \(a) to \(group) and Hans Becker") == ["\(a) → Hans Becker"], "\(document) to \(group)")
        }
        let capitalised = group.prefix(1).uppercased() + group.dropFirst()
        #expect(Acts.of("\(capitalised) to Li Wenbo") == [" → Li Wenbo"], "\(group)")
        #expect(Acts.of("Li Wenbo to \(group)") == ["Li Wenbo → "], "\(group)")
        #expect(Acts.of("Mr. Oyelaran to \(group)") == ["Oyelaran → "], "\(group)")
        #expect(Acts.of("\(capitalised.uppercased()) TO LI WENBO") == [" → Li Wenbo"], "\(group) in capitals")
        // A report, statement or appeal to a people is published, not sent; a talk with a group alone has one side.
        for document in ["Report", "Statement", "Appeal"] {
            #expect(Acts.of("\(document) from Li Wenbo to \(group)").isEmpty, "\(document) to \(group)")
        }
        #expect(Acts.of("Conversation between Li Wenbo and \(group)").isEmpty, "\(group)")
    }

    /// Several groups at one end, and words that are no family or people.
    @Test func groupsAndNonGroups() {
        #expect(Acts.of("Letter from Li Wenbo to the Hungarians, the Czechs and the Romanians") == ["Li Wenbo → "])
        #expect(Acts.of("Report on the Soviets").isEmpty)
        #expect(Acts.of("The Soviets to Withdraw").isEmpty)
        #expect(Acts.of("The Soviets to the Americans").isEmpty)
        #expect(Acts.of("From the Soviets to the Americans").isEmpty)
    }

    // MARK: A telegram's series number may open its head

    static let seriesWords = ["Secto", "Tosec", "Dulte", "Tedul", "Niact", "Polto", "Delga", "Usun"]

    @Test(arguments: seriesWords)
    func seriesNumberOpensTheHead(_ series: String) {
        #expect(Acts.of("\(series) 45, the Secretary of State to the Department of State") == ["Secretary of State → Department of State"])
        #expect(Acts.of("\(series) 112 from the Department of State to the Ambassador in Xlandia (Okonkwo)") == ["Department of State → Okonkwo"])
        #expect(Acts.of("\(series) 3. Acting Secretary Brandauer to Secretary of State Okonkwo") == ["Brandauer → Okonkwo"])
        #expect(Acts.of("\(series) 7, Sergei Volkov to Li Wenbo") == ["Sergei Volkov → Li Wenbo"])
        #expect(Acts.of("\(series.uppercased()) 45, THE SECRETARY OF STATE TO THE DEPARTMENT OF STATE") == ["Secretary of State → Department of State"])
        // A number with no ends, or a heading of its own after the comma, is no act.
        #expect(Acts.of("\(series) 45, Reactions in Xlandia").isEmpty, "\(series)")
        #expect(Acts.of("\(series) 45").isEmpty, "\(series)")
    }

    // MARK: A delegation's or mission's `to` binds a body of states

    @Test func postingToABodyOfStates() {
        for body in ["the General Assembly", "the Security Council", "the Disarmament Conference", "the Economic Commission for Asia",
                     "the Committee of Eighteen", "the North Atlantic Council", "the United Nations"] {
            for sender in ["Delegation", "Mission", "Representative"] {
                #expect(Acts.of("Telegram From the \(sender) to \(body) to the Department of State")
                        == ["\(sender) to \(body) → Department of State"], "\(sender) to \(body)")
                #expect(Acts.of("Telegram From the Department of State to the \(sender) to \(body)")
                        == ["Department of State → \(sender) to \(body)"], "\(sender) to \(body)")
            }
            #expect(Acts.of("Telegram Delga 590 From the Delegation to \(body) to the Department of State")
                    == ["Delegation to \(body) → Department of State"], "\(body)")
        }
        // An office after the `to` is the addressee; a delegation alone writes.
        #expect(Acts.of("Letter from the Ambassador to the Foreign Secretary") == ["Ambassador → Foreign Secretary"])
        #expect(Acts.of("Telegram From the Delegation to the Department of State") == ["Delegation → Department of State"])
    }

    // MARK: A unit set off by a comma after a post belongs to the post

    static let posts = ["Deputy Harbourmaster", "Harbourmaster", "Commander", "Acting Warden", "Chief Pilot"]
    static let units = ["Eastern Roads", "Southern Task Force", "Northern Fleet", "Central Sector", "Joint Survey Board of the Delta"]

    @Test(arguments: units)
    func unitBelongsToThePost(_ unit: String) {
        for (n, post) in Self.posts.enumerated() {
            let (a, b, _) = Variants.trio(n)
            let office = "\(post), \(unit)"
            // Institution heads make a unit an institution of its own; the others stay the post's unit.
            guard !unit.contains("Board") else { continue }
            #expect(Acts.of("Letter from the \(office), to \(a)") == ["\(office) → \(a)"], "\(office)")
            #expect(Acts.of("Letter from \(a) to the \(office)") == ["\(a) → \(office)"], "\(office)")
            #expect(Acts.of("The \(office) to the Secretary of State") == ["\(office) → Secretary of State"], "\(office)")
            #expect(Acts.of("The Secretary of State to the \(office)") == ["Secretary of State → \(office)"], "\(office)")
            // In apposition after a named person, in a talk's sides and at a message's end.
            #expect(Acts.of("Memorandum of Conversation between \(a), \(office), and \(b)") == [Variants.sortedPair(a, b)], "\(office)")
            #expect(Acts.of("Letter from \(a), \(office), to \(b)") == ["\(a) → \(b)"], "\(office)")
        }
    }

    /// A place, a given name or a person after the comma is no unit.
    @Test func noUnitWithoutANonNameWord() {
        #expect(Acts.of("Letter from Petrov, Moscow, to Li Wenbo") == ["Petrov → Li Wenbo"])
        #expect(Acts.of("Memorandum of Conversation between Li Wenbo, Olga Smirnova, and Hans Becker")
                == ["{Hans Becker, Li Wenbo, Olga Smirnova}"])
    }

    // MARK: A circular is addressed to a class of bodies

    @Test func circularToAClassOfBodies() {
        let classes = ["States", "Colonies", "Provinces", "Republics", "Governments", "Cantons", "Counties", "Legislatures"]
        for (n, bodies) in classes.enumerated() {
            let (a, _, _) = Variants.trio(n)
            for document in ["Circular Letter", "Circular", "Circular Telegram", "Circular Note"] {
                #expect(Acts.of("\(document) to the \(bodies)") == [" → \(bodies)"], "\(document) \(bodies)")
                #expect(Acts.of("\(document) from \(a) to the \(bodies)") == ["\(a) → \(bodies)"], "\(document) \(bodies)")
            }
            #expect(Acts.of("Circular Letter to the Southern \(bodies)") == [" → Southern \(bodies)"], "\(bodies)")
            #expect(Acts.of("CIRCULAR LETTER TO THE \(bodies.uppercased())") == [" → \(bodies)"], "\(bodies)")
            // Not a circular, or not a class: as before.
            #expect(Acts.of("Report on the \(bodies)").isEmpty, "\(bodies)")
        }
        #expect(Acts.of("Circular Letter to the States, 8 June 1783") == [" → States"])
        #expect(Acts.of("Circular Letter from the Secretary of State to the Governors of the States") == ["Secretary of State → Governors of the States"])
        #expect(Acts.of("Circular Letter on the Harvest").isEmpty)
        #expect(Acts.of("Circular Letter to the States [via Oleg Sidorov]") == [" → States via Oleg Sidorov"])
    }

    // MARK: M. before a surname alone

    @Test func monsieurWhenTheHeadStylesItsPeople() {
        for (n, surname) in ["Duval", "Lacoste", "Delacroix-Vernet", "Volkov", "Haddad"].enumerated() {
            let other = ["Fishwick", "Oyelaran", "Lindqvist", "Nakagawa", "Brandauer"][n]
            #expect(Acts.of("M. \(surname) to Mr. \(other).") == ["\(surname) → \(other)"], "\(surname)")
            #expect(Acts.of("Mr. \(other) to M. \(surname).") == ["\(other) → \(surname)"], "\(surname)")
            #expect(Acts.of("Sir Edmund Thornbury to M. \(surname)") == ["Edmund Thornbury → \(surname)"], "\(surname)")
            #expect(Acts.of("Count \(other) to M. \(surname)") == ["\(other) → \(surname)"], "\(surname)")
            #expect(Acts.of("M. \(surname) to M. \(other)") == ["\(surname) → \(other)"], "\(surname)")
            #expect(Acts.of("Lettre de M. \(surname) à M. \(other)") == ["\(surname) → \(other)"], "\(surname)")
        }
    }

    /// An initial: after a given name, before another initial, or in a head without forms of address.
    @Test func initialOtherwise() {
        #expect(Acts.of("Cable, M. Volkov to Li Wenbo") == ["M. Volkov → Li Wenbo"])
        #expect(Acts.of("Letter from M. Volkov to A. Petrov") == ["M. Volkov → A. Petrov"])
        #expect(Acts.of("Letter from M.A. Volkov to Li Wenbo") == ["M.A. Volkov → Li Wenbo"])
        #expect(Acts.of("Letter from M. A. Volkov to Mr. Fishwick") == ["M. A. Volkov → Fishwick"])
        #expect(Acts.of("Letter from Georgy M. Malakhov to Mr. Fishwick") == ["Georgy M. Malakhov → Fishwick"])
    }

    // MARK: Others' meeting in a journal is not the diarist's talk

    static let hearsayOpenings = ["Sources indicate that", "Rumours say that", "According to sources,", "According to unnamed informants,",
                                  "It is reported that", "It is rumoured that", "Reports suggest that"]

    @Test(arguments: hearsayOpenings)
    func hearsayOfOthersMeeting(_ opening: String) {
        for (n, verb) in ["met", "held talks", "discussed the harvest", "conferred"].enumerated() {
            let (_, b, c) = Variants.trio(n)
            let journal = "Journal of Ambassador Ivan Petrov for 3 May 1957"
            let summary = "\(opening) \(b) and \(c) \(verb)."
            #expect(!Acts.of(journal, summary: summary).contains { $0.contains("Ivan Petrov") }, "\(summary)")
            // The diarist's own talk in the same entry stays.
            let both = "Petrov meets Kim Young-sam. " + summary
            #expect(Acts.of(journal, summary: both).contains("{Ivan Petrov, Kim Young-sam}"), "\(both)")
        }
        #expect(Acts.of("Journal of Ambassador Ivan Petrov for 3 May 1957", summary: "\(opening) Li Wenbo reportedly met Hans Becker.")
                    .allSatisfy { !$0.contains("Ivan Petrov") })
    }

    /// Interlocutors of the diarist are still read: a talk with him, several people telling him.
    @Test func diaristsOwnTalksStay() {
        let journal = "Journal of Ambassador Ivan Petrov for 3 May 1957"
        #expect(Acts.of(journal, summary: "Kim Young-sam discusses the harvest.") == ["{Ivan Petrov, Kim Young-sam}"])
        #expect(Acts.of(journal, summary: "Kim Young-sam and Li Wenbo told Petrov about the harvest.")
                == ["{Ivan Petrov, Kim Young-sam, Li Wenbo}"])
    }
}
