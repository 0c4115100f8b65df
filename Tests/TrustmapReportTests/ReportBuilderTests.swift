import Foundation
import Testing
import TrustmapAnalysis
import TrustmapModel
import TrustmapReport
import TrustmapTestSupport

@Suite("Analysis → ReportDocument on Samples/")
struct ReportBuilderTests {
  let document: ReportDocument

  init() throws {
    let loaded = try #require(SamplesFixture.loaded)
    let builder = ReportBuilder(
      analysis: loaded.analysis, organization: loaded.organization, engine: loaded.engine,
      renderer: nil)
    document = builder.document(
      ReportContext(title: "t", generatedAt: SamplesFixture.generatedAt, toolVersion: "0.0.0"))
  }

  func cell(_ source: String, _ target: String) -> MatrixCell? {
    document.matrix.cells.first { $0.source == source && $0.target == target }
  }

  @Test("matrix: dev → prod and tooling → prod reach an admin; sandbox reaches nothing")
  func matrix() {
    #expect(cell("555555555555", "444444444444")?.level == .reachesAdmin)
    #expect(cell("333333333333", "444444444444")?.level == .reachesAdmin)
    #expect(cell("555555555555", "333333333333")?.level == .reachesRole)
    #expect(!document.matrix.cells.contains { $0.source == "666666666666" })
  }

  @Test("matrix: security → management is admin only if MFA, so conditional or a plain role")
  func matrixConditional() {
    #expect(cell("222222222222", "111111111111")?.level != .reachesAdmin)
  }

  @Test("item 1: dan.dev's 3-hop path with each hop's trust and identity statement (Sid)")
  func danDevPath() throws {
    let finding = try #require(
      document.findings.first { $0.id == "cross-account-escalation:555555555555->444444444444" })
    let path = try #require(
      finding.otherPaths.first { $0.hops.first?.from.name == "dan.dev (northwind-dev)" })
    #expect(path.hops.count == 3)
    #expect(path.chained)
    #expect(
      path.hops.map { $0.trustStatement?.sid } == ["DevAccount", "CiCallers", "SharedDeployRunner"])
    #expect(
      path.hops.map { $0.identityStatement?.sid } == [
        "UseCiRoles", "HandOffToSharedRunner", "DeployTargets",
      ])
    #expect(path.hops[0].identityStatement?.policyName == "developers-base")
    #expect(path.hops[0].identityStatement?.json.contains("\"Sid\": \"UseCiRoles\"") == true)
  }

  @Test("item 2: oscar.oncall → break-glass-ops through the group's inline policy")
  func oscarPath() throws {
    let finding = try #require(
      document.findings.first { $0.id == "cross-account-escalation:555555555555->444444444444" })
    let hop = try #require(
      finding.otherPaths.first { $0.hops.first?.from.name == "oscar.oncall (northwind-dev)" }?.hops
        .first)
    #expect(hop.to.name == "break-glass-ops (northwind-prod)")
    #expect(hop.identityStatement?.policyName == "oncall-assume-any")
    #expect(hop.identityStatement?.source.contains("group/platform-oncall") == true)
    #expect(hop.trustStatement?.json.contains("arn:aws:iam::555555555555:root") == true)
  }

  @Test("item 3: the MFA condition with key, operator and values")
  func mfaCondition() throws {
    let finding = try #require(
      document.findings.first { $0.id == "cross-account-escalation:222222222222->111111111111" })
    let condition = try #require(finding.hops.first?.conditions.first)
    #expect(condition.label == "MFA")
    #expect(condition.key == "aws:MultiFactorAuthPresent")
    #expect(condition.values == ["true"])
    #expect(finding.status == .conditional)
  }

  @Test("every planted finding kind is present", arguments: FindingKind.allCases)
  func kinds(_ kind: FindingKind) {
    #expect(document.findings.contains { $0.kind == kind.rawValue })
  }

  @Test("coverage: the unknown AWS managed policy, unimported vendor accounts, SCP assumption")
  func coverage() {
    #expect(
      document.coverage.missingPolicies.map(\.subject) == [
        "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
      ])
    #expect(document.coverage.unimportedAccounts.contains { $0.hasPrefix("888888888888") })
    #expect(document.coverage.unresolvedConditions.contains { $0.label == "MFA" })
    #expect(document.metadata.assumptions.contains { $0.contains("Session policies") })
    #expect(document.metadata.assumptions.first?.contains("were evaluated") == true)
  }

  @Test("accounts carry OU path and tier; the tree has the Organizations root")
  func accounts() throws {
    let prod = try #require(document.accounts.first { $0.id == "444444444444" })
    #expect(prod.ouPath == ["Workloads", "Prod"])
    #expect(prod.tier == "prod")
    #expect(document.organizationTree?.children.count == 4)
  }

  @Test("principals: dan.dev reaches other accounts; edges cover the whole graph")
  func principals() throws {
    let dan = try #require(document.principals.first { $0.name == "user/dan.dev" })
    #expect(dan.reachableAccounts >= 2)
    #expect(dan.blastRadius >= 3)
    let loaded = try #require(SamplesFixture.loaded)
    #expect(document.edges.count == loaded.analysis.graph.edges.count)
  }

  @Test("external trust lists the public role, both vendors and the GitHub provider")
  func externalTrust() {
    let kinds = Set(document.externalTrust.map(\.kind))
    #expect(kinds.isSuperset(of: [.publicTrust, .externalAccount, .provider]))
    #expect(
      document.externalTrust.contains {
        $0.principal.hasPrefix("arn:aws:iam::888888888888:root")
          && $0.note.contains("missing-external-id")
      })
  }

  func finding(_ id: String) throws -> ReportFinding {
    try #require(document.findings.first { $0.id == id })
  }

  @Test("conditional and federated hops carry their trust statement (left open)")
  func conditionalHopsHaveTrust() throws {
    let oidc = try finding(
      "unguarded-oidc-trust:arn:aws:iam::444444444444:role/gha-marketing-site-deploy")
    let trust = try #require(oidc.hops.first?.grants.first { $0.layer == "trust" })
    #expect(trust.effect == "conditional")
    #expect(trust.statement.json.contains("token.actions.githubusercontent.com:aud"))
    let mfa = try finding("cross-account-escalation:222222222222->111111111111")
    #expect(mfa.hops.first?.trustStatement?.sid == "SecurityTeamWithMFA")
    // Negative twin: an allowed hop's trust statement granted outright.
    let dev = try finding("cross-account-escalation:555555555555->444444444444")
    #expect(dev.hops.first?.grants.first { $0.layer == "trust" }?.effect == "granted")
  }

  @Test("a hop lists every statement: trust, identity, boundary and SCP")
  func grantList() throws {
    let dev = try finding("cross-account-escalation:555555555555->444444444444")
    let path = try #require(
      dev.otherPaths.first { $0.hops.first?.from.name == "dan.dev (northwind-dev)" })
    let layers = Set(path.hops[0].grants.map(\.layer))
    #expect(layers.isSuperset(of: ["trust", "identity", "boundary", "scp"]))
    #expect(path.hops[0].grants.first { $0.layer == "boundary" }?.effect == "permitted")
    #expect(path.hops[0].grants.allSatisfy { $0.action == "sts:AssumeRole" })
  }

  @Test("public trust: status public without the caller's own policies; vendor stays conditional")
  func publicLabelled() throws {
    let exposed = try finding("public-trust:arn:aws:iam::666666666666:role/demo-shared-readonly")
    #expect(exposed.status == .public)
    #expect(exposed.hops.first?.conditions.isEmpty == true)
    let vendor = try finding(
      "missing-external-id:arn:aws:iam::111111111111:role/vendor-ledgerly-cost:888888888888")
    #expect(vendor.status == .conditional)
    #expect(
      vendor.hops.first?.conditions.map(\.text) == [
        "the policies of account 888888888888 (not imported)"
      ])
  }

  @Test("why admin, every affected principal, rationale and fixes on escalations")
  func escalationEvidence() throws {
    let dev = try finding("cross-account-escalation:555555555555->444444444444")
    #expect(dev.principals.count == dev.count)
    #expect(dev.count == 8)
    let admin = try #require(dev.admin)
    #expect(admin.text.contains("may do everything in its account"))
    #expect(admin.statements.first?.policyName == "break-glass-full-access")
    #expect(dev.rationale.hasPrefix("High:"))
    #expect(dev.fixes.count == 2)
    #expect(dev.rootCauses.count == 2)
    #expect(document.rootCauses.contains { $0.id == dev.rootCauses[0] })
  }

  @Test("root causes point at the statement's line in the export when it can be read")
  func locations() throws {
    let runner = try #require(
      document.rootCauses.first {
        $0.id.hasPrefix("rc:cross-account-escalation:role/ci/deploy-runner")
      })
    let location = try #require(runner.location)
    #expect(location.file.hasSuffix("Samples/accounts/shared-tooling-333333333333.json"))
    #expect(
      location.jsonPath
        == "$.RoleDetailList[?(@.Arn=='arn:aws:iam::333333333333:role/ci/deploy-runner')].AssumeRolePolicyDocument.Statement[0]"
    )
    #expect(location.line == nil)
  }

  @Test("with the export readable, the location has the statement's line and column")
  func locationsWithLines() throws {
    let loaded = try #require(SamplesFixture.loaded)
    var builder = ReportBuilder(
      analysis: loaded.analysis, organization: loaded.organization, engine: loaded.engine,
      renderer: nil)
    builder.readSource = { path in FileManager.default.contents(atPath: path).map { Array($0) } }
    let grouped = builder.grouped(
      ReportContext(title: "t", generatedAt: SamplesFixture.generatedAt, toolVersion: "0.0.0"))
    let runner = try #require(
      grouped.rootCauses.first {
        $0.id.hasPrefix("rc:cross-account-escalation:role/ci/deploy-runner")
      })
    let location = try #require(runner.location)
    #expect(location.jsonPath == "$.RoleDetailList[7].AssumeRolePolicyDocument.Statement[0]")
    #expect(location.line == 404)
    #expect(location.column == 21)
  }

  @Test("edges.csv names the trust statement of conditional and federated edges too")
  func csvTrustOfConditionalEdges() throws {
    let rows = Array(document.edges)
    let oidc = try #require(
      rows.first {
        $0.to == "arn:aws:iam::444444444444:role/gha-marketing-site-deploy"
          && $0.from.hasPrefix("idp:")
      })
    #expect(oidc.status == .conditional)
    #expect(oidc.trustStatement == "trust policy#0")
    let saml = try #require(rows.first { $0.action == "sts:AssumeRoleWithSAML" })
    #expect(!saml.trustStatement.isEmpty)
  }
}
