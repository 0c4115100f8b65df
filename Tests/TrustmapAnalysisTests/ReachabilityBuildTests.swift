import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Reachability reads edges and labels through its own shortcuts (positions instead of ids, both
/// label sets built side by side); they must give what the graph's own digraph and one search per
/// node give.
@Suite("Reachability equals plain searches")
struct ReachabilityBuildTests {
  @Test(
    "digraph and reached accounts (all and allowed edges) match per-node searches",
    arguments: SharedEvaluationTests.organizations.indices)
  func matchesPlainSearch(_ position: Int) {
    let (_, _, graph) = SharedEvaluationTests.graphs[position]
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

  @Test(
    "blast radius (one search per admin role on both cores) equals a serial count",
    arguments: SharedEvaluationTests.organizations.indices)
  func blastRadiusMatchesSerialCount(_ position: Int) {
    let (organization, engine, graph) = SharedEvaluationTests.graphs[position]
    let tiers = AccountTiers(organization: organization, config: nil)
    let analysis = TrustAnalysis(graph: graph, engine: engine, tiers: tiers)
    let nodes = graph.nodes
    let reversed = graph.traversableDigraph().reversed()
    let expected = nodes.indices.filter { nodes[$0].isAdmin && nodes[$0].kind == .role }
      .map { admin -> (role: NodeID, principals: Int) in
        let count = reversed.nodes(reachableFrom: [admin]).members
          .filter { $0 != admin && nodes[$0].isPrincipal }.count
        return (nodes[admin].id, count)
      }
      .sorted { ($1.principals, $0.role) < ($0.principals, $1.role) }
      .map { "\($0.principals) \($0.role)" }
    #expect(expected.count > 2)
    let texts = analysis.blastRadius(limit: .max).map { "\($0.principals) \($0.role)" }
    #expect(texts == expected)
    #expect(analysis.blastRadius().count == min(20, expected.count))
  }
}

extension SharedEvaluationTests {
  /// Both organisations with their engines and graphs, built once.
  static let graphs: [(Organization, PolicyEngine, TrustGraph)] = organizations.map {
    let compiled = engine($0.1)
    return ($0.1, compiled, TrustGraphBuilder(organization: $0.1, engine: compiled).build())
  }
}
