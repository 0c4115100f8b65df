import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// Every planted weakness of Samples/README.md shows up, and the blocked lookalikes do not.
@Suite("Samples findings")
struct SamplesFindingsTests {
  func loaded() throws -> SamplesAnalysis.Loaded { try #require(SamplesAnalysis.loaded) }

  @Test("graph invariants hold after import")
  func invariants() throws {
    #expect(try loaded().analysis.graph.checkInvariants().isEmpty)
  }

  @Test(
    "planted findings are reported with stable ids",
    arguments: [
      "cross-account-escalation:555555555555->444444444444",
      "cross-account-escalation:222222222222->111111111111",
      "unguarded-oidc-trust:arn:aws:iam::444444444444:role/gha-marketing-site-deploy",
      "public-trust:arn:aws:iam::666666666666:role/demo-shared-readonly",
      "missing-external-id:arn:aws:iam::111111111111:role/vendor-ledgerly-cost:888888888888",
      "external-account-trust:arn:aws:iam::444444444444:role/vendor-skyline-monitoring:999999999999",
      "dangling-trust-principal:arn:aws:iam::444444444444:role/reporting-export:AROA35FQGS54XDDFYWFJG",
      "admin-user:arn:aws:iam::111111111111:user/ops-legacy",
    ])
  func planted(id: String) throws {
    #expect(try loaded().analysis.findings.contains { $0.id == id })
  }

  @Test("one vendor trust is one finding: no external-account-trust beside missing-external-id")
  func oneFindingPerVendorTrust() throws {
    let ids = try loaded().analysis.findings.map(\.id)
    #expect(
      ids.contains(
        "missing-external-id:arn:aws:iam::111111111111:role/vendor-ledgerly-cost:888888888888"))
    #expect(
      !ids.contains(
        "external-account-trust:arn:aws:iam::111111111111:role/vendor-ledgerly-cost:888888888888"))
    #expect(
      ids.contains(
        "external-account-trust:arn:aws:iam::444444444444:role/vendor-skyline-monitoring:999999999999"
      ))
  }

  @Test("no false positives: guarded OIDC, org-guarded * trust, vendor with ExternalId")
  func nonFindings() throws {
    let ids = try loaded().analysis.findings.map(\.id)
    #expect(!ids.contains { $0.contains("github-actions-build") })
    #expect(!ids.contains { $0.contains("artifact-reader") })
    #expect(
      !ids.contains(
        "missing-external-id:arn:aws:iam::444444444444:role/vendor-skyline-monitoring:999999999999")
    )
    #expect(try loaded().analysis.findings.filter { $0.kind == .publicTrust }.count == 1)
  }

  @Test("MFA-guarded security → management escalation is conditional [MFA]")
  func conditionalEscalation() throws {
    let findings = try loaded().analysis.findings
    let finding = try #require(
      findings.first { $0.id == "cross-account-escalation:222222222222->111111111111" })
    let path = try #require(finding.path)
    #expect(!path.isAllowed)
    #expect(path.conditions == ["MFA"])
    #expect(finding.severity == .medium)
  }

  @Test("dev → prod escalation lists both planted admin targets and every source principal")
  func devToProd() throws {
    let findings = try loaded().analysis.findings
    let finding = try #require(
      findings.first { $0.id == "cross-account-escalation:555555555555->444444444444" })
    #expect(finding.targets.contains(iam("444444444444", "role/prod-deploy")))
    #expect(finding.targets.contains(iam("444444444444", "role/break-glass-ops")))
    #expect(finding.path?.isAllowed == true)
    #expect(finding.principalCount >= 5)
    #expect(finding.principals.count == finding.principalCount)
    #expect(finding.principals.contains(iam("555555555555", "user/dan.dev")))
    #expect(finding.principals.contains(iam("555555555555", "user/oscar.oncall")))
  }
}
