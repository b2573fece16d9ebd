import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Conventions the title grammar misread in session 7 (docs/title-variants.md, "Shared family names, families and
/// peoples at an end, series numbers that open a head, postings to bodies"). Names are invented, of several naming
/// cultures; every expected act is worked out by hand from GOLD-SCHEMA.md.
@Suite struct SessionSevenMissTests {
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
    }

    // MARK: A family or a people at an end is stated, but nobody

    static let groups = ["the Vogels", "the Petrovs", "the Tanakas", "the Soviets", "the Americans", "the Poles", "the Hungarians",
                         "the Chinese", "the British", "the Czechs", "the Swedes"]

    @Test(arguments: groups)
    func familyOrPeopleAtAnEnd(_ group: String) {
        for (n, document) in ["Letter", "Memorandum", "Note", "Report", "Telegram"].enumerated() {
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
        // A talk with a group alone has one side.
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
}
