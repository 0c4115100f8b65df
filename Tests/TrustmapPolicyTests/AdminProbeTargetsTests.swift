import Testing
import TrustmapModel

@testable import TrustmapPolicy

/// The probe resources parsed once per account, and the group-holder test admin detection and
/// graph edges share.
@Suite("Admin probe targets")
struct AdminProbeTargetsTests {
  @Test("ADM-1/ADM-4: the targets are the probe ARNs of the account and partition")
  func targets() throws {
    let account = try #require(AccountID(rawValue: Acct.a))
    let targets = AdminProbeTargets(account: account, partition: "aws-cn")
    #expect(targets.role?.rawValue == "arn:aws-cn:iam::111111111111:role/__probe__")
    #expect(targets.user?.rawValue == "arn:aws-cn:iam::111111111111:user/__probe__")
    #expect(targets.instance?.rawValue == "arn:aws-cn:ec2:us-east-1:111111111111:instance/*")
    #expect(targets.object?.rawValue == "arn:aws-cn:s3:::__probe__/__probe__")
    #expect(targets.key?.rawValue == "arn:aws-cn:kms:us-east-1:111111111111:key/__probe__")
    #expect(targets.foreignRole?.rawValue == "arn:aws-cn:iam::999999999999:role/__probe__")
    #expect(
      targets.organizationPolicy?.rawValue
        == "arn:aws-cn:organizations::111111111111:policy/o-probe/service_control_policy/p-probe")
  }

  @Test("targets fit only principals of their account and partition")
  func fits() throws {
    var fixture = PolicyFixture()
    fixture.addUser("alice", attached: ["arn:aws:iam::aws:policy/AdministratorAccess"])
    fixture.addUser("carol", in: Acct.b)
    let engine = fixture.engine()
    let alice = try #require(engine.identitySide(for: arn(P.alice)))
    let carol = try #require(engine.identitySide(for: arn(P.carol)))
    let targets = AdminProbeTargets(alice)
    #expect(targets.fits(alice))
    #expect(!targets.fits(carol))
    #expect(!AdminProbeTargets(account: alice.accountID, partition: "aws-cn").fits(alice))
    // Targets of another account are not used: the result is the principal's own.
    #expect(engine.adminAssessment(of: alice, targets: AdminProbeTargets(carol)).tier == 1)
    #expect(
      engine.adminAssessment(of: carol, targets: targets) == engine.adminAssessment(of: carol))
  }

  @Test(
    "a policy source is held by a group when its holder names one",
    arguments: [
      ("arn:aws:iam::111111111111:group/admins", true),
      ("arn:aws:iam::111111111111:group/path/ops", true),
      ("arn:aws:iam::111111111111:role/group", false),
      ("arn:aws:iam::111111111111:user/alice", false),
      (":group/", true),
      (":group", false),
      ("", false),
    ])
  func heldByGroup(holder: String, expected: Bool) {
    let source = PolicySource(kind: .identity, holding: .inline, name: "p", holder: holder)
    #expect(source.isHeldByGroup == expected)
  }

  @Test("a policy source without a holder is not held by a group")
  func noHolder() {
    #expect(!PolicySource(kind: .scp, holding: .organization, name: "p").isHeldByGroup)
  }
}
