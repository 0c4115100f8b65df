import Testing
import TrustmapModel

@testable import TrustmapImport

@Suite("FMT-11 policy document decoding")
struct PolicyDocumentDecodingTests {
  func decode(_ value: JSONValue) throws(ImportError) -> PolicyDocument {
    try PolicyDocumentDecoder.decode(Node(value: value, path: .root, file: "test.json"))
  }

  @Test(
    "percent-decoding keeps '+' and decodes %XX, including UTF-8",
    arguments: [
      ("a+b", "a+b"), ("a%2Bb", "a+b"), ("%7B%7D", "{}"), ("caf%C3%A9", "café"), ("100%25", "100%"),
    ])
  func percent(_ input: String, _ expected: String) {
    #expect(PolicyDocumentDecoder.percentDecoded(input) == expected)
  }

  @Test("malformed escapes and invalid UTF-8 are rejected", arguments: ["%", "%4", "%zz", "%FF"])
  func malformed(_ input: String) {
    #expect(PolicyDocumentDecoder.percentDecoded(input) == nil)
  }

  @Test("object, JSON text and URL-encoded text decode to the same document")
  func threeForms() throws {
    let object = try JSONParser.parse(#"{"Version":"2012-10-17","Statement":[]}"#)
    let fromText = try decode(.string(object.compactText))
    let fromEncoded = try decode(
      .string("%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D"))
    #expect(try decode(object) == fromText)
    #expect(fromText == fromEncoded)
  }

  @Test("a number, or text that is JSON but not an object, is unparseable")
  func rejects() {
    #expect(throws: ImportError.self) { try decode(.number("1")) }
    #expect(throws: ImportError.self) { try decode(.string("[1]")) }
    #expect(throws: ImportError.self) { try decode(.string("%5B1%5D")) }
  }
}
