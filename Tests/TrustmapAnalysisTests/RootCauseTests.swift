import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// Root causes: grouping by the statement a fix changes, what-ifs and admin exposure.
@Suite("Root causes")
struct RootCauseTests {
  static let dev1 = "111111111111"
  static let dev2 = "222222222222"
  static let prod1 = "333333333333"
  static let prod2 = "444444444444"

  /// Two dev accounts with one user each; two prod accounts whose `deploy` role (admin) has
  /// the trust policy `prodTrust(account)`.
  static func org(prodTrust: (String) -> String) -> TieredOrg {
    var org = TieredOrg()
    for dev in [dev1, dev2] {
      org.account(dev, tier: "dev")
      org.user("dev", in: dev, statements: [TieredOrg.assumeAny])
    }
    for prod in [prod1, prod2] {
      org.account(prod, tier: "prod")
      org.role("deploy", in: prod, trust: prodTrust(prod), statements: [TieredOrg.everything])
    }
    return org
  }

  static let bothDevRoots = ["arn:aws:iam::\(dev1):root", "arn:aws:iam::\(dev2):root"]

  func escalations(_ analysis: RootCauseAnalysis) -> [RootCause] {
    analysis.rootCauses.filter { $0.kind == .crossAccountEscalation }
  }

  @Test("one templated trust in two prod accounts: one root cause, both statements, all 4 paths")
  func templatedTrustIsOneRootCause() throws {
    let (organization, analysis) = try Self.org { _ in TieredOrg.trust(Self.bothDevRoots) }
      .analysed()
    let causes = RootCauseAnalysis(analysis: analysis, organization: organization)
    let escalations = escalations(causes)
    #expect(escalations.count == 1)
    let cause = try #require(escalations.first)
    #expect(cause.statements.count == 2)
    #expect(
      cause.sources.map(\.rawValue) == [Self.dev1, Self.dev2].map { "arn:aws:iam::\($0):user/dev" })
    #expect(cause.targetAccounts.map(\.rawValue) == [Self.prod1, Self.prod2])
    #expect(cause.paths == 4)
    #expect(cause.allowedPaths == 4)
    #expect(cause.removedByFix == 4)
    #expect(cause.severity == .critical)
    #expect(cause.findings.count == 4)
    for finding in cause.findings { #expect(causes.causes[finding] == [cause.id]) }
    #expect(cause.fix.text.contains("trusts the whole account"))
    #expect(cause.fix.text.contains("The same statement is in 2 policies"))
  }

  @Test("negative twin: two different trust statements under one role name are two root causes")
  func differentStatementsAreTwoRootCauses() throws {
    let (organization, analysis) = try Self.org { prod in
      prod == Self.prod1
        ? TieredOrg.trust(Self.bothDevRoots)
        : TieredOrg.trust([
          "arn:aws:iam::\(Self.dev1):user/dev", "arn:aws:iam::\(Self.dev2):user/dev",
        ])
    }
    .analysed()
    let escalations = escalations(RootCauseAnalysis(analysis: analysis, organization: organization))
    #expect(escalations.count == 2)
    #expect(escalations.allSatisfy { $0.statements.count == 1 && $0.paths == 2 })
    let named = try #require(escalations.first { $0.fix.text.contains(" names ") })
    #expect(named.fix.text.contains("user dev of 111111111111"))
  }

  @Test("a condition on the trust makes the root cause medium, with no allowed path")
  func conditionalRootCause() throws {
    let mfa = #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#
    let (organization, analysis) = try Self.org { _ in
      TieredOrg.trust(Self.bothDevRoots, condition: mfa)
    }
    .analysed()
    let cause = try #require(
      escalations(RootCauseAnalysis(analysis: analysis, organization: organization)).first)
    #expect(cause.severity == .medium)
    #expect(cause.allowedPaths == 0)
    #expect(cause.rationale.contains("only if MFA"))
  }

  @Test("vendor trusts: one root cause per vendor account, not per role name")
  func vendorGrouping() throws {
    for (vendors, expected) in [
      (["999999999999", "999999999999"], 1), (["999999999999", "888888888888"], 2),
    ] {
      var org = TieredOrg()
      for (prod, vendor) in zip([Self.prod1, Self.prod2], vendors) {
        org.account(prod, tier: "prod")
        org.role(
          "vendor", in: prod, trust: TieredOrg.trust(["arn:aws:iam::\(vendor):root"]),
          statements: [])
      }
      let (organization, analysis) = try org.analysed()
      let causes = RootCauseAnalysis(analysis: analysis, organization: organization).rootCauses
      #expect(causes.filter { $0.kind == .missingExternalID }.count == expected)
      #expect(analysis.findings.filter { $0.kind == .externalAccountTrust }.isEmpty)
    }
  }
}
