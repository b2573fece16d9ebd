/// Tells a correspondent's name from a description of an unnamed one, for structured sources whose
/// party fields hold either (`persName` without `ref` in CMIF, a cell of an edge list):
/// `Philipp Jakob Spener` is a name; `einen Amtsbruder`, `a friend`, `une amie`, `Unknown`, `N.N.`,
/// `[…]` and a lone `?` are descriptions. The rules are over word classes, in this order:
///
/// 1. nothing but punctuation (`?`, `[…]`, `--`) or an "unknown" placeholder (`Unknown`, `Unbekannt`,
///    `N.N.`, `Anonymous`, `inconnu`) is a description;
/// 2. a phrase opened by an indefinite article or a quantifier (`ein…`, `a`, `an`, `un`, `une`, `een`,
///    `some`, `zwei`, `several`) is a description, whatever follows: it does not say who;
/// 3. a phrase opened by a possessive (`seine Gemahlin`, `his son`) is a description, unless capitalised
///    name words follow the relation noun (`seine Gemahlin Katharina Agathe` names Katharina Agathe);
/// 4. a phrase opened by a lower-case word that is not a name particle (`von`, `de`, `van`, `al` …),
///    typically an article or adjective (`den Vater eines Studenten`, `adliges Ehepaar`, `the bearer`),
///    is a description, unless it names an institution by its head noun (`den Rat der Stadt Erfurt`,
///    `lutherische Gemeinde`): a body named by its function is a correspondent (a leading definite
///    article is dropped: `Rat der Stadt Erfurt`);
/// 5. a role noun followed by a genitive (`Presbyter der lutherischen Gemeinde`, `Leiter eines
///    Collegium`) is a description, unless the role noun is itself a body (`Rat der Stadt Erfurt`).
///
/// Editorial brackets are dropped and a trailing `?` (an uncertain identification) is removed from a
/// name before these rules are applied; a capitalised article (`La Fontaine`, `Die Brücke`) is part of a
/// name.
///
/// ```swift
/// PartyDescription.classify("einen Amtsbruder")                   // .unnamed
/// PartyDescription.classify("Vengerova, Zinaida")                 // .named("Vengerova, Zinaida")
/// PartyDescription.classify("seine Gemahlin Katharina Agathe")    // .named("Katharina Agathe")
/// ```
public enum PartyDescription {
    public enum Reading: Sendable, Hashable {
        /// A name, cleaned of editorial brackets and a trailing question mark.
        case named(String)
        /// A description of someone the source does not name.
        case unnamed
    }

    /// Words that stand for "unknown person" on their own (lower case, punctuation removed).
    static let unknownPlaceholders: Set<String> = [
        "unknown", "unbekannt", "unbekannte", "unbekannter", "anonymous", "anonym", "anonymus", "anonyme",
        "inconnu", "inconnue", "ignoto", "ignota", "desconocido", "desconocida", "onbekend", "ignotus",
        "nn", "n n", "nomen nescio", "unidentified", "unidentifiziert", "sconosciuto", "sconosciuta",
    ]

    /// Indefinite articles and quantifiers (German, English, French, Italian, Spanish, Dutch, Latin).
    /// `a`, `an`, `un`, `una`, `uno` are also given names or initials, so they count only in lower case.
    static let indefiniteAnyCase: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines", "irgendein", "irgendeine", "irgendeinen", "kein", "keine",
        "einige", "einigen", "mehrere", "mehreren", "zwei", "drei", "vier", "fünf",
        "some", "someone", "somebody", "several", "two", "three", "four",
        "une", "quelques", "quelqu'un", "deux", "trois", "plusieurs",
        "unos", "unas", "alcuni", "alcune", "due", "tre", "een", "enige", "twee", "quidam", "duo",
    ]
    static let indefiniteLowerCase: Set<String> = ["a", "an", "un", "una", "uno", "des"]

    /// Possessive determiners: a relation to someone already named (`seine Gemahlin`, `his son`).
    static let possessives: Set<String> = [
        "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "his", "her", "their", "son", "sa", "ses", "leur", "leurs", "suo", "sua", "suoi", "sue", "su", "sus", "zijn", "haar",
    ]

    /// Definite articles (lower case): before an institution's head noun they are dropped.
    static let definiteArticles: Set<String> = ["der", "die", "das", "den", "dem", "des", "the", "le", "la", "les",
                                                "il", "lo", "gli", "el", "los", "las", "het"]
    /// Genitive articles after a role noun (`Leiter eines …`, `Vater des …`); `der` only before a lower-case
    /// word, since it is also the article of an epithet (`Friedrich der Große`).
    static let genitiveArticles: Set<String> = ["des", "eines", "einer"]

    /// Lower-case words that begin real names: nobiliary and patronymic particles.
    static let nameParticles: Set<String> = [
        "von", "vom", "van", "de", "di", "da", "du", "del", "della", "dei", "zu", "zur",
        "ten", "ter", "al", "el", "bin", "ibn", "bint", "abu", "d", "do", "dos", "af", "av", "mac",
    ]

    /// Head nouns of bodies that write and receive letters (German, English, French, Latin, Italian). A
    /// German compound counts by its last part (`Predigerministerium`, `Reichskammergericht`).
    static let institutionHeads: Set<String> = [
        "rat", "magistrat", "senat", "ministerium", "konsistorium", "kollegium", "collegium", "fakultät", "gemeinde",
        "universität", "akademie", "gesellschaft", "kapitel", "synode", "regierung", "kanzlei", "kammer", "gericht",
        "verlag", "redaktion", "zeitung", "bühne", "bühnen", "theater", "verein", "bund", "komitee", "kommission", "ausschuss",
        "council", "ministry", "faculty", "university", "academy", "society", "congregation", "consistory", "chapter",
        "senate", "committee", "commission", "board", "office", "company", "club", "church", "court", "government",
        "conseil", "faculté", "université", "académie", "société", "consistoire", "chapitre", "comité", "église",
        "consiglio", "università", "accademia", "società", "consejo", "universidad", "academia", "sociedad",
    ]
    /// Heads too short to match as the end of a compound (`Heirat` is no council).
    static let wholeWordHeads: Set<String> = ["rat", "bund", "club", "board", "court", "office"]

    /// How a party field reads: a (cleaned) name or a description of an unnamed correspondent.
    public static func classify(_ text: String) -> Reading {
        let cleaned = cleaned(text)
        let words: [String]
        if let ascii = asciiKeyAndWords(cleaned) {
            // (The same key and words, read over the bytes of an ASCII text.)
            guard let key = ascii.key else { return .unnamed }
            if unknownPlaceholders.contains(key) { return .unnamed }
            words = ascii.words
        } else {
            if !cleaned.contains(where: \.isLetter) { return .unnamed }
            let folded = cleaned.lowercased().map { $0.isLetter || $0 == " " ? $0 : " " }
            let key = String(folded).split(separator: " ").joined(separator: " ")
            if unknownPlaceholders.contains(key) { return .unnamed }
            words = cleaned.split(separator: " ").map(String.init)
        }
        let first = words[0]
        let firstLower = first.lowercased()
        if indefiniteAnyCase.contains(firstLower) && words.count > 1 { return .unnamed }
        if indefiniteLowerCase.contains(first) && words.count > 1 { return .unnamed }
        if possessives.contains(first) {
            // `seine Gemahlin Katharina Agathe`: the words after the relation noun name the person.
            let rest = words.dropFirst(2)
            if !rest.isEmpty, rest.allSatisfy({ $0.first?.isUppercase == true }) { return .named(rest.joined(separator: " ")) }
            return .unnamed
        }
        // `al-Hakim`, `d'Annunzio`: the particle is the letters before a hyphen or apostrophe.
        let lead = String(firstLower.prefix(while: \.isLetter))
        if first.first?.isLowercase == true, !nameParticles.contains(lead) {
            guard namesInstitution(words) else { return .unnamed }
            // `den Rat der Stadt Erfurt`: the body is named without the article its grammar needed.
            return definiteArticles.contains(first) && words.count > 1 ? .named(words.dropFirst().joined(separator: " ")) : .named(cleaned)
        }
        // `Presbyter der lutherischen Gemeinde`, `Leiter eines Collegium`: a role within something, in the
        // genitive, names no one — unless the head noun is itself a body (`Rat der Stadt Erfurt`).
        if words.count >= 3, genitiveArticles.contains(words[1]) || (words[1] == "der" && words[2].first?.isLowercase == true),
           !namesInstitution([first]) {
            return .unnamed
        }
        return .named(cleaned)
    }

    /// A name without editorial brackets (their content stays: `[Christian] Wildvogel` → `Christian Wildvogel`)
    /// and without a trailing `?` (an uncertain identification), white space collapsed.
    /// For an ASCII text, where a letter is A–Z or a–z and lower-casing lowers A–Z: the key `classify` looks up
    /// (its runs of letters, lower-cased, joined by single spaces; nil when it has no letter) and its words
    /// (split at spaces, empty ones dropped), made from the bytes in one pass each. nil for any other text.
    static func asciiKeyAndWords(_ text: String) -> (key: String?, words: [String])? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (key: String?, words: [String])? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                if lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z") {
                    if pendingSpace, !key.isEmpty { key.append(0x20) }
                    pendingSpace = false
                    key.append(lowered)
                } else {
                    pendingSpace = true
                }
            }
            let words = bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            return (key.isEmpty ? nil : String(decoding: key, as: UTF8.self), words)
        } ?? nil
    }

    public static func cleaned(_ text: String) -> String {
        // Most names are printable ASCII words between single spaces, with no bracket and no final `?`:
        // already clean, as the character walk below would find.
        if isCleanASCII(text) { return text }
        var cleaned = String(text.filter { $0 != "[" && $0 != "]" }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Question marks and the spaces between them (`Jan ? ?`) come off the end in one pass, not a copy
        // of the name per mark (a field of a million `?` was quadratic).
        if cleaned.hasSuffix("?") {
            while let last = cleaned.last, last == "?" || last == " " { cleaned.removeLast() }
        }
        return cleaned.isEmpty ? text.trimmingSpaces() : cleaned
    }

    /// Whether `text` is printable ASCII without `[`, `]`, a space at either end, two spaces in a row or a
    /// final `?`: then `cleaned` returns it unchanged. O(n).
    static func isCleanASCII(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first != 0x20, last != 0x20, last != UInt8(ascii: "?") else { return false }
        var previous: UInt8 = 0
        for b in text.utf8 {
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "["), b != UInt8(ascii: "]"), !(b == 0x20 && previous == 0x20) else {
                return false
            }
            previous = b
        }
        return true
    }

    /// Whether a phrase names a body by one of the institution head nouns.
    static func namesInstitution(_ words: [String]) -> Bool {
        words.contains { word in
            let w = word.lowercased().filter(\.isLetter)
            if institutionHeads.contains(w) { return true }
            return institutionHeads.contains { head in
                !wholeWordHeads.contains(head) && w.count > head.count && w.hasSuffix(head)
            }
        }
    }
}
