import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// Summary conventions of session 9. Names are invented (several naming cultures); expected acts are worked out by
/// hand from GOLD-SCHEMA.md.
@Suite struct SummaryS9ConventionTests {
    /// Institution-to-ministry heads of every document kind an embassy sends.
    static let heads = SummaryS8bConventionTests.heads
    /// Surnames a catalogue prints alone for an embassy's writer.
    static let surnames = ["Kovalenko", "Szabados", "Nowicki", "Dumitrescu", "Brandauer", "Okonkwo"]

    // MARK: 1. A named writer beside an institution (schema: `Lazar describes …`, `Ambassador X reports …`)

    /// A verb of reporting in writing with an office and name, or a bare surname, as the first clause's subject signs
    /// beside the institution in every kind of document, wire, report or note.
    @Test func reportingWriterSignsBesideTheInstitution() {
        var n = 0
        for head in Self.heads {
            for verb in SubjectClauses.reportingWriterVerbs.sorted() where verb != "informs" {
                let (a, _, _) = Variants.trio(n)
                let surname = Self.surnames[n % Self.surnames.count]
                for (subject, writer) in [("Ambassador \(a)", a), ("Counsellor \(a)", a), (surname, surname)] {
                    let summary = "\(subject) \(verb) on the state of the railway."
                    let acts = Acts.of(head.title, summary: summary)
                    #expect(acts == ["\(head.from), \(writer) → \(head.to) (summary)"], "\(head.title) || \(summary): \(acts)")
                }
                n += 1
            }
        }
    }

    /// Not a writer: a full name alone in a report (a source), a person quoted or reported on, the subject of a verb
    /// of opinion in a report, a foreign diplomat, someone who told the writer, and the record's own addressee.
    @Test func noWriterBesideTheInstitution() {
        var n = 0
        for head in Self.heads.prefix(2) {
            for pattern in ["{A} reports on the railway.", "{S} said that the railway would close.",
                            "The report describes the views of {S} on the railway.", "{S} believes that the railway will close.",
                            "Soviet Ambassador {A} reports on the railway.", "{B} told {S} that the railway would close.",
                            "{S}'s speech describes the railway."] {
                let (a, b, _) = Variants.trio(n)
                let s = Self.surnames[n % Self.surnames.count]
                let summary = pattern.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
                    .replacingOccurrences(of: "{S}", with: s)
                let acts = Acts.of(head.title, summary: summary)
                #expect(acts.first == "\(head.from) → \(head.to)", "\(head.title) || \(summary): \(acts)")
                n += 1
            }
        }
        for surname in Self.surnames {
            let title = "Report, Hungarian Embassy in Ulaanbaatar to Foreign Minister Imre \(surname)"
            let acts = Acts.of(title, summary: "\(surname) notes the state of the railway.")
            #expect(acts == ["Hungarian Embassy in Ulaanbaatar → Imre \(surname)"], "\(title): \(acts)")
        }
    }
}
