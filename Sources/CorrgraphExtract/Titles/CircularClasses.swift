/// A circular goes to every member of a class, and the head names the class (`Circular Letter to the States`, `Circular to
/// the Provinces`): the class is its addressee, as a circular telegram's `All Diplomatic Posts` is (`OfficeHeads`).
enum CircularClasses {
    /// Plural nouns of bodies that a circular is sent to as a class: states and their parts, governments, legislatures.
    static let bodyClassNouns: Set<String> = [
        "states", "colonies", "provinces", "republics", "governments", "cantons", "counties", "parishes", "dioceses",
        "legislatures", "assemblies", "councils", "towns", "cities", "municipalities", "districts", "regions", "territories",
    ]

    /// Words that may open the class (`All the States`, `the Several States`, `the Thirteen States`).
    static let quantifiers: Set<String> = ["all", "several", "other", "various", "certain", "thirteen", "united"]

    /// **Convention: a circular is addressed to a class of bodies** — `Circular [DOCUMENT] [from A] to [the] [QUANTIFIER]
    /// [QUALIFIERS] BODIES [of|in …]`: the class, as printed without its article, is the addressee (an `O:` id, as an office
    /// named alone), and the sender is the one the head names, or unstated. The head must open with `Circular`; `Letter to
    /// the States` is left to the general grammar. Nil for any other title.
    static func message(_ body: String, lead: DocumentLeadIn) -> ExtractedMessage? {
        // (A body opening with an ASCII byte other than `c` or `C` is not lower-cased to be compared.)
        if let first = body.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "c") { return nil }
        guard body.lowercased().hasPrefix("circular") else { return nil }
        var rest = lead.remainder.trimmingSpaces()
        if rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingSpaces() }
        var senders = ""
        var addressees: String
        if rest.lowercased().hasPrefix("from ") {
            guard let split = MessageGrammar.splitAtTo(String(rest.dropFirst(5))) else { return nil }
            senders = split.left
            addressees = split.right
        } else if rest.lowercased().hasPrefix("of ") {
            // "Circular of the Director of the Legal Department, A, to All Missions in Europe": the author after `of`.
            guard let split = MessageGrammar.splitAtTo(String(rest.dropFirst(3))) else { return nil }
            senders = split.left
            addressees = split.right
        } else if rest.lowercased().hasPrefix("to ") {
            addressees = String(rest.dropFirst(3))
        } else {
            return nil
        }
        // "… to the States [via C]": a relay in brackets, as anywhere else.
        var vias: [NameMention] = []
        addressees = MessageGrammar.extractVias(addressees, into: &vias)
        addressees = OfficeHeads.droppingArticle(MessageGrammar.cutSubject(addressees).phrase.trimmingSpaces())
        // **Convention: a circular to all the missions** (`Circular of the State Secretary, A, to All Diplomatic Missions`,
        // `… to All Missions in South America`): the posts of a service named as a class (`OfficeHeads.isCircularAddressees`,
        // as a circular telegram's `All Diplomatic Posts`) are the addressee as printed.
        let posts = !isClassOfBodies(addressees) && OfficeHeads.isCircularAddressees(addressees)
        guard posts || isClassOfBodies(addressees) else { return nil }
        let from = NamePhrase.parse(senders)
        guard senders.isEmpty || !from.isEmpty else { return nil }
        if posts { return ExtractedMessage(from: from, to: OfficeHeads.circularEnd(addressees).mentions, via: vias) }
        return ExtractedMessage(from: from, to: [NameMention(text: addressees, kind: .office)], via: vias)
    }

    /// `[QUANTIFIER] [the] [QUALIFIERS] BODIES [of|in CAPITALISED …]`, eight words at most: qualifiers are capitalised
    /// words that name no office, person's title or institution.
    static func isClassOfBodies(_ phrase: String) -> Bool {
        let tokens = NamePhrase.tokenize(phrase)
        guard (1...8).contains(tokens.count),
              let noun = tokens.firstIndex(where: { bodyClassNouns.contains(NamePhrase.wordKey($0)) }) else { return false }
        let before = tokens[..<noun].filter { !quantifiers.contains(NamePhrase.wordKey($0)) && NamePhrase.wordKey($0) != "the" }
        guard before.allSatisfy({ token in
            let k = NamePhrase.wordKey(token)
            return token.first?.isUppercase == true && !OfficeHeads.isOfficeWord(k) && !Lexicon.honorifics.contains(k)
                && !Lexicon.institutionHeads.contains(k)
        }) else { return false }
        let after = tokens[(noun + 1)...]
        guard let opener = after.first else { return true }
        return ["of", "in"].contains(NamePhrase.wordKey(opener)) && after.dropFirst().allSatisfy { token in
            token.first?.isUppercase == true || ["of", "the", "and"].contains(NamePhrase.wordKey(token))
        }
    }
}
