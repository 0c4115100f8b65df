import Testing
import TrustmapModel
import TrustmapPolicy

/// The engine pre-filters statements per action (`sts:AssumeRole`, `sts:TagSession`, deny-only
/// passes); these rows pin that the filtered passes decide as the full ones.
@Suite("Action pre-filtering")
struct PrefilterTests {
  @Test("trust F: an identity Deny through NotAction still names the reason (EVL-2, §3.7)")
  func identityNotActionDeny() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.bob))
    fixture.addUser(
      "alice", policies: [#"{"Effect":"Deny","NotAction":"s3:*","Resource":"*"}"#])
    #expect(fixture.decide(P.alice, P.rA).denialReason == .explicitDeny(.identity))
  }

  @Test("trust F: a boundary Deny names the reason, an Allow-only identity side does not")
  func boundaryDenyOnly() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.bob))
    fixture.addUser(
      "alice", policies: [idAllow("*")],
      boundary: [#"{"Effect":"Deny","Action":"sts:Assume*","Resource":"*"}"#])
    #expect(fixture.decide(P.alice, P.rA).denialReason == .explicitDeny(.boundary))
    var plain = PolicyFixture()
    plain.addRole("R", trust: trust(P.bob))
    plain.addUser("alice", policies: [idAllow("*")])
    #expect(plain.decide(P.alice, P.rA).denialReason == .trust)
  }

  @Test("trust F: an SCP Deny on sts:* names the reason (GRD-1)")
  func scpDenyOnly() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.bob))
    fixture.addSCP(
      "p-denysts0001", #"{"Statement":[{"Effect":"Deny","Action":"sts:*","Resource":"*"}]}"#,
      targets: [Acct.dev])
    #expect(fixture.decide(P.alice, P.rA).denialReason == .explicitDeny(.scp))
  }

  @Test(
    "TagSession is allowed only when a trust statement covers it (TRU-17)",
    arguments: [
      (#"["sts:AssumeRole","sts:TagSession"]"#, true),
      (#""sts:*""#, true),
      (#""sts:AssumeRole""#, false),
    ])
  func tagSession(action: String, expected: Bool) {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.alice, action: action))
    let decision = fixture.decide(P.alice, P.rA)
    #expect(decision.isAllowed)
    #expect(decision.attributes.tagSessionAllowed == expected)
  }
}
