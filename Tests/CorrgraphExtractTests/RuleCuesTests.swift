import Testing
@testable import CorrgraphExtract

/// The rule preconditions (`RuleCues`) must never skip a rule that would have read something: wherever
/// `TitleText.find` finds a marker, the family's cues occur. Cases worked out by hand from the stated
/// convention (a cue is the longest letter run of a marker that is no function word, matched as a whole
/// run in any letter case; a run with a non-ASCII byte always passes), then generated texts.
@Suite struct RuleCuesTests {
    @Test func cueWordsAreTheRarestRunOfEachMarker() {
        #expect(RuleCues([" given to ", " handed over to "]).words == ["given", "handed"])
        // " on the " starts with " on ": the shorter marker's cue suffices.
        #expect(RuleCues([" on ", " on the ", " with regard "]).words == ["on", "regard"])
        // A marker of function words only keeps its longest.
        #expect(RuleCues([" for "]).words == ["for"])
    }

    @Test func cuesMatchWholeWordsInAnyCase() {
        let cues = RuleCues([" given to ", " handed over to "])
        #expect(cues.occurs(in: "Report given to the Minister, Olga Petrova"))
        #expect(cues.occurs(in: "REPORT HANDED OVER TO KIM SUNG-HO"))
        #expect(cues.occurs(in: "Note [Given] to Ahmed Qasim"))
        #expect(!cues.occurs(in: "Cable, Nguyen Van Lam to Juan Ortega"))
        // A cue inside a longer word is no cue, as `TitleText.find` reads words.
        #expect(!cues.occurs(in: "Misgiven Letter from Hans Becker to Li Wenqing"))
        // Non-ASCII letters are not ruled out (Unicode case mapping may make any word of them).
        #expect(cues.occurs(in: "Rapport donné à Hans Becker"))
    }

    /// Generated titles from a vocabulary of marker words, near-misses (`givens`, `forgiven`), names,
    /// capitals, brackets and punctuation: no marker is found where the cues say none can be.
    @Test func noMarkerIsFoundWhereTheCuesSayNone() {
        let markers = [" given to ", " handed over to ", " for ", " on the ", " with regard ", "reception by ", " between "]
        let cues = RuleCues(markers)
        let vocabulary = ["Given", "given", "GIVEN", "givens", "forgiven", "to", "handed", "over", "Handed", "for", "FOR",
                          "fort", "on", "the", "THE", "with", "regard", "regards", "reception", "Reception", "by", "between",
                          "Kim", "Sung-ho", "Olga", "Petrova", "Nguyen", "Van", "Lam", "Ahmed", "Qasim", "Cable,", "[via",
                          "Ortega]", "(Becker)", "to:", "Report", "Letter"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<(2 + next(7))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
            let found = markers.contains { !TitleText.find($0, in: text).isEmpty }
            if found { #expect(cues.occurs(in: text), "\(text)") }
        }
    }

    /// The combined lexicon (`CuePresence`) answers every table exactly as that table's own scan does: hand-made
    /// texts with capitals, non-ASCII bytes, punctuation and digits around words, words inside longer words.
    @Test func combinedLexiconAnswersAsEachTablesScan() {
        let tables = [
            RuleCues([" given to ", " handed over to "]), RuleCues(["conversation", "exchange of views"]),
            RuleCues(["telegram", "cable", "letter"]), RuleCues(["by"]), RuleCues(["he also ", "she also "]),
            RuleCues([", "]), RuleCues(["Via", "through"]), RuleCues(["cable", "letter", "telegram"]),
        ]
        let texts = [
            "", " ", "Cable, Kim Sung-ho to Ivan Petrov", "CONVERSATION BETWEEN OLGA PETROVA AND LI WENQING",
            "Note [Given] to Ahmed Qasim", "Misgiven letters from Hans Becker", "(Telegram)", "telegram.", "cable,via",
            "Rapport donné à Hans Becker", "Exchange-of-views: Park Ji-woo/Juan Ortega", "Letter2Nguyen", "written BY",
            "bypass", "He also tells Fatima Haddad", "through—Lam", "VIA Carlos Mendez", "ViA", "handedover",
            "Telegrams", "the cablegram", "by", "x by", "…by", "a\u{00A0}b by",
        ]
        for text in texts {
            let presence = CuePresence(text)
            for (k, cues) in tables.enumerated() {
                #expect(cues.occurs(in: presence) == cues.occurs(in: text), "table \(k) \(text.debugDescription)")
            }
        }
        // By hand: whole runs in any case; a run inside a longer word is none; a non-ASCII byte passes every table.
        #expect(tables[3].occurs(in: CuePresence("written BY")))
        #expect(!tables[3].occurs(in: CuePresence("bypass")))
        #expect(tables[6].occurs(in: CuePresence("cable,via")))
        #expect(!tables[2].occurs(in: CuePresence("Telegrams")))
        #expect(tables[2].occurs(in: CuePresence("Rapport donné à Hans Becker")))
        // A table of no letter passes every text.
        #expect(tables[5].occurs(in: CuePresence("Kim")))
        // Tables with the same words share one bit.
        #expect(tables[2].id == tables[7].id)
    }

    /// A table made after a text was read is answered by its own scan of that text.
    @Test func tableMadeAfterTheTextIsScanned() {
        let presence = CuePresence("Memorandum of the Zyxwvutq Committee to Ahmed Qasim")
        let later = RuleCues(["zyxwvutq", "qtuvwxyz"])
        #expect(later.occurs(in: presence))
        #expect(!RuleCues(["qtuvwxyz"]).occurs(in: presence))
    }

    /// Generated texts: every table of the summary rules and generated tables agree with their scans.
    @Test func combinedLexiconAgreesOnGeneratedTexts() {
        let tables = SummaryCues.Family.allCases.map(\.cues) + [TitleGrammar.conversationNounCues, SummaryCues.passingMention]
        for text in SummaryWordsTests.generatedTexts(count: 1_000) {
            let presence = CuePresence(text)
            for cues in tables {
                #expect(cues.occurs(in: presence) == cues.occurs(in: text), "\(cues.words.sorted().prefix(3)) \(text.debugDescription)")
            }
        }
    }
}
