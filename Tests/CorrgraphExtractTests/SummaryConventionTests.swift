import CorrgraphTestSupport
import Testing

/// Acts a summary states plainly, and summaries that must not add acts.
@Suite struct SummaryConventionTests {
    @Test func journalEntryInterlocutorsComeFromTheSummary() {
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 19 October 1957",
                        summary: "Nam Il discusses the results of the KWP CC Plenum.") == ["{A.M. Puzanov, Nam Il} (summary)".replacingOccurrences(of: " (summary)", with: "")])
    }

    @Test func journalEntryWithoutAConversationHasNone() {
        #expect(Acts.of("Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 25 June 1960",
                        summary: "Kim Il Sung gathers senior North Korean officials to inform them of the results of his visit to Moscow.") == [])
    }

    @Test func oneSidedTitleIsCompletedByTheSummary() {
        #expect(Acts.of("Minutes of Talks with Mao Tse-tung, Beijing, 23 October 1954. Extracts.",
                        summary: "Mao Zedong and Nehru discuss Chinese foreign policies toward war and peace.")
            == ["{Mao Zedong, Nehru}"])
    }

    @Test func participantAlsoPresentIsAdded() {
        #expect(Acts.of("Conversations between Romanian Leader Gheorghe Gheorghiu-Dej and Chinese Ambassador Liu Fang",
                        summary: "Romanian military leader Emil Bodnăraş is also present.")
            == ["{Emil Bodnăraş, Gheorghe Gheorghiu-Dej, Liu Fang}"])
    }

    @Test func summaryAliasNamesTheRealPerson() {
        let c = Acts.corpus([("Cable, Stalin to Mao Zedong [via Terebin]",
                              "Stalin tells Mao, through Terebin (Andrei Orlov), that he received Mao's letter.", "1948")])
        #expect(Acts.describe(c.records[0], in: c) == ["Stalin → Mao Zedong via Andrei Orlov"])
    }

    @Test func aBareSurnameInParenthesesIsNoAlias() {
        // "Kuznetsov (Stalin)" may say on whose behalf; the relay stays Kuznetsov.
        let c = Acts.corpus([("Cable, Terebin to Stalin [via Kuznetsov]", "Terebin reports to Kuznetsov (Stalin) on the situation.", "1949")])
        #expect(Acts.describe(c.records[0], in: c) == ["Terebin → Stalin via Kuznetsov"])
    }

    @Test func reportedMeetingIsAConversation() {
        #expect(Acts.of("Telegram from Shtykov to Gromyko and Stalin",
                        summary: "Shtykov gives an insider's report of a meeting with Kim Il Sung and Pak Heon-yeong, in which they discussed the KPA.")
            == ["Shtykov → Gromyko, Stalin", "{Kim Il Sung, Pak Heon-yeong, Shtykov} (summary)".replacingOccurrences(of: " (summary)", with: "")])
    }

    @Test func theLetterItselfIsNoConversation() {
        // "Molotov and Kurdyukov discuss" describes the report between them, not a meeting.
        #expect(Acts.of("Report from I. Kurdyukov to V.M. Molotov", summary: "Molotov and Kurdyukov discuss the situation in Korea.")
            == ["I. Kurdyukov → V.M. Molotov"])
    }

    @Test func cableCarryingSomeoneElsesResponseIsRelayed() {
        #expect(Acts.of("Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong",
                        summary: "The cable contains Stalin's personal response to Mao's 13 May telegram.")
            == ["Stalin → Mao Zedong via Vyshinsky (summary)"])
    }

    @Test func summaryNamesAFurtherAddressee() {
        #expect(Acts.of("Telegram from Mao Zedong to Peng Dehuai",
                        summary: "Mao Zedong informs Peng Dehuai and Gao Gang that Stalin has approved of a single command.")
            == ["Mao Zedong → Peng Dehuai, Gao Gang (summary)"])
    }

    @Test func editorsCompletionOfANameIsPartOfIt() {
        #expect(Acts.of("Telegram from Polish Embassy in Havana (Jeleń), 17 January 1962",
                        summary: "Jelen reports on the Punta del Este, based on conversations with Blas Roca [Caldeiro] and [Carlos] Lechuga, about Mexico.")
            == ["Polish Embassy in Havana, Jeleń → ", "{Blas Roca Caldeiro, Jeleń}", "{Carlos Lechuga, Jeleń}"])
    }

    @Test func summaryRestatingTheEndsFillsWhatTheTitleLeavesOut() {
        #expect(Acts.of("Draft telegram to Italian Communist Leader Palmiro Togliatti",
                        summary: "Draft telegram from the CPSU CC to Italian Communist Leader Palmiro Togliatti on the situation in Hungary.")
            == ["CPSU Central Committee → Palmiro Togliatti (summary)"])
        #expect(Acts.of("Regarding President Tito's Official Visit to the DPRK",
                        summary: "The Romanian Embassy in Pyongyang reports to the Romanian Ministry of Foreign Affairs on President Tito's visit. The correspondence also summarizes the conversation between Tito and Kim Il Sung regarding the Korean issue.")
            == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry (summary)", "{Kim Il Sung, Tito}"])
    }

    @Test func writerNamedForAnOfficeReplacesIt() {
        #expect(Acts.of("Telegram to East German Foreign Ministry from Ambassador to China",
                        summary: "East German Ambassador Oskar Fischer reports on Soviet attempts to meet with Mao.")
            == ["Oskar Fischer → East German Foreign Ministry (summary)"])
    }

    @Test func mentionedConversationsAreNotRecounted() {
        // A session's minutes that only discuss a conversation do not document it.
        #expect(Acts.of("Session of the CPSU CC Politburo, 18 June 1981 (excerpt)",
                        summary: "The Politburo discusses the results of the conversation between Brezhnev and Kania.") == [])
    }

    @Test func officeInTheTitleIsNamedByTheSummary() {
        #expect(Acts.of("Cryptogram No 10456 from Polish Embassy in Bucharest, Ambassador Ochęduszko's Meeting with the Soviet Ambassador",
                        summary: "Polish Ambassador Ochęduszko reports on a conversation with the Soviet ambassador in Bucharest, Alexander Vasilievich Basov.")
            == ["Polish Embassy in Bucharest → ", "{Alexander Vasilievich Basov, Ochęduszko}"])
    }

    @Test func talksAMessageReportsAreConversationsButItsOwnContentIsNot() {
        #expect(Acts.of("Telegram from A. Mikoyan to the CPSU Central Committee",
                        summary: "Mao admits to Mikoyan that the leadership may not heed their advice.")
            // The surname alone is preferred as display name over a form with initials.
            == ["Mikoyan → CPSU Central Committee", "{Mao, Mikoyan}"])
        #expect(Acts.of("Telegram from Polish Foreign Ministry to Polish Embassy, Washington, 29 May 1962",
                        summary: "Ogrodzinski tells Drozniak to meet with officials who deal with Latin American relations.")
            // The writer and the addressee the summary names sign beside the institutions (dev gold wc-00505).
            == ["Polish Foreign Ministry, Ogrodzinski → Polish Embassy in Washington, Drozniak (summary)"])
    }

    @Test func summaryNamesTheAddresseeOfADirective() {
        #expect(Acts.of("Directive from the CPSU Secretariat, 14 January 1981, with Supporting Cables",
                        summary: "CPSU gives instructions to the Communist Party of Italy on how to deal with the visit.")
            == ["CPSU Secretariat → Italian Communist Party (summary)"])
        #expect(Acts.of("Draft Instructions for General Vasilii Chuikov and Vladimir Semyonov regarding GDR Control of Borders",
                        summary: "Draft instructions of the Soviet leadership to its representatives in East Germany.")
            == ["Soviet leadership → Vasilii Chuikov, Vladimir Semyonov (summary)"])
    }

    @Test func summaryNamesWhomAnEditorsBracketedAuthorAddresses() {
        #expect(Acts.of("Directive [from Zhou Enlai] Regarding Comrade Geng Biao's Mission to Sweden",
                        summary: "Zhou urges Geng Biao to keep the embassy's staff small.")
            == ["Zhou Enlai → Geng Biao (summary)"])
        // A report's author telling someone something does not make that person the report's addressee.
        #expect(Acts.of("Report from Soviet Ambassador Puzanov on the Situation in the KWP",
                        summary: "Puzanov tells Kim Il Sung that the Soviet leadership is concerned.")
            == [])
    }

    @Test func audienceWithAnOfficeAndOthersTakesItsPeopleFromTheSummary() {
        #expect(Acts.of("Conversation from [Mao Zedong's] Audience with the Albanian Prosecutor General and Others",
                        summary: "Mao meets with the Albanian Prosecutor General, Aranit Çela, and Sofikli Papavasili, an inspector from the Central Committee, during their visit. The Chinese Prosecutor General, Zhang Dingcheng, and his deputy, Huang Huoxing, are also present.")
            == ["{Aranit Çela, Huang Huoxing, Mao Zedong, Sofikli Papavasili, Zhang Dingcheng}"])
    }

    // MARK: Writers of institutional telegrams

    @Test func summaryNamesTheDiplomatWhoWroteAnEmbassyTelegram() {
        #expect(Acts.of("Telegram from the Polish Embassy in Beijing to the Polish Foreign Ministry",
                        summary: "Kowalski believes that the Chinese leadership will not attend the conference.")
            == ["Polish Embassy in Beijing, Kowalski → Polish Foreign Ministry (summary)"])
        #expect(Acts.of("Cable from the Hungarian Embassy in Hanoi to the Hungarian Foreign Ministry",
                        summary: "Hungarian Ambassador Imre Vass describes the damage done by the bombing of Haiphong.")
            == ["Hungarian Embassy in Hanoi, Imre Vass → Hungarian Foreign Ministry (summary)"])
    }

    @Test func quotedLeadersAndEmbassyReportsGetNoWriter() {
        // A host-country leader the telegram quotes is not its writer; nor is the other side of a talk.
        #expect(Acts.of("Telegram from the Romanian Embassy in Hanoi to the Romanian Foreign Ministry",
                        summary: "Premier Pham Van Dong states that the talks in Paris will not begin before May.")
            == ["Romanian Embassy in Hanoi → Romanian Foreign Ministry"])
        #expect(Acts.of("Telegram from the Bulgarian Embassy in Hanoi to the Bulgarian Foreign Ministry",
                        summary: "French Ambassador Lucien Paye states that Paris will recognise the new government.")
            == ["Bulgarian Embassy in Hanoi → Bulgarian Foreign Ministry"])
        #expect(Acts.of("Cable from the Polish Embassy in Moscow",
                        summary: "Kosygin informs Gomulka of the Soviet position on the test ban.")
            == ["Polish Embassy in Moscow → ", "{Gomulka, Kosygin}"])
        // An embassy's report signed by its ambassador who reports (schema: `Ambassador X reports …`, lead decision s9);
        // a full name alone with no office stays a possible source (SummaryS8bConventionTests.noWriterWithoutHisOwnTalk).
        #expect(Acts.of("Report, Embassy of Hungary in Mongolia to the Hungarian Foreign Ministry",
                        summary: "Hungarian Ambassador Imre Vass reports on the harvest.")
            == ["Hungarian Embassy in Ulaanbaatar, Imre Vass → Hungarian Foreign Ministry (summary)"])
    }

    // MARK: Sides of a conversation the summary names

    @Test func peopleSpeakForTheSideTheSummaryDoesNotCallTheirCounterpart() {
        #expect(Acts.of("Talks between the Delegation of the Bulgarian Communist Party and the Communist Party of China",
                        summary: "Mao Zedong and Zhou Enlai discuss the Sino-Soviet split in a conversation with a Bulgarian delegation.")
            == ["{Delegation of the Bulgarian Communist Party, Mao Zedong, Zhou Enlai}"])
    }

    @Test func aCentralCommitteesDelegationIsRepresentedByThePeopleTheSummaryNames() {
        #expect(Acts.of("Memorandum of Conversation between Stalin and the CCP CC Delegation",
                        summary: "Liu Shaoqi, Gao Gang and Wang Jiaxiang discuss with Stalin the situation in China.")
            == ["{Gao Gang, Liu Shaoqi, Stalin, Wang Jiaxiang}"])
        // Whom the leader tells belongs to the delegation he receives.
        #expect(Acts.of("Mao Zedong's Conversation with a Yugoslav Communist Union Delegation",
                        summary: "Mao tells Vukmanovic-Tempo and Bobrovski that Stalin erred.")
            == ["{Bobrovski, Mao Zedong, Vukmanovic-Tempo}"])
    }

    @Test func meetingsTheSummaryGivesWithPronounsAndRelativeClauses() {
        #expect(Acts.of("Telegram from Shtykov to Vyshinsky", summary: "Shtykov reports that he met with Kim Il Sung and Pak Hon-yong on the unification.")
            == ["Shtykov → Vyshinsky", "{Kim Il Sung, Pak Hon-yong, Shtykov}"])
        #expect(Acts.of("Report from Gao Gang and Liu Shaoqi to Mao Zedong", summary: "Gao Gang and Liu Shaoqi report to Mao on their talks with Stalin.")
            == ["Gao Gang, Liu Shaoqi → Mao Zedong", "{Gao Gang, Liu Shaoqi, Stalin}"])
        // "who described their talks": the talks of the people "who" refers to.
        #expect(Acts.of("Telegram from Shtykov to Stalin",
                        summary: "Shtykov met with Kim Il Sung and Pak Heon-yeong, who described their talks with Mao Zedong in Beijing.")
            == ["Shtykov → Stalin", "{Kim Il Sung, Pak Heon-yeong, Shtykov}", "{Kim Il Sung, Mao Zedong, Pak Heon-yeong}"])
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1957",
                        summary: "Puzanov notes that Kim Il Sung met with the Chinese ambassador.") == [])
    }

    @Test func aDelegationIsRepresentedByItsNamedMember() {
        #expect(Acts.of("Minutes of Talks of a Trade Delegation from Mongolia with Walter Ulbricht and Otto Grotewohl",
                        summary: "This document records the conversation between Walter Ulbricht, Otto Grotewohl and Yumjaagiin Tsedenbal about trade.")
            == ["{Otto Grotewohl, Walter Ulbricht, Yumjaagiin Tsedenbal}"])
    }

    @Test func theReporterHadTheTitlesConversationAndReportsAnother() {
        #expect(Acts.of("Record of Conversation with Premier Pham Van Dong",
                        summary: "Soviet Ambassador to Vietnam, Ilya Shcherbakov, reports on the discussions between Pham Van Dong and Chinese Vice Premier Chen Yi on aid.")
            == ["{Chen Yi, Pham Van Dong}", "{Ilya Shcherbakov, Pham Van Dong}"])
    }

    @Test func whatAnInterlocutorReportsIsNoConversationOfTheJournal() {
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1958",
                        summary: "Pak Jeong-ae informs Puzanov of the Politburo meeting in which Choe Yong-geon criticizes the plan.")
            == ["{A.M. Puzanov, Pak Jeong-ae}"])
    }

    @Test func aRecountedMeetingCompletesTheTitlesConversation() {
        #expect(Acts.of("Cable from Kang Sheng, 'Concerning Mikhail Suslov's conversation with Kang Sheng'",
                        summary: "Kang Sheng describes his meeting with Suslov, Boris Ponomarev, and other Soviet officials.")
            == ["Kang Sheng → ", "{Boris Ponomarev, Kang Sheng, Mikhail Suslov}"])
    }

    @Test func talksOwnedJointlyAreAConversation() {
        #expect(Acts.of("Cable from Ambassador Tanaka to the Foreign Minister",
                        summary: "An account of Chen Yi and Ohira Masayoshi's talks on trade.")
            == ["Tanaka → Foreign Minister", "{Chen Yi, Ohira Masayoshi}"])
    }

    @Test func aTelegramSentAfterMeetingSomeoneRecordsTheMeeting() {
        #expect(Acts.of("Ciphered Telegram No. 1234 from Beijing",
                        summary: "Telegram from Yudin to Moscow after meeting Liu Shaoqi who asked about the loans.")
            == ["Yudin → Moscow (summary)", "{Liu Shaoqi, Yudin}"])
    }

    @Test func aRequestToConveyIsARelayedMessage() {
        #expect(Acts.of("Ciphered Telegram, Special No. 412 from Beijing",
                        summary: "Telegram from Yudin to Moscow after meeting Liu Shaoqi who asked him to convey to Khrushchev the thanks of the CCP.")
            == ["Liu Shaoqi → Khrushchev via Yudin (summary)", "{Liu Shaoqi, Yudin}"])
        // A person the title addresses stays on the route (C → D carrying A's message to B).
        #expect(Acts.of("Telegram from Shtykov to Vyshinsky",
                        summary: "Kim Il Sung asks Shtykov to pass on to Stalin his request for more arms.")
            == ["Kim Il Sung → Stalin via Shtykov > Vyshinsky (summary)"])
    }

    @Test func aWireWhoseTitleNamesNoOneIsTheMessageItsSummarySends() {
        #expect(Acts.of("Ciphered Telegram No. 4581", summary: "Stalin informs Mao Zedong that the Soviet Union agrees to supply aircraft.")
            == ["Stalin → Mao Zedong (summary)"])
        #expect(Acts.of("Telegram", summary: "Mao Zedong congratulates Stalin on his birthday.") == ["Mao Zedong → Stalin (summary)"])
        #expect(Acts.of("Letter", summary: "Khrushchev asks Mao Zedong to send a delegation.") == ["Khrushchev → Mao Zedong (summary)"])
        // People talking in the summary are no sender and addressee.
        #expect(Acts.of("Ciphered Telegram No. 4582", summary: "Kim Il Sung and Pak Heon-yeong discuss the attack.")
            == ["{Kim Il Sung, Pak Heon-yeong}"])
    }

    @Test func aTitleAddressedToAGoBetweenGoesToWhomTheSummaryNames() {
        // The gold schema's own example form.
        #expect(Acts.of("Ciphered Telegram, Filippov [Stalin] to Roshchin", summary: "Telegram from Stalin to Mao Zedong on the situation in Tibet.")
            == ["Stalin → Mao Zedong via Roshchin (summary)"])
        #expect(Acts.of("Ciphered Telegram from Stalin to Shtykov",
                        summary: "Stalin asks Shtykov to convey to Kim Il Sung that he is ready to receive him in Moscow.")
            == ["Stalin → Kim Il Sung via Shtykov (summary)"])
        #expect(Acts.of("Ciphered Telegram from Stalin to Shtykov", summary: "Stalin instructs Shtykov to tell Kim Il Sung that he agrees.")
            == ["Stalin → Kim Il Sung via Shtykov (summary)"])
        // The addressee's name ends before a possessive: "to Thieu Nixon's assurance" is to Thieu.
        #expect(Acts.of("Backchannel Message From Kissinger to Bunker", summary: "Kissinger asks Bunker to convey to Thieu Nixon's assurance of support.")
            == ["Kissinger → Thieu via Bunker (summary)"])
        #expect(Acts.of("Ciphered Telegram, Filippov [Stalin] to Roshchin",
                        summary: "Telegram from Stalin to Mao Zedong proposing that Zhou Enlai travel to Moscow.")
            == ["Stalin → Mao Zedong via Roshchin (summary)"])
        // A summary restating the title's own ends changes nothing.
        #expect(Acts.of("Cable, Stalin to Mao Zedong", summary: "Telegram from Stalin to Mao Zedong on the situation in Tibet.")
            == ["Stalin → Mao Zedong"])
    }

    @Test func aKoreanNameEndingInIlEndsItsSentence() {
        // "Il." is no initial: the next sentence is not part of the name.
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1958",
                        summary: "Puzanov talks with Nam Il. Later he writes a report.")
            == ["{A.M. Puzanov, Nam Il}"])
    }

    @Test func aMeetingWishedForOrRememberedIsNoConversation() {
        #expect(Acts.of("Telegram from Shtykov to Vyshinsky", summary: "Shtykov reports that Kim Il Sung requested a meeting with Stalin.")
            == ["Shtykov → Vyshinsky"])
        #expect(Acts.of("Telegram from Mao Zedong to Stalin", summary: "Mao recalls his meeting with Mikoyan in Xibaipo.")
            == ["Mao Zedong → Stalin"])
    }

    @Test func theWritersOwnMeetingAfterAnOpeningAdverb() {
        #expect(Acts.of("Alexei Adzhubei's Account of His Visit to Washington to the Central Committee of the CPSU",
                        summary: "Adzhubei reports on his visit to Washington, DC. Especially significant was his 30 January meeting with President John F. Kennedy.")
            == ["Alexei Adzhubei → CPSU Central Committee", "{Alexei Adzhubei, John F. Kennedy}"])
    }

    @Test func aMeetingWithSomeonesEnvoyIsWithTheEnvoy() {
        #expect(Acts.of("Telegram from Mao Zedong to Filippov [Stalin]",
                        summary: "Mao reports on his meeting with Kim Il Sung's envoy, Kim Il, in Beijing.")
            == ["Mao Zedong → Stalin", "{Kim Il, Mao Zedong}"])
    }

    @Test func theSenderTransmittingSomeoneElsesLetterRelaysIt() {
        #expect(Acts.of("Cable from Kovalev to Stalin", summary: "Kovalev transmits a letter from Mao Zedong to Stalin on the railway.")
            == ["Mao Zedong → Stalin via Kovalev (summary)"])
        #expect(Acts.of("Telegram from Shtykov to Stalin", summary: "Shtykov forwards Kim Il Sung's letter to Stalin.")
            == ["Kim Il Sung → Stalin via Shtykov (summary)"])
        #expect(Acts.of("Ciphered Telegram", summary: "Roshchin sends Stalin a message from Mao Zedong about the third offensive.")
            == ["Mao Zedong → Stalin via Roshchin (summary)"])
        // Reporting is no relay.
        #expect(Acts.of("Telegram from Shtykov to Stalin", summary: "Shtykov reports that Kim Il Sung is satisfied.")
            == ["Shtykov → Stalin"])
    }

    @Test func theDiaristsMeetingsInMoreWordings() {
        let journal = "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1957"
        #expect(Acts.of(journal, summary: "Puzanov receives Kim Chang-man, who informs him about the plenum. Later he receives GDR Ambassador Richard Fischer.")
            == ["{A.M. Puzanov, Kim Chang-man}", "{A.M. Puzanov, Richard Fischer}"])
        #expect(Acts.of(journal, summary: "In a conversation with Puzanov, Nam Il said that the Chinese troops would leave.")
            == ["{A.M. Puzanov, Nam Il}"])
        #expect(Acts.of(journal, summary: "Pak Chang-ok paid a visit to Puzanov. Kim Il called on Puzanov to discuss trade.")
            == ["{A.M. Puzanov, Pak Chang-ok}", "{A.M. Puzanov, Kim Il}"])
        // One meeting of several, unless the summary pairs them off.
        #expect(Acts.of(journal, summary: "Puzanov meets with Kim Il Sung, Nam Il, and Pak Chang-ok to discuss the volunteers.")
            == ["{A.M. Puzanov, Kim Il Sung, Nam Il, Pak Chang-ok}"])
        #expect(Acts.of(journal, summary: "Puzanov discusses aid and the purges with Fischer and Nam Il, respectively.")
            == ["{A.M. Puzanov, Fischer}", "{A.M. Puzanov, Nam Il}"])
        #expect(Acts.of("Diary of Ambassador Yudin, 5 May 1957", summary: "Yudin has dinner with Liu Shaoqi and Deng Xiaoping.")
            == ["{Deng Xiaoping, Liu Shaoqi, Yudin}"])
        // Receiving a letter is no meeting.
        #expect(Acts.of("Telegram from Stalin to Mao Zedong", summary: "Stalin received Mao's letter and answers it.") == ["Stalin → Mao Zedong"])
    }

    @Test func whoForwardsALetterRelaysIt() {
        #expect(Acts.of("Shelepin Report, 3 May 1961",
                        summary: "Alexander Shelepin forwards this letter from Fidel Castro to the CPSU Central Committee. Castro asks for arms.")
            == ["Fidel Castro → CPSU Central Committee via Alexander Shelepin (summary)"])
    }

    @Test func anOpeningPhraseNamesOneSideAndTheMainClauseTheOther() {
        #expect(Acts.of("Memorandum on a Consultation about Fisheries",
                        summary: "In a meeting with Schwab, Ri Ju-yeon informed him of the new quotas.")
            == ["{Ri Ju-yeon, Schwab}"])
    }

    @Test func phrasesMatchWholeWordsAndNamesLeaveTheFullStop() {
        let journal = "Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1957"
        #expect(Acts.of(journal, summary: "Puzanov receives Richard Fischer.") == ["{A.M. Puzanov, Richard Fischer}"])
        // "he met with" is not read inside "She met with" (which made a participant "S"): she is the writer.
        #expect(Acts.of("Telegram from Pak Jeong-ae to Kim Il Sung", summary: "She met with Nam Il.")
            == ["Pak Jeong-ae → Kim Il Sung", "{Nam Il, Pak Jeong-ae}"])
    }

    @Test func aPartysFirstSecretaryIsNoDiplomatSigningTheTelegram() {
        #expect(Acts.of("Telegram from Pyongyang to Bucharest", summary: "First Secretary Kim Il Sung describes the plans for reunification.")
            == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry"])
    }

    @Test func aTelegramAboutAPlenumsNotesIsNoSessionRecord() {
        #expect(Acts.of("Telegram from Shtykov to Vyshinsky on the Notes of the Plenum of the KWP Central Committee",
                        summary: "Shtykov reports on his meeting with Kim Il Sung.")
            == ["Shtykov → Vyshinsky", "{Kim Il Sung, Shtykov}"])
    }

    @Test func aTalkBetweenOthersToldToTheDiaristIsNotHis() {
        #expect(Acts.of("Diary of Wang Jiaxiang, 5 May 1950", summary: "Wang records that Zhou Enlai spoke with Molotov.") == [])
        // But what an interlocutor says in the diarist's journal is still his conversation.
        #expect(Acts.of("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 3 March 1958",
                        summary: "Puzanov notes that Kim Il Sung expressed concern about the harvest.")
            == ["{A.M. Puzanov, Kim Il Sung}"])
    }

    @Test func talksASessionsMinutesRecountAreNotDocumented() {
        #expect(Acts.of("Minutes of the Politburo Session of the Polish United Workers' Party",
                        summary: "Gomułka reports on his talks with Khrushchev in Moscow.") == [])
        // Nor are the letters they discuss messages of the record.
        #expect(Acts.of("Minutes of the Meeting of the HSWP Politburo", summary: "The Politburo discusses the letter from Brezhnev to Kádár.") == [])
        // The same sentence in a telegram recounts the talks as its subject.
        #expect(Acts.of("Telegram from Gomułka to Ochab", summary: "Gomułka reports on his talks with Khrushchev in Moscow.")
            == ["Gomułka → Ochab", "{Gomułka, Khrushchev}"])
    }

    @Test func whatPeopleDiscussIsATopicNotAParticipant() {
        #expect(Acts.of("Reception by N.S. Khrushchev of the Indonesian Foreign Minister Subandrio",
                        summary: "Khrushchev and Subandrio discuss West Irian.")
            == ["{N.S. Khrushchev, Subandrio}"])
        #expect(Acts.of("Memorandum of Conversation between Zhou Enlai and Nehru", summary: "Zhou and Nehru discuss Aksai Chin and Ladakh.")
            == ["{Nehru, Zhou Enlai}"])
    }

    @Test func aPronounOpeningASentenceIsNoName() {
        #expect(Acts.of("Letter from Kim Il Sung to Stalin",
                        summary: "Kim Il Sung asks Stalin for permission to attack. He also tells Stalin that Mao Zedong supports the plan.")
            == ["Kim Il Sung → Stalin"])
    }

    @Test func informingANamedOfficialIsTheTelegramToTheMinistry() {
        #expect(Acts.of("Telegram from Pyongyang to Moscow", summary: "Shtykov informs Vyshinsky that Kim Il Sung wishes to visit Moscow.")
            == ["Soviet Embassy in Pyongyang, Shtykov → Soviet Foreign Ministry, Vyshinsky (summary)"])
        // Telling the ambassador is the talk the ambassador's telegram reports.
        #expect(Acts.of("Telegram from Pyongyang to Moscow", summary: "Kim Il Sung tells Ambassador Shtykov that he wishes to visit Moscow.")
            == ["Soviet Embassy in Pyongyang → Soviet Foreign Ministry", "{Kim Il Sung, Shtykov}"])
    }

    @Test func theEmbassyStandsForTheUnnamedWriterOfItsTalks() {
        #expect(Acts.of("Telegram from Pyongyang to Bucharest, No. 76.100",
                        summary: "The Romanian ambassador reports on a conversation with Kim Il Sung about the Pueblo crisis.")
            == ["Romanian Embassy in Pyongyang → Romanian Foreign Ministry", "{Kim Il Sung, Romanian Embassy in Pyongyang}"])
    }

    @Test func anOfficeTheSummaryNamesOnceIsItsHolder() {
        #expect(Acts.of("Summary of a Conversation between Kim Il Sung and the Chinese Ambassador",
                        summary: "Kim Il Sung tells Ambassador Qiao Xiaoguang that North Korea will remain neutral.")
            == ["{Kim Il Sung, Qiao Xiaoguang}"])
        // Another country's ambassador is not the holder.
        #expect(Acts.of("Summary of a Conversation between Kim Il Sung and the Chinese Ambassador",
                        summary: "Kim Il Sung tells Soviet Ambassador Puzanov that North Korea will remain neutral.")
            == ["{Chinese Ambassador, Kim Il Sung}"])
    }

    // MARK: Mentioned in passing (precision)

    @Test func meetingsAChronologyOrAnAssessmentMentionsAreNotItsConversations() {
        #expect(Acts.of("Chronology of the Sino-Soviet Border Conflict, 1969",
                        summary: "It notes that Kosygin met Zhou Enlai at Beijing airport on 11 September 1969.") == [])
        #expect(Acts.of("Assessment of the Situation in Poland", summary: "Cardinal Wyszyński met with Kania on several occasions.") == [])
        // A record of talks still recounts them.
        #expect(Acts.of("Polish-Soviet Talks in Moscow", summary: "Gomułka met with Brezhnev to discuss the treaty.")
            == ["{Brezhnev, Gomułka}"])
    }

    @Test func whatATelegramPassesOnOrRecallsIsNoConversationOfIt() {
        #expect(Acts.of("Telegram from the Chinese Foreign Ministry to the Chinese Embassy in the Soviet Union",
                        summary: "The ministry instructs the embassy to thank Khrushchev. It recalls that Dulles had met Chiang Kai-shek in October.")
            == ["Chinese Foreign Ministry → Chinese Embassy in Moscow"])
        #expect(Acts.of("Cable from Zhou Enlai to Mao Zedong", summary: "He notes that Molotov and Eden had discussed the Indochina question.")
            == ["Zhou Enlai → Mao Zedong"])
        #expect(Acts.of("Telegram from Hanoi to Bucharest",
                        summary: "The embassy reports that Le Duc Tho has returned. Xuan Thuy says in an interview with Le Monde that the talks with Kissinger will resume.")
            == ["Romanian Embassy in Hanoi → Romanian Foreign Ministry"])
    }

    @Test func aLeadersPublicStatementMakesHimNoWriterOfTheTelegram() {
        #expect(Acts.of("Cable from the Chinese Embassy in Hanoi to the Chinese Foreign Ministry",
                        summary: "Pham Van Dong describes the situation after the bombing of Hanoi in a speech to the National Assembly.")
            == ["Chinese Embassy in Hanoi → Chinese Foreign Ministry"])
        #expect(Acts.of("Telegram from the Romanian Embassy in Beijing to the Romanian Ministry of Foreign Affairs",
                        summary: "Citing an editorial, the embassy notes that Chen Yi believes the Moscow meeting will split the movement.")
            == ["Romanian Embassy in Beijing → Romanian Foreign Ministry"])
    }

    @Test func aConversationNoteIsNoMessageOfWhatIsSaid() {
        #expect(Acts.of("Note on a Conversation between Romanian Ambassador Aurel Duma and Chinese Vice Foreign Minister Qiao Guanhua",
                        summary: "Qiao Guanhua tells Duma that Zhou Enlai will receive Maurer in May.")
            == ["{Aurel Duma, Qiao Guanhua}"])
    }

    @Test func delegationsOfTwoPartiesAreRepresentedByTheirSpeakers() {
        #expect(Acts.of("Minutes of Conversation between the Delegations of the CPCz and the CPSU",
                        summary: "Antonín Novotný and Nikita Khrushchev discuss the resolution of the Cuban crisis.")
            == ["{Antonín Novotný, Nikita Khrushchev}"])
        #expect(Acts.of("Minutes of the Meeting between the Delegations of the CPSU and the CCP",
                        summary: "Suslov and Deng Xiaoping exchange accusations over the Open Letter.")
            == ["{Deng Xiaoping, Suslov}"])
    }

    @Test func aMinistryWritingToItsEmbassyReversesACityTelegram() {
        #expect(Acts.of("Telegram from Bucharest to Beijing", summary: "The ministry asks the embassy to report on the reaction to Nixon's visit.")
            == ["Romanian Foreign Ministry → Romanian Embassy in Beijing (summary)"])
    }

    @Test func participantsPresentOrTakingPartJoinTheConversation() {
        #expect(Acts.of("Minutes of Conversation between I.V. Stalin and Zhou Enlai",
                        summary: "Stalin and Zhou discuss the war. Molotov, Vyshinsky and Li Fuchun are present.")
            == ["{I.V. Stalin, Li Fuchun, Molotov, Vyshinsky, Zhou Enlai}"])
        #expect(Acts.of("Discussion between N.S. Khrushchev and Mao Zedong", summary: "Zhou Enlai and Suslov also take part.")
            == ["{Mao Zedong, N.S. Khrushchev, Suslov, Zhou Enlai}"])
    }

    @Test func aJournalEntryIsAJournal() {
        #expect(Acts.of("Journal Entry of Soviet Ambassador S. V. Chervonenko, 14 February 1960",
                        summary: "Chervonenko records his meeting with Chen Yi on trade questions.")
            == ["{Chen Yi, S. V. Chervonenko}"])
    }
}
