import Testing
import TrustmapModel

@testable import TrustmapPolicy

@Suite("Policy compiler: grammar and per-type validation (GRM-1…12)")
struct CompilerTests {
  @Test("GRM-4: lowercase effect drops the statement, with location")
  func effectSpelling() {
    let compiled = PolicyCompiler.compile(
      doc(
        document([
          #"{"Sid":"Good","Effect":"Allow","Action":"s3:*","Resource":"*"}"#,
          #"{"Sid":"Bad","Effect":"allow","Action":"s3:*","Resource":"*"}"#,
        ])), kind: .identity)
    #expect(compiled.statements.map(\.sid) == ["Good"])
    let finding = compiled.findings.first
    #expect(finding?.rule == "GRM-4")
    #expect(finding?.statementIndex == 1)
    #expect(finding?.sid == "Bad")
    #expect(finding?.dropsStatement == true)
  }

  @Test(
    "GRM-12: malformed statements are dropped one at a time",
    arguments: [
      (#"{"Effect":"Allow","Resource":"*"}"#, "missingAction"),
      (#"{"Effect":"Allow","Action":5,"Resource":"*"}"#, "invalidAction"),
      (#"{"Effect":"Allow","Action":"s3:*"}"#, "missingResource"),
      (
        #"{"Effect":"Allow","Action":"s3:*","Resource":"*","Principal":"*"}"#, "principalNotAllowed"
      ),
      (#"{"Effect":"Allow","Action":"s3:*","NotAction":"s3:*","Resource":"*"}"#, "bothElements"),
      (#"{"Effect":"Allow","Action":"s3:*","Resource":"*","Effects":"Allow"}"#, "unknownElement"),
      (
        #"{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:K":[["x"]]}}}"#,
        "invalidConditionValue"
      ),
    ])
  func dropped(_ row: (String, String)) {
    let compiled = PolicyCompiler.compile(
      doc(document([row.0, #"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#])), kind: .identity
    )
    #expect(compiled.statements.map(\.index) == [1], "\(row.1)")
    #expect(compiled.findings.contains { $0.code == row.1 && $0.statementIndex == 0 }, "\(row.1)")
  }

  @Test("GRM-5: Resource in a trust policy drops the statement")
  func trustResource() {
    let compiled = compileStatement(
      #"{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Resource":"*"}"#, kind: .trust)
    #expect(compiled.statements.isEmpty)
    #expect(compiled.findings.map(\.code) == ["resourceInTrustPolicy"])
  }

  @Test("GRM-12: an invalid Deny in an SCP or RCP is kept and flagged")
  func invalidDenyKept() {
    let scp = compileStatement(
      #"{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole","Resource":"*"}"#, kind: .scp)
    #expect(scp.statements.count == 1)
    #expect(scp.findings.map(\.code) == ["principalNotAllowed"])
    #expect(scp.findings.first?.dropsStatement == false)
    let rcp = compileStatement(
      #"{"Effect":"Deny","Principal":"*","NotAction":"s3:*","Resource":"*"}"#, kind: .rcp)
    #expect(rcp.statements.count == 1)
    let allow = compileStatement(
      #"{"Effect":"Allow","Principal":"*","NotAction":"s3:*","Resource":"*"}"#, kind: .rcp)
    #expect(allow.statements.isEmpty)
  }

  @Test("GRM-1/GRM-2/GRM-3: version, statement shape, Sid lint")
  func documentLevel() {
    #expect(
      PolicyCompiler.compile(doc(#"{"Version":"2020-01-01","Statement":[]}"#), kind: .identity)
        .findings.map(\.code) == ["invalidVersion", "emptyStatement"])
    #expect(
      PolicyCompiler.compile(doc(#"{"Version":"2012-10-17"}"#), kind: .identity).findings.map(
        \.code) == ["missingStatement"])
    #expect(
      lintCodes(#"{"Sid":"has space","Effect":"Allow","Action":"s3:*","Resource":"*"}"#) == [
        "invalidSid"
      ])
  }

  @Test("GRM-7: empty Action, Resource and Principal make the statement a no-op")
  func emptyContainers() {
    for statement in [
      #"{"Effect":"Allow","Action":[],"Resource":"*"}"#,
      #"{"Effect":"Allow","Action":"s3:*","Resource":[]}"#,
    ] {
      let compiled = compileStatement(statement)
      #expect(compiled.statements.first?.neverApplies == true)
      #expect(compiled.findings.map(\.code) == ["emptyContainer"])
    }
    #expect(
      compileStatement(
        #"{"Effect":"Allow","Principal":{"AWS":[]},"Action":"sts:AssumeRole"}"#, kind: .trust
      ).statements.first?.neverApplies == true)
  }

  @Test(
    "§2.4: every principal form normalises",
    arguments: [
      (#""*""#, PrincipalRef.anyone),
      (#"{"AWS":"*"}"#, .anyone),
      (#"{"AWS":"111111111111"}"#, .account(AccountID(rawValue: "111111111111")!, partition: nil)),
      (
        #"{"AWS":"arn:aws:iam::111111111111:root"}"#,
        .account(AccountID(rawValue: "111111111111")!, partition: "aws")
      ),
      (
        #"{"AWS":"arn:aws:iam::111111111111:user/p/alice"}"#,
        .user(arn("arn:aws:iam::111111111111:user/p/alice"))
      ),
      (
        #"{"AWS":"arn:aws:iam::111111111111:role/R"}"#,
        .role(arn("arn:aws:iam::111111111111:role/R"))
      ),
      (
        #"{"AWS":"arn:aws:sts::111111111111:assumed-role/R/s"}"#,
        .roleSession(arn("arn:aws:sts::111111111111:assumed-role/R/s"))
      ),
      (
        #"{"AWS":"arn:aws:sts::111111111111:federated-user/f"}"#,
        .federatedUser(arn("arn:aws:sts::111111111111:federated-user/f"))
      ),
      (#"{"AWS":"AIDAEXAMPLEDELETED001"}"#, .uniqueID("AIDAEXAMPLEDELETED001")),
      (#"{"Service":"ec2.amazonaws.com"}"#, .service("ec2.amazonaws.com")),
      (
        #"{"Federated":"arn:aws:iam::111111111111:saml-provider/Okta"}"#,
        .samlProvider(arn("arn:aws:iam::111111111111:saml-provider/Okta"))
      ),
      (
        #"{"Federated":"cognito-identity.amazonaws.com"}"#,
        .webIdentityProvider("cognito-identity.amazonaws.com")
      ),
      (#"{"CanonicalUser":"79a5"}"#, .invalid("79a5", .canonicalUser)),
      (
        #"{"AWS":"arn:aws:iam::111111111111:group/devs"}"#,
        .invalid("arn:aws:iam::111111111111:group/devs", .groupNotAPrincipal)
      ),
      (
        #"{"AWS":"arn:aws:iam::111111111111:role/*"}"#,
        .invalid("arn:aws:iam::111111111111:role/*", .partialWildcard)
      ),
    ])
  func principals(_ row: (String, PrincipalRef)) {
    let compiled = compileStatement(
      #"{"Effect":"Allow","Principal":\#(row.0),"Action":"sts:AssumeRole"}"#, kind: .trust)
    #expect(compiled.statements.first?.principals == [row.1])
  }

  @Test("PolicyCache compiles each distinct document once")
  func cacheSharing() {
    var fixture = PolicyFixture()
    let shared = fixture.addManaged("shared", statements: [idAllow("*")])
    for name in ["u1", "u2", "u3"] { fixture.addUser(name, attached: [shared.rawValue]) }
    let engine = fixture.engine()
    let sides = ["u1", "u2", "u3"].compactMap {
      engine.identitySide(for: arn(Acct.a, "user/\($0)"))
    }
    #expect(Set(sides.map(\.fingerprint)).count == 1)
    #expect(Set(sides.compactMap { $0.policies.first?.document.cacheID }).count == 1)
    let alice = engine.identitySide(for: arn(P.alice))
    #expect(alice?.fingerprint != sides.first?.fingerprint)
  }

  @Test("Fingerprints include the principal when a policy uses variables")
  func fingerprintWithVariables() {
    var fixture = PolicyFixture()
    let shared = fixture.addManaged(
      "self",
      statements: [
        #"{"Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam::111111111111:user/${aws:username}"}"#
      ])
    fixture.addUser("u1", attached: [shared.rawValue])
    fixture.addUser("u2", attached: [shared.rawValue])
    let engine = fixture.engine()
    #expect(
      engine.identitySide(for: arn(Acct.a, "user/u1"))?.fingerprint
        != engine.identitySide(for: arn(Acct.a, "user/u2"))?.fingerprint)
  }
}
