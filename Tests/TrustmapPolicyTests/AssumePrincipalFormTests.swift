import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 principal-form rows: unique ids, self-trust, services, federation")
struct AssumePrincipalFormTests {
  static let rows: [AssumeCase] = [
    AssumeCase(
      "T-45", "dangling unique id matches nobody (TRU-9)", role: P.rB, expect: "denied(trust)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("AIDAEXAMPLEDELETED001"))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase(
      "T-46", "unique id resolves to ci's RoleId", caller: P.ci, role: P.rB, expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("AROAEXAMPLECIROLE0001"))
      $0.addRole("ci", id: "AROAEXAMPLECIROLE0001", trust: trust(P.rootA), policies: [idAllow("*")])
    },
    AssumeCase(
      "T-47", "no implicit self-trust since 2022 (TRU-10)", caller: P.ci, role: P.ci,
      expect: "denied(trust)"
    ) {
      $0.addRole(
        "ci",
        trust:
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
        policies: [idAllow(P.ci)])
    },
    AssumeCase("T-48", "self-trust by ARN", caller: P.ci, role: P.ci, expect: "allowed") {
      $0.addRole("ci", trust: trust(P.ci))
    },
    AssumeCase(
      "T-49", "self-trust by account + identity", caller: P.ci, role: P.ci, expect: "allowed"
    ) {
      $0.addRole("ci", trust: trust(P.rootA), policies: [idAllow(P.ci)])
    },
    AssumeCase(
      "T-49", "variant: no identity allow", caller: P.ci, role: P.ci, expect: "denied(identity)"
    ) {
      $0.addRole("ci", trust: trust(P.rootA))
    },
    AssumeCase(
      "T-50", "service-only trust never matches an IAM caller (TRU-6)", role: P.rA,
      expect: "denied(trust)"
    ) {
      $0.addRole(
        "R",
        trust:
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
      )
      $0.addUser("alice", attached: ["arn:aws:iam::aws:policy/AdministratorAccess"])
    },
    AssumeCase(
      "T-61", "NotPrincipal in trust: statement dropped (GRM-10)", role: P.rA,
      expect: "denied(trust)"
    ) {
      $0.addRole(
        "R",
        trust:
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111111111111:user/bob"},"Action":"sts:AssumeRole"}]}"#
      )
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-71", "empty Condition object: no-op (GRM-7)", role: P.rB, expect: "denied(trust)")
    {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA, condition: "{}"))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase(
      "T-72", "the root user cannot call AssumeRole (TRU-13)", caller: P.rootA, role: P.rB,
      expect: "denied(not an assume caller)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
    },
    AssumeCase(
      "T-73", "principal ARN case differs (user/Alice)", role: P.rA, expect: "denied(trust)"
    ) {
      $0.addRole("R", trust: trust("arn:aws:iam::111111111111:user/Alice"))
    },
  ]

  @Test("T-45…T-50, T-61, T-71…T-73", arguments: rows)
  func row(_ row: AssumeCase) {
    let (decision, _) = row.decide()
    #expect(decision.summary == row.expected, "\(row.id): \(decision.verdict)")
  }

  @Test("T-45: finding danglingTrustPrincipal; no named principal for the id")
  func dangling() {
    let (_, engine) = AssumePrincipalFormTests.rows[0].decide()
    let side = engine.trustSide(for: arn(P.rB))
    #expect(side?.danglingPrincipalIDs == ["AIDAEXAMPLEDELETED001"])
    #expect(side?.namedPrincipals.isEmpty == true)
    #expect(side?.findings.contains { $0.code == "danglingTrustPrincipal" } == true)
  }

  @Test("T-46: the unique id is indexed as ci's role ARN")
  func resolvedID() {
    let (_, engine) = AssumePrincipalFormTests.rows[1].decide()
    #expect(engine.trustSide(for: arn(P.rB))?.namedPrincipals == [.role(arn(P.ci))])
  }

  @Test("T-48: self-loop is direct same-account and chained-hop capable")
  func selfLoop() {
    let decision = AssumePrincipalFormTests.rows[3].decide().0
    #expect(decision.attributes.basis == .trustDirectSameAccount)
    #expect(decision.attributes.chainedHopCapable)
  }

  @Test("T-50: alice is still admin of A (ADM-5)")
  func adminDespiteServiceTrust() {
    let (_, engine) = AssumePrincipalFormTests.rows[6].decide()
    let alice = engine.identitySide(for: arn(P.alice))
    #expect(alice.map { engine.adminStatus(of: $0) } == .admin(.probes))
  }

  @Test("T-61/T-71/T-73: lint findings name the rule and statement")
  func lint() {
    let notPrincipal = AssumePrincipalFormTests.rows[7].decide().1.findings
    #expect(
      notPrincipal.contains {
        $0.code == "notPrincipalInTrustPolicy" && $0.dropsStatement && $0.statementIndex == 0
      })
    let empty = AssumePrincipalFormTests.rows[8].decide().1.findings
    #expect(empty.contains { $0.rule == "GRM-7" && $0.source?.holder == P.rB })
    let caseMismatch = AssumePrincipalFormTests.rows[10].decide().1.findings
    #expect(caseMismatch.contains { $0.code == "principalCaseMismatch" })
  }

  @Test("T-47: service caller ec2 may assume ci (TRU-14)")
  func serviceCaller() {
    var fixture = PolicyFixture()
    fixture.addRole(
      "ci",
      trust:
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    )
    let engine = fixture.engine()
    let role = engine.trustSide(for: arn(P.ci))
    let decision = role.map {
      engine.decideAssumeRole(caller: .service("ec2.amazonaws.com"), role: $0)
    }
    #expect(decision?.isAllowed == true)
    #expect(decision?.attributes.basis == .service)
    let other = role.map {
      engine.decideAssumeRole(caller: .service("lambda.amazonaws.com"), role: $0)
    }
    #expect(other?.denialReason == .trust)
  }

  @Test("T-70: external account placeholder is conditional on identityNotImported (EDG-6)")
  func externalAccount() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust("arn:aws:iam::444444444444:root"))
    let decision = fixture.decide("arn:aws:iam::444444444444:root", P.rB)
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["identityNotImported:444444444444"])
    #expect(decision.attributes.basis == .crossAccount)
  }

  @Test("EDG-4: EXTERNAL_ANY reaches a public role, conditionally; not an org-only role")
  func externalAny() {
    var fixture = PolicyFixture()
    fixture.addRole("R", in: Acct.b, trust: trust("*"))
    fixture.addRole(
      "R2", in: Acct.b, trust: trust("*", condition: AssumeConditionTests.orgCondition))
    let engine = fixture.engine()
    let open = engine.trustSide(for: arn(P.rB)).map {
      engine.decideAssumeRole(caller: .externalAny, role: $0)
    }
    #expect(open?.summary == "conditional")
    #expect(open?.attributes.isPublic == true)
    let orgOnly = engine.trustSide(for: arn("arn:aws:iam::222222222222:role/R2"))
      .map { engine.decideAssumeRole(caller: .externalAny, role: $0) }
    #expect(orgOnly?.denialReason == .trust)
  }
}
