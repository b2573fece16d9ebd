import Foundation

/// Heads of diplomatic document editions printed in German (Akten zur Auswärtigen Politik, AAPD) and French (Documents
/// diplomatiques français, DDF), rewritten into the English heads the title grammar reads (docs/letter-editions.md,
/// "Diplomatic heads in German and French"). Each convention is a row; the word classes are the tables below.
///
/// | head | reads as |
/// |---|---|
/// | `Gespräch des Bundeskanzlers A mit dem sowjetischen Botschafter B` | `Conversation between A and B` |
/// | `Gespräch zwischen Bundeskanzler A und Präsident B` | `Conversation between A and B` |
/// | `Botschafter A, Moskau, an das Auswärtige Amt` | `A to Auswärtige Amt` |
/// | `Compte rendu de l'entretien entre le général A et le chancelier B` | `Conversation between A and B` |
/// | `Entretien de M. A avec M. B` | `Conversation between A and B` |
/// | `M. A, Ambassadeur de France à Moscou, à M. B, Ministre des Affaires étrangères. T. nos 12 à 15.` | `A to B` |
enum ForeignDiplomaticHeads {
    /// German offices and forms of address before a name, in the nominative, genitive and dative the heads use
    /// (`des Bundeskanzlers`, `mit dem Botschafter`): dropped, as English offices are (gold schema).
    static let germanOffices: Set<String> = [
        "bundeskanzler", "bundeskanzlers", "kanzler", "kanzlers", "bundespräsident", "bundespräsidenten", "präsident",
        "präsidenten", "ministerpräsident", "ministerpräsidenten", "premierminister", "premierministers", "bundesminister",
        "bundesministers", "minister", "ministers", "außenminister", "außenministers", "aussenminister", "aussenministers",
        "staatssekretär", "staatssekretärs", "ministerialdirektor", "ministerialdirektors", "ministerialdirigent",
        "ministerialdirigenten", "ministerialrat", "ministerialrats", "botschafter", "botschafters", "sonderbotschafter",
        "gesandter", "gesandten", "generalsekretär", "generalsekretärs", "vorsitzender", "vorsitzende", "vorsitzenden",
        "legationsrat", "legationsrats", "vortragender", "vortragenden", "generalkonsul", "generalkonsuls", "konsul",
        "konsuls", "staatspräsident", "staatspräsidenten", "staatsminister", "staatsministers", "könig", "königs",
        "botschaftsrat", "botschaftsrats", "geschäftsträger", "geschäftsträgers", "stellvertretender", "stellvertretende",
        "stellvertretenden", "ständiger", "ständige", "ständigen", "vertreter", "vertreters", "parteichef", "parteichefs",
        "abgeordneter", "abgeordneten", "senator", "senators", "bürgermeister", "bürgermeisters", "regierender",
        "regierenden", "general", "generals", "marschall", "marschalls", "premier", "premiers", "chef", "chefs",
        "herr", "herrn", "frau", "graf", "grafen", "dr.", "prof.", "kardinal", "papst",
        // The Swiss series' (Dodis) offices: the head of a federal department, an envoy (a weak noun: `der Gesandte`,
        // `den Gesandten`), a federal councillor, a deputy foreign minister.
        "vorsteher", "vorstehers", "vorsteherin", "gesandte", "botschafterin", "chefin", "direktor", "direktors",
        "delegierte", "delegierter", "delegierten", "bundesrat", "bundesrats", "bundesrätin", "vizeaussenminister",
        "vizeaußenminister", "vizeaussenministers", "vizeaußenministers", "missionschef", "missionschefs",
    ]
    /// French offices and forms of address before a name (`le général A`, `M. B`, `le chancelier C`).
    static let frenchOffices: Set<String> = [
        "m.", "mm.", "mme", "mlle", "monsieur", "madame", "ambassadeur", "ministre", "président", "chancelier", "général",
        "secrétaire", "chargé", "consul", "haut-commissaire", "délégué", "représentant", "directeur", "gouverneur",
        "résident", "commissaire", "maréchal", "amiral", "colonel", "premier", "roi", "reine", "prince", "pape",
        "cardinal", "sous-secrétaire", "conseiller", "attaché", "sénateur", "chef", "docteur",
        // The same offices held by a woman (`Mme A, chargée d'affaires de France à Varsovie`).
        "chargée", "ambassadrice", "présidente", "chancelière", "consule", "déléguée", "représentante", "directrice",
        "gouverneure", "résidente", "conseillère", "attachée", "sénatrice", "docteure",
        // Envoys and ministers of the Swiss series (`le Ministre plénipotentiaire`, `l'Envoyé extraordinaire`).
        "envoyé", "envoyée", "plénipotentiaire", "vice-consul", "chancelier", "vice-président",
    ]
    /// Plural forms of address opening a list of addressees (`à MM. A (Londres), B (Moscou) et C (Washington)`).
    static let frenchPluralAddress: Set<String> = ["mm.", "mm", "messieurs", "mmes", "mmes.", "mesdames"]
    /// Nouns of a talk, each language's.
    static let germanTalkNouns: Set<String> = [
        "gespräch", "gespräche", "unterredung", "besprechung", "unterhaltung", "telefongespräch", "ministergespräch",
        "vieraugengespräch",
    ]
    static let frenchTalkNouns: Set<String> = ["entretien", "entretiens", "conversation", "conversations", "entrevue", "audience",
                                               "déjeuner", "dejeuner", "dîner", "diner", "entrevues"]
    /// Articles before an office or a name in each language (dropped).
    static let germanArticles: Set<String> = LanguageTable.german.articles
    static let frenchArticles: Set<String> = LanguageTable.french.articles.union(LanguageTable.french.ofFused)
    /// Lower-case words that end a side of a talk or an end of a message: where and when (`in Washington`, `am 3. Mai`,
    /// `à Paris`, `le 3 mai`), what about.
    static let germanStops: Set<String> = ["in", "im", "am", "auf", "über", "zu", "zur", "zum", "vom", "bei", "beim", "anlässlich", "während", "betreffend"]
    static let frenchStops: Set<String> = ["à", "au", "aux", "en", "le", "sur", "concernant", "pendant", "lors"]
    /// Name particles that keep their lower case inside a name (`de Montclair`, `von Haberland`).
    static let particles: Set<String> = ["de", "d'", "von", "van", "zu", "du", "al-", "el-"]
    /// Head nouns of German bodies a head is addressed to (`an das Auswärtige Amt`, `an die Botschaft in Paris`).
    static let germanBodyHeads: Set<String> = Set(["amt", "ministerium", "bundeskanzleramt", "botschaft", "gesandtschaft", "generalkonsulat"]
        .filter(Lexicon.institutionHeads.contains))

    /// German ranks the German edition keeps untranslated in its English heads (`Ministerialdirektor A to State Secretary
    /// B`, `Vortragender Legationsrat I. Klasse C to …`): offices before a name, dropped as English offices are.
    static let germanRanksInEnglish: Set<String> = [
        "ministerialdirektor", "ministerialdirigent", "ministerialrat", "vortragender", "legationsrat", "legationssekretär",
        "botschaftsrat", "gesandtschaftsrat", "gesandter", "botschafter", "sonderbotschafter", "staatssekretär",
        "generalkonsul", "geschäftsträger", "bundesminister", "bundeskanzler", "staatsminister", "ministerpräsident",
        "bundespräsident", "botschaftssekretär", "konsul",
    ]
    /// The class of a rank (`I. Klasse`, `Erster Klasse`): two words after it.
    static let rankClasses: Set<String> = ["i.", "ii.", "1.", "2.", "erster", "zweiter"]
    static let rankCues = RuleCues(["ministerialdirektor", "ministerialdirigent", "ministerialrat", "vortragender", "legationsrat",
                                    "legationssekretär", "botschaftsrat", "gesandtschaftsrat", "gesandter", "botschafter",
                                    "sonderbotschafter", "staatssekretär", "generalkonsul", "geschäftsträger", "bundesminister",
                                    "bundeskanzler", "staatsminister", "ministerpräsident", "bundespräsident",
                                    "botschaftssekretär", "konsul"])

    /// `Vortragender Legationsrat I. Klasse A to Ambassador B` → `A to Ambassador B`: a run of German ranks (with its
    /// class) opening the head or an end after `to`, `and` or a comma, before a capitalised name, is cut.
    static func droppingGermanRanks(_ title: String) -> String {
        guard rankCues.occurs(in: title) else { return title }
        let words = title.split(separator: " ").map(String.init)
        var kept: [String] = []
        var i = 0
        while i < words.count {
            let opensEnd = i == 0 || ["to", "and", "from"].contains(words[i - 1].lowercased()) || words[i - 1].hasSuffix(",")
            var j = i
            if opensEnd {
                while j < words.count, words[j].first?.isUppercase == true, germanRanksInEnglish.contains(words[j].lowercased()) { j += 1 }
                if j > i, j + 1 < words.count, rankClasses.contains(words[j].lowercased()), words[j + 1].lowercased() == "klasse" { j += 2 }
            }
            // The run is cut only before a capitalised name that is no rank's end (`to`, a comma).
            if j > i, j < words.count, words[j].first?.isUppercase == true, !words[j - 1].hasSuffix(",") {
                i = j
                continue
            }
            kept.append(words[i])
            i += 1
        }
        return kept.count == words.count ? title : kept.joined(separator: " ")
    }

    /// The head rewritten in English, or nil when it is none of the forms above.
    static func rewritten(_ title: String) -> String? {
        // Each form holds a non-ASCII letter (`à`) or one of a few words: `mit`, `an`, `entre`, `avec`, `zwischen`
        // (`foreignCues`: one scan, and a non-ASCII title passes). Most English titles hold none and are not split.
        guard foreignCues.occurs(in: title) else { return nil }
        // An English function word (`with an Approved Message from A to B`) marks an English title.
        // (Over the bytes in an ASCII title, where every space separates words as `split` does.)
        let english = TitleText.asciiHoldsWord(title, of: englishFunctionWords, longest: longestEnglishFunctionWord)
            ?? title.split(separator: " ").contains(where: { englishFunctionWords.contains(String($0)) })
        guard !english else { return nil }
        return holdersInApposition(title) ?? foreignTalk(title) ?? germanMessage(title) ?? frenchMessage(title)
    }

    /// The words one of which every form above holds as a whole word (`foreignTalk`: a talk noun of a talk row of `LanguageTable`, or
    /// `mit`, `zwischen`, `entre`, `avec`, `tra`, `fra`, `con`; `germanMessage`: `an`); `frenchMessage`'s `à` is non-ASCII,
    /// which every cue test passes.
    static let foreignCues = RuleCues(["mit", "an", "entre", "avec", "zwischen", "au", "aux", "tra", "fra", "con"]
        + LanguageTable.talks.flatMap(\.talkNouns))

    /// Lower-case English words no German or French head holds.
    static let englishFunctionWords: Set<String> = ["with", "the", "of", "from", "to", "and", "by", "for", "on"]
    static let longestEnglishFunctionWord = englishFunctionWords.map(\.utf8.count).max() ?? 0

    // MARK: Holders in apposition (Swiss Dodis)

    /// Prepositions that open the addressee after the sender's comma (`, an den Gesandten …`, `, au Ministre …`, `, à la
    /// Division …`, `, aux Ambassadeurs …`), and those that open the other side of a talk (`, avec l'Ambassadeur …`,
    /// `, mit dem Botschafter …`).
    static let appositionAddressPrepositions: Set<String> = ["an", "au", "aux", "à"]
    /// After the addressees, an item opening with a relay word of the German or French row names the final recipient
    /// (`, für Minister X`, `, pour le Ministre X`); one opening with a go-between's phrase names the go-between (`, durch
    /// Vermittlung der Gesandtschaft in Moskau`, `, par l'intermédiaire du Consulat à X`): read as `, for X` and `, via X`.
    static let appositionRelays: [String] = LanguageTable.german.relay.union(LanguageTable.french.relay).sorted()
    static let appositionGoBetweens: [String] = LanguageTable.german.through.union(LanguageTable.french.through)
        .sorted { $0.count > $1.count }

    /// The relay or go-between an item names: its words after the phrase, without their articles (`, durch den Chef des
    /// Zivilkabinetts` → `Chef des Zivilkabinetts`); nil when the item opens with neither.
    static func appositionRelay(_ item: String) -> (relay: String, final: Bool)? {
        let lower = item.lowercased().replacingOccurrences(of: "’", with: "'")
        for (phrases, final) in [(appositionGoBetweens, false), (appositionRelays, true)] {
            guard let phrase = phrases.first(where: { lower.hasPrefix($0 + " ") }) else { continue }
            var words = splitElision(String(item.dropFirst(phrase.count + 1)).split(separator: " ").map(String.init))
            while let first = words.first.map(key), germanArticles.contains(first) || frenchArticles.contains(first) || first == "l'" {
                words.removeFirst()
            }
            guard let first = words.first, first.first?.isUppercase == true else { return nil }
            // `für Minister X`, `pour le Ministre X`: the holder after his office; an office alone stays as printed.
            if let name = nameAfterOffice(words) { return (name, final) }
            return (words.joined(separator: " ").replacingOccurrences(of: "' ", with: "'"), final)
        }
        return nil
    }

    /// An office with its holder printed after it in the same item (`au Conseiller fédéral Kobelt`, `an Bundesrat Wahlen`):
    /// the holder — the name left after the office words (capitalised offices of `germanOffices`/`frenchOffices` and the
    /// lower-case adjectives among them) — or nil when no office opens the item or no name is left.
    static func nameAfterOffice(_ words: [String]) -> String? {
        var rest = ArraySlice(words)
        var dropped = false
        while let w = rest.first, rest.count > 1 {
            let k = key(w)
            if w.first?.isUppercase == true, germanOffices.contains(k) || frenchOffices.contains(k) { dropped = true; rest = rest.dropFirst(); continue }
            if dropped, w.first?.isLowercase == true, !germanArticles.contains(k), !frenchArticles.contains(k), !particles.contains(k),
               !NamePhrase.particles.contains(k), !["des", "der", "du", "de", "in", "à", "en", "im", "bei"].contains(k) {
                rest = rest.dropFirst(); continue
            }
            break
        }
        guard dropped, (1...4).contains(rest.count) else { return nil }
        let name = rest.joined(separator: " ")
        return holder(name, after: words.prefix(words.count - rest.count).joined(separator: " ") + " in") == name ? name : nil
    }

    static let appositionTalkPrepositions: Set<String> = ["avec", "mit"]
    /// Prepositions that give an office its posting or its department (`in Moskau`, `à Rome`, `des Politischen
    /// Departements`, `du Département`): after one, a single word after the comma is the holder, not the office's seat.
    static let appositionPostings: Set<String> = ["in", "im", "bei", "à", "en", "auprès", "des", "der", "du", "de", "d'"]
    /// Units and bodies of a foreign service in German and French (beside the lexicon's institution heads): a word of them
    /// after a comma continues the office (`Chef, Division des Affaires étrangères`), it names no holder.
    static let foreignUnitWords: Set<String> = [
        "departement", "departements", "département", "abteilung", "sektion", "dienst", "direktion", "ambassade", "légation",
        "consulat", "délégation", "mission", "division", "direction", "service", "bureau", "amt", "botschaft",
        "gesandtschaft", "generalkonsulat", "ministerium", "ministère", "conseil", "bundesrat", "rat",
    ]
    /// What a head may print after its addressee: a message it carries (`, mit einer Botschaft von A an B`, `, transmettant
    /// un message de A à B`), rewritten in English so that the relay rule of the gold schema reads it.
    static let carriedMessageOpeners: [(opener: String, to: String)] = [
        ("mit einer botschaft von ", " an "), ("mit einer mitteilung von ", " an "), ("mit einer nachricht von ", " an "),
        ("mit einem schreiben von ", " an "), ("mit einem brief von ", " an "),
        ("transmettant un message de ", " à "), ("transmettant une lettre de ", " à "), ("avec un message de ", " à "),
        ("avec une lettre de ", " à "),
    ]

    /// **Convention: a holder in apposition** (the Swiss Dodis heads, in German and French): `[DOCUMENT] [des|du] OFFICE,
    /// NAME, an|au|à la|aux [article] OFFICE, NAME[, et au OFFICE, NAME]` — the name set off by commas after an office is
    /// its holder, and the end is the person (gold schema: offices are no part of names). An end with no name after its
    /// office (`an das Politische Departement`, `au Département politique`) is the body as printed, without its article.
    /// `avec`/`mit` after the sender's comma, with a talk noun before it (`Notice de l'entretien du Chef …, A, avec
    /// l'Ambassadeur …, B`), opens the other side of a talk. Rewritten into the English head the grammar reads; nil unless
    /// at least one end is a holder in apposition.
    static func holdersInApposition(_ title: String) -> String? {
        let items = title.components(separatedBy: ", ").map { $0.trimmingSpaces() }
        guard items.count >= 3 else { return nil }
        // The sender's items run to the first item that opens with an addressee's or a talk's preposition.
        guard let boundary = items.indices.dropFirst(2).first(where: { i in
            firstKey(items[i]).map { appositionAddressPrepositions.contains($0) || appositionTalkPrepositions.contains($0) } ?? false
        }), let preposition = firstKey(items[boundary]) else { return nil }
        let isTalk = appositionTalkPrepositions.contains(preposition)
        let senderOffice = items[..<(boundary - 1)].joined(separator: ", ")
        if isTalk {
            let opening = splitElision(senderOffice.split(separator: " ").map(String.init)).prefix(6)
            guard opening.contains(where: { germanTalkNouns.contains(key($0)) || frenchTalkNouns.contains(key($0)) }) else { return nil }
        }
        guard let sender = holder(items[boundary - 1], after: senderOffice) else {
            return isTalk ? nil : frenchOfficeAndUnit(items, boundary: boundary)
        }
        // The addressees: each opens with the preposition (after the first, `et au …`, `und an …`), then its office and perhaps
        // the holder after a comma; a carried message may close the head, and anything else ends it.
        var addressees: [String] = []
        var carried: String?
        // The addressee's group as printed when it is a body (`au Département politique`).
        var body: String?
        var relay: (relay: String, final: Bool)?
        var i = boundary
        while i < items.count {
            var words = splitElision(items[i].split(separator: " ").map(String.init))
            var joined = false
            if i > boundary, let first = words.first.map(key), ["et", "und"].contains(first) { words.removeFirst(); joined = true }
            // `an den Vorsteher des EPD, A, und den Vorsteher des EFZD, B`: the German `an` is not repeated after `und`.
            let prepositionOmitted = joined && preposition == "an" && words.first.map({ germanArticles.contains(key($0)) }) == true
            guard let first = words.first.map(key), prepositionOmitted || first == preposition
                    || i > boundary && appositionAddressPrepositions.contains(first) && !isTalk else {
                if !isTalk, relay == nil, let found = appositionRelay(items[i]) {
                    relay = found
                    i += 1
                    continue
                }
                let lower = items[i...].joined(separator: ", ").lowercased()
                if let opener = carriedMessageOpeners.first(where: { lower.hasPrefix($0.opener) }) { carried = carriedMessage(items[i...].joined(separator: ", "), opener: opener) }
                break
            }
            guard relay == nil else { return nil }
            if !prepositionOmitted { words.removeFirst() }
            while let article = words.first.map(key), germanArticles.contains(article) || frenchArticles.contains(article) || article == "l'" { words.removeFirst() }
            let office = words.joined(separator: " ")
            // (`den schweizerischen Gesandten …`: a lower-case adjective may open the office.)
            guard words.contains(where: { $0.first?.isUppercase == true }) else { return nil }
            if i + 1 < items.count, let name = holder(items[i + 1], after: office) {
                addressees.append(name)
                i += 2
            } else if let name = nameAfterOffice(words) {
                addressees.append(name)
                i += 1
            } else if !isTalk, i == boundary, words.contains(where: { foreignUnitWords.contains(key($0)) || Lexicon.institutionHeads.contains(key($0))
                        || $0.first?.isUppercase == true && (germanOffices.contains(key($0)) || frenchOffices.contains(key($0))) }),
                      words.count <= 8 {
                // A body (`au Département politique`) or an office named alone (`an den Vorsteher des EPD`), as printed.
                addressees.append(office)
                body = items[i]
                i += 1
            } else {
                return nil
            }
        }
        guard !addressees.isEmpty else { return nil }
        if isTalk { return conversation([sender], addressees) }
        if let relay, carried == nil, body == nil {
            let to = addressees.count == 1 ? addressees[0] : addressees.dropLast().joined(separator: ", ") + " and " + (addressees.last ?? "")
            return relay.final ? "Telegram from \(sender) to \(to), for \(relay.relay)" : "\(sender) to \(to), via \(relay.relay)"
        }
        if relay != nil, body != nil { return nil }
        if let carried { return "Telegram from \(sender) to the " + addressees.joined(separator: " and the ") + ", transmitting a Message from " + carried }
        // A body addressed in its own language (`au Département politique`) is read by the letter heading of that language.
        if let body, addressees.count == 1 { return (preposition == "an" ? "Brief von " : "Lettre de ") + sender + " " + body }
        return "\(sender) to " + (addressees.count == 1 ? addressees[0] : addressees.dropLast().joined(separator: ", ") + " and " + (addressees.last ?? ""))
    }

    /// French document words that may open a head before the sender's office (`Télégramme du Chef, …`).
    static let frenchDocumentWords: Set<String> = LanguageTable.french.letterNouns.union(LanguageTable.french.documents.keys)
        .union(LanguageTable.french.records)

    /// **Convention: a French office with its unit after a comma is one end** (the Swiss and French series): `Le Chef,
    /// Division des affaires politiques, au Ministre`, `Télégramme du Directeur, Service de presse, au Département
    /// politique` — a French office (`frenchOffices`, its article dropped) and, after the comma, a unit opened by a unit noun
    /// (`Division`, `Service`, `Section`, `Bureau`, `Direction` …, `ArchiveHeads.officeAndUnit`) are the office with the unit
    /// it heads, named as printed, as `Chief, Near East Division` is; the addressee after `au`/`à la`/`aux` is a holder set
    /// off after its office, or the office or body as printed. Rewritten into the French letter heading
    /// (`LetterEditions`), which reads both ends; nil for any other head.
    static func frenchOfficeAndUnit(_ items: [String], boundary: Int) -> String? {
        guard boundary == 2, let preposition = firstKey(items[boundary]), ["au", "aux", "à"].contains(preposition) else { return nil }
        var words = splitElision(items[0].split(separator: " ").map(String.init))
        if let first = words.first, frenchDocumentWords.contains(key(first)) { words.removeFirst() }
        while let article = words.first.map(key), frenchArticles.contains(article) || article == "l'" || article == "de" { words.removeFirst() }
        guard let office = words.first, office.first?.isUppercase == true, frenchOffices.contains(key(office)), words.count <= 4,
              let unit = ArchiveHeads.officeAndUnit(officeText: words.joined(separator: " "), unitText: items[1]) else { return nil }
        // The addressee: a holder after its office (`au Ministre de Suisse à Rome, Ch.-H. Delacour`), or the rest as printed.
        if items.count == boundary + 2, let name = holder(items[boundary + 1], after: String(items[boundary].drop { $0 != " " })) {
            return "Lettre de \(unit.text) à \(name)"
        }
        return "Lettre de \(unit.text) " + items[boundary...].joined(separator: ", ")
    }

    /// The holder set off after an office: a name of one to five words, initials, capitalised words and name particles
    /// (`E. Zumbrunnen`, `Ch.-H. Monnier`, `De Feo-Ranieri`), none of them an office, a unit, a body or a nationality. A
    /// single word is a holder only after an office with its posting or department (`Der Gesandte in Tokio, Rüegsegger,`),
    /// never a place (`Botschafter A, Moskau,` is where A was).
    static func holder(_ item: String, after office: String) -> String? {
        // `, Bundesrat Emil Kaeslin,`: the holder's own office before his name goes (offices are no part of names).
        var itemWords = item.split(separator: " ").map(String.init)
        // (An abbreviated form of address, `M.`, `Dr.`, stays: the holder as printed.)
        while itemWords.count > 1, let w = itemWords.first, w.first?.isUppercase == true, germanOffices.contains(key(w)) || frenchOffices.contains(key(w)),
              !w.hasSuffix(".") { itemWords.removeFirst() }
        let item = itemWords.joined(separator: " ")
        let officeWords = splitElision(office.split(separator: " ").map(String.init))
        guard officeWords.contains(where: { word in
            let k = key(word)
            return word.first?.isUppercase == true && (germanOffices.contains(k) || frenchOffices.contains(k)) && !NamePhrase.isInitials(word)
        }) else { return nil }
        let words = item.split(separator: " ").map(String.init)
        guard (1...5).contains(words.count), let last = words.last, last.first?.isUppercase == true, !NamePhrase.isInitials(last) else { return nil }
        for word in words {
            let k = key(word)
            if NamePhrase.isInitials(word) || isHyphenedInitials(word) { continue }
            if words.count > 1, particles.contains(k) || NamePhrase.particles.contains(k) { continue }
            guard word.first?.isUppercase == true, !word.contains(where: { $0.isNumber }), !germanOffices.contains(k), !frenchOffices.contains(k),
                  !foreignUnitWords.contains(k), !Lexicon.institutionHeads.contains(k), !OfficeHeads.isOfficeWord(k),
                  !Lexicon.nationalities.contains(k), !germanArticles.contains(k), !frenchArticles.contains(k) else { return nil }
        }
        if words.count == 1 {
            guard !Gazetteer.isPlace(item), officeWords.dropFirst().contains(where: { appositionPostings.contains(key($0)) }) else { return nil }
        }
        return item
    }

    /// `P.-A.`, `Ch.-H.`: French initials of a hyphenated given name.
    static func isHyphenedInitials(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { part in
            part.hasSuffix(".") && (2...3).contains(part.count) && part.first?.isUppercase == true && part.dropLast().allSatisfy(\.isLetter)
        }
    }

    /// `mit einer Botschaft von Vizeaussenminister A an Bundesrat B` → `A to B`: the carried message's ends, offices dropped.
    static func carriedMessage(_ text: String, opener: (opener: String, to: String)) -> String? {
        let rest = String(text.dropFirst(opener.opener.count))
        let parts = TitleText.find(opener.to, in: rest)
        guard parts.count == 1, let r = parts.first else { return nil }
        let isFrench = opener.to == " à "
        let offices = isFrench ? frenchOffices : germanOffices, articles = isFrench ? frenchArticles : germanArticles
        let stops = isFrench ? frenchStops : germanStops
        let from = side(ArraySlice(String(rest[..<r.lowerBound]).split(separator: " ").map(String.init)), offices: offices, articles: articles, stops: stops)
        let to = side(ArraySlice(String(rest[r.upperBound...]).split(separator: " ").map(String.init)), offices: offices, articles: articles, stops: stops)
        guard from.count == 1, !to.isEmpty else { return nil }
        return "\(from[0]) to \(to.joined(separator: " and "))"
    }

    static func firstKey(_ item: String) -> String? {
        splitElision(item.split(separator: " ").map(String.init)).first.map(key)
    }

    // MARK: Talks

    // The talk heads' words are the talk slots of the language table (`LanguageTable`): **`[RECORD of] TALK [MODIFIER]
    // BETWEEN A AND B`**, **`TALK OF A WITH B`**, **`TALK A–B`** (two names joined by a dash), **`TALK GRANTED BY A TO B`** (an
    // audience), and **`RECORD OF A ABOUT [a] TALK WITH B`** (the record's author is the talk's first side), each slot a word
    // class (`talkNouns`, `talkModifiers`, `between`, `and`, `with`, `ofWords` unless `genitiveByCase`, `about`, `granted`,
    // `by`, `toWords`, `talkOffices`, `talkArticles`, `talkStops`); a new language is a new row (docs/letter-editions.md,
    // "Talks in the languages of the diplomatic series"). The German row is read here; the Romance rows are
    // `RomanceOfficeHeads`'s, the one reader of Romance talk heads (`RomanceOfficeHeads.talkRewritten`).

    /// Italian offices and forms of address before a name (`il ministro degli Esteri A`, `l'ambasciatore B`, `l'onorevole C`),
    /// with the words of a ministry's domain that stand between the office and the name (`Esteri`, `di Stato`).
    static let italianOffices: Set<String> = [
        "ministro", "ambasciatore", "ambasciatrice", "presidente", "cancelliere", "segretario", "sottosegretario", "onorevole",
        "on.", "signor", "signore", "sig.", "signora", "generale", "ammiraglio", "maresciallo", "re", "regina", "principe", "papa",
        "cardinale", "console", "incaricato", "consigliere", "direttore", "capo", "delegato", "rappresentante", "senatore",
        "primo", "vice", "vicepresidente", "dottor", "dottore", "dott.", "professor", "professore", "prof.", "conte",
        "compagno", "esteri", "affari", "stato", "interni", "estero", "commissario", "nunzio", "ministri", "ambasciatori",
    ]
    /// Spanish offices and forms of address before a name (`el ministro A`, `el embajador B`, `don C`), with the words of a
    /// ministry's domain (`de Relaciones Exteriores`, `de Estado`).
    static let spanishOffices: Set<String> = [
        "ministro", "ministra", "embajador", "embajadora", "presidente", "presidenta", "canciller", "secretario", "subsecretario",
        "señor", "senor", "sr.", "señora", "sra.", "don", "doña", "general", "almirante", "rey", "reina", "príncipe", "papa",
        "cardenal", "cónsul", "consul", "encargado", "consejero", "director", "jefe", "delegado", "representante", "senador",
        "vicepresidente", "doctor", "dr.", "conde", "comandante", "coronel", "generalísimo", "camarada", "nuncio",
        "exteriores", "estado", "relaciones", "asuntos", "gobernación",
    ]
    /// The forms of address of the Eastern-bloc German records (`des Genossen A`, `Genossin B`): dropped as `Comrade` is.
    static let germanComradeForms: Set<String> = ["genosse", "genossen", "genossin", "genossinnen"]
    /// French domain words that stand between an office and its holder (`le ministre des Affaires étrangères, M. A`).
    static let frenchDomainWords: Set<String> = ["affaires", "étrangères", "etrangères", "état", "extérieures", "intérieur"]

    /// The head of a talk in German (here) or a Romance language (`RomanceOfficeHeads.talkRewritten`), rewritten as
    /// `Conversation between …`; nil when no row reads it.
    static func foreignTalk(_ title: String) -> String? {
        talk(title, rows: [LanguageTable.german]) ?? RomanceOfficeHeads.talkRewritten(title)
    }

    /// The head of a talk in one of `rows`, rewritten as `Conversation between …`; nil when no row reads it.
    static func talk(_ title: String, rows: [LanguageTable.Row]) -> String? {
        let plain = title.split(separator: " ").map(String.init)
        for language in rows {
            let words = language.elides ? splitElision(plain) : plain
            // Every talk noun in the window, in order: `Entretiens franco-allemands : entretien entre A et B` reads the second.
            for talk in words.prefix(language.window).indices where language.talkNouns.contains(key(words[talk])) {
                if let read = talkAfterNoun(words, talk, language) { return read }
            }
        }
        return nil
    }

    /// The sides after the talk noun at `talk` (its modifiers read over), by the forms of a talk row.
    static func talkAfterNoun(_ words: [String], _ talk: Int, _ language: LanguageTable.Row) -> String? {
        var start = talk + 1
        while start < words.count, language.talkModifiers.contains(key(words[start])) { start += 1 }
        let rest = Array(words[start...])
        guard let opener = rest.first.map(key) else { return nil }
        func side(_ slice: ArraySlice<String>) -> [String] {
            Self.side(slice, offices: language.talkOffices, articles: language.talkArticles, stops: language.talkStops)
        }
        if language.between.contains(opener) {
            guard let and = rest.firstIndex(where: { language.and.contains(key($0)) }) else { return nil }
            return conversation(side(rest[1..<and]), side(rest[(and + 1)...]))
        }
        // `Entretien Duchamel–Gromadin`, `Colloquio A-B`, `Gespräch A / B`: two names joined by a dash or a slash.
        if let pair = dashPair(rest) { return conversation([pair.0], [pair.1]) }
        // `audience accordée par A à B`: the one who grants it, then the one received.
        if language.granted.contains(opener), rest.count > 2, language.by.contains(key(rest[1])),
           let to = rest.indices.dropFirst(2).first(where: { language.toWords.contains(key(rest[$0])) }) {
            return conversation(side(rest[2..<to]), side(rest[(to + 1)...]))
        }
        guard let with = rest.firstIndex(where: { language.with.contains(key($0)) }) else { return nil }
        if with == 0 {
            // `Aufzeichnung des OFFICE A über ein Gespräch mit B`: the record's author, after its `of` word, had the talk.
            guard let about = words[..<talk].lastIndex(where: { language.about.contains(key($0)) }),
                  let of = words[..<about].firstIndex(where: { language.ofWords.contains(key($0)) }), of <= 2
            else { return talkWithOneSide(words, talk, rest, language) }
            return conversation(side(words[(of + 1)..<about]), side(rest[1...]))
        }
        if !language.genitiveByCase, !language.ofWords.contains(opener) { return nil }
        return conversation(side(rest[(language.genitiveByCase ? 0 : 1)..<with]), side(rest[(with + 1)...]))
    }

    /// **Convention: a talk head with one named side** (session 12): `[RECORD [about] [a]] TALK [MODIFIER] WITH B` —
    /// `Entretien avec M. B`, `Compte rendu d'entretien avec l'ambassadeur B`, `Vermerk über ein Gespräch mit Botschafter B`,
    /// `Colloquio con l'ambasciatore B`, `Memorándum de conversación con el embajador B` — is the English `Conversation with B`:
    /// a talk whose other side the title does not name (the summary may: `docs/summaries.md`). No word before the talk noun
    /// but the record noun opening the head is capitalised (a name there is the record's author, read above); the side
    /// after `with` is one to four names, offices and forms of address dropped, up to a stop word.
    static func talkWithOneSide(_ words: [String], _ talk: Int, _ rest: [String], _ language: LanguageTable.Row) -> String? {
        guard words[..<talk].dropFirst().allSatisfy({ $0.first?.isUppercase != true }) else { return nil }
        // The side ends at a lower-case stop or `about` word that is no article, before a name too (`mit dem Botschafter
        // über die Lage`, `in Bonn`: a German noun and a place are capitalised).
        let after = rest[1...]
        let end = after.firstIndex { word in
            let k = key(word)
            return word.first?.isLowercase == true && (language.talkStops.contains(k) || language.about.contains(k)) && !language.talkArticles.contains(k)
        } ?? after.endIndex
        let other = side(after[..<end], offices: language.talkOffices, articles: language.talkArticles, stops: language.talkStops)
        guard let last = other.last, other.count <= 4 else { return nil }
        return "Conversation with " + (other.count == 1 ? last : other.dropLast().joined(separator: ", ") + " and " + last)
    }

    /// The separators of a pair of names after a talk noun: spaced or unspaced dashes, a slash.
    static let pairSeparators = ["–", "—", "/", "-"]

    /// `A–B`, `A – B`, `A/B`, `A-B` opening `words` (each one capitalised word, the pair perhaps closed by a comma or a
    /// period): the two names.
    static func dashPair(_ words: [String]) -> (String, String)? {
        func isName(_ w: Substring) -> Bool {
            w.count >= 2 && w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLetter || $0 == "'" }
        }
        func trimmed(_ w: String) -> Substring { Substring(w).prefix { ![",", ";", ".", ":"].contains($0) } }
        guard let first = words.first else { return nil }
        // `A – B`: three words.
        if words.count >= 3, pairSeparators.contains(words[1]) {
            let a = Substring(first), b = trimmed(words[2])
            if isName(a), isName(b), words.count == 3 || words[2].last.map({ [",", ";", ":"].contains($0) }) == true || words.count > 3 && words[3].first?.isLowercase == true {
                return (String(a), String(b))
            }
            return nil
        }
        let word = trimmed(first)
        for separator in pairSeparators {
            let parts = word.components(separatedBy: separator)
            if parts.count == 2, isName(Substring(parts[0])), isName(Substring(parts[1])) {
                // An unspaced hyphen joins a double name unless the head stops after it.
                if separator == "-", words.count > 1, words[1].first?.isUppercase == true { return nil }
                return (parts[0], parts[1])
            }
        }
        return nil
    }

    // MARK: Messages

    /// `[OFFICE] A[, PLACE,] an [das|den|die] [OFFICE] B|BODY[, PLACE]`, with a German office or article on one side
    /// (a letter edition's `A an B` between two names is `LetterEditions`'s).
    static func germanMessage(_ title: String) -> String? {
        let parts = TitleText.find(" an ", in: title)
        guard parts.count == 1, let r = parts.first else { return nil }
        // `Schreiben von A an B`: a letter heading, read by `LetterEditions` with its act noun.
        if let first = title.split(separator: " ").first, LetterEditions.allActNouns.contains(key(String(first))) { return nil }
        let left = Array(String(title[..<r.lowerBound]).split(separator: " ").map(String.init))
        let right = Array(String(title[r.upperBound...]).split(separator: " ").map(String.init))
        guard (left + right).contains(where: { germanOffices.contains(key($0)) && $0.first?.isUppercase == true })
                || right.first.map({ germanArticles.contains(key($0)) }) == true else { return nil }
        let sender = side(ArraySlice(left), offices: germanOffices, articles: germanArticles, stops: germanStops)
        guard sender.count == 1 else { return nil }
        // `an das Auswärtige Amt`: a body, named as printed without its article (as `LetterEditions` names it).
        // `an die Botschaft in Washington`: the body keeps its seat after `in`.
        let body = Array(right.drop { germanArticles.contains(key($0)) })
        if let head = body.prefix(3).firstIndex(where: { germanBodyHeads.contains(key($0)) }) {
            var named = Array(body[...head])
            if head + 2 < body.count, ["in", "bei"].contains(key(body[head + 1])), body[head + 2].first?.isUppercase == true,
               !body[head].hasSuffix(",") {
                named += body[(head + 1)...(head + 2)]
            }
            return "\(sender[0]) to \(named.map { $0.trimmingCharacters(in: [","]) }.joined(separator: " "))"
        }
        let recipient = side(ArraySlice(right), offices: germanOffices, articles: germanArticles, stops: germanStops)
        guard !recipient.isEmpty else { return nil }
        return "\(sender[0]) to \(recipient.joined(separator: " and "))"
    }

    /// `[M.] A, OFFICE, à [M.] B, OFFICE[. T. nos …]`: the DDF's head; each name's office follows it after a comma,
    /// so `, à` after an office opens the addressee. The office must open with a French office word.
    static func frenchMessage(_ title: String) -> String? {
        let parts = title.components(separatedBy: ", \u{E0} ")
        guard parts.count == 2 else { return nil }
        let left = parts[0]
        // What the edition prints after the addressee's office (`. T. nos 1234 à 1240. Londres, 3 mai 1950.`) is cut.
        var right = parts[1]
        if let stop = TitleText.find(". ", in: right).first(where: { !isAbbreviationBefore($0.lowerBound, in: right) }) {
            right = String(right[..<stop.lowerBound])
        }
        let leftItems = left.split(separator: ",", maxSplits: 1).map { $0.trimmingSpaces() }
        // `à MM. A (Londres), B (Moscou) et C (Washington)`: a circular to several posts, each name with its post.
        if let list = frenchAddresseeList(right), leftItems.count == 2, opensWithFrenchOffice(leftItems[1]) {
            let sender = side(ArraySlice(leftItems[0].split(separator: " ").map(String.init)), offices: frenchOffices, articles: frenchArticles, stops: frenchStops)
            guard sender.count == 1 else { return nil }
            return "\(sender[0]) to " + list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "")
        }
        // `à MM. les ambassadeurs de France à …`: posts named by their office, no person to read here.
        if let first = right.split(separator: " ").first, frenchPluralAddress.contains(key(String(first))) { return nil }
        let rightItems = right.split(separator: ",", maxSplits: 1).map { $0.trimmingSpaces() }
        guard leftItems.count == 2, opensWithFrenchOffice(leftItems[1]),
              rightItems.count == 1 || opensWithFrenchOffice(rightItems[1]) else { return nil }
        let sender = side(ArraySlice(leftItems[0].split(separator: " ").map(String.init)), offices: frenchOffices, articles: frenchArticles, stops: frenchStops)
        let recipient = side(ArraySlice(rightItems[0].split(separator: " ").map(String.init)), offices: frenchOffices, articles: frenchArticles, stops: frenchStops)
        guard sender.count == 1, recipient.count == 1 else { return nil }
        return "\(sender[0]) to \(recipient[0])"
    }

    /// `MM. A (Londres), B (Moscou) et C (Washington)` → [A, B, C]: after a plural form of address, names separated by
    /// commas and `et`, each perhaps with its post in parentheses; nil unless there are two or more, each a name.
    static func frenchAddresseeList(_ text: String) -> [String]? {
        guard let first = text.split(separator: " ").first, frenchPluralAddress.contains(key(String(first))) else { return nil }
        let body = text.dropFirst(first.count).trimmingSpaces()
        var names: [String] = []
        for chunk in body.components(separatedBy: ", ") {
            for item in chunk.components(separatedBy: " et ") {
                var name = item.trimmingSpaces()
                if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = String(name[..<open]).trimmingSpaces() }
                let words = name.split(separator: " ")
                guard (1...4).contains(words.count), words.allSatisfy({ w in
                    w.first?.isUppercase == true || particles.contains(w.lowercased())
                }), !words.contains(where: { frenchOffices.contains(key(String($0))) }) else { return nil }
                names.append(name)
            }
        }
        return names.count >= 2 ? names : nil
    }

    static func opensWithFrenchOffice(_ item: String) -> Bool {
        item.split(separator: " ").first.map { frenchOffices.contains(key(String($0))) } ?? false
    }

    /// Whether the period at `index` closes an initial or `M.` rather than a sentence.
    static func isAbbreviationBefore(_ index: String.Index, in text: String) -> Bool {
        let before = text[..<index].split(separator: " ").last.map(String.init) ?? ""
        return before.count <= 2 && (before.first?.isUppercase ?? false)
    }

    // MARK: Sides

    /// The names on one side of a talk or at one end of a message: offices, articles and lower-case adjectives before
    /// each name dropped, a place after a comma and what a stop word opens cut, `und`/`et` or a comma between names.
    static func side(_ words: ArraySlice<String>, offices: Set<String>, articles: Set<String>, stops: Set<String>) -> [String] {
        var names: [String] = []
        var current: [String] = []
        func close() { if !current.isEmpty { names.append(current.joined(separator: " ")); current = [] } }
        var index = words.startIndex
        while index < words.endIndex {
            var word = words[index]
            let commaAfter = word.hasSuffix(",")
            if commaAfter { word.removeLast() }
            let k = key(word)
            index += 1
            if sideConjunctions.contains(k) { close(); continue }
            if !current.isEmpty, word.first?.isLowercase == true, stops.contains(k) || articles.contains(k) { break }
            if offices.contains(k) || articles.contains(k) {
                if !current.isEmpty { close() }
            } else if particles.contains(k), index < words.endIndex, words[index].first?.isUppercase == true {
                current.append(word)
            } else if word.first?.isUppercase == true, !word.contains(where: { $0.isNumber }) {
                current.append(word)
            } else if !current.isEmpty {
                break
            }
            // `Botschafter A, Moskau, an …`: a comma after a name sets off where the person was.
            if commaAfter, !current.isEmpty { close(); break }
        }
        close()
        return names
    }

    /// `and` between two names on one side, in each talk row of the language table and in English.
    static let sideConjunctions: Set<String> = LanguageTable.talks.reduce(into: ["and"]) { $0.formUnion($1.and) }

    static func conversation(_ first: [String], _ second: [String]) -> String? {
        guard !first.isEmpty, !second.isEmpty, first.count + second.count <= 8 else { return nil }
        let all = first + second
        return "Conversation between " + all.dropLast().joined(separator: ", ") + " and " + (all.last ?? "")
    }

    /// Articles and prepositions elided onto the next word, French and Italian (`l'entretien`, `dell'ambasciatore`,
    /// `all'onorevole`), with either apostrophe; longest first.
    static let elidedWords: [String] = ["dell'", "dell’", "dall'", "dall’", "nell'", "nell’", "sull'", "sull’", "coll'", "coll’",
                                        "all'", "all’", "l'", "l’", "d'", "d’"]

    /// `l'entretien` → `l'`, `entretien`; `dell'ambasciatore` → `dell'`, `ambasciatore`.
    static func splitElision(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            let lower = word.lowercased()
            if let mark = elidedWords.first(where: { lower.hasPrefix($0) }), word.count > mark.count {
                return [String(mark.dropLast()) + "'", String(word.dropFirst(mark.count))]
            }
            return [word]
        }
    }

    static func key(_ word: String) -> String {
        var k = word.lowercased()
        while let last = k.last, [",", ";", ":"].contains(last) { k.removeLast() }
        return k
    }
}
