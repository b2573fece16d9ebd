/// **Convention: a capitalised function word inside a name is a syllable of the name.** A catalogue that
/// prints its function words in lower case (`Letter from A to B`, `meets with A and B`) prints a name's
/// syllables capitalised, and some syllables are spelt like short function words: `To Huu`, `Do Muoi`,
/// `On Kyong`, `Pak In Su`, `Kim On Chol`. Such a word (`Lexicon.nameSyllableFunctionWords`), printed
/// capitalised in a text that prints some function word in lower case, belongs to the name
///   - between two name words (`Kim On Chol`, `Kim On Chol's`),
///   - after a name word, when what follows is lower case, punctuation or the end (`Pak On discusses`,
///     `Pak On, Li Wei and …`), or
///   - after a lower-case function word and before a name word (`from To Huu`, `and Do Muoi`).
/// The grammar's searches for function words then pass over it: the spaces around it are replaced by
/// `joiner` before the title and summary are read, and restored in every name read from them.
/// A title printed in capitals is given lower-case function words by `Truecasing` first, so there
/// (`KIM ON CHOL`) the word is read as a function word: the catalogue's capitals no longer tell.
///
/// - Complexity: O(n) in the text's length.
enum NameBinding {
    /// Stands for a space inside a name while the grammar reads it: no letter, no space, no punctuation
    /// any rule looks for (a private-use character; `NameFolding` reads it as a space).
    static let joiner: Character = "\u{E000}"
    static let joinerString = String(joiner)

    static func bind(_ text: String) -> String {
        guard mayHoldCapitalisedFunctionWord(text) else { return text }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        guard tokens.contains(where: isCapitalisedFunctionWord),
              tokens.contains(where: { Lexicon.lowercaseWords.contains(String($0)) }) else { return text }
        // joinBefore[i]: the space before token i becomes the joiner.
        var joinBefore = [Bool](repeating: false, count: tokens.count)
        for i in tokens.indices where isCapitalisedFunctionWord(tokens[i]) {
            let word = tokens[i]
            let previous = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let afterName = previous.map { isBareNameWord($0) } ?? false
            let beforeName = next.map { isNameWord($0) } ?? false
            if afterName, beforeName, isBare(word) {
                joinBefore[i] = true
                joinBefore[i + 1] = true
            } else if afterName, next.map({ $0.first?.isLowercase ?? true }) ?? true || !isBare(word) {
                joinBefore[i] = true
            } else if beforeName, isBare(word), let previous, Lexicon.lowercaseWords.contains(String(previous)) {
                joinBefore[i + 1] = true
            }
        }
        guard joinBefore.contains(true) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for (i, token) in tokens.enumerated() {
            if i > 0 { out.append(joinBefore[i] ? joiner : " ") }
            out += token
        }
        return out
    }

    /// A scan of the bytes: whether some word after a space is a capital and one or two lower-case ASCII letters
    /// that spell a function word of the class. Most texts have none and are returned as they are.
    /// The ASCII words of `Lexicon.nameSyllableFunctionWords` (two or three bytes), each packed big-endian into
    /// an integer, as `mayHoldCapitalisedFunctionWord` packs a candidate.
    static let packedFunctionWords: Set<UInt32> = Set(Lexicon.nameSyllableFunctionWords.compactMap { word in
        guard (2...3).contains(word.utf8.count), word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    })

    static func mayHoldCapitalisedFunctionWord(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            func isLetter(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) || b >= 0x80 }
            var i = 0
            while i + 2 < bytes.count {
                defer { i += 1 }
                guard bytes[i] == 0x20, (65...90).contains(bytes[i + 1]) else { continue }
                var end = i + 2
                while end < bytes.count, end < i + 4, (97...122).contains(bytes[end]) { end += 1 }
                guard end > i + 2, end == bytes.count || !isLetter(bytes[end]) else { continue }
                // The lower-cased word's two or three bytes packed into an integer: no array or string is made.
                var packed = UInt32(bytes[i + 1] + 32)
                for k in (i + 2)..<end { packed = packed << 8 | UInt32(bytes[k]) }
                if packedFunctionWords.contains(packed) { return true }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// The record with every name as printed: the joiner back to a space.
    static func restoring(_ record: ExtractedRecord) -> ExtractedRecord {
        guard record.hasBoundName else { return record }
        var r = record
        r.messages = r.messages.map { m in
            var m = m
            m.from = m.from.map(restoring); m.to = m.to.map(restoring); m.via = m.via.map(restoring)
            return m
        }
        r.conversations = r.conversations.map { c in
            var c = c
            c.participants = c.participants.map(restoring)
            return c
        }
        r.statedAliases = r.statedAliases.map { StatedAlias(name: restoring($0.name), alias: restoring($0.alias), evidence: $0.evidence) }
        r.problems = r.problems.map(restoring)
        return r
    }

    static func restoring(_ mention: NameMention) -> NameMention {
        var m = mention
        m.text = restoring(m.text)
        m.bracketed = m.bracketed.map(restoring)
        m.office = m.office.map(restoring)
        return m
    }

    static func restoring(_ text: String) -> String {
        text.contains(joiner) ? text.replacingOccurrences(of: joinerString, with: " ") : text
    }

    /// `On`, `To`, `In`: a short function word with its first letter capitalised and the rest in lower case,
    /// perhaps with a possessive or punctuation after it.
    static func isCapitalisedFunctionWord(_ token: Substring) -> Bool {
        let word = stripped(token)
        guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else { return false }
        return Lexicon.nameSyllableFunctionWords.contains(word.lowercased())
    }

    /// A name word as the name grammar sees it (`NamePhrase.isNameToken`), a possessive allowed after it.
    /// Editorial brackets around it are no part of it (`[Kim On Chol's]`).
    static func isNameWord(_ token: Substring) -> Bool {
        var t = String(token.drop { $0 == "[" || $0 == "(" || $0 == "\"" })
        while let last = t.last, last == "]" || last == ")" || last == "\"" { t.removeLast() }
        for suffix in ["'s", "’s", ",", ".", ";", ":"] where t.hasSuffix(suffix) && !NamePhrase.isInitials(t) {
            t.removeLast(suffix.count)
            break
        }
        return !t.isEmpty && !isCapitalisedFunctionWord(Substring(t)) && NamePhrase.isNameToken(t, next: nil)
            && t.first?.isUppercase == true
    }

    /// A name word with nothing after it that ends the phrase (no comma, no possessive).
    static func isBareNameWord(_ token: Substring) -> Bool {
        (isBare(token) || NamePhrase.isInitials(String(token))) && isNameWord(token)
    }

    static func isBare(_ token: Substring) -> Bool {
        token.last.map { $0.isLetter } ?? false
    }

    static func stripped(_ token: Substring) -> Substring {
        var t = token
        for suffix in ["'s", "’s"] where t.hasSuffix(suffix) { t = t.dropLast(2) }
        while let last = t.last, [",", ".", ";", ":", ")"].contains(last) { t = t.dropLast() }
        return t
    }
}

extension ExtractedRecord {
    /// Whether some text of the record may hold the joiner: a test over bytes (U+E000 is EE 80 80 in UTF-8,
    /// so a text holding it holds the byte EE), which `NameBinding.restoring` then makes exact text by text.
    var hasBoundName: Bool {
        func mayHold(_ text: String) -> Bool { ByteSearch.holds(0xEE, in: text) }
        func mayHold(_ m: NameMention) -> Bool { mayHold(m.text) || m.bracketed.map(mayHold) == true || m.office.map(mayHold) == true }
        return messages.contains { m in m.from.contains(where: mayHold) || m.to.contains(where: mayHold) || m.via.contains(where: mayHold) }
            || conversations.contains { $0.participants.contains(where: mayHold) }
            || statedAliases.contains { mayHold($0.name) || mayHold($0.alias) }
            || problems.contains(where: mayHold)
    }
}

extension NameMention {
    var isBound: Bool {
        text.contains(NameBinding.joiner) || bracketed?.contains(NameBinding.joiner) == true || office?.contains(NameBinding.joiner) == true
    }
}
