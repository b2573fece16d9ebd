import Foundation
import CorrgraphExtract

/// A person's name split into given-name parts and surname, for deciding whether two forms can
/// denote one person (`N.V. Roshchin` and `Nikolai Roshchin`) and whether they conflict
/// (`Vasily Kuznetsov` and `Fyodor Kuznetsov`).
struct PersonName: Hashable {
    /// Folded given-name parts; an initial is a single letter.
    var given: [String]
    var surname: String
    var tokens: [String]

    init(_ text: String) {
        var parts: [String] = []
        for raw in text.split(separator: " ") {
            let token = String(raw)
            // "V.V." and "A.M." are several initials in one token.
            if token.hasSuffix("."), token.split(separator: ".").allSatisfy({ $0.count <= 2 }) {
                for p in token.split(separator: ".") where !p.isEmpty { parts.append(NameFolding.fold(String(p))) }
            } else {
                let folded = NameFolding.fold(token)
                parts += folded.split(separator: " ").map(String.init)
            }
        }
        tokens = parts
        surname = parts.last ?? ""
        given = parts.dropLast()
    }

    var isSingle: Bool { given.isEmpty }



    /// A spelling key that merges common transliterations of Russian names: `Semyonov`/`Semenov`,
    /// `Sokolovskii`/`Sokolovsky`, `Vasilii`/`Vasily`.
    static func transliterationKey(_ folded: String) -> String {
        var s = folded
        for (from, to) in [("yo", "e"), ("ye", "e"), ("iy", "y"), ("ii", "y"), ("yy", "y"), ("kh", "h")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        return s
    }
    var hasOnlyInitials: Bool { !given.isEmpty && given.allSatisfy { $0.count <= 2 } }
    var hasFullGivenName: Bool { given.contains { $0.count > 2 } }

    /// Whether two given-name lists can belong to one person: each position agrees in full or by
    /// initial, with common transliteration pairs of initials (I/J/Y/E: Iosif/Joseph, Yuri/Iurii).
    static func compatible(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) {
            if x == y { continue }
            let xi = x.count <= 2, yi = y.count <= 2
            if xi || yi {
                if initialsAgree(x, y) { continue }
                return false
            }
            // Two full given names: equal up to transliteration of the first letter and one edit.
            if x.first == y.first || initialsAgree(String(x.prefix(1)), String(y.prefix(1))) {
                if x.hasPrefix(y) || y.hasPrefix(x) || Similarity.osaDistance(x, y) <= 2 { continue }
            }
            return false
        }
        return true
    }

    static func initialsAgree(_ x: String, _ y: String) -> Bool {
        guard let a = x.first, let b = y.first else { return false }
        if a == b { return true }
        let equivalent: [Set<Character>] = [["i", "j", "y", "e"], ["a", "o"], ["f", "p"], ["v", "w"], ["k", "c"]]
        return equivalent.contains { $0.contains(a) && $0.contains(b) }
    }
}

