import CorrgraphTestSupport
import Testing

/// Identity rests on the corpus's evidence, not on knowing names: a bare surname (or initials) joins the one
/// fuller name the corpus prints with it, whatever the naming culture, and stays apart when two fit.
/// Names are invented, in the shapes of several cultures (surname last, surname first).
@Suite struct UnseenNameIdentityTests {
    /// (full name, the surname alone): the name cultures the rule must serve.
    static let people: [(full: String, bare: String)] = [
        ("Dobrynya Varfolomeev", "Varfolomeev"),   // Russian
        ("Hualing Qiaoshen", "Qiaoshen"),           // Chinese given-name-first
        ("Qiao Zhenhua", "Qiao"),                   // Chinese, surname first
        ("Bae Sunghwan", "Bae"),                    // Korean, surname first
        ("Wendelin Haberkorn", "Haberkorn"),        // German
        ("Nasser Abulkhair", "Abulkhair"),          // Arabic
        ("Ximena Arrizabalaga", "Arrizabalaga"),    // Spanish (Basque)
        ("Zerbuk Olvatch", "Olvatch"),              // an invented shape no table knows
    ]

    @Test func aBareSurnameJoinsTheOneFullerNameInEveryCulture() {
        for (full, bare) in Self.people {
            let acts = Acts.ofAll([("Letter, \(full) to Tamsin Okereke", ""), ("Letter, \(bare) to Tamsin Okereke", "")])
            #expect(acts == [["\(full) → Tamsin Okereke"], ["\(full) → Tamsin Okereke"]], "\(full)")
            // With an office before it, or after a form of address.
            let titled = Acts.ofAll([("Letter, \(full) to Tamsin Okereke", ""), ("Letter, Comrade \(bare) to Tamsin Okereke", "")])
            #expect(titled[1] == titled[0], "\(full)")
        }
    }

    @Test func initialsJoinTheOneFullerNameInEveryCulture() {
        for (full, bare) in Self.people where full.hasSuffix(bare) {
            let initial = "\(full.prefix(1))."
            let acts = Acts.ofAll([("Letter, \(full) to Tamsin Okereke", ""), ("Letter, \(initial) \(bare) to Tamsin Okereke", "")])
            #expect(acts[1] == acts[0], "\(initial) \(bare)")
        }
    }

    @Test func twoFullerNamesLeaveTheBareSurnameApart() {
        // Initials that conflict with the full given name make a second person: the bare surname fits two.
        for (full, bare) in Self.people where full.hasSuffix(bare) {
            let other = full.hasPrefix("K") ? "M." : "K."
            let acts = Acts.ofAll([("Letter, \(full) to Tamsin Okereke", ""), ("Letter, \(other) \(bare) to Tamsin Okereke", ""),
                                   ("Letter, \(bare) to Tamsin Okereke", "")])
            #expect(acts == [["\(full) → Tamsin Okereke"], ["\(other) \(bare) → Tamsin Okereke"], ["\(bare) → Tamsin Okereke"]], "\(full)")
        }
    }

    @Test func surnamesOneLetterApartWithoutALinkStayApart() {
        // Two different bare surnames one letter apart are a candidate, never one person.
        let acts = Acts.ofAll([("Letter, Olvatch to Tamsin Okereke", ""), ("Letter, Olvach to Idris Kamaluddin", "")])
        #expect(acts == [["Olvatch → Tamsin Okereke"], ["Olvach → Idris Kamaluddin"]])
    }
}

/// A title printed in capitals glosses its record's one-word names as its title-case form does.
@Suite struct CapitalTitleGlossTests {
    static let names: [(given: String, surname: String)] = [
        ("Tomasz", "Wierzbowski"), ("Oyelaran", "Adebayo"), ("Haruki", "Tsutsumida"), ("Gunnhild", "Rasmussen"),
    ]

    @Test func aTitleInCapitalsGlossesItsSummarysSurname() {
        for (given, surname) in Self.names {
            let full = "\(given) \(surname)"
            for title in ["Report on Visit of Ambassador \(full) to the Foreign Ministry",
                          "REPORT ON VISIT OF AMBASSADOR \(full.uppercased()) TO THE FOREIGN MINISTRY"] {
                let acts = Acts.ofAll([(title, "Conversation between Ambassador \(surname) and Ilse Vandermeulen."),
                                       ("Letter from \(full) to Ilse Vandermeulen", "")])
                // (Participants are listed in alphabetical order.)
                #expect(acts[0] == ["{" + [full, "Ilse Vandermeulen"].sorted().joined(separator: ", ") + "}"], "\(title)")
            }
        }
    }

    @Test func twoFullerNamesInACapitalTitleLeaveTheSurnameToTheCorpus() {
        // Both fuller names are printed elsewhere: the record's gloss does not choose, and the corpus has two.
        let acts = Acts.ofAll([("MEETING OF AMBASSADOR TOMASZ WIERZBOWSKI AND MINISTER JADWIGA WIERZBOWSKI",
                                "Conversation between Ambassador Wierzbowski and Ilse Vandermeulen."),
                               ("Letter from Tomasz Wierzbowski to Ilse Vandermeulen", ""),
                               ("Letter from Jadwiga Wierzbowski to Ilse Vandermeulen", "")])
        #expect(!acts[0].contains("{Tomasz Wierzbowski, Ilse Vandermeulen}"))
        #expect(!acts[0].contains("{Jadwiga Wierzbowski, Ilse Vandermeulen}"))
    }
}
