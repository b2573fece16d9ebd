import CorrgraphTestSupport
import Testing

/// Conventions of other archives (FRUS, letter editions), to keep the grammar general rather than
/// fitted to the Wilson Center's titles. Expected acts by hand.
@Suite struct OtherArchiveTests {
    @Test(arguments: [
        ("Memorandum From the President's Assistant for National Security Affairs (Kissinger) to President Nixon", "Kissinger → Nixon"),
        ("Backchannel Message From the Ambassador to Vietnam (Bunker) to the President's Assistant for National Security Affairs (Kissinger)",
         "Bunker → Kissinger"),
        ("Telegram From the Embassy in the Soviet Union to the Department of State", "Embassy in the Soviet Union → Department of State"),
        ("Note Verbale From the Soviet Embassy to the Department of State", "Soviet Embassy → Department of State"),
        ("Letter From President Johnson to Chairman Kosygin", "Johnson → Kosygin"),
        ("Letter from Philipp Jakob Spener to Gottlieb Spizel", "Philipp Jakob Spener → Gottlieb Spizel"),
        ("Memorandum for the President from Henry Kissinger", "Henry Kissinger → President"),
        ("Message of Greetings from Ho Chi Minh to Mao Zedong", "Ho Chi Minh → Mao Zedong"),
        ("Letter of Kim Il Sung to Stalin", "Kim Il Sung → Stalin"),
        ("Letter to Stalin from Mao Zedong", "Mao Zedong → Stalin"),
        ("Memo, Rusk to Johnson", "Rusk → Johnson"),
        // An office whose complement is itself a list, with the holder in parentheses.
        ("Action Memorandum From the Assistant Secretary of State for East Asian and Pacific Affairs (Green) to Secretary of State Rogers",
         "Green → Rogers"),
        ("Letter From the Secretary of Health, Education, and Welfare (Gardner) to President Johnson", "Gardner → Johnson"),
        ("Telegram From the Commander, Military Assistance Command, Vietnam (Westmoreland) to the Commander in Chief, Pacific (Sharp)",
         "Westmoreland → Sharp"),
        ("Memorandum From Secretary of State Rusk and the Director of Central Intelligence (McCone) to President Kennedy",
         "Rusk, McCone → Kennedy"),
    ])
    func officesWithTheHolderInParentheses(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func memorandumOfConversationListsItsParticipants() {
        #expect(Acts.of("Memorandum of Conversation", summary: "Participants: President Nixon, Ambassador Dobrynin, Henry Kissinger.")
            == ["{Dobrynin, Henry Kissinger, Nixon}"])
        // Semicolons, middle initials, "Dr.", a surname that is also a title, a role in parentheses.
        #expect(Acts.of("Memorandum of Conversation",
                        summary: "PARTICIPANTS: Zhou Enlai; Dr. Henry A. Kissinger; Winston Lord; Mr. Akalovsky (interpreter). Peking, July 10, 1971.")
            == ["{Akalovsky, Henry A. Kissinger, Winston Lord, Zhou Enlai}"])
        // An office alone before someone printed with his own office is a participant, and a former
        // holder of the office does not stand for it.
        #expect(Acts.of("Memorandum for the Record",
                        summary: "Meeting with former President Eisenhower. Present: the President, Secretary McNamara, General Wheeler.")
            == ["{McNamara, President, Wheeler}"])
        // An office alone is a participant too (an O: id in the gold schema).
        #expect(Acts.of("Memorandum of Conversation", summary: "Participants: The President; Ambassador Dobrynin.")
            == ["{Dobrynin, President}"])
        #expect(Acts.of("Memorandum of Conversation", summary: "Conversation between Todor Zhivkov and Leonid Brezhnev on the Czechoslovak crisis.")
            == ["{Leonid Brezhnev, Todor Zhivkov}"])
    }

    @Test(arguments: [
        ("Darwin, C. R. to Lyell, Charles", "C. R. Darwin → Charles Lyell"),
        ("Darwin, Emma to Darwin, C. R.", "Emma Darwin → C. R. Darwin"),
        ("Telegram, Martin Luther King, Jr. to President Lyndon B. Johnson", "Martin Luther King Jr. → Lyndon B. Johnson"),
        // Without initials or a generation, commas list people.
        ("Stalin, Molotov to Mao, Zhou", "Stalin, Molotov → Mao, Zhou"),
    ])
    func invertedNamesOfCorrespondenceCalendars(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func frusAndForeignOfficeSummaries() {
        // A summary that begins with the verb, and a letter with its own addressee: relayed to him.
        #expect(Acts.of("Telegram From the Embassy in the Soviet Union to the Department of State",
                        summary: "Transmits the text of Khrushchev's letter to President Kennedy proposing a trade.")
            == ["Khrushchev → Kennedy via Embassy in the Soviet Union > Department of State (summary)"])
        // A diplomat's interview is a meeting; a press interview is not.
        #expect(Acts.of("Sir A. Clark Kerr (Moscow) to Mr. Eden, No. 215 Telegraphic",
                        summary: "Clark Kerr reported his interview with Molotov on the Curzon Line.")
            == ["Clark Kerr → Eden", "{Clark Kerr, Molotov}"])
        #expect(Acts.of("Telegram from Hanoi to Bucharest", summary: "Xuan Thuy says in an interview with Le Monde that he is hopeful.")
            == ["Romanian Embassy in Hanoi → Romanian Foreign Ministry"])
        // The one who records a conversation had it.
        #expect(Acts.of("Notes of a Conversation with George Washington, 6 August 1793",
                        summary: "Jefferson records Washington's request that he remain in office.")
            == ["{George Washington, Jefferson}"])
        #expect(Acts.of("Airgram A-512 from Amembassy Saigon to Department of State") == ["Amembassy Saigon → Department of State"])
    }

    @Test func theWhiteHouseTapesNumberTheirConversations() {
        #expect(Acts.of("Conversation No. 741-2, Nixon and Haldeman") == ["{Haldeman, Nixon}"])
    }

    @Test func anInvertedNameWithInitialsIsOnePerson() {
        // "Darwin, C. R." is C. R. Darwin, not Darwin and someone called C. R.
        let c = Acts.corpus([("Darwin, C. R. to Hooker, J. D.", "", "1856")])
        #expect(c.records[0].messages.count == 1)
        #expect(c.records[0].messages[0].from.count == 1)
        #expect(c.correspondents.contains { $0.surfaceForms.contains("C. R. Darwin") })
    }

    @Test func aFRUSOfficeWithItsHolderTakesPartInAConversation() {
        #expect(Acts.of("Conversation Between President Nixon and the President's Assistant for National Security Affairs (Kissinger)")
            == ["{Kissinger, Nixon}"])
        #expect(Acts.of("Memorandum of Telephone Conversation Between the Under Secretary of State (Ball) and the President's Special Assistant for National Security Affairs (Bundy)")
            == ["{Ball, Bundy}"])
    }

    @Test(arguments: [
        ("Minute from Mr Eden to the Prime Minister", "Eden → Prime Minister"),
        ("Minute by Sir Orme Sargent to Mr Bevin", "Orme Sargent → Bevin"),
        // Where the writer was, in parentheses, is no part of his name.
        ("Sir A. Clark Kerr (Moscow) to Mr. Eden, No. 215 Telegraphic", "A. Clark Kerr → Eden"),
        ("No. 1876 from Moscow to Foreign Office", "Moscow → Foreign Office"),
        ("Personal and Secret from President Roosevelt to Marshal Stalin", "Roosevelt → Stalin"),
        // An office's numbered series names each entry's writer and addressee.
        ("Prime Minister's Personal Telegram T.498/62: Mr. Macmillan to President Kennedy", "Macmillan → Kennedy"),
        ("Prime Minister's Personal Minute M.28/4, Churchill to Eden", "Churchill → Eden"),
    ])
    func britishMinutes(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test(arguments: [
        ("From George Washington to Thomas Jefferson, 1 January 1788", "George Washington → Thomas Jefferson"),
        ("To John Adams from Thomas Jefferson, 28 October 1813", "Thomas Jefferson → John Adams"),
        ("Vincent van Gogh to Theo van Gogh", "Vincent van Gogh → Theo van Gogh"),
        ("Arthur Schnitzler an Hermann Bahr", "Arthur Schnitzler → Hermann Bahr"),
        ("Brief von Arthur Schnitzler an Olga Waissnix", "Arthur Schnitzler → Olga Waissnix"),
        ("Lettre de George Sand à Gustave Flaubert", "George Sand → Gustave Flaubert"),
        ("Lettre de Napoléon Bonaparte au Directoire exécutif", "Napoléon Bonaparte → Directoire exécutif"),
    ])
    func letterEditionTitles(title: String, expected: String) {
        #expect(Acts.of(title) == [expected])
    }

    @Test func anEditionsOneEndedHeadingTakesTheOtherEndFromTheSummary() {
        #expect(Acts.of("To Theo van Gogh", summary: "Vincent reports that he has rented a studio.") == ["Vincent → Theo van Gogh (summary)"])
        #expect(Acts.of("From Max Planck", summary: "Planck informs Einstein of his election to the Prussian Academy.")
            == ["Max Planck → Einstein (summary)"])
        // A one-word place or surname alone is no heading.
        #expect(Acts.of("From Moscow") == [])
        #expect(Acts.of("To Mao") == [])
    }

    @Test(arguments: ["To the Question of the Korean Unification", "From Moscow to Beijing: The Sino-Soviet Treaty"])
    func subjectsThatLookLikeLetterHeadingsAreNone(title: String) {
        #expect(Acts.of(title) == [])
    }

    @Test func titlesAndMiddleInitialsDoNotSplitAPerson() {
        let acts = Acts.ofAll([("Letter from Dr. Henry A. Kissinger to Mr. Lodge", ""), ("Letter from Henry Kissinger to Henry Cabot Lodge", "")])
        // One person each; the display name is the form without initials.
        #expect(acts == [["Henry Kissinger → Henry Cabot Lodge"], ["Henry Kissinger → Henry Cabot Lodge"]])
    }

    @Test(arguments: ["Memorandum for the Record", "Editorial Note", "Intelligence Memorandum", "Report of the Soviet Embassy in Beijing",
                      "Joint Communique of the Governments of China and the Soviet Union"])
    func documentsToNoOneAreNotMessages(title: String) {
        #expect(Acts.of(title) == [])
    }

    @Test func oneOfficeHolderUnderTwoTitlesIsOnePerson() {
        let acts = Acts.ofAll([("Letter From President Johnson to Chairman Kosygin", ""),
                               ("Message From Premier Kosygin to President Johnson", "")])
        #expect(acts == [["Johnson → Kosygin"], ["Kosygin → Johnson"]])
    }
}
