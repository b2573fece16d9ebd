import CorrgraphRead
import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The gazetteer as general geographic knowledge (issue 9): every state of the twentieth century, its
/// capitals and the large regions are places, never people, in any slot of a title; place words that are
/// also given names or surnames still name people. Expected acts worked out by hand from GOLD-SCHEMA.md;
/// the people are invented, from several naming cultures.
@Suite struct GazetteerTests {
    static let travellers = [
        "Oleg Smirnov", "Li Weiming", "Pak Chol-su", "Farida Haddad", "Javier Montalvo", "Hannelore Brandt",
        "Kwame Asante", "Nguyen Van Thanh", "Yuki Tanabe", "Amina Diallo", "Ion Popescu", "Ahmed bin Salim",
    ]

    /// Every country name, capital and region of the table, each with one of the invented people.
    static let everyPlace: [String] = {
        var seen: Set<String> = []
        var list: [String] = []
        for c in Gazetteer.countries {
            for place in c.names + c.capitals where seen.insert(place).inserted { list.append(place) }
        }
        for region in Gazetteer.regions where seen.insert(region).inserted { list.append(region) }
        return list
    }()

    static func traveller(_ index: Int) -> String { travellers[index % travellers.count] }

    @Test func aVisitToAPlaceIsNoConversation() {
        // `A's Visit to PLACE`, `Visit of A to PLACE`: a journey, not a meeting with the place.
        var failures: [String] = []
        for (i, place) in Self.everyPlace.enumerated() {
            let person = Self.traveller(i)
            for title in ["\(person)'s Visit to \(place)", "Visit of \(person) to \(place)"] where !Acts.of(title).isEmpty {
                failures.append("\(title): \(Acts.of(title))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) places read as people: \(failures.prefix(20))")
    }

    /// A one-word capital before a surname in a correspondent slot is a given name (`Male Vinich`, `Lome
    /// Adeyemi`): a place standing for its institution stands alone or before its head word. After a place
    /// preposition it is the place (`the Ambassador in Male Ivan Orlov`).
    @Test func aOneWordPlaceBeforeASurnameIsAGivenName() {
        var failures: [String] = []
        var n = 0
        for c in Gazetteer.countries {
            for capital in c.capitals where !capital.contains(" ") && !capital.contains("-") && !capital.contains("'") {
                let other = Self.traveller(n)
                n += 1
                let person = "\(capital) Vinsky"
                for (title, expected) in [("Letter from \(person) to \(other)", ["\(person) → \(other)"]),
                                          ("Letter from \(other) to \(person) and Kurt Lamm", ["\(other) → \(person), Kurt Lamm"])]
                where Acts.of(title) != expected {
                    failures.append("\(title): \(Acts.of(title))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) given names read as places: \(failures.prefix(20))")
        #expect(Acts.of("Letter from the Ambassador in Havana Ivan Orlov to Kwame Asante") == ["Ivan Orlov → Kwame Asante"])
        #expect(Acts.of("Telegram from Havana to Moscow").allSatisfy { !$0.contains("Havana Moscow") })
    }

    @Test func theForeignMinistryOfAPlaceIsAnInstitution() {
        // `Telegram from A to the Foreign Ministry of PLACE`: the addressee is the ministry, not a person.
        var failures: [String] = []
        for (i, place) in Self.everyPlace.enumerated() {
            let person = Self.traveller(i + 5)
            let title = "Telegram from \(person) to the Foreign Ministry of \(place)"
            let record = RecordExtractor().extract(CatalogueRecord(id: "g#\(i)", source: "g", line: i, date: "May 2, 1961", title: title, summary: ""))
            let to = record.messages.first?.to ?? []
            let from = record.messages.first?.from ?? []
            if record.messages.count != 1 || to.count != 1 || to.first?.kind != .institution
                || from.map(\.text) != [person] {
                failures.append("\(title): \(record.messages.map { "\($0.from.map(\.text)) → \($0.to.map { "\($0.text) (\($0.kind))" })" })")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) ministries misread: \(failures.prefix(20))")
    }

    @Test(arguments: [
        // A place word after a given name is the surname; before a surname, a given name.
        ("Letter from Ellis Jordan to Israel Kaplan", ["Ellis Jordan → Israel Kaplan"]),
        ("Letter from Sofia Ivanova to Victoria Arenas", ["Sofia Ivanova → Victoria Arenas"]),
        ("Telegram from Chad Wilkins to Georgia Mendes", ["Chad Wilkins → Georgia Mendes"]),
        ("Conversation between Santiago Ferrer and Florence Whitby", ["{Florence Whitby, Santiago Ferrer}"]),
        ("Letter from Adelaide Brennan and Kingston Obi to Rui Lima", ["Adelaide Brennan, Kingston Obi → Rui Lima"]),
        ("Letter from Tomas Paris to Wellington Tan", ["Tomas Paris → Wellington Tan"]),
        // Demonyms and place words that are also given names in other naming cultures.
        ("Cable, Mali Sorensen to Du Haitian", ["Mali Sorensen → Du Haitian"]),
        ("Conversation between Li Tongan and Iran Darvish", ["{Iran Darvish, Li Tongan}"]),
        ("Letter from the Haitian Foreign Ministry to the Tongan Embassy in Suva", ["Haitian Foreign Ministry → Tongan Embassy in Suva"]),
        ("Israel Kaplan's Conversation with Sofia Ivanova", ["{Israel Kaplan, Sofia Ivanova}"]),
        ("Memorandum of Conversation between Jordan Whitfield and Kenya Moore", ["{Jordan Whitfield, Kenya Moore}"]),
        // After "Ambassador to", the place word is the posting and the name follows it.
        ("Telegram from the Soviet Ambassador to Cuba B. N. Volkov to the Soviet Foreign Ministry", ["B. N. Volkov → Soviet Foreign Ministry"]),
        ("Letter from the Ambassador to Israel Ruth Feldman to Ion Popescu", ["Ruth Feldman → Ion Popescu"]),
        // A place word that is also a surname, after a form of address or an office.
        ("Letter from Mr. Jordan to Ambassador Lima", ["Jordan → Lima"]),
        // The same words as places.
        ("Ellis Jordan's Visit to Jordan", []),
        ("Visit of Sofia Ivanova to Sofia", []),
        ("Chad Wilkins's Visit to Chad", []),
        ("Georgia Mendes's Visit to Georgia", []),
        ("Israel Kaplan's Visit to Israel", []),
        ("Victoria Arenas's Visit to Victoria", []),
        ("Santiago Ferrer's Visit to Santiago", []),
        ("Rui Lima's Visit to Lima", []),
        ("Kingston Obi's Visit to Kingston", []),
    ])
    func placeWordsThatAreAlsoNames(title: String, expected: [String]) {
        #expect(Acts.of(title) == expected)
    }

    @Test(arguments: [
        // Names holding "and" are one place, not a list of two.
        ("Visit of Amina Diallo to Trinidad and Tobago", [String]()),
        ("Ion Popescu's Visit to Bosnia and Herzegovina", []),
        ("Yuki Tanabe's Visit to São Tomé and Príncipe", []),
        ("Letter from Kwame Asante to the Government of Antigua and Barbuda", ["Kwame Asante → Government of Antigua and Barbuda"]),
        // Names holding "of".
        ("Visit of Farida Haddad to the Republic of the Congo", []),
        ("Visit of Javier Montalvo to the Democratic Republic of the Congo", []),
        // Historical states and regions.
        ("Pak Chol-su's Visit to the Ottoman Empire", []),
        ("Visit of Hannelore Brandt to Austria-Hungary", []),
        ("Visit of Nguyen Van Thanh to Upper Volta", []),
        ("Li Weiming's Visit to the Middle East", []),
        ("Oleg Smirnov's Visit to the Balkans", []),
        ("Visit of Ahmed bin Salim to Southeast Asia and the Far East", []),
        // A visit to a person is a conversation still.
        ("Amina Diallo's Visit to Ion Popescu", ["{Amina Diallo, Ion Popescu}"]),
    ])
    func visitsToPlacesAndPeople(title: String, expected: [String]) {
        #expect(Acts.of(title) == expected)
    }

    @Test(arguments: [
        // `Telegram from CITY to CAPITAL`: the embassy in the first city writes to the ministry of the second's country.
        ("Telegram from Algiers to Nairobi", ["Kenyan Embassy in Algiers → Kenyan Foreign Ministry"]),
        ("Telegram from Dar es Salaam to Accra", ["Ghanaian Embassy in Dar es Salaam → Ghanaian Foreign Ministry"]),
        ("Cable from Léopoldville to Conakry", ["Guinean Embassy in Kinshasa → Guinean Foreign Ministry"]),
        ("Telegram from Teheran to Bangkok", ["Thai Embassy in Tehran → Thai Foreign Ministry"]),
        // The listed Cold War capitals read as before.
        ("Telegram from Pyongyang to Bucharest", ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"]),
        ("Telegram from Peking to Budapest", ["Hungarian Embassy in Beijing → Hungarian Foreign Ministry"]),
    ])
    func citiesStandForTheirEmbassyAndMinistry(title: String, expected: [String]) {
        #expect(Acts.of(title) == expected)
    }

    @Test(arguments: [
        // A second seat of the same state is another city: the embassy keeps the city printed.
        ("Telegram from Tel Aviv to Bucharest", ["Romanian Embassy in Tel Aviv → Romanian Foreign Ministry"]),
        ("Telegram from Jerusalem to Bucharest", ["Romanian Embassy in Jerusalem → Romanian Foreign Ministry"]),
        ("Telegram from Karachi to Prague", ["Czechoslovak Embassy in Karachi → Czechoslovak Foreign Ministry"]),
        ("Telegram from Islamabad to Prague", ["Czechoslovak Embassy in Islamabad → Czechoslovak Foreign Ministry"]),
        ("Telegram from Jeddah to Warsaw", ["Polish Embassy in Jeddah → Polish Foreign Ministry"]),
        ("Telegram from Rio de Janeiro to Sofia", ["Bulgarian Embassy in Rio de Janeiro → Bulgarian Foreign Ministry"]),
        ("Telegram from Lagos to Budapest", ["Hungarian Embassy in Lagos → Hungarian Foreign Ministry"]),
        // Other spellings and earlier names of one city are that city.
        ("Telegram from Jidda to Warsaw", ["Polish Embassy in Jeddah → Polish Foreign Ministry"]),
        ("Telegram from Brasília to Sofia", ["Bulgarian Embassy in Brasilia → Bulgarian Foreign Ministry"]),
        ("Telegram from Christiania to Budapest", ["Hungarian Embassy in Oslo → Hungarian Foreign Ministry"]),
        ("Telegram from Djakarta to Budapest", ["Hungarian Embassy in Jakarta → Hungarian Foreign Ministry"]),
        ("TELEGRAM FROM TEL AVIV TO BUCHAREST", ["Romanian Embassy in Tel Aviv → Romanian Foreign Ministry"]),
    ])
    func secondSeatsAreTheirOwnCities(title: String, expected: [String]) {
        #expect(Acts.of(title) == expected)
    }

    @Test func everyNameOfOneCityIsACapitalOfOneState() {
        let capitals = Gazetteer.countries.map { Set($0.capitals) }
        for names in Gazetteer.sameCityNames {
            let rows = capitals.indices.filter { capitals[$0].isSuperset(of: names) }
            #expect(rows.count == 1, "\(names) should all be capitals of exactly one state")
        }
    }

    @Test(arguments: [
        ("Ministry of Foreign Affairs of Trinidad and Tobago", "Trinidadian Foreign Ministry"),
        ("Ministry of Foreign Affairs of Siam", "Thai Foreign Ministry"),
        ("Persian Foreign Ministry", "Iranian Foreign Ministry"),
        ("Ministry of Foreign Affairs of the Republic of the Congo", "Congo-Brazzaville Foreign Ministry"),
        ("Ministry of Foreign Affairs of Zaire", "Congolese Foreign Ministry"),
        ("Embassy of Ceylon in Upper Volta", "Sri Lankan Embassy in Ouagadougou"),
        ("Embassy of Dahomey in Tanganyika", "Beninese Embassy in Dar es Salaam"),
        ("Rhodesian Foreign Ministry", "Zimbabwean Foreign Ministry"),
        // The listed countries keep their forms.
        ("Ministry of Foreign Affairs of Hungary", "Hungarian Foreign Ministry"),
        ("Embassy of Hungary in North Korea", "Hungarian Embassy in Pyongyang"),
        // "Korea" names two states after 1948: the embassy keeps its printed place.
        ("Embassy of Poland in Korea", "Polish Embassy in Korea"),
    ])
    func canonicalInstitutionNames(printed: String, expected: String) {
        #expect(InstitutionName.canonical(printed) == expected)
    }

    @Test func everyAdjectiveNamesOneStateAndIsANationality() {
        var adjectives: [String: Int] = [:]
        for c in Gazetteer.countries {
            for a in [c.adjective] + c.otherAdjectives { adjectives[a, default: 0] += 1 }
            #expect(!c.names.isEmpty, "\(c.adjective) has no name")
            // An adjective that is no name of its state is a word of `Lexicon.nationalities`.
            for a in [c.adjective] + c.otherAdjectives where !c.names.contains(a) {
                let head = a.split(separator: " ").last.map { $0.lowercased() } ?? ""
                if Gazetteer.adjectivesAlsoGivenNames.contains(head) { continue }
                #expect(Lexicon.nationalities.contains(head), "\(a) is not a nationality word")
            }
        }
        #expect(adjectives.filter { $0.value > 1 }.isEmpty, "adjectives shared: \(adjectives.filter { $0.value > 1 })")
    }

    @Test func namesBelongToOneState() {
        var rows: [String: Set<String>] = [:]
        for c in Gazetteer.countries {
            for n in c.names { rows[Gazetteer.fold(n), default: []].insert(c.adjective) }
        }
        #expect(rows.filter { $0.value.count > 1 }.isEmpty, "names in two rows: \(rows.filter { $0.value.count > 1 })")
    }
}
