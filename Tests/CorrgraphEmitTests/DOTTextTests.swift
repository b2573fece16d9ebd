@testable import CorrgraphEmit
import Testing

@Suite struct DOTTextTests {
    @Test(arguments: [
        ("Mao Zedong", #""Mao Zedong""#),
        (#"He said "hi""#, #""He said \"hi\"""#),
        (#"C:\new"#, #""C:\\new""#),
        (#"end\"#, #""end\\""#),
        ("two\nlines", #""two\nlines""#),
        ("crlf\r\nend", #""crlf\nend""#),
        ("old mac\rline", #""old mac\nline""#),
        (#"\N\G"#, #""\\N\\G""#),
        ("bell\u{7}", "\"bell\u{FFFD}\""),
        ("<B>x</B>", #""<B>x</B>""#),
        ("", #""""#),
    ])
    func quoted(input: String, expected: String) {
        #expect(DOTText.quoted(input) == expected)
    }

    @Test(arguments: [
        ("Marx & Engels", "Marx &amp; Engels"),
        ("</TD></TR></TABLE>>", "&lt;/TD&gt;&lt;/TR&gt;&lt;/TABLE&gt;&gt;"),
        (#"say "no""#, "say &quot;no&quot;"),
        ("O'Brien", "O&#39;Brien"),
        ("a\nb", "a<BR/>b"),
        ("a\r\nb", "a<BR/>b"),
        ("&amp;", "&amp;amp;"),
        ("nul\u{0}", "nul\u{FFFD}"),
        ("Чжоу Эньлай", "Чжоу Эньлай"),
    ])
    func html(input: String, expected: String) {
        #expect(DOTText.html(input) == expected)
    }

    @Test func numberText() {
        #expect(NumberText.grouped(0) == "0")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(1_000) == "1,000")
        #expect(NumberText.grouped(1_234_567) == "1,234,567")
        #expect(NumberText.fixed(0.08333, 3) == "0.083")
        #expect(NumberText.fixed(17.54, 1) == "17.5")
        #expect(NumberText.fixed(2.05, 0) == "2")
        #expect(NumberText.fixed(0.0004, 4) == "0.0004")
        #expect(NumberText.score(12) == "12")
        #expect(NumberText.score(0.25) == "0.250")
        #expect(NumberText.score(0.00123) == "0.0012")
    }
}
