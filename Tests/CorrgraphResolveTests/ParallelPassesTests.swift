import CorrgraphExtract
import CorrgraphRead
@testable import CorrgraphResolve
import Testing

/// The per-record and per-form passes of resolution that run in parallel over chunks: their results are in
/// record (or form) order whatever the number of threads, and records handed to resolution come out whole.
@Suite struct ParallelPassesTests {
    /// A record with one message `from → to`, named in a source of its own.
    static func record(_ ordinal: Int, from: String, to: String) -> ExtractedRecord {
        ExtractedRecord(record: CatalogueRecord(id: "letters.txt#\(ordinal)", source: "letters.txt", line: 2 * ordinal,
                                                date: "May 3, 1951", title: "Letter, \(from) to \(to)", summary: ""),
                        messages: [ExtractedMessage(from: [NameMention(text: from)], to: [NameMention(text: to)])])
    }

    @Test(arguments: [0, 1, 511, 1_024, 1_025, 5_000])
    func perIndexKeepsIndexOrder(count: Int) {
        // Below two chunks of 512 on this thread, above in parallel: the same list either way.
        #expect(NameResolver.perIndex(count) { $0 * 3 } == (0..<count).map { $0 * 3 })
    }

    @Test func recordsLentInPlaceComeBackUnchanged() {
        let senders = ["Park Ji-won", "Aleksandr Morozov", "Chen Jiahui", "Fatima Haddad", "Lucía Ortega Ruiz"]
        var records = (0..<1_500).map { Self.record($0, from: senders[$0 % senders.count], to: "Karl Weber") }
        let before = records
        let titles = NameResolver.perRecord(inPlace: &records) { record, index in "\(index): \(record.record.title)" }
        #expect(records == before)
        #expect(titles == before.indices.map { "\($0): \(before[$0].record.title)" })
    }

    @Test func resolutionMovesEachRecordIntoItsResolvedOne() {
        // Over two chunks of 512: the records are moved in parallel, and each keeps its own extraction.
        let pairs = [("Kim Su-jin", "Omar Khalil"), ("Omar Khalil", "Ingrid Halvorsen"), ("Ingrid Halvorsen", "Kim Su-jin")]
        let records = (0..<1_200).map { Self.record($0, from: pairs[$0 % 3].0, to: pairs[$0 % 3].1) }
        let corpus = NameResolver().resolve(records)
        #expect(corpus.records.map(\.extraction) == records)
        #expect(corpus.records.allSatisfy { $0.messages.count == 1 })
        for (index, resolved) in corpus.records.enumerated() {
            let message = resolved.messages[0]
            #expect(message.from.map(corpus.name) == [pairs[index % 3].0])
            #expect(message.to.map(corpus.name) == [pairs[index % 3].1])
        }
    }

    @Test func partnersAreTheOtherFormsOfEachAct() {
        // Forms: 0 Lin Wei, 1 Hannah Vogel, 2 Diego Paredes, 3 Amina Yusuf.
        let records = [
            // Lin Wei → Hannah Vogel via Diego Paredes.
            ExtractedRecord(record: CatalogueRecord(id: "a#1", source: "a", line: 1, date: "", title: "", summary: ""),
                            messages: [ExtractedMessage(from: [NameMention(text: "Lin Wei")], to: [NameMention(text: "Hannah Vogel")],
                                                        via: [NameMention(text: "Diego Paredes")])]),
            // Hannah Vogel meets Amina Yusuf.
            ExtractedRecord(record: CatalogueRecord(id: "a#2", source: "a", line: 2, date: "", title: "", summary: ""),
                            conversations: [ExtractedConversation(participants: [NameMention(text: "Hannah Vogel"), NameMention(text: "Amina Yusuf")])]),
            // Lin Wei to himself: a form is no partner of its own.
            ExtractedRecord(record: CatalogueRecord(id: "a#3", source: "a", line: 3, date: "", title: "", summary: ""),
                            messages: [ExtractedMessage(from: [NameMention(text: "Lin Wei")], to: [NameMention(text: "Lin Wei")])]),
        ]
        let partners = NameResolver.partners(records, [[0, 1, 2], [1, 3], [0, 0]], formCount: 4)
        #expect(partners == [[1, 2], [0, 2, 3], [0, 1], [1]])
    }

    @Test func partnersOfManyFormsAreListedInTheOrderMet() {
        // A chain of 10,000 letters, form k to form k + 1: over two chunks of 4,096 forms, deduplicated in parallel.
        let count = 10_000
        let records = (0..<count).map { Self.record($0, from: "Writer \($0)", to: "Writer \($0 + 1)") }
        let partners = NameResolver.partners(records, (0..<count).map { [$0, $0 + 1] }, formCount: count + 1)
        #expect(partners[0] == [1])
        #expect(partners[count] == [count - 1])
        // Form k is met first as the recipient of letter k - 1, then as the sender of letter k.
        #expect((1..<count).allSatisfy { partners[$0] == [$0 - 1, $0 + 1] })
    }

    @Test func knownNamesAreThePersonNamesOfTwoWordsOrMore() {
        let mentions = [[NameMention(text: "Ana Beltrán"), NameMention(text: "Sato"), NameMention(text: "Foreign Ministry", kind: .institution)],
                        [NameMention(text: "Sato Hiroshi")]]
        let folded = mentions.map(NameResolver.foldedPersonNames)
        let known = NameResolver.knownNames(mentions, folded)
        #expect(known.names == ["ana beltran", "sato hiroshi"])
        #expect(known.surnames == ["beltran", "hiroshi"])
    }
}
