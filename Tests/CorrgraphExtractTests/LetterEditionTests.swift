import CorrgraphTestSupport
import Testing
import CorrgraphRead
import CorrgraphResolve
@testable import CorrgraphExtract

/// Letter editions, calendars and registers of other archives (docs/letter-editions.md): each convention on
/// generated variants — every member of a word class in its slot, names of several naming cultures, lists of
/// three, brackets — and negatives. Expected acts worked out by hand from the gold schema; names invented.
@Suite struct LetterEditionTests {
    static let pairs: [(String, String)] = [
        ("Ottilie Brandstetter", "Haruto Nakamura"), ("Olusegun Adeyemi", "Leyla Karimova"),
        ("Zhou Minghui", "Ximena Caldera"), ("Park Ji-hoon", "Dmitri Lavrenko"),
    ]

    /// One row per language: an act noun, the sender's word, the addressee's word, the `and`, a subject word.
    static let forms: [(noun: String, from: String, to: String, and: String, subject: String)] = [
        ("Brief", "von", "an", "und", "über"), ("Schreiben", "des", "an", "und", "betreffend"),
        ("Postkarte", "von", "an", "und", "wegen"), ("Telegramm", "von", "an", "und", "mit"),
        ("Lettre", "de", "à", "et", "sur"), ("Billet", "de", "à", "et", "concernant"), ("Télégramme", "de", "à", "et", "avec"),
        ("Carta", "de", "a", "y", "sobre"), ("Oficio", "del", "a", "y", "acerca"),
        ("Lettera", "di", "a", "e", "circa"), ("Cartolina", "di", "a", "ed", "su"),
        ("Brief", "van", "aan", "en", "over"), ("Briefkaart", "van", "aan", "en", "betreffende"),
        ("Bilhete", "de", "para", "e", "sobre"),
    ]

    @Test(arguments: forms.indices)
    func everyLanguageReadsItsHeadingBothWays(index: Int) {
        let f = Self.forms[index]
        for (a, b) in Self.pairs {
            #expect(Acts.of("\(f.noun) \(f.from) \(a) \(f.to) \(b)") == ["\(a) → \(b)"])
            // A subject after the addressee is cut at the language's subject word.
            #expect(Acts.of("\(f.noun) \(f.from) \(a) \(f.to) \(b) \(f.subject) die Reise") == ["\(a) → \(b)"])
            // The dateline after a comma: place, then date.
            #expect(Acts.of("\(f.noun) \(f.from) \(a) \(f.to) \(b), Tarragona, 12 May 1890") == ["\(a) → \(b)"])
        }
        // A list of three with the language's own `and`.
        #expect(Acts.of("\(f.noun) \(f.from) Ottilie Brandstetter \(f.to) Haruto Nakamura, Leyla Karimova \(f.and) Zhou Minghui")
            == ["Ottilie Brandstetter → Haruto Nakamura, Leyla Karimova, Zhou Minghui"])
    }

    @Test(arguments: ["an", "à", "aan", "a", "para"].indices)
    func theReversedOrderNamesTheAddresseeFirst(index: Int) {
        let form = [("Brief", "an", "von"), ("Lettre", "à", "de"), ("Brief", "aan", "van"), ("Carta", "a", "de"), ("Carta", "para", "de")][index]
        for (a, b) in Self.pairs {
            #expect(Acts.of("\(form.0) \(form.1) \(b) \(form.2) \(a)") == ["\(a) → \(b)"])
        }
        // A particle spelt like the preposition stays in the name, on either side.
        #expect(Acts.of("\(form.0) \(form.1) Anna Kolb \(form.2) Gustav \(form.2) Rietberg") == ["Gustav \(form.2) Rietberg → Anna Kolb"])
    }

    @Test func particlesElisionsArticlesAndBrackets() {
        #expect(Acts.of("Brief von Gustav von Rietberg an Anna de la Cruz") == ["Gustav von Rietberg → Anna de la Cruz"])
        #expect(Acts.of("Carta de Fernando de Alba a Isabel de Mendoza") == ["Fernando de Alba → Isabel de Mendoza"])
        #expect(Acts.of("Lettre d'Aurélien Vasseur à Mathilde Gérard") == ["Aurélien Vasseur → Mathilde Gérard"])
        #expect(Acts.of("Lettre d’Aurélien Vasseur à Mathilde Gérard") == ["Aurélien Vasseur → Mathilde Gérard"])
        #expect(Acts.of("Schreiben von Friedrich Hollweg an das Auswärtige Amt") == ["Friedrich Hollweg → Auswärtige Amt"])
        #expect(Acts.of("Lettre de Geneviève Lamarque au Directoire exécutif") == ["Geneviève Lamarque → Directoire exécutif"])
        #expect(Acts.of("Brief von [Ottilie] Brandstetter an Haruto Nakamura") == ["Ottilie Brandstetter → Haruto Nakamura"])
    }

    @Test(arguments: ["Tagebuch von Friedrich Hollweg", "Rapport de Geneviève Lamarque sur les finances",
                      "Mémoire de Charles de Montclair sur la navigation", "A Brief Account of the Voyage to Canton",
                      "Carta Marina of the Northern Seas", "Diario de Mercedes Arrieta", "Brief an die Nachwelt",
                      "Lettre sur les aveugles", "Brief Notes on the Harvest in Shandong"])
    func wordsOfOtherLanguagesMakeNoFalseAct(title: String) {
        #expect(Acts.of(title) == [])
    }

    @Test func englishTitlesWithTheseWordsAreReadInEnglish() {
        #expect(Acts.of("Brief from the Legal Adviser to the Minister of Justice") == ["Legal Adviser → Minister of Justice"])
        #expect(Acts.of("Letter from Gustav von Rietberg to Anna de la Cruz") == ["Gustav von Rietberg → Anna de la Cruz"])
    }

    @Test(arguments: ["Sunday, ", "", "Mercredi, "])
    func aDatelineAfterAPeriodClosesTheHeading(weekday: String) {
        for (a, b) in Self.pairs {
            #expect(Acts.of("\(a) to \(b). Arles, \(weekday)9 September 1888") == ["\(a) → \(b)"])
            #expect(Acts.of("From \(a) to \(b). Saint-Rémy-de-Provence, \(weekday)2 May 1889.") == ["\(a) → \(b)"])
        }
        // A period after an initial or a form of address is no dateline's.
        #expect(Acts.of("Sir T. Fenwick to the Earl of Rosmead. (Received March 3.)") == ["T. Fenwick → Rosmead"])
    }

    @Test(arguments: LetterEditions.editorialForms)
    func anEditorsFormOfTheDocumentNamesNoOne(form: String) {
        let capitalised = form.prefix(1).uppercased() + form.dropFirst()
        for (a, b) in Self.pairs {
            #expect(Acts.of("\(capitalised) of a Letter from \(a) to \(b)") == ["\(a) → \(b)"])
            #expect(Acts.of("\(capitalised) of the Despatch from \(a) to \(b), dated 4 June 1871") == ["\(a) → \(b)"])
        }
        #expect(Acts.of("\(capitalised) of the Treaty of Commerce") == [])
    }

    @Test(arguments: ["(No. 123)", "(No. 7.)", "(Telegraphic)", "(Confidential)", "(Most Secret)", "(By Bag)", "(No. 45) Confidential.",
                      "(No. 9.) Secret.", "(Cypher)"])
    func registerNumbersAndMarksNameNoOne(mark: String) {
        #expect(Acts.of("Lord Cresswell to Sir J. Penhallow \(mark)") == ["Cresswell → J. Penhallow"])
        #expect(Acts.of("Mr. Okonjo to the Marquess of Carrick \(mark)") == ["Okonjo → Carrick"])
        #expect(Acts.of("Memorandum by Sir A. Nicolls respecting the Frontier \(mark)") == [])
    }

    @Test(arguments: ["inclosing", "enclosing", "transmitting"])
    func anInclosedNoteIsRelayed(verb: String) {
        #expect(Acts.of("Sir J. Treloar to Lord Ventnor, \(verb) Copy of a Note from Monsieur Delacroix") == ["Delacroix → Ventnor via J. Treloar"])
        #expect(Acts.of("Letter from Sir Bevis Ormond to Lord Ormsby \(verb) a letter from Chen Guoliang to Wu Yifan")
            == ["Chen Guoliang → Wu Yifan via Bevis Ormond > Ormsby"])
    }

    @Test func aContinentalCountIsNamedLikeAPeer() {
        #expect(Acts.of("Mr. Ashcombe to Count Vollrath") == ["Ashcombe → Vollrath"])
        #expect(Acts.of("Count Vollrath to Mr. Ashcombe") == ["Vollrath → Ashcombe"])
    }

    @Test func calendarsListInvertedNamesInPairs() {
        #expect(Acts.of("Lindqvist, S. E. to Mbeki, Thandiwe, and Nakashima, K.") == ["S. E. Lindqvist → Thandiwe Mbeki, K. Nakashima"])
        #expect(Acts.of("Pembury, A. F. and Whitlock, H. J. to Osgood, T. W.") == ["A. F. Pembury, H. J. Whitlock → T. W. Osgood"])
        #expect(Acts.of("Osgood, T. W. to Pembury, A. F., Whitlock, H. J., and Carraway, Elinor")
            == ["T. W. Osgood → A. F. Pembury, H. J. Whitlock, Elinor Carraway"])
        // Without initials on either end, commas still list people.
        #expect(Acts.of("Pembury, Whitlock to Osgood, Carraway") == ["Pembury, Whitlock → Osgood, Carraway"])
    }

    static func owned(_ title: String) -> [String] {
        let record = CatalogueRecord(id: "t#1", source: "t", line: 1, date: "1790", title: title, summary: "")
        let extracted = CorpusExtractor(papersOf: EditionOwner("Eleanor Ashgrove")).extract([record])
        let corpus = NameResolver().resolve(extracted)
        return Acts.describe(corpus.records[0], in: corpus)
    }

    @Test func headingsOfOneEndNameListsAndInstitutions() {
        #expect(Self.owned("To Theodora Quist and Abiodun Falola, 1 June 1790") == ["Eleanor Ashgrove → Theodora Quist, Abiodun Falola"])
        #expect(Self.owned("To Theodora Quist, Abiodun Falola, and Kim Soo-ah") == ["Eleanor Ashgrove → Theodora Quist, Abiodun Falola, Kim Soo-ah"])
        #expect(Self.owned("From the Board of Treasury, 2 July 1790") == ["Board of Treasury → Eleanor Ashgrove"])
        #expect(Self.owned("To the Secretary at War, 3 May 1790") == ["Eleanor Ashgrove → Secretary at War"])
        #expect(Self.owned("To Min-seo Han. Arles, Sunday, 9 September 1888") == ["Eleanor Ashgrove → Min-seo Han"])
        #expect(Self.owned("Brief an Min-seo Han") == ["Eleanor Ashgrove → Min-seo Han"])
        #expect(Self.owned("Lettre de Haruto Nakamura, Paris, 3 mai 1845") == ["Haruto Nakamura → Eleanor Ashgrove"])
        // A surname or a place alone is no heading, with or without an owner.
        #expect(Self.owned("From Moscow") == [])
        #expect(Self.owned("To Quist") == [])
    }
}
