/// A fragment of HTML markup. Text from the corpus enters only through `HTML.text(_:)`, which
/// escapes it, so every place that builds the report either holds escaped text or markup the
/// report wrote itself; a name can never open a tag or end an attribute.
///
/// ```swift
/// let cell: HTML = .text("Marx & <Engels>")      // Marx &amp; &lt;Engels&gt;
/// HTML.element("td", .text("O'Brien")).markup     // <td>O&#39;Brien</td>
/// ```
struct HTML: Sendable, Equatable {
    /// The markup, ready to concatenate into the page.
    var markup: String

    /// Markup the report itself writes (tags, entities, numbers). Never pass corpus text here.
    init(markup: String) { self.markup = markup }

    static let empty = HTML(markup: "")

    /// Corpus or user text, escaped for element content and for quoted attribute values alike.
    static func text(_ s: String) -> HTML { HTML(markup: HTMLText.escape(s)) }

    /// `<name attributes>content</name>`; attribute values are escaped.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: HTML = .empty) -> HTML {
        HTML(markup: "<\(name)\(attributeText(attributes))>\(content.markup)</\(name)>")
    }

    static func element(_ name: String, _ content: HTML) -> HTML { element(name, [], content) }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(HTMLText.escape($0.1))\"" }.joined()
    }

    static func + (a: HTML, b: HTML) -> HTML { HTML(markup: a.markup + b.markup) }

    static func += (a: inout HTML, b: HTML) { a.markup += b.markup }

    /// The fragments one after another, with `separator` (markup) between them.
    static func join(_ parts: [HTML], separator: String = "") -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator))
    }
}

/// Escaping of text for HTML.
public enum HTMLText {
    /// `text` safe in element content and in double- or single-quoted attribute values: `&`, `<`,
    /// `>`, `"` and `'` become entities; control characters other than tab and line breaks, which
    /// HTML forbids, become U+FFFD (`MarkupEscaper.html`, shared with the XML exports).
    ///
    /// ```swift
    /// HTMLText.escape(#"<script>alert("x")</script>"#)
    /// // &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;
    /// HTMLText.escape("Marx & Engels")   // Marx &amp; Engels
    /// ```
    public static func escape(_ text: String) -> String { MarkupEscaper.html.escape(text) }
}
