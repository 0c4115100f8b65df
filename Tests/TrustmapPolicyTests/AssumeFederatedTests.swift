import Testing
import TrustmapModel
import TrustmapPolicy

@Suite("§6.2 federated rows T-54…T-57")
struct AssumeFederatedTests {
  static let github = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
  static let okta = "arn:aws:iam::111111111111:saml-provider/Okta"

  func decide(_ trustJSON: String, caller: Caller) -> (Decision, PolicyEngine) {
    var fixture = PolicyFixture()
    fixture.addRole("R", trust: trustJSON)
    let engine = fixture.engine()
    guard let role = engine.trustSide(for: arn(P.rA)) else { fatalError("no role") }
    return (engine.decideAssumeRole(caller: caller, role: role), engine)
  }

  func oidcTrust(_ condition: String) -> String {
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\#(Self.github)"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":\#(condition)}]}"#
  }

  @Test("T-54: GitHub OIDC with only aud → conditional [OIDC aud]")
  func oidcAudOnly() {
    let (decision, _) = decide(
      oidcTrust(
        #"{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}"#),
      caller: .oidcProvider(Self.github))
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["OIDC aud"])
    #expect(decision.attributes.basis == .federated)
  }

  @Test("T-55: GitHub OIDC with sub and aud → conditional [OIDC aud, OIDC sub]")
  func oidcSubAndAud() {
    let (decision, _) = decide(
      oidcTrust(
        #"{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:example-org/app:ref:refs/heads/main"}}"#
      ),
      caller: .oidcProvider(Self.github))
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["OIDC aud", "OIDC sub"])
  }

  @Test("T-56: SAML with TagSession → conditional [SAML:aud], tagSessionAllowed")
  func saml() {
    let trustJSON =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\#(Self.okta)"},"Action":["sts:AssumeRoleWithSAML","sts:TagSession"],"Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}"#
    let (decision, _) = decide(trustJSON, caller: .samlProvider(arn(Self.okta)))
    #expect(decision.summary == "conditional")
    #expect(decision.labels == ["SAML:aud"])
    #expect(decision.attributes.tagSessionAllowed)
  }

  @Test(
    "T-57: SAML provider with action sts:AssumeRole → no edge; lint mismatchedActionForPrincipal")
  func samlWrongAction() {
    let trustJSON =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\#(Self.okta)"},"Action":"sts:AssumeRole"}]}"#
    let (decision, engine) = decide(trustJSON, caller: .samlProvider(arn(Self.okta)))
    #expect(decision.denialReason == .trust)
    #expect(engine.findings.contains { $0.code == "mismatchedActionForPrincipal" })
  }

  @Test("TRU-15: the RCP still applies to SAML callers; SCPs and identity do not")
  func samlUnderRCP() {
    var fixture = PolicyFixture()
    fixture.addRole(
      "R",
      trust:
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"\#(Self.okta)"},"Action":"sts:AssumeRoleWithSAML"}]}"#
    )
    fixture.addOrgOnlyRCP()
    let engine = fixture.engine()
    let decision = engine.trustSide(for: arn(P.rA)).map {
      engine.decideAssumeRole(caller: .samlProvider(arn(Self.okta)), role: $0)
    }
    // The SAML caller has no aws:PrincipalOrgID (absent → IfExists true) and is no AWS service.
    #expect(decision?.denialReason == .explicitDeny(.rcp))
  }
}
