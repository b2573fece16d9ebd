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
        var word: [Character] = []
        for c in text + " " {
            if c.isLetter { word.append(c); continue }
            if let first = word.first, first.isUppercase, word.count >= 4, spanishSpeaking.contains(NameFolding.fold(String(word))) { return true }
            word.removeAll(keepingCapacity: true)
        }
        return false
    }
}
