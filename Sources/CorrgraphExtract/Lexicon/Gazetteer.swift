/// Countries and cities as catalogue titles use them: to tell a place from a person's name, and to
/// read `Telegram from Pyongyang to Bucharest` as an embassy writing to its foreign ministry.
/// General geographic knowledge only.
enum Gazetteer {
    struct Country {
        let adjective: String
        let names: [String]
        let capitals: [String]
    }

    static let countries: [Country] = [
        Country(adjective: "Soviet", names: ["Soviet Union", "USSR", "Russia", "U.S.S.R."], capitals: ["Moscow"]),
        Country(adjective: "Chinese", names: ["China", "People's Republic of China", "PRC", "PR China"], capitals: ["Beijing", "Peking", "Peiping"]),
        Country(adjective: "North Korean", names: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], capitals: ["Pyongyang"]),
        Country(adjective: "South Korean", names: ["South Korea", "ROK", "Republic of Korea"], capitals: ["Seoul"]),
        Country(adjective: "Romanian", names: ["Romania", "Rumania", "Socialist Republic of Romania", "Romanian People's Republic"], capitals: ["Bucharest"]),
        Country(adjective: "Hungarian", names: ["Hungary", "Hungarian People's Republic"], capitals: ["Budapest"]),
        Country(adjective: "Polish", names: ["Poland", "People's Republic of Poland", "Polish People's Republic", "Polish Republic"], capitals: ["Warsaw"]),
        Country(adjective: "Czechoslovak", names: ["Czechoslovakia", "CSSR", "ČSSR"], capitals: ["Prague"]),
        Country(adjective: "Bulgarian", names: ["Bulgaria", "People's Republic of Bulgaria"], capitals: ["Sofia"]),
        Country(adjective: "Albanian", names: ["Albania", "People's Republic of Albania"], capitals: ["Tirana"]),
        Country(adjective: "Yugoslav", names: ["Yugoslavia"], capitals: ["Belgrade"]),
        Country(adjective: "East German", names: ["GDR", "East Germany", "German Democratic Republic"], capitals: ["East Berlin", "Berlin"]),
        Country(adjective: "West German", names: ["FRG", "West Germany", "Federal Republic of Germany"], capitals: ["Bonn"]),
        Country(adjective: "Mongolian", names: ["Mongolia", "Mongolian People's Republic", "MPR"], capitals: ["Ulaanbaatar", "Ulan Bator", "Ulaan Baatar"]),
        Country(adjective: "Vietnamese", names: ["Vietnam", "North Vietnam", "DRV", "Democratic Republic of Vietnam"], capitals: ["Hanoi"]),
        Country(adjective: "Cuban", names: ["Cuba", "Republic of Cuba"], capitals: ["Havana"]),
        Country(adjective: "American", names: ["United States", "USA", "US", "U.S."], capitals: ["Washington", "Washington D.C."]),
        Country(adjective: "British", names: ["Britain", "United Kingdom", "UK", "England"], capitals: ["London"]),
        Country(adjective: "French", names: ["France"], capitals: ["Paris"]),
        Country(adjective: "Italian", names: ["Italy"], capitals: ["Rome"]),
        Country(adjective: "Japanese", names: ["Japan"], capitals: ["Tokyo"]),
        Country(adjective: "Indian", names: ["India"], capitals: ["New Delhi", "Delhi"]),
        Country(adjective: "Pakistani", names: ["Pakistan"], capitals: ["Karachi", "Islamabad"]),
        Country(adjective: "Indonesian", names: ["Indonesia"], capitals: ["Jakarta", "Djakarta"]),
        Country(adjective: "Austrian", names: ["Austria"], capitals: ["Vienna"]),
        Country(adjective: "Swiss", names: ["Switzerland"], capitals: ["Bern", "Berne"]),
        Country(adjective: "Dutch", names: ["Netherlands", "Holland"], capitals: ["The Hague", "Amsterdam"]),
        Country(adjective: "Canadian", names: ["Canada"], capitals: ["Ottawa"]),
        Country(adjective: "Australian", names: ["Australia"], capitals: ["Canberra"]),
        Country(adjective: "Taiwanese", names: ["Taiwan", "Republic of China", "ROC"], capitals: ["Taipei"]),
        Country(adjective: "Cambodian", names: ["Cambodia", "Kampuchea"], capitals: ["Phnom Penh"]),
        Country(adjective: "Laotian", names: ["Laos"], capitals: ["Vientiane"]),
        Country(adjective: "Burmese", names: ["Burma", "Myanmar"], capitals: ["Rangoon"]),
        Country(adjective: "Finnish", names: ["Finland"], capitals: ["Helsinki"]),
        Country(adjective: "Swedish", names: ["Sweden"], capitals: ["Stockholm"]),
        Country(adjective: "Egyptian", names: ["Egypt", "United Arab Republic", "UAR"], capitals: ["Cairo"]),
        Country(adjective: "Iranian", names: ["Iran", "Persia"], capitals: ["Tehran", "Teheran"]),
        Country(adjective: "Afghan", names: ["Afghanistan"], capitals: ["Kabul"]),
        Country(adjective: "Zambian", names: ["Zambia"], capitals: ["Lusaka"]),
        Country(adjective: "Guinean", names: ["Guinea"], capitals: ["Conakry"]),
        Country(adjective: "Ghanaian", names: ["Ghana"], capitals: ["Accra"]),
        Country(adjective: "Somali", names: ["Somalia", "SDR", "Somali Democratic Republic"], capitals: ["Mogadishu"]),
        Country(adjective: "Mexican", names: ["Mexico"], capitals: ["Mexico City"]),
        Country(adjective: "Brazilian", names: ["Brazil"], capitals: ["Rio de Janeiro", "Brasilia"]),
        Country(adjective: "Greek", names: ["Greece"], capitals: ["Athens"]),
        Country(adjective: "Turkish", names: ["Turkey"], capitals: ["Ankara"]),
        Country(adjective: "Israeli", names: ["Israel"], capitals: ["Jerusalem", "Tel Aviv"]),
        Country(adjective: "Spanish", names: ["Spain"], capitals: ["Madrid"]),
        // Capitals of two or three words, kept whole ("Cable from Kuala Lumpur to Warsaw").
        Country(adjective: "Malaysian", names: ["Malaysia", "Malaya"], capitals: ["Kuala Lumpur"]),
        Country(adjective: "Ethiopian", names: ["Ethiopia"], capitals: ["Addis Ababa"]),
        Country(adjective: "Argentine", names: ["Argentina"], capitals: ["Buenos Aires"]),
        Country(adjective: "Tanzanian", names: ["Tanzania", "Tanganyika"], capitals: ["Dar es Salaam"]),
        Country(adjective: "Bolivian", names: ["Bolivia"], capitals: ["La Paz"]),
        Country(adjective: "Nicaraguan", names: ["Nicaragua"], capitals: ["Managua"]),
        Country(adjective: "Ecuadorian", names: ["Ecuador"], capitals: ["Quito"]),
    ]

    /// Cities that often stand for the institutions in them, beyond capitals.
    static let otherCities: [String] = [
        "New York", "Geneva", "Chongqing", "Chungking", "Shanghai", "Nanjing", "Nanking", "Harbin", "Dalian",
        "Shenyang", "Mukden", "Yan'an", "Yenan", "Saigon", "Leningrad", "Kiev", "Kyiv", "Vladivostok", "Snagov",
        "Pitzunda", "Magdeburg", "Leipzig", "Dresden", "Munich", "Hamburg", "Crimea", "Kaesong", "Panmunjom",
        "Hong Kong", "Macau", "Lhasa", "Urumqi", "Kunming", "Guangzhou", "Canton", "Wuhan", "Chengdu", "Xi'an",
        "Miami", "Washington D.C.",
    ]

    /// Folded place names (countries and cities) → the country adjective (empty for non-capitals).
    static let places: [String: String] = {
        var table: [String: String] = [:]
        for c in countries {
            for n in c.names { table[fold(n)] = c.adjective }
            for city in c.capitals { table[fold(city)] = c.adjective }
        }
        for city in otherCities where table[fold(city)] == nil { table[fold(city)] = "" }
        return table
    }()

    /// Single words of place names, to stop a person's name at a place.
    static let placeWords: Set<String> = {
        var words: Set<String> = []
        for key in places.keys where !key.contains(" ") { words.insert(key) }
        for extra in ["china", "korea", "germany", "vietnam", "tibet", "xinjiang", "manchuria", "europe", "asia",
                      "africa", "america", "taiwan", "berlin", "moscow", "beijing", "peking", "holland", "guinea",
                      "mongolia", "ukraine", "georgia", "abkhazia", "siberia", "jinmen", "quemoy"] {
            words.insert(extra)
        }
        return words
    }()

    /// The capital a city name denotes, with its country adjective: `Bucharest` → `Romanian`.
    static func capitalAdjective(_ city: String) -> String? {
        let key = fold(city)
        for c in countries where c.capitals.contains(where: { fold($0) == key }) { return c.adjective }
        return nil
    }

    /// The country adjective for a country name in any of its forms: `the DPRK` → `North Korean`.
    static func countryAdjective(_ name: String) -> String? {
        var key = fold(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        for c in countries where c.names.contains(where: { fold($0) == key }) { return c.adjective }
        return nil
    }

    /// The first-listed capital of a country name.
    static func capital(ofCountry name: String) -> String? {
        var key = fold(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        for c in countries where c.names.contains(where: { fold($0) == key }) { return c.capitals.first }
        return nil
    }

    /// The first-listed capital of the country an adjective names: `Chinese` → `Beijing`.
    static func capital(ofAdjective adjective: String) -> String? {
        countries.first { $0.adjective == adjective }?.capitals.first
    }

    static func isPlace(_ name: String) -> Bool { places[fold(name)] != nil }

    static func fold(_ s: String) -> String { NameFolding.fold(s) }
}
