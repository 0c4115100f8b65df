import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapRender
import TrustmapTestSupport

@Suite("Analysis → diagram inputs on Samples/")
struct AdapterTests {
  let loaded: SamplesFixture.Loaded
  let adapter: DiagramAdapter

  init() throws {
    loaded = try #require(SamplesFixture.loaded)
    adapter = DiagramAdapter(analysis: loaded.analysis, organization: loaded.organization)
  }

  @Test("dan.dev → prod-deploy is a 3-hop path: account names, short names, chained hops")
  func danDevPath() throws {
    let graph = loaded.analysis.graph
    let from = try #require(
      graph.nodeIndex(of: SamplesFixture.node("555555555555", "user/dan.dev")))
    let to = try #require(
      graph.nodeIndex(of: SamplesFixture.node("444444444444", "role/prod-deploy")))
    let path = try #require(loaded.analysis.reachability.paths(from: from, to: to).first)
    let input = adapter.escalationPath(path)
    #expect(
      input.steps.map(\.name) == ["dan.dev", "ci-pipeline", "ci/deploy-runner", "prod-deploy"])
    #expect(
      input.steps.map(\.accountLabel) == [
        "northwind-dev", "northwind-dev", "northwind-shared-tooling", "northwind-prod",
      ])
    #expect(input.hops.count == 3)
    #expect(input.hops.allSatisfy { !$0.isConditional && $0.action == "sts:AssumeRole" })
    #expect(input.steps.last?.isAdmin == true)
    #expect(input.title == "dan.dev (northwind-dev) → prod-deploy (northwind-prod), admin")
  }

  @Test("the MFA escalation's hop carries its condition label (CND-8)")
  func conditionalFindingPath() throws {
    let finding = try #require(
      loaded.analysis.findings.first {
        $0.id == "cross-account-escalation:222222222222->111111111111"
      })
    let input = try #require(adapter.escalationPath(finding))
    #expect(input.hops.first?.conditions == ["MFA"])
    #expect(input.hops.first?.isConditional == true)
  }

  @Test("overview: OU tree, tiers, outsiders and account links (dev → prod into admin)")
  func overview() {
    let input = adapter.overview()
    #expect(
      input.root.children.map(\.name) == ["Infrastructure", "Sandbox", "Security", "Workloads"])
    #expect(input.root.accountIDs == ["111111111111"])
    let tiers = Dictionary(uniqueKeysWithValues: input.accounts.map { ($0.id, $0.tier) })
    #expect(tiers["111111111111"] == 0)
    #expect(tiers["444444444444"] == 1)
    #expect(tiers["666666666666"] == 3)
    #expect(
      input.outsiders.map(\.key) == [
        "EXTERNAL_ANY", "externalAccount:888888888888", "externalAccount:999999999999",
        "idp:token.actions.githubusercontent.com",
      ])
    #expect(
      input.links.contains { $0.from == "555555555555" && $0.to == "444444444444" && $0.intoAdmin })
    #expect(input.links.contains { $0.from == "EXTERNAL_ANY" && $0.isPublic })
    #expect(!input.links.contains { $0.from.hasPrefix("idp:AWSSSO_") })
    #expect(input.notes.count == 1)
  }

  @Test("the unpinned GitHub OIDC edge is drawn as public (TRU-16); the pinned one is not")
  func oidcPublic() {
    let links = adapter.overview().links.filter {
      $0.from == "idp:token.actions.githubusercontent.com"
    }
    #expect(links.contains { $0.to == "444444444444" && $0.isPublic })
    #expect(links.contains { $0.to == "333333333333" && !$0.isPublic })
  }

  @Test("the public trust is drawn public and solid; a vendor's trust stays dashed")
  func publicIsSolid() throws {
    let graph = loaded.analysis.graph
    let role = SamplesFixture.node("666666666666", "role/demo-shared-readonly")
    let edge = try #require(graph.edges(to: role).first { $0.source == .externalAny })
    let drawn = adapter.trust(edge)
    #expect(drawn.isPublic)
    #expect(!drawn.isConditional)
    #expect(drawn.conditions.isEmpty)
    let vendor = SamplesFixture.node("111111111111", "role/vendor-ledgerly-cost")
    let external = try #require(graph.edges(to: vendor).first)
    #expect(adapter.trust(external).isConditional)
  }

  @Test("account view: every principal of the account plus the outside ends of its edges")
  func accountView() throws {
    let view = adapter.accountView(try #require(AccountID(rawValue: "444444444444")))
    #expect(view.accountName == "northwind-prod")
    #expect(view.principals.contains { $0.name == "break-glass-ops" && $0.isAdmin })
    #expect(
      view.principals.contains { $0.accountID == "555555555555" && $0.name == "oscar.oncall" })
    let ids = Set(view.principals.map(\.id))
    #expect(view.links.allSatisfy { ids.contains($0.from) && ids.contains($0.to) })
  }

  @Test("principal view: a shortest-path tree whose every parent is the root or reached")
  func principalView() {
    let view = adapter.principalView(SamplesFixture.node("555555555555", "user/dan.dev"))
    let reached = Set(view.reached.map(\.principal.id))
    #expect(reached.contains("arn:aws:iam::444444444444:role/prod-deploy"))
    #expect(
      view.reached.allSatisfy { $0.via.from == view.root.id || reached.contains($0.via.from) })
    #expect(view.reached.count == reached.count)
  }
}
