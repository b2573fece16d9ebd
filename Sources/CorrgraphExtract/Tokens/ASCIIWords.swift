/// Byte-level fast paths for the name grammar's word helpers (`NamePhrase.wordKey`, `tokenize`,
/// `matchWord`). Each returns nil where its input is not plain ASCII, and the caller then takes its
/// general Character path; on ASCII input each gives exactly what that path gives (for ASCII, a
/// Character is one byte, except "\r\n", which none of these treats as a letter or separator).
///
/// - Complexity: O(n) in the word's bytes.
enum ASCIIWords {
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// `NamePhrase.wordKey` for an ASCII token: lower-cased, without non-alphanumerics at either end.
    static func key(_ token: String) -> String? {
        var token = token
        // A token that is its own key (lower-case, nothing to trim) is returned as it is, without a new string.
        var isOwnKey = false
        let key = token.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var lo = 0, hi = bytes.count
            while lo < hi, !isAlphanumeric(bytes[lo]) { lo += 1 }
            while hi > lo, !isAlphanumeric(bytes[hi - 1]) { hi -= 1 }
            if lo == 0, hi == bytes.count, !bytes.contains(where: { $0 >= 65 && $0 <= 90 }) {
                isOwnKey = true
                return nil
            }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi {
                    let b = bytes[k]
                    out[k - lo] = b >= 65 && b <= 90 ? b + 32 : b
                }
                return hi - lo
            }
        }
        return isOwnKey ? token : key
    }

    /// `NamePhrase.tokenize` for an ASCII text: split at spaces and tabs, `,` `:` `;` dropped from each
    /// token's end, empty tokens dropped.
    static func tokens(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var result: [String] = []
            var start = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
                var last = end
                while last > start, bytes[last - 1] == UInt8(ascii: ",") || bytes[last - 1] == UInt8(ascii: ":")
                        || bytes[last - 1] == UInt8(ascii: ";") { last -= 1 }
                if last > start { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)) }
                start = end + 1
            }
            return result
        }
    }

    /// `text.split(separator: " ").map(String.init)` for an ASCII text, split over its bytes (for ASCII a
    /// space character is a space byte); nil for any other text.
    static func spaceSeparated(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var result: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return result
        }
    }

    /// `NamePhrase.matchWord` for an ASCII word (no CR): whether `chars` spell `word` from `at`,
    /// ignoring case. A character that is not one ASCII byte is compared as the general path does.
    static func matches(_ chars: [Character], _ at: Int, _ word: String) -> Bool? {
        var word = word
        return word.withUTF8 { w -> Bool? in
            guard !w.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            guard at + w.count <= chars.count else { return false }
            for k in 0..<w.count {
                let c = chars[at + k]
                var p = w[k]
                if p >= 65 && p <= 90 { p += 32 }
                let u = c.utf8
                if u.count == 1, var b = u.first {
                    if b >= 65 && b <= 90 { b += 32 }
                    if b != p { return false }
                } else if c.lowercased() != String(Character(Unicode.Scalar(w[k]))).lowercased() {
                    return false
                }
            }
            return true
        }
    }
}
