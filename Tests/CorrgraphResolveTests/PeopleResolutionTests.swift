import CorrgraphTestSupport
import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve
import Testing

/// Name resolution across a corpus: each rule with a case where it must merge and one where it must not.
@Suite struct PeopleResolutionTests {
    @Test func coverNameInBracketsIsTheRealPersonEverywhere() {
        // Another record agrees: the real name is printed on its own there.
        let acts = Acts.ofAll([("Cable, Mao Zedong to Filippov [Stalin]", ""), ("Cable, Mao Zedong to Cde. Filippov", ""), ("Cable, Stalin to Mao Zedong", "")])
        #expect(acts == [["Mao Zedong → Stalin"], ["Mao Zedong → Stalin"], ["Stalin → Mao Zedong"]])
    }

    @Test func aCoverNameOfSyllablesIsNoIncompleteName() {
        // "Feng Xi [Stalin]" is Stalin writing as Feng Xi, not a person "Feng Xi Stalin".
        let acts = Acts.ofAll([("Ciphered Telegram, Feng Xi [Stalin] to Mao Zedong", ""), ("Ciphered Telegram, Fyn Si [Stalin] to Mao Zedong", ""),
                               ("Letter, Stalin to Mao Zedong", "")])
        #expect(acts == [["Stalin → Mao Zedong"], ["Stalin → Mao Zedong"], ["Stalin → Mao Zedong"]])
        // An editor completing a name in two places still completes it.
        #expect(Acts.of("Telegram from Jeleń to Krajewski", summary: "Jelen reports on conversations with [Raul] Roa [Garcia].")
            .contains("{Jeleń, Raul Roa Garcia}"))
    }

    @Test func aFormThatDiffersOnlyInSpacingSaysWhichFormItMatches() {
        let c = Acts.corpus([("Telegram from S.V. Chervonenko to Gromyko", "", "1960"), ("Telegram from S. V. Chervonenko to Gromyko", "", "1961"),
                             ("Telegram from Chervonenko to Gromyko", "", "1962")])
        let person = c.correspondents.first { $0.surfaceForms.contains("S. V. Chervonenko") }
        #expect(person?.merges.first { $0.form == "S. V. Chervonenko" }?.detail
            == "the same name as S.V. Chervonenko once case, diacritics, spacing and punctuation are folded")
    }

    @Test func aPairPrintedInBothOrdersIsTheNamePrintedAloneMoreOften() {
        let acts = Acts.ofAll([("Telegram, Filippov [Stalin] to Roshchin", ""), ("Telegram, Stalin [Filippov] to Mao Zedong", ""),
                               ("Letter, Stalin to Mao Zedong", "")])
        #expect(acts == [["Stalin → Roshchin"], ["Stalin → Mao Zedong"], ["Stalin → Mao Zedong"]])
    }

    @Test func reversedBracketIsLocalToItsRecord() {
        // "Stalin [Kuznetsov]": Kuznetsov is a cover name here only; elsewhere Kuznetsov is a real relay.
        let acts = Acts.ofAll([
            ("Cable, Filippov [Stalin] to Mao Zedong", ""),
            ("Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]", ""),
            ("Cable, Terebin to Stalin [via Kuznetsov]", ""),
        ])
        #expect(acts[1] == ["Stalin → Mao Zedong via Terebin"])
        #expect(acts[2] == ["Terebin → Stalin via Kuznetsov"])
    }

    @Test func editorialBracketsAreResolved() {
        #expect(Acts.of("Memorandum of Conversation between Comrade Oskar Fischer and the Soviet Ambassador V[yacheslav] I. Kochemassov at 11:45 a.m.")
            == ["{Oskar Fischer, Vyacheslav I. Kochemassov}"])
        #expect(Acts.of("Letter from [Richard] Dixon to Walter Ulbricht") == ["Richard Dixon → Walter Ulbricht"])
    }

    @Test func shortFormsSpellingVariantsAndRomanizationMerge() {
        let acts = Acts.ofAll([
            ("Cable, Mao Zedong to Stalin", ""),
            ("Cable, Mao to Stalin", ""),
            ("Minutes of Talks with Mao Tse-tung", ""),
            ("Memorandum of Conversation, Soviet Ambassador N. V. Roshchin with CC CCP Secretary Liu Shaoqi", ""),
            ("Telegram from Roschin to Stalin", ""),
            ("Telegram from Nikolai Roshchin to Stalin", ""),
            ("Premier Chou En-lai's [Zhou Enlai's] Letter to Prime Minister Nehru", ""),
            ("Cable, Zhou Enlai to Mao", ""),
        ])
        #expect(acts[1] == ["Mao Zedong → Stalin"])
        #expect(acts[3] == ["{Liu Shaoqi, Nikolai Roshchin}"])
        #expect(acts[4] == ["Nikolai Roshchin → Stalin"])
        #expect(acts[6] == ["Zhou Enlai → Nehru"])
        #expect(acts[7] == ["Zhou Enlai → Mao Zedong"])
    }

    @Test func russianTransliterationsAreOneName() {
        let acts = Acts.ofAll([("Telephonogram from V. Semenov and V. Sokolovskii to V. Molotov", ""),
                               ("Draft Instructions for General Vasilii Chuikov and Vladimir Semyonov", ""),
                               ("Letter from Sokolovsky to Molotov", "")])
        // Display names: the full form, else the surname alone rather than initials.
        #expect(acts[0] == ["Vladimir Semyonov, Sokolovsky → Molotov"])
    }

    @Test func russianCaseEndingIsUndone() {
        #expect(Acts.of("Telegram from Gromyko to Poskrebyshevu") == ["Gromyko → Poskrebyshev"])
        #expect(Acts.of("Telegram from Shtykov to Vyshinskomu") == ["Shtykov → Vyshinsky"])
    }

    @Test func differentGivenNamesStayApart() {
        let c = Acts.corpus([
            ("Telegram from Vasily Kuznetsov to Gromyko", "", "1962"),
            ("Telegram from Fyodor Kuznetsov to Stalin", "", "1949"),
        ])
        #expect(Set(c.correspondents.map(\.name)).isSuperset(of: ["Vasily Kuznetsov", "Fyodor Kuznetsov"]))
    }

    @Test func aFullNameBeginningALongerOneIsOnlyACandidate() {
        // The extra word may make another person (a second surname, or a married name): candidates, not merges.
        let acts = Acts.ofAll([("Letter from Fidel Castro to Khrushchev", ""), ("Letter from Fidel Castro Ruz to Khrushchev", ""),
                               ("Telegram from Kim Il to Mao Zedong", ""), ("Telegram from Kim Il Sung to Mao Zedong", "")])
        #expect(acts == [["Fidel Castro → Khrushchev"], ["Fidel Castro Ruz → Khrushchev"],
                         ["Kim Il → Mao Zedong"], ["Kim Il Sung → Mao Zedong"]])
    }

    @Test func anOfficeDoesNotPickOneOfSeveralPeopleOfThatName() {
        // Two Vice Foreign Ministers Zhang; only one is printed with the office: "Vice-Minister Zhang" stays apart.
        let acts = Acts.ofAll([("Memorandum of Conversation between Vice Foreign Minister Zhang Hanfu and Yudin", ""),
                               ("Cable from Zhang Wentian to Zhou Enlai", ""),
                               ("Abstract of Conversation: Vice-Minister Zhang Receives Indian Ambassador Nehru", "")])
        #expect(acts[2] == ["{Nehru, Zhang}"])
        // With one person of that name, the office joins them.
        let one = Acts.ofAll([("Memorandum of Conversation between Vice Foreign Minister Zhang Hanfu and Yudin", ""),
                              ("Abstract of Conversation: Vice-Minister Zhang Receives Indian Ambassador Nehru", "")])
        #expect(one[1] == ["{Nehru, Zhang Hanfu}"])
    }

    @Test func aNameUsedWithoutItsFirstGivenNameIsACandidate() {
        let c = Acts.corpus([("Letter from Che Guevara to Fidel Castro", "", "1960"), ("Letter from Ernesto Che Guevara to Fidel Castro", "", "1960")])
        #expect(c.records.map { Acts.describe($0, in: c) } == [["Che Guevara → Fidel Castro"], ["Ernesto Che Guevara → Fidel Castro"]])
        #expect(c.candidates.map(\.kind) == [.longerName])
    }

    @Test func wadeGilesWithoutHyphensAndHybridsJoinThePinyinName() {
        let acts = Acts.ofAll([("Telegram from Kao Kang to Stalin", ""), ("Telegram from Gao Gang to Stalin", ""),
                               ("Telegram from Chou En-lai to Stalin", ""), ("Telegram from Chou Enlai to Stalin", ""),
                               ("Telegram from Zhou Enlai to Stalin", ""),
                               ("Telegram from Chen Yi to Mao Zedong", ""), ("Telegram from Chen Yun to Mao Zedong", "")])
        #expect(acts.map { $0[0] } == ["Gao Gang → Stalin", "Gao Gang → Stalin", "Zhou Enlai → Stalin", "Zhou Enlai → Stalin",
                                        "Zhou Enlai → Stalin", "Chen Yi → Mao Zedong", "Chen Yun → Mao Zedong"])
    }

    @Test func pinyinIsShownOverWadeGiles() {
        // Wade–Giles printed more often still gives way to its Pinyin reading.
        let acts = Acts.ofAll([("Telegram from Liu Shao-chi to Stalin", ""), ("Telegram from Liu Shao-chi to Molotov", ""),
                               ("Telegram from Liu Shaoqi to Stalin", "")])
        #expect(acts == [["Liu Shaoqi → Stalin"], ["Liu Shaoqi → Molotov"], ["Liu Shaoqi → Stalin"]])
    }

    @Test func aSurnameAloneDoesNotJoinAnInitialledNameDecadesLater() {
        let c = Acts.corpus([
            ("Cable, Terebin to Kuznetsov", "", "1949"),
            ("Cable of V.V. Kuznetsov on 1 November 1962", "", "1962"),
        ])
        #expect(Set(c.correspondents.map(\.name)).isSuperset(of: ["Kuznetsov", "V.V. Kuznetsov"]))
    }

    @Test func officesKeepApartPeopleWithOneSurname() {
        let acts = Acts.ofAll([
            ("Ambassador R.K. Nehru's Letter to Chairman Mao", ""),
            ("Premier Chou En-lai's [Zhou Enlai's] Letter to Prime Minister Nehru", ""),
        ])
        #expect(acts[1] != ["Zhou Enlai → R.K. Nehru"])
    }

    @Test func authorityFileAddsAliasesForbidsMergesAndAttachesAttributes() throws {
        let authority = try AuthorityFile.parse("""
            # people
            [Joseph Stalin]
            aliases: Filippov; Fyn Si
            country: USSR

            [Kuznetsov]
            distinct: Stalin
            """, source: "people.txt")
        #expect(authority.entries.count == 2)
        let c = Acts.corpus([("Cable, Fyn Si to Mao Zedong", "", "1950"), ("Cable, Stalin to Mao Zedong", "", "1950")], authority: authority)
        let stalin = try #require(c.correspondents.first { $0.name == "Joseph Stalin" })
        #expect(stalin.attributes["country"] == "USSR")
        #expect(stalin.merges.contains { $0.rule == .authority && $0.form == "Fyn Si" })
        #expect(Acts.describe(c.records[0], in: c) == ["Joseph Stalin → Mao Zedong"])
    }

    @Test func authorityDistinctHoldsAfterOtherMerges() throws {
        // Without the rule, "I. Petrov" joins "Ivan Petrov" by initials; a later merge of the fuller
        // "Ivan Ivanovich Petrov" must not carry it in either.
        let authority = try AuthorityFile.parse("[Ivan Petrov]\ndistinct: I. Petrov\n", source: "a.txt")
        let c = Acts.corpus([("Letter from Ivan Ivanovich Petrov to Molotov", "", "1950"),
                             ("Letter from Ivan Petrov to Molotov", "", "1950"),
                             ("Letter from I. Petrov to Molotov", "", "1950")], authority: authority)
        let senders = c.records.map { c.name($0.messages[0].from[0]) }
        #expect(senders[0] == senders[1])
        #expect(senders[2] != senders[1])
        let plain = Acts.corpus([("Letter from Ivan Petrov to Molotov", "", "1950"), ("Letter from I. Petrov to Molotov", "", "1950")])
        #expect(plain.name(plain.records[0].messages[0].from[0]) == plain.name(plain.records[1].messages[0].from[0]))
    }

    @Test func authorityIdentifiersDecideIdentityAndDescriptionsAreNotGuessedAt() {
        let records = [
            ("Gottlieb Spizel", "http://d-nb.info/gnd/118616315"), ("G. Spizel", "http://d-nb.info/gnd/118616315"),
            ("Gottlieb Spitzel", "http://d-nb.info/gnd/999"),
        ].enumerated().map { index, party in
            CatalogueRecord(id: "c#\(index)", source: "c", line: index + 1, date: "1666", title: "Letter", summary: "",
                            stated: StatedCorrespondence(senders: [StatedParty(name: "Philipp Jakob Spener")],
                                                         recipients: [StatedParty(name: party.0, authority: party.1)]))
        } + [("einen Adligen", "eine junge Adlige")].map { a, b in
            CatalogueRecord(id: "d#1", source: "d", line: 1, date: "1666", title: "Letter", summary: "",
                            stated: StatedCorrespondence(senders: [StatedParty(name: a)], recipients: [StatedParty(name: b)]))
        }
        let c = NameResolver().resolve(CorpusExtractor().extract(records))
        let to = c.records.map { c.name($0.messages[0].to[0]) }
        // One GND number is one person whatever the spelling; another number is another person.
        #expect(to[0] == to[1])
        #expect(to[2] != to[0])
        #expect(c.name(c.records[3].messages[0].from[0]) != c.name(c.records[3].messages[0].to[0]))
    }

    @Test func authorityFileErrorsNameTheLine() {
        #expect(throws: (any Error).self) { try AuthorityFile.parse("aliases: x\n", source: "a.txt") }
        do {
            _ = try AuthorityFile.parse("[A]\nkind: planet\n", source: "a.txt")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "a.txt:2: kind is person, institution or office, not \"planet\"")
        }
    }
}
