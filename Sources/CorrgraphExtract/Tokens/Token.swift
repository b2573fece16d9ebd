/// One token of a title or summary: its kind, its span in the text's UTF-8 bytes and, for words, the
/// lexicon's word classes — looked up once, case-insensitively.
///
/// ```swift
/// let tokens = Tokenizer.tokenize("Cable, Mao Zedong to Stalin [via Terebin]")
/// tokens.map(\.kind)   // [.word, .punctuation, .word, .word, .word, .word, .openBracket, .word, .word, .closeBracket]
/// tokens[4].classes.contains(.preposition)   // true ("to")
/// ```
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters, with apostrophes, hyphens and periods of abbreviations inside (`Kai-shek`, `Workers'`,
        /// `d'Affaires`, `U.S.`); a word may hold digits after its first letter (`T.498`).
        case word
        /// Digits, with inner separators (`50333`, `741-2`, `3/62`).
        case number
        /// `(` or `[`.
        case openBracket
        /// `)` or `]`.
        case closeBracket
        /// `"`, or `'` standing alone.
        case quote
        /// Any other single visible character (`,`, `:`, `;`, `&`, `.` …).
        case punctuation
    }

    public var kind: Kind
    /// The token's bytes in the text it was read from: `text.utf8[span]`.
    public var span: Range<Int>
    /// The lexicon's classes of this word (empty for other kinds and for words the lexicon lacks).
    public var classes: WordClass
    /// Letter case as printed: whether the word has any lower-case or any upper-case letter.
    public var hasLowercase: Bool
    public var hasUppercase: Bool
}
