import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The name grammar's word classes (`NameKeyClasses`) are looked up once per key in one table built from the
/// lexicon's lists: each class must say exactly what its list says, on the lists' own words and on invented names
/// (several naming cultures, capitals, non-ASCII letters, brackets and punctuation around the word).
@Suite struct NameKeyClassesTests {
    /// Each class with the list it stands for.
    static let lists: [(NameKeyClasses, Set<String>)] = [
        (.particle, NamePhrase.particles), (.givenNamePlace, Gazetteer.givenNamePlaces), (.placeWord, Gazetteer.placeWords),
        (.nationality, Lexicon.nationalities), (.neverName, NamePhrase.neverNameWords), (.surnamePlace, Gazetteer.surnamePlaces),
        (.institutionHead, Lexicon.institutionHeads), (.honorific, Lexicon.honorifics), (.office, Lexicon.offices),
        (.extraOffice, NamePhrase.extraOffices), (.strongOffice, NamePhrase.strongOffices), (.surnameTitle, NamePhrase.surnameTitles),
        (.placePreposition, NamePhrase.placePrepositions), (.nonNameWord, Lexicon.nonNameWords), (.connective, Lexicon.connectives),
        (.pluralGroup, NamePhrase.pluralGroups), (.marksAnotherPerson, FormsOfAddress.markingAnotherPerson),
        (.actPreposition, NamePhrase.actPrepositions), (.peerRank, PeerageName.ranks),
    ]

    /// Printed words: invented names of several cultures, forms of address, offices, places, in capitals and with punctuation.
    static let printed = [
        "Karman", "Namarmi", "Ivanova", "Zhang", "Jianguo", "Min-ho", "Soo-jin", "Al-Rashid", "Núñez", "Müller", "Øster",
        "Ambassador", "AMBASSADOR", "Cde.", "Mme", "Frau", "de", "De", "DE", "van", "bin", "He", "he", "Embassy", "embassy,",
        "(Berlin)", "[Jordan]", "Paris", "Jordan", "Soviet", "Soviets", "Chinese", "in", "to", "of", "by", "with", "On",
        "Officials", "Members", "Minister", "Secretary-General", "Attaché", "attache", "Lord", "King", "Marshall", "Major",
        "'s", "Petrov's", "1956", "A.", "V.V.", "", ",", "\u{212A}im", "e\u{301}mile", "Earl", "BARON", "Lady", "Count",
    ]

    @Test func eachClassIsItsList() {
        let keys = Self.printed.map(NamePhrase.wordKey) + Self.lists.flatMap { $0.1 }
        for key in keys {
            let classes = NameKeyClasses.of(key)
            for (cls, list) in Self.lists {
                #expect(classes.contains(cls) == list.contains(key), "\(key.debugDescription)")
            }
            #expect(classes.mayBeGivenName == Gazetteer.mayBeGivenName(key), "\(key.debugDescription)")
        }
    }

    @Test func inventedNamesHaveNoClass() {
        for name in ["karman", "namarmi", "jianguo", "min-ho", "soo-jin", "núñez", "müller", "olanle", "serlekin"] {
            #expect(NameKeyClasses.of(name).isEmpty, "\(name)")
        }
    }

    /// The name test given the key and classes is the test on the printed token, with and without a next token.
    @Test func nameTokenTestReadsTheClasses() {
        for token in Self.printed {
            for next in [nil, "Petrov", "de", "la", "Vega", "Ministry", "1956"] as [String?] {
                let key = NamePhrase.wordKey(token)
                let nextIsName = { NamePhrase.isNameToken(next ?? "", next: nil) }
                #expect(NamePhrase.isNameToken(token, key: key, classes: NameKeyClasses.of(key), next: next, nextIsName: nextIsName)
                        == NamePhrase.isNameToken(token, next: next), "\(token.debugDescription) \(String(describing: next))")
            }
        }
    }

    /// Name runs worked out by hand: a form of address or office before the name is outside its run; a particle inside a name
    /// is part of it; a run introduced by a place preposition is a complement, not a name.
    @Test func nameRunsOfHandMadePhrases() {
        #expect(NamePhrase.nameRuns(["Ambassador", "Ivan", "Petrov"]) == [1..<3])
        #expect(NamePhrase.nameRuns(["Cde.", "Wang", "Jianguo"]) == [1..<3])
        #expect(NamePhrase.nameRuns(["Carlos", "de", "la", "Vega"]) == [0..<4])
        #expect(NamePhrase.nameRuns(["Lee", "Min-ho"]) == [0..<2])
        #expect(NamePhrase.nameRuns(["José", "Núñez"]) == [0..<2])
        #expect(NamePhrase.nameRuns(["the", "Ambassador", "in", "Xlandia"]) == [])
        #expect(NamePhrase.nameRuns(["DPRK"]) == [])
    }

    /// Whole titles, expected acts by hand (gold schema: the correspondents as printed, without forms of address).
    @Test func titlesWithClassifiedWords() {
        #expect(Acts.of("Letter from Ambassador Hans Becker to Lee Min-ho") == ["Hans Becker → Lee Min-ho"])
        #expect(Acts.of("Cable, Carlos de la Vega to Cde. Wang Jianguo") == ["Carlos de la Vega → Wang Jianguo"])
        #expect(Acts.of("TELEGRAM FROM HANS BECKER TO OLGA SMIRNOVA") == ["Hans Becker → Olga Smirnova"])
    }
}
