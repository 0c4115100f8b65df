import Testing
import TrustmapModel
import TrustmapPolicy

/// EVL-7 for the fast path: in the organisation of every §6.2 row, every caller × role pair
/// (IAM principals, services, federated providers, placeholders, a root user) gets the same
/// verdict kind and denial reason from `assumeRoleVerdict` as from `decideAssumeRole`.
@Suite("Fast assume verdict on the §6.2 fixture organisations")
struct FastPathFixtureTests {
  static let rows =
    AssumeSameAccountTests.rows + AssumeCrossAccountTests.rows + AssumePrincipalFormTests.rows
    + AssumeConditionTests.rows + AssumeGuardrailTests.rows

  static let others: [Caller] = [
    .service("ec2.amazonaws.com"), .service("lambda.amazonaws.com"),
    .samlProvider(arn("arn:aws:iam::111111111111:saml-provider/Okta")),
    .oidcProvider("arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"),
    .oidcProvider("cognito-identity.amazonaws.com"), .externalAny,
    .externalAccount(AccountID(rawValue: "444444444444")!),
    .externalPrincipal(arn("arn:aws:iam::444444444444:user/mallory")),
    .externalPrincipal(arn("arn:aws:iam::444444444444:role/R")),
    .accountRoot(AccountID(rawValue: "111111111111")!),
  ]

  @Test("Every caller × role pair of every §6.2 row's organisation", arguments: rows)
  func allPairs(_ row: AssumeCase) {
    var fixture = PolicyFixture()
    row.setup(&fixture)
    let engine = fixture.engine()
    let callers = engine.sortedIdentities.map { Caller.principal($0) } + Self.others
    var compared = 0
    for role in engine.sortedTrusts {
      for caller in callers {
        for action in [nil, "sts:TagSession"] as [String?] {
          _ = engine.decideChecked(caller: caller, role: role, action: action)
          compared += 1
        }
      }
    }
    #expect(compared >= 2 * callers.count)
  }
}
