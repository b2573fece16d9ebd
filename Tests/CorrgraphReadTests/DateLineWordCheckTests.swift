import Foundation
import Testing
@testable import CorrgraphRead

/// `DateLine.wordsMayFormDateLine` is a pre-check before the grammar: it may only rule out lines the
/// grammar cannot read. Checked against `parseLine` on documented and generated date lines, and on every
/// line of the corpora that are present.
struct DateLineWordCheckTests {
    /// The forms of docs/dates.md and their variants: places, times of day, brackets, hedges, cases.
    static let documentedForms = [
        "May 7, 1968", "7 May 1968", "March 1950", "August, 1962", "1955", "1949-1950", "March 3-5, 1969",
        "17.3.1959", "1 VI 1950", "[1958]", "[30 or 31 August 1831]", "3/14/1950", "1949-03-14/1949-03-20",
        "1940s", "Saigon, August 24, 1963, 4 p.m.", "Washington, April 7, 1972, 1707Z.", "Sent on 12 March 1890",
        "spring 1956", "early 1956", "mid-March 1956", "late March 1956", "the first half of 1956", "Undated",
        "n.d.", "no date", "date unknown", "date not known", "circa 1959", "on or about Sunday, 9 September 1888",
        "between 1949 and 1950", "1945 Feb 10", "14. Juni 1870", "12 décembre 1866", "[Berlin,] 28 November 1915",
        "[Bern, 18 or 25 May 1905]", "Head Quarters, New York, July 9th 1776", "Paris Dec. 20. 1787",
        "Braintree March 31 1776", "Ministry of Defence, March 3, 1950", "Bank of, 4 May 1950",
        "Hankou, 5 June 1938, noon", "Seoul, May 2, 1951, 1430 hours", "Kabul, 3 May 1961, 4:35-11:20 p.m.",
        "Tunis, 3 May 1961, 4 to 5 pm", "Tunis, 3 May 1961, [4 in the afternoon pm]", "Dated 3d May 1781",
        "Received on 22d June 1790", "approx. 1962", "ca. 1950", "the end of 1951", "middle of May 1953",
        "WINTER 1950", "Late 1962", "fall 1955", "autumn 1955", "1 XII 1950", "Tues, 3 June 1952", "[1958?]",
        "(1958)", "Sept. 1960", "Mai 1870", "3 März 1871", "5 août 1866",
    ]

    static func variants(_ line: String) -> [String] {
        [line, line.uppercased(), line.lowercased(), "[\(line)]", "Quetzaltenango, \(line)", "\(line).",
         "Sent \(line)", "\(line), 9 a.m.", "\(line), 10 to 11 am", "Den Haag, \(line), 11 hours"]
    }

    /// Lines the check rules out but the grammar reads: none.
    static func wronglyRuledOut(_ lines: [String]) -> [String] {
        lines.filter { DateLine.mayBeDateLine($0) && !DateLine.wordsMayFormDateLine($0) && DateLine.parseLine($0) != nil }
    }

    @Test func documentedAndGeneratedDateLinesPass() {
        let lines = Self.documentedForms.flatMap(Self.variants)
        #expect(Self.wronglyRuledOut(lines) == [])
        // Each of them is read (so the test above tests something).
        for form in Self.documentedForms { #expect(DateLine.parse(form) != nil, "\(form)") }
    }

    @Test func titlesWithNumbersAreRuledOut() {
        for title in ["Ciphered Telegram No. 2995, Ahmad Karimi to Park Jiwoo",
                      "Telegram 1234 from the Embassy in Bonn", "Report on the 1956 harvest"] {
            #expect(!DateLine.wordsMayFormDateLine(title), "\(title)")
            #expect(DateLine.parse(title) == nil)
        }
    }

    /// Every line of the corpora present on this machine (skipped where absent).
    @Test func corpusLinesAreNeverWronglyRuledOut() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for base in [root.appendingPathComponent("Benchmarks/.corpora"), URL(fileURLWithPath: "/work/main/Benchmarks/.corpora")] {
            for name in ["listing-50k.txt", "listing-200k.txt"] {
                let url = base.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: url.path) { files.append(url) }
            }
            if !files.isEmpty { break }
        }
        let pages = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/wilson/dev/pages")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: pages.path) {
            files += names.sorted().map { pages.appendingPathComponent($0) }
        }
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true).flatMap { raw -> [String] in
                let line = String(raw)
                // As the listing reader hands them over: trimmed, and without a leading number.
                let trimmed = line.trimmingSpaces()
                let unnumbered = String(trimmed.drop { $0.isNumber }.drop { $0 == "." || $0 == ")" || $0 == " " })
                return [line, trimmed, unnumbered]
            }
            #expect(Self.wronglyRuledOut(lines) == [], "\(file.lastPathComponent)")
        }
    }
}

/// The byte path of `withoutBracketsAndRepeatedSpaces` agrees with the character path it stands for.
struct DateLineBracketCollapseTests {
    @Test func bytePathMatchesCharacterPath() {
        let samples = ["[1958]", "  [30 or 31 august 1831]  ", "1958?", "(ca. 1950)", "may  7,   1968", "", "   ", "[?]",
                       "a\r\nb", "x\t[y]", "[berlin,] 28 november 1915", "12 décembre 1866", "?1950?"]
        for raw in samples {
            let expected = String(raw.map { "[]()?".contains($0) ? " " : $0 }).split(separator: " ").joined(separator: " ")
            #expect(DateLine.withoutBracketsAndRepeatedSpaces(raw) == expected, "\(raw)")
        }
    }
}
