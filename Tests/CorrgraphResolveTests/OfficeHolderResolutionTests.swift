import CorrgraphTestSupport
import CorrgraphExtract
import CorrgraphRead
@testable import CorrgraphResolve
import Testing

/// A surname printed as the holder of a post (`The Ambassador in Xlandia (Okonkwo)`) names a person by
/// surname and post (docs/names.md, rule 7). Expected acts worked out by hand from the convention.
@Suite struct OfficeHolderResolutionTests {
    static let surnames = ["Okonkwo", "Haddad", "Takahashi", "Fernández", "Kowalski", "Nguyen", "Petrov", "Lindqvist"]

    /// The acts of all records of a corpus given as (year, title), in order.
    static func acts(_ records: [(String, String)]) -> [String] {
        let corpus = Acts.corpus(records.map { (title: $0.1, summary: "", date: $0.0) })
        return corpus.records.flatMap { Acts.describe($0, in: corpus) }
    }

    @Test(arguments: surnames)
    func twoPostsInTheSameYearsAreTwoPeople(_ name: String) {
        #expect(Self.acts([("1931", "The Ambassador in Xlandia (\(name)) to the Secretary of State"),
                           ("1931", "The Secretary of State to the Ambassador in Ruritania (\(name))")])
            == ["Ambassador in Xlandia (\(name)) → Secretary of State", "Secretary of State → Ambassador in Ruritania (\(name))"])
    }

    @Test(arguments: ["Ambassador", "Minister", "Consul", "Chargé", "Envoy"])
    func eachDiplomaticRankHeldInTwoPlacesAtOnceIsTwoPeople(_ rank: String) {
        #expect(Self.acts([("1950", "The \(rank) in Xlandia (Nguyen) to the Secretary of State"),
                           ("1950", "The \(rank) in Ruritania (Nguyen) to the Secretary of State")])
            == ["\(rank) in Xlandia (Nguyen) → Secretary of State", "\(rank) in Ruritania (Nguyen) → Secretary of State"])
    }

    @Test(arguments: ["Ambassador", "Minister", "Consul", "Chargé"])
    func aDiplomatsSuccessivePostsAreOneCareer(_ rank: String) {
        #expect(Self.acts([("1934", "The \(rank) in Xlandia (Takahashi) to the Secretary of State"),
                           ("1948", "The Ambassador in Ruritania (Takahashi) to the Secretary of State")])
            == ["Takahashi → Secretary of State", "Takahashi → Secretary of State"])
        // More than a generation apart: two people.
        #expect(Self.acts([("1920", "The \(rank) in Xlandia (Takahashi) to the Secretary of State"),
                           ("1964", "The Ambassador in Ruritania (Takahashi) to the Secretary of State")])
            == ["\(rank) in Xlandia (Takahashi) → Secretary of State", "Ambassador in Ruritania (Takahashi) → Secretary of State"])
    }

    @Test func aPostThatFitsTwoCareersStaysApart() {
        // 1950 could follow either earlier post: no evidence says which.
        let acts = Self.acts([("1931", "The Ambassador in Xlandia (Haddad) to the Secretary of State"),
                              ("1931", "The Ambassador in Ruritania (Haddad) to the Secretary of State"),
                              ("1950", "The Minister in Lusitania (Haddad) to the Secretary of State")])
        #expect(acts == ["Ambassador in Xlandia (Haddad) → Secretary of State", "Ambassador in Ruritania (Haddad) → Secretary of State",
                         "Minister in Lusitania (Haddad) → Secretary of State"])
    }

    @Test func postsOutsideADiplomaticServiceAreTwoPeople() {
        #expect(Self.acts([("1961", "Memorandum From the Deputy Under Secretary of State for Political Affairs (Petrov) to the Secretary of State"),
                           ("1965", "Memorandum From the Secretary of State to President Petrov")])
            == ["Deputy Under Secretary of State for Political Affairs (Petrov) → Secretary of State", "Secretary of State → President (Petrov)"])
        #expect(Self.acts([("1914", "The Ambassador in Xlandia (Kowalski) to the Secretary of State"),
                           ("1934", "The Secretary of State to the Secretary of the Treasury (Kowalski)")])
            == ["Ambassador in Xlandia (Kowalski) → Secretary of State", "Secretary of State → Secretary of the Treasury (Kowalski)"])
    }

    @Test(arguments: surnames)
    func onePostInTwoPhrasingsIsOnePerson(_ name: String) {
        // The plural office of a list names the same post as the singular.
        #expect(Self.acts([("1931", "The Secretary of State to the Ambassadors in Xlandia (\(name)) and Ruritania (Mbeki)"),
                           ("1932", "The Ambassador in Xlandia (\(name)) to the Secretary of State")])
            == ["Secretary of State → \(name), Mbeki", "\(name) → Secretary of State"])
        // A less specific phrasing without a rank word.
        #expect(Self.acts([("1962", "Memorandum From the President's Special Assistant (\(name)) to the Secretary of State"),
                           ("1963", "Memorandum From the President's Special Assistant for Xlandian Affairs (\(name)) to the Secretary of State")])
            == ["\(name) → Secretary of State", "\(name) → Secretary of State"])
    }

    @Test func aListedHolderPrintsTheSingularPost() {
        #expect(Self.acts([("1931", "The Secretary of State to the Ambassadors in Xlandia (Haddad) and Ruritania (Lindqvist)"),
                           ("1931", "The Minister in Xlandia (Lindqvist) to the Secretary of State")])
            == ["Secretary of State → Haddad, Ambassador in Ruritania (Lindqvist)", "Minister in Xlandia (Lindqvist) → Secretary of State"])
    }

    @Test(arguments: ["Deputy", "Assistant", "Acting", "Vice", "Under"])
    func aRankWordMakesAnotherOffice(_ rank: String) {
        #expect(Self.acts([("1925", "The Secretary of State to the Consul at Port Vell (Nakamura)"),
                           ("1925", "The Secretary of State to the \(rank) Consul at Port Vell (Nakamura)")])
            == ["Secretary of State → Consul at Port Vell (Nakamura)", "Secretary of State → \(rank) Consul at Port Vell (Nakamura)"])
    }

    @Test func aBareSurnameJoinsASingleHolderOnly() {
        #expect(Self.acts([("1933", "The Minister in Ruritania (Takahashi) to the Secretary of State"),
                           ("1933", "Mr. Takahashi to the Secretary of State")])
            == ["Takahashi → Secretary of State", "Takahashi → Secretary of State"])
        let acts = Self.acts([("1933", "The Minister in Ruritania (Takahashi) to the Secretary of State"),
                              ("1933", "The Minister in Xlandia (Takahashi) to the Secretary of State"),
                              ("1933", "Mr. Takahashi to the Secretary of State")])
        #expect(acts == ["Minister in Ruritania (Takahashi) → Secretary of State", "Minister in Xlandia (Takahashi) → Secretary of State",
                         "Takahashi → Secretary of State"])
    }

    @Test func aSurnameWithoutPostsIsResolvedAsBefore() {
        // No head prints these people as holders: office classes decide, as for `Premier Kim`.
        #expect(Self.acts([("1950", "Letter from Prime Minister Okafor to Ambassador Lindqvist"), ("1950", "Letter from Okafor to Lindqvist")])
            == ["Okafor → Lindqvist", "Okafor → Lindqvist"])
    }

    @Test func officePostsCompareByPost() throws {
        let plural = try #require(OfficePost("the Ambassadors in Xlandia"))
        #expect(plural.display == "Ambassador in Xlandia")
        #expect(plural.isSamePost(try #require(OfficePost("Ambassador in Xlandia"))))
        #expect(try #require(OfficePost("Representative on the Commission for Xlandia and Ruritania"))
            .isSamePost(try #require(OfficePost("Representative on the Commission for Xlandia and Ruritanian"))))
        #expect(!(try #require(OfficePost("Ambassador in Xlandia"))).isSamePost(try #require(OfficePost("Ambassador in Ruritania"))))
        #expect(try #require(OfficePost("Ruritanian Ambassador")).isLessSpecific(than: try #require(OfficePost("Tice Ruritanian, Ambassador"))))
        #expect(!(try #require(OfficePost("Secretary of State"))).isLessSpecific(than: try #require(OfficePost("Assistant Secretary of State for Xlandian Affairs"))))
        #expect(try #require(OfficePost("Minister Resident in Xlandia")).isDiplomatic)
        #expect(!(try #require(OfficePost("Minister of Finance"))).isDiplomatic)
        #expect(OfficePost("the") == nil)
    }
}
