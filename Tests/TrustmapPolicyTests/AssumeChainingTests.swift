import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 chaining, variables, groups and missing data")
struct AssumeChainingTests {
  static let r1 = "arn:aws:iam::111111111111:role/R1"
  static let r2 = "arn:aws:iam::222222222222:role/R2"

  func chain(_ fixture: inout PolicyFixture) {
    fixture.addRole("R1", trust: trust(P.alice), policies: [idAllow(Self.r2)])
    fixture.addRole("R2", in: Acct.b, trust: trust(Self.r1))
  }

  @Test("T-58: alice→R1→R2 both hops allowed; R1's session is chained-hop capable")
  func chained() {
    var fixture = PolicyFixture()
    chain(&fixture)
    #expect(fixture.decide(P.alice, Self.r1).isAllowed)
    let hop = fixture.decide(Self.r1, Self.r2)
    #expect(hop.isAllowed)
    #expect(hop.attributes.chainedHopCapable)
  }

  @Test("T-59: assumed-role session principal → allowed, callerControlled sessionName = alice")
  func sessionPrincipal() {
    var fixture = PolicyFixture()
    fixture.addRole("R1", trust: trust(P.alice), policies: [idAllow(Self.r2)])
    fixture.addRole(
      "R2", in: Acct.b, trust: trust("arn:aws:sts::111111111111:assumed-role/R1/alice"))
    let decision = fixture.decide(Self.r1, Self.r2)
    #expect(decision.isAllowed)
    #expect(decision.attributes.callerControlled == ["sessionName = alice"])
  }

  @Test("T-60: SCP on Dev binds R1's session (EVL-5)")
  func chainedUnderSCP() {
    var fixture = PolicyFixture()
    chain(&fixture)
    fixture.addDenyCrossAccountSCP()
    #expect(fixture.decide(P.alice, Self.r1).isAllowed)
    #expect(fixture.decide(Self.r1, Self.r2).denialReason == .explicitDeny(.scp))
  }

  static let variablePolicy =
    #"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111111111111:role/${aws:username}-ops"}"#

  @Test(
    "T-62: ${aws:username} substituted with Version 2012; literal with 2008",
    arguments: [("2012-10-17", "allowed"), ("2008-10-17", "denied(identity)")])
  func variables(_ row: (String, String)) {
    var fixture = PolicyFixture()
    fixture.addRole("alice-ops", trust: trust(P.rootA))
    fixture.addUser("alice", policies: [Self.variablePolicy], version: row.0)
    #expect(fixture.decide(P.alice, "arn:aws:iam::111111111111:role/alice-ops").summary == row.1)
  }

  @Test("T-63: aws:username is absent for role sessions → denied (identity)")
  func variableForRole() {
    var fixture = PolicyFixture()
    fixture.addRole("alice-ops", trust: trust(P.rootA))
    fixture.addRole("ci", trust: trust(P.rootA), policies: [Self.variablePolicy])
    #expect(
      fixture.decide(P.ci, "arn:aws:iam::111111111111:role/alice-ops").denialReason == .identity)
  }

  @Test("T-64: only the default version counts (FMT-9)")
  func defaultVersion() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.rootA))
    let policy = fixture.addManaged(
      "deploy-assume", statements: [],
      versions: [
        ("v2", [idAllow("arn:aws:iam::111111111111:role/deploy")], true),
        ("v1", [idAllow("*")], false),
      ])
    fixture.addGroup("developers", attached: [policy.rawValue])
    fixture.addUser("alice", groups: ["developers"])
    #expect(fixture.decide(P.alice, P.rA).denialReason == .identity)
  }

  @Test("T-65: group inline policy counts for its members (FMT-5); provenance names the group")
  func groupInline() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.rootA))
    fixture.addGroup("developers", policies: [idAllow(P.rA)])
    fixture.addUser("alice", groups: ["developers"])
    let decision = fixture.decide(P.alice, P.rA)
    #expect(decision.isAllowed)
    #expect(
      decision.provenance.contains {
        $0.location.source.holder == "arn:aws:iam::111111111111:group/developers"
      })
  }

  @Test("T-66: a missing AWS managed policy → conditional [missingPolicy:<arn>] (TVL-6)")
  func missingPolicy() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addGroup("developers", attached: ["arn:aws:iam::aws:policy/X"])
    fixture.addUser("alice", groups: ["developers"])
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["missingPolicy:arn:aws:iam::aws:policy/X"])
  }

  @Test("T-66 variant: a missing policy next to an allow still leaves the decision open")
  func missingPolicyNextToAllow() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addUser("alice", policies: [idAllow("*")], attached: ["arn:aws:iam::aws:policy/X"])
    let decision = fixture.decide(P.alice, P.rB)
    #expect(decision.summary == "conditional")
    #expect(decision.unresolved.map(\.polarity) == [.forbids])
  }

  @Test("T-67: statement object and one-element array give identical decisions (GRM-2)")
  func statementShapes() {
    var single = PolicyFixture()
    single.addRole(
      "R", in: Acct.b,
      trust:
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}}"#
    )
    single.addUser("alice", policies: [idAllow("*")])
    var array = single
    array.addRole("R", in: Acct.b, trust: trust(P.rootA))
    let lhs = single.decide(P.alice, P.rB)
    let rhs = array.decide(P.alice, P.rB)
    #expect(lhs.isAllowed)
    #expect(lhs == rhs)
  }

  @Test("T-69: ci named directly, boundary {Allow s3:*} → denied (boundary)")
  func roleBoundary() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.ci))
    fixture.addRole(
      "ci", trust: trust(P.rootA), boundary: [#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#]
    )
    #expect(fixture.decide(P.ci, P.rA).denialReason == .boundary)
  }

  @Test("§7.1 switch: boundaryAppliesToDirectTrust = false lets T-07 through")
  func boundarySwitch() {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trust(P.alice))
    fixture.addUser("alice", boundary: [#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#])
    var options = EngineOptions(referenceTime: ReferenceTime(epochSeconds: 1_736_899_200))
    options.boundaryAppliesToDirectTrust = false
    let engine = PolicyEngine(organization: fixture.organization(), options: options)
    let decision = engine.trustSide(for: arn(P.rA)).map {
      engine.decideAssumeRole(caller: engine.caller(for: arn(P.alice)), role: $0)
    }
    #expect(decision?.isAllowed == true)
  }
}
