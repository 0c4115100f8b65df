import Testing
import TrustmapGraph

@Suite("Label reachability over label ranges")
struct LabelRangeTests {
  @Test(arguments: [UInt64(21), 22, 23])
  func rangesMatchTheFullSet(seed: UInt64) {
    let nodes = 80
    let graph = TestGraphs.random(seed: seed, nodes: nodes, edges: 120)
    var random = TestRandom(state: seed ^ 0x5EED)
    let labelCount = 150  // three words
    let own = (0..<nodes).map { _ in (0..<random.below(4)).map { _ in random.below(labelCount) } }
    let reachability = LabelReachability(graph: graph, labelCount: labelCount) { own[$0] }
    let ranges = [0..<150, 0..<64, 64..<128, 3..<70, 63..<65, 100..<101, 20..<20, 140..<400]
    for node in 0..<nodes {
      let all = reachability.labels(reachableFrom: node).members
      for range in ranges {
        var seen: [Int] = []
        reachability.forEachLabel(reachableFrom: node, in: range) { seen.append($0) }
        #expect(seen == all.filter(range.contains), "node \(node) range \(range)")
        #expect(reachability.count(reachableFrom: node, in: range) == seen.count)
      }
    }
  }
}
