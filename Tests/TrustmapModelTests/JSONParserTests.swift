import Testing
import TrustmapModel

@Suite("JSON parser")
struct JSONParserTests {
  @Test func keepsKeyOrderAndNumberText() throws {
    let value = try JSONParser.parse(#"{"b": 1.50, "a": [true, null, "x"], "c": 123456789012}"#)
    let object = try #require(value.objectValue)
    #expect(object.keys == ["b", "a", "c"])
    #expect(object["b"] == .number("1.50"))
    #expect(object["c"] == .number("123456789012"))
    #expect(object["a"] == .array([.bool(true), .null, .string("x")]))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONParser.parse(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "plain"]"#)
    #expect(value == .array([.string("a\"b\\c/d\n"), .string("é😀"), .string("plain")]))
  }

  @Test("P-12: trailing comma is an error with line and column")
  func trailingComma() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\n  \"a\": 1,\n}") }
    do {
      _ = try JSONParser.parse("{\n  \"a\": 1,\n}")
    } catch {
      #expect(error.line == 3)
      #expect(error.column == 1)
      #expect(error.message.contains("trailing comma"))
    }
  }

  @Test("GRM-6: a repeated key is an error, at the second occurrence")
  func duplicateKey() {
    do {
      _ = try JSONParser.parse(#"{"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}"#)
      Issue.record("expected a duplicate-key error")
    } catch {
      #expect(error.message == #"duplicate key "Effect" in one object"#)
      #expect(error.path.description == "$.Statement[0]")
    }
  }

  @Test func duplicateKeyInLargeObject() {
    let keys = (0..<20).map { "\"k\($0)\": \($0)" } + ["\"k3\": 0"]
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse("{" + keys.joined(separator: ",") + "}")
    }
  }

  @Test(arguments: [
    ("", "the file is empty"),
    ("{\"a\": ", "unexpected end of file"),
    ("[1 2]", "expected ',' or ']'"),
    ("{\"a\": tru}", "expected a value"),
    ("01", "leading zeros"),
    ("\"tab\there\"", "control character"),
    ("{} x", "after the JSON value"),
    ("{'a': 1}", "expected a quoted key"),
  ])
  func rejectsMalformedInput(text: String, expected: String) {
    do {
      _ = try JSONParser.parse(text)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.message.contains(expected), "\(error.message)")
    }
  }

  @Test func errorPathPointsIntoTheDocument() {
    do {
      _ = try JSONParser.parse(#"{"RoleDetailList": [{"RoleName": "a"}, {"RoleName": x}]}"#)
      Issue.record("expected an error")
    } catch {
      #expect(error.path.description == "$.RoleDetailList[1].RoleName")
    }
  }

  @Test func writerRoundTripsAndEscapesForHTML() throws {
    let text = #"{"a":["</script>",1.0,{"b":null}],"c":"x&y"}"#
    let value = try JSONParser.parse(text)
    #expect(value.compactText == #"{"a":["\u003c/script\u003e",1.0,{"b":null}],"c":"x\u0026y"}"#)
    #expect(try JSONParser.parse(value.compactText) == value)
    #expect(try JSONParser.parse(value.prettyText) == value)
  }
}
