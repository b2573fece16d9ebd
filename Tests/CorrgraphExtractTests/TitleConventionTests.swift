import CorrgraphTestSupport
import Testing

/// One regression case per title convention of issue 3 and GOLD-SCHEMA.md; expected acts are
/// written by hand from the schema's rules.
@Suite struct TitleConventionTests {
    // MARK: Document-type lead-ins

    @Test(arguments: [
        ("Cable, Mao Zedong to Liu Shaoqi", "Mao Zedong → Liu Shaoqi"),
        ("Cable from Zhou Enlai to Wang Zhen", "Zhou Enlai → Wang Zhen"),
        ("Telegram from Zhou Enlai to Nikolai Bulganin", "Zhou Enlai → Nikolai Bulganin"),
        ("Ciphered Telegram No. 3446, Gromyko to Razuvaev", "Gromyko → Razuvaev"),
        ("Letter from Khrushchev to John F. Kennedy", "Khrushchev → John F. Kennedy"),
        ("Report, Zhou Enlai to Mao Zedong", "Zhou Enlai → Mao Zedong"),
        ("Verbal Message from Kim Il Sung to Mao Zedong", "Kim Il Sung → Mao Zedong"),
        ("Top Secret Memorandum to Comrade Joseph V. Stalin from Andrey Vyshinsky", "Andrey Vyshinsky → Joseph V. Stalin"),
        ("Telephonogram from V. Semenov and V. Sokolovskii in Berlin to V. Molotov and N.A. Bulganin (3), 19 June 1953, 5:35 p.m.",
         "V. Semenov, V. Sokolovskii → V. Molotov, N.A. Bulganin"),
        ("Ambassador R.K. Nehru's Letter to Chairman Mao", "R.K. Nehru → Mao"),
        ("Karsky to Cde. Miklashevsky", "Karsky → Miklashevsky"),
        ("Letter, Zhou Enlai to Comrade Molotov", "Zhou Enlai → Molotov"),
        ("Letter by Ho Chi Minh to Stalin", "Ho Chi Minh → Stalin"),
        // Chinese names of syllables that are also English words or particles.
        ("Letter from Zhu De to Stalin", "Zhu De → Stalin"),
        ("Telegram, Mao Zedong to He Long", "Mao Zedong → He Long"),
        ("Letter from Charles de Gaulle to Khrushchev", "Charles de Gaulle → Khrushchev"),
        // One word may qualify a possessive type.
        ("Che Guevara's Farewell Letter to Fidel Castro", "Che Guevara → Fidel Castro"),
        // An institution's complement may itself hold "and" or "&".
        ("Letter from the Ministry of Foreign Trade & Economic Cooperation to the State Council",
         "Ministry of Foreign Trade & Economic Cooperation → State Council"),
        ("Letter from the Ministry of Culture and Zhou Enlai to Mao Zedong", "Ministry of Culture, Zhou Enlai → Mao Zedong"),
        // A diplomatic note is sent to someone even when the title does not say to whom.
        ("Note from the Hungarian Embassy in Beijing about the Border Incidents", "Hungarian Embassy in Beijing → "),
        ("Comment for Comrade Minister Oskar Fischer", " → Oskar Fischer"),
    ])
    func leadIns(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test(arguments: [
        ("Notes Kept during the Verbal Report given to the First Secretary of the CC of the PLA, Comrade Enver Hoxha, on 19 September 1969, by Comrade Rita Marko",
         "Rita Marko → Enver Hoxha"),
        ("Statement made by the Chinese Ambassador to the Foreign Secretary, 16 May 1959", "Chinese Ambassador → Foreign Secretary"),
        ("Report on the 1st conference of the non-aligned countries sent by Tahmaz Beqari, the Albanian ambassador in Belgrade, to the Ministry of Foreign Affairs of Albania",
         "Tahmaz Beqari → Albanian Foreign Ministry"),
    ])
    func authorsIntroducedByBy(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func dinnerHostedForSomeoneIsAConversation() {
        #expect(Acts.of("Memorandum of Discussions at a Dinner Hosted by Corneliu Manescu in Honor of Marshal I.I. Yakubovksy")
            == ["{Corneliu Manescu, I.I. Yakubovksy}"])
    }

    @Test func documentTypeAndNumberAreRead() {
        let c = Acts.corpus([("Ciphered Telegram No. 21405, Mao Zedong to Cde. Filippov [Stalin]", "", "1950")])
        #expect(c.records[0].extraction.documentType == "ciphered telegram")
        #expect(c.records[0].extraction.number == "21405")
    }

    @Test(arguments: [
        ("Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow", "Terebin → Stalin"),
        ("Telegram, Zhou Enlai to Mao Zedong and Others, Regarding the Second Restricted Session", "Zhou Enlai → Mao Zedong"),
        ("Letter from Ambassador Pervukhin to Foreign Minister Gromyko on the German Problem", "Pervukhin → Gromyko"),
        ("Cable from Huan Xiang, 'Indian Premier Nehru's View on Resolving the Taiwan Issue'", "Huan Xiang → "),
    ])
    func subjectsAfterTheCorrespondentsAreNotNames(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    // MARK: Relays

    @Test(arguments: [
        ("Cable, Stalin to Mao Zedong [via Terebin]", "Stalin → Mao Zedong via Terebin"),
        ("Ciphered Telegram from DPRK leader Kim Il Sung and South Korean Communist Leader Pak Heon-yeong to Stalin (via Shtykov)",
         "Kim Il Sung, Pak Heon-yeong → Stalin via Shtykov"),
        ("Telegram from Stalin to Kim Il Sung, via Shtykov", "Stalin → Kim Il Sung via Shtykov"),
        ("Cable, Stalin [via Kuznetsov] to Mao Zedong [via Terebin]", "Stalin → Mao Zedong via Kuznetsov > Terebin"),
        ("Cable, Stalin to Terebin, for Cde. Mao Zedong", "Stalin → Mao Zedong via Terebin"),
        ("Letter from Kim Il Sung to Mao Zedong, conveyed by Pak Il-u", "Kim Il Sung → Mao Zedong via Pak Il-u"),
        ("Message from Ho Chi Minh to Khrushchev, delivered by Pham Van Dong", "Ho Chi Minh → Khrushchev via Pham Van Dong"),
        ("Ciphered telegram from Stalin to Shtykov for Kim Il Sung", "Stalin → Kim Il Sung via Shtykov"),
        ("Ciphered Telegram, Filippov [Stalin] to Soviet Ambassador in Beijing Roshchin, for Mao Zedong or Zhou Enlai",
         "Stalin → Mao Zedong, Zhou Enlai via Roshchin"),
        ("Stalin [via Kovalev] to Mao Zedong", "Stalin → Mao Zedong via Kovalev"),
        ("Message from Mao Zedong to Kim Il Sung, transmitted through the Chinese Embassy", "Mao Zedong → Kim Il Sung via Chinese Embassy"),
        ("Ciphered telegram from Stalin to Shtykov for transmission to Kim Il Sung", "Stalin → Kim Il Sung via Shtykov"),
        // A "for" that names no person is no relay; nor is a channel.
        ("Letter from Mao to Stalin for the Approval of the Plan", "Mao → Stalin"),
        ("Telegram from Stalin to Vyshinsky for Approval", "Stalin → Vyshinsky"),
        ("Telegram from Mao Zedong to Stalin, sent through official channels", "Mao Zedong → Stalin"),
        // Surnames that are also words.
        ("Letter from Friedrich List to Bismarck", "Friedrich List → Bismarck"),
        ("Letter from Richard Law to Anthony Eden", "Richard Law → Anthony Eden"),
        ("Telegram from the Soviet Embassy to the Ministry for Foreign Affairs", "Soviet Embassy → Ministry for Foreign Affairs"),
    ])
    func relayForms(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func transmittedMessageFromSomeoneElseIsOneRelayedMessage() {
        // A ≠ C: from A to the final recipient via the outer ends.
        #expect(Acts.of("Ciphered Telegram No. 50333, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Stalin")
            == ["Mao Zedong → Stalin via Terebin > Kuznetsov"])
        // B = C: the final recipient is D.
        #expect(Acts.of("Hand delivered note, Zhou Enlai to Stalin, conveying telegram From Mao Zedong to Zhou Enlai")
            == ["Mao Zedong → Stalin via Zhou Enlai"])
    }

    @Test func transmittedMessageFromTheSenderToAnotherIsTwoMessages() {
        // A = C, B ≠ D: the outer message and the enclosed one; a second enclosed message from
        // someone else travels to the outer recipient via the outer sender.
        #expect(Acts.of("Telegram from Mao Zedong to I.V. Stalin, transmitting 14 January 1951 Message from Mao to Peng Dehuai with Message from Kim Il Sung")
            == ["Mao Zedong → I.V. Stalin", "Mao Zedong → Peng Dehuai", "Kim Il Sung → I.V. Stalin via Mao Zedong"])
    }

    @Test func relayedLetterInSomeonesNameGoesToThem() {
        #expect(Acts.of("Telegram from Gromyko to Poskrebyshevu, Relaying a Letter from Kim Il Sung in Stalin's Name")
            == ["Kim Il Sung → Stalin via Gromyko > Poskrebyshev"])
        #expect(Acts.of("Ciphered Telegram from Mao Zedong to Filippov [Stalin], Transmitting Li Kenong's Telegram in Mao's Name")
            == ["Li Kenong → Stalin via Mao Zedong"])
    }

    @Test func conveyToAddsARelayedCopy() {
        #expect(Acts.of("Telegram, Zhou Enlai to Mao Zedong, Liu Shaoqi, and convey to Ho Chi Minh (excerpt)")
            == ["Zhou Enlai → Mao Zedong, Liu Shaoqi", "Zhou Enlai → Ho Chi Minh via Mao Zedong > Liu Shaoqi"])
    }

    // MARK: Several correspondents, institutions, offices

    @Test(arguments: [
        ("Telegram from Zhou Enlai to Chai Junwu, Peng Dehuai, and Gao Gang", "Zhou Enlai → Chai Junwu, Peng Dehuai, Gao Gang"),
        ("Yurii Andropov, Nikolai Shchelokov, and Mikhail Malyarov to the CPSU CC",
         "Yurii Andropov, Nikolai Shchelokov, Mikhail Malyarov → CPSU Central Committee"),
        ("Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry",
         "Hungarian Embassy in Pyongyang → Hungarian Foreign Ministry"),
        ("Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.069, Urgent", "Romanian Embassy in Pyongyang → Romanian Foreign Ministry"),
        ("Telegram to East German Foreign Ministry from Ambassador to China", "Ambassador to China → East German Foreign Ministry"),
        ("Letter to the Soviet Ambassador in Chongqing", " → Soviet Ambassador in Chongqing"),
        ("Letter No. 340 from L.D. Wilgress, Canadian Embassy, Moscow, to the Secretary of State for External Affairs, W.L. Mackenzie King",
         "L.D. Wilgress → W.L. Mackenzie King"),
        ("Telegram from Polish Embassy in Havana (Jeleń), 17 January 1962", "Polish Embassy in Havana, Jeleń → "),
        // "… and Others" lists only the named, all of them.
        ("Telegram, Mao Zedong to Peng Dehuai, Gao Gang and Others", "Mao Zedong → Peng Dehuai, Gao Gang"),
        ("Letter, Khrushchev to Mao Zedong, Zhou Enlai and Others, on the Commune Movement", "Khrushchev → Mao Zedong, Zhou Enlai"),
    ])
    func severalCorrespondentsInstitutionsAndOffices(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    // MARK: Conversations

    @Test(arguments: [
        ("Memorandum of Conversation between Anastas Mikoyan and Mao Zedong", "{Anastas Mikoyan, Mao Zedong}"),
        ("Record of Conversation between Yumjaagiin Tsedenbal and the Chinese Ambassador to Mongolia, Zhang Canming",
         "{Yumjaagiin Tsedenbal, Zhang Canming}"),
        ("Minutes of Conversation, Mao Zedong and Ambassador Yudin", "{Mao Zedong, Yudin}"),
        ("Conversation from [Mao Zedong's] Audience with Sihanouk (Excerpt)", "{Mao Zedong, Sihanouk}"),
        ("From the Journal of Ambassador P. F. Yudin, Record of Conversation with Mao Zedong, 31 March 1956", "{Mao Zedong, P. F. Yudin}"),
        ("Note on a Conversation between the 1st Secretary in the USSR Embassy, Comrade Zvetkov, and Comrade Jarck on 7 August 1968",
         "{Jarck, Zvetkov}"),
        ("Conversation of Mao Zedong with Soviet Ambassador Pavel Yudin (Excerpt)", "{Mao Zedong, Pavel Yudin}"),
        ("Notes from Brezhnev's Meeting with Stanislaw Kania and Wojciech Jaruzelski, 14 August 1981",
         "{Brezhnev, Stanislaw Kania, Wojciech Jaruzelski}"),
        ("Transcript of Reception by Comrade Nicolae Ceausescu of the Foreign Minister of Holland, Joseph Luns",
         "{Joseph Luns, Nicolae Ceausescu}"),
        ("Reception of Sory Kaba, Ambassador of the Republic of Guinea in the USSR, by N. S. Khrushchev", "{N. S. Khrushchev, Sory Kaba}"),
        ("Discussion between Zhou Enlai, Deng Xiaoping, Kang Sheng, Le Duan and Nguyen Duy Trinh",
         "{Deng Xiaoping, Kang Sheng, Le Duan, Nguyen Duy Trinh, Zhou Enlai}"),
        ("Notes of the Conversation between Comrade I.V. Stalin and a Governmental Delegation from the Democratic People's Republic of Korea headed by Kim Il Sung",
         "{I.V. Stalin, Kim Il Sung}"),
        ("Diary of Ambassador Yudin, Memorandum of Conversation with Liu Shaoqi", "{Liu Shaoqi, Yudin}"),
        ("Abstract of Conversation: Vice-Minister Zhang Receives Indian Ambassador Nehru", "{Nehru, Zhang}"),
        ("Memorandum of Conversation: Mao Zedong and Kosygin", "{Kosygin, Mao Zedong}"),
        ("Report by Soviet Ambassador Shtykov on a Meeting with Kim Il Sung", "{Kim Il Sung, Shtykov}"),
        // The city after the delegation is where they met.
        ("Minutes, Mao Zedong's Conversation with a Yugoslavian Communist Union Delegation, Beijing, [undated] September 1956",
         "{Mao Zedong, Yugoslavian Communist Union Delegation}"),
        ("Minutes, Mao Zedong's Conversation with a Yugoslav Communist Union Delegation, Beijing, [Undated]",
         "{Mao Zedong, Yugoslav Communist Union Delegation}"),
        // After the last "and" the list is complete: a place follows, or the description of the last person.
        ("Conversation between Brezhnev and Dubcek, Cierna nad Tisou", "{Brezhnev, Dubcek}"),
        ("Transcript of the Meeting of Dubček and Kádár at Komárno", "{Dubček, Kádár}"),
        // Two delegations, as printed, when no person is named.
        ("Minutes of Conversation between the Delegations of the CPCz and the CPSU", "{CPCz Delegation, CPSU Delegation}"),
        // A title that is only two full names is their talk.
        ("Zhou Enlai and Pham Van Dong, Beijing", "{Pham Van Dong, Zhou Enlai}"),
        ("Conversation between Schmidt and the Chairman of the CCP, Mao Zedong", "{Mao Zedong, Schmidt}"),
    ])
    func conversationForms(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func aMessageCanDocumentAConversation() {
        #expect(Acts.of("Telegram from the Ministry of Foreign Affairs Regarding the Conversation of Petre Balaceanu with Dean Rusk Referring to the War in Vietnam")
            == ["Ministry of Foreign Affairs → ", "{Dean Rusk, Petre Balaceanu}"])
    }

    @Test func unnamedGroupsAreNotParticipants() {
        #expect(Acts.of("Record of the Meeting Between Leonid Brezhnev and East European Party Leaders in the Crimea (Including Discussion on China)") == [])
    }

    // MARK: Negatives

    @Test(arguments: [
        "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 March 1958",
        "Resolution of the Plenum of the Korean Workers' Party",
        "Speech, Mao Zedong at the Fifteenth Meeting of the Supreme State Council (excerpt)",
        "Gazette of the State Council of the People's Republic of China, 1957, No. 11 (Overall Issue No. 84)",
        "Minutes No. 49 of the Meeting of the SED Politburo",
        "Report Presented to the 15 Plenum of the Communist Party of Vietnam Central Committee",
        "Untitled report from Mieczysław Dedo, Polish Ambassador to the DPRK, concerning succession after Kim Il Sung",
        "Political Report No. 8 of the Embassy of the People's Republic of Poland in the Democratic People's Republic of Korea for the Period of 1 December to 31 December 1953",
        "Working Notes from the Session of the CPSU CC Presidium on 26 October 1956",
        "Zhou Enlai's Speech to the Central People's Government Council, 'The Korean Ceasefire Negotiations and Making Peace with Japan'",
        // A topic "on … to …" is no correspondence.
        "Decree of the USSR Council of Ministers on Assistance to the Democratic Republic of Vietnam",
        "East German Ministry for State Security, Information on Reactions to the Sino-Soviet Split",
        "War and Peace in Korea",
        "Stalin and the Korean War",
    ])
    func negativesHaveNoActs(title: String) {
        #expect(Acts.of(title) == [])
    }

    // MARK: Exchanges

    @Test func aReplyTheTitleNamesIsAMessageBack() {
        #expect(Acts.of("Telegram from Peng Dehuai to Mao Zedong, and Mao Zedong's Reply") == ["Peng Dehuai → Mao Zedong", "Mao Zedong → Peng Dehuai"])
        #expect(Acts.of("Letter from Kim Il Sung to Stalin, with the Reply") == ["Kim Il Sung → Stalin", "Stalin → Kim Il Sung"])
        // A reply the title only talks about is no message of the record.
        #expect(Acts.of("Telegram from Mao to Stalin on Stalin's Reply to Truman") == ["Mao → Stalin"])
        #expect(Acts.of("Letter from Kim Il Sung to Stalin with Reference to Stalin's Reply") == ["Kim Il Sung → Stalin"])
    }

    @Test func anExchangeOfLettersRunsBothWays() {
        #expect(Acts.of("Exchange of Letters between Khrushchev and Kennedy") == ["Khrushchev → Kennedy", "Kennedy → Khrushchev"])
        #expect(Acts.of("Correspondence between Stalin and Mao Zedong, 1949") == ["Stalin → Mao Zedong", "Mao Zedong → Stalin"])
        // Three parties do not say who wrote to whom.
        #expect(Acts.of("Correspondence between Stalin, Mao Zedong and Kim Il Sung") == [])
    }
}
