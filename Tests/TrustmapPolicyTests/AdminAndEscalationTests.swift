import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.3 admin and the engine decisions escalation rules rely on")
struct AdminAndEscalationTests {
  static let admin = "arn:aws:iam::aws:policy/AdministratorAccess"
  static let powerUser = "arn:aws:iam::aws:policy/PowerUserAccess"

  func engine(_ setup: (inout PolicyFixture) -> Void) -> PolicyEngine {
    var fixture = PolicyFixture()
    fixture.awsManaged = [
      ManagedPolicy(
        name: "PowerUserAccess", id: "ANPAPOWERUSER", arn: arn(Self.powerUser), path: "/",
        defaultVersionID: "v1",
        versions: [
          PolicyVersion(
            versionID: "v1",
            document: doc(
              document([
                #"{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"}"#
              ])), isDefault: true)
        ])
    ]
    setup(&fixture)
    return fixture.engine()
  }

  func status(_ engine: PolicyEngine, _ principal: String = P.alice) -> AdminAssessment? {
    engine.identitySide(for: arn(principal)).map { engine.adminAssessment(of: $0) }
  }

  @Test("E-01: AdministratorAccess → admin, tier 1")
  func administratorAccess() {
    let result = status(engine { $0.addUser("alice", attached: [Self.admin]) })
    #expect(result?.status == .admin(.probes))
    #expect(result?.tier == 1)
  }

  @Test("E-01 with a denying SCP: not admin (ADM-3)")
  func adminCappedBySCP() {
    let result = status(
      engine {
        $0.addUser("alice", attached: [Self.admin])
        $0.addSCP(
          "p-noiam", document([#"{"Effect":"Deny","Action":"iam:*","Resource":"*"}"#]),
          targets: [Acct.dev])
      })
    #expect(result?.status.isAdmin == false)
  }

  @Test("E-02: PowerUserAccess → not admin, tier 2")
  func powerUser() {
    let result = status(engine { $0.addUser("alice", attached: [Self.powerUser]) })
    #expect(result?.status.isAdmin == false)
    #expect(result?.tier == 2)
    #expect(result?.reasons.contains("powerUserLike") == true)
  }

  @Test("E-03: PutUserPolicy on herself → admin (ADM-2)")
  func selfEscalation() {
    let result = status(
      engine {
        $0.addUser(
          "alice",
          policies: [
            #"{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"arn:aws:iam::111111111111:user/alice"}"#
          ])
      })
    #expect(result?.status == .admin(.selfEscalation))
    #expect(result?.tier == 1)
  }

  @Test("E-04: same with a boundary she cannot remove → boundedSelfEscalation")
  func boundedSelfEscalation() {
    let result = status(
      engine {
        $0.addUser(
          "alice",
          policies: [
            #"{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"arn:aws:iam::111111111111:user/alice"}"#
          ],
          boundary: [#"{"Effect":"Allow","Action":["s3:*","iam:PutUserPolicy"],"Resource":"*"}"#])
      })
    #expect(result?.status == .boundedSelfEscalation)
    #expect(result?.tier == 2)
  }

  @Test("E-04 variant: with boundary-removal rights → admin (ESC-30)")
  func boundaryRemoval() {
    let result = status(
      engine {
        $0.addUser(
          "alice",
          policies: [
            #"{"Effect":"Allow","Action":["iam:PutUserPolicy","iam:DeleteUserPermissionsBoundary"],"Resource":"arn:aws:iam::111111111111:user/alice"}"#
          ],
          boundary: [#"{"Effect":"Allow","Action":["s3:*","iam:*"],"Resource":"*"}"#])
      })
    #expect(result?.status == .admin(.selfEscalation))
  }

  @Test("ADM-1: a probe left open by MFA → possibleAdmin")
  func possibleAdmin() {
    let result = status(
      engine {
        $0.addUser(
          "alice",
          policies: [
            #"{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}"#
          ])
      })
    guard case .possibleAdmin(let atoms)? = result?.status else {
      Issue.record("expected possibleAdmin, got \(String(describing: result))")
      return
    }
    #expect(Set(atoms.map(\.label)) == ["MFA"])
  }

  @Test("ADM-4: PassRole on * with compute, and AssumeRole on * are tier 2")
  func tierTwo() {
    let result = status(
      engine {
        $0.addUser(
          "alice",
          policies: [
            #"{"Effect":"Allow","Action":["iam:PassRole","ec2:RunInstances","sts:AssumeRole"],"Resource":"*"}"#
          ])
      })
    #expect(result?.reasons == ["assumeRoleOnAnyRole", "passRoleWithCompute"])
  }

  @Test("E-05/E-06/E-07: the identity decisions the escalation rules use")
  func escalationPrimitives() {
    let engine = engine {
      $0.addUser(
        "bob",
        policies: [
          #"{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::111111111111:user/alice"}"#,
          #"{"Effect":"Allow","Action":"iam:AddUserToGroup","Resource":"arn:aws:iam::111111111111:group/admins"}"#,
          #"{"Effect":"Allow","Action":"iam:UpdateAssumeRolePolicy","Resource":"arn:aws:iam::111111111111:role/admin-role"}"#,
        ])
    }
    guard let bob = engine.identitySide(for: arn(P.bob)) else { return }
    #expect(engine.evaluate(bob, action: "iam:CreateAccessKey", resource: arn(P.alice)).isAllowed)
    #expect(
      engine.evaluate(bob, action: "iam:CreateAccessKey", resource: arn(P.bob)).denialReason
        == .identity)
    #expect(
      engine.evaluate(bob, action: "iam:AddUserToGroup", resource: arn(Acct.a, "group/admins"))
        .isAllowed)
    #expect(
      engine.evaluate(
        bob, action: "iam:UpdateAssumeRolePolicy", resource: arn(Acct.a, "role/admin-role")
      ).isAllowed)
    // E-07: after rewriting the trust, bob named directly needs no identity allow (TRU-2)…
    #expect(
      engine.evaluate(bob, action: "sts:AssumeRole", resource: arn(Acct.a, "role/admin-role"))
        .denialReason == .identity)
  }

  @Test("E-08: bob's boundary lacking sts:AssumeRole blocks the direct grant (GRD-9)")
  func updateTrustUnderBoundary() {
    var fixture = PolicyFixture()
    fixture.addRole("admin-role", trust: trust(P.bob), attached: [Self.admin])
    fixture.addUser("bob", boundary: [#"{"Effect":"Allow","Action":"iam:*","Resource":"*"}"#])
    #expect(
      fixture.decide(P.bob, "arn:aws:iam::111111111111:role/admin-role").denialReason == .boundary)
    fixture.addUser("bob")
    #expect(fixture.decide(P.bob, "arn:aws:iam::111111111111:role/admin-role").isAllowed)
  }

  @Test(
    "E-09: CreatePolicyVersion on a customer-managed policy attached to bob's group → admin (ADM-2)"
  )
  func createPolicyVersion() {
    let result = status(
      engine {
        let policy = $0.addManaged(
          "deploy-assume",
          statements: [
            #"{"Effect":"Allow","Action":"iam:CreatePolicyVersion","Resource":"arn:aws:iam::111111111111:policy/deploy-assume"}"#
          ])
        $0.addGroup("developers", attached: [policy.rawValue])
        $0.addUser("bob", groups: ["developers"])
      }, P.bob)
    #expect(result?.status == .admin(.selfEscalation))
  }

  @Test(
    "E-11: OrganizationAccountAccessRole in B trusting M → tier-0 role; M users with ID(*) reach it"
  )
  func organizationAccessRole() {
    var fixture = PolicyFixture()
    fixture.addRole(
      "OrganizationAccountAccessRole", in: Acct.b, trust: trust("arn:aws:iam::333333333333:root"),
      attached: [Self.admin])
    fixture.addUser("admin", in: Acct.m, policies: [idAllow("*")])
    let engine = fixture.engine()
    let roleARN = arn("arn:aws:iam::222222222222:role/OrganizationAccountAccessRole")
    guard let trustSide = engine.trustSide(for: roleARN),
      let role = engine.identitySide(for: roleARN)
    else {
      Issue.record("role missing")
      return
    }
    #expect(engine.isOrganizationAccessRole(trustSide))
    #expect(engine.adminAssessment(of: role).status == .admin(.probes))
    #expect(
      engine.decideAssumeRole(caller: engine.caller(for: arn(P.mAdmin)), role: trustSide).isAllowed)
  }

  @Test("ADM-3: admin of the management account is tier 0")
  func managementAdmin() {
    let result = status(
      engine { $0.addUser("admin", in: Acct.m, attached: [Self.admin]) }, P.mAdmin)
    #expect(result?.tier == 0)
  }

  @Test("T-51/T-52: PassRole with iam:PassedToService decides by the service")
  func passRole() {
    let engine = engine {
      $0.addRole(
        "R",
        trust:
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
      )
      $0.addUser(
        "bob",
        policies: [
          #"{"Effect":"Allow","Action":"iam:PassRole","Resource":"\#(P.rA)","Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}}"#,
          #"{"Effect":"Allow","Action":"ec2:RunInstances","Resource":"*"}"#,
        ])
    }
    guard let bob = engine.identitySide(for: arn(P.bob)),
      let role = engine.trustSide(for: arn(P.rA))
    else { return }
    #expect(
      engine.evaluate(
        bob, action: "iam:PassRole", resource: arn(P.rA),
        context: ["iam:PassedToService": .value("ec2.amazonaws.com")]
      ).isAllowed)
    #expect(
      engine.evaluate(
        bob, action: "ec2:RunInstances",
        resource: arn("arn:aws:ec2:us-east-1:111111111111:instance/*")
      ).isAllowed)
    #expect(engine.decideAssumeRole(caller: .service("ec2.amazonaws.com"), role: role).isAllowed)
    #expect(
      engine.evaluate(
        bob, action: "iam:PassRole", resource: arn(P.rA),
        context: ["iam:PassedToService": .value("lambda.amazonaws.com")]
      ).denialReason == .identity)
    // Without the key in the request the condition is false (key absent, CND-1).
    #expect(
      engine.evaluate(bob, action: "iam:PassRole", resource: arn(P.rA)).denialReason == .identity)
  }

  @Test("T-53: PassRole on a role in another account is flagged crossAccount (ESC-B)")
  func passRoleCrossAccount() {
    let engine = engine {
      $0.addRole(
        "R", in: Acct.b,
        trust:
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
      )
      $0.addUser(
        "bob",
        policies: [#"{"Effect":"Allow","Action":["iam:PassRole","lambda:*"],"Resource":"*"}"#])
    }
    guard let bob = engine.identitySide(for: arn(P.bob)) else { return }
    let decision = engine.evaluate(
      bob, action: "iam:PassRole", resource: arn(P.rB),
      context: ["iam:PassedToService": .value("lambda.amazonaws.com")])
    #expect(decision.attributes.crossAccount)
  }
}
