import Testing
import TrustmapGraph

@Suite("Path finder")
struct PathFinderTests {
  @Test func fewestHopsWithTieBrokenByNodeIndex() {
    // Two 2-hop routes 0→2→4 and 0→1→4, and one 3-hop route.
    let graph = TestGraphs.graph(5, [(0, 2), (2, 4), (0, 1), (1, 4), (0, 3), (3, 2)])
    let path = PathFinder(graph: graph).shortestPath(from: 0, to: 4)
    #expect(path == GraphPath(nodes: [0, 1, 4], edgeIDs: [2, 3]))
  }

  @Test func edgeFilterAndUnreachableTargets() {
    let graph = TestGraphs.graph(4, [(0, 1), (1, 2), (0, 2)])
    let finder = PathFinder(graph: graph)
    #expect(finder.shortestPath(from: 0, to: 2)?.edgeIDs == [2])
    #expect(finder.shortestPath(from: 0, to: 2, allowing: { $0 != 2 })?.edgeIDs == [0, 1])
    #expect(finder.shortestPath(from: 0, to: 3) == nil)
    #expect(finder.shortestPath(from: 2, to: 2)?.hopCount == 0)
  }

  @Test func predicateGoalFindsTheNearestMatch() {
    let graph = TestGraphs.graph(6, [(0, 1), (1, 5), (0, 2), (2, 3), (3, 4)])
    let path = PathFinder(graph: graph).shortestPath(from: 0, toFirst: { $0 >= 4 })
    #expect(path?.nodes == [0, 1, 5])
  }

  @Test(arguments: [UInt64(21), 22, 23, 24, 25, 26])
  func pathsAreDeterministicAndAlternativesMatchBruteForce(seed: UInt64) {
    let graph = TestGraphs.random(seed: seed, nodes: 9, edges: 24)
    let finder = PathFinder(graph: graph)
    for target in 1..<9 {
      let all = TestGraphs.allSimplePaths(graph, from: 0, to: target)
      let found = finder.alternativePaths(from: 0, to: target, count: 5)
      #expect(found == finder.alternativePaths(from: 0, to: target, count: 5))
      #expect(found.count == min(5, all.count))
      #expect(found.map(\.hopCount) == all.prefix(5).map(\.hopCount))
      #expect(Set(found).count == found.count)
      for path in found {
        #expect(all.contains(path), "every alternative is a simple path of the graph")
      }
      #expect(found.first?.hopCount == finder.shortestPath(from: 0, to: target)?.hopCount)
    }
  }

  @Test func parallelEdgesGiveDistinctAlternatives() {
    let graph = TestGraphs.graph(2, [(0, 1), (0, 1), (1, 0)])
    let found = PathFinder(graph: graph).alternativePaths(from: 0, to: 1, count: 3)
    #expect(found.map(\.edgeIDs) == [[0], [1]])
  }
}
