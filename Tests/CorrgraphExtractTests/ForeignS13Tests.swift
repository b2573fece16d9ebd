import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The conventions of session 13 for heads and summaries in German, French, Italian and Spanish (docs/summaries.md, "The
/// other side of a one-sided conversation title"; docs/letter-editions.md, "The language table"). Names are invented, of
/// several naming cultures; expectations are worked out by hand from the gold schema (offices and forms of address are no
/// part of names; a planned talk is no talk; a talk with fewer than two named participants is not listed).
@Suite struct ForeignS13Tests {
    // MARK: 0. Meeting verbs of a summary in the head's own language

    /// A one-sided talk head of each language, the summary's subject with its office, and the side's office after the verb.
    struct Language: Sendable, CustomStringConvertible {
        let row: LanguageTable.Row
        let head: String
        let subjectOffice: String
        let objectOffice: String
        var description: String { row.name }
    }
    static let languages: [Language] = [
        Language(row: LanguageTable.french, head: "Entretien avec M.", subjectOffice: "Le Ministre", objectOffice: "l'ambassadeur"),
        Language(row: LanguageTable.german, head: "Vermerk über ein Gespräch mit Botschafter", subjectOffice: "Staatssekretär",
                 objectOffice: "Botschafter"),
        Language(row: LanguageTable.italian, head: "Colloquio con l'ambasciatore", subjectOffice: "Il ministro",
                 objectOffice: "l'ambasciatore"),
        Language(row: LanguageTable.spanish, head: "Memorándum de conversación con el embajador", subjectOffice: "El ministro",
                 objectOffice: "el embajador"),
    ]
    /// Subjects and sides of several naming cultures (French, Nigerian, Japanese, German, Chilean, Vietnamese, Swedish).
    static let subjects = ["Duchamel", "Okafor", "Nakamura", "Brückner", "Ruiz-Tagle"]
    static let sides = ["Castellanos", "Tarasenko", "Oyelaran", "Lindqvist", "Hoang Van Minh"]

    /// `VERB OBJECT-OFFICE B`, with the Spanish `a` + `el` fused (`recibió al embajador`, `visita al embajador`).
    static func clause(_ verb: String, _ language: Language, side: String) -> String {
        guard language.row.name == "Spanish", !verb.hasSuffix(" con") else { return "\(verb) \(language.objectOffice) \(side)" }
        let bare = verb.hasSuffix(" a") ? String(verb.dropLast(2)) : verb
        return "\(bare) al embajador \(side)"
    }

    /// Every meeting verb of each row, every subject with its office and every side: the pair.
    @Test(arguments: languages)
    func everyMeetingVerb(language: Language) {
        #expect(!language.row.meetingVerbs.isEmpty)
        for verb in language.row.meetingVerbs.sorted() {
            for (n, subject) in Self.subjects.enumerated() {
                let side = Self.sides[n % Self.sides.count]
                let title = "\(language.head) \(side)"
                let summary = "\(language.subjectOffice) \(subject) \(Self.clause(verb, language, side: side))."
                #expect(Acts.of(title, summary: summary) == [Acts.talk([subject, side])],
                        "\(title) || \(summary)")
            }
        }
    }

    /// A subject without an office, with a given name, after an opening phrase set off by a comma; the head in capitals
    /// and in brackets.
    @Test func subjectForms() {
        let cases: [(String, String, [String])] = [
            ("Entretien avec M. Castellanos", "M. Jean-Luc Vautrin a reçu M. Castellanos.", ["Castellanos", "Jean-Luc Vautrin"]),
            ("Entretien avec M. Castellanos", "Le 3 mai, M. Vautrin a reçu M. Castellanos.", ["Castellanos", "Vautrin"]),
            ("Gespräch mit Botschafter Nakashima", "Ingrid Vogel empfing Botschafter Nakashima.", ["Ingrid Vogel", "Nakashima"]),
            ("GESPRÄCH MIT BOTSCHAFTER NAKASHIMA", "Bundesrat Imhof traf Botschafter Nakashima.", ["Imhof", "Nakashima"]),
            ("[Colloquio con l'ambasciatore Tarasenko]", "Il sottosegretario Mantovani ha incontrato l'ambasciatore sovietico Tarasenko.",
             ["Mantovani", "Tarasenko"]),
            ("Memorándum de conversación con el embajador Lindqvist", "Don Aurelio Bustamante se entrevistó con el embajador Lindqvist.",
             ["Aurelio Bustamante", "Lindqvist"]),
        ]
        for (title, summary, pair) in cases {
            #expect(Acts.of(title, summary: summary) == [Acts.talk(pair)], "\(title) || \(summary)")
        }
    }

    /// Negatives: a future, a conditional or an infinitive (a planned talk); a pronoun subject; an object that is not the
    /// title's side; the side as subject; a verb of the class with no named subject.
    @Test func meetingVerbNegatives() {
        let cases: [(String, String)] = [
            ("Entretien avec M. Castellanos", "Le Ministre Duchamel recevra M. Castellanos la semaine prochaine."),
            ("Entretien avec M. Castellanos", "Le Ministre Duchamel souhaite recevoir M. Castellanos."),
            ("Entretien avec M. Castellanos", "Il a reçu M. Castellanos."),
            ("Entretien avec M. Castellanos", "Le Ministre Duchamel a reçu M. Okafor."),
            ("Gespräch mit Botschafter Nakashima", "Staatssekretär Brückner wird Botschafter Nakashima empfangen."),
            ("Gespräch mit Botschafter Nakashima", "Er empfing Botschafter Nakashima."),
            ("Gespräch mit Botschafter Nakashima", "Botschafter Nakashima empfing die Presse."),
            ("Colloquio con l'ambasciatore Tarasenko", "Il ministro Ferrandi riceverà l'ambasciatore Tarasenko."),
            ("Memorándum de conversación con el embajador Tilden", "El ministro Castellanos recibirá al embajador Tilden."),
            ("Memorándum de conversación con el embajador Tilden", "La reunión con el embajador Tilden fue aplazada."),
        ]
        for (title, summary) in cases {
            #expect(Acts.of(title, summary: summary) == [], "\(title) || \(summary)")
        }
    }

    /// The class is read only under a one-sided talk head: a head of no talk states no talk from the same summary.
    @Test func onlyUnderOneSidedTalk() {
        #expect(Acts.of("Rapport politique", summary: "Le Ministre Duchamel a reçu M. Castellanos.") == [])
    }

    // MARK: 1. Dodis office heads (German and French)

    /// Senders and addressees of several naming cultures, as the Swiss series prints them (given name and surname).
    static let pairs = [("Anselm Truog", "Max Petitpierre"), ("Henri Vuilleumier", "Rudolf Bindschedler"),
                        ("Jean-Pierre Ducommun", "Giuseppe Lepori"), ("Nadia Rüegg-Kovač", "Otto Stüssi")]

    /// `DOCUMENT des OFFICE, A, an den OFFICE, B`: every German document word, every sender office; the holders are the ends.
    @Test(arguments: ["Schreiben", "Notiz", "Aufzeichnung", "Telegramm", "Bericht"])
    func germanHoldersInApposition(document: String) {
        for office in ["des schweizerischen Gesandten in Ankara", "des Chefs der Abteilung für Auswärtiges",
                       "des Direktors der Handelsabteilung"] {
            for (a, b) in Self.pairs {
                let title = "\(document) \(office), \(a), an den Vorsteher des EPD, \(b)"
                #expect(Acts.of(title) == ["\(a) → \(b)"], "\(title)")
            }
        }
    }

    /// The addressee's office with its holder printed after it (`au Conseiller fédéral B`, `an Bundesrat B`), an office
    /// alone (`an den Vorsteher des EVD`), a second addressee after `und` without `an`, a holder's own office in apposition.
    @Test func addresseeForms() {
        for (a, b) in Self.pairs {
            let surname = Acts.surname(b)
            let cases: [(String, [String])] = [
                ("Lettre du Chef du Département politique, \(a), au Conseiller fédéral \(surname)", ["\(a) → \(surname)"]),
                ("Lettre du Directeur de la Division du Commerce, \(a), au Conseiller fédéral \(b)", ["\(a) → \(b)"]),
                ("Schreiben des Chefs der Rechtsabteilung, \(a), an Bundesrat \(surname)", ["\(a) → \(surname)"]),
                ("Notiz des Chefs der Abteilung für Auswärtiges, \(a), an den Vorsteher des EVD", ["\(a) → Vorsteher des EVD"]),
                ("Schreiben des Vorstehers des EVD, Bundesrat \(a), an den Vorsteher des EPD, Bundesrat \(surname)",
                 ["\(a) → \(surname)"]),
                ("Schreiben des Vorstehers des EVD, \(a), an den Vorsteher des EPD, \(b), und den Vorsteher des EFZD, Bundesrat Kaeslin",
                 ["\(a) → \(b), Kaeslin"]),
            ]
            for (title, acts) in cases {
                #expect(Acts.of(title) == acts, "\(title)")
            }
        }
    }

    /// After the addressee, `durch [Vermittlung] C` and `par l'intermédiaire de C` relay the message; `für C` and `pour C` name
    /// its final recipient.
    @Test func relaysAfterHolders() {
        for (a, b) in Self.pairs {
            for (relay, acts) in [
                ("durch Minister Kaspar Hürlimann", ["\(a) → \(b) via Kaspar Hürlimann"]),
                ("durch Vermittlung von Minister Kaspar Hürlimann", ["\(a) → \(b) via Kaspar Hürlimann"]),
                ("für Minister Kaspar Hürlimann", ["\(a) → Kaspar Hürlimann via \(b)"]),
            ] {
                let title = "Der schweizerische Gesandte in Tokio, \(a), an den Vorsteher des Politischen Departements, \(b), \(relay)"
                #expect(Acts.of(title) == acts, "\(title)")
            }
            let french = "Lettre du Ministre de Suisse à Rome, \(a), au Chef du Département politique, \(b), pour le Ministre Kaspar Hürlimann"
            #expect(Acts.of(french) == ["\(a) → Kaspar Hürlimann via \(b)"], "\(french)")
        }
    }

    /// Negatives: a note on a subject addressed to no one; a record of a talk is no message.
    @Test func officeHeadNegatives() {
        #expect(Acts.of("Notiz des Chefs der Abteilung für Auswärtiges, Henri Vuilleumier, über die Rheinschifffahrt") == [])
        #expect(Acts.of("Aufzeichnung der Handelsabteilung über die Verhandlungen mit Schweden") == [])
    }

    // MARK: 2. SRE heads (Spanish)

    static let mexicans = ["Arturo Peña Villaseñor", "Federico Olvera Cisneros", "Manuel Tello Baurraud", "Rosa María Ibarra"]

    /// `en La Habana`: a capitalised article after a posting's `en` opens the city's name, for every such city; every
    /// document word of the SRE heads.
    @Test(arguments: ["La Habana", "La Paz", "El Cairo", "Los Ángeles", "El Paso", "La Haya"])
    func cityWithArticle(city: String) {
        for document in ["Oficio", "Informe", "Telegrama", "Circular", "Carta", "Despacho"] {
            for name in Self.mexicans {
                let title = "\(document) del Cónsul de México en \(city), \(name), al Secretario de Relaciones Exteriores"
                #expect(Acts.of(title) == ["\(name) → Secretario de Relaciones Exteriores"], "\(title)")
            }
        }
        let office = "Telegrama del Embajador de México en \(city) al Secretario de Relaciones Exteriores"
        #expect(Acts.of(office) == ["Embajador de México en \(city) → Secretario de Relaciones Exteriores"], "\(office)")
    }

    /// `por conducto de C`: a go-between; `que transcribe|transmite mensaje de A para B`: an enclosed message; `Lic.` and `C.`
    /// before an office or a name are forms of address; `conversación sostenida entre A y B` is a talk.
    @Test func sreRelaysAndForms() {
        for name in Self.mexicans {
            let cases: [(String, [String])] = [
                ("Carta del Presidente de México, \(name), al Presidente de Guatemala, por conducto del Embajador Ignacio Landa",
                 ["\(name) → Presidente de Guatemala via Ignacio Landa"]),
                ("Oficio del Cónsul de México en Nogales, \(name), al Gobernador de Sonora, por conducto del Cónsul General Pedro Ochoa",
                 ["\(name) → Gobernador de Sonora via Pedro Ochoa"]),
                ("Oficio del C. Cónsul de México en El Paso, Lic. \(name), al C. Secretario de Relaciones Exteriores",
                 ["\(name) → Secretario de Relaciones Exteriores"]),
                ("Oficio del Embajador Pedro Ochoa al Secretario, que transcribe mensaje del Presidente \(name) para el Presidente Kubitschek",
                 ["\(name) → Kubitschek via Pedro Ochoa > Secretario"]),
                ("Conversación sostenida entre el Subsecretario, Lic. \(name), y el Ministro de Cuba, Guillermo Belt Ramírez",
                 [Acts.talk([name, "Guillermo Belt Ramírez"])]),
                ("Memorándum de la conversación celebrada entre el Embajador \(name) y el Presidente Kubitschek",
                 [Acts.talk([name, "Kubitschek"])]),
            ]
            for (title, acts) in cases {
                #expect(Acts.of(title) == acts, "\(title)")
            }
        }
        // `C.` before a surname is an initial.
        #expect(Acts.of("Oficio del Embajador Julio C. Tello al Secretario de Relaciones Exteriores")
                == ["Julio C. Tello → Secretario de Relaciones Exteriores"])
    }

    // MARK: 3. Titles of nobility per language

    /// German: every title before `von`/`zu` goes, the particle stays; Romance: title and particle go (barons after an article
    /// or preposition of the language).
    @Test func nobilityPerLanguage() {
        for surname in ["Stauffenegg", "Eschenbach", "Hohenau-Bredow"] {
            for title in ["Grafen", "Freiherrn", "Fürsten", "Barons", "Ritters"] where LanguageTable.german.nobility.contains(title.lowercased()) {
                #expect(Acts.of("Brief des \(title) von \(surname) an Karl Ruppert") == ["von \(surname) → Karl Ruppert"], "\(title)")
            }
            #expect(Acts.of("Brief der Freifrau von \(surname) an Karl Ruppert") == ["von \(surname) → Karl Ruppert"])
            #expect(Acts.of("Lettre du baron de \(surname) à Jules Ferrand") == ["\(surname) → Jules Ferrand"])
            #expect(Acts.of("Carta del Conde de \(surname) a Pilar Echeverría") == ["\(surname) → Pilar Echeverría"])
            #expect(Acts.of("Lettera del barone di \(surname) a Giuseppe Tarchetti") == ["\(surname) → Giuseppe Tarchetti"])
        }
        // A given name between title and particle keeps the particle.
        #expect(Acts.of("Brief des Grafen Heinrich von Eschenbach an Otto Lindner") == ["Heinrich von Eschenbach → Otto Lindner"])
    }

    /// A body's adjectives, `para` before a purpose, a delegation's assembly (negative), in every language that has them.
    @Test func bodiesPurposesAndAssemblies() {
        for name in Self.mexicans {
            #expect(Acts.of("Oficio del Cónsul de México en Nogales, \(name), a las Misiones Diplomáticas de México")
                    == ["\(name) → Misiones Diplomáticas de México"])
            #expect(Acts.of("Oficio del Cónsul de México en Nogales, \(name), al Embajador en Londres para la negociación del convenio")
                    == ["\(name) → Embajador en Londres"])
        }
        for title in ["Informe de la Delegación de México a la Conferencia de Chapultepec",
                      "Informe de la Delegación de Chile a la Asamblea de la Sociedad de Naciones",
                      "Rapport de la Délégation suisse à la Conférence de Montreux",
                      "Relazione della Delegazione italiana alla Conferenza di Stresa"] {
            #expect(Acts.of(title) == [], "\(title)")
        }
    }
}
