/// Canonical names of institutions, so that the many ways catalogues print one body resolve to one
/// correspondent: `CC CPSU`, `CPSU CC`, `Central Committee of the Communist Party of the Soviet Union`
/// → `CPSU Central Committee`; `Ministry of Foreign Affairs of Hungary` → `Hungarian Foreign Ministry`;
/// `Embassy of Hungary in North Korea` → `Hungarian Embassy in Pyongyang`; `Embassy of Hungary` → `Hungarian Embassy`.
///
/// ```swift
/// InstitutionName.canonical("the Ministry of Foreign Affairs in Bucharest")   // "Romanian Foreign Ministry"
/// ```
public enum InstitutionName {
    /// Party names and their usual abbreviations.
    static let parties: [(forms: [String], abbreviation: String)] = [
        (["communist party of the soviet union", "cpsu", "vkp(b)", "vkp b", "soviet communist party"], "CPSU"),
        (["chinese communist party", "communist party of china", "ccp", "cpc"], "CCP"),
        (["socialist unity party of germany", "socialist unity party", "sed"], "SED"),
        (["korean workers' party", "korean workers party", "workers' party of korea", "workers party of korea", "kwp", "wpk"], "KWP"),
        (["polish united workers' party", "polish united workers party", "puwp"], "PUWP"),
        (["romanian workers' party", "romanian workers party", "romanian communist party", "rwp", "rcp"], "RWP"),
        (["party of labor of albania", "party of labour of albania", "albanian party of labor", "pla"], "PLA"),
        (["communist party of czechoslovakia", "kscs", "cpcz"], "CPCz"),
        (["hungarian socialist workers' party", "hungarian socialist workers party", "hswp"], "HSWP"),
        (["bulgarian communist party", "bcp"], "BCP"),
        (["vietnam workers' party", "vietnamese workers' party", "vietnam workers party", "communist party of vietnam", "vwp"], "VWP"),
        (["mongolian people's revolutionary party", "mprp"], "MPRP"),
        (["italian communist party", "communist party of italy", "pci"], "Italian Communist Party"),
    ]

    public static func canonical(_ printed: String) -> String {
        var text = printed.trimmingSpaces()
        for article in ["the ", "The "] where text.hasPrefix(article) { text.removeFirst(article.count) }
        // (Foundation's replacement only where the text can hold the apostrophe: its UTF-8 opens with 0xE2.)
        let lowered = text.lowercased()
        let lower = ByteSearch.holds(0xE2, in: lowered) ? lowered.replacingOccurrences(of: "’", with: "'") : lowered

        // Central committees: "CC CPSU", "CPSU CC", "Central Committee of the CPSU" — but a delegation the
        // committee sends is a delegation ("CCP CC Delegation").
        if let party = party(in: lower), !ByteSearch.foundationContains(lower, "delegation") {
            let isCC = ByteSearch.foundationContains(lower, "central committee") || lower.split(separator: " ").contains("cc")
            let isPolitburo = ByteSearch.foundationContains(lower, "politburo") || ByteSearch.foundationContains(lower, "politboro")
            if ByteSearch.foundationContains(lower, "presidium") { return "\(party) Central Committee Presidium" }
            if ByteSearch.foundationContains(lower, "secretariat") { return "\(party) Secretariat" }
            if isPolitburo { return "\(party) Politburo" }
            if isCC { return "\(party) Central Committee" }
            // The party itself, named in full: "Communist Party of Italy" → "Italian Communist Party".
            let bare = lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
            if parties.contains(where: { $0.abbreviation == party && $0.forms.contains(bare) }) { return party }
        }
        // Foreign ministries: "Ministry of Foreign Affairs of Hungary", "Hungarian MFA",
        // "the Ministry of Foreign Affairs in Bucharest", "USSR Foreign Ministry".
        if ByteSearch.foundationContains(lower, "foreign ministry") || ByteSearch.foundationContains(lower, "ministry of foreign affairs") || lower.split(separator: " ").contains("mfa")
            || ByteSearch.foundationContains(lower, "foreign office") {
            // **Convention: a unit of a ministry is the unit** (`the Far Eastern Department of the Soviet Foreign
            // Ministry`): a unit head before the first `of` names a part of the ministry, kept as printed.
            if let of = lower.range(of: " of "), lower[..<of.lowerBound].split(separator: " ").contains(where: { ministryUnitHeads.contains(String($0)) }) {
                return text
            }
            if let adjective = countryAdjective(in: text) { return "\(adjective) Foreign Ministry" }
            return text
        }
        // Embassies: "Embassy of X in Y", "X Embassy in Y", "X Embassy, Y".
        if ByteSearch.foundationContains(lower, "embassy") && !ByteSearch.foundationContains(lower, "embassies") {
            var country: String?
            var place: String?
            if let r = lower.range(of: " in ") ?? lower.range(of: " to ") {
                let placeText = String(text[r.upperBound...]).trimmingSpaces()
                place = Gazetteer.capital(ofCountry: placeText) ?? (Gazetteer.isPlace(placeText) ? canonicalCity(placeText) : nil)
                let before = String(text[..<r.lowerBound])
                country = countryAdjective(in: before)
            } else {
                country = countryAdjective(in: text)
                // "Embassy of Hungary", no city: the country's embassy, as "the Hungarian Embassy" prints it.
                if let country, lower.hasPrefix("embassy of ") { return "\(country) Embassy" }
            }
            if let country, let place { return "\(country) Embassy in \(place)" }
            return text
        }
        return text
    }

    /// Heads of a ministry's units (`Department`, `Division`, `Section`, …): a phrase opening with one names the unit.
    static let ministryUnitHeads: Set<String> = ["department", "division", "section", "directorate", "bureau", "administration", "desk",
                                                 "office", "service", "archive", "archives", "secretariat", "protocol"]

    static func party(in lower: String) -> String? {
        // (The word set is made when a one-word form is first asked about; a one-word form must stand in it as a word.)
        var words: Set<String>? = nil
        for entry in parties {
            for form in entry.forms {
                // (The byte search of `ByteSearch`: Foundation's `contains` bridged the text to UTF-16 for every form.)
                if ByteSearch.holds(0x20, in: form) { if lower.range(of: form) != nil { return entry.abbreviation }; continue }
                // A form can stand as a word only where its bytes are in the text.
                guard lower.range(of: form) != nil else { continue }
                if words == nil { words = Set(lower.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)) }
                if words?.contains(form) == true { return entry.abbreviation }
            }
        }
        return nil
    }

    /// The country adjective a phrase names, by adjective ("Hungarian", "Rumanian"), country name ("of
    /// Hungary", "the DPRK", "USSR") or capital ("in Bucharest"): the first form in the phrase, the
    /// longest where two start at one word ("Republic of the Congo" over "Congo").
    public static func countryAdjective(in text: String) -> String? {
        let words = NameFolding.fold(text).split(separator: " ")
        for start in words.indices where Gazetteer.firstWordsOfForms.contains(String(words[start])) {
            for length in stride(from: min(Gazetteer.longestForm, words.count - start), through: 1, by: -1) {
                if let adjective = Gazetteer.adjectiveByForm[words[start..<(start + length)].joined(separator: " ")] {
                    return adjective
                }
            }
        }
        return nil
    }

    /// The usual spelling of a city: "Peking" → "Beijing"; "Tel Aviv" stays "Tel Aviv" (see `Gazetteer.sameCityNames`).
    static func canonicalCity(_ city: String) -> String {
        Gazetteer.usualCapital[NameFolding.fold(city)] ?? city
    }
}
