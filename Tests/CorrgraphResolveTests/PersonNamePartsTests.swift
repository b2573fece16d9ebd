import Testing
@testable import CorrgraphResolve

/// The one-pass reading of ASCII names must split and fold exactly as the reading by characters.
@Suite struct PersonNamePartsTests {
    static let samples = [
        "Nguyen Van Thieu", "V.V. Kuznetsova", "A. M. Gromova", "Yu. Tsedenbal", "Ahmad ibn-Saud", "O'Connell-Reyes",
        "Park Chung-hee", "Chang  Myon", " Haile  Selassie ", "Ch'en Yi", "T.C. Soong.", "Mr. Kofi Annan",
        "-.", ".", "a-.", "ab.cd.", "abc.", "Li 2nd", "J.-P. Dubois", "K'ung Hsiang-hsi", "O`Brien", "x", "",
    ]

    @Test func asciiReadingAgreesWithCharacterReading() {
        for text in Self.samples {
            let fast = PersonName.asciiParts(text)
            let slow = PersonName.parts(text)
            #expect(fast?.parts == slow.parts, "\(text)")
            #expect(fast?.initial == slow.initial, "\(text)")
        }
    }

    @Test func generatedASCIINamesAgree() {
        // Every text of up to four bytes over letters, digits and the punctuation names carry.
        let alphabet = Array("aZ9 .-'`,")
        var texts: [String] = [""]
        for _ in 0..<4 { texts = texts.flatMap { t in alphabet.map { t + String($0) } } + texts }
        for text in Set(texts) {
            let fast = PersonName.asciiParts(text)
            let slow = PersonName.parts(text)
            #expect(fast?.parts == slow.parts && fast?.initial == slow.initial, "\(text)")
        }
    }

    @Test func nonASCIIIsLeftToTheCharacterReading() {
        #expect(PersonName.asciiParts("Nicolae Ceaușescu") == nil)
        #expect(PersonName("Nicolae Ceaușescu").surname == "ceausescu")
        #expect(PersonName("V.V. Kuznetsova").given == ["v", "v"])
        #expect(PersonName("V.V. Kuznetsova").givenIsInitial == [true, true])
    }
}
