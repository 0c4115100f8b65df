import Testing
import TrustmapModel

/// Where a statement sits in an export: the path and line/column SARIF regions point at.
@Suite("JSON locator")
struct JSONLocatorTests {
  static let export = """
    {
        "RoleDetailList": [
            {
                "Arn": "arn:aws:iam::111111111111:role/a",
                "AssumeRolePolicyDocument": "%7B%22Statement%22%3A%5B%5D%7D"
            },
            {
                "Path": "/x\\"y/",
                "Arn": "arn:aws:iam::111111111111:role/b",
                "AssumeRolePolicyDocument": {
                    "Statement": [
                        {"Effect": "Deny"},
                        {"Sid": "Second", "Effect": "Allow"}
                    ]
                }
            }
        ],
        "Policies": [{"Document": {"Statement": {"Effect": "Allow"}}}]
    }
    """

  func locate(_ steps: [JSONLocator.Step]) -> JSONLocator.Location? {
    JSONLocator.locate(steps, in: Array(Self.export.utf8))
  }

  @Test("the element whose Arn matches, then its statement by index")
  func statement() throws {
    let found = try #require(
      locate([
        .key("RoleDetailList"), .element(key: "Arn", value: "arn:aws:iam::111111111111:role/b"),
        .key("AssumeRolePolicyDocument"), .key("Statement"), .index(1),
      ]))
    #expect(found.path.description == "$.RoleDetailList[1].AssumeRolePolicyDocument.Statement[1]")
    #expect(found.line == 13)
    #expect(found.column == 21)
  }

  @Test("an encoded document stops the search at its string")
  func encoded() throws {
    let found = try #require(
      locate([
        .key("RoleDetailList"), .element(key: "Arn", value: "arn:aws:iam::111111111111:role/a"),
        .key("AssumeRolePolicyDocument"), .key("Statement"), .index(0),
      ]))
    #expect(found.path.description == "$.RoleDetailList[0].AssumeRolePolicyDocument")
    #expect(found.line == 5)
  }

  @Test("a lone statement object is statement 0")
  func loneStatement() throws {
    let found = try #require(
      locate([.key("Policies"), .index(0), .key("Document"), .key("Statement"), .index(0)]))
    #expect(found.path.description == "$.Policies[0].Document.Statement")
  }

  @Test("negative twin: a missing element or index finds nothing")
  func missing() {
    #expect(
      locate([.key("RoleDetailList"), .element(key: "Arn", value: "arn:aws:iam::1:role/zz")])
        == nil)
    #expect(
      locate([
        .key("RoleDetailList"), .element(key: "Arn", value: "arn:aws:iam::111111111111:role/b"),
        .key("AssumeRolePolicyDocument"), .key("Statement"), .index(5),
      ]) == nil)
    #expect(locate([.key("UserDetailList")]) == nil)
  }
}
