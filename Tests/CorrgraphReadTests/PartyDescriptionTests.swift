import Testing
@testable import CorrgraphRead

/// Names and descriptions of unnamed correspondents, by word class (worked out from the rules in
/// `PartyDescription`); the names are invented, from several naming cultures.
struct PartyDescriptionTests {
    @Test(arguments: [
        // 1. placeholders and bare punctuation
        "Unknown", "unknown", "Unbekannt", "N.N.", "NN", "N. N.", "[…]", "[...]", "?", "??", "Anonymous", "inconnu",
        // 2. indefinite articles and quantifiers, in every case form and language
        "einen Amtsbruder", "ein Konsistorium", "eine Witwe", "einem Kaufmann", "einer Gräfin", "eines Lehrers",
        "Einen Freund", "einen Amtsbruder?", "[einen Amtsbruder] im Elsaß", "einen Amtsbruder] im [Elsaß?",
        "a friend", "an officer", "some merchants", "two ladies", "zwei christliche Freundinnen",
        "un ami", "une amie", "Une amie", "quelques marchands", "uno studente", "una vedova", "een vriend",
        // 3. possessives without a name after the relation noun
        "seine Gemahlin", "ihren Sohn", "his son", "sa femme",
        // 4. lower-case openings that are not name particles and name no body
        "den Vater eines Studenten", "die Frau eines Geistlichen", "adliges Ehepaar", "the bearer", "le porteur",
        // 5. a role in the genitive
        "Presbyter der lutherischen Gemeinde", "Leiter eines Collegium Philobiblicum", "Vater des Bräutigams",
    ])
    func descriptionsAreUnnamed(text: String) {
        #expect(PartyDescription.classify(text) == .unnamed)
    }

    @Test(arguments: [
        ("Hinrich Abeken", "Hinrich Abeken"),
        ("Vengerova, Zinaida", "Vengerova, Zinaida"),
        ("Kim Il Sung", "Kim Il Sung"),
        ("de Sousa, Ana", "de Sousa, Ana"),
        ("von Arnim, Bettina", "von Arnim, Bettina"),
        ("al-Hakim, Tawfiq", "al-Hakim, Tawfiq"),
        ("La Rochefoucauld", "La Rochefoucauld"),
        ("Die Brücke", "Die Brücke"),
        ("A. Rahimov", "A. Rahimov"),
        ("Una Marson", "Una Marson"),
        ("Friedrich der Große", "Friedrich der Große"),
        ("Rat der Stadt Zwickau", "Rat der Stadt Zwickau"),
        // an uncertain identification and editorial brackets are cleaned, the name kept
        ("Jaroslav Novák?", "Jaroslav Novák"),
        ("[Jaroslav] Novák", "Jaroslav Novák"),
        // a body named by its function, its article dropped
        ("den Rat der Stadt Zwickau", "Rat der Stadt Zwickau"),
        ("das Leipziger Predigerministerium", "Leipziger Predigerministerium"),
        ("die Juristische Fakultät", "Juristische Fakultät"),
        ("reformierte Gemeinde", "reformierte Gemeinde"),
        ("the town council of Ghent", "town council of Ghent"),
        // a possessive with the person's name after the relation noun names that person
        ("seine Gemahlin Sofia Ivanovna", "Sofia Ivanovna"),
        ("his brother Tariq Mansour", "Tariq Mansour"),
    ])
    func namesAreKept(text: String, name: String) {
        #expect(PartyDescription.classify(text) == .named(name))
    }
}
