import CorrgraphRead
import CorrgraphTestSupport
import Testing
@testable import CorrgraphExtract

/// German offices printed before a holder's name are offices, not part of the name (docs/names.md, "German offices
/// before a holder's name"). Names are invented, of several naming cultures; each expected act is worked out by hand
/// from GOLD-SCHEMA.md (offices are not part of names).
@Suite struct GermanOfficesBeforeNamesTests {
    static let offices = ["Bundesrat", "Bundesrätin", "Staatssekretär", "Staatssekretärin", "Bundeskanzler",
                          "Bundeskanzlerin", "Bundespräsident", "Bundespräsidentin", "Bundesminister", "Bundesministerin",
                          "Botschafterin", "Generalkonsulin"]
    static let senders = ["Rubattel", "Anna Keller", "Li Wei", "Kwame Mensah", "Olga Smirnova", "Tomás Echeverría"]
    static let recipients = ["Petitpierre", "Jan Novak", "Aiko Tanaka", "Hamid Karimi", "Ines Moreau", "Park Min-ho"]

    @Test(arguments: offices)
    func anOfficeBeforeEitherEndIsDropped(office: String) {
        for (i, a) in Self.senders.enumerated() {
            let b = Self.recipients[i]
            for word in ["Schreiben", "Brief", "Telegramm"] {
                #expect(Acts.of("\(word) von \(office) \(a) an \(office) \(b)") == ["\(a) → \(b)"])
            }
        }
    }

    /// The genitive after `des` is the same office.
    @Test func theGenitiveOfAnOfficeIsDropped() {
        for (a, b) in zip(Self.senders, Self.recipients) {
            #expect(Acts.of("Schreiben des Bundesrats \(a) an Bundesrat \(b)") == ["\(a) → \(b)"])
        }
    }

    /// In capitals the title reads the same.
    @Test func capitalsReadTheSame() {
        #expect(Acts.of("SCHREIBEN VON BUNDESRAT RUBATTEL AN BUNDESRAT PETITPIERRE") == ["Rubattel → Petitpierre"])
    }
}
