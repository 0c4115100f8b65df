import Testing
import TrustmapModel

@testable import TrustmapPolicy

@Suite("§6.1 matcher rows M-01…M-24")
struct MatcherTableTests {
  @Test(
    "M-01…M-05: action patterns",
    arguments: [
      ("M-01", "sts:Assume*", "sts:AssumeRoleWithSAML", true),
      ("M-02", "iam:*AccessKey*", "iam:ListAccessKeys", true),
      ("M-03", "IAM:listaccesskeys", "iam:ListAccessKeys", true),
      ("M-04", "s3:Get?bject", "s3:GetObject", true),
      ("M-05", "sts", "sts:AssumeRole", false),
    ])
  func actions(_ row: (String, String, String, Bool)) {
    #expect(actionMatches(row.1, row.2) == row.3, "\(row.0)")
  }

  @Test("M-05: a pattern without a colon is a lint error")
  func actionLint() {
    #expect(
      lintCodes(#"{"Effect":"Allow","Action":"sts","Resource":"*"}"#) == ["invalidActionPattern"])
  }

  @Test(
    "M-06…M-12: resource patterns",
    arguments: [
      ("M-06", "*", "arn:aws:iam::111111111111:role/anything", Truth.true),
      ("M-07", "arn:aws:iam::*:role/*", "arn:aws:iam::222222222222:role/app/R", .true),
      (
        "M-08", "arn:aws:iam::111111111111:role/app*", "arn:aws:iam::111111111111:role/app/x/R",
        .true
      ),
      ("M-09", "arn:aws:iam::1111*:role/R", "arn:aws:iam::111111111111:role/R", .true),
      ("M-10", "arn:aws:iam:*:role/R", "arn:aws:iam::111111111111:role/R", .false),
      ("M-11", "arn:aws:*:*:111111111111:*", "arn:aws:iam::111111111111:role/R", .false),
      ("M-12", "arn:aws:iam::111111111111:role/R", "arn:aws:iam::111111111111:role/r", .false),
    ])
  func resources(_ row: (String, String, String, Truth)) {
    #expect(resourceTruth(row.1, row.2) == row.3, "\(row.0)")
  }

  @Test("M-10/M-11: malformed resource patterns are lint errors")
  func resourceLint() {
    #expect(
      lintCodes(#"{"Effect":"Allow","Action":"*","Resource":"arn:aws:iam:*:role/R"}"#) == [
        "tooFewFields"
      ])
    #expect(
      lintCodes(#"{"Effect":"Allow","Action":"*","Resource":"arn:aws:*:*:111111111111:*"}"#) == [
        "wildcardInService"
      ])
  }

  @Test("M-13: ArnLike keeps * inside its field; StringLike does not")
  func arnVersusString() {
    let value: [String: ContextValue] = [
      "aws:SourceArn": .value(
        "arn:aws:svc:us-east-2:999999999999:store/abc:111111111111:finance/doc.txt")
    ]
    #expect(
      conditionTruth(
        #"{"ArnLike":{"aws:SourceArn":"arn:aws:svc:*:111111111111:finance/*"}}"#, value) == .false)
    #expect(
      conditionTruth(
        #"{"StringLike":{"aws:SourceArn":"arn:aws:svc:*:111111111111:finance/*"}}"#, value) == .true
    )
  }

  @Test("M-14/M-15: StringLike matches repo:Org/*; StringEquals is literal and linted")
  func likeVersusEquals() {
    let sub: [String: ContextValue] = [
      "token.actions.githubusercontent.com:sub": .value("repo:Org/app:ref:refs/heads/main")
    ]
    #expect(
      conditionTruth(
        #"{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:Org/*"}}"#, sub) == .true)
    #expect(
      conditionTruth(
        #"{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:Org/*"}}"#, sub)
        == .false)
    #expect(
      lintCodes(
        #"{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:Org/*"}}}"#
      ) == ["wildcardWithoutLike"])
  }

  @Test(
    "M-16/M-17: absent keys (CND-1, CND-3)",
    arguments: [
      ("ForAllValues:StringEquals", Truth.true), ("ForAnyValue:StringEquals", .false),
      ("StringEquals", .false), ("StringNotEquals", .true), ("StringEqualsIfExists", .true),
    ])
  func absentKey(_ row: (String, Truth)) {
    let key: [String: ContextValue] = ["aws:TagKeys2": .absent]
    #expect(conditionTruth(#"{"\#(row.0)":{"aws:TagKeys2":"a"}}"#, key) == row.1, "\(row.0)")
  }

  @Test("M-17: Null true / false on an absent key")
  func nullOperator() {
    let key: [String: ContextValue] = ["aws:SomeKey": .absent]
    #expect(conditionTruth(#"{"Null":{"aws:SomeKey":"true"}}"#, key) == .true)
    #expect(conditionTruth(#"{"Null":{"aws:SomeKey":"false"}}"#, key) == .false)
    #expect(
      conditionTruth(#"{"Null":{"aws:SomeKey":"true"}}"#, ["aws:SomeKey": .value("x")]) == .false)
  }

  @Test("M-18: a bare IP means /32")
  func bareIP() {
    #expect(
      conditionTruth(
        #"{"IpAddress":{"aws:SourceIp":"203.0.113.5"}}"#, ["aws:SourceIp": .value("203.0.113.5")])
        == .true)
    #expect(
      conditionTruth(
        #"{"IpAddress":{"aws:SourceIp":"203.0.113.5"}}"#, ["aws:SourceIp": .value("203.0.113.6")])
        == .false)
  }

  @Test("M-19: StringNotEquals [a, b] vs a is false (NOR, GRM-11)")
  func negatedMultiValue() {
    #expect(
      conditionTruth(
        #"{"StringNotEquals":{"aws:SomeKey":["a","b"]}}"#, ["aws:SomeKey": .value("a")]) == .false)
    #expect(
      conditionTruth(
        #"{"StringNotEquals":{"aws:SomeKey":["a","b"]}}"#, ["aws:SomeKey": .value("c")]) == .true)
  }

  @Test("M-20: ${*} is a literal asterisk (VAR-3)")
  func escapedStar() {
    #expect(
      conditionTruth(#"{"StringLike":{"aws:SomeKey":"a${*}b"}}"#, ["aws:SomeKey": .value("axb")])
        == .false)
    #expect(
      conditionTruth(#"{"StringLike":{"aws:SomeKey":"a${*}b"}}"#, ["aws:SomeKey": .value("a*b")])
        == .true)
  }

  @Test("M-21: default value for an untagged user (VAR-4)")
  func defaultValue() {
    var untagged = PrincipalFacts()
    untagged.tags = [:]
    let pattern = "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*"
    #expect(
      resourceTruth(pattern, "arn:aws:s3:::bucket/company-wide/x", principal: untagged) == .true)
    var tagged = PrincipalFacts()
    tagged.tags = ["team": "platform"]
    #expect(
      resourceTruth(pattern, "arn:aws:s3:::bucket/company-wide/x", principal: tagged) == .false)
    #expect(resourceTruth(pattern, "arn:aws:s3:::bucket/platform/x", principal: tagged) == .true)
  }

  @Test("M-22: without Version, ${aws:username} is literal (VAR-1)")
  func noVersionLiteral() {
    var alice = PrincipalFacts()
    alice.username = .value("alice")
    let pattern = "arn:aws:iam::111111111111:user/${aws:username}"
    #expect(
      resourceTruth(pattern, "arn:aws:iam::111111111111:user/alice", version: nil, principal: alice)
        == .false)
    #expect(
      resourceTruth(
        pattern, "arn:aws:iam::111111111111:user/${aws:username}", version: nil, principal: alice)
        == .true)
    #expect(
      resourceTruth(pattern, "arn:aws:iam::111111111111:user/alice", principal: alice) == .true)
  }

  @Test("M-23: MFA unknown → U (CND-8)")
  func mfaUnknown() {
    #expect(conditionTruth(#"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#) == .unknown)
  }

  @Test("M-24: PrincipalOrgID notIn({o-a1b2c3d4e5}) (CND-9)")
  func partialKnowledge() {
    var eve = PrincipalFacts()
    eve.orgID = .notIn(["o-a1b2c3d4e5"])
    #expect(
      conditionTruth(#"{"StringEquals":{"aws:PrincipalOrgID":"o-zzzzzzzzzz"}}"#, principal: eve)
        == .unknown)
    #expect(
      conditionTruth(#"{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}"#, principal: eve)
        == .false)
  }
}
