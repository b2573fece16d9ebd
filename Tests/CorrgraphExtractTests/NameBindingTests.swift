import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// A capitalised function word inside a name is a syllable of the name (`NameBinding`): every short
/// function word of the lexicon in the middle, at the end and at the start of invented names of several
/// naming cultures (Korean, Vietnamese, Burmese, Chinese), in messages, relays, conversations, lists of three
/// and summaries. Expected acts are worked out by hand from GOLD-SCHEMA.md for each template.
@Suite struct NameBindingTests {
    /// Every function word that may be a name syllable, capitalised as a name prints it.
    static let syllables = Lexicon.nameSyllableFunctionWords.sorted().map { $0.prefix(1).uppercased() + $0.dropFirst() }

    @Test func theClassHoldsTheShortPrepositionsAndNotTheArticlesOrAnd() {
        for word in ["on", "in", "to", "at", "by", "as", "or", "up", "of"] {
            #expect(Lexicon.nameSyllableFunctionWords.contains(word), "\(word)")
        }
        for word in ["the", "and", "de", "la", "between", "from", "with", "an"] {
            #expect(!Lexicon.nameSyllableFunctionWords.contains(word), "\(word)")
        }
    }

    /// "Letter from Kim W Chol to Li Wenbo": the word between two name words is part of the sender.
    @Test(arguments: syllables)
    func betweenTwoNameWords(_ w: String) {
        #expect(Acts.of("Letter from Kim \(w) Chol to Li Wenbo") == ["Kim \(w) Chol → Li Wenbo"])
        #expect(Acts.of("Cable, Sergei Volkov to Nguyen \(w) Lan") == ["Sergei Volkov → Nguyen \(w) Lan"])
        #expect(Acts.of("Cable, Sergei Volkov to Park Min-ho [via Thein \(w) Maung]") == ["Sergei Volkov → Park Min-ho via Thein \(w) Maung"])
        #expect(Acts.of("Memorandum of Conversation between Nguyen \(w) Lan and Hans Becker") == ["{Hans Becker, Nguyen \(w) Lan}"])
        #expect(Acts.of("Kim \(w) Chol's Meeting with Ahmed Haddad") == ["{Ahmed Haddad, Kim \(w) Chol}"])
        #expect(Acts.of("[Kim \(w) Chol's] Audience with Ahmed Haddad") == ["{Ahmed Haddad, Kim \(w) Chol}"])
    }

    /// Lists of three and more keep each bound name whole.
    @Test(arguments: syllables)
    func insideListsOfThree(_ w: String) {
        let title = "Telegram from Ahmed Haddad to Kim \(w) Chol, Thein \(w) Maung, and Diego Alvarez"
        #expect(Acts.of(title) == ["Ahmed Haddad → Kim \(w) Chol, Thein \(w) Maung, Diego Alvarez"], "\(title)")
        let talk = "Record of a Conversation between Li Wenbo, Kim \(w) Chol, Yuki Tanaka, and Nguyen \(w) Lan"
        #expect(Acts.of(talk) == ["{Kim \(w) Chol, Li Wenbo, Nguyen \(w) Lan, Yuki Tanaka}"], "\(talk)")
    }

    /// "Pak W discusses …", "from Li W to …": the last syllable, before lower case or punctuation.
    @Test(arguments: syllables)
    func atTheEndOfAName(_ w: String) {
        #expect(Acts.of("Letter from Wang \(w) to Hans Becker") == ["Wang \(w) → Hans Becker"])
        #expect(Acts.of("Journal of Ambassador Ivan Petrov", summary: "Pak \(w) discusses the harvest with Petrov.")
                == ["{Ivan Petrov, Pak \(w)}"])
    }

    /// "Letter from To Huu to …": the first syllable, after a lower-case function word.
    @Test(arguments: syllables)
    func atTheStartOfAName(_ w: String) {
        #expect(Acts.of("Letter from \(w) Kyong to Hans Becker") == ["\(w) Kyong → Hans Becker"])
        #expect(Acts.of("Conversation between Yuki Tanaka and \(w) Huu") == ["{\(w) Huu, Yuki Tanaka}"])
    }

    /// Titles printed in title case capitalise their function words: there they stay function words.
    @Test func titleCaseKeepsFunctionWords() {
        #expect(Acts.of("Letter From Sergei Volkov To Park Min-ho") == ["Sergei Volkov → Park Min-ho"])
        #expect(Acts.of("Cable, Li Wenbo To Hans Becker") == ["Li Wenbo → Hans Becker"])
        #expect(Acts.of("Memorandum From Secretary of State Haddad to President Ortega") == ["Haddad → Ortega"])
        #expect(Acts.of("Conversation Between Yuki Tanaka And Olga Smirnova") == ["{Olga Smirnova, Yuki Tanaka}"])
    }

    /// A capitalised function word next to class words (document types, offices, act nouns) binds nothing.
    @Test func nothingIsBoundBesideClassWords() {
        #expect(Acts.of("Report On the Harvest") == [])
        #expect(Acts.of("Resolution of the CC CPSU Presidium On the Korean Question") == [])
        #expect(Acts.of("Minutes of the Session of the Politburo In Moscow") == [])
        #expect(Acts.of("Cable, Li Wenbo to Hans Becker, On the Border Question") == ["Li Wenbo → Hans Becker"])
    }

    /// The joiner never reaches the output, and a text without such a word is unchanged.
    @Test func bindingIsInvisible() {
        #expect(NameBinding.bind("Letter from Ivan Petrov to Li Wenbo") == "Letter from Ivan Petrov to Li Wenbo")
        #expect(NameBinding.bind("Letter From Kim On Chol To Li") == "Letter From Kim On Chol To Li")
        #expect(NameBinding.bind("from Kim On Chol to Li").contains(NameBinding.joiner))
        for act in Acts.of("Letter from Kim On Chol to Li Wenbo", summary: "Kim On Chol informs Li Wenbo of the harvest.") {
            #expect(!act.contains(NameBinding.joiner), "\(act)")
        }
        #expect(NameBinding.bind("") == "")
        #expect(NameBinding.bind(" On ") == " On ")
    }

    // MARK: Abbreviated forms of address

    /// "Tow. A", "Hon. A", "Ing. A": an abbreviation of three to five letters before a name is a form of address,
    /// listed or not (invented ones too); in a title, a relay and a conversation.
    @Test(arguments: ["Tow.", "Hon.", "Ing.", "Amb.", "Gov.", "Sen.", "Rev.", "Hzab.", "Dipl.", "Kmdr."])
    func abbreviatedFormsOfAddress(_ abbreviation: String) {
        #expect(Acts.of("Letter from \(abbreviation) Sergei Volkov to Li Wenbo") == ["Sergei Volkov → Li Wenbo"])
        #expect(Acts.of("Cable, Li Wenbo to Hans Becker [via \(abbreviation) Park Min-ho]") == ["Li Wenbo → Hans Becker via Park Min-ho"])
        #expect(Acts.of("Record of Conversation of \(abbreviation) Ahmed Haddad with \(abbreviation) Yuki Tanaka")
                == ["{Ahmed Haddad, Yuki Tanaka}"])
    }

    /// Given names abbreviated the English way are names; initials and two-letter syllables stay in the name.
    @Test func givenNameAbbreviationsAndInitialsStay() {
        #expect(Acts.of("Thos. Whitfield to Jas. Morrow") == ["Thos. Whitfield → Jas. Morrow"])
        #expect(Acts.of("Letter from Yu. V. Orlov to Li Wenbo") == ["Yu. V. Orlov → Li Wenbo"])
        #expect(!NamePhrase.isAbbreviatedFormOfAddress("Geo."))
        #expect(!NamePhrase.isAbbreviatedFormOfAddress("Il."))
        #expect(!NamePhrase.isAbbreviatedFormOfAddress("HEX."))
        #expect(NamePhrase.isAbbreviatedFormOfAddress("Tow."))
    }
}
