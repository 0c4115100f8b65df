import Testing

@testable import TrustmapModel

/// MAT-5 fields, the derived resource type and name, and equality by text.
@Suite("ARN")
struct ARNTests {
  @Test(
    "resource type and name",
    arguments: [
      ("arn:aws:iam::111111111111:role/path/to/deploy", "role", "deploy"),
      ("arn:aws:iam::111111111111:root", "root", "root"),
      ("arn:aws:iam::111111111111:user/ana", "user", "ana"),
      ("arn:aws:s3:::bucket/key/part", "bucket", "part"),
      ("arn:aws:sns:us-east-1:111111111111:topic:sub", "topic", "topic:sub"),
      ("arn:aws:iam::111111111111:role/ünï/cödé", "role", "cödé"),
    ])
  func typeAndName(_ text: String, _ type: String, _ name: String) throws {
    let arn = try #require(ARN(text))
    #expect(arn.resourceType == type)
    #expect(arn.resourceName == name)
  }

  @Test("fields are parsed and equal texts are equal ARNs")
  func fieldsAndEquality() throws {
    let arn = try #require(ARN("arn:aws-cn:iam::111111111111:role/a:b"))
    #expect(arn.partition == "aws-cn" && arn.service == "iam" && arn.region.isEmpty)
    #expect(arn.account == "111111111111" && arn.resource == "role/a:b")
    let again = try #require(ARN("arn:aws-cn:iam::111111111111:role/a:b"))
    #expect(arn == again && arn.hashValue == again.hashValue)
    #expect(arn != ARN("arn:aws-cn:iam::111111111111:role/a:c"))
    #expect(ARN("not:an:arn") == nil)
  }

  @Test(
    "byte split of ASCII text gives the Character split's fields",
    arguments: [
      "arn:aws:iam::111111111111:role/a:b:c", "arn:aws:iam::111111111111:", "arn:aws:iam::1",
      "arn:::::", "arn:aws:s3:::bucket", "arn:a:b:c:d:e:f:g", ":::", "",
    ])
  func asciiSplit(_ text: String) {
    let characters = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    #expect(ARN.asciiSplit(text) == characters)
  }

  @Test("non-ASCII text keeps the Character split (a combining mark joins a colon)")
  func nonASCIIFields() throws {
    #expect(ARN.fields("arn:aws:iam::111111111111:role/c\u{F6}d:e")?[5] == "role/c\u{F6}d:e")
    // ":" followed by U+0301 is one Character, not a separator.
    #expect(ARN.fields("arn:aws:iam::\u{301}111111111111:role/x") == nil)
  }
}
