import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 guardrail rows")
struct AssumeGuardrailTests {
  static let breakGlassSCP =
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/break-glass-*"}}}]}"#

  static let rows: [AssumeCase] = [
    AssumeCase(
      "T-25", "SCP denies AssumeRole outside A (GRD-4)", role: P.rB,
      expect: "denied(explicit deny (scp))"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow("*")])
      $0.addDenyCrossAccountSCP()
    },
    AssumeCase(
      "T-25", "same SCP allows R2 in A", role: "arn:aws:iam::111111111111:role/R2",
      expect: "allowed"
    ) {
      $0.addRole("R2", trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow("*")])
      $0.addDenyCrossAccountSCP()
    },
    AssumeCase("T-26", "B's SCPs do not bind A's principals (EVL-5)", role: P.rB, expect: "allowed")
    {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow("*")])
      $0.addSCP(
        "p-denyb", document([#"{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*"}"#]),
        targets: [Acct.b])
    },
    AssumeCase("T-27", "no SCP Allow at OU Dev (GRD-1)", role: P.rB, expect: "denied(no SCP allow)")
    {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow("*")])
      $0.fullAccessTargets.removeAll { $0 == Acct.dev }
      $0.addSCP(
        "p-s3only", document([#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#]),
        targets: [Acct.dev])
    },
    AssumeCase(
      "T-28", "SCPs never bind the management account (GRD-3)", caller: P.mAdmin, role: P.rB,
      expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("arn:aws:iam::333333333333:root"))
      $0.addUser("admin", in: Acct.m, policies: [idAllow("*")])
      $0.addSCP(
        "p-denyall", document([#"{"Effect":"Deny","Action":"*","Resource":"*"}"#]),
        targets: [Acct.root])
    },
    AssumeCase("T-29", "RCP lets org member alice through", role: P.rB, expect: "allowed") {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(#"["arn:aws:iam::111111111111:root","arn:aws:iam::555555555555:root"]"#))
      $0.addUser("alice", policies: [idAllow("*")])
      $0.addOrgOnlyRCP()
    },
    AssumeCase(
      "T-29", "RCP denies eve outside the org (CND-2)", caller: P.eve, role: P.rB,
      expect: "denied(explicit deny (rcp))"
    ) {
      $0.addRole(
        "R", in: Acct.b,
        trust: trust(#"["arn:aws:iam::111111111111:root","arn:aws:iam::555555555555:root"]"#))
      $0.addUser("eve", in: Acct.c, policies: [idAllow("*")])
      $0.addOrgOnlyRCP()
    },
    AssumeCase(
      "T-30", "RCPs never restrict management-account roles (GRD-8)", caller: P.eve, role: P.rM,
      expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.m, trust: trust("arn:aws:iam::555555555555:root"))
      $0.addUser("eve", in: Acct.c, policies: [idAllow("*")])
      $0.addOrgOnlyRCP()
    },
    AssumeCase(
      "T-31", "SCP denies ci (ArnNotLike break-glass-*)", caller: P.ci, role: P.rB,
      expect: "denied(explicit deny (scp))"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addRole("ci", id: "AROAEXAMPLECIROLE0001", trust: trust(P.rootA), policies: [idAllow("*")])
      $0.addSCP("p-breakglass", breakGlassSCP, targets: [Acct.dev])
    },
    AssumeCase(
      "T-31", "SCP lets break-glass-1 through",
      caller: "arn:aws:iam::111111111111:role/break-glass-1", role: P.rB, expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addRole("break-glass-1", trust: trust(P.rootA), policies: [idAllow("*")])
      $0.addSCP("p-breakglass", breakGlassSCP, targets: [Acct.dev])
    },
  ]

  @Test("T-25…T-31", arguments: rows)
  func row(_ row: AssumeCase) {
    let (decision, _) = row.decide()
    #expect(decision.summary == row.expected, "\(row.id): \(decision.verdict)")
  }

  @Test("T-25: the deny evidence is the SCP statement")
  func scpEvidence() {
    let (decision, _) = AssumeGuardrailTests.rows[0].decide()
    let denied = decision.provenance.filter { $0.role == .denied }
    #expect(denied.map(\.location.source.policyID) == ["p-denyxacct01"])
  }

  @Test("GRD-5: without an org export guardrails are notEvaluated and the decision stays allowed")
  func noOrgExport() {
    var fixture = PolicyFixture()
    fixture.withOrg = false
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addUser("alice", policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.isAllowed)
    #expect(decision.attributes.guardrails == .notEvaluated)
  }

  @Test("ORG-7: SCP type disabled → SCPs ignored")
  func scpDisabled() {
    var fixture = PolicyFixture()
    fixture.scpEnabled = false
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addUser("alice", policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    #expect(fixture.decide(P.alice, P.rB).isAllowed)
  }

  @Test("GRD-3: service-linked roles are not restricted by SCPs")
  func serviceLinkedExempt() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addRole(
      "AWSServiceRoleForX", path: "/aws-service-role/x.amazonaws.com/", trust: trust(P.rootA),
      policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    let slr = "arn:aws:iam::111111111111:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX"
    #expect(fixture.decide(slr, P.rB).isAllowed)
  }
}
