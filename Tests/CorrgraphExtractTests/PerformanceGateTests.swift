import Foundation
import Testing
@testable import CorrgraphExtract

/// The byte gates of session 13 (docs/performance.md, "Session 13") are preconditions: each must hold of every text its rule
/// reads something from, so that skipping a text that fails it changes no output. Each gate is checked against the
/// definition it stands for (a split, a Foundation search, the rule itself) over generated heads: names of several naming
/// cultures, every word of the class in its slot, capitals, extra spaces, brackets and bytes outside ASCII.
@Suite struct PerformanceGateTests {
    static let names = ["Kim Sung-ho", "Olga Petrova", "Juan Ortega", "Nguyễn Văn Linh", "Ahmed Qasim", "Li Wenqing", "Hans Becker",
                        "Thomas Graham", "Frédéric II", "George III"]

    /// Heads with parts set off by `, ` that open with every word of `words`, in capitals and title case, with one or two
    /// spaces after the comma, a comma closing the word, and heads whose parts open with other words.
    static func heads(openingPartsWith words: [String]) -> [String] {
        var heads: [String] = []
        for (k, name) in names.enumerated() {
            let other = names[(k + 1) % names.count]
            for word in words {
                for form in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                    heads.append("To \(name), \(form)")
                    heads.append("\(name), \(form) de Prusse, to \(other)")
                    heads.append("\(name),  \(form), to \(other)")
                    heads.append("Sir \(name), \(form),, to \(other)")
                }
            }
            heads += ["\(name) to \(other), transmitting a Message from \(other) to \(name)", "Cable, \(name) to \(other)",
                      "\(name), for \(other)", "To \(name), ", "\(name),\(other)", ", \(name)", "\(name), , \(other)",
                      "\(name), \u{301}K.B.", "\(name), Bart.", "\(name), bart"]
        }
        return heads
    }

    /// Whether a part after the first of `head.components(separatedBy: ", ")` opens (its first word as `split` gives it,
    /// lower-cased, commas trimmed) with a word of `words`: the definition `opensPartAfterComma` stands for.
    static func partOpens(_ head: String, with words: Set<String>) -> Bool {
        head.components(separatedBy: ", ").dropFirst().contains { part in
            guard let first = part.split(separator: " ").first else { return false }
            return words.contains(first.lowercased().trimmingCharacters(in: [","]))
        }
    }

    @Test func partAfterCommaGateHoldsWhereAPartOpensWithTheWord() {
        for (words, longest) in [(EditionHeads.ordersOfKnighthood, EditionHeads.longestOrderOfKnighthood),
                                 (EditionHeads.rulerOffices, EditionHeads.longestRulerOffice)] {
            for head in Self.heads(openingPartsWith: Array(words)) where Self.partOpens(head, with: words) {
                #expect(EditionHeads.opensPartAfterComma(head, withWordIn: words, longest: longest), "\(head.debugDescription)")
            }
        }
        // By hand: `K.B.` and `roi` open a part; a name, `transmitting` and `for` do not.
        let orders = EditionHeads.ordersOfKnighthood, rulers = EditionHeads.rulerOffices
        #expect(EditionHeads.opensPartAfterComma("To Lieut. General Sir Thomas Graham, K.B.", withWordIn: orders, longest: EditionHeads.longestOrderOfKnighthood))
        #expect(EditionHeads.opensPartAfterComma("Sir A, G.C.B., to B", withWordIn: orders, longest: EditionHeads.longestOrderOfKnighthood))
        #expect(!EditionHeads.opensPartAfterComma("Cable, Kim Sung-ho to Olga Petrova", withWordIn: orders, longest: EditionHeads.longestOrderOfKnighthood))
        #expect(EditionHeads.opensPartAfterComma("Voltaire à Frédéric II, roi de Prusse", withWordIn: rulers, longest: EditionHeads.longestRulerOffice))
        #expect(!EditionHeads.opensPartAfterComma("Juan Ortega to Li Wenqing, transmitting a Message from Ahmed Qasim to Li Wenqing",
                                                  withWordIn: rulers, longest: EditionHeads.longestRulerOffice))
        // A word with a byte outside ASCII is left to the rule.
        #expect(EditionHeads.opensPartAfterComma("Olga Petrova, Königin", withWordIn: rulers, longest: EditionHeads.longestRulerOffice))
    }

    @Test func headsFailingThePartGatesAreLeftByTheirRules() {
        for head in Self.heads(openingPartsWith: Array(EditionHeads.ordersOfKnighthood) + Array(EditionHeads.rulerOffices) + ["transmitting", "for", "via"]) {
            if !EditionHeads.opensPartAfterComma(head, withWordIn: EditionHeads.ordersOfKnighthood, longest: EditionHeads.longestOrderOfKnighthood) {
                #expect(EditionHeads.droppingOrdersOfKnighthood(head) == nil, "\(head.debugDescription)")
            }
            if !EditionHeads.opensPartAfterComma(head, withWordIn: EditionHeads.rulerOffices, longest: EditionHeads.longestRulerOffice) {
                #expect(EditionHeads.droppingRulerOffice(head) == nil, "\(head.debugDescription)")
            }
        }
        // By hand: the rules still drop what they dropped.
        #expect(EditionHeads.droppingOrdersOfKnighthood("To Lieut. General Sir Thomas Graham, K.B.") == "To Lieut. General Sir Thomas Graham")
        #expect(EditionHeads.droppingRulerOffice("Voltaire à Frédéric II, roi de Prusse") == "Voltaire à Frédéric II")
    }

    @Test func editionNumberGateHoldsOfEveryNumberedHead() {
        var heads: [String] = []
        for (k, name) in Self.names.enumerated() {
            let other = Self.names[(k + 1) % Self.names.count]
            for leadIn in ["Ep.", "Epist.", "Letter", "No.", "Nr.", "Lettre", "Brief", "Doc.", "Document", "LETTER", "ep."] {
                for number in ["1033.", "12a.", "7.", "123456.", "12", "No"] {
                    heads += ["\(leadIn) \(number) To \(name)", "\(leadIn)  \(number)  \(name) to \(other)", " \(leadIn) \(number) \(name)"]
                }
            }
            heads += ["D1234. \(name) to \(other)", "D12 \(name) to \(other)", "Letter from \(name) to \(other)", "Ep.", "Ep. 1033.",
                      "Letter \u{301}12. To \(name)", "Ep. 1033.\u{301} To \(name)", "Brief 12. \u{301}An \(name)"]
        }
        for head in heads where EditionHeads.droppingEditionNumber(head) != nil {
            #expect(EditionHeads.firstOrSecondWordMayCloseWithStop(head), "\(head.debugDescription)")
        }
        // By hand: the stop closes the number; a plain letter head holds none in its first two words.
        #expect(EditionHeads.droppingEditionNumber("Ep. 1033. To Albert Rhenanus") == "To Albert Rhenanus")
        #expect(EditionHeads.droppingEditionNumber("D1234. Voltaire to Olga Petrova") == "Voltaire to Olga Petrova")
        #expect(!EditionHeads.firstOrSecondWordMayCloseWithStop("Letter from Kim Sung-ho to Olga Petrova"))
        #expect(!EditionHeads.firstOrSecondWordMayCloseWithStop("Cable, Kim Sung-ho to Olga Petrova"))
    }

    @Test func asciiWordTestAgreesWithTheSplit() {
        let words = ForeignDiplomaticHeads.englishFunctionWords
        var texts = ["Entretien avec l'Ambassadeur", "Unterredung mit dem Botschafter", "Memorandum of Conversation between A and B",
                     "Gespräch mit Kim", "  of  ", "of", "Of the", "with", "withal", "From", "a\r\nof", "to\r\n", "", " ", "x for y"]
        for word in words { texts += ["\(word)", " \(word) ", "Kim \(word)", "\(word)s", "\(word.uppercased()) B", "\(word),"] }
        for text in texts {
            let expected = text.split(separator: " ").contains { words.contains(String($0)) }
            let answer = TitleText.asciiHoldsWord(text, of: words, longest: ForeignDiplomaticHeads.longestEnglishFunctionWord)
            if text.utf8.contains(where: { $0 >= 0x80 }) { #expect(answer == nil) } else { #expect(answer == expected, "\(text.debugDescription)") }
        }
        // By hand: `of` is a word of an English head; `Of` and `withal` are not the words.
        #expect(TitleText.asciiHoldsWord("Memorandum of Conversation", of: words, longest: 4) == true)
        #expect(TitleText.asciiHoldsWord("Unterredung mit Kim, Withal", of: words, longest: 4) == false)
    }

    /// `transmissionStart` as it read before its markers were made once and gated on their pronoun: every verb sought.
    static func transmissionStartSeekingEveryVerb(_ text: String) -> (range: Range<String.Index>, verb: String)? {
        guard MessageGrammar.transmissionCues.occurs(in: text) else { return nil }
        var best: (Range<String.Index>, String)?
        for verb in MessageGrammar.transmissionVerbs {
            for r in TitleText.find(" " + verb + " ", in: text) {
                let after = text[r.upperBound...].lowercased()
                if verb == "with" {
                    let head = after.prefix(60)
                    guard ["message", "letter", "telegram", "cable", "note", "reply", "report", "text"].contains(where: { head.contains($0) })
                    else { continue }
                }
                if verb.hasSuffix("including") || verb.hasSuffix("includes"), !after.hasPrefix("a message") && !after.hasPrefix("the message") { continue }
                if best == nil || r.lowerBound < best!.0.lowerBound { best = (r, verb) }
            }
        }
        return best
    }

    @Test func transmissionClauseIsFoundAsBefore() {
        var texts: [String] = []
        for (k, name) in Self.names.enumerated() {
            let other = Self.names[(k + 1) % Self.names.count]
            for verb in MessageGrammar.transmissionVerbs {
                for form in [verb, verb.uppercased(), verb.prefix(1).uppercased() + verb.dropFirst()] {
                    texts.append("\(name) to \(other), \(form) a Message from \(other) to \(name)")
                    texts.append("\(name) to \(other) [\(form) the message from \(other)]")
                }
            }
            texts += ["Cable, \(name) to \(other)", "\(name) to \(other), which is to say", "\(name) to \(other) that day",
                      "\(name) to \(other), with a Letter from \(other)", "\(name) to \(other), with Reference to Korea",
                      "\(name) to \(other), WHICH TRANSMITS a Message", "\(name) to \(other), including a message from \(other)"]
        }
        for text in texts {
            let now = MessageGrammar.transmissionStart(in: text), before = Self.transmissionStartSeekingEveryVerb(text)
            #expect(now?.range == before?.range && now?.verb == before?.verb, "\(text.debugDescription)")
        }
        // By hand: the clause of `which conveys` starts at its space before `which`.
        let text = "Kim Sung-ho to Olga Petrova, which conveys a Message from Juan Ortega"
        #expect(MessageGrammar.transmissionStart(in: text)?.verb == "which conveys")
    }

    @Test func rememberedSubjectCutsAreTheCuts() {
        let phrases = ["Olga Petrova, Regarding the Border", "Kim Sung-ho on the Korean Question", "Juan Ortega", "Li Wenqing, 14 January 1981",
                       "Hans Becker (excerpt)", "the Commission on Human Rights", "Ahmed Qasim, Olga Petrova", "Olga Petrova, Regarding the Border"]
        // Forwards, backwards and interleaved: each cut is what the rule reads of the phrase alone.
        for phrase in phrases + phrases.reversed() + phrases {
            let cut = MessageGrammar.cutSubject(phrase)
            for other in phrases { _ = MessageGrammar.cutSubject(other) }
            let again = MessageGrammar.cutSubject(phrase)
            #expect(cut.phrase == again.phrase && cut.subject == again.subject, "\(phrase.debugDescription)")
        }
        // By hand: the subject after a comma and `Regarding` is cut; a name alone is the phrase.
        #expect(MessageGrammar.cutSubject("Olga Petrova, Regarding the Border").phrase == "Olga Petrova")
        #expect(MessageGrammar.cutSubject("Juan Ortega").subject == nil)
    }

    @Test func spaceLedNeedlesArePretestedAsFoundationFindsThem() {
        var texts: [String] = ["", " ", "  ", "for", " for", "for ", " for ", "Letter from Kim Sung-ho to Olga Petrova", "Cable, A  to B",
                               "A TO B", "x To", "Nguyễn Văn Linh to Hans Becker", "Olga Petrova For Hans", "  to  "]
        for pad in 0...12 {
            texts.append(String(repeating: "a", count: pad) + " to " + String(repeating: "b", count: 12 - pad))
            texts.append(String(repeating: " ", count: pad) + "to")
            texts.append(String(repeating: "t", count: pad) + " for")
        }
        let needles: [StaticString] = [" for ", " to ", " ", "  ", ", for ", " of the ", "ed by "]
        for text in texts {
            for needle in needles {
                let word = needle.description
                let expected = text.utf8.contains { $0 >= 0x80 } || text.range(of: word, options: .caseInsensitive) != nil
                #expect(ByteSearch.mayContainCaseInsensitive(text, needle) == expected, "\(word.debugDescription) in \(text.debugDescription)")
            }
        }
        // By hand: ` to ` is in a head between two names, `  ` in no head with single spaces.
        #expect(ByteSearch.mayContainCaseInsensitive("Cable, Kim Sung-ho to Olga Petrova", " to "))
        #expect(!ByteSearch.mayContainCaseInsensitive("Cable, Kim Sung-ho to Olga Petrova", "  "))
    }
}
