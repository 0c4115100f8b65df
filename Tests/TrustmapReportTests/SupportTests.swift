import Testing

@testable import TrustmapReport

@Suite("SHA-256, base64, SVG sanitiser")
struct SupportTests {
  /// NIST FIPS 180-4 example vectors (and the empty message).
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func sha256(message: String, digest: String) {
    #expect(SHA256.hex(Array(message.utf8)) == digest)
  }

  @Test func sha256OfAMillionAs() {
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy"),
  ])
  func base64(input: String, output: String) {
    #expect(Base64.encode(Array(input.utf8)) == output)
  }

  @Test func sanitizerKeepsGraphvizDrawing() {
    let clean = SVGSanitizer.sanitize(Northwind.diagram)
    #expect(clean.hasPrefix("<svg width=\"420pt\""))
    #expect(clean.contains("<title>ci&#45;pipeline</title>"))
    #expect(
      clean.contains(
        "<polygon fill=\"none\" stroke=\"black\" points=\"0,40 80,40 80,10 0,10 0,40\"/>"))
    #expect(!clean.contains("<?xml") && !clean.contains("<!--"))
  }

  @Test(arguments: [
    #"<svg><script>alert(1)</script></svg>"#,
    #"<svg><SCRIPT>alert(1)</SCRIPT></svg>"#,
    #"<svg onload="alert(1)"></svg>"#,
    #"<svg><a href="javascript:alert(1)">x</a></svg>"#,
    #"<svg><a xlink:href=" jAvAscript:alert(1)">x</a></svg>"#,
    #"<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>"#,
    #"<svg><rect fill="url(http://evil/x)"/></svg>"#,
    #"<svg><style>@import url(http://evil)</style></svg>"#,
    #"<svg><image href="http://evil/x.png"/></svg>"#,
    #"<svg><text>&lt;script&gt;</text><![CDATA[<script>alert(1)</script>]]></svg>"#,
    #"<svg><set attributeName="onload" to="alert(1)"/><animate attributeName="href" to="javascript:alert(1)"/></svg>"#,
  ])
  func sanitizerRemovesActiveContent(svg: String) {
    let clean = SVGSanitizer.sanitize(svg).lowercased()
    for bad in [
      "<script", "onload", "javascript:", "<foreignobject", "<iframe", "http:", "<style", "<image",
      "<set", "<animate",
    ] {
      #expect(!clean.contains(bad), "\(bad) survived in \(clean)")
    }
  }

  @Test func sanitizerKeepsFragmentLinksAndEscapesText() {
    #expect(
      SVGSanitizer.sanitize(##"<a href="#n1">a & b < c</a>"##)
        == ##"<a href="#n1">a &amp; b &lt; c</a>"##)
  }
}
