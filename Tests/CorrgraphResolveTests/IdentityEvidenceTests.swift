import CorrgraphTestSupport
import Foundation
import CorrgraphExtract
import CorrgraphRead
@testable import CorrgraphResolve
import Testing

/// The evidence that lets a short or misprinted form join one person (docs/names.md): each convention
/// with a case that must merge and one that must not. Names are invented, from several cultures.
@Suite struct IdentityEvidenceTests {
    @Test(arguments: [("Kaya", "Ali Kaya"), ("Pak", "Pak Song-chol"), ("Okonjo", "Ngozi Okonjo")])
    func aRecordGlossesItsOwnShortForm(short: String, full: String) {
        let acts = Acts.ofAll([("Record of Premier Zhou Enlai's Conversation with Premier \(short)", "Premier \(full) and Zhou Enlai discuss trade."),
                               ("Letter from \(full) to Zhou Enlai", ""),
                               ("Letter from Hamid \(short == "Pak" ? "Pak" : short) to Liu Shaoqi", "")])
        #expect(acts[0] == ["{\(full), Zhou Enlai}"])
    }

    @Test func aGlossNeedsAFullerNameTheCorpusKnows() {
        // A title capitalises every word: "Kaya Discussed" names no one.
        let acts = Acts.ofAll([("Cable from the Embassy, 'Kaya Discussed the Issue of Trade'", ""),
                               ("Letter from Kaya to Zhou Enlai", ""), ("Letter from Mehmet Kaya to Zhou Enlai", ""),
                               ("Letter from Ali Kaya to Liu Shaoqi", "")])
        #expect(acts[1] == ["Kaya → Zhou Enlai"])
    }

    @Test(arguments: [("Raúl Ortega", "Mendez", "Cuba"), ("Ana Beltrán", "Ruiz", "Mexico"), ("Jorge Salinas", "Paz", "Spanish")])
    func aSpanishNameWithoutTheMothersSurnameIsThePerson(short: String, maternal: String, place: String) {
        let acts = Acts.ofAll([("Letter from Nikita Khrushchev to \(short)", ""), ("Letter from Nikita Khrushchev to \(short)", ""),
                               ("Memorandum of Conversation between Nikita Khrushchev and \(short) \(maternal)", "They discuss \(place) and the sugar harvest.")])
        #expect(acts[2] == ["{" + [short, "Nikita Khrushchev"].sorted().joined(separator: ", ") + "}"])
    }

    @Test func anEnglishNameWithAnotherSurnameAfterItStaysApart() {
        let acts = Acts.ofAll([("Letter from Martha Hale to John Hale", ""), ("Letter from Martha Hale Porter to John Hale", "")])
        #expect(acts == [["Martha Hale → John Hale"], ["Martha Hale Porter → John Hale"]])
        // A Spanish-speaking record does not help when two longer names fit.
        let two = Acts.ofAll([("Letter from Nikita Khrushchev to Raúl Ortega", "On Cuba."), ("Letter from Raúl Ortega Mendez to Nikita Khrushchev", "On Cuba."),
                              ("Letter from Raúl Ortega Paz to Nikita Khrushchev", "On Cuba.")])
        #expect(two == [["Nikita Khrushchev → Raúl Ortega"], ["Raúl Ortega Mendez → Nikita Khrushchev"], ["Raúl Ortega Paz → Nikita Khrushchev"]])
    }

    @Test(arguments: [("Wang Jiaxiang", "Wangjiaxiang"), ("Kim Chang-su", "Kimchangsu")])
    func aNameWithItsSpacesRemovedIsTheName(full: String, joined: String) {
        let acts = Acts.ofAll([("Letter from \(full) to Zhou Enlai", ""), ("Letter from Zhou Enlai to Chairman \(joined)", "")])
        #expect(acts == [["\(full) → Zhou Enlai"], ["Zhou Enlai → \(full)"]])
    }

    @Test(arguments: [("Zhao Ziyang", "Zhao Zyiang"), ("Hu Yaobang", "Hu Yaobnag"), ("Hu Qiaomu", "Hu Qioamu")])
    func aPinyinWordMisprintedIntoNoPinyinIsTheName(name: String, misprint: String) {
        let acts = Acts.ofAll([("Letter from \(name) to Kim Il Sung", ""), ("Letter from \(misprint) to Le Duan", "")])
        #expect(acts == [["\(name) → Kim Il Sung"], ["\(name) → Le Duan"]])
    }

    @Test(arguments: [("Li Nanping", "Li Nanming"), ("Zhu Maowen", "Zhu Maoen"), ("Deng Yingchao", "Deng Yingcao"), ("Anmi Senev", "Anmi Sener")])
    func twoPinyinReadingsStayApart(name: String, other: String) {
        // Both words read as Pinyin (`Maoen` as `Mao'en`), or neither does: two names, unless the corpus links them.
        let acts = Acts.ofAll([("Letter from \(name) to Kim Il Sung", ""), ("Letter from \(other) to Le Duan", "")])
        #expect(acts == [["\(name) → Kim Il Sung"], ["\(other) → Le Duan"]])
    }

    @Test func oneLetterReplacedInALongSurnameWithTheSameGivenNames() {
        // The spelling most forms print names the person.
        let acts = Acts.ofAll([("Letter from Bogdan Ostrowiecki to Gomulka", ""), ("Letter from Bogdan Ostrowiacki to Ulbricht", ""),
                               ("Letter from B. Ostrowiecki to Gomulka", "")])
        #expect(acts == [["Bogdan Ostrowiecki → Gomulka"], ["Bogdan Ostrowiecki → Ulbricht"], ["Bogdan Ostrowiecki → Gomulka"]])
        // Short surnames, or other given names, stay apart.
        #expect(Acts.ofAll([("Letter from Richard Dixon to Gomulka", ""), ("Letter from Richard Nixon to Ulbricht", "")])
            == [["Richard Dixon → Gomulka"], ["Richard Nixon → Ulbricht"]])
        #expect(Acts.ofAll([("Letter from Bogdan Ostrowiecki to Gomulka", ""), ("Letter from Jerzy Ostrowiacki to Ulbricht", "")])
            == [["Bogdan Ostrowiecki → Gomulka"], ["Jerzy Ostrowiacki → Ulbricht"]])
    }

    @Test(arguments: [("Fernandes", "Fernanedes"), ("Fernandes", "Fernades"), ("Valdivieso", "Valdiveiso"), ("Mbatha", "Mbbatha")])
    func aSurnameMisprintUnderTwoFullGivenNamesIsOnePerson(spelt: String, misprinted: String) {
        // Two full given names printed alike, and a letter added, dropped, doubled or two swapped in the surname.
        let acts = Acts.ofAll([("Letter from Ana Lucía \(spelt) to Gomulka", ""), ("Letter from Ana Lucía \(spelt) to Tito", ""),
                               ("Letter from Ana Lucía \(misprinted) to Ulbricht", "")])
        #expect(acts == [["Ana Lucía \(spelt) → Gomulka"], ["Ana Lucía \(spelt) → Tito"], ["Ana Lucía \(spelt) → Ulbricht"]])
    }

    @Test(arguments: [("Fernandes", "Fernanedes"), ("Fernandes", "Fernades")])
    func aSurnameMisprintUnderOneGivenNameNeedsALink(spelt: String, misprinted: String) {
        // One given name is not enough without a shared correspondent. (Doubled letters and `ie`/`ei` are
        // transliteration variants, folded by rule 4, so they are not examples here.)
        #expect(Acts.ofAll([("Letter from Ana \(spelt) to Gomulka", ""), ("Letter from Ana \(misprinted) to Ulbricht", "")])
            == [["Ana \(spelt) → Gomulka"], ["Ana \(misprinted) → Ulbricht"]])
    }

    @Test func aReplacedLetterUnderTwoGivenNamesStaysAnotherPerson() {
        // `Kowalska` is the feminine form of `Kowalski`, not a misprint: a replaced letter is another name.
        #expect(Acts.ofAll([("Letter from Jan Piotr Kowalski to Gomulka", ""), ("Letter from Jan Piotr Kowalska to Ulbricht", "")])
            == [["Jan Piotr Kowalski → Gomulka"], ["Jan Piotr Kowalska → Ulbricht"]])
    }

    @Test func anOfficeShortFormJoinsTheFullNameItSharesACorrespondentWith() {
        let acts = Acts.ofAll([("Letter from Chukwuma Okafor to Zhou Enlai", ""), ("Letter from President Okafor to Zhou Enlai", "")])
        #expect(acts == [["Chukwuma Okafor → Zhou Enlai"], ["Chukwuma Okafor → Zhou Enlai"]])
        let unlinked = Acts.ofAll([("Letter from Chukwuma Okafor to Zhou Enlai", ""), ("Letter from President Okafor to Liu Shaoqi", "")])
        #expect(unlinked == [["Chukwuma Okafor → Zhou Enlai"], ["Okafor → Liu Shaoqi"]])
    }

    @Test(arguments: [("Romanian", "Pyongyang"), ("Hungarian", "Hanoi"), ("Polish", "Washington"), ("Bulgarian", "Beijing")])
    func anEmbassysUnqualifiedMinistryIsItsCountrys(country: String, city: String) {
        #expect(Acts.of("Report from the \(country) Embassy in \(city) to the Ministry of Foreign Affairs")
            == ["\(country) Embassy in \(city) → \(country) Foreign Ministry"])
        #expect(Acts.of("Telegram from the Ministry of Foreign Affairs to the \(country) Embassy in \(city)")
            == ["\(country) Foreign Ministry → \(country) Embassy in \(city)"])
        // No embassy at the other end: the ministry stays as printed.
        #expect(Acts.of("Telegram from the Ministry of Foreign Affairs to Ion Popescu") == ["Ministry of Foreign Affairs → Ion Popescu"])
    }

    @Test(arguments: ["CCP", "KWP", "SED"])
    func aPartyPrintedBesideItsCentralCommitteeIsThatCommittee(_ party: String) {
        let acts = Acts.ofAll([("Letter, CPSU Central Committee to the \(party)", ""), ("Letter, \(party) Central Committee to the CPSU Central Committee", "")])
        #expect(acts == [["CPSU Central Committee → \(party) Central Committee"], ["\(party) Central Committee → CPSU Central Committee"]])
        // Without its committee in the corpus, the party is itself.
        #expect(Acts.of("Letter, CPSU Central Committee to the \(party)") == ["CPSU Central Committee → \(party)"])
    }

    @Test func anUnqualifiedInstitutionJoinsTheNamesakeLinkedToIt() {
        let linked = Acts.ofAll([("Report, Zhou Enlai to Mao Zedong and the Central Committee", ""),
                                 ("Telegram, Zhou Enlai to Mao Zedong and the CCP Central Committee", ""),
                                 ("Letter, Walter Ulbricht to the SED Central Committee", "")])
        #expect(linked[0] == ["Zhou Enlai → Mao Zedong, CCP Central Committee"])
        // Two namesakes linked to it: it stays apart.
        let two = Acts.ofAll([("Report, Zhou Enlai to Mao Zedong and the Central Committee", ""),
                              ("Telegram, Zhou Enlai to Mao Zedong and the CCP Central Committee", ""),
                              ("Telegram, Zhou Enlai to the KWP Central Committee", "")])
        #expect(two[0] == ["Zhou Enlai → Mao Zedong, Central Committee"])
    }

    @Test(arguments: [("Soviet", "Chargé"), ("Hungarian", "Ambassador"), ("Polish", "Counselor")])
    func aDiplomaticOfficeWithoutItsPostingIsTheOnePostedOne(nationality: String, rank: String) {
        let acts = Acts.ofAll([("Memorandum of Conversation between Zhou Enlai and the \(nationality) \(rank) to the DPRK", ""),
                               ("Memorandum of Conversation between Kim Il Sung and the \(rank) of the \(nationality) Embassy", "")])
        // One correspondent; its display name is the longest form printed once each (docs/names.md).
        #expect(acts[0] == ["{\(rank) of the \(nationality) Embassy, Zhou Enlai}"])
        #expect(acts[1] == ["{\(rank) of the \(nationality) Embassy, Kim Il Sung}"])
        // Two postings of that rank and nationality: it stays as printed.
        let two = Acts.ofAll([("Memorandum of Conversation between Zhou Enlai and the \(nationality) \(rank) to the DPRK", ""),
                              ("Memorandum of Conversation between Zhou Enlai and the \(nationality) \(rank) to Mongolia", ""),
                              ("Memorandum of Conversation between Kim Il Sung and the \(rank) of the \(nationality) Embassy", "")])
        #expect(two[2] == ["{\(rank) of the \(nationality) Embassy, Kim Il Sung}"])
    }

    @Test func anOfficeWithoutNationalityOrMoreThanTenYearsApartStaysApart() {
        let acts = Acts.ofAll([("Memorandum of Conversation between Zhou Enlai and the Soviet Ambassador to the DPRK", "")],
                              date: "1950")
        #expect(acts == [["{Soviet Ambassador to the DPRK, Zhou Enlai}"]])
        let far = Acts.corpus([(title: "Memorandum of Conversation between Zhou Enlai and the Soviet Ambassador to the DPRK", summary: "", date: "1950"),
                               (title: "Memorandum of Conversation between Kim Il Sung and the Ambassador of the Soviet Embassy", summary: "", date: "1975")])
        #expect(Acts.describe(far.records[1], in: far) == ["{Ambassador of the Soviet Embassy, Kim Il Sung}"])
    }

    @Test func manyPostsOfOneSurnameStayLinearAndApart() {
        // More posts than a person holds: only identical posts are compared, each stays its own holder.
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa"]
        let port = { (k: Int) in "Port " + syllables[k / 10].capitalized + syllables[k % 10] }
        let records = (0..<100).flatMap { k in
            [(title: "The Consul at \(port(k)) (Nakamura) to the Secretary of State", summary: "", date: "1925"),
             (title: "The Secretary of State to the Consul at \(port(k)) (Nakamura)", summary: "", date: "1925")]
        }
        let corpus = Acts.corpus(records)
        #expect(corpus.correspondents.filter { $0.name.hasSuffix("(Nakamura)") }.count == 100)
        #expect(Acts.describe(corpus.records[1], in: corpus) == ["Secretary of State → Consul at Port Kaka (Nakamura)"])
    }

    @Test func aLongRecordFullOfNamesIsReadOnce() {
        let names = (0..<3000).map { "Premier Kaya\($0 % 7) and Ali Kaya\($0 % 7) met" }.joined(separator: "; ")
        let acts = Acts.ofAll([("Letter from Kaya to Zhou Enlai", names), ("Letter from Ali Kaya to Zhou Enlai", "")])
        #expect(acts[1] == ["Ali Kaya → Zhou Enlai"])
    }

    @Test func spanishSpeakingPlacesAreRead() {
        #expect(NamingPatterns.namesSpanishSpeakingPlace("Prime Minister of the Republic of Cuba"))
        #expect(NamingPatterns.namesSpanishSpeakingPlace("the Mexican delegation"))
        #expect(!NamingPatterns.namesSpanishSpeakingPlace("the Embassy in Lisbon and Washington"))
        #expect(!NamingPatterns.namesSpanishSpeakingPlace("a cuban cigar"))
    }
}
