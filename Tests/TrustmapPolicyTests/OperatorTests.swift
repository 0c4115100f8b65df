import Testing
import TrustmapModel

@testable import TrustmapPolicy

@Suite("§4.1 every condition operator")
struct OperatorTests {
  typealias Row = (String, String, Truth)

  @Test(
    "String family",
    arguments: [
      ("StringEquals", "Abc", Truth.false), ("StringEquals", "abc", .true),
      ("StringNotEquals", "abc", .false), ("StringEqualsIgnoreCase", "ABC", .true),
      ("StringNotEqualsIgnoreCase", "ABC", .false), ("StringLike", "a?c", .true),
      ("StringLike", "a*", .true), ("StringNotLike", "b*", .true), ("StringLike", "A*", .false),
    ] as [Row])
  func strings(_ row: Row) {
    #expect(
      conditionTruth(#"{"\#(row.0)":{"aws:K":"\#(row.1)"}}"#, ["aws:K": .value("abc")]) == row.2,
      "\(row)")
  }

  @Test(
    "Numeric family (value 10)",
    arguments: [
      ("NumericEquals", "10", Truth.true), ("NumericEquals", "10.0", .true),
      ("NumericNotEquals", "10", .false),
      ("NumericLessThan", "11", .true), ("NumericLessThan", "10", .false),
      ("NumericLessThanEquals", "10", .true),
      ("NumericGreaterThan", "9.5", .true), ("NumericGreaterThanEquals", "11", .false),
      ("NumericEquals", "ten", .false),
    ] as [Row])
  func numbers(_ row: Row) {
    #expect(
      conditionTruth(#"{"\#(row.0)":{"aws:K":"\#(row.1)"}}"#, ["aws:K": .value("10")]) == row.2,
      "\(row)")
  }

  @Test(
    "Date family against aws:CurrentTime = 2025-01-15T00:00:00Z",
    arguments: [
      ("DateEquals", "2025-01-15T00:00:00Z", Truth.true),
      ("DateNotEquals", "2025-01-15T00:00:00Z", .false),
      ("DateLessThan", "2025-01-16", .true),
      ("DateLessThanEquals", "2025-01-15T01:00:00+01:00", .true),
      ("DateGreaterThan", "2024-12-31T23:59:59Z", .true),
      ("DateGreaterThanEquals", "1736899201", .false),
      ("DateEquals", "1736899200", .true),
    ] as [Row])
  func dates(_ row: Row) {
    #expect(conditionTruth(#"{"\#(row.0)":{"aws:CurrentTime":"\#(row.1)"}}"#) == row.2, "\(row)")
  }

  @Test(
    "Bool, BinaryEquals, IpAddress, NotIpAddress (IPv4 and IPv6)",
    arguments: [
      (#"{"Bool":{"aws:K":"true"}}"#, "TRUE", Truth.true),
      (#"{"Bool":{"aws:K":"false"}}"#, "true", .false),
      (#"{"BinaryEquals":{"aws:K":"QmluYXJ5"}}"#, "QmluYXJ5", .true),
      (#"{"IpAddress":{"aws:K":"10.0.0.0/8"}}"#, "10.20.30.40", .true),
      (#"{"NotIpAddress":{"aws:K":"10.0.0.0/8"}}"#, "11.0.0.1", .true),
      (#"{"IpAddress":{"aws:K":"2001:db8::/32"}}"#, "2001:db8:1::1", .true),
      (#"{"IpAddress":{"aws:K":"2001:db8::/32"}}"#, "2001:db9::1", .false),
      (#"{"IpAddress":{"aws:K":"10.0.0.0/8"}}"#, "2001:db8::1", .false),
    ] as [Row])
  func misc(_ row: Row) {
    #expect(conditionTruth(row.0, ["aws:K": .value(row.1)]) == row.2, "\(row)")
  }

  @Test(
    "Arn family",
    arguments: [
      ("ArnEquals", "arn:aws:iam::111111111111:role/*", Truth.true),
      ("ArnLike", "arn:aws:iam::*:role/R", .true),
      ("ArnNotEquals", "arn:aws:iam::111111111111:role/R", .false),
      ("ArnNotLike", "arn:aws:iam::2*:*", .true),
      ("ArnLike", "arn:aws:iam:*", .false),
    ] as [Row])
  func arns(_ row: Row) {
    #expect(
      conditionTruth(
        #"{"\#(row.0)":{"aws:K":"\#(row.1)"}}"#,
        ["aws:K": .value("arn:aws:iam::111111111111:role/R")]) == row.2, "\(row)")
  }

  @Test("Set qualifiers over a multivalued key (CND-3)")
  func setOperators() {
    let tags: [String: ContextValue] = ["aws:TagKeys": .known(["a", "b"])]
    #expect(
      conditionTruth(#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a","b","c"]}}"#, tags) == .true
    )
    #expect(conditionTruth(#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a"]}}"#, tags) == .false)
    #expect(
      conditionTruth(#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["b","z"]}}"#, tags) == .true)
    #expect(
      conditionTruth(#"{"ForAnyValue:StringNotEquals":{"aws:TagKeys":["a"]}}"#, tags) == .true)
    #expect(
      conditionTruth(#"{"ForAllValues:StringNotEquals":{"aws:TagKeys":["a"]}}"#, tags) == .false)
  }

  @Test("GRM-7: empty value lists")
  func emptyValueLists() {
    let present: [String: ContextValue] = ["aws:K": .value("x")]
    let absent: [String: ContextValue] = ["aws:K": .absent]
    #expect(conditionTruth(#"{"ForAnyValue:StringEquals":{"aws:K":[]}}"#, absent) == .false)
    #expect(conditionTruth(#"{"ForAllValues:StringEquals":{"aws:K":[]}}"#, absent) == .true)
    #expect(conditionTruth(#"{"ForAllValues:StringEquals":{"aws:K":[]}}"#, present) == .false)
    #expect(conditionTruth(#"{"StringEqualsIfExists":{"aws:K":[]}}"#, absent) == .true)
    #expect(conditionTruth(#"{"StringNotEquals":{"aws:K":[]}}"#, present) == .false)
    #expect(conditionTruth(#"{"StringNotEquals":{"aws:K":[]}}"#, absent) == .false)
  }

  @Test("Keys are case-insensitive; tag keys too (GRM-11)")
  func keyCase() {
    var facts = PrincipalFacts()
    facts.tags = ["team": "platform"]
    #expect(
      conditionTruth(#"{"StringEquals":{"AWS:PRINCIPALTAG/Team":"platform"}}"#, principal: facts)
        == .true)
    #expect(
      conditionTruth(
        #"{"StringEquals":{"aws:sourceip":"1.2.3.4"}}"#, ["AWS:SourceIP": .value("1.2.3.4")])
        == .true)
  }

  @Test("Unknown keys are U, never silently true or false; unknown operators drop the statement")
  func unknowns() {
    #expect(conditionTruth(#"{"StringEquals":{"custom:thing":"x"}}"#) == .unknown)
    #expect(conditionTruth(#"{"StringNotEquals":{"custom:thing":"x"}}"#) == .unknown)
    let codes = lintCodes(
      #"{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEqualz":{"aws:K":"x"}}}"#)
    #expect(codes == ["unknownOperator"])
    #expect(
      compileStatement(
        #"{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEqualz":{"aws:K":"x"}}}"#
      ).statements.isEmpty)
    #expect(ConditionOperator("NullIfExists") == nil)
  }

  @Test("userid of a role session: role id part decided, session part caller-controlled")
  func sessionUserID() {
    var session = PrincipalFacts()
    session.roleID = "AROAEXAMPLE"
    #expect(
      conditionTruth(#"{"StringLike":{"aws:userid":"AROAEXAMPLE:*"}}"#, principal: session) == .true
    )
    #expect(
      conditionTruth(#"{"StringEquals":{"aws:userid":"AROAOTHER:alice"}}"#, principal: session)
        == .false)
  }

  @Test("Variables in condition values: known, absent (no match), unknown (U)")
  func conditionVariables() {
    var alice = PrincipalFacts()
    alice.username = .value("alice")
    #expect(
      conditionTruth(
        #"{"StringEquals":{"aws:K":"${aws:username}"}}"#, ["aws:K": .value("alice")],
        principal: alice) == .true)
    var session = PrincipalFacts()
    session.username = .absent
    #expect(
      conditionTruth(
        #"{"StringEquals":{"aws:K":"${aws:username}"}}"#, ["aws:K": .value("alice")],
        principal: session) == .false)
    #expect(
      conditionTruth(
        #"{"StringNotEquals":{"aws:K":"${aws:username}"}}"#, ["aws:K": .value("alice")],
        principal: session) == .true)
    #expect(
      conditionTruth(#"{"StringEquals":{"aws:K":"${aws:SourceIdentity}"}}"#, ["aws:K": .value("x")])
        == .unknown)
  }
}
