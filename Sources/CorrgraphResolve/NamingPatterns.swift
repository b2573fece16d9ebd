import CorrgraphExtract

/// Naming conventions that decide whether extra words make another person.
enum NamingPatterns {
    /// Countries and peoples whose names print the father's surname, then the mother's (`Fidel Castro Ruz`,
    /// `Blas Roca Calderío`): a record naming one of them is set where `given paternal` is the short form of
    /// `given paternal maternal`. (Portuguese names put the mother's surname first, and Anglo-American ones
    /// a maiden name before a married one — `Abigail Adams Smith` is not `Abigail Adams`.)
    static let spanishSpeaking: Set<String> = [
        "spain", "spanish", "mexico", "mexican", "cuba", "cuban", "cubans", "argentina", "argentine", "argentinian",
        "chile", "chilean", "colombia", "colombian", "peru", "peruvian", "venezuela", "venezuelan", "bolivia",
        "bolivian", "ecuador", "ecuadorian", "uruguay", "uruguayan", "paraguay", "paraguayan", "guatemala",
        "guatemalan", "honduras", "honduran", "nicaragua", "nicaraguan", "salvadoran", "panama", "panamanian",
        "havana", "madrid", "caracas", "santiago", "bogota", "lima", "managua",
    ]

    /// Whether a text names a Spanish-speaking country, people or capital. O(length).
    static func namesSpanishSpeakingPlace(_ text: String) -> Bool {
        // ASCII text, read over its bytes: there a letter is A–Z or a–z and each byte is a character.
        let asciiAnswer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            for i in 0...bytes.count {
                let b = i < bytes.count ? bytes[i] | 0x20 : 0
                if b >= 0x61 && b <= 0x7A { continue }
                // (A word of ASCII letters folds to its lower case: a short one is lowered in place, without `fold`.)
                if i - start >= 4, bytes[start] >= 0x41 && bytes[start] <= 0x5A {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    let folded = i - start <= 15 ? String(unsafeUninitializedCapacity: i - start) { out in
                        for (k, b) in word.enumerated() { out[k] = b | 0x20 }
                        return i - start
                    } : NameFolding.fold(String(decoding: word, as: UTF8.self))
                    if spanishSpeaking.contains(folded) { return true }
                }
                start = i + 1
            }
            return false
        }
        if let answer = asciiAnswer ?? nil { return answer }
        var word: [Character] = []
        for c in text + " " {
            if c.isLetter { word.append(c); continue }
            if let first = word.first, first.isUppercase, word.count >= 4, spanishSpeaking.contains(NameFolding.fold(String(word))) { return true }
            word.removeAll(keepingCapacity: true)
        }
        return false
    }
}
