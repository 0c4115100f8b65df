import Testing
import TrustmapGraph

@Suite("Label reachability")
struct LabelReachabilityTests {
  @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16, 17, 18])
  func matchesBreadthFirstSearchFromEveryNode(seed: UInt64) {
    let nodes = 60
    let graph = TestGraphs.random(seed: seed, nodes: nodes, edges: 90)
    var random = TestRandom(state: seed ^ 0xABCD)
    let labelCount = 70  // more than one word
    let own = (0..<nodes).map { _ in random.below(3) == 0 ? [random.below(labelCount)] : [] }
    let reachability = LabelReachability(graph: graph, labelCount: labelCount) { own[$0] }
    for node in 0..<nodes {
      let expected = Set(TestGraphs.naiveReachable(graph, from: node).flatMap { own[$0] })
      #expect(Set(reachability.labels(reachableFrom: node).members) == expected)
      for label in 0..<labelCount {
        #expect(reachability.canReach(label: label, from: node) == expected.contains(label))
      }
    }
  }

  @Test func reverseGraphAnswersWhoCanReach() {
    // 0 → 1 → 2 and 3 → 2; label = node index.
    let graph = TestGraphs.graph(4, [(0, 1), (1, 2), (3, 2)])
    let reverse = LabelReachability(graph: graph.reversed(), labelCount: 4) { [$0] }
    #expect(reverse.labels(reachableFrom: 2).members == [0, 1, 2, 3])
    #expect(reverse.labels(reachableFrom: 1).members == [0, 1])
  }

  @Test func longChainPropagatesToTheStart() {
    let count = 100_000
    let chain = TestGraphs.graph(count, (0..<(count - 1)).map { ($0, $0 + 1) })
    let reachability = LabelReachability(graph: chain, labelCount: 2) {
      $0 == count - 1 ? [1] : []
    }
    #expect(reachability.canReach(label: 1, from: 0))
    #expect(!reachability.canReach(label: 0, from: 0))
  }
}
