import Testing
import TrustmapAnalysis
import TrustmapGraph

/// Reachability reads edges and labels through its own shortcuts (positions instead of ids, both
/// label sets built side by side); they must give what the graph's own digraph and one search per
/// node give.
@Suite("Reachability equals plain searches")
struct ReachabilityBuildTests {
  @Test(
    "digraph and reached accounts (all and allowed edges) match per-node searches",
    arguments: SharedEvaluationTests.organizations.indices)
  func matchesPlainSearch(_ position: Int) {
    let organization = SharedEvaluationTests.organizations[position].1
    let engine = SharedEvaluationTests.engine(organization)
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
    let reach = Reachability(graph: graph)
    let reference = graph.traversableDigraph()
    #expect(reach.digraph.offsets == reference.offsets)
    #expect(reach.digraph.targets == reference.targets)
    #expect(reach.digraph.edgeIDs == reference.edgeIDs)
    let nodes = graph.nodes
    var crossAccount = 0
    for node in nodes.indices {
      let all = reference.nodes(reachableFrom: [node]).members
      let allowed = reference.nodes(reachableFrom: [node]) { graph.edges[$0].isAllowed }
      func accounts(adminOnly: Bool) -> [String] {
        let reached = all.filter { nodes[$0].kind == .role && (!adminOnly || nodes[$0].isAdmin) }
        let ids = Set(reached.compactMap { nodes[$0].account }).sorted()
        return ids.map { account in
          let viaAllowed = reached.contains {
            nodes[$0].account == account && allowed.contains($0)
          }
          return "\(account) \(viaAllowed)"
        }
      }
      #expect(reach.accountsReachable(from: node).map(Self.text) == accounts(adminOnly: false))
      #expect(
        reach.adminAccountsReachable(from: node).map(Self.text) == accounts(adminOnly: true))
      if reach.adminAccountsReachable(from: node).count > 1 { crossAccount += 1 }
    }
    #expect(crossAccount > 0)
  }

  static func text(_ reached: ReachedAccount) -> String { "\(reached.account) \(reached.allowed)" }
}
