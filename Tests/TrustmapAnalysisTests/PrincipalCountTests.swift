import Testing
import TrustmapAnalysis
import TrustmapGraph

@Suite("Blast radius counts")
struct PrincipalCountTests {
  @Test(
    "memoised counts equal one search per principal (Samples and a generated 12×40 org)",
    arguments: SharedEvaluationTests.organizations.indices)
  func countsMatchNaiveSearch(_ position: Int) {
    let graph = SharedEvaluationTests.graphs[position].2
    let reach = Reachability(graph: graph)
    let counts = reach.principalCountsReachable()
    let nodes = graph.nodes
    var nonZero = 0
    for node in nodes.indices where nodes[node].isPrincipal {
      let naive = reach.nodesReachable(from: node).filter { nodes[$0].isPrincipal }.count
      #expect(counts[node] == naive, "\(nodes[node].id)")
      if naive > 0 { nonZero += 1 }
    }
    #expect(nonZero > 10)
  }
}

@Suite("Shortest paths to many targets")
struct ShortestPathsTests {
  @Test(
    "one multi-target search gives each target the path a per-target search gives",
    arguments: SharedEvaluationTests.organizations.indices)
  func matchesPerTargetSearch(_ position: Int) {
    let graph = SharedEvaluationTests.graphs[position].2
    let reach = Reachability(graph: graph)
    let nodes = graph.nodes
    let users = nodes.indices.filter { nodes[$0].kind == .user }
    let admins = nodes.indices.filter { nodes[$0].kind == .role && nodes[$0].isAdmin }
    let paths = reach.shortestPaths(fromAny: users, to: admins)
    #expect(!paths.isEmpty)
    for admin in admins {
      #expect(paths[admin] == reach.shortestPath(fromAny: users, to: { $0 == admin }))
    }
  }
}
