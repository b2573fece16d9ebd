import CorrgraphExtract
@testable import CorrgraphResolve
import Testing

/// Whether two surnames are one edit apart (a letter replaced, dropped or added, or two neighbours swapped),
/// as the spelling rules ask it of every pair of similar surnames: decided in one pass, with the answer of
/// the distance table.
@Suite struct OneEditApartTests {
    @Test(arguments: [
        ("roschin", "roshchin", true), ("xioaping", "xiaoping", true), ("nanming", "nanping", true),
        ("shtytkov", "shtykov", true), ("kowalski", "kowalski", false), ("dondogiin", "dondongiin", true),
        ("ab", "ba", true), ("abc", "cab", false), ("müller", "muller", true), ("jeleń", "jelen", true),
        ("ibrahim", "ibrahym", true), ("park", "pak", true), ("kim", "kimm", true), ("li", "lu", true),
        ("", "a", true), ("", "", false), ("abcd", "badc", false), ("okonkwo", "okonkow", true),
    ])
    func decidesOneEdit(x: String, y: String, expected: Bool) {
        #expect(PersonName.isOneEditApart(x, y) == expected)
        #expect(PersonName.isOneEditApart(y, x) == expected)
    }

    /// Surnames of several naming cultures and every edit of one or two letters: the same answer as
    /// `Similarity.osaDistance(x, y) == 1`.
    @Test func agreesWithTheDistanceTable() {
        let names = ["petrenko", "nguyen", "okafor", "zhang", "al-rashid", "gonzález", "søren", "kim"]
        var words = names
        for name in names {
            let chars = Array(name)
            for k in chars.indices {
                var dropped = chars; dropped.remove(at: k); words.append(String(dropped))
                var replaced = chars; replaced[k] = "x"; words.append(String(replaced))
                var added = chars; added.insert("e", at: k); words.append(String(added))
                if k + 1 < chars.count {
                    var swapped = chars; swapped.swapAt(k, k + 1); words.append(String(swapped))
                    var both = swapped; both[k] = "y"; words.append(String(both))
                }
            }
        }
        for x in words {
            for y in words {
                #expect(PersonName.isOneEditApart(x, y) == (Similarity.osaDistance(x, y) == 1), "\(x) ~ \(y)")
            }
        }
    }
}
