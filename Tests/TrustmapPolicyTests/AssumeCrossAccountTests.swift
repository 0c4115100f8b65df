import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 cross-account rows")
struct AssumeCrossAccountTests {
  static let rows: [AssumeCase] = [
    AssumeCase("T-13", "delegation across accounts (EVL-4)", role: P.rB, expect: "allowed") {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser("alice", policies: [idAllow(P.rB)])
    },
    AssumeCase("T-14", "no identity allow across accounts", role: P.rB, expect: "denied(identity)")
    {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
    },
    AssumeCase(
      "T-15", "exact ARN is not enough across accounts (TRU-5)", role: P.rB,
      expect: "denied(identity)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.alice))
    },
    AssumeCase("T-16", "sts:* on arn:aws:iam::*:role/*", role: P.rB, expect: "allowed") {
      $0.addRole("R", in: Acct.b, trust: trust(P.alice))
      $0.addUser(
        "alice",
        policies: [#"{"Effect":"Allow","Action":"sts:*","Resource":"arn:aws:iam::*:role/*"}"#])
    },
    AssumeCase("T-17", "NotAction iam:* covers sts (MAT-3)", role: P.rB, expect: "allowed") {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser("alice", policies: [#"{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}"#])
    },
    AssumeCase(
      "T-18", "Deny NotAction s3:* denies sts", role: P.rB,
      expect: "denied(explicit deny (identity))"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser(
        "alice",
        policies: [
          #"{"Effect":"Allow","Action":"*","Resource":"*"}"#,
          #"{"Effect":"Deny","NotAction":["s3:*"],"Resource":"*"}"#,
        ])
    },
    AssumeCase(
      "T-19", "Deny on arn:aws:iam::*:role/*", role: P.rB,
      expect: "denied(explicit deny (identity))"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser(
        "alice",
        policies: [
          idAllow("*"),
          #"{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"arn:aws:iam::*:role/*"}"#,
        ])
    },
    AssumeCase(
      "T-20", "NotResource excludes the role (MAT-6)", role: P.rB, expect: "denied(identity)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA))
      $0.addUser(
        "alice",
        policies: [#"{"Effect":"Allow","Action":"sts:AssumeRole","NotResource":"\#(P.rB)"}"#])
    },
    AssumeCase(
      "T-21", "action case-insensitive on both sides (MAT-1)", role: P.rB, expect: "allowed"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA, action: #""sts:assumerole""#))
      $0.addUser(
        "alice", policies: [#"{"Effect":"Allow","Action":"STS:ASSUMEROLE","Resource":"\#(P.rB)"}"#])
    },
    AssumeCase(
      "T-22", "trust allows only AssumeRoleWithWebIdentity", role: P.rB, expect: "denied(trust)"
    ) {
      $0.addRole(
        "R", in: Acct.b, trust: trust(P.rootA, action: #""sts:AssumeRoleWithWebIdentity""#))
      $0.addUser("alice", policies: [idAllow("*")])
    },
    AssumeCase("T-23", "trust action sts:*", role: P.rB, expect: "allowed") {
      $0.addRole("R", in: Acct.b, trust: trust(P.rootA, action: #""sts:*""#))
      $0.addUser("alice", policies: [idAllow(P.rB)])
    },
    AssumeCase(
      "T-24", "aws-cn account principal never matches aws caller (MAT-8)", role: P.rB,
      expect: "denied(trust)"
    ) {
      $0.addRole("R", in: Acct.b, trust: trust("arn:aws-cn:iam::111111111111:root"))
      $0.addUser("alice", policies: [idAllow("*")])
    },
  ]

  @Test("T-13…T-24", arguments: rows)
  func row(_ row: AssumeCase) {
    let (decision, _) = row.decide()
    #expect(decision.summary == row.expected, "\(row.id): \(decision.verdict)")
  }

  @Test("T-13: crossAccount basis and attribute")
  func crossAccountBasis() {
    let (decision, _) = AssumeCrossAccountTests.rows[0].decide()
    #expect(decision.attributes.basis == .crossAccount)
    #expect(decision.attributes.crossAccount)
    #expect(decision.attributes.guardrails == .evaluated)
  }
}
