import CorrgraphRead

/// Reads the correspondence acts of one catalogue record from its title and summary.
///
/// ```swift
/// let record = CatalogueRecord(id: "p#1", source: "p", line: 1, date: "January 9, 1949",
///     title: "Ciphered Telegram No. 50333, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Stalin",
///     summary: "")
/// let acts = RecordExtractor().extract(record)
/// acts.messages[0].via.map(\.text)   // ["Terebin", "Kuznetsov"]
/// ```
public struct RecordExtractor: Sendable {
    public init() {}

    public func extract(_ record: CatalogueRecord) -> ExtractedRecord {
        var result = ExtractedRecord(record: record)
        switch DateLine.parse(record.date) {
        case .dated(let range)?: result.when = range
        case .undated?: break
        case nil:
            if !record.date.trimmingSpaces().isEmpty { result.problems.append("unreadable date \"\(record.date)\"") }
        }
        if let stated = record.stated {
            result.documentType = "letter"
            let kind = { (p: StatedParty) in
                NameMention(text: p.name, kind: p.isOrganization ? .institution : .person, reference: p.authority)
            }
            result.messages = [ExtractedMessage(from: stated.senders.map(kind), to: stated.recipients.map(kind))]
            if let earliest = stated.earliest, let s = CalendarDay(iso: earliest),
               let e = CalendarDay(iso: stated.latest ?? earliest, atEnd: true) {
                result.when = DateRange(start: s, end: e)
            }
            return result
        }
        let reading = TitleGrammar.read(record.title)
        result.documentType = reading.documentType
        result.number = reading.number
        result.messages = reading.messages
        result.conversations = reading.conversations
        result.problems += reading.problems
        SummaryReader.read(record.summary, into: &result, reading: reading)
        return result
    }
}
