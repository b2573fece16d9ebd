import Foundation

/// **The language table**: one row per language of the foreign-language heads, one set of words per slot
/// (docs/letter-editions.md, "The language table"). Three readers read it:
///
/// - `LetterEditions` (letter headings `Brief von A an B`, `Carta de A a B`): letter nouns, of/to/and words, articles,
///   subject words;
/// - `ForeignDiplomaticHeads` (German and French series heads) and its German talk row;
/// - `RomanceOfficeHeads` (office heads in Italian, Spanish and French, and every Romance talk head): document nouns,
///   of/to/and words, articles, offices, bodies, forms of address, postings, relays, enclosures, talk nouns and sides.
///
/// A slot a reader does not use is empty in the rows of languages it does not read (Dutch and Portuguese are letter
/// headings only). A new language is a new row; a new word of a class is a word in its slot.
enum LanguageTable {
    struct Row: Sendable {
        let name: String

        // MARK: Slots every reader shares

        /// Definite articles, every case and elided form (`der`…`des`; `le`, `la`, `les`, `l'`; `il`, `lo`, `gli` …).
        let articles: Set<String>
        /// The sender's or owner's `of`/`from`: the bare preposition, and in German the genitive articles (`des A`).
        let of: Set<String>
        /// `of` fused with an article (`du`, `des`; `del`; `della`, `dell'` …; `vom`; `do`, `da`).
        let ofFused: Set<String>
        /// The addressee's bare `to` (`an`, `à`, `a`, `aan`), which in the Romance languages also opens a posting
        /// (`Ambasciatore a Londra`).
        let to: Set<String>
        /// `to` fused with an article (`au`, `aux`; `al`; `alla`, `all'`, `agli` …; `ao`).
        let toFused: Set<String>
        /// The conjunction of a list of correspondents or of the names on a side (`und`, `et`, `e`, `y`).
        let and: Set<String>

        // MARK: Letter headings (`LetterEditions`)

        /// Nouns of a letter or card that open a letter heading (`Brief`, `Lettre`, `Carta`).
        let letterNouns: Set<String>
        /// Lower-case words that end a letter heading's addressee and open its subject (`über`, `sur`, `sobre`).
        let letterSubject: Set<String>

        // MARK: Names (`NobilityTitles`)

        /// Titles of nobility (`Conde`, `Comte`, `Conte`, `Graf` and their feminine and declined forms) and the particles
        /// that join them to the title's name (`de`, `d'`, `di`, `von`): `TITLE PARTICLE X` names X (`NobilityTitles`).
        let nobility: Set<String>
        let nobilityParticles: Set<String>
        /// Whether the particle stays with the name when the title is dropped (German: `Graf von X`, `Freiherr von X` →
        /// `von X`, the particle being the family's, as the German editions cite a noble after an office: `Staatssekretär von
        /// X`); in the Romance languages the title and its particle go together (`Conde de X` → `X`, X the title's name).
        let nobilityKeepsParticle: Bool
        /// Titles another language's heads print too before a name with its family's particle (`Baron`): read as this
        /// language's only after one of its articles, `of` or `to` words (`du baron de X`, `al barón de X`), so that `Botschafter
        /// Baron de X` in a German head keeps the name as printed.
        let nobilityAfterOpener: Set<String>

        // MARK: Office heads (`RomanceOfficeHeads`)

        /// Document nouns of an office head with the English type they name (`dispaccio` → despatch); those of type
        /// `letter` are letter nouns, which the office-head reader reads only where an office stands at an end.
        let documents: [String: String]
        /// Wires: messages even without an addressee (`telegramma`, `mensaje`).
        let wires: Set<String>
        /// Record nouns that may open a talk or a head (`Memorándum de la conversación`, `Notice de l'entretien`).
        let records: Set<String>
        /// Document modifiers after the noun (`cifrado`, `verbal`, `riservato`).
        let documentModifiers: Set<String>
        /// The final recipient's preposition after the addressee (`, per il Capo del Governo`).
        let relay: Set<String>
        /// The go-between's phrase after the addressee (`, por conducto de la Secretaría`, `, par l'intermédiaire du
        /// Consulat`, `, per il tramite dell'Ambasciata`, `, durch Vermittlung der Gesandtschaft`): the end after it relays
        /// the message (`via`), as the English `through`.
        let through: Set<String>
        /// Forms of address read as such only before an office or another form of address (the Mexican `C.` for
        /// `Ciudadano`: `al C. Secretario`), so that the same letter elsewhere stays an initial.
        let addressBeforeOffice: Set<String>
        /// A delegation's words and the assemblies it is sent to: `Delegación de México a la Conferencia de X`, `Délégation
        /// suisse à l'Assemblée de la Société des Nations` — the assembly after `to` is the delegation's posting, no addressee.
        let delegations: Set<String>
        let assemblies: Set<String>
        /// Participles and prepositions that open an enclosed message (`trasmettendo`, `transmettant`, `con una carta de`).
        let enclosure: Set<String>
        /// A posting's preposition (`a Londra`, `en Lisboa`, `à Berne`, `presso la Santa Sede`).
        let posting: Set<String>
        /// Offices and words of an office (grades, `apostolico`), bodies, forms of address (dropped before a name).
        let offices: Set<String>
        let institutions: Set<String>
        let formsOfAddress: Set<String>
        /// Lower-case words that open a subject and end an office head (`sulla`, `sobre`, `sur`).
        let officeSubject: Set<String>

        // MARK: Talks (`RomanceOfficeHeads` for the Romance rows, `ForeignDiplomaticHeads` for German)

        /// Nouns of a talk, a meeting, an audience, a meal taken together.
        let talkNouns: Set<String>
        /// Adjectives after the talk noun (`entretien téléphonique`, `conversación telefónica`).
        let talkModifiers: Set<String>
        /// `between` (both sides follow) and `with` (the other side follows).
        let between: Set<String>
        let with: Set<String>
        /// Whether the genitive is marked by the article's case alone, so that a talk's own side may open with any word
        /// (German: `Gespräch des Bundeskanzlers A mit B`); otherwise it opens with an `of` word.
        let genitiveByCase: Bool
        /// `about` after a record and its author (`Aufzeichnung des A über ein Gespräch mit B`).
        let about: Set<String>
        /// `granted` and `by` after an audience noun (`audience accordée par A à B`).
        let granted: Set<String>
        let by: Set<String>
        /// Offices, forms of address and domain words dropped before a name on a talk's side.
        let talkOffices: Set<String>
        /// Lower-case words that end a talk's side: where and when, what about.
        let talkStops: Set<String>
        /// Whether `l'`/`d'` are split from the word they are elided onto; how far into the head the talk noun may stand.
        let elides: Bool
        let window: Int

        // MARK: Summaries (`SummaryReader.foreignSubjectMeetingSide`)

        /// Verbs of meeting in the past or the present, with their auxiliary, reflexive pronoun and preposition, as word
        /// sequences in lower case (`a reçu`, `s'est entretenu avec`, `empfing`, `sprach mit`, `ha incontrato`, `se
        /// entrevistó con`): a summary's `A VERB B` names A the other side of a talk head that names B (the English class
        /// is `SummaryLexicon.sideMeetingVerbs`). No future, conditional or infinitive: a planned talk names no side.
        let meetingVerbs: Set<String>

        // MARK: Derived

        /// Every `of` word, bare and fused; every `to` word, bare and fused.
        let ofWords: Set<String>
        let toWords: Set<String>
        /// The words dropped before a name on a talk's side as articles are: articles, and `of` and `to` fused with one.
        let talkArticles: Set<String>

        init(name: String, articles: Set<String>, of: Set<String>, ofFused: Set<String> = [], to: Set<String>,
             toFused: Set<String> = [], and: Set<String>, letterNouns: Set<String>, letterSubject: Set<String>,
             nobility: Set<String> = [], nobilityParticles: Set<String> = [], nobilityKeepsParticle: Bool = false,
             nobilityAfterOpener: Set<String> = [],
             documents: [String: String] = [:], wires: Set<String> = [], records: Set<String> = [],
             documentModifiers: Set<String> = [], relay: Set<String> = [], through: Set<String> = [],
             addressBeforeOffice: Set<String> = [], delegations: Set<String> = [], assemblies: Set<String> = [],
             enclosure: Set<String> = [],
             posting: Set<String> = [], offices: Set<String> = [], institutions: Set<String> = [],
             formsOfAddress: Set<String> = [], officeSubject: Set<String> = [],
             talkNouns: Set<String> = [], talkModifiers: Set<String> = [], between: Set<String> = [], with: Set<String> = [],
             genitiveByCase: Bool = false, about: Set<String> = [], granted: Set<String> = [], by: Set<String> = [],
             talkOffices: Set<String> = [], talkStops: Set<String> = [], elides: Bool = false, window: Int = 7,
             meetingVerbs: Set<String> = []) {
            self.name = name; self.articles = articles; self.of = of; self.ofFused = ofFused; self.to = to
            self.toFused = toFused; self.and = and; self.letterNouns = letterNouns; self.letterSubject = letterSubject
            self.nobility = nobility; self.nobilityParticles = nobilityParticles
            self.nobilityKeepsParticle = nobilityKeepsParticle; self.nobilityAfterOpener = nobilityAfterOpener
            self.documents = documents; self.wires = wires; self.records = records; self.documentModifiers = documentModifiers
            self.relay = relay; self.through = through; self.addressBeforeOffice = addressBeforeOffice; self.enclosure = enclosure
            self.delegations = delegations; self.assemblies = assemblies; self.posting = posting; self.offices = offices
            self.institutions = institutions; self.formsOfAddress = formsOfAddress; self.officeSubject = officeSubject
            self.talkNouns = talkNouns; self.talkModifiers = talkModifiers; self.between = between; self.with = with
            self.genitiveByCase = genitiveByCase; self.about = about; self.granted = granted; self.by = by
            self.talkOffices = talkOffices; self.talkStops = talkStops; self.elides = elides; self.window = window
            self.meetingVerbs = meetingVerbs
            self.ofWords = of.union(ofFused)
            self.toWords = to.union(toFused)
            self.talkArticles = articles.union(ofFused).union(toFused)
        }
    }

    static let rows: [Row] = [german, french, spanish, italian, dutch, portuguese]

    static let german = Row(
        name: "German",
        articles: ["der", "die", "das", "den", "dem", "des"],
        of: ["von", "des", "der"], ofFused: ["vom"], to: ["an"], and: ["und", "u."],
        letterNouns: ["brief", "briefe", "schreiben", "postkarte", "karte", "briefkarte", "ansichtskarte",
                      "korrespondenzkarte", "telegramm", "billett", "zettel", "visitenkarte"],
        letterSubject: ["über", "betreffend", "betr.", "wegen", "mit", "bezüglich", "zur", "zum", "in", "aus"],
        nobility: ["graf", "grafen", "gräfin", "herzog", "herzogs", "herzogin", "fürst", "fürsten", "fürstin", "freiherr", "freiherrn",
                   "freifrau", "freiin", "baron", "barons", "baronin", "ritter", "edler", "edle", "edlen"],
        nobilityParticles: ["von", "vom", "zu"], nobilityKeepsParticle: true,
        relay: ["für"], through: ["durch", "durch vermittlung", "durch vermittlung von", "durch die vermittlung"],
        talkNouns: ForeignDiplomaticHeads.germanTalkNouns, between: ["zwischen"], with: ["mit"], genitiveByCase: true,
        about: ["über", "ueber"],
        talkOffices: ForeignDiplomaticHeads.germanOffices.union(ForeignDiplomaticHeads.germanComradeForms),
        talkStops: ForeignDiplomaticHeads.germanStops,
        meetingVerbs: ["empfing", "empfängt", "traf", "trifft", "traf sich mit", "trifft sich mit", "sprach mit", "spricht mit",
                       "besuchte", "unterredete sich mit", "unterredet sich mit", "unterhielt sich mit", "unterhält sich mit",
                       "besprach sich mit", "bespricht sich mit", "hatte eine Unterredung mit", "hatte ein Gespräch mit",
                       "hat eine Unterredung mit", "hat ein Gespräch mit", "telefonierte mit", "telefoniert mit"])

    static let french = Row(
        name: "French",
        articles: ["le", "la", "les", "l'"],
        of: ["de", "d'"], ofFused: ["du", "des"], to: ["à", "a"], toFused: ["au", "aux"], and: ["et"],
        letterNouns: ["lettre", "lettres", "billet", "carte", "télégramme", "telegramme", "dépêche", "depeche", "mot"],
        letterSubject: ["sur", "concernant", "relative", "relatif", "avec", "pour", "au sujet"],
        nobility: ["comte", "comtesse", "duc", "duchesse", "marquis", "marquise", "vicomte", "vicomtesse", "baron", "baronne"],
        nobilityParticles: ["de", "d'", "du", "des"], nobilityAfterOpener: ["baron", "baronne"],
        documents: ["télégramme": "telegram", "dépêche": "despatch", "note": "note", "lettre": "letter",
                    "mémorandum": "memorandum", "rapport": "report", "message": "message"],
        wires: ["télégramme", "message"],
        records: ["note", "compte", "procès-verbal", "notes", "mémorandum", "notice", "circulaire"],
        documentModifiers: ["chiffré", "verbale", "urgent", "secret", "personnel", "n°"],
        relay: ["pour"],
        through: ["par l'intermédiaire de", "par l'intermédiaire du", "par l'intermédiaire des", "par l'entremise de",
                  "par l'entremise du", "sous le couvert de", "sous le couvert du", "via"],
        delegations: ["délégation", "délégations", "mission"],
        assemblies: ["conférence", "assemblée", "congrès", "réunion", "société", "commission", "session"],
        enclosure: ["transmettant", "communiquant", "retransmettant", "avec", "transmet"], posting: ["à", "en"],
        offices: ForeignDiplomaticHeads.frenchOffices.union(["nonce", "internonce", "délégué", "apostolique",
                                                             "archevêque", "évêque", "pape", "substitut", "secrétaire"]),
        institutions: ["ambassade", "légation", "consulat", "ministère", "secrétairerie", "nonciature", "délégation",
                       "direction", "gouvernement", "département", "secrétariat", "ambassades", "légations", "consulats",
                       "représentations", "missions", "délégations"],
        formsOfAddress: ["mgr", "mgr.", "monseigneur", "s.e.", "son", "excellence", "m.", "mme", "monsieur",
                         "madame", "dom", "père", "abbé", "comte", "marquis", "baron", "duc"],
        officeSubject: ["sur", "concernant", "relatif", "relative", "au sujet"],
        talkNouns: ForeignDiplomaticHeads.frenchTalkNouns,
        talkModifiers: ["téléphonique", "telephonique", "privé", "particulier", "confidentiel", "secret", "officieux", "informel",
                        "tenu", "eu"],
        between: ["entre"], with: ["avec"], about: ["sur"], granted: ["accordée", "accordee", "accordé", "donnée"], by: ["par"],
        talkOffices: ForeignDiplomaticHeads.frenchOffices.union(ForeignDiplomaticHeads.frenchDomainWords),
        talkStops: ForeignDiplomaticHeads.frenchStops, elides: true,
        meetingVerbs: ["a reçu", "reçoit", "reçut", "a rencontré", "rencontre", "rencontra", "a vu", "voit",
                       "s'est entretenu avec", "s'est entretenue avec", "s'entretient avec", "s'entretint avec",
                       "a eu un entretien avec", "eut un entretien avec", "a rendu visite à", "rend visite à", "rendit visite à",
                       "a téléphoné à", "téléphone à", "a parlé avec", "parle avec", "a parlé à"])

    static let spanish = Row(
        name: "Spanish",
        articles: ["el", "la", "los", "las"],
        of: ["de"], ofFused: ["del"], to: ["a"], toFused: ["al"], and: ["y", "e"],
        letterNouns: ["carta", "cartas", "esquela", "telegrama", "oficio", "billete", "tarjeta"],
        letterSubject: ["sobre", "acerca", "con", "relativa", "relativo", "para"],
        nobility: ["conde", "condesa", "duque", "duquesa", "marqués", "marques", "marquesa", "vizconde", "vizcondesa", "barón",
                   "baronesa"],
        nobilityParticles: ["de", "del"], nobilityAfterOpener: ["barón", "baronesa"],
        documents: ["despacho": "despatch", "telegrama": "telegram", "nota": "note", "memorándum": "memorandum",
                    "memorandum": "memorandum", "carta": "letter", "oficio": "letter", "informe": "report",
                    "acta": "minutes", "mensaje": "message", "comunicación": "letter", "circular": "circular",
                    "instrucciones": "instructions", "instrucción": "instructions", "radiograma": "telegram",
                    "cablegrama": "telegram"],
        wires: ["telegrama", "mensaje", "radiograma", "cablegrama"],
        records: ["memorándum", "memorandum", "nota", "acta", "resumen", "apunte", "informe"],
        documentModifiers: ["cifrado", "verbal", "urgente", "reservado", "secreto", "confidencial", "personal", "n.º", "núm."],
        relay: ["para"],
        through: ["por conducto de", "por conducto del", "por medio de", "por medio del", "por intermedio de",
                  "por intermedio del", "vía"],
        addressBeforeOffice: ["c.", "ciudadano"],
        delegations: ["delegación", "delegaciones", "misión"],
        assemblies: ["conferencia", "asamblea", "congreso", "reunión", "sociedad", "comisión", "junta"],
        enclosure: ["transmitiendo", "remitiendo", "adjuntando", "con", "transcribe", "transmite", "transcribiendo",
                    "remite"],
        posting: ["en", "a"],
        offices: ["ministro", "ministros", "embajador", "embajadores", "embajadora", "encargado", "encargada",
                  "subsecretario", "secretario", "cónsul", "consul", "nuncio", "cardenal", "jefe", "presidente",
                  "canciller", "director", "directora", "delegado", "representante", "consejero", "agregado",
                  "general", "generalísimo", "gobernador", "alto", "comisario", "rey", "reina", "papa",
                  "plenipotenciario", "arzobispo", "obispo", "jalifa", "vicepresidente", "subdirector"],
        institutions: ["embajada", "legación", "consulado", "ministerio", "secretaría", "nunciatura", "delegación",
                       "dirección", "gobierno", "presidencia", "subsecretaría", "embajadas", "legaciones", "consulados",
                       "misión", "misiones", "representación", "representaciones", "delegaciones"],
        formsOfAddress: ["don", "doña", "d.", "dña.", "sr.", "sra.", "señor", "señora", "excmo.", "s.e.", "monseñor",
                         "mons.", "fray", "padre", "conde", "marqués", "duque", "lic.", "licenciado", "ing.", "ingeniero",
                         "gral.", "profr.", "dr."],
        officeSubject: ["sobre", "acerca", "relativo", "relativa", "referente", "en"],
        talkNouns: ["conversación", "conversacion", "conversaciones", "entrevista", "entrevistas", "reunión", "reunion",
                    "audiencia", "almuerzo", "cena", "coloquio", "plática", "platica"],
        talkModifiers: ["telefónica", "telefonica", "privada", "reservada", "confidencial", "secreta", "sostenida", "sostenidas",
                        "celebrada", "celebradas", "mantenida", "tenida"],
        between: ["entre"], with: ["con"], about: ["sobre", "acerca"], granted: ["concedida", "otorgada", "concedido"],
        by: ["por"], talkOffices: ForeignDiplomaticHeads.spanishOffices,
        talkStops: ["en", "sobre", "acerca", "durante", "a", "el"],
        meetingVerbs: ["recibió", "recibe", "ha recibido", "se entrevistó con", "se entrevista con", "se ha entrevistado con",
                       "se reunió con", "se reúne con", "se ha reunido con", "conversó con", "conversa con", "habló con",
                       "habla con", "visitó", "visita a", "sostuvo una entrevista con", "sostuvo una conversación con",
                       "tuvo una entrevista con", "tuvo una conversación con", "llamó a"])

    static let italian = Row(
        name: "Italian",
        articles: ["il", "lo", "la", "l'", "i", "gli", "le"],
        of: ["di", "d'"], ofFused: ["del", "dello", "della", "dell'", "dei", "degli", "delle"],
        to: ["a"], toFused: ["ad", "al", "allo", "alla", "all'", "ai", "agli", "alle"], and: ["e", "ed"],
        letterNouns: ["lettera", "lettere", "biglietto", "telegramma", "cartolina"],
        letterSubject: ["su", "sul", "sulla", "circa", "con", "riguardo"],
        nobility: ["conte", "contessa", "duca", "duchessa", "marchese", "marchesa", "visconte", "viscontessa", "barone",
                   "baronessa"],
        nobilityParticles: ["di", "d'", "de", "del", "della", "dei", "da"], nobilityAfterOpener: ["barone", "baronessa"],
        documents: ["telegramma": "telegram", "telespresso": "telegram", "dispaccio": "despatch", "rapporto": "report",
                    "promemoria": "memorandum", "appunto": "note", "nota": "note", "lettera": "letter",
                    "relazione": "report", "verbale": "minutes", "messaggio": "message"],
        wires: ["telegramma", "telespresso", "messaggio"],
        records: ["appunto", "verbale", "resoconto", "promemoria", "nota", "memorandum"],
        documentModifiers: ["cifrato", "riservato", "riservatissimo", "segreto", "urgente", "personale", "verbale", "n."],
        relay: ["per"],
        through: ["per il tramite di", "per il tramite del", "per il tramite della", "per il tramite dell'", "tramite",
                  "per mezzo di", "per mezzo del", "per mezzo della"],
        delegations: ["delegazione", "delegazioni", "missione"],
        assemblies: ["conferenza", "assemblea", "congresso", "riunione", "società", "commissione", "sessione"],
        enclosure: ["trasmettendo", "trasmette", "trasmettente", "inoltrando", "con"],
        posting: ["a", "in", "presso"],
        offices: ["ministro", "ministri", "ambasciatore", "ambasciatori", "incaricato", "incaricata", "nunzio",
                  "cardinale", "segretario", "sottosegretario", "console", "consoli", "capo", "presidente",
                  "cancelliere", "re", "regina", "papa", "pontefice", "delegato", "apostolico", "rappresentante",
                  "consigliere", "addetto", "generale", "ammiraglio", "maresciallo", "duce", "governatore",
                  "commissario", "direttore", "vice", "plenipotenziario", "arcivescovo", "vescovo", "prefetto",
                  "sostituto", "internunzio", "reggente", "segretaria"],
        institutions: ["ambasciata", "legazione", "consolato", "ministero", "segreteria", "nunziatura",
                       "delegazione", "direzione", "governo", "gabinetto", "presidenza", "ambasciate", "legazioni",
                       "consolati", "rappresentanze"],
        formsOfAddress: ["monsignor", "monsignore", "mons.", "mons", "s.e.", "sua", "eccellenza", "don", "donna",
                         "signor", "signore", "sig.", "on.", "conte", "marchese", "barone", "padre", "fra",
                         "eminenza", "cav.", "comm.", "dott.", "prof."],
        officeSubject: ["sulla", "sul", "sullo", "sulle", "sui", "sugli", "sull'", "su", "circa", "riguardo", "relativo",
                        "relativa", "concernente", "in"],
        talkNouns: ["colloquio", "colloqui", "conversazione", "conversazioni", "incontro", "incontri", "udienza",
                    "pranzo", "colazione", "cena", "riunione", "intervista"],
        talkModifiers: ["telefonico", "telefonica", "telefonici", "riservato", "privato", "confidenziale", "segreto", "avuto",
                        "tenuto", "svoltosi", "intercorso"],
        between: ["tra", "fra"], with: ["con", "col", "coll'"], about: ["su", "sul", "sulla", "circa"],
        granted: ["concessa", "concesso", "accordata"], by: ["da", "dal", "dalla", "dallo", "dall'"],
        talkOffices: ForeignDiplomaticHeads.italianOffices,
        talkStops: ["a", "in", "su", "sul", "sulla", "circa", "durante", "presso", "nel", "nella", "il"], elides: true,
        meetingVerbs: ["ha ricevuto", "riceve", "ricevette", "ricevé", "ha incontrato", "incontra", "incontrò",
                       "si è incontrato con", "si è incontrata con", "si incontra con", "si incontrò con", "ha visto", "vide",
                       "ha parlato con", "parla con", "parlò con", "ha avuto un colloquio con", "ebbe un colloquio con",
                       "si è intrattenuto con", "si è intrattenuta con", "ha fatto visita a", "ha visitato", "visitò",
                       "ha telefonato a"])

    static let dutch = Row(
        name: "Dutch", articles: ["de", "het"], of: ["van"], to: ["aan"], and: ["en"],
        letterNouns: ["brief", "brieven", "briefkaart", "telegram", "kaart"],
        letterSubject: ["over", "betreffende", "met", "inzake"])

    static let portuguese = Row(
        name: "Portuguese", articles: ["o", "a", "os", "as"], of: ["de"], ofFused: ["do", "da"], to: ["a", "para"],
        toFused: ["ao", "à"], and: ["e"],
        letterNouns: ["carta", "cartas", "bilhete", "telegrama"],
        letterSubject: ["sobre", "acerca", "com"],
        nobility: ["conde", "condessa", "duque", "duquesa", "marquês", "marquesa", "visconde", "viscondessa"],
        nobilityParticles: ["de", "do", "da", "dos", "das"])

    /// The rows each reader reads, in the order it tries them (a word two languages share is read by the first).
    static let letterHeadings: [Row] = rows
    static let officeHeads: [Row] = [italian, spanish, french]
    static let talks: [Row] = [german, french, italian, spanish]
    static let romanceTalks: [Row] = [french, italian, spanish]
}
