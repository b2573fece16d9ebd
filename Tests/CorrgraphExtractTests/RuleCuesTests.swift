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
}
