import Testing
import TrustmapAnalysis
import TrustmapGraph

@Suite("Blast radius counts")
struct PrincipalCountTests {
  @Test(
    "memoised counts equal one search per principal (Samples and a generated 12×40 org)",
    arguments: SharedEvaluationTests.organizations.indices)
  func countsMatchNaiveSearch(_ position: Int) {
    let organization = SharedEvaluationTests.organizations[position].1
    let engine = SharedEvaluationTests.engine(organization)
    let graph = TrustGraphBuilder(organization: organization, engine: engine).build()
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
