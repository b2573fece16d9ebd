import CorrgraphTestSupport
import Testing
@testable import CorrgraphResolve

/// docs/names.md, "an institution is shown as printed": the printed forms of one body merge by their canonical
/// key, and the name shown is the form most of its mentions print. Expectations worked out by hand.
@Suite struct InstitutionDisplayTests {
    static let countries: [(name: String, adjective: String)] = [
        ("Hungary", "Hungarian"), ("Poland", "Polish"), ("Romania", "Romanian"), ("Bulgaria", "Bulgarian"), ("Czechoslovakia", "Czechoslovak"),
    ]
    static let postings: [(country: String, capital: String)] = [("North Korea", "Pyongyang"), ("China", "Beijing"), ("Cuba", "Havana")]
    static let writers = ["Sergei Volkov", "Li Wenbo", "Ahmed Haddad", "Park Min-ho"]

    /// Names as the tool shows them, one list per record.
    static func shown(_ titles: [String]) -> [[String]] {
        let c = Acts.corpus(titles.map { ($0, "", "1960") })
        return c.records.map { Acts.describe($0, in: c, shown: true) }
    }

    @Test(arguments: countries)
    func theFormMostMentionsPrintIsShown(country: (name: String, adjective: String)) {
        for posting in Self.postings {
            let longForm = "Embassy of \(country.name) in \(posting.country)", shortForm = "\(country.adjective) Embassy in \(posting.capital)"
            for writer in Self.writers {
                // Two mentions print the long form, one the short: one body, shown by the long form.
                let mostlyLong = Self.shown(["Report, \(longForm) to \(writer)", "Letter, \(writer) to the \(shortForm)", "Telegram, \(longForm) to \(writer)"])
                #expect(mostlyLong == [["\(longForm) → \(writer)"], ["\(writer) → \(longForm)"], ["\(longForm) → \(writer)"]])
                // And the other way round.
                let mostlyShort = Self.shown(["Report, \(shortForm) to \(writer)", "Letter, \(writer) to the \(longForm)", "Telegram, the \(shortForm) to \(writer)"])
                #expect(mostlyShort == [["\(shortForm) → \(writer)"], ["\(writer) → \(shortForm)"], ["\(shortForm) → \(writer)"]])
                // A tie goes to the canonical form.
                let tie = Self.shown(["Report, \(longForm) to \(writer)", "Letter, \(writer) to the \(shortForm)"])
                #expect(tie == [["\(shortForm) → \(writer)"], ["\(writer) → \(shortForm)"]])
            }
        }
    }

    @Test(arguments: countries)
    func oneRecordShowsWhatItPrints(country: (name: String, adjective: String)) {
        for writer in Self.writers {
            for ministry in ["Ministry of Foreign Affairs of \(country.name)", "\(country.adjective) Ministry of Foreign Affairs", "\(country.adjective) Foreign Ministry"] {
                #expect(Self.shown(["Letter from \(writer) to the \(ministry)"]) == [["\(writer) → \(ministry)"]])
                // The canonical form is still what identifies it.
                #expect(Acts.of("Letter from \(writer) to the \(ministry)") == ["\(writer) → \(country.adjective) Foreign Ministry"])
            }
        }
    }

    @Test func partyCommitteesShowTheirPrintedForm() {
        #expect(Self.shown(["Letter from the CC of the Korean Workers' Party to the CC CPSU"]) == [["CC of the Korean Workers' Party → CC CPSU"]])
        #expect(Self.shown(["Letter from the Central Committee of the Communist Party of the Soviet Union to Li Wenbo"])
                == [["Central Committee of the Communist Party of the Soviet Union → Li Wenbo"]])
        // Two printed forms, one each: the canonical form is shown for both.
        #expect(Self.shown(["Letter from the CC CPSU to Li Wenbo", "Letter from Li Wenbo to the CPSU Central Committee"])
                == [["CPSU Central Committee → Li Wenbo"], ["Li Wenbo → CPSU Central Committee"]])
    }
}
