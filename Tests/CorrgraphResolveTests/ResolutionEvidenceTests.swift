import CorrgraphTestSupport
import CorrgraphExtract
import CorrgraphRead
import CorrgraphResolve
import Testing

/// A merge needs evidence; similarity alone makes a candidate. Every name here is invented.
@Suite struct ResolutionEvidenceTests {
    /// The display name of each record's first sender.
    static func senders(_ c: ResolvedCorpus) -> [String] { c.records.map { c.name($0.messages[0].from[0]) } }

    static func corpus(_ titles: [String]) -> ResolvedCorpus { Acts.corpus(titles.map { ($0, "", "1960") }) }

    // MARK: Similar names of different people stay apart

    @Test(arguments: [
        // Surnames one letter apart (Russian, Arabic, German), each with its own correspondents.
        ("Letter from Ivan Drozdov to Pavel Kirin", "Letter from Ivan Drozdev to Oleg Surin"),
        ("Letter from Karim Haddadi to Samir Nasr", "Letter from Karim Haddari to Walid Azzam"),
        ("Letter from Jutta Brenneke to Uwe Falk", "Letter from Jutta Bremneke to Horst Lenz"),
        // Chinese given names one letter apart.
        ("Cable, Tao Lianping to Ruan Zhigang", "Cable, Tao Lianming to Shi Youcai"),
        // Same surname word, given names that only look alike (two-letter names are no initials).
        ("Cable, Du Hanmo to Ruan Zhigang", "Cable, Dong Hanmo to Shi Youcai"),
        ("Cable, He Qiaosen to Ruan Zhigang", "Cable, Han Qiaosen to Shi Youcai"),
        // Wade–Giles lookalikes with nothing to link them (both read as Pinyin).
        ("Cable, Kao Feng to Ruan Zhigang", "Cable, Gao Feng to Shi Youcai"),
    ])
    func lookalikesWithoutLinkingEvidenceStayApart(first: String, second: String) {
        let c = Self.corpus([first, second])
        let names = Self.senders(c)
        #expect(names[0] != names[1])
        // …and the pair is offered as a candidate.
        #expect(c.candidates.count == 1)
    }

    @Test func aCandidateSaysWhatLooksAlikeAndWhatIsMissing() throws {
        let c = Self.corpus(["Cable, Tao Lianping to Ruan Zhigang", "Cable, Tao Lianming to Shi Youcai"])
        let candidate = try #require(c.candidates.first)
        #expect(candidate.kind == .spellingVariant)
        #expect(Set([candidate.form, candidate.otherForm]) == ["Tao Lianping", "Tao Lianming"])
        #expect(candidate.evidence.contains("one letter from"))
        // A replaced letter between Pinyin syllables is another name whatever links it.
        #expect(candidate.evidence.contains("similarity alone"))
        // A dropped letter could be a misprint: what is missing is a correspondent both share.
        let dropped = try #require(Self.corpus(["Letter from Ivan Roshchenko to Pavel Kirin", "Letter from Ivan Roschenko to Oleg Surin"]).candidates.first)
        #expect(dropped.evidence.contains("no shared correspondent"))
        let given = try #require(Self.corpus(["Cable, Du Hanmo to Ruan Zhigang", "Cable, Dong Hanmo to Shi Youcai"]).candidates.first)
        #expect(given.kind == .givenNames)
        let roman = try #require(Self.corpus(["Cable, Kao Feng to Ruan Zhigang", "Cable, Gao Feng to Shi Youcai"]).candidates.first)
        #expect(roman.kind == .romanization)
    }

    // MARK: Merges with evidence

    @Test func initialsAndABareSurnameFitTheOneFullerName() {
        let c = Self.corpus(["Letter from Konstantin Volkenstein to Pavel Kirin", "Letter from K.R. Volkenstein to Oleg Surin",
                             "Letter from Volkenstein to Uwe Falk", "Letter from Yu. Tsendayush to Pavel Kirin",
                             "Letter from Yumjaagiin Tsendayush to Oleg Surin"])
        #expect(Self.senders(c) == ["Konstantin Volkenstein", "Konstantin Volkenstein", "Konstantin Volkenstein",
                                    "Yumjaagiin Tsendayush", "Yumjaagiin Tsendayush"])
    }

    @Test func transliterationVariantsAreTheSameNormalizedName() {
        let c = Self.corpus(["Letter from Yurii Gorbatenko to Pavel Kirin", "Letter from Yuri Gorbatenko to Oleg Surin",
                             "Letter from Semyon Kolesnikov to Pavel Kirin", "Letter from Semen Kolesnikov to Oleg Surin"])
        let s = Self.senders(c)
        #expect(s[0] == s[1])
        #expect(s[2] == s[3])
    }

    @Test(arguments: [
        // A dropped letter, an added one, two letters swapped (Russian, German, Chinese, Arabic).
        ("Letter from Ivan Shestakov to Pavel Kirin", "Letter from Ivan Shestkov to Pavel Kirin"),
        ("Letter from Jutta Brenneke to Uwe Falk", "Letter from Jutta Brennecke to Uwe Falk"),
        ("Cable, Tao Lianping to Ruan Zhigang", "Cable, Tao Lainping to Ruan Zhigang"),
        ("Letter from Karim Haddadi to Samir Nasr", "Letter from Karim Hadadi to Samir Nasr"),
    ])
    func aMisprintMergesWhenASharedCorrespondentLinksIt(first: String, second: String) {
        // Both forms write to the same correspondent: the corpus links them through another record.
        let c = Self.corpus([first, second])
        let s = Self.senders(c)
        #expect(s[0] == s[1])
        #expect(c.candidates.isEmpty)
    }

    @Test(arguments: [
        // A replaced letter spells another name (Russian, German); so does any change between Pinyin syllables.
        ("Letter from Ivan Drozdov to Pavel Kirin", "Letter from Ivan Drozdev to Pavel Kirin"),
        ("Letter from Jutta Brenneke to Uwe Falk", "Letter from Jutta Bremneke to Uwe Falk"),
        ("Cable, Tao Yihua to Ruan Zhigang", "Cable, Tao Yihuai to Ruan Zhigang"),
        ("Cable, Tao Lianping to Ruan Zhigang", "Cable, Tao Lianming to Ruan Zhigang"),
    ])
    func anotherNameStaysApartEvenWhenLinked(first: String, second: String) {
        let c = Self.corpus([first, second])
        let s = Self.senders(c)
        #expect(s[0] != s[1])
        #expect(c.candidates.count == 1)
    }

    @Test func aLinkedMergeNamesTheCorrespondentThatLinksIt() {
        let c = Self.corpus(["Letter from Ivan Shestakov to Pavel Kirin", "Letter from Ivan Shestkov to Pavel Kirin"])
        #expect(c.correspondents.first { $0.name == "Ivan Shestakov" }?.merges
            .contains { $0.rule == .spellingVariant && $0.detail.contains("Pavel Kirin") } == true)
    }

    @Test func aMarkedWadeGilesFormFitsTheOneNameItReadsAs() {
        // A hyphen between syllables cannot be Pinyin: like an initial, it fits the one name it reads as.
        let c = Self.corpus(["Cable, Teng Hsiao-ming to Ruan Zhigang", "Cable, Deng Xiaoming to Shi Youcai",
                             "Cable, Teng Hsiaoming to Lu Bin"])
        #expect(Set(Self.senders(c)) == ["Deng Xiaoming"])
    }

    // MARK: Identity

    @Test(arguments: [("Madame", "Sun Liwen"), ("Mrs.", "Arturo Benavides"), ("Frau", "Dieter Hollweg")])
    func aFormOfAddressForAWifeMarksAnotherPerson(address: String, name: String) {
        let c = Self.corpus(["Letter from \(address) \(name) to Pavel Kirin", "Letter from Generalissimo \(name) to Pavel Kirin",
                             "Letter from \(name) to Oleg Surin"])
        let s = Self.senders(c)
        #expect(s[0] == "\(address) \(name)")
        #expect(s[1] == name)
        #expect(s[2] == name)
        #expect(c.candidates.contains { $0.kind == .formOfAddress })
    }

    @Test(arguments: [("Maria Lopez", "Maria Lopez Garza"), ("Hanna Berger", "Hanna Berger Stein"), ("Ali Mansour", "Ali Mansour Haddad")])
    func aLongerNameIsNotMergedIntoAShorterOne(short: String, long: String) {
        let c = Self.corpus(["Letter from \(short) to Pavel Kirin", "Letter from \(long) to Pavel Kirin"])
        #expect(Self.senders(c) == [short, long])
        #expect(c.candidates.map(\.kind) == [.longerName])
    }

    @Test func oneCoverBracketResolvesItsRecordButDoesNotRenameTheCorpus() {
        let acts = Acts.ofAll([("Cable, Orlovsky [Sokolin] to Lin Daming", ""), ("Cable, Orlovsky to Lin Daming", ""),
                               ("Cable, Orlovsky to Wang Heping", "")])
        #expect(acts == [["Sokolin → Lin Daming"], ["Orlovsky → Lin Daming"], ["Orlovsky → Wang Heping"]])
        // A second record that brackets the pair agrees: then the cover stands for the real name everywhere.
        let agreed = Acts.ofAll([("Cable, Orlovsky [Sokolin] to Lin Daming", ""), ("Cable, Orlovsky [Sokolin] to Wang Heping", ""),
                                 ("Cable, Orlovsky to Lin Daming", "")])
        #expect(agreed[2] == ["Sokolin → Lin Daming"])
        // So does the real name printed on its own elsewhere.
        let printed = Acts.ofAll([("Cable, Orlovsky [Sokolin] to Lin Daming", ""), ("Cable, Sokolin to Wang Heping", ""),
                                  ("Cable, Orlovsky to Lin Daming", "")])
        #expect(printed[2] == ["Sokolin → Lin Daming"])
    }

    @Test func anUnconfirmedCoverIsACandidate() {
        let c = Self.corpus(["Cable, Orlovsky [Sokolin] to Lin Daming", "Cable, Orlovsky to Wang Heping"])
        #expect(c.candidates.map(\.kind) == [.coverName])
    }

    @Test func anOfficeWithSurnameNeverRenamesTheFullName() {
        // "Pak" fits the one full name and joins it; the display stays the full name (two-letter "Su" is a name).
        let c = Self.corpus(["Letter from Pak Chol Su to Pavel Kirin", "Letter from Premier Pak to Oleg Surin",
                             "Letter from Pak to Uwe Falk", "Letter from Pak Chol Su to Horst Lenz"])
        let s = Self.senders(c)
        #expect(s[0] == "Pak Chol Su")
        #expect(s[3] == "Pak Chol Su")
        #expect(s[2] == "Pak Chol Su")
    }
}
