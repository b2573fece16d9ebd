import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// The language table and the conventions of session 12 it carries (docs/letter-editions.md, "The language table",
/// "Talks in the languages of the diplomatic series"; docs/names.md, "Titles of nobility"): a talk head with one named
/// side in French, German, Italian and Spanish is the English `Conversation with B`; an office of a country with its
/// holder after a comma is the holder; an office alone is a side; a title of nobility and its particle are an honorific.
/// Names are invented, of several naming cultures; expectations are worked out by hand from the gold schema (offices and
/// forms of address are no part of names; an official named by office alone is a participant, named as printed without
/// its article; a talk with fewer than two named participants is not listed).
@Suite struct LanguagesS12Tests {
    static let names = ["Castellanos", "Okonkwo-Barre", "Nakashima", "Lindqvist", "Hoang Van Minh", "Tarasenko"]

    // MARK: The table

    /// Every reader reads its words from the table: the letter headings, the office heads and the talks hold the rows'
    /// words of each shared slot.
    @Test func readersReadTheTable() {
        for row in LanguageTable.letterHeadings {
            #expect(LetterEditions.allActNouns.isSuperset(of: row.letterNouns))
            #expect(LetterEditions.addressWords.isSuperset(of: row.ofWords.union(row.toWords)))
        }
        for row in LanguageTable.officeHeads {
            #expect(RomanceOfficeHeads.articles.isSuperset(of: row.articles))
            #expect(RomanceOfficeHeads.genitives.isSuperset(of: row.ofWords))
            #expect(RomanceOfficeHeads.addressFused.isSuperset(of: row.toFused))
            #expect(RomanceOfficeHeads.andWords.isSuperset(of: row.and))
            #expect(RomanceOfficeHeads.talks.isSuperset(of: row.talkNouns))
        }
        for row in LanguageTable.talks {
            #expect(ForeignDiplomaticHeads.sideConjunctions.isSuperset(of: row.and))
        }
        #expect(LanguageTable.romanceTalks.map(\.name) == ["French", "Italian", "Spanish"])
    }

    // MARK: 1. One named side

    /// `TALK WITH [OFFICE] B` after a record noun or none, in each language: the title's one side is B.
    @Test(arguments: [
        ("Entretien avec M.", "French"), ("Entretien téléphonique avec M.", "French"), ("Compte rendu d'entretien avec l'ambassadeur", "French"),
        ("Entrevue avec le général", "French"), ("Vermerk über ein Gespräch mit Botschafter", "German"),
        ("Gespräch mit Botschafter", "German"), ("Aufzeichnung über eine Unterredung mit dem sowjetischen Botschafter", "German"),
        ("Unterredung mit Herrn", "German"), ("Colloquio con l'ambasciatore", "Italian"), ("Colloquio telefonico con il ministro", "Italian"),
        ("Udienza con il presidente", "Italian"), ("Memorándum de conversación con el embajador", "Spanish"),
        ("Conversación con el Embajador", "Spanish"), ("Entrevista con el ministro", "Spanish"),
    ])
    func titleSideOfOneSidedTalk(head: String, language: String) {
        for name in Self.names {
            let title = "\(head) \(name)"
            let reading = TitleGrammar.read(title)
            #expect(reading.conversationWithOneSide.map(\.text) == [name], "\(title)")
            #expect(reading.conversations.isEmpty, "\(title)")
            // Alone, the title names one side: no conversation is listed.
            #expect(Acts.of(title) == [], "\(title)")
            // In brackets, as the editor supplied it.
            #expect(TitleGrammar.read("[\(title)]").conversationWithOneSide.map(\.text) == [name], "[\(title)]")
        }
    }

    /// The other side from a summary the English rules read: the pair, also for a head in capitals. Known issue until the
    /// summary rules of session 12 (s12-convs) read a summary whose title's talk noun is not English: the summary reader
    /// recounts talks only under a title with an English conversation noun (`SummaryReader`, `containsConversationNoun`).
    @Test func otherSideFromSummary() {
        for (title, summary, pair) in [
            ("Entretien avec M. Castellanos", "Ambassador Tilden called on Castellanos at the ministry.", ["Castellanos", "Tilden"]),
            ("Gespräch mit Botschafter Nakashima", "Ambassador Tilden called on Nakashima at the embassy.", ["Nakashima", "Tilden"]),
            ("Colloquio con l'ambasciatore Tarasenko", "Ambassador Pemberton called on Tarasenko at the villa.", ["Pemberton", "Tarasenko"]),
            ("COLLOQUIO CON L'AMBASCIATORE TARASENKO", "Ambassador Pemberton called on Tarasenko at the villa.", ["Pemberton", "Tarasenko"]),
            ("Memorándum de conversación con el Embajador Lindqvist", "Ambassador Okafor called on Lindqvist in Madrid.", ["Lindqvist", "Okafor"]),
        ] {
            withKnownIssue(isIntermittent: true) {
                #expect(Acts.of(title, summary: summary) == [Acts.talk(pair)], "\(title)")
            }
        }
    }

    /// Negatives: no name after `with`, a name before the talk noun that is no record's author in an `of` phrase, a head
    /// with both sides.
    @Test func oneSideNegatives() {
        for title in ["Entretien avec l'ambassadeur", "Colloquio con il ministro degli Esteri sulla situazione",
                      "Gespräch mit dem Botschafter über die Lage", "Gespräch mit dem Botschafter in Bonn",
                      "Memorándum de conversación con el embajador", "Colloquio con l'ambasciatore a Roma"] {
            #expect(TitleGrammar.read(title).conversationWithOneSide.isEmpty, "\(title)")
            #expect(Acts.of(title) == [], "\(title)")
        }
        #expect(Acts.of("Entretien de M. Duchamel avec M. Castellanos") == [Acts.talk(["Castellanos", "Duchamel"])])
        #expect(Acts.of("Aufzeichnung des Staatssekretärs Brückner über ein Gespräch mit Botschafter Tarasenko") == [Acts.talk(["Brückner", "Tarasenko"])])
    }

    // MARK: 2. Offices as sides

    /// `TALK de|del A avec|con OFFICE de|di COUNTRY, [FORM] B`: the holder after the comma is the side.
    @Test func officeOfCountryWithHolder() {
        for (a, b) in [("Duchamel", "Castellanos"), ("Vautrin", "Nakashima"), ("Pinel", "Okonkwo-Barre")] {
            for country in ["de Veragua", "du Japon", "de Norvège"] {
                let title = "Compte rendu de l'entretien de M. \(a) avec l'ambassadeur \(country), M. \(b)"
                #expect(Acts.of(title) == [Acts.talk([a, b])], "\(title)")
            }
            let italian = "Colloquio del ministro \(a) con l'ambasciatore di Francia, signor \(b)"
            #expect(Acts.of(italian) == [Acts.talk([a, b])], "\(italian)")
            let spanish = "Memorándum de la conversación del ministro \(a) con el embajador de Noruega, señor \(b)"
            #expect(Acts.of(spanish) == [Acts.talk([a, b])], "\(spanish)")
        }
    }

    /// `TALK entre|tra OFFICE POSTING y|e|et B`: the office with its posting, as printed without its article, is a side.
    @Test func officeAloneAsSide() {
        for b in ["Halworth", "Vautrin", "Okafor"] {
            for (title, office) in [
                ("Memorándum de la conversación entre el Embajador en Londres y Lord \(b)", "Embajador en Londres"),
                ("Memorándum de la conversación entre el Embajador en París y el señor \(b)", "Embajador en París"),
                ("Compte rendu de l'entretien entre l'Ambassadeur à Londres et Lord \(b)", "Ambassadeur à Londres"),
                ("Colloquio tra l'Ambasciatore a Londra e Lord \(b)", "Ambasciatore a Londra"),
            ] {
                let reading = TitleGrammar.read(title)
                #expect(Set(reading.conversations.flatMap(\.participants).map(\.text)) == [office, b], "\(title)")
            }
        }
        // Two named people keep the word-by-word reading.
        #expect(Acts.of("Colloquio tra il ministro Ferrandi e l'ambasciatore Belyakov") == [Acts.talk(["Belyakov", "Ferrandi"])])
    }

    // MARK: 3. Titles of nobility

    static let nobility: [(language: String, sender: String, name: String, recipient: String)] = [
        ("Spanish", "Carta del Conde de", "Valdeflores", "a Pilar Echeverría"), ("Spanish", "Carta de la Condesa de", "Almansa", "a Pilar Echeverría"),
        ("Spanish", "Carta del Duque de", "Almansa", "a Tomás Irigoyen"), ("Spanish", "Carta de la Duquesa de", "Villaseca", "a Tomás Irigoyen"),
        ("Spanish", "Carta del Marqués de", "Villaseca", "a Tomás Irigoyen"), ("Spanish", "Carta de la Marquesa de", "Valdeflores", "a Tomás Irigoyen"),
        ("Spanish", "Carta del Vizconde de", "Arratia", "a Tomás Irigoyen"),
        ("French", "Lettre du comte de", "Montravel", "à Jules Ferrand"), ("French", "Lettre de la comtesse de", "Rochebrune", "à Jules Ferrand"),
        ("French", "Lettre du duc de", "Montravel", "à Jules Ferrand"), ("French", "Lettre de la duchesse de", "Rochebrune", "à Jules Ferrand"),
        ("French", "Lettre du marquis de", "Montravel", "à Jules Ferrand"), ("French", "Lettre de la marquise de", "Rochebrune", "à Jules Ferrand"),
        ("French", "Lettre du vicomte de", "Saint-Aulaire", "à Jules Ferrand"),
        ("Italian", "Lettera del Conte di", "Valmarana", "a Giuseppe Tarchetti"), ("Italian", "Lettera della Contessa di", "Valmarana", "a Giuseppe Tarchetti"),
        ("Italian", "Lettera del Duca di", "Montalto", "a Giuseppe Tarchetti"), ("Italian", "Lettera del Marchese di", "Roccaforte", "a Giuseppe Tarchetti"),
        // German keeps the particle with the name (session 13, docs/names.md, "Titles of nobility per language").
        ("German", "Brief des Grafen", "von Eschenbach", "an Otto Lindner"), ("German", "Brief der Gräfin", "von Hohenau", "an Otto Lindner"),
        ("German", "Brief des Herzogs", "von Eschenbach", "an Otto Lindner"), ("German", "Brief des Fürsten", "von Hohenau", "an Otto Lindner"),
    ]

    /// `TITLE PARTICLE X` at the sender's end: X, in each language and for every title of its row.
    @Test func nobilityAtTheSender() {
        for entry in Self.nobility {
            let title = "\(entry.sender) \(entry.name) \(entry.recipient)"
            let recipient = String(entry.recipient.drop { $0 != " " }.dropFirst())
            #expect(Acts.of(title) == ["\(entry.name) → \(recipient)"], "\(title)")
        }
    }

    /// At the addressee's end, in capitals, with an article after the particle, elided.
    @Test func nobilityElsewhere() {
        #expect(Acts.of("Carta de Pilar Echeverría al Marqués de Villaseca") == ["Pilar Echeverría → Villaseca"])
        #expect(Acts.of("Lettre de Jules Ferrand à la marquise de Rochebrune") == ["Jules Ferrand → Rochebrune"])
        #expect(Acts.of("Lettera di Giuseppe Tarchetti al Conte di Valmarana") == ["Giuseppe Tarchetti → Valmarana"])
        #expect(Acts.of("CARTA DEL CONDE DE VALDEFLORES A TOMÁS IRIGOYEN") == ["Valdeflores → Tomás Irigoyen"])
        #expect(Acts.of("Lettre du comte d'Aubrac à Jules Ferrand") == ["Aubrac → Jules Ferrand"])
        #expect(NobilityTitles.rewritten("Carta del Conde de la Vega a Tomás Irigoyen") == "Carta del Vega a Tomás Irigoyen")
        #expect(NobilityTitles.rewritten("Brief des Grafen von der Recke an Otto Lindner") == "Brief des von der Recke an Otto Lindner")
    }

    /// Negatives: a particle in a name with no title, a title with no particle, a lower-case common noun, a given name
    /// between title and particle, a baron's particle in an English head (its convention of session 10; a German head's
    /// Freiherr and Baron are the German row's since session 13 and keep their particle).
    @Test func nobilityNegatives() {
        #expect(Acts.of("Carta de Juan de la Cosa a Pilar Echeverría") == ["Juan de la Cosa → Pilar Echeverría"])
        for title in ["Un conte de Noël", "Carta al Conde", "Graf Heinrich von Eschenbach an Otto Lindner",
                      "Mr. Oyelaran to Baron de Montferrand", "Conde Ciano al Ministro"] {
            #expect(NobilityTitles.rewritten(title) == title, "\(title)")
        }
    }
}
