import Testing
import TrustmapModel
import TrustmapPolicy

/// `GuardrailMemo` shares SCP terms between principals of one account only where that cannot
/// change a decision (GRD-1, GRD-4).
@Suite("GuardrailMemo")
struct GuardrailMemoTests {
  /// Decides each caller → `P.rB` with one shared memo, and each without.
  static func decisions(_ fixture: PolicyFixture, _ callers: [String]) -> (
    memo: [Decision], plain: [Decision]
  ) {
    let engine = fixture.engine()
    guard let role = engine.trustSide(for: arn(P.rB)) else { return ([], []) }
    let memo = GuardrailMemo(role: role)
    let sides = callers.map { engine.caller(for: arn($0)) }
    return (
      sides.map { engine.decideAssumeRole(caller: $0, role: role, memo: memo) },
      sides.map { engine.decideAssumeRole(caller: $0, role: role) }
    )
  }

  @Test("GRD-4: a principal-independent SCP deny is shared, with its evidence")
  func sharedDeny() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addUser("alice", policies: [idAllow("*")])
    fixture.addUser("bob", policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    let (memo, plain) = Self.decisions(fixture, [P.alice, P.bob])
    #expect(memo == plain)
    #expect(memo.map(\.summary) == ["denied(explicit deny (scp))", "denied(explicit deny (scp))"])
  }

  @Test("GRD-4: an SCP that reads aws:PrincipalArn is evaluated per principal")
  func principalDependent() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addRole(
      "ci", id: "AROAEXAMPLECIROLE0001", trust: trust(P.rootA), policies: [idAllow("*")])
    fixture.addRole("break-glass-1", trust: trust(P.rootA), policies: [idAllow("*")])
    fixture.addSCP("p-breakglass", AssumeGuardrailTests.breakGlassSCP, targets: [Acct.dev])
    let glass = "arn:aws:iam::111111111111:role/break-glass-1"
    let (memo, plain) = Self.decisions(fixture, [glass, P.ci, glass])
    #expect(memo == plain)
    #expect(memo.map(\.summary) == ["allowed", "denied(explicit deny (scp))", "allowed"])
  }

  @Test("GRD-4: callers of two accounts in turn each get their own account's SCP terms")
  func alternatingAccounts() {
    var fixture = PolicyFixture()
    let roots = #"["arn:aws:iam::111111111111:root","arn:aws:iam::222222222222:root"]"#
    fixture.addRole("R", in: Acct.b, trust: trust(roots))
    fixture.addUser("alice", policies: [idAllow("*")])
    fixture.addUser("carol", in: Acct.b, policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    let (memo, plain) = Self.decisions(fixture, [P.alice, P.carol, P.alice, P.carol, P.carol])
    #expect(memo == plain)
    let denied = "denied(explicit deny (scp))"
    #expect(memo.map(\.summary) == [denied, "allowed", denied, "allowed", "allowed"])
  }

  @Test("a memo made for another role is not used")
  func otherRole() throws {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust(P.rootA))
    fixture.addRole("R", in: Acct.a, trust: trust(P.rootA))
    fixture.addUser("alice", policies: [idAllow("*")])
    fixture.addDenyCrossAccountSCP()
    let engine = fixture.engine()
    let roleA = try #require(engine.trustSide(for: arn(P.rA)))
    let roleB = try #require(engine.trustSide(for: arn(P.rB)))
    let memo = GuardrailMemo(role: roleB)
    let alice = engine.caller(for: arn(P.alice))
    #expect(engine.decideAssumeRole(caller: alice, role: roleB, memo: memo).isDenied)
    #expect(engine.decideAssumeRole(caller: alice, role: roleA, memo: memo).isAllowed)
  }
}
