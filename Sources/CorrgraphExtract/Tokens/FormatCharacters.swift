/// Invisible format characters are taken out of a title or summary before it is read.
///
/// Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F), zero-width spaces and joiners (U+200B–U+200D,
/// U+2060), the soft hyphen (U+00AD) and the byte-order mark (U+FEFF) print as nothing, but inside a word
/// they make it another word: `Ivan \u{202E}Petrov` would lose its sender. Text copied from web pages and PDFs
/// carries them. The record keeps its text as read; only the grammar's copy is cleaned.
///
/// - Complexity: O(n) in the text's UTF-8 length; a text without them is returned as it is after one byte scan.
enum FormatCharacters {
    static func removing(_ text: String) -> String {
        var copy = text
        let found = copy.withUTF8 { bytes in
            // Every listed character starts with 0xC2 (U+00AD), 0xE2 (U+20xx) or 0xEF (U+FEFF).
            bytes.indices.contains { i in
                let b = bytes[i]
                guard b == 0xC2 || b == 0xE2 || b == 0xEF, i + 1 < bytes.count else { return false }
                return length(of: bytes, at: i) > 0
            }
        }
        guard found else { return text }
        return copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let skip = length(of: bytes, at: i)
                if skip > 0 { i += skip; continue }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte length of the format character starting at `i`, or 0.
    private static func length(of bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD { return 2 }                       // U+00AD
        guard i + 2 < bytes.count else { return 0 }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b == 0xE2, b1 == 0x80, (0x8B...0x8F).contains(b2) || (0xAA...0xAE).contains(b2) { return 3 }   // U+200B–U+200F, U+202A–U+202E
        if b == 0xE2, b1 == 0x81, b2 == 0xA0 || (0xA6...0xA9).contains(b2) { return 3 }                    // U+2060, U+2066–U+2069
        if b == 0xEF, b1 == 0xBB, b2 == 0xBF { return 3 }                                                 // U+FEFF
        return 0
    }
}
