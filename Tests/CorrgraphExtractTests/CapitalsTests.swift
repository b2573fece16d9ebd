import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Titles printed in capitals read as in title case (issue 9: "Case-insensitive by construction").
/// Expected acts are worked out by hand from GOLD-SCHEMA.md; the names are invented.
@Suite struct CapitalsTests {
    @Test(arguments: [
        ("CABLE, MAO ZEDONG TO STALIN", "Cable, Mao Zedong to Stalin"),
        ("LETTER FROM THE CC OF THE SED TO THE CPSU CC", "Letter from the CC of the SED to the CPSU CC"),
        ("TELEGRAM, A. B. ORLOV TO KIM IL SUNG, TRANSMITTING A MESSAGE", "Telegram, A. B. Orlov to Kim Il Sung, transmitting a Message"),
        ("REPORT OF THE KOREAN WORKERS' PARTY", "Report of the Korean Workers' Party"),
        ("MAO'S TALK WITH O'NEILL AND CHIANG KAI-SHEK", "Mao's Talk with O'Neill and Chiang Kai-Shek"),
        ("TO JOHN ADAMS FROM LOUIS XVI", "To John Adams from Louis XVI"),
        ("CONVERSATION WITH HE LONG ON 1 MAY 1950", "Conversation with He Long on 1 May 1950"),
        ("TELEGRAM NO. 12 FROM WASHINGTON, DC", "Telegram No. 12 from Washington, DC"),
        // A preposition that is also a rank word stays with the office after it, and only there.
        ("MEMORANDUM FROM THE DEPUTY UNDER SECRETARY OF STATE (OKAFOR) TO THE SECRETARY",
         "Memorandum from the Deputy Under Secretary of State (Okafor) to the Secretary"),
        ("LETTER TO THE UNDER SECRETARY FOR ECONOMIC AFFAIRS (LINDQVIST)",
         "Letter to the Under Secretary for Economic Affairs (Lindqvist)"),
        ("REPORT ON TRADE UNDER THE TREATY", "Report on Trade under the Treaty"),
        ("TALKS UNDER PRESSURE", "Talks under Pressure"),
    ])
    func recasing(capitals: String, expected: String) {
        #expect(Truecasing.restoringCapitals(capitals) == expected)
    }

    @Test(arguments: [
        "Cable, Mao Zedong to Stalin",       // title case: unchanged
        "CPSU CC to SED",                    // has lower case: unchanged
        "USSR",                              // too short to tell
        "",
    ])
    func textsNotInCapitalsAreUnchanged(text: String) {
        #expect(Truecasing.restoringCapitals(text) == text)
    }

    @Test(arguments: [
        ("CABLE, BORIS PETROV TO LI WEIMING [VIA OLEG SMIRNOV]", ["Boris Petrov → Li Weiming via Oleg Smirnov"]),
        ("CIPHERED TELEGRAM NO. 4711, SMIRNOV TO KOVALENKO, TRANSMITTING A MESSAGE FROM LI WEIMING TO BORIS PETROV",
         ["Li Weiming → Boris Petrov via Smirnov > Kovalenko"]),
        ("MEMORANDUM OF CONVERSATION BETWEEN PAK CHOL-SU AND HANS WEBER", ["{Hans Weber, Pak Chol-Su}"]),
        ("FROM THE JOURNAL OF AMBASSADOR I. V. PETROV, RECORD OF A CONVERSATION WITH KIM YONG-HO",
         ["{I. V. Petrov, Kim Yong-Ho}"]),
        ("TELEGRAM FROM THE HUNGARIAN EMBASSY IN PYONGYANG TO THE HUNGARIAN FOREIGN MINISTRY",
         ["Hungarian Embassy in Pyongyang → Hungarian Foreign Ministry"]),
        ("REPORT, HE XIANGMING TO THE CHAIRMAN [ZHAO LIANG]", ["He Xiangming → Zhao Liang"]),
        ("LETTER FROM AHMED BIN SALIM TO JOHANN VON STEIN AND ANA SOUSA", ["Ahmed Bin Salim → Johann Von Stein, Ana Sousa"]),
    ])
    func actsOfTitlesInCapitals(title: String, expected: [String]) {
        #expect(Acts.of(title) == expected)
    }

    @Test func holdersOfTwoPostsStayTwoPeopleInCapitals() {
        // docs/names.md rule 7: one surname printed as the holder of two posts is two people; the
        // `UNDER` of the first post must not be read as a preposition when the heads are in capitals.
        let acts = Acts.ofAll([
            ("MEMORANDUM FROM THE DEPUTY UNDER SECRETARY OF STATE FOR POLITICAL AFFAIRS (OKAFOR) TO THE SECRETARY OF STATE", ""),
            ("MEMORANDUM FROM THE SECRETARY OF STATE TO PRESIDENT OKAFOR", ""),
        ])
        #expect(acts == [["Deputy Under Secretary of State for Political Affairs (Okafor) → Secretary of State"],
                         ["Secretary of State → President (Okafor)"]])
    }

    @Test func summaryInCapitalsNamesTheFinalRecipient() {
        // A go-between's telegram whose summary, printed in capitals, says whom the content is for.
        let acts = Acts.of("Ciphered Telegram, Filippov [Stalin] to Orlov",
                           summary: "TELEGRAM FROM STALIN TO LI WEIMING ABOUT THE NEGOTIATIONS.")
        #expect(acts == ["Stalin → Li Weiming via Orlov (summary)"])
    }
}
