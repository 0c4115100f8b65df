import Testing
import TrustmapGraph

@Suite("IndexedDigraph")
struct IndexedDigraphTests {
  @Test func adjacencyIsSortedByTargetThenEdgeID() {
    let graph = TestGraphs.graph(4, [(0, 3), (0, 1), (2, 0), (0, 1), (0, 0)])
    #expect(graph.successors(of: 0) == [0, 1, 1, 3])
    #expect(graph.outgoing(of: 0).map { Int(graph.edgeIDs[$0]) } == [4, 1, 3, 0])
    #expect(graph.successors(of: 1).isEmpty)
    #expect(graph.edgeCount == 5)
  }

  @Test func reversedTurnsEdgesAroundAndKeepsIDs() {
    let graph = TestGraphs.graph(3, [(0, 1), (2, 1), (1, 0)])
    let reverse = graph.reversed()
    #expect(reverse.successors(of: 1) == [0, 2])
    #expect(reverse.outgoing(of: 1).map { Int(reverse.edgeIDs[$0]) } == [0, 1])
    #expect(reverse.successors(of: 0) == [1])
  }

  @Test func reachableNodesHonourTheEdgeFilter() {
    let graph = TestGraphs.graph(5, [(0, 1), (1, 2), (0, 3), (4, 0)])
    #expect(graph.nodes(reachableFrom: [0]).members == [0, 1, 2, 3])
    #expect(graph.nodes(reachableFrom: [0], allowing: { $0 != 0 }).members == [0, 3])
    #expect(graph.reversed().nodes(reachableFrom: [2]).members == [0, 1, 2, 4])
  }
}
