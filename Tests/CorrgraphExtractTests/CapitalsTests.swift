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

    @Test func summaryInCapitalsNamesTheFinalRecipient() {
        // A go-between's telegram whose summary, printed in capitals, says whom the content is for.
        let acts = Acts.of("Ciphered Telegram, Filippov [Stalin] to Orlov",
                           summary: "TELEGRAM FROM STALIN TO LI WEIMING ABOUT THE NEGOTIATIONS.")
        #expect(acts == ["Stalin → Li Weiming via Orlov (summary)"])
    }
}
