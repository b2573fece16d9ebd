import Testing
@testable import CorrgraphExtract

/// Tokens, spans and word classes, worked out by hand from the tokenizer's stated conventions.
@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(text).map { String(decoding: bytes[$0.span], as: UTF8.self) }
    }

    @Test func titleWithRelayBrackets() {
        let tokens = Tokenizer.tokenize("Cable, Mao Zedong to Stalin [via Terebin]")
        #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .word, .word, .word, .openBracket, .word, .word, .closeBracket])
        #expect(words("Cable, Mao Zedong to Stalin [via Terebin]")
            == ["Cable", ",", "Mao", "Zedong", "to", "Stalin", "[", "via", "Terebin", "]"])
    }

    @Test(arguments: [
        ("Chiang Kai-shek", ["Chiang", "Kai-shek"]),
        ("Korean Workers' Party", ["Korean", "Workers'", "Party"]),
        ("Mao's Talk", ["Mao's", "Talk"]),
        ("Chargé d'Affaires", ["Chargé", "d'Affaires"]),
        ("the U.S. Embassy", ["the", "U.S", ".", "Embassy"]),
        ("Telegram No. 50333", ["Telegram", "No", ".", "50333"]),
        ("Conversation No. 741-2", ["Conversation", "No", ".", "741-2"]),
        ("T.498/62: Mr. Macmillan", ["T", ".", "498/62", ":", "Mr", ".", "Macmillan"]),
        ("'Regarding Peace'", ["'", "Regarding", "Peace", "'"]),
        ("Ceaușescu  to\tTito", ["Ceaușescu", "to", "Tito"]),
    ])
    func wordShapes(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func spansAreUTF8ByteOffsets() {
        // "Žukov" starts after "Cable, " (7 bytes); Ž is two bytes in UTF-8, so the word spans 7..<13.
        let tokens = Tokenizer.tokenize("Cable, Žukov")
        #expect(tokens.last?.span == 7..<13)
    }

    @Test(arguments: ["telegram", "Telegram", "TELEGRAM"])
    func classesIgnoreCase(word: String) {
        #expect(Tokenizer.tokenize(word)[0].classes.contains(.documentWord))
    }

    @Test func classesOfEachKind() {
        func classes(_ w: String) -> WordClass { Tokenizer.tokenize(w)[0].classes }
        #expect(classes("Ambassador").contains(.office))
        #expect(classes("Embassy").contains(.institutionHead))
        #expect(classes("Hungarian").contains(.nationality))
        #expect(classes("Cde").contains(.honorific))
        #expect(classes("Audience").contains(.actNoun))
        #expect(classes("transmitting").contains(.lowercaseWord))
        #expect(classes("CPSU").contains(.acronym))
        #expect(classes("March").contains(.month))
        #expect(classes("Zedong").isEmpty)
        // Words that are also names or markers are not lower-case words.
        #expect(!classes("He").contains(.lowercaseWord))
        #expect(!classes("May").contains(.lowercaseWord))
        #expect(!classes("No").contains(.lowercaseWord))
    }

    @Test func letterCaseIsRecorded() {
        let tokens = Tokenizer.tokenize("MAO Zedong to")
        #expect(tokens[0].hasUppercase && !tokens[0].hasLowercase)
        #expect(tokens[1].hasUppercase && tokens[1].hasLowercase)
        #expect(!tokens[2].hasUppercase && tokens[2].hasLowercase)
    }

    @Test func hostileTextIsTokenizedWithoutLoss() {
        // Lone separators and unmatched brackets are tokens of their own; nothing is skipped but spaces.
        let text = "'' ]]( -- ' Workers'' 12-"
        let tokens = Tokenizer.tokenize(text)
        let covered = tokens.reduce(0) { $0 + $1.span.count }
        let spaces = text.utf8.filter { $0 == 0x20 }.count
        #expect(covered + spaces == text.utf8.count)
    }
}
