import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// Paths and blocked lookalikes of Samples/README.md, hop by hop.
@Suite("Samples paths")
struct SamplesPathTests {
  func analysis() throws -> TrustAnalysis { try #require(SamplesAnalysis.loaded).analysis }

  func path(_ from: NodeID, _ to: NodeID) throws -> TrustPath? {
    let analysis = try analysis()
    let source = try #require(analysis.graph.nodeIndex(of: from))
    let target = try #require(analysis.graph.nodeIndex(of: to))
    return analysis.reachability.paths(from: source, to: target).first
  }

  @Test(
    "dan.dev → ci-pipeline → deploy-runner → prod-deploy: 3 allowed hops, chained (TRU-12, EVL-5)")
  func danToProdDeploy() throws {
    let found = try #require(
      try path(iam("555555555555", "user/dan.dev"), iam("444444444444", "role/prod-deploy")))
    #expect(
      found.hops.map(\.target) == [
        iam("555555555555", "role/ci-pipeline"), iam("333333333333", "role/ci/deploy-runner"),
        iam("444444444444", "role/prod-deploy"),
      ])
    #expect(found.isAllowed)
    #expect(found.isChained)
    #expect(found.roleChainLength == 2)
    #expect(
      found.hops[0].viaGroups.map(\.rawValue) == ["arn:aws:iam::555555555555:group/developers"])
  }

  @Test("oscar.oncall → break-glass-ops is one allowed hop (TRU-3, TRU-5)")
  func oscar() throws {
    let found = try #require(
      try path(
        iam("555555555555", "user/oscar.oncall"), iam("444444444444", "role/break-glass-ops")))
    #expect(found.hops.count == 1)
    #expect(found.isAllowed)
  }

  @Test(
    "blocked lookalikes are not edges (SCP, boundary, explicit deny)",
    arguments: [
      (
        "arn:aws:iam::555555555555:user/oscar.oncall",
        "arn:aws:iam::444444444444:role/prod-ops-admin"
      ),
      (
        "arn:aws:iam::555555555555:user/priya.dev", "arn:aws:iam::444444444444:role/break-glass-ops"
      ),
      (
        "arn:aws:iam::333333333333:role/ci/deploy-runner",
        "arn:aws:iam::111111111111:role/terraform-org-admin"
      ),
      (
        "arn:aws:iam::666666666666:user/mia.sandbox",
        "arn:aws:iam::333333333333:role/artifact-reader"
      ),
      (
        "arn:aws:iam::222222222222:user/ines.secops",
        "arn:aws:iam::444444444444:role/security-audit"
      ),
    ])
  func blocked(from: String, to: String) throws {
    let graph = try analysis().graph
    #expect(!graph.edges(from: NodeID(rawValue: from)).contains { $0.target.rawValue == to })
  }

  @Test("nobody reaches terraform-org-admin or prod-ops-admin")
  func unreachable() throws {
    let analysis = try analysis()
    for role in ["111111111111:role/terraform-org-admin", "444444444444:role/prod-ops-admin"] {
      let index = try #require(
        analysis.graph.nodeIndex(of: NodeID(rawValue: "arn:aws:iam::" + role)))
      let reaching = analysis.reachability.nodesReaching([index]).filter {
        analysis.graph.nodes[$0].isPrincipal
      }
      #expect(reaching.isEmpty, "\(role)")
    }
  }

  @Test("placeholders: vendor edges are conditional on identityNotImported (EDG-6)")
  func placeholders() throws {
    let graph = try analysis().graph
    let vendor = try #require(AccountID(rawValue: "999999999999"))
    let edge = try #require(graph.edges(from: .externalAccount(vendor)).first)
    #expect(edge.conditionLabels.contains("identityNotImported:999999999999"))
    #expect(edge.conditionLabels.contains("ExternalId"))
    #expect(graph.node(.externalAccount(vendor))?.placement == .outsideOrganization)
  }

  @Test("ADM-5: ops-legacy reaches admin of every member account")
  func managementAdmin() throws {
    let analysis = try analysis()
    let index = try #require(analysis.graph.nodeIndex(of: iam("111111111111", "user/ops-legacy")))
    let admin = analysis.reachability.adminAccountsReachable(from: index).map(\.account.rawValue)
    #expect(
      Set(admin).isSuperset(of: [
        "222222222222", "333333333333", "444444444444", "555555555555", "666666666666",
      ]))
  }

  @Test("default tiers from OU names: management > security > prod > shared > dev > sandbox")
  func tiers() throws {
    let tiers = try analysis().tiers
    let names = [
      "111111111111", "222222222222", "444444444444", "333333333333", "555555555555",
      "666666666666",
    ]
    .compactMap { AccountID(rawValue: $0) }.map { tiers.tier(of: $0) }
    #expect(names == ["management", "security", "prod", "shared", "dev", "sandbox"])
  }
}
