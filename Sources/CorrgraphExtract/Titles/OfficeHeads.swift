import Foundation

/// The document heads of *Foreign Relations of the United States* (FRUS) and of editions that head
/// documents the same way: each end of `SENDER to ADDRESSEE` names an office, its holder in
/// parentheses, an office alone, or an institution, with or without a document word before it.
///
/// ```swift
/// OfficeHeads.read("The Minister in Xlandia (Okonkwo) to the Secretary of State")
/// // [Okonkwo → Secretary of State]
/// ```
///
/// The rules are over word classes: offices (`Lexicon.offices` and the rank words of the name
/// grammar), prepositions of posting (`in`, `at`, `to`), institution heads, and name shapes; the
/// place of a posting is any capitalised phrase, known to the gazetteer or not.
enum OfficeHeads {
    /// How one end (sender or addressee) of a head was read.
    enum EndRule: String, CaseIterable, Sendable {
        /// `[the] [Nationality] OFFICE [in|at|to|of|on|for COMPLEMENT] [, UNIT] (Holder)`: the holder is the person.
        case officeWithHolder
        /// `the OFFICEs in PLACE (Holder) and PLACE (Holder)`: one plural office, a holder for each posting.
        case officesWithHolders
        /// `the DESCRIPTION (Holder)`: a post described in words the lexicon does not know; the holder is the person.
        case describedPostWithHolder
        /// `the [Acting] OFFICE [of …]`: an office named without its holder is the correspondent as printed.
        case officeAlone
        /// `the INSTITUTION [in|at PLACE]`, `NAME & Co.`: an institution writes or is written to.
        case institution
        /// `OFFICE|FORM-OF-ADDRESS NAME [of the INSTITUTION]`, `GIVEN SURNAME`: a named person.
        case namedPerson
        /// `[All|Certain] [Diplomatic] Posts|Officers|Missions [of …] [in PLACE]`: a circular's addressees, a class of posts.
        case circularAddressees
        /// `[name not declassified] [of the BODY]`: an editor's bracket for a withheld name; the end is unstated.
        case withheld
        /// `Same`, `The Same`: the end repeats the previous head's; it is unstated in this head.
        case repeatedEnd
        /// `the Embassies in PLACE and PLACE`: a plural institution with several places is one institution at each.
        case institutionsAtPlaces
        /// `[the] OFFICE, NAME[,]`: the holder named after the office set off by a comma (an apposition).
        case officeBeforeHolder
    }

    /// The rules that read a holder printed in parentheses or brackets after an office or a described post.
    static let holderRules: Set<EndRule> = [.officeWithHolder, .officesWithHolders, .describedPostWithHolder]

    /// One named pattern of the head grammar, with heads it reads (invented holders and places) and
    /// the acts each states, as `Acts.of` prints them (none for a head that states no act).
    struct Pattern: Sendable {
        let name: String
        let convention: String
        let examples: [(head: String, reads: [String])]
    }

    /// The conventions, in words, with their example heads: the test rows of `FRUSHeadTests`.
    static let patterns: [Pattern] = [
        Pattern(name: "office with its holder in parentheses",
                convention: "[The] OFFICE [in|at|to PLACE] (Holder) to [the] OFFICE …: the holder in parentheses is the correspondent",
                examples: [("The Ambassador in Xlandia (Okonkwo) to the Secretary of State", ["Okonkwo → Secretary of State"]),
                           ("The Secretary of State to the Consul at Port Vell (Haddad)", ["Secretary of State → Haddad"])]),
        Pattern(name: "office alone",
                convention: "[the] [Acting] OFFICE [of …] with no holder: the office as printed, without its article, is the correspondent",
                examples: [("The Acting Secretary of State to the Minister in Ruritania (Haddad)", ["Acting Secretary of State → Haddad"])]),
        Pattern(name: "national office with its holder",
                convention: "[The] NATIONALITY OFFICE (Holder): a foreign envoy or minister named by nationality and rank",
                examples: [("The Norwegian Minister (Solberg) to the Secretary of State", ["Solberg → Secretary of State"])]),
        Pattern(name: "office with its unit",
                convention: "[The] OFFICE, UNIT[, UNIT] (Holder): the unit after a comma belongs to the office",
                examples: [("The Commander, Southern Task Force (Baranov) to the Combined Chiefs of Staff", ["Baranov → Combined Chiefs of Staff"])]),
        Pattern(name: "office serving someone",
                convention: "OFFICE to OFFICE (Holder): an assistant's or adviser's own `to` names whom the office serves; the holder closes the sender",
                examples: [("The Special Assistant to the President (Yoon) to the Secretary of State", ["Yoon → Secretary of State"])]),
        Pattern(name: "plural office with several holders",
                convention: "the OFFICEs in PLACE (Holder) and PLACE (Holder): each holder of the plural office is a correspondent",
                examples: [("The Secretary of State to the Ambassadors in Xlandia (Okonkwo) and Ruritania (Lindqvist)",
                            ["Secretary of State → Okonkwo, Lindqvist"])]),
        Pattern(name: "post described in words the lexicon does not know",
                convention: "[the] DESCRIPTION (Holder): a capitalised description that the article, a possessive, a unit after a comma or a complement marks as one is a post, whatever its words; the holder is the correspondent",
                examples: [("The Harbourmaster, Eastern Roads (Okafor) to the Combined Chiefs of Staff", ["Okafor → Combined Chiefs of Staff"]),
                           ("Memorandum From the President's Principal Scrivener (Nakagawa) to President Ortega", ["Nakagawa → Ortega"])]),
        Pattern(name: "plural post the lexicon does not know",
                convention: "the DESCRIPTION in PLACE (Holder) and PLACE (Holder): an office noun the lexicon does not know may be plural; a second place with its holder shows that it is",
                examples: [("The Secretary of State to the Wardens in Xlandia (Okonkwo) and Ruritania (Lindqvist)", ["Secretary of State → Okonkwo, Lindqvist"])]),
        Pattern(name: "named person qualified by a body",
                convention: "NAME of the BODY [on TOPIC]: a body printed after a named person qualifies the person, and its `on` belongs to the body's name",
                examples: [("The Secretary of State to Senator Ana Lucía Ferreira of the Select Caucus on Riverine Navigation",
                            ["Secretary of State → Ana Lucía Ferreira"])]),
        Pattern(name: "subject after the addressee of a bare head",
                convention: "The SENDER to ADDRESSEE on|regarding|concerning TOPIC with no document word before it: the subject after the addressee is cut (other heads are the general grammar's, which cuts subjects too)",
                examples: [("The Secretary of State to Senator Ana Lucía Ferreira on Riverine Navigation", ["Secretary of State → Ana Lucía Ferreira"])]),
        Pattern(name: "people listed before an office with its holder",
                convention: "NAME and the OFFICE (Holder): each item of the list is a correspondent; a bare name before a comma is in apposition",
                examples: [("Memorandum From Secretary of State Haddad and the Director of Central Intelligence (Kowalski) to President Ortega",
                            ["Haddad, Kowalski → Ortega"])]),
        Pattern(name: "office in apposition to a name",
                convention: "NAME, OFFICE[,] to …: an office alone set off by a comma after a named person describes that person; after `and` it is a correspondent of its own",
                examples: [("Letter From Ivan Petrov, Chairman of the State Planning Committee, to Kwame Mensah", ["Ivan Petrov → Kwame Mensah"]),
                           ("Cable, Li Wenbo, Ambassador to Xlandia, to the Minister of Trade", ["Li Wenbo → Minister of Trade"]),
                           ("Letter From Ivan Petrov and the Minister of Trade to Kwame Mensah", ["Ivan Petrov, Minister of Trade → Kwame Mensah"])]),
        Pattern(name: "holder in an editor's square brackets",
                convention: "[The] OFFICE|DESCRIPTION [Holder]: square brackets hold the holder as parentheses do; a bracket with no name in it (`[via C]`, `[sic]`, `[excerpt]`, a date) holds none",
                examples: [("The Ambassador in Xlandia [Okonkwo] to the Secretary of State", ["Okonkwo → Secretary of State"]),
                           ("The Secretary of State to the Harbourmaster, Eastern Roads [Nakagawa]", ["Secretary of State → Nakagawa"])]),
        Pattern(name: "relay in an editor's brackets",
                convention: "[The] OFFICE [(Holder)] [via C] to … or … to OFFICE [(Holder)] [via C]: a bracketed `via` anywhere in the head names a relay of the message, never a holder",
                examples: [("The Ambassador in Xlandia [via Okonkwo] to the Secretary of State", ["Ambassador in Xlandia → Secretary of State via Okonkwo"]),
                           ("The Ambassador in Xlandia (Lindqvist) to the Secretary of State [via Okonkwo]", ["Lindqvist → Secretary of State via Okonkwo"]),
                           ("The Secretary of State to the Minister in Ruritania (Al-Sayed) (via Park Min-ho)", ["Secretary of State → Al-Sayed via Park Min-ho"])]),
        Pattern(name: "institution with its signer",
                convention: "[The] INSTITUTION [in|at PLACE] (Signer) or [Signer]: the institution and the person who signed for it both act",
                examples: [("The Embassy in Xlandia (Okonkwo) to the Secretary of State", ["Embassy in Xlandia, Okonkwo → Secretary of State"]),
                           ("The Secretary of State to the Legation in Ruritania [Lindqvist]", ["Secretary of State → Legation in Ruritania, Lindqvist"])]),
        Pattern(name: "institution",
                convention: "[The] INSTITUTION [in|at PLACE] to …: legations, embassies, departments, boards and firms write and are written to",
                examples: [("The Secretary of State to the Legation in Xlandia", ["Secretary of State → Legation in Xlandia"]),
                           ("The Northern Timber Company to the Secretary of State", ["Northern Timber Company → Secretary of State"])]),
        Pattern(name: "posting to a country or organisation",
                convention: "a `to` after a diplomatic office binds its posting when a country, an organisation, a holder or another `to` follows",
                examples: [("Telegram From the Representative to the Pacific Treaty Organization (Moreau) to the Department of State",
                            ["Moreau → Department of State"])]),
        Pattern(name: "document word the lexicon does not know",
                convention: "WORD From A to B: one to three capitalised words naming no office, body or place before `From` are the document's kind",
                examples: [("Aerogram From the Legation in Xlandia to the Secretary of State", ["Legation in Xlandia → Secretary of State"])]),
        Pattern(name: "circular's addressees",
                convention: "[All|Certain] QUALIFIERS POSTS|OFFICERS|MISSIONS [of …] [in PLACE]: a circular is addressed to a class of posts, named as printed without its article; to an unnamed part of the class (`Certain`, `Selected`, `Various`, `Some` …) it names no addressee",
                examples: [("Circular Telegram From the Department of State to All Diplomatic Posts", ["Department of State → All Diplomatic Posts"]),
                           ("Circular Telegram From the Department of State to Certain Diplomatic Missions", ["Department of State → "]),
                           ("Mr. Oyelaran to the Diplomatic and Consular Officers of the United States", ["Oyelaran → Diplomatic and Consular Officers of the United States"])]),
        Pattern(name: "plural institution at several places",
                convention: "the INSTITUTIONS in|at PLACE, PLACE[,] and PLACE: one institution at each place, named in the singular",
                examples: [("Telegram From the Department of State to the Embassies in Xlandia and Ruritania",
                            ["Department of State → Embassy in Xlandia, Embassy in Ruritania"])]),
        Pattern(name: "withheld name",
                convention: "[name not declassified] [of the BODY] or OFFICE ([name not declassified]): an editor's bracket for withheld text names no one; the end is unstated, or the office alone",
                examples: [("Memorandum From [name not declassified] of the Central Intelligence Agency to the Director of Central Intelligence (Brandauer)", [" → Brandauer"]),
                           ("Telegram From the Chief of Station in Ruritania ([name not declassified]) to the Director of Central Intelligence (Brandauer)", ["Chief of Station in Ruritania → Brandauer"])]),
        Pattern(name: "end repeated from the previous head",
                convention: "Same|The Same at an end repeats the previous head's correspondent: this head leaves that end unstated; with both ends repeated it states no act of its own",
                examples: [("Same to Mr. Oyelaran", [" → Oyelaran"]),
                           ("The Same to the Same", [])]),
        Pattern(name: "named people listed before an office with its holder",
                convention: "A, OFFICE B, and the OFFICE (Holder): the holder's office is the last item alone; a named person earlier in the list is a correspondent of its own",
                examples: [("Letter From President Ortega, Ambassador Haddad, and the Director (Okafor) to Ivan Petrov", ["Ortega, Haddad, Okafor → Ivan Petrov"]),
                           ("Conversation Among President Ortega, Secretary of State Haddad, and the Director of Central Intelligence (Okafor)", ["{Haddad, Okafor, Ortega}"])]),
        Pattern(name: "possessive pronoun before a post",
                convention: "NAME and his|her|their OFFICE (Holder): the pronoun marks a described post as the article does and refers to the person before it; the holder is a correspondent beside that person",
                examples: [("Letter From Ivan Petrov to President Ortega and His Assistant (Okafor)", ["Ivan Petrov → Ortega, Okafor"]),
                           ("Conversation Between President Ortega and His Assistant for National Security Affairs (Okafor)", ["{Okafor, Ortega}"])]),
        Pattern(name: "dateline after the head",
                convention: "HEAD, PLACE, DATE[, TIME]: where and when the document was written, printed after its ends, names no correspondent",
                examples: [("Telegram From the Embassy in Xlandia to the Department of State, Port Vell, May 3, 1962, 7 p.m.", ["Embassy in Xlandia → Department of State"]),
                           ("Letter From President Ortega to Prime Minister Nakagawa, Camp Hollow, June 1, 1962", ["Ortega → Nakagawa"]),
                           ("The Ambassador in Xlandia (Okonkwo) to the Secretary of State, Port Vell, May 3, 1944—noon.", ["Okonkwo → Secretary of State"]),
                           ("Telegram From the Commander in Chief, Pacific (Mwangi) to the Joint Chiefs of Staff, Honolulu, May 3, 1965", ["Mwangi → Joint Chiefs of Staff"])]),
        Pattern(name: "setting of a conversation",
                convention: "Memorandum of [a] Conversation, VENUE, PLACE, DATE: where and when, not who; with no names it is no act",
                examples: [("Memorandum of a Conversation, Secretary's Office, Grand Hotel, Geneva, May 3, 1957, 7:30 p.m.", [])]),
        Pattern(name: "telegram series word before the number",
                convention: "DOCUMENT-WORD SERIES NUMBER From A to B: a capitalised word the lexicon does not know, right before a bare number after a document word, is part of the document's number (a telegram series: Secto, Tosec, Niact), not a name",
                examples: [("Telegram Secto 45 From the Secretary of State to the Department of State", ["Secretary of State → Department of State"]),
                           ("Telegram Niact 4521 From the Ambassador in Ruritania (Nakagawa) to the Department of State", ["Nakagawa → Department of State"])]),
        Pattern(name: "inclosure label without brackets",
                convention: "LABEL [NUMBER] in|to [DOCUMENT-WORD] No. N.|— HEAD: an inclosure or enclosure label that says which despatch the document went with names no one; the head after it is read as usual",
                examples: [("Inclosure 2 in No. 45.—Mr. Oyelaran to Mr. Haddad", ["Oyelaran → Haddad"]),
                           ("Enclosure 1 to despatch No. 45. Mr. Nakagawa to Count Bergholm", ["Nakagawa → Bergholm"])]),
        Pattern(name: "plural office of a body",
                convention: "[the] OFFICEs [OFFICEs] of [the] BODY: a board's members named by their office in the plural are one correspondent, the office as printed without its article (`NamePhrase.pluralOfficeOfBody`)",
                examples: [("Letter from the Lords of the Admiralty to Mr. Oyelaran", ["Lords of the Admiralty → Oyelaran"]),
                           ("Mr. Haddad to the Governors of the Eastern Provinces", ["Haddad → Governors of the Eastern Provinces"])]),
        Pattern(name: "noble rank before a name particle",
                convention: "Baron|Baroness von|de|van … SURNAME: a name particle after the rank marks a noble's surname, which keeps its particle as other names do; the rank is a form of address (`PeerageName.name`)",
                examples: [("Baron von Steinhagel to Mr. Oyelaran", ["von Steinhagel → Oyelaran"]),
                           ("Mr. Oyelaran to Baron de Montferrand", ["Oyelaran → de Montferrand"])]),
    ]

    /// Words of a diplomatic posting: their `to` may name where the holder serves, not the addressee.
    static let postingOffices: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "delegate", "delegates", "representative", "representatives",
        "minister", "ministers", "consul", "consuls", "observer", "observers", "commissioner", "commissioners",
        "embassy", "legation", "mission", "delegation",
    ]

    /// Offices that serve someone: their `to` names whom ("Special Assistant to the President").
    static let servingOffices: Set<String> = [
        "assistant", "adviser", "advisor", "counselor", "counsellor", "aide", "consultant", "secretary", "liaison", "attache",
        "attaché",
    ]

    /// Words of a posting's complement besides places: states and international bodies.
    static let postingBodies: Set<String> = [
        "nations", "organization", "organisation", "community", "communities", "conference", "union", "league",
        "alliance", "republic", "kingdom", "states", "treaty", "pact", "talks", "negotiations", "agency", "see",
    ]

    /// Words that end a correspondent phrase: relays, authorship and subjects are read by the general grammar.
    static let boundaryWords: Set<String> = ["from", "by", "via", "through", "with", "regarding", "concerning", "about", "re"]

    // MARK: Heads

    /// The message of a head after its document word: `Telegram From A to B`, `Letter, A to B`.
    static func read(afterLeadIn lead: DocumentLeadIn) -> [ExtractedMessage]? {
        guard lead.possessiveAuthor == nil else { return nil }
        // The head read below is a part of the remainder cut at non-letters: the precondition of
        // `read(_:claiming:)` (a parenthesis or a cue word) holds of it only if it holds of the remainder.
        guard ByteSearch.holds(UInt8(ascii: "("), in: lead.remainder) || ByteSearch.holds(UInt8(ascii: "["), in: lead.remainder)
                || cues.occurs(in: lead.remainder) else { return nil }
        var rest = Substring(lead.remainder.trimmingSpaces())
        // "Circular Telegram From …", "Circular Airgram From …": a second document word before "From".
        // (Lower-cased once; only types that begin with its first byte can prefix it.)
        let lowerRest = rest.lowercased()
        if lowerRest.range(of: " from ") != nil,
           let stacked = DocumentLeadIn.typeIndices(opening: lowerRest).lazy.map({ Lexicon.documentTypes[$0] })
            .first(where: { lowerRest.hasPrefix($0.phrase + " from ") }) {
            rest = rest.dropFirst(stacked.phrase.count).drop(while: { $0 == " " })
        }
        if rest.hasPrefix(",") { rest = rest.dropFirst() }
        else if rest.lowercased().hasPrefix("from ") { rest = rest.dropFirst(5) }
        else { return nil }
        // After a document word the general grammar reads institutions and named people; this one claims
        // the heads that name an office.
        return read(String(rest), claiming: [.officeWithHolder, .officesWithHolders, .describedPostWithHolder, .officeAlone,
                                             .circularAddressees, .withheld, .repeatedEnd, .institutionsAtPlaces],
                    cuttingSubject: false)
    }

    /// The message a head states, or nil when the head is not of this grammar (both ends must read,
    /// and at least one end must be an office, an office's holder or an institution; heads between
    /// named people alone are read by `MessageGrammar`).
    ///
    /// A head without a document word that opens with `The` is read here alone (the general grammar reads no
    /// such head), so a subject after its addressee is cut here (`cuttingSubject`): `The Secretary of State to
    /// Senator Ana Ferreira on Riverine Navigation` still names its two ends.
    static func read(_ head: String, claiming claims: Set<EndRule> = [.officeWithHolder, .officesWithHolders, .describedPostWithHolder,
                                                                       .officeAlone, .institution, .circularAddressees, .withheld,
                                                                       .repeatedEnd, .institutionsAtPlaces, .officeBeforeHolder],
                     cuttingSubject: Bool = true)
        -> [ExtractedMessage]? {
        var text = head.trimmingSpaces()
        // A head in capitals hides the name shapes these rules read; it is left to the general grammar. So is
        // a "head" longer than any document head, which keeps the work here bounded.
        guard text.utf8.count <= maxHeadLength, text.contains(where: \.isLowercase) else { return nil }
        // "Aerogram From the Embassy in Xlandia to …": a document word the lexicon does not know, then "From".
        // "Telegram Secto 45 From …": a document word with its number in a telegram series, then "From".
        if let from = TitleText.find(" from ", in: text).first,
           isUnknownDocumentWord(String(text[..<from.lowerBound])) || DocumentLeadIn.isSeriesNumberedDocument(String(text[..<from.lowerBound])) {
            text = String(text[from.upperBound...])
        }
        // Precondition: an end this grammar claims needs a holder's parenthesis or an office, institution or
        // posting word (`cues`); a head between named people alone is the general grammar's.
        guard ByteSearch.holds(UInt8(ascii: "("), in: text) || ByteSearch.holds(UInt8(ascii: "["), in: text) || cues.occurs(in: text) else { return nil }
        // "The Ambassador in Xlandia (Holder) [via C] to …": a bracketed relay, wherever it stands, is no holder.
        let relays = removingBracketedRelays(&text) + removingRelayAfterAddressee(&text)
        let finalRecipients = removingFinalRecipient(&text)
        guard let messages = readEnds(text, claiming: claims, cuttingSubject: cuttingSubject) else { return nil }
        if let finalRecipients {
            // "A to C, for B": C relays A's message to B (gold schema).
            return messages.map { ExtractedMessage(from: $0.from, to: finalRecipients, via: $0.via + relays + $0.to, evidence: $0.evidence) }
        }
        return relays.isEmpty ? messages : messages.map { ExtractedMessage(from: $0.from, to: $0.to, via: $0.via + relays, evidence: $0.evidence) }
    }

    /// **Convention: `, for B` after the addressee names the final recipient** (gold schema: `A to C, for B`), in a head of
    /// offices as in any other: `The President of the Council, A, to the Ambassador in Washington, C, for President B`,
    /// `… to the NKID of the USSR, for the People's Commissar`. The last `, for ` after the head's first `to`, followed by
    /// an end this grammar reads (a named person, an office, an institution) and no further `to`, is cut from `text`; nil
    /// when there is none.
    static func removingFinalRecipient(_ text: inout String) -> [NameMention]? {
        guard ByteSearch.mayContainCaseInsensitive(text, ", for "), let to = TitleText.find(" to ", in: text).first,
              let marker = TitleText.find(", for ", in: text, from: to.upperBound).last else { return nil }
        let phrase = String(text[marker.upperBound...]).trimmingSpaces()
        let phraseWords = phrase.split(separator: " ")
        // `, for Information`, `, for Action`: a purpose after the addressee names no one; it is cut (docs/titles.md).
        if (1...2).contains(phraseWords.count), ArchiveHeads.forPurposeNouns.contains(NamePhrase.wordKey(String(phraseWords[0]))) {
            text = String(text[..<marker.lowerBound]).trimmingSpaces()
            return nil
        }
        guard TitleText.find(" to ", in: phrase).isEmpty else { return nil }
        var ends = readEnd(phrase)
        if ends?.allSatisfy({ [.namedPerson, .officeAlone, .officeWithHolder, .institution].contains($0.rule) }) != true {
            // `, for Brzezinski`: the `for` marks the person the message is for, as an office word would.
            let key = NamePhrase.wordKey(phrase)
            guard phraseWords.count == 1, phrase.first?.isUppercase == true, !Gazetteer.isPlace(phrase), !Lexicon.nonNameWords.contains(key),
                  !ArchiveHeads.forNonAddressees.contains(key), !isOfficeWord(key), !Lexicon.institutionHeads.contains(key),
                  case let people = NamePhrase.parse(phrase), people.count == 1, people[0].kind == .person else { return nil }
            ends = [End(mentions: people, rule: .namedPerson)]
        }
        guard let ends else { return nil }
        let mentions = ends.flatMap(\.mentions)
        guard !mentions.isEmpty else { return nil }
        text = String(text[..<marker.lowerBound]).trimmingSpaces()
        return mentions
    }

    /// Removes every `[via C]` / `(via C)` from `text` and returns the relays they name, in order.
    static func removingBracketedRelays(_ text: inout String) -> [NameMention] {
        var relays: [NameMention] = []
        // (Both markers hold "via ": Foundation is not asked about a text that cannot hold it.)
        while ByteSearch.mayContainCaseInsensitive(text, "via "),
              let open = ByteSearch.foundationRange(of: "[via ", in: text, options: .caseInsensitive)
                ?? ByteSearch.foundationRange(of: "(via ", in: text, options: .caseInsensitive) {
            let closing: Character = text[open.lowerBound] == "[" ? "]" : ")"
            guard let close = text[open.upperBound...].firstIndex(of: closing) else { break }
            relays += relayMentions(String(text[open.upperBound..<close]))
            text.removeSubrange(open.lowerBound...close)
            // (Foundation is asked only when the bytes hold a double space: nothing is equivalent to one otherwise.)
            text = (text.range(of: "  ") != nil ? text.replacingOccurrences(of: "  ", with: " ") : text).trimmingSpaces()
        }
        return relays
    }

    /// **Convention: a relay named after a comma that follows the recipient** — `A, OFFICE, to B, via C`, `A to B, OFFICE, via
    /// the X Legation in Y` (gold schema: `A to B, via C`): the last `, via ` after the head's first `to` closes the
    /// addressee and names the relay, when what follows it is names, offices or an institution (and no further `to`);
    /// the comma would otherwise glue the relay to the addressee's name. Removes it from `text`; the relays, in order.
    static func removingRelayAfterAddressee(_ text: inout String) -> [NameMention] {
        guard ByteSearch.mayContainCaseInsensitive(text, ", via "), let to = TitleText.find(" to ", in: text).first,
              let via = TitleText.find(", via ", in: text, from: to.upperBound).last else { return [] }
        let relay = MessageGrammar.cutSubject(String(text[via.upperBound...])).phrase.trimmingSpaces()
        // `, via official channels`: how it went, no one; it closes the addressee all the same.
        if !relay.isEmpty, MessageGrammar.isRelayOfNoOne(String(text[via.upperBound...])) {
            text = String(text[..<via.lowerBound]).trimmingSpaces()
            return []
        }
        guard !relay.isEmpty, TitleText.find(" to ", in: relay).isEmpty,
              MessageGrammar.isPureNameList(relay) || readEnd(relay) != nil else { return [] }
        let mentions = NamePhrase.parse(relay)
        guard !mentions.isEmpty else { return [] }
        text = String(text[..<via.lowerBound]).trimmingSpaces()
        return mentions
    }

    /// The correspondents a relay's phrase names: an office with its directorate in parentheses (`Deputy Director
    /// (Intelligence)`, `isDirectorateInParentheses`) is one office, named with it, as at an end; any other phrase is read
    /// by the name grammar.
    static func relayMentions(_ phrase: String) -> [NameMention] {
        if ByteSearch.holds(UInt8(ascii: "("), in: phrase), let office = readItem(phrase), office.rule == .officeAlone {
            return office.mentions
        }
        return NamePhrase.parse(phrase)
    }

    /// The message of a head whose relays are removed: the first split at " to " whose two ends both read.
    static func readEnds(_ text: String, claiming claims: Set<EndRule>, cuttingSubject: Bool) -> [ExtractedMessage]? {
        let splits = TitleText.find(" to ", in: text)
        guard !splits.isEmpty, splits.count <= 8 else { return nil }
        // Only a head that opens with the article is left to this grammar alone.
        let cuttingSubject = cuttingSubject && (text.hasPrefix("The ") || text.hasPrefix("the "))
        var first: [ExtractedMessage]?
        var pastPosting = false
        for (index, split) in splits.enumerated() {
            let next = index + 1 < splits.count ? splits[index + 1] : nil
            if isPosting(in: text, at: split, next: next) {
                pastPosting = true
                continue
            }
            // "the Politburo Resolution and Letter to …": document words closing the sender name the document.
            let printedLeft = String(text[..<split.lowerBound])
            let left = MessageGrammar.authorBeforeDocumentWords(printedLeft) ?? printedLeft
            let right = String(text[split.upperBound...])
            guard let senders = readEnd(left),
                  let recipients = readEnd(right) ?? (cuttingSubject ? readEndBeforeSubject(right) : nil) else { continue }
            let rules = (senders + recipients).map(\.rule)
            // A head split past a posting's "to" is this grammar's, whoever its ends are.
            guard pastPosting || rules.contains(where: claims.contains) else { return nil }
            let from = senders.flatMap(\.mentions), to = recipients.flatMap(\.mentions)
            if MessageGrammar.sameParties(from, to) { return nil }
            // "Same to same", "[name not declassified] to [name not declassified]": no end is stated, so no act of its own.
            if from.isEmpty && to.isEmpty { return [] }
            // A holder in parentheses closes the sender: the "to" right after it splits the head
            // ("the Special Assistant to the President (Holder) to …").
            if left.hasSuffix(")") || left.hasSuffix("]") { return [ExtractedMessage(from: from, to: to)] }
            if first == nil { first = [ExtractedMessage(from: from, to: to)] }
        }
        return first
    }

    /// Words without which no end reads by a claimed rule and no `to` binds a posting: office and rank
    /// words (`isOfficeWord`), institution heads and posting words. (A plural office needs a holder's
    /// parenthesis, which passes the precondition by itself.)
    static let cues = RuleCues(Lexicon.offices.union(NamePhrase.strongOffices).union(NamePhrase.extraOffices)
        .union(officeRanks).union(Lexicon.institutionHeads).union(postingOffices).union(circularAddresseeNouns).union(["same"]))

    /// Document heads run to a few hundred characters; longer text is a listing or a summary.
    static let maxHeadLength = 1_000

    /// One to three capitalised words that name no office, institution, person's title, nationality or
    /// place: a document word before "From" ("Aerogram", "Intelligence Brief").
    static func isUnknownDocumentWord(_ phrase: String) -> Bool {
        let tokens = NamePhrase.tokenize(phrase)
        return (1...3).contains(tokens.count) && tokens.allSatisfy { token in
            let k = key(token)
            return token.first?.isUppercase ?? false && !token.contains("'") && !k.isEmpty && !isOfficeWord(k)
                && !Lexicon.institutionHeads.contains(k) && !Lexicon.honorifics.contains(k) && !Lexicon.nationalities.contains(k)
                && !Lexicon.connectives.contains(k) && !Gazetteer.placeWords.contains(k) && !NamePhrase.isInitials(token)
        }
    }

    /// Whether the ` to ` at `split` binds an office's posting (`the Ambassador to Xlandia (Holder)`,
    /// `the Office of the Representative to the Pacific Treaty Organization to …`) rather than
    /// separating sender from addressee.
    static func isPosting(in text: String, at split: Range<String.Index>, next: Range<String.Index>?) -> Bool {
        let before = NamePhrase.tokenize(String(text[..<split.lowerBound]))
        guard let last = before.last, postingOffices.contains(key(last)) else { return false }
        let complement = String(text[split.upperBound..<(next?.lowerBound ?? text.endIndex)])
        var words = NamePhrase.tokenize(complement)
        var holderFollows = false
        if let open = complement.firstIndex(where: { $0 == "(" || $0 == "[" }),
           let close = complement[open...].firstIndex(of: complement[open] == "(" ? ")" : "]") {
            holderFollows = holderName(String(complement[complement.index(after: open)..<close])) != nil
            words = NamePhrase.tokenize(String(complement[..<open]))
        }
        let keys = words.map(key)
        // "the Ambassador to the Foreign Secretary": an office after the "to" is the addressee; an office word inside a
        // body's name (`the General Assembly`) is not.
        if keys.contains(where: isOfficeWord), !complementNamesBody(keys) { return false }
        var place = words
        if let first = place.first, first.lowercased() == "the" { place.removeFirst() }
        return holderFollows || next != nil || Gazetteer.isPlace(place.joined(separator: " "))
            || keys.contains(where: postingBodies.contains)
    }

    /// Bodies of states that delegations and missions are sent to: with `postingBodies`, the head noun of a posting.
    static let bodiesOfStates: Set<String> = ["assembly", "council", "conference", "committee", "commission", "congress"]

    /// **Convention: a posting's complement names a body by its head noun** (`to the General Assembly`, `to the Security
    /// Council of …`): the last word before the complement's own `of`/`for`/`on`/`in` is a body of states or a posting
    /// body, whatever office word (`General`) stands before it.
    static func complementNamesBody(_ keys: [String]) -> Bool {
        guard let head = keys.prefix(while: { !["of", "for", "on", "in"].contains($0) }).last else { return false }
        return bodiesOfStates.contains(head) || postingBodies.contains(head)
    }

    // MARK: Ends

    /// One correspondent slot as read: its mentions and the rule that read them.
    struct End {
        var mentions: [NameMention]
        var rule: EndRule
    }

    /// What follows a holder's closing bracket: a holder closes its item, so only a list separator (`,`, `and`) may
    /// follow. `.some(nil)` when nothing follows, the next item after the separator, or nil when anything else follows.
    static func itemAfterHolder(_ rest: Substring) -> Substring?? {
        let after = rest.trimmingSpaces()
        if after.isEmpty { return .some(nil) }
        var next = Substring(after)
        if next.hasPrefix(",") { next = next.dropFirst().drop(while: { $0 == " " }) }
        if next.lowercased().hasPrefix("and ") { next = next.dropFirst(4) }
        guard next.count < after.count else { return nil }
        return .some(next)
    }

    /// Reads one end of a head: items closed by a holder in parentheses, then plain items, joined by
    /// commas and `and`. Nil when any part is not an office, a holder, an institution or a named person.
    static func readEnd(_ phrase: String) -> [End]? {
        if let unstated = unstatedEnd(phrase) { return [unstated] }
        // "the Diplomatic and Consular Officers of the United States": one class, whose `and` joins its qualifiers.
        let whole = droppingArticle(phrase.trimmingSpaces())
        if isCircularAddressees(whole) { return [circularEnd(whole)] }
        if let each = institutionsAtPlaces(whole) { return [End(mentions: each, rule: .institutionsAtPlaces)] }
        if let seated = missionAtSeat(whole) { return [seated] }
        // "Chief, Soviet Russia Division": an office and the unit it heads are one office (`ArchiveHeads.officeAndUnit`).
        if let unit = ArchiveHeads.officeAndUnitEnd(phrase) { return [End(mentions: [unit], rule: .officeAlone)] }
        guard !hasSubject(phrase) else { return nil }
        var rest = Substring(phrase.trimmingSpaces())
        var ends: [End] = []
        // The plural office of the previous holder, for "… (Holder) and PLACE (Holder)".
        var plural: (office: String, preposition: String)?
        // Parentheses or an editor's square brackets hold the holder the same way; a bracket that holds
        // no name (`[via C]`, `[sic]`, `[excerpt]`, a date) leaves the end unread, as before.
        // A parenthesis that names the directorate an office serves (`Deputy Director (Plans)`) is part of the office:
        // the search for the holder goes on after it.
        var searchFrom = rest.startIndex
        while let open = rest[searchFrom...].firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let closing: Character = rest[open] == "(" ? ")" : "]"
            guard let close = rest[open...].firstIndex(of: closing) else { return nil }
            if rest[open] == "(", isDirectorateInParentheses(String(rest[rest.index(after: open)..<close])),
               isOfficePhrase(droppingArticle(withoutDirectorates(String(rest[..<open])).trimmingSpaces())) {
                searchFrom = rest.index(after: close)
                continue
            }
            guard let holder = holderName(String(rest[rest.index(after: open)..<close])) else {
                // "the Chief of Station in Xlandia ([name not declassified])": a withheld holder leaves the office alone.
                let office = droppingArticle(String(rest[..<open]).trimmingSpaces())
                guard isWithheld(String(rest[rest.index(after: open)..<close])), rest[rest.index(after: close)...].trimmingSpaces().isEmpty,
                      TitleText.find(" and ", in: office).isEmpty, isOfficePhrase(office) || isDescribedPost(String(rest[..<open]))
                else { return nil }
                return ends + [End(mentions: [NameMention(text: office, kind: .office)], rule: .officeAlone)]
            }
            var office = String(rest[..<open]).trimmingSpaces()
            while office.hasSuffix(",") { office = String(office.dropLast()).trimmingSpaces() }
            // "the Deputy Director (Plans) of the Agency (Holder)": the office is read without its directorate, named with it.
            if office.contains("("), TitleText.find(" and ", in: office).isEmpty, isOfficePhrase(droppingArticle(withoutDirectorates(office))) {
                ends.append(End(mentions: [NameMention(text: holder, kind: .person, office: droppingArticle(office), holdsOffice: true)],
                                rule: .officeWithHolder))
                plural = nil
                rest = rest[rest.index(after: close)...]
                guard let item = itemAfterHolder(rest) else { return nil }
                guard let next = item else { return ends }
                rest = next
                searchFrom = rest.startIndex
                continue
            }
            if let (before, own) = splitBeforeOffice(office) {
                ends += before
                plural = nil
                office = own
            }
            // "his Assistant for National Security Affairs (Holder)": read as the articled post it stands for.
            if possessivePronoun(office) != nil { office = "the " + droppingPronoun(office) }
            let printed = office
            office = droppingArticle(office)
            if let (noun, preposition) = pluralPosting(office) {
                plural = (noun, preposition)
                ends.append(End(mentions: [NameMention(text: holder, kind: .person, office: office, holdsOffice: true)], rule: .officesWithHolders))
            } else if isGradedInstitution(office), let institution = readItem(printed), institution.rule == .institution,
                      institution.mentions.count == 1 {
                // "Consulate General at Port Vell (Okonkwo)": an institution with its grade and its signer; both act.
                plural = nil
                ends.append(End(mentions: institution.mentions + [NameMention(text: holder, kind: .person)], rule: .institution))
            } else if isOfficePhrase(office) {
                plural = nil
                ends.append(End(mentions: [NameMention(text: holder, kind: .person, office: office, holdsOffice: true)], rule: .officeWithHolder))
            } else if let p = plural, isCleanPhrase(office), !office.isEmpty {
                ends.append(End(mentions: [NameMention(text: holder, kind: .person, office: "\(p.office) \(p.preposition) \(office)", holdsOffice: true)],
                                rule: .officesWithHolders))
            } else if isDescribedPost(printed) {
                // The lexicon cannot tell whether an unknown noun is plural: a place with a holder after it shows it is.
                plural = postingOfDescription(office)
                ends.append(End(mentions: [NameMention(text: holder, kind: .person, office: office, holdsOffice: true)], rule: .describedPostWithHolder))
            } else if let institution = readItem(printed), institution.rule == .institution, institution.mentions.count == 1 {
                // "the Embassy in Xlandia (Okonkwo)": an institution with its signer; both act (gold schema).
                plural = nil
                ends.append(End(mentions: institution.mentions + [NameMention(text: holder, kind: .person)], rule: .institution))
            } else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
            guard let item = itemAfterHolder(rest) else { return nil }
            guard let next = item else { return ends }
            rest = next
            searchFrom = rest.startIndex
        }
        guard let plain = readPlainItems(String(rest)) else { return nil }
        return ends + plain
    }

    /// The addressee end without the subject after it (`Senator Ana Ferreira on Riverine Navigation`), when a
    /// subject opener cuts it.
    static func readEndBeforeSubject(_ phrase: String) -> [End]? {
        let cut = MessageGrammar.cutSubject(phrase)
        guard cut.phrase.count < phrase.count, !cut.phrase.trimmingSpaces().isEmpty else { return nil }
        return readEnd(cut.phrase)
    }

    /// `Secretary of State Haddad and the Director of Central Intelligence (Holder)`: correspondents listed
    /// before the office whose holder follows. The office is the longest tail of the list that is an
    /// office phrase with a head noun; every item before it must read; and a bare name before a comma
    /// is in apposition to the office ("Ivan Petrov, Ambassador (Holder)"), not a correspondent of its own.
    static func splitBeforeOffice(_ phrase: String) -> (before: [End], office: String)? {
        let parts = splitItems(phrase)
        guard parts.count > 1 else { return nil }
        for k in 1..<parts.count {
            let office = parts[k...].enumerated().map { $0.offset == 0 ? $0.element.text : $0.element.separator + $0.element.text }.joined()
            // The tail names an office by its head noun ("Director"), not by a complement ("Pacific Affairs"),
            // or is a post described with its article ("and the President's Principal Scrivener").
            let namesOffice = isOfficePhrase(droppingArticle(office)) && NamePhrase.tokenize(office).contains(where: { isOfficeHead(key($0)) })
            let pronounPost = possessivePronoun(office) != nil && isDescribedPost("the " + droppingPronoun(office))
            guard namesOffice || (office.hasPrefix("the ") || office.hasPrefix("The ")) && isDescribedPost(office) || pronounPost else { continue }
            // "A, Ambassador B, and the Director (Holder)": a named person inside the tail is a correspondent of its own.
            // (An articled first item is a post, `the Drovalka Mentessir, Quellan Forde`, whatever its words.)
            guard parts[k...].count == 1 || parts[k].text.hasPrefix("the ") || parts[k].text.hasPrefix("The ")
                    || readItem(parts[k].text)?.rule != .namedPerson else { continue }
            var before: [End] = []
            for part in parts[..<k] {
                guard let end = readItem(part.text) else { return nil }
                before.append(end)
            }
            if parts[k].separator.trimmingSpaces() == ",", let last = before.last, last.rule == .namedPerson,
               last.mentions.allSatisfy({ $0.office == nil }) { return nil }
            return (before, office)
        }
        return nil
    }

    /// Items without holders, split at commas and `and`. A part that names no one on its own
    /// continues the item before it ("the Representative on the Commission for Xlandia and Ruritania").
    static func readPlainItems(_ phrase: String) -> [End]? {
        var items: [(text: String, separator: String, end: End?)] = []
        var parts = splitItems(phrase)
        // "…, May 3, 1957": a date after the last correspondent is no correspondent.
        while parts.count > 1, let last = parts.last, isDateOrTime(last.text) { parts.removeLast() }
        for (index, part) in parts.enumerated() {
            // "The Commander, Southern Task Force": a unit after a comma belongs to the office before it (`NamePhrase.isUnitOfPost`).
            if part.separator == ",", let last = items.last, NamePhrase.isUnitOfPost(part.text),
               last.end?.rule == .officeAlone || last.end == nil && isDescribedPost(last.text + ", " + part.text)
                || last.end?.rule == .namedPerson && NamePhrase.isGradedPost(droppingArticle(last.text)) {
                let post = ((last.end?.rule == .officeAlone ? last.end?.mentions.first?.text : nil) ?? droppingArticle(last.text)) + ", " + part.text
                items[items.count - 1] = (last.text + ", " + part.text, last.separator,
                                          End(mentions: [NameMention(text: post, kind: .office)], rule: .officeAlone))
                continue
            }
            if let end = readItem(part.text) {
                items.append((part.text, part.separator, end))
            } else if let last = items.last, let holder = oneWordHolder(part, closed: index + 1 == parts.count || parts[index + 1].separator == ",",
                                                                      after: last.end) {
                items.append((part.text, part.separator, holder))
            } else if let last = items.last {
                let joined = last.text + part.separator + part.text
                items[items.count - 1] = (joined, last.separator, readItem(joined))
            } else {
                items.append((part.text, part.separator, nil))
            }
        }
        var ends: [End] = []
        // The item each end was read from, so that a holder after a comma can take back the offices before it.
        var endItems: [Int] = []
        for (index, item) in items.enumerated() {
            guard var end = item.end else { return nil }
            // "Ivan Petrov, Soviet Ambassador, to …": an office alone set off by a comma right after a named
            // person is that person's office (an apposition), not a second correspondent; after "and" it is one.
            if end.rule == .officeAlone, index > 0, item.separator == ",", items[index - 1].end?.rule == .namedPerson {
                continue
            }
            if end.rule == .namedPerson, item.separator == ",", let office = officeRunBefore(index, items: items.map { ($0.separator, $0.end) },
                                                                                               ends: ends, endItems: endItems) {
                // "the Minister of Culture, Kim Young-sam": the office (or run of offices) set off before the name is its holder's.
                ends.removeLast(ends.count - office.firstEnd)
                endItems.removeLast(endItems.count - office.firstEnd)
                end.mentions = end.mentions.map { mention in
                    var held = mention
                    if held.office == nil { held.office = office.text }
                    return held
                }
                end.rule = .officeBeforeHolder
            }
            ends.append(end)
            endItems.append(index)
        }
        return ends.isEmpty ? nil : ends
    }

    /// **Convention: an office, then a one-word name between commas, is its holder** (`the Ambassador of Mongolia in
    /// Beijing, Batu, to …`), as a name of two words is: the word after the office's comma, closed by another comma or
    /// the end of the end, is a name as a holder in parentheses is (`holderName`), and not a place. The office must carry
    /// its posting or domain (`in|at|to|of|for …`): after a bare office the word may be its seat (`the Consul, Tabriz`).
    /// Only after an office alone: after an institution a word is its seat or its unit.
    static func oneWordHolder(_ part: (text: String, separator: String), closed: Bool, after previous: End?) -> End? {
        guard closed, part.separator == ",", previous?.rule == .officeAlone, let office = previous?.mentions.first?.text,
              NamePhrase.tokenize(office).dropFirst().contains(where: { postingPrepositions.contains(key($0)) }),
              !part.text.contains(" "), !Gazetteer.isPlace(part.text), let name = holderName(part.text) else { return nil }
        return End(mentions: [NameMention(text: name, kind: .person)], rule: .namedPerson)
    }

    /// Prepositions that give an office its posting or domain (`Ambassador in …`, `Minister of …`).
    static let postingPrepositions: Set<String> = ["in", "at", "to", "of", "for"]

    /// The office printed before the holder at item `index` after a comma (`OFFICE, NAME`): the run of ends just before
    /// it that opens with an office alone, its parts joined by a bare `and` ("the Chairman of the Central Committee and the
    /// Politburo of …"). Nil when the item before the comma is no office; an office before `and NAME` is a second person.
    static func officeRunBefore(_ index: Int, items: [(separator: String, end: End?)], ends: [End], endItems: [Int])
        -> (firstEnd: Int, text: String)? {
        guard index > 0, let lastEnd = endItems.last, lastEnd == index - 1 else { return nil }
        var first = ends.count - 1
        // Walk back over parts joined by a bare "and" (not a comma): they continue the same office.
        while first > 0, endItems[first] - 1 == endItems[first - 1], items[endItems[first]].separator.trimmingSpaces() == "and",
              [.officeAlone, .institution].contains(ends[first - 1].rule) {
            first -= 1
        }
        guard ends[first].rule == .officeAlone,
              ends[first...].allSatisfy({ [.officeAlone, .institution].contains($0.rule) }) else { return nil }
        let text = ends[first...].flatMap(\.mentions).map(\.text).joined(separator: " and ")
        return (first, text)
    }

    /// A post the lexicon does not know, named without a holder: the article, a capitalised head and its complement,
    /// no list (`the Keeper of the Northern Archive`; not `Mikoyan and Alekseev in Havana`).
    static func isArticledPost(_ raw: String) -> Bool {
        let text = raw.trimmingSpaces()
        guard text.hasPrefix("the ") || text.hasPrefix("The "), !NamePhrase.tokenize(text).contains(where: { key($0) == "and" }) else { return false }
        return isDescribedPost(text)
    }

    /// Reads one item without a holder: a named person, an office alone or an institution.
    static func readItem(_ raw: String) -> End? {
        let text = droppingArticle(raw.trimmingSpaces())
        // "the Deputy Director (Plans)": an office with its directorate in parentheses is the office, named as printed.
        if ByteSearch.holds(UInt8(ascii: "("), in: text), text.contains("("), case let bare = withoutDirectorates(text), bare != text {
            guard !bare.contains("("), let office = readItem(bare), office.rule == .officeAlone else { return nil }
            return End(mentions: [NameMention(text: text, kind: .office)], rule: .officeAlone)
        }
        if isCircularAddressees(text) { return circularEnd(text) }
        guard isCleanPhrase(text) else { return nil }
        if let person = personQualifiedByBody(text) { return person }
        // "the Marquess of Lansfield": a peer named by rank and title is a person, not a post (`PeerageName`).
        if let peer = PeerageName.name(NamePhrase.tokenize(raw.trimmingSpaces())) {
            return End(mentions: [NameMention(text: peer, kind: .person)], rule: .namedPerson)
        }
        let keys = NamePhrase.tokenize(text).map(key)
        // "the President's Special Assistant": an office the name grammar does not class is still an office.
        guard let mention = NamePhrase.parseItem(text) else {
            // "Second Visit of A": an act noun with its preposition is an act, whatever office word it holds.
            return keys.contains(where: isOfficeWord) && !NamePhrase.namesAnAct(keys) ? End(mentions: [NameMention(text: text, kind: .office)], rule: .officeAlone) : nil
        }
        switch mention.kind {
        case .person:
            // The name follows its office, posting or form of address ("Secretary of State Haddad", "Ambassador
            // to Xlandia Kim Young-sam"); after a connective it ends an office's complement ("… Commission for
            // Xlandia and Ruritania") and names no one.
            let nameWords = mention.text.split(separator: " ").map { key(String($0)) }
            let start = keys.indices.first { i in nameWords.contains(keys[i]) } ?? 0
            let opens = start == 0 || !Lexicon.connectives.contains(keys[start - 1])
            // A single word is a person only with an office or form of address before it.
            let addressed = keys[..<start].contains { isOfficeWord($0) || Lexicon.honorifics.contains($0) }
            if opens, addressed || nameWords.count >= 2, mention.bracketed == nil {
                return End(mentions: [mention], rule: .namedPerson)
            }
            // "The Keeper of the Northern Archive": a name after the complement's article ends a post the lexicon does not know.
            let endsComplement = !opens || NamePhrase.runAfterOfThe(keys, start..<(start + nameWords.count))
            return endsComplement && (isOfficePhrase(text) || isArticledPost(raw))
                ? End(mentions: [NameMention(text: text, kind: .office)], rule: .officeAlone) : nil
        case .office:
            // "The Keeper of the Northern Archive to …": a post the lexicon does not know, marked by its article and complement.
            guard keys.contains(where: isOfficeWord) || isArticledPost(raw) else { return nil }
            return End(mentions: [mention], rule: .officeAlone)
        case .institution:
            // A bare city standing for its embassy or ministry is read by the general grammar.
            guard !Gazetteer.isPlace(mention.text), keys.contains(where: Lexicon.institutionHeads.contains) else { return nil }
            return End(mentions: [mention], rule: .institution)
        }
    }

    /// Splits at top-level `, and `, ` and `, `,` — not inside an institution's complement
    /// ("Department of Health and Welfare") and not at an ampersand ("Pereira & Sons").
    static func splitItems(_ phrase: String) -> [(text: String, separator: String)] {
        var parts: [(text: String, separator: String)] = []
        var current = ""
        var separator = ""
        var depth = 0
        let chars = Array(phrase)
        var i = 0
        func flush(_ next: String) {
            let t = current.trimmingSpaces()
            if !t.isEmpty { parts.append((t, separator)) }
            current = ""
            separator = next
        }
        while i < chars.count {
            let c = chars[i]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            let separator = c == "," ? (NamePhrase.matchWord(chars, i, ", and ") ? 6 : 1) : NamePhrase.matchWord(chars, i, " and ") ? 5 : 0
            if depth == 0, separator > 0,
               separator != 5 || !NamePhrase.continuesInstitutionName(chars, from: i, current: current) {
                flush(String(chars[i..<(i + separator)]))
                i += separator
                continue
            }
            current.append(c)
            i += 1
        }
        flush("")
        return parts
    }

    /// Whether a subject follows the correspondents ("… to the Secretary of State regarding Xlandia"): such
    /// heads are read by the general grammar, which cuts subjects. An office's or a committee's own "on"
    /// ("Representative on the Commission", "Committee on Appropriations") is no subject.
    static func hasSubject(_ phrase: String) -> Bool {
        // "Prime Minister for Approval": a purpose no office is named for (`ArchiveHeads.purposesAfterAnEnd`).
        if ByteSearch.mayContainCaseInsensitive(phrase, " for "),
           TitleText.find(" for ", in: phrase).contains(where: { ArchiveHeads.opensPurposeAfterEnd(phrase, at: $0) }) { return true }
        return MessageGrammar.subjectOpeners.contains { opener in
            TitleText.find(opener, in: phrase).contains { r in
                guard opener.hasPrefix(" on ") else { return true }
                // An office's own `on` follows its head noun (`Representative on the Commission`); after the words of its
                // domain (`Minister for External Affairs on the Council of Europe`) `on` opens the subject.
                let before = NamePhrase.tokenize(String(phrase[..<r.lowerBound])).last.map(key) ?? ""
                // The office's own `on` names the body it sits on (`on the United Nations Commission`), not a matter: a
                // complement holding a talk or a subject noun (`on the Trade Negotiations`, `on Soviet Aid`) is the subject.
                let complement = NamePhrase.tokenize(String(phrase[r.upperBound...])).prefix(8).map(key)
                let namesMatter = complement.contains { Lexicon.meetingNouns.contains($0) || MessageGrammar.subjectHeadNouns.contains($0) }
                // A body keeps its `on` only when it is named by its subject (`the Committee on Appropriations`); any other
                // body's `on` opens the subject as a person's does (`the Government on the Border Question`).
                if Lexicon.institutionHeads.contains(before) { return !MessageGrammar.continuesBodyName(phrase, at: r) }
                return !((isOfficeHead(before) || postingOffices.contains(before)) && !namesMatter
                         || subcommittees.contains(before)
                         || qualifiesNamedPerson(phrase[..<r.lowerBound]))
            }
        }
    }

    /// `NAME of the BODY on TOPIC`: a body printed after a named person qualifies that person, so its `on`
    /// belongs to the body's name (`Senator Ana Ferreira of the Select Caucus on Riverine Navigation`) and the
    /// item reads as the person whatever the body is called.
    static func qualifiesNamedPerson(_ text: Substring) -> Bool {
        guard let last = splitItems(String(text)).last else { return false }
        return personQualifiedByBody(last.text) != nil
    }

    /// `NAME of the BODY [on TOPIC]`: the named person before the body; the body's name is capitalised words
    /// and the connectives of a name (`Select Caucus on Riverine Navigation and Fisheries`).
    static func personQualifiedByBody(_ text: String) -> End? {
        guard let of = TitleText.find(" of the ", in: text).first else { return nil }
        let body = NamePhrase.tokenize(String(text[of.upperBound...]))
        guard let first = body.first, first.first?.isUppercase ?? false,
              body.allSatisfy({ $0.first?.isUppercase ?? false || Lexicon.connectives.contains(key($0)) && key($0) != "to" }),
              let person = readItem(String(text[..<of.lowerBound])), person.rule == .namedPerson else { return nil }
        return person
    }

    static let subcommittees: Set<String> = ["subcommittee", "commission", "conference", "panel", "task", "force", "group"]

    /// `Australian Delegation, United Nations, New York`: a delegation or mission, the body of states it sits at and that
    /// body's city are one end, named as printed (`NamePhrase.isSeatOfMission`, as the general grammar reads it after a
    /// document word), not three items of a list.
    static func missionAtSeat(_ text: String) -> End? {
        guard ByteSearch.holds(UInt8(ascii: ","), in: text), !text.contains("("), !text.contains("[") else { return nil }
        let items = text.split(separator: ",").map { $0.trimmingSpaces() }
        guard (2...3).contains(items.count), NamePhrase.isMissionHeaded(items[0]) else { return nil }
        // "the Canadian Delegation, Geneva": a city alone is where the delegation sits or met; the end is the delegation.
        if items.count == 2, Gazetteer.isPlace(items[1]), isCleanPhrase(items[0]) {
            return End(mentions: [NameMention(text: items[0], kind: .institution)], rule: .institution)
        }
        guard NamePhrase.isSeatOfMission(items[1]), items.count == 2 || Gazetteer.isPlace(items[2]) else { return nil }
        return End(mentions: [NameMention(text: items.joined(separator: ", "), kind: .institution)], rule: .institution)
    }

    // MARK: Directorates in parentheses

    /// Functions and directorates an office of an agency serves, as the CIA prints them in parentheses after the office
    /// (`Deputy Director (Plans)`, `Deputy Director (Science and Technology)`, `Assistant Director (Operations)`).
    static let directorateWords: Set<String> = [
        "plans", "intelligence", "support", "operations", "administration", "science", "technology", "s&t", "research",
        "coordination", "security", "personnel", "training", "communications", "logistics", "policy", "planning",
        "management", "inspection", "programs", "programmes", "estimates", "collection", "analysis", "reports",
        "economic", "political", "military", "scientific", "current", "national", "covert", "action", "finance",
        // A department's domains (`Assistant Secretary (Economic Affairs)`, `Under Secretary (Public Affairs)`): no name is one.
        "affairs", "relations", "public", "legal", "congressional", "international", "organization", "organizations",
        "trade", "defense", "defence", "budget", "cultural", "information", "consular", "educational", "labor", "labour",
        "energy", "disarmament", "development", "resources", "european", "african", "asian", "eastern", "western", "near",
        "far", "inter-american", "latin", "american",
    ]

    /// **Convention: a directorate in parentheses after an office is part of the office** — `OFFICE (Plans)`, `OFFICE
    /// (Science and Technology)`: one to four capitalised words of `directorateWords`, joined by `and` or `&`, name the
    /// function the office serves, not its holder (no name is a directorate word); the office is named with it.
    static func isDirectorateInParentheses(_ inside: String) -> Bool {
        let words = inside.trimmingSpaces().split(separator: " ")
        guard (1...4).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        var function = false
        for word in words {
            let k = word.lowercased()
            if k == "and" || k == "&" { continue }
            guard word.first?.isUppercase == true, directorateWords.contains(k) else { return false }
            function = true
        }
        return function && words.last.map { !["and", "&"].contains($0.lowercased()) } == true
    }

    /// The text without its directorates in parentheses (`Deputy Director (Plans) of the Agency` → `Deputy Director of the
    /// Agency`): what the office grammar reads.
    static func withoutDirectorates(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = text
        var search = out.startIndex
        while let open = out[search...].firstIndex(of: "("), let close = out[open...].firstIndex(of: ")") {
            guard isDirectorateInParentheses(String(out[out.index(after: open)..<close])) else {
                search = out.index(after: close)
                continue
            }
            var lower = open
            while lower > out.startIndex, out[out.index(before: lower)] == " " { lower = out.index(before: lower) }
            out.removeSubrange(lower...close)
            search = lower
        }
        return out
    }

    // MARK: Circulars, withheld names, repeated ends, datelines

    /// Plural nouns of posts and of their staff: a circular is addressed to them as a class (`All Diplomatic Posts`,
    /// `the Diplomatic and Consular Officers of the United States`, `Certain Missions in Europe`).
    static let circularAddresseeNouns: Set<String> = [
        "posts", "officers", "missions", "embassies", "legations", "consulates", "stations", "agents", "establishments",
    ]

    /// Words that open a class of addressees: which of the posts the circular went to.
    static let circularQuantifiers: Set<String> = ["all", "certain", "selected", "various", "other", "several", "some"]

    /// Quantifiers that leave the members unnamed (`Certain Diplomatic Missions`, `Selected Posts`): the circular went to
    /// some posts of the class, which the head does not say. `All` (and a class without a quantifier) names the whole class.
    static let indefiniteCircularQuantifiers: Set<String> = ["certain", "selected", "various", "other", "several", "some"]

    /// **Convention: a circular to an unnamed part of a class states no addressee** — `to Certain|Selected|Various|Some
    /// … Posts|Missions|Officers`: the posts it went to are not named (gold schema: only named recipients are listed, as
    /// `… and Others` lists only the named ones), so the end is unstated; a circular telegram is still a message.
    /// `All Diplomatic Posts` names its whole class, the addressee as printed.
    static func circularEnd(_ text: String) -> End {
        if let first = NamePhrase.tokenize(text).first, indefiniteCircularQuantifiers.contains(key(first)) {
            return End(mentions: [], rule: .circularAddressees)
        }
        return End(mentions: [NameMention(text: text, kind: .office)], rule: .circularAddressees)
    }

    /// Without a quantifier, the class is a service's (`the Diplomatic and Consular Officers`, `Officers of the United
    /// States`); a nationality and a plural alone (`the Chinese Officers`) are an unnamed group, no addressee.
    static let circularServiceWords: Set<String> = ["diplomatic", "consular"]

    /// `[All|Certain] QUALIFIERS NOUN [of|in|at …]`: qualifiers before the plural post noun (`Diplomatic and Consular`,
    /// `American Republic`), a complement after it of capitalised words and connectives (`of the United States in China`).
    /// The noun must be plural and a class word; nothing in the phrase may name a person or relay.
    static func isCircularAddressees(_ text: String) -> Bool {
        let tokens = NamePhrase.tokenize(text)
        if isHoldersOfPosts(tokens) { return true }
        guard let nounIndex = tokens.firstIndex(where: { circularAddresseeNouns.contains(key($0)) }), nounIndex > 0,
              tokens.count <= maxDescriptionWords else { return false }
        let before = tokens[..<nounIndex], after = tokens[(nounIndex + 1)...]
        let quantified = before.first.map { circularQuantifiers.contains(key($0)) } ?? false
        // A qualifier is an adjective, capitalised or not (`diplomatic`), or `and` between two; a name or office is none.
        let qualifiers = before.dropFirst(quantified ? 1 : 0)
        guard quantified || !qualifiers.isEmpty,
              qualifiers.allSatisfy({ token in
                  let k = key(token)
                  return !k.isEmpty && !isOfficeWord(k) && !Lexicon.honorifics.contains(k) && !boundaryWords.contains(k)
                      && !subjectWords.contains(k) && (k == "and" || !Lexicon.connectives.contains(k))
              }),
              qualifiers.last.map({ key($0) != "and" }) ?? true else { return false }
        // The complement opens with a preposition of domain or posting and holds capitalised words and connectives only.
        let ofUnitedStates = after.map(key).joined(separator: " ").hasPrefix("of the united states")
        guard quantified || ofUnitedStates || qualifiers.contains(where: { circularServiceWords.contains(key($0)) }) else { return false }
        guard let opener = after.first else { return true }
        guard ["of", "in", "at", "on"].contains(key(opener)) else { return false }
        return after.dropFirst().allSatisfy { token in
            let k = key(token)
            return !k.isEmpty && !boundaryWords.contains(k) && k != "to"
                && (Lexicon.connectives.contains(k) || token.first?.isUppercase ?? false)
        }
    }

    /// Plural nouns of those who hold posts as a class (`Heads of Post`, `Chiefs of Mission`).
    static let postHolderNouns: Set<String> = ["heads", "chiefs"]

    /// Nouns of the posts such holders head, singular or plural (`Heads of Post`, `Heads of Diplomatic Missions`).
    static let headedPostNouns: Set<String> = [
        "post", "posts", "mission", "missions", "station", "stations", "legation", "legations", "embassy", "embassies",
        "delegation", "delegations", "consulate", "consulates",
    ]

    /// **Convention: a circular's class named by its holders** — `[All|Certain …] Heads|Chiefs of [QUALIFIERS] Post|Mission
    /// … [Abroad | in|at PLACE]` (`Heads of Post Abroad`, `All Chiefs of Mission`, `Heads of Diplomatic Missions in
    /// Europe`, `Certain Heads of Post`): the class is addressed as the posts are (`circularEnd`), with or without a
    /// document word; qualifiers are at most three words naming no office or person's title.
    static func isHoldersOfPosts(_ tokens: [String]) -> Bool {
        guard (3...12).contains(tokens.count) else { return false }
        let keys = tokens.map(key)
        var i = 0
        if circularQuantifiers.contains(keys[0]) { i += 1 }
        if i < keys.count, keys[i] == "the" { i += 1 }
        guard i + 2 < keys.count, postHolderNouns.contains(keys[i]), keys[i + 1] == "of" else { return false }
        i += 2
        if keys[i] == "the" { i += 1 }
        guard let post = keys[i...].prefix(4).firstIndex(where: headedPostNouns.contains) else { return false }
        guard keys[i..<post].allSatisfy({ k in
            !k.isEmpty && !isOfficeWord(k) && !Lexicon.honorifics.contains(k) && !boundaryWords.contains(k)
                && (k == "and" || !Lexicon.connectives.contains(k)) }) else { return false }
        let after = keys[(post + 1)...]
        guard let opener = after.first else { return true }
        if opener == "abroad" || opener == "overseas" { return after.count == 1 }
        guard ["in", "at"].contains(opener) else { return false }
        return tokens[(post + 2)...].allSatisfy { token in
            let k = key(token)
            return !k.isEmpty && !boundaryWords.contains(k) && k != "to" && (Lexicon.connectives.contains(k) || token.first?.isUppercase ?? false)
        }
    }

    /// Plural institution nouns with their singular: `the Embassies in Xlandia and Ruritania` is an embassy in each.
    static let pluralInstitutions: [String: String] = [
        "embassies": "embassy", "legations": "legation", "consulates": "consulate", "missions": "mission",
        "delegations": "delegation",
    ]

    /// `[QUALIFIER] INSTITUTIONS in|at PLACE, PLACE[,] and PLACE`: one institution at each of two or more places, named
    /// in the singular (`Embassy in Xlandia`). A place is capitalised words and connectives (`the United Kingdom`) naming
    /// no office or institution. Nil for anything else.
    static func institutionsAtPlaces(_ text: String) -> [NameMention]? {
        guard let posting = TitleText.find(" in ", in: text).first ?? TitleText.find(" at ", in: text).first else { return nil }
        let head = NamePhrase.tokenize(String(text[..<posting.lowerBound]))
        guard let plural = head.last, let singular = pluralInstitutions[key(plural)], head.count <= 3,
              head.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        let preposition = text[posting].trimmingSpaces()
        var places: [String] = []
        var rest = Substring(text[posting.upperBound...])
        // Split at ", and ", ", " and " and " (places hold no commas of their own).
        while !rest.isEmpty {
            let comma = rest.range(of: ", "), and = rest.range(of: " and ")
            let cut = [comma, and].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
            places.append(String(rest[..<(cut?.lowerBound ?? rest.endIndex)]).trimmingSpaces())
            rest = cut.map { rest[$0.upperBound...] } ?? ""
            if rest.hasPrefix("and ") { rest = rest.dropFirst(4) }
        }
        guard places.count >= 2, places.count <= 12, places.allSatisfy(isPlaceOfPosting) else { return nil }
        let name = (head.dropLast() + [plural.first?.isUppercase ?? false ? singular.prefix(1).uppercased() + singular.dropFirst() : singular])
            .joined(separator: " ")
        return places.map { NameMention(text: "\(name) \(preposition) \($0)", kind: .institution) }
    }

    /// A place an institution is posted to: capitalised words after an optional article, naming no office or institution.
    static func isPlaceOfPosting(_ place: String) -> Bool {
        // "the Soviet Union": a known place, though its head word also heads institutions.
        if Gazetteer.isPlace(droppingArticle(place)) { return true }
        let tokens = NamePhrase.tokenize(droppingArticle(place))
        guard (1...5).contains(tokens.count) else { return false }
        return tokens.allSatisfy { token in
            let k = key(token)
            return !k.isEmpty && !isOfficeWord(k) && !Lexicon.institutionHeads.contains(k) && !boundaryWords.contains(k)
                && (token.first?.isUppercase ?? false || ["of", "the"].contains(k))
        }
    }

    /// `name not declassified`, `1 line not declassified`, `less than 1 line not declassified`, `name withheld`:
    /// the inside of an editor's bracket for withheld text.
    static func isWithheld(_ inside: String) -> Bool {
        let lower = inside.trimmingSpaces().lowercased()
        return lower.hasSuffix("not declassified") || lower.hasSuffix("withheld")
    }

    /// An end that names no one: `Same` / `the same` (the previous head's end), or a withheld name in the editor's
    /// brackets, perhaps qualified by its body (`[name not declassified] of the Central Intelligence Agency`).
    static func unstatedEnd(_ phrase: String) -> End? {
        let text = droppingArticle(phrase.trimmingSpaces())
        if text.lowercased() == "same" { return End(mentions: [], rule: .repeatedEnd) }
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]"),
              isWithheld(String(text[text.index(after: text.startIndex)..<close])) else { return nil }
        let rest = text[text.index(after: close)...].trimmingSpaces()
        // "… of the Central Intelligence Agency", "… of the National Security Council Staff": the body qualifies the withheld person.
        guard rest.isEmpty || rest.hasPrefix("of ") && isCleanPhrase(droppingArticle(String(rest.dropFirst(3)))) else { return nil }
        return End(mentions: [], rule: .withheld)
    }

    /// `Same to same`, `The Same to the Same`: a head whose every end repeats the previous head's. It states no act of
    /// its own; the reader notes it (the previous head is another record).
    static func repeatsPreviousHead(_ title: String) -> Bool {
        let splits = TitleText.find(" to ", in: title)
        guard splits.count == 1, let split = splits.first else { return false }
        return [String(title[..<split.lowerBound]), String(title[split.upperBound...])].allSatisfy { end in
            unstatedEnd(end)?.rule == .repeatedEnd
        }
    }

    /// `HEAD, PLACE, DATE[, TIME]` → `HEAD`: FRUS prints where and when a document was written after its ends
    /// (`…, Washington, May 3, 1962, 7:12 p.m.`). The date items (one with a year, or `undated`) and the one place
    /// before them are cut; the place is a gazetteer place or one to four capitalised words naming no office, body,
    /// form of address or nationality (`Camp David`, `Key Biscayne`). A head that is only a setting is left whole,
    /// and so is a place right after an institution's head word (`Polish Embassy, Washington`: the embassy's seat).
    static func cuttingDateLine(_ title: String) -> String {
        // Three items need two comma characters, so two comma bytes: most titles have fewer, and are not split.
        guard title.utf8.count <= maxHeadLength, ByteSearch.count(UInt8(ascii: ","), in: title, upTo: 2) >= 2 else { return title }
        var items = commaItems(title)
        guard items.count >= 3, !items.contains(where: { unbalanced($0, "(", ")") || unbalanced($0, "[", "]") })
        else { return title }
        var dated = false
        var dateItems = 0
        while items.count > 2, let last = items.last, isDateLineItem(last) {
            dated = dated || hasYear(last)
            dateItems += 1
            items.removeLast()
        }
        guard dated, dateItems > 0, let place = items.last, isWritingPlace(place) else { return title }
        items.removeLast()
        // "to Polish Embassy, Washington, 29 May 1962": a place right after an institution with no place of its own is
        // the institution's seat, which the general grammar reads; the Embassy in Xlandia has its place already.
        if let lastWord = items.last.flatMap({ NamePhrase.tokenize($0).last }), seatedPosts.contains(key(lastWord)) {
            return title
        }
        let head = items.joined(separator: ",").trimmingSpaces()
        return head.isEmpty ? title : head
    }

    /// Whether `item` holds one of the brackets `open` and `close` but not the other (as Foundation's `contains` finds them):
    /// an item holding neither byte (most) holds neither, and is not searched.
    static func unbalanced(_ item: String, _ open: String, _ close: String) -> Bool {
        guard let o = open.utf8.first, let c = close.utf8.first,
              ByteSearch.holds(o, in: item) || ByteSearch.holds(c, in: item) else { return false }
        return item.contains(open) != item.contains(close)
    }

    /// Posts that stand at a place abroad, so that a place after them is their seat (`Polish Embassy, Washington`). After
    /// another body (`the Joint Chiefs of Staff, Honolulu, May 3, 1965`) the place is where the document was written.
    static let seatedPosts: Set<String> = Set(pluralInstitutions.values).union(["consulate-general", "commission"])

    /// `title.split(separator: ",", omittingEmptySubsequences: false).map(String.init)`, split over the bytes of
    /// an ASCII title without CR (there a comma byte is a comma character); the Character split otherwise.
    static func commaItems(_ title: String) -> [String] {
        let fast = title.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var items: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == UInt8(ascii: ",") {
                items.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                start = i + 1
            }
            return items
        } ?? nil
        return fast ?? title.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    /// A date line's date or time item: `May 3`, `1962`, `7:12 p.m.`, `undated`, `1530Z`.
    static func isDateLineItem(_ item: String) -> Bool {
        let trimmed = item.trimmingSpaces()
        if trimmed.lowercased() == "undated" || trimmed.lowercased() == "no date" { return true }
        if trimmed.count >= 4, trimmed.count <= 6, trimmed.hasSuffix("Z"), trimmed.dropLast().allSatisfy(\.isNumber) { return true }
        // Wartime volumes join the year and the hour by a dash (`May 3, 1943—8 p.m.`, `1944—noon.`), which the
        // normaliser prints as a hyphen: a year, a dash, a time.
        // (A dash needs a `-` byte or the lead byte 0xE2 of `—` and `–`: an item with neither is not split.)
        let mayHoldDash = ByteSearch.holds(UInt8(ascii: "-"), in: trimmed) || ByteSearch.holds(0xE2, in: trimmed)
        let dashed = mayHoldDash ? trimmed.split(maxSplits: 1, whereSeparator: { $0 == "—" || $0 == "–" || $0 == "-" }) : []
        if dashed.count == 2, dashed[0].count == 4, dashed[0].allSatisfy(\.isNumber) {
            return isDateOrTime(String(dashed[1]))
        }
        return isDateOrTime(trimmed)
    }

    static func hasYear(_ item: String) -> Bool {
        let lower = item.lowercased()
        // (Over the bytes for an ASCII item: Foundation's search bridges each call.)
        // A dash joins a year to an hour (`1943—8 p.m.`): read as a space, tested on its bytes first (most items hold none).
        let spaced = ByteSearch.holds(0x2D, in: item) || ByteSearch.holds(0xE2, in: item)
            ? String(item.map { $0 == "—" || $0 == "–" || $0 == "-" ? " " : $0 }) : item
        return (ByteSearch.asciiContains(lower, "undated") ?? lower.contains("undated"))
            || (ByteSearch.asciiContains(lower, "no date") ?? lower.contains("no date"))
            || NamePhrase.tokenize(spaced).contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("1") || $0.hasPrefix("2")) }
    }

    /// The place a document was written at: a gazetteer place, or a short run of capitalised words that names no office,
    /// institution, person's form of address or nationality.
    static func isWritingPlace(_ item: String) -> Bool {
        let text = droppingArticle(item.trimmingSpaces())
        if Gazetteer.isPlace(text) { return true }
        let tokens = NamePhrase.tokenize(text)
        guard (1...4).contains(tokens.count), tokens.first?.first?.isUppercase ?? false else { return false }
        return tokens.allSatisfy { token in
            let k = key(token)
            return !k.isEmpty && !isOfficeWord(k) && !Lexicon.institutionHeads.contains(k) && !Lexicon.honorifics.contains(k)
                && !Lexicon.nationalities.contains(k) && !NamePhrase.isInitials(token) && !token.hasSuffix("'s")
                && (token.first?.isUppercase ?? false || Lexicon.connectives.contains(k))
        }
    }

    // MARK: Conversations

    /// `Memorandum of a Conversation, Secretary's Office, Grand Hotel, Geneva, May 3, 1957`: after a
    /// conversation record's head, a comma list of venues and places ending in a date says where and
    /// when the talk took place, not who took part. With no names it is no act.
    static func namesOnlySetting(_ title: String) -> Bool {
        // Each head opens with m, r, n or s: a title opening with another ASCII letter is not lower-cased and compared.
        if let first = title.utf8.first, first < 0x80, case let lowered = first | 0x20,
           lowered != UInt8(ascii: "m"), lowered != UInt8(ascii: "r"), lowered != UInt8(ascii: "n"), lowered != UInt8(ascii: "s") { return false }
        // Each head's first word, tested over an ASCII opening's bytes before the title is lower-cased.
        if let opening = TitleText.asciiOpeningWord(title, limit: 12), !settingHeadWords.contains(opening) { return false }
        let lower = title.lowercased()
        let heads = ["memorandum of", "minutes of", "record of", "notes of", "notes on", "summary of"]
        guard let head = heads.first(where: lower.hasPrefix) else { return false }
        var rest = Substring(lower.dropFirst(head.count)).drop(while: { $0 == " " })
        for article in ["a ", "the "] where rest.hasPrefix(article) { rest = rest.dropFirst(article.count) }
        // No noun holds ", ": the one `rest` opens with is the text before its first ", ", compared whole when that
        // text is ASCII (one look-up instead of a prefix test per noun).
        let noun: String
        switch asciiTextBeforeCommaSpace(rest) {
        case .some(.some(let opening)):
            guard Lexicon.conversationNouns.contains(opening) else { return false }
            noun = opening
        case .some(.none):
            return false
        case .none:
            guard let found = Lexicon.conversationNouns.first(where: { rest.hasPrefix($0 + ", ") }) else { return false }
            noun = found
        }
        let items = title.dropFirst(lower.count - rest.count + noun.count + 2).split(separator: ",").map { $0.trimmingSpaces() }
        guard let firstDate = items.firstIndex(where: isDateOrTime), firstDate > 0,
              items[firstDate...].allSatisfy(isDateOrTime) else { return false }
        return items[..<firstDate].allSatisfy { item in
            let keys = NamePhrase.tokenize(item).map(key)
            return Gazetteer.isPlace(droppingArticle(item)) || keys.contains(where: venueWords.contains)
        }
    }

    /// The text of `rest` before its first ", " byte pair: `.some(nil)` when it holds none (then no character
    /// sequence ", " either), `.some(text)` when the bytes through the one after that pair are ASCII without CR
    /// (each then one character), nil otherwise.
    static func asciiTextBeforeCommaSpace(_ rest: Substring) -> String?? {
        rest.utf8.withContiguousStorageIfAvailable { b -> String?? in
            var i = 0
            while i + 1 < b.count, !(b[i] == UInt8(ascii: ",") && b[i + 1] == 0x20) { i += 1 }
            guard i + 1 < b.count else { return .some(nil) }
            for k in 0..<min(b.count, i + 3) where b[k] >= 0x80 || b[k] == 0x0D { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: b[0..<i]), as: UTF8.self))
        } ?? nil
    }

    /// The first words of `namesOnlySetting`'s heads.
    static let settingHeadWords: Set<String> = ["memorandum", "minutes", "record", "notes", "summary"]

    /// Rooms, buildings and offices where talks are held.
    static let venueWords: Set<String> = [
        "office", "hotel", "room", "residence", "house", "building", "palace", "hall", "embassy", "legation",
        "consulate", "ministry", "department", "headquarters", "club", "villa", "airport", "restaurant",
        "chancery", "quarters", "suite", "dacha", "castle", "camp", "ship", "center", "centre", "pentagon",
    ]

    /// `October 7`, `1956`, `7:30 p.m.`, `noon`: an item of a date line.
    static func isDateOrTime(_ item: String) -> Bool {
        let keys = NamePhrase.tokenize(item).map(NamePhrase.wordKey)
        return !keys.isEmpty && keys.allSatisfy { k in
            NamePhrase.isNumberLike(k) || dateLineMonths.contains(k) || ["p.m", "a.m", "noon", "midnight", "m"].contains(k)
        }
    }

    /// The month words of a date line (and `undated`), built once rather than at every item.
    static let dateLineMonths: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december", "undated"]

    // MARK: Posts the lexicon does not know

    /// `[the] DESCRIPTION (Holder)`: FRUS prints a post and its holder this way whatever the post is called,
    /// so a description made of words the lexicon does not know is a post too when something marks it as a
    /// description rather than a name: the definite article, a possessive (`the President's Principal
    /// Scrivener`), a unit after a comma (`Harbourmaster, Eastern Roads`) or a complement (`Warden in
    /// Xlandia`, `Scrivener to the Regent`). Its head noun (the last word before the first comma or
    /// complement) names no institution, document, meeting, place or nationality: `the Embassy in Xlandia
    /// (Okonkwo)` is an institution and its writer, `Report on the Conference (1954)` no post. A bare name
    /// before a name in parentheses is a cover name (`Filippov (Stalin)`), not a post.
    static func isDescribedPost(_ printed: String) -> Bool {
        var tokens = NamePhrase.tokenize(printed)
        let articled = tokens.first.map { key($0) == "the" } ?? false
        if articled { tokens.removeFirst() }
        guard let opening = tokens.first, opening.first?.isUppercase ?? false, tokens.count <= maxDescriptionWords,
              !Lexicon.connectives.contains(key(opening)) else { return false }
        let firstUnit = NamePhrase.tokenize(droppingArticle(String(printed.prefix { $0 != "," })))
        guard let headIndex = firstUnit.firstIndex(where: { descriptionComplements.contains(key($0)) }).map({ $0 - 1 }) ?? firstUnit.indices.last,
              headIndex >= 0, isDescriptionHead(key(firstUnit[headIndex])) else { return false }
        let possessive = tokens.contains(where: isPossessive)
        let complemented = printed.contains(",") || firstUnit.contains(where: { descriptionComplements.contains(key($0)) })
        guard articled || possessive || complemented else { return false }
        for (i, token) in tokens.enumerated() {
            let k = key(token)
            if k.isEmpty {
                guard token == "&" else { return false }
                continue
            }
            if boundaryWords.contains(k) || subjectWords.contains(k) { return false }
            // "Scrivener to the Regent": the post's own `to` names whom it serves. A bare `to`, or one after an
            // office the lexicon knows (whose own `to` the office grammar reads), splits the head.
            if k == "to" {
                guard i > 0, i + 1 < tokens.count, key(tokens[i + 1]) == "the", !isOfficeWord(key(tokens[i - 1])) else { return false }
                continue
            }
            if isPossessive(token), i + 1 == tokens.count { return false }
            if Lexicon.connectives.contains(k) || NamePhrase.particles.contains(k) || officeQualifiers.contains(k) { continue }
            guard token.first?.isUppercase ?? false else { return false }
        }
        return true
    }

    /// A description's head noun: anything but the word classes that make the phrase something other than a post
    /// (institutions, states and international bodies, panels, documents, meetings, places, nationalities).
    static func isDescriptionHead(_ key: String) -> Bool {
        !key.isEmpty && !NamePhrase.isNumberLike(key) && !Lexicon.institutionHeads.contains(key) && !Lexicon.nationalities.contains(key)
            && !Gazetteer.placeWords.contains(key) && !Lexicon.conversationNouns.contains(key) && !Lexicon.connectives.contains(key)
            && !postingBodies.contains(key) && !subcommittees.contains(key)
            && !Lexicon.documentTypes.contains(where: { $0.phrase == key }) && !NamePhrase.isNoise(key)
    }

    /// Words that open a post's complement: the word before the first is the post's head noun.
    static let descriptionComplements: Set<String> = ["in", "at", "to", "for", "of", "on"]

    /// Descriptions run to a dozen words; a longer capitalised run is a subject or a listing.
    static let maxDescriptionWords = 16

    static func isPossessive(_ token: String) -> Bool {
        token.hasSuffix("'s") || token.hasSuffix("’s") || token.hasSuffix("s'")
    }

    /// `Wardens in Xlandia`: a described post with a posting (`in`, `at`), which the places after it may share.
    static func postingOfDescription(_ office: String) -> (office: String, preposition: String)? {
        let words = NamePhrase.tokenize(office)
        guard let p = words.firstIndex(where: { ["in", "at"].contains($0.lowercased()) }), p > 0 else { return nil }
        return (words[..<p].joined(separator: " "), words[p])
    }

    // MARK: Word classes

    /// The holder inside parentheses: a name and nothing else (no place, no editorial word).
    static func holderName(_ inside: String) -> String? {
        let text = inside.trimmingSpaces()
        // "(al-Masri)": a surname that opens with the Arabic article in lower case is a name (`NamePhrase.isArticledArabicSurname`).
        let opening = text.prefix { $0 != " " }
        let cleanText = NamePhrase.isArticledArabicSurname(String(opening)) ? text.prefix(1).uppercased() + text.dropFirst() : text
        // "(Du Preez-Malherbe)", "(De Feo)": a capitalised name particle opening a surname is part of the name.
        let tokens = NamePhrase.tokenize(text)
        let particleOpened = tokens.count > 1 && tokens[0].first?.isUppercase == true && NamePhrase.particles.contains(key(tokens[0]))
            && tokens[1].first?.isUppercase == true
        let nameWords = particleOpened ? tokens.dropFirst().joined(separator: " ") : text
        guard !text.isEmpty, !NamePhrase.isNoise(text), NamePhrase.isPureName(nameWords), isCleanPhrase(cleanText),
              !NamePhrase.tokenize(text).contains(where: { isOfficeWord(key($0)) }) else { return nil }
        return NamePhrase.personName(in: text)?.text
    }

    /// `Ambassadors in Xlandia`: a plural office noun followed by a preposition of posting.
    static func pluralPosting(_ office: String) -> (office: String, preposition: String)? {
        let words = NamePhrase.tokenize(office)
        guard let p = words.firstIndex(where: { ["in", "at", "to"].contains($0.lowercased()) }), p > 0,
              isPluralOffice(key(words[p - 1])), isCleanPhrase(office) else { return nil }
        return (words[..<p].joined(separator: " "), words[p])
    }

    static func isPluralOffice(_ key: String) -> Bool {
        key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") && isOfficeWord(String(key.dropLast()))
    }

    /// An office phrase: at least one office word, and otherwise only capitalised words (places,
    /// units, nationalities, possessives), initials and the connectives of office complements.
    static func isOfficePhrase(_ phrase: String) -> Bool {
        isCleanPhrase(phrase) && NamePhrase.tokenize(phrase).contains { isOfficeWord(key($0)) }
    }

    /// Capitalised words, initials, `&` and connectives only, starting with a capital that is no
    /// preposition: no subject, relay or authorship words; a `to` only after an office that serves
    /// someone or is posted somewhere ("Assistant to the President", "Ambassador to Xlandia"); a
    /// possessive only before an office ("the President's Special Assistant").
    static func isCleanPhrase(_ phrase: String) -> Bool {
        let tokens = NamePhrase.tokenize(phrase)
        // "De Feo-Ranieri", "Van Dam": a capitalised name particle before a capitalised word opens a surname.
        guard let first = tokens.first, first.first?.isUppercase ?? false,
              !Lexicon.connectives.contains(key(first)) || key(first) == "the"
                || NamePhrase.particles.contains(key(first)) && tokens.count > 1 && tokens[1].first?.isUppercase == true
                   && !Lexicon.connectives.contains(key(tokens[1])) else { return false }
        for (i, token) in tokens.enumerated() {
            let k = key(token)
            if k.isEmpty {
                guard token == "&" || token == "," else { return false }
                continue
            }
            if boundaryWords.contains(k) || subjectWords.contains(k) { return false }
            if k == "to", i == 0 || !(servingOffices.contains(key(tokens[i - 1])) || postingOffices.contains(key(tokens[i - 1]))) { return false }
            if token.hasSuffix("'s") || token.hasSuffix("s'"), !tokens[(i + 1)...].contains(where: { isOfficeWord(key($0)) }) { return false }
            if Lexicon.connectives.contains(k) || NamePhrase.particles.contains(k) || isOfficeWord(k) || officeQualifiers.contains(k) { continue }
            guard token.first?.isUppercase ?? false else { return false }
        }
        return true
    }

    /// The one-word subject openers of the message grammar ("Explaining", "Regarding"), capitalised or not.
    static let subjectWords: Set<String> = Set(MessageGrammar.subjectOpeners.compactMap { opener in
        let word = opener.trimmingSpaces().trimmingCharacters(in: .punctuationCharacters).lowercased()
        return word.contains(" ") || Lexicon.connectives.contains(word) ? nil : word
    })

    /// Office and rank words, as the lexicon and the name grammar class them.
    static func isOfficeWord(_ key: String) -> Bool {
        Lexicon.offices.contains(key) || NamePhrase.strongOffices.contains(key) || NamePhrase.extraOffices.contains(key)
            || officeRanks.contains(key)
    }

    /// Head nouns of offices, without their modifiers and complements ("acting", "foreign", "affairs").
    static func isOfficeHead(_ key: String) -> Bool {
        NamePhrase.strongOffices.contains(key) || NamePhrase.extraOffices.contains(key) || officeRanks.contains(key)
    }

    /// Grades printed after an institution's head word (`Consulate General`, `Inspectorate General`): the rank word names
    /// the institution's grade, not an office, so the phrase stays the institution.
    static let institutionGrades: Set<String> = ["general"]

    /// Whether the phrase's head, before its first complement (`in`, `at`, `of`, `to`, `for`), is an institution head
    /// followed only by grades: `Consulate General at Port Vell`, not `Consul General at …` nor `Secretary of the Embassy`.
    static func isGradedInstitution(_ phrase: String) -> Bool {
        let keys = NamePhrase.tokenize(droppingArticle(phrase)).map(key).prefix { !["in", "at", "of", "to", "for", ","].contains($0) }
        guard let head = keys.firstIndex(where: Lexicon.institutionHeads.contains), head + 1 < keys.endIndex else { return false }
        return keys[(head + 1)...].allSatisfy(institutionGrades.contains) && !keys[..<head].contains(where: isOfficeHead)
    }

    /// Forms of address that are offices or ranks (a consul general, a supreme commander).
    static let officeRanks: Set<String> = ["commander", "admiral", "general", "marshal", "governor", "senator"]

    /// Latin qualifiers printed in lower case after an office ("Chargé d'Affaires ad interim"), and `a.i.`, the
    /// diplomatic services' abbreviation of `ad interim` ("Chargé d'Affaires a.i. in Bern").
    static let officeQualifiers: Set<String> = ["ad", "interim", "pro", "tem", "tempore", "a.i"]

    /// A token's lexicon key, with a possessive dropped ("President's" → "president").
    static func key(_ token: String) -> String {
        var k = NamePhrase.wordKey(token)
        if k.hasSuffix("'s") { k.removeLast(2) }
        return k
    }

    /// `his|her|their OFFICE (Holder)` after a named person (`President A and his Assistant for National Security Affairs
    /// (B)`): the pronoun marks a described post as the article does and refers to the person before it.
    static let possessivePronouns: Set<String> = ["his", "her", "their"]

    static func possessivePronoun(_ text: String) -> String? {
        guard let first = text.split(separator: " ", maxSplits: 1).first, possessivePronouns.contains(first.lowercased()),
              text.count > first.count + 1 else { return nil }
        // "His Majesty's Government", "Her Excellency": a style, not a pronoun.
        let next = text.dropFirst(first.count + 1).prefix { $0 != " " }.lowercased()
        guard !["majesty's", "majesty’s", "majesty", "excellency", "holiness", "highness", "royal"].contains(next) else { return nil }
        return String(first)
    }

    static func droppingPronoun(_ text: String) -> String {
        guard let pronoun = possessivePronoun(text) else { return text }
        return String(text.dropFirst(pronoun.count + 1))
    }

    static func droppingArticle(_ text: String) -> String {
        for article in ["the ", "The ", "THE "] where text.hasPrefix(article) { return String(text.dropFirst(article.count)) }
        return text
    }
}
