import CorrgraphTestSupport
import Testing

/// Particles inside names, single and paired (`de Gaulle`, `de la Vega`, `van der Berg`), in either slot
/// of a title and in capitals. Expected acts written by hand; the names are invented.
@Suite struct NameParticleTests {
    static let names = [
        "Carlos de la Vega", "Johannes van der Berg", "Otto von der Heide", "Luis de los Ríos",
        "Pieter van den Broek", "Maria dos Santos", "Ana da Silva", "Henri de Marsan", "Gianni della Rocca",
        "Karl zu Lenzburg", "Ahmed bin Salim",
    ]

    @Test(arguments: names)
    func particleNameAsRecipient(name: String) {
        #expect(Acts.of("Letter from Oleg Sidorov to \(name)") == ["Oleg Sidorov → \(name)"])
    }

    @Test(arguments: names)
    func particleNameAsSender(name: String) {
        #expect(Acts.of("Letter from \(name) to Oleg Sidorov") == ["\(name) → Oleg Sidorov"])
    }

    @Test(arguments: names)
    func particleNameInAConversation(name: String) {
        let expected = "{" + [name, "Oleg Sidorov"].sorted().joined(separator: ", ") + "}"
        #expect(Acts.of("Memorandum of Conversation between Oleg Sidorov and \(name)") == [expected])
    }

    @Test(arguments: names)
    func particleNameInCapitals(name: String) {
        // Capitals read as title case. A particle cannot be told from a name word in capitals ("DE" is also
        // Zhu De's given name, "LE" Le Duan's surname), so every word comes back capitalised.
        let capitalised = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        #expect(Acts.of("LETTER FROM OLEG SIDOROV TO \(name.uppercased())") == ["Oleg Sidorov → \(capitalised)"])
    }
}
