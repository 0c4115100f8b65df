import Testing
import TrustmapRender

@Suite("Escaping untrusted text for DOT and HTML-like labels")
struct DOTTextTests {
  @Test func quotesAndBackslashesStayInsideTheString() {
    let body = DOTText.plainLabel(["a\"]; evil [label=\"x\\"])
    #expect(body == "a\\\"]; evil [label=\\\"x\\\\")
  }

  @Test func ampersandBecomesAnEntity() {
    #expect(DOTText.plainLabel(["R&D &lt;"]) == "R&amp;D &amp;lt;")
  }

  @Test func tooltipsDoubleTheBackslashEscape() {
    #expect(DOTText.tooltip("a\\N") == "a\\\\\\\\N")
  }

  @Test func htmlEscapesMarkup() {
    #expect(
      DOTText.html("<script>&\"'\\") == "&lt;script&gt;&amp;&quot;&#39;&#92;&#92;")
  }

  @Test(arguments: ["a\nb", "a\rb", "a\tb", "a\u{2028}b"])
  func lineBreaksBecomeSpaces(text: String) {
    #expect(DOTText.sanitized(text) == "a b")
  }

  @Test(arguments: ["\u{0}", "\u{1B}", "\u{7F}", "\u{202E}", "\u{2066}", "\u{FFFE}"])
  func controlsBecomeReplacementCharacters(control: String) {
    #expect(DOTText.sanitized("x" + control + "y") == "x\u{FFFD}y")
  }

  @Test func longLinesAreTruncatedWithAnEllipsis() {
    let long = String(repeating: "role-", count: 40)
    let line = DOTText.visibleLine(long)
    #expect(line.count == DOTText.maximumLineLength)
    #expect(line.hasSuffix("…"))
  }

  @Test func nonASCIIIsKept() {
    #expect(DOTText.html("Zoë 東京") == "Zoë 東京")
  }
}
