/// The word classes the name grammar asks about a token's key (`NamePhrase.wordKey`): each class is one of
/// the lexicon's lists (or one of `NamePhrase`'s own), and a key's classes are looked up once, in one table
/// built from those lists, instead of hashing the key again for every list a rule consults
/// (`NamePhrase.nameRuns` asked up to a dozen lists per token).
///
/// `classes.contains(c)` is exactly `list(c).contains(key)`: the table holds each list's words as they are,
/// so no list is copied or drifts.
///
/// ```swift
/// NameKeyClasses.of("de").contains(.particle)          // true
/// NameKeyClasses.of("ambassador").contains(.neverName)  // true
/// NameKeyClasses.of("karman")                           // []
/// ```
///
/// - Complexity: one dictionary look-up per key.
struct NameKeyClasses: OptionSet, Sendable {
    let rawValue: UInt32

    /// `NamePhrase.particles` (`de`, `van`, `bin`).
    static let particle = NameKeyClasses(rawValue: 1 << 0)
    /// `Gazetteer.givenNamePlaces`.
    static let givenNamePlace = NameKeyClasses(rawValue: 1 << 1)
    /// `Gazetteer.placeWords`.
    static let placeWord = NameKeyClasses(rawValue: 1 << 2)
    /// `Lexicon.nationalities`.
    static let nationality = NameKeyClasses(rawValue: 1 << 3)
    /// `NamePhrase.neverNameWords`.
    static let neverName = NameKeyClasses(rawValue: 1 << 4)
    /// `Gazetteer.surnamePlaces`.
    static let surnamePlace = NameKeyClasses(rawValue: 1 << 5)
    /// `Lexicon.institutionHeads`.
    static let institutionHead = NameKeyClasses(rawValue: 1 << 6)
    /// `Lexicon.honorifics`.
    static let honorific = NameKeyClasses(rawValue: 1 << 7)
    /// `Lexicon.offices`.
    static let office = NameKeyClasses(rawValue: 1 << 8)
    /// `NamePhrase.extraOffices`.
    static let extraOffice = NameKeyClasses(rawValue: 1 << 9)
    /// `NamePhrase.strongOffices`.
    static let strongOffice = NameKeyClasses(rawValue: 1 << 10)
    /// `NamePhrase.surnameTitles`.
    static let surnameTitle = NameKeyClasses(rawValue: 1 << 11)
    /// `NamePhrase.placePrepositions`.
    static let placePreposition = NameKeyClasses(rawValue: 1 << 12)
    /// `Lexicon.nonNameWords`.
    static let nonNameWord = NameKeyClasses(rawValue: 1 << 13)
    /// `Lexicon.connectives`.
    static let connective = NameKeyClasses(rawValue: 1 << 14)
    /// `NamePhrase.pluralGroups`.
    static let pluralGroup = NameKeyClasses(rawValue: 1 << 15)
    /// `FormsOfAddress.markingAnotherPerson`.
    static let marksAnotherPerson = NameKeyClasses(rawValue: 1 << 16)
    /// `NamePhrase.actPrepositions`.
    static let actPreposition = NameKeyClasses(rawValue: 1 << 17)
    /// `PeerageName.ranks` (`earl`, `baron`, `lord`).
    static let peerRank = NameKeyClasses(rawValue: 1 << 18)

    /// `Gazetteer.mayBeGivenName(key)`: a given name among the places, or a place word that is no nationality.
    var mayBeGivenName: Bool {
        contains(.givenNamePlace) || contains(.placeWord) && !contains(.nationality)
    }

    /// Any office word `analyse` reads before a name as the person's office.
    static let officeBeforeName: NameKeyClasses = [.office, .strongOffice, .extraOffice, .marksAnotherPerson]

    /// The classes of `key` (a `NamePhrase.wordKey`).
    static func of(_ key: String) -> NameKeyClasses {
        if let classes = table[key] { return classes }
        // `Deputy-Director`, `Assistant-Secretary`: a grade hyphenated to an office is an office (`NamePhrase.isHyphenatedOffice`).
        return key.utf8.contains(UInt8(ascii: "-")) && NamePhrase.isHyphenatedOffice(key) ? [.office, .extraOffice, .neverName] : []
    }

    private static let table: [String: NameKeyClasses] = {
        var table: [String: NameKeyClasses] = [:]
        // Most words are in `neverNameWords`, the union of the largest lists.
        table.reserveCapacity(NamePhrase.neverNameWords.count + Gazetteer.surnamePlaces.count + 256)
        func add(_ words: some Sequence<String>, _ cls: NameKeyClasses) {
            for w in words { table[w, default: []].insert(cls) }
        }
        add(NamePhrase.particles, .particle)
        add(Gazetteer.givenNamePlaces, .givenNamePlace)
        add(Gazetteer.placeWords, .placeWord)
        add(Lexicon.nationalities, .nationality)
        add(NamePhrase.neverNameWords, .neverName)
        add(Gazetteer.surnamePlaces, .surnamePlace)
        add(Lexicon.institutionHeads, .institutionHead)
        add(Lexicon.honorifics, .honorific)
        add(Lexicon.offices, .office)
        add(NamePhrase.extraOffices, .extraOffice)
        add(NamePhrase.strongOffices, .strongOffice)
        add(NamePhrase.surnameTitles, .surnameTitle)
        add(NamePhrase.placePrepositions, .placePreposition)
        add(Lexicon.nonNameWords, .nonNameWord)
        add(Lexicon.connectives, .connective)
        add(NamePhrase.pluralGroups, .pluralGroup)
        add(FormsOfAddress.markingAnotherPerson, .marksAnotherPerson)
        add(NamePhrase.actPrepositions, .actPreposition)
        add(PeerageName.ranks, .peerRank)
        return table
    }()
}
