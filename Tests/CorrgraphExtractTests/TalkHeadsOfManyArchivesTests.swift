import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Conversation heads of many archives (session 11; docs/letter-editions.md, "Talks in the languages of the diplomatic
/// series", and docs/titles.md, "Pairs, calls, audiences and talks not yet held"): the talk heads of the Italian and
/// Spanish series beside the German and French ones, a French or German talk noun later in the head, modifiers after the
/// noun, meals and audiences, a record's author as a side, the Eastern-bloc `Genosse`, pairs joined by a dash or a slash,
/// `Call on B by A`, `Audience granted by A to B`, and talks not yet held. Names are invented, of several naming
/// cultures; every expectation is worked out by hand from the gold schema (offices and forms of address are no part of
/// names; an official named by office alone is a participant; a talk only planned or speculated about is not listed).
@Suite struct TalkHeadsOfManyArchivesTests {
    static let people = [("Ferrandi", "Ferrandi"), ("Wen Baoshan", "Wen Baoshan"), ("Okorafor", "Okorafor"),
                         ("Belyakov", "Belyakov"), ("Nakahara Teruo", "Nakahara Teruo")]
    static let others = [("Castellanos", "Castellanos"), ("Ostrander", "Ostrander"), ("Kim Chol Ho", "Kim Chol Ho")]

    static func talk(_ a: String, _ b: String) -> [String] { [Acts.talk([a, b])] }

    // MARK: Italian

    /// `[Resoconto del] TALK [telefonico] tra|fra OFFICE A e OFFICE B`: every Italian talk noun, both `between` words,
    /// every office and form of address before each name (with a ministry's domain: `degli Esteri`, `di Stato`).
    @Test(arguments: ["Colloquio", "Conversazione", "Incontro", "Colloquio telefonico", "Resoconto del colloquio", "Udienza", "Pranzo"])
    func italianTalkBetween(noun: String) {
        let offices = ["il ministro", "l'ambasciatore", "il presidente", "l'onorevole", "il ministro degli Esteri", "il segretario di Stato", "il generale"]
        for between in ["tra", "fra"] {
            for office in offices {
                for (a, aRead) in Self.people {
                    for (b, bRead) in Self.others {
                        let title = "\(noun) \(between) \(office) \(a) e l'ambasciatore \(b)"
                        #expect(Acts.of(title) == Self.talk(aRead, bRead), "\(title)")
                    }
                }
            }
        }
    }

    /// `TALK del|della|di OFFICE A con OFFICE B`, and two on the other side joined by `e`.
    @Test(arguments: ["del ministro", "del presidente", "dell'ambasciatore", "del ministro degli Esteri", "di"])
    func italianTalkOfWith(owner: String) {
        for (a, aRead) in Self.people {
            for (b, bRead) in Self.others {
                let title = "Colloquio \(owner) \(a) con il segretario di Stato \(b)"
                #expect(Acts.of(title) == Self.talk(aRead, bRead), "\(title)")
            }
        }
        #expect(Acts.of("Colloquio \(owner) Ferrandi con l'ambasciatore Belyakov e il consigliere Tarasenko")
                == [Acts.talk(["Belyakov", "Ferrandi", "Tarasenko"])])
    }

    // MARK: Spanish

    /// `[Acta de la] TALK [telefónica] entre OFFICE A y OFFICE B`, `TALK del OFFICE A con OFFICE B`.
    @Test(arguments: ["Conversación", "Conversacion", "Entrevista", "Reunión", "Conversación telefónica", "Acta de la reunión", "Audiencia"])
    func spanishTalks(noun: String) {
        let offices = ["el ministro", "el embajador", "el presidente", "don", "el canciller", "el ministro de Relaciones Exteriores"]
        for office in offices {
            for (a, aRead) in Self.people {
                for (b, bRead) in Self.others {
                    let between = "\(noun) entre \(office) \(a) y el embajador \(b)"
                    #expect(Acts.of(between) == Self.talk(aRead, bRead), "\(between)")
                }
            }
        }
        let of = "\(noun) del presidente Duarte con el embajador Belyakov"
        #expect(Acts.of(of) == Self.talk("Belyakov", "Duarte"), "\(of)")
    }

    // MARK: French and German additions

    /// Modifiers after a French talk noun, meals, a later talk noun, an audience granted.
    @Test func frenchAdditions() {
        for modifier in ["téléphonique", "privé", "particulier", "confidentiel"] {
            #expect(Acts.of("Entretien \(modifier) entre M. Duchamel et M. Belyakov") == Self.talk("Belyakov", "Duchamel"))
        }
        for meal in ["Déjeuner", "Dîner", "Entretien"] {
            for (b, bRead) in Self.others {
                #expect(Acts.of("\(meal) de M. Duchamel avec M. \(b)") == Self.talk("Duchamel", bRead))
            }
        }
        #expect(Acts.of("Entretiens franco-allemands : entretien entre M. Duchamel et M. Saalfeld") == Self.talk("Duchamel", "Saalfeld"))
        for office in ["le général", "le président", "M."] {
            #expect(Acts.of("Compte rendu de l'audience accordée par \(office) Vautrin à M. Belyakov") == Self.talk("Belyakov", "Vautrin"))
        }
    }

    /// `RECORD des OFFICE A über [ein|eine] TALK mit OFFICE B`: the record's author had the talk; `Genosse` is a form of address.
    @Test(arguments: ["Aufzeichnung", "Vermerk", "Niederschrift", "Notiz"])
    func germanRecordAuthorAndComrades(record: String) {
        for (talk, article) in [("Gespräch", "ein"), ("Unterredung", "eine"), ("Besprechung", "eine")] {
            for office in ["Ministerialdirektors", "Staatssekretärs", "Genossen", "Botschafters"] {
                for (b, bRead) in Self.others {
                    let title = "\(record) des \(office) Brückner über \(article) \(talk) mit Botschafter \(b)"
                    #expect(Acts.of(title) == Self.talk("Brückner", bRead), "\(title)")
                }
            }
        }
        for form in ["Genossen", "Genosse", "Genossin"] {
            #expect(Acts.of("Niederschrift über die Unterredung zwischen \(form) Wendland und \(form) Kowalczyk am 3. Mai 1965")
                    == Self.talk("Kowalczyk", "Wendland"))
        }
    }

    // MARK: Pairs

    /// `TALK A–B` in the series' own languages, and the English `Telcon, A – B`, `Record of Conversation: A – B`,
    /// `Telephone Conversation A/B`: every separator; an unspaced hyphen in English is a double name's.
    @Test(arguments: ["–", " – ", "—", "/", " / ", " - "])
    func pairsJoinedByADash(separator: String) {
        for (a, b) in [("Duchamel", "Gromadin"), ("Ferrandi", "Nakahara"), ("Okorafor", "Vellacott")] {
            for head in ["Entretien", "Colloquio", "Telcon,", "Record of Conversation:", "Telephone Conversation", "Memorandum of Conversation,"] {
                let title = "\(head) \(a)\(separator)\(b)"
                #expect(Acts.of(title) == Self.talk(a, b), "\(title)")
                #expect(Acts.of(title + ", 9:40 a.m.") == Self.talk(a, b), "\(title)")
            }
        }
        #expect(Acts.of("Record of Conversation: Mr. Pemberton – Dr. Sukarjo") == Self.talk("Pemberton", "Sukarjo"))
        #expect(Acts.of("Colloquio Ferrandi-Duchamel") == Self.talk("Duchamel", "Ferrandi"))
        #expect(Acts.of("Conversation with Lloyd-Hughes").isEmpty)
    }

    // MARK: Calls, audiences

    /// `[Courtesy|Farewell] Call on B by A`, `Call by A on B`: persons or offices alone on either side.
    @Test(arguments: ["Call on", "Courtesy Call on", "Farewell Call on", "Introductory Call on"])
    func callOnBy(call: String) {
        #expect(Acts.of("\(call) the Foreign Secretary by the Ambassador of Veragua") == [Acts.talk(["Ambassador of Veragua", "Foreign Secretary"])])
        for (a, aRead) in Self.people {
            for (b, bRead) in Self.others {
                #expect(Acts.of("\(call) Mr. \(b) by Ambassador \(a)") == Self.talk(aRead, bRead))
            }
        }
        #expect(Acts.of("Call by the Israeli Ambassador on the Minister of State") == [Acts.talk(["Israeli Ambassador", "Minister of State"])])
        #expect(Acts.of("Call by Ambassador Okorafor on Mr. Castellanos") == Self.talk("Castellanos", "Okorafor"))
    }

    /// `Audience granted|given|accorded by A to B`.
    @Test(arguments: ["Granted", "granted", "Given", "Accorded"])
    func audienceGranted(verb: String) {
        for (a, aRead) in Self.people {
            #expect(Acts.of("Audience \(verb) by King \(a) to Ambassador Tilden") == Self.talk(aRead, "Tilden"))
        }
    }

    // MARK: Talks not yet held

    /// A talk after a prospective word or a prospective noun's `of`/`for` is no conversation; the message stays.
    @Test(arguments: ["forthcoming", "proposed", "planned", "possible", "future", "upcoming", "impending"])
    func prospectiveTalks(word: String) {
        for noun in ["Talks", "Meeting", "Conversation", "Visit and Talks"] {
            let title = "Note by the Prime Minister on his \(word) \(noun) with Chancellor Hollweg"
            #expect(Acts.of(title).isEmpty, "\(title)")
        }
        #expect(Acts.of("Memorandum from Ostrander to Whitcombe: Your Meeting with Chancellor Hollweg") == ["Ostrander → Whitcombe"])
        #expect(Acts.of("Note on the Possibility of a Meeting between the Prime Minister and President Okorafor").isEmpty)
        #expect(Acts.of("Instructions for the Talks with Mr. Gromadin").isEmpty)
        // A talk held stays one.
        #expect(Acts.of("Note of a Meeting between the Prime Minister and President Okorafor") == [Acts.talk(["Okorafor", "Prime Minister"])])
    }

    // MARK: Brackets, delegations of two nationalities

    /// A head the editor supplies whole in brackets is read as printed; a bracket inside it is left alone.
    @Test(arguments: ["Memorandum of Conversation between", "Record of Talks between", "Telephone Conversation between"])
    func headInBrackets(head: String) {
        for (a, aRead) in Self.people {
            for (b, bRead) in Self.others {
                #expect(Acts.of("[\(head) President \(a) and Foreign Minister \(b)]") == Self.talk(aRead, bRead))
            }
        }
        #expect(Acts.of("[Telegram from Ambassador Okorafor to Minister Castellanos]") == ["Okorafor → Castellanos"])
        #expect(Acts.of("[Undated]").isEmpty)
    }

    /// `the N1 and N2 Delegations`, `the N1, N2 and N3 Delegations`: a delegation of each nationality.
    @Test(arguments: ["Polish", "Hungarian", "Bulgarian", "Mongolian"])
    func delegationsOfNationalities(first: String) {
        for noun in ["Minutes of Talks between", "Record of Conversation between", "Meeting between"] {
            #expect(Acts.of("\(noun) the \(first) and Czechoslovak Delegations")
                    == [Acts.talk(["\(first) Delegation", "Czechoslovak Delegation"])])
            #expect(Acts.of("\(noun) the \(first), Cuban and Czechoslovak Delegations in Moscow")
                    == [Acts.talk(["\(first) Delegation", "Cuban Delegation", "Czechoslovak Delegation"])])
        }
    }
}
