import CorrgraphRead

/// Records whose correspondence the source gives as data (CMIF `correspDesc`, a previous extraction,
/// an edge list) bypass the title grammar: their acts are taken as stated.
extension RecordExtractor {
    /// The extraction of a record with `stated` correspondence: the stated acts (or the one letter from
    /// senders to recipients through relays), the stated dates as an interval (open on a side with no
    /// bound), and printed name forms as aliases of the names in direct order.
    static func extractStated(_ record: CatalogueRecord, _ stated: StatedCorrespondence) -> ExtractedRecord {
        var result = ExtractedRecord(record: record)
        let earliest = stated.earliest.flatMap { CalendarDay(iso: $0) }
        let latest = stated.latest.flatMap { CalendarDay(iso: $0, atEnd: true) }
        if earliest != nil || latest != nil {
            result.when = DateRange(earliest: earliest, latest: latest)
        } else if stated.acts == nil {
            // A CMIF date with no machine-readable value: the printed text may still read.
            switch DateLine.parse(record.date) {
            case .dated(let range)?: result.when = range
            case .undated?: break
            case nil:
                if !record.date.trimmingSpaces().isEmpty { result.problems.append("unreadable date \"\(record.date)\"") }
            }
        }
        // Every party in order (the acts' from, to, via and participants; else senders, recipients, relays),
        // walked in place: most print no other form, and no joined list of them is made.
        var aliases: [StatedAlias] = []
        func collect(_ parties: [StatedParty]) {
            for p in parties { if let printed = p.printed { aliases.append(StatedAlias(name: printed, alias: p.name, evidence: .title)) } }
        }
        if let acts = stated.acts {
            for act in acts { collect(act.from); collect(act.to); collect(act.via); collect(act.participants) }
        } else {
            collect(stated.senders); collect(stated.recipients); collect(stated.relays)
        }
        result.statedAliases = aliases
        if let acts = stated.acts {
            result.documentType = stated.documentType
            result.number = stated.number
            result.problems += stated.notes
            for act in acts {
                let evidence: Evidence = act.evidence == Evidence.summary.rawValue ? .summary : .title
                // A table's names are identities as written: read back, they are not merged again.
                let named = { (p: StatedParty) in tableMention(p) }
                switch act.kind {
                case .message:
                    result.messages.append(ExtractedMessage(from: act.from.map(named), to: act.to.map(named),
                                                            via: act.via.map(named), evidence: evidence))
                case .conversation:
                    result.conversations.append(ExtractedConversation(participants: act.participants.map(named),
                                                                      evidence: evidence))
                }
            }
            return result
        }
        result.documentType = stated.documentType ?? "letter"
        result.messages = [ExtractedMessage(from: stated.senders.map(mention), to: stated.recipients.map(mention),
                                            via: stated.relays.map(mention))]
        return result
    }

    private static func mention(_ p: StatedParty) -> NameMention {
        NameMention(text: p.name, kind: p.isOffice ? .office : p.isOrganization ? .institution : .person,
                    reference: p.authority)
    }

    /// A name from a table of acts: its authority identifier decides identity, else the name as written
    /// (a reference in the `corrgraph-name:` scheme), so that resolution does not merge it with another.
    private static func tableMention(_ p: StatedParty) -> NameMention {
        var m = mention(p)
        if m.reference == nil {
            // (One string, its room made at once: not three concatenations.)
            let scheme = NameMention.nameIdentityScheme, kind = m.kind.rawValue
            var reference = ""
            reference.reserveCapacity(scheme.utf8.count + kind.utf8.count + 1 + p.name.utf8.count)
            reference += scheme; reference += kind; reference += ":"; reference += p.name
            m.reference = reference
        }
        return m
    }
}

extension NameMention {
    /// The scheme of references that stand for "this exact name", not for an authority record.
    public static let nameIdentityScheme = "corrgraph-name:"

    /// The authority identifier the source gives (GND, VIAF …), if any; never a name-identity reference.
    public var authority: String? {
        guard let reference, !reference.hasPrefix(Self.nameIdentityScheme) else { return nil }
        return reference
    }
}
