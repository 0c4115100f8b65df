import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 wildcard and condition rows")
struct AssumeConditionTests {
  static let orgCondition = #"{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}"#

  static let rows: [AssumeCase] = [
    AssumeCase(
      "T-32", "Principal * with no condition is public (TRU-4)", caller: P.eve, role: P.rB,
      expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("*"))
      $0.addUser("eve", in: Acct.c, policies: [idAllow("*")])
    },
    AssumeCase("T-33", "* + PrincipalOrgID: alice in the org", role: P.rB, expect: "allowed") {
      $0.addRole("R", in: Acct.b, trust: trust("*", condition: orgCondition))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase(
      "T-33", "* + PrincipalOrgID: eve outside (CND-9)", caller: P.eve, role: P.rB,
      expect: "denied(trust)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("*", condition: orgCondition))
      $0.addUser("eve", in: Acct.c, policies: [idAllow("*")])
    },
    AssumeCase(
      "T-34", "no org export: PrincipalOrgID unresolved", role: P.rB, expect: "conditional"
    ) {
      $0.withOrg = false
      $0.addRole("R", in: Acct.b, trust: trust("*", condition: orgCondition))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-35", "same-account * acts as a direct grant", role: P.rA, expect: "allowed") {
      $0.addRole("R", trust: trust("*"))
    },
    AssumeCase("T-36", "OrgPaths under Prod: carol", caller: P.carol, role: P.rA, expect: "allowed")
    {
      $0.addRole(
        "R",
        trust: trust(
          "*",
          condition:
            #"{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/*"}}"#
        ))
      $0.addUser("carol", in: Acct.b, policies: [idAllow("*")])
    },
    AssumeCase("T-36", "OrgPaths under Prod: alice in Dev", role: P.rA, expect: "denied(trust)") {
      $0.addRole(
        "R",
        trust: trust(
          "*",
          condition:
            #"{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/*"}}"#
        ))
    },
    AssumeCase(
      "T-37", "ArnLike PrincipalArn role/ci-*: ci-deploy (TRU-7)",
      caller: "arn:aws:iam::111111111111:role/ci-deploy", role: P.rB, expect: "allowed"
    ) {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(
          "*", condition: #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::111111111111:role/ci-*"}}"#
        ))
      $0.addRole("ci-deploy", trust: trust(P.rootA), policies: [idAllow("*")])
    },
    AssumeCase("T-37", "ArnLike PrincipalArn role/ci-*: alice", role: P.rB, expect: "denied(trust)")
    {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(
          "*", condition: #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::111111111111:role/ci-*"}}"#
        ))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-42", "PrincipalTag team=platform: alice", role: P.rB, expect: "allowed") {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(P.rootA, condition: #"{"StringEquals":{"aws:PrincipalTag/team":"platform"}}"#))
      $0.addUser("alice", policies: [idAllow("*")], tags: ["team": "platform"])
    },
    AssumeCase(
      "T-42", "PrincipalTag team=platform: bob", caller: P.bob, role: P.rB, expect: "denied(trust)"
    ) {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(P.rootA, condition: #"{"StringEquals":{"aws:PrincipalTag/team":"platform"}}"#))
      $0.addUser("bob", policies: [idAllow("*")], tags: ["team": "web"])
    },
    AssumeCase(
      "T-44", "DateLessThan 2020 at the 2025 reference time (CND-10)", role: P.rB,
      expect: "denied(trust)"
    ) {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(
          P.rootA, condition: #"{"DateLessThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-68", "ArnEquals PrincipalArn alice: alice", role: P.rA, expect: "allowed") {
      $0.addRole(
        "R",
        trust: trust(
          P.rootA,
          condition: #"{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::111111111111:user/alice"}}"#))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase(
      "T-68", "ArnEquals PrincipalArn alice: bob", caller: P.bob, role: P.rA,
      expect: "denied(trust)"
    ) {
      $0.addRole(
        "R",
        trust: trust(
          P.rootA,
          condition: #"{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::111111111111:user/alice"}}"#))
      $0.addUser("bob", policies: [idAllow("*")])
    },
  ]

  @Test("T-32…T-37, T-42, T-44, T-68", arguments: rows)
  func row(_ row: AssumeCase) {
    let (decision, _) = row.decide()
    #expect(decision.summary == row.expected, "\(row.id): \(decision.verdict)")
  }

  @Test("T-32/T-35: public = true; T-33: public = false")
  func publicFlag() {
    #expect(AssumeConditionTests.rows[0].decide().0.attributes.isPublic)
    #expect(AssumeConditionTests.rows[4].decide().0.attributes.isPublic)
    #expect(AssumeConditionTests.rows[4].decide().0.attributes.basis == .trustWildcard)
    let (orgOnly, engine) = AssumeConditionTests.rows[1].decide()
    #expect(!orgOnly.attributes.isPublic)
    #expect(engine.trustSide(for: arn(P.rB))?.isPublic == false)
  }

  @Test("T-34: the unresolved atom is aws:PrincipalOrgID in the trust layer")
  func orgUnknown() {
    let decision = AssumeConditionTests.rows[3].decide().0
    #expect(decision.labels == ["aws:PrincipalOrgID"])
    #expect(decision.unresolved.first?.layer == .trust)
    #expect(decision.unresolved.first?.polarity == .requires)
    #expect(decision.attributes.guardrails == .notEvaluated)
  }

  @Test("T-44: the decision is timeDependent")
  func timeDependent() {
    #expect(AssumeConditionTests.rows[11].decide().0.attributes.timeDependent)
  }

  static let unresolvedRows: [(String, String, [String])] = [
    ("T-38", #"{"StringEquals":{"sts:ExternalId":"x1"}}"#, ["ExternalId"]),
    ("T-39", #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#, ["MFA"]),
    ("T-40", #"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, ["SourceIp"]),
  ]

  @Test(
    "T-38…T-40: unresolvable trust conditions are conditional with TVL-5 labels",
    arguments: unresolvedRows)
  func unresolved(_ row: (String, String, [String])) {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA, condition: row.1))
    fixture.addUser("alice", policies: [idAllow("*")])
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.summary == "conditional", "\(row.0)")
    #expect(decision.labels == row.2, "\(row.0)")
    #expect(decision.unresolved.allSatisfy { $0.polarity == .requires && $0.location?.index == 0 })
    #expect(decision.provenance.contains { $0.role == .leftOpen })
  }

  @Test("T-41: Deny unless MFA → conditional, MFA forbids")
  func denyUnlessMFA() {
    var fixture = PolicyFixture()
    fixture.addRole(
      "R", in: Acct.b,
      trust: document([
        #"{"Effect":"Allow","Principal":{"AWS":"\#(P.rootA)"},"Action":"sts:AssumeRole"}"#,
        #"{"Sid":"DenyNoMFA","Effect":"Deny","Principal":{"AWS":"\#(P.rootA)"},"Action":"sts:AssumeRole","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}"#,
      ]))
    fixture.addUser("alice", policies: [idAllow("*")])
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["MFA"])
    #expect(decision.unresolved.first?.polarity == .forbids)
    #expect(decision.unresolved.first?.location?.sid == "DenyNoMFA")
  }

  @Test("T-43: RoleSessionName = ${aws:username} is caller-controlled (CND-7)")
  func sessionName() {
    var fixture = PolicyFixture()
    fixture.addRole(
      "R", in: Acct.b,
      trust: trust(P.rootA, condition: #"{"StringLike":{"sts:RoleSessionName":"${aws:username}"}}"#)
    )
    fixture.addUser("alice", policies: [idAllow("*")])
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.isAllowed)
    #expect(decision.attributes.callerControlled == ["sts:RoleSessionName"])
  }
}
