import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 same-account rows")
struct AssumeSameAccountTests {
  static let rows: [AssumeCase] = [
    AssumeCase("T-01", "direct trust, no identity policy (TRU-2)", role: P.rA, expect: "allowed") {
      $0.addRole("R", trust: trust(P.alice))
    },
    AssumeCase(
      "T-02", "account delegation needs identity allow (TRU-3)", role: P.rA,
      expect: "denied(identity)"
    ) {
      $0.addRole("R", trust: trust(P.rootA))
    },
    AssumeCase("T-03", "account delegation with ID(R@A)", role: P.rA, expect: "allowed") {
      $0.addRole("R", trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow(P.rA)], tags: ["team": "platform"])
    },
    AssumeCase("T-04", "bare account id principal", role: P.rA, expect: "allowed") {
      $0.addRole("R", trust: trust("111111111111"))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-05", "trust names someone else (TRU-1)", role: P.rA, expect: "denied(trust)") {
      $0.addRole("R", trust: trust(P.bob))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase(
      "T-06", "identity Deny beats direct trust (EVL-2)", role: P.rA,
      expect: "denied(explicit deny (identity))"
    ) {
      $0.addRole("R", trust: trust(P.alice))
      $0.addUser(
        "alice", policies: [#"{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*"}"#])
    },
    AssumeCase(
      "T-07", "boundary must allow even direct trust (GRD-9)", role: P.rA,
      expect: "denied(boundary)"
    ) {
      $0.addRole("R", trust: trust(P.alice))
      $0.addUser("alice", boundary: [#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#])
    },
    AssumeCase("T-08", "boundary allowing sts:*", role: P.rA, expect: "allowed") {
      $0.addRole("R", trust: trust(P.rootA))
      $0.addUser(
        "alice", policies: [idAllow(P.rA)],
        boundary: [#"{"Effect":"Allow","Action":"sts:*","Resource":"*"}"#])
    },
    AssumeCase(
      "T-09", "trust Allow and Deny for alice", role: P.rA, expect: "denied(explicit deny (trust))"
    ) {
      $0.addRole(
        "R",
        trust: document([
          #"{"Effect":"Allow","Principal":{"AWS":"\#(P.alice)"},"Action":"sts:AssumeRole"}"#,
          #"{"Effect":"Deny","Principal":{"AWS":"\#(P.alice)"},"Action":"sts:AssumeRole"}"#,
        ]))
    },
    AssumeCase("T-10", "group ARN is not a principal (TRU-8)", role: P.rA, expect: "denied(trust)")
    {
      $0.addRole("R", trust: trust("arn:aws:iam::111111111111:group/devs"))
      $0.addGroup("devs")
      $0.addUser("alice", policies: [idAllow("*")], groups: ["devs"])
    },
    AssumeCase(
      "T-11", "partial wildcard principal", caller: P.ci, role: P.rA, expect: "denied(trust)"
    ) {
      $0.addRole("R", trust: trust("arn:aws:iam::111111111111:role/*"))
      $0.addRole("ci", id: "AROAEXAMPLECIROLE0001", trust: trust(P.rootA), policies: [idAllow("*")])
    },
    AssumeCase(
      "T-12", "role's own Deny * * does not gate assumption (EVL-1)", role: P.rA, expect: "allowed"
    ) {
      $0.addRole(
        "R", trust: trust(P.alice), policies: [#"{"Effect":"Deny","Action":"*","Resource":"*"}"#])
    },
  ]

  @Test("T-01…T-12", arguments: rows)
  func row(_ row: AssumeCase) {
    let (decision, _) = row.decide()
    #expect(decision.summary == row.expected, "\(row.id): \(decision.verdict)")
  }

  @Test("T-01: basis trustDirectSameAccount, provenance names the trust statement")
  func directBasis() {
    let (decision, _) = AssumeSameAccountTests.rows[0].decide()
    #expect(decision.attributes.basis == .trustDirectSameAccount)
    #expect(
      decision.provenance.filter { $0.role == .granted }.map(\.location.source.kind) == [.trust])
    #expect(
      decision.provenance.contains { $0.role == .permitted && $0.location.source.kind == .scp })
    #expect(decision.attributes.crossAccount == false)
  }

  @Test("T-03: basis trustAccountDelegation, granted by trust and identity")
  func delegationBasis() {
    let (decision, _) = AssumeSameAccountTests.rows[2].decide()
    #expect(decision.attributes.basis == .trustAccountDelegation)
    let granted = decision.provenance.filter { $0.role == .granted }
    #expect(Set(granted.map(\.location.source.kind)) == [.trust, .identity])
    #expect(decision.provenance.allSatisfy { $0.role == .granted || $0.role == .permitted })
  }

  @Test("T-06/T-09: the deny evidence names the denying statement")
  func denyEvidence() {
    let (decision, _) = AssumeSameAccountTests.rows[8].decide()
    #expect(decision.provenance.count == 1)
    #expect(decision.provenance.first?.role == .denied)
    #expect(decision.provenance.first?.location.index == 1)
  }

  @Test("T-10/T-11: lint groupNotAPrincipal and partialWildcard")
  func principalLint() {
    let (_, groupEngine) = AssumeSameAccountTests.rows[9].decide()
    #expect(groupEngine.findings.contains { $0.code == "groupNotAPrincipal" && $0.rule == "TRU-8" })
    let (_, wildcardEngine) = AssumeSameAccountTests.rows[10].decide()
    #expect(
      wildcardEngine.findings.contains { $0.code == "partialWildcard" && $0.statementIndex == 0 })
  }
}
