import Testing
import TrustmapGraph

@Suite("Strongly connected components")
struct StronglyConnectedComponentsTests {
  @Test func cyclesSelfLoopsAndDisconnectedParts() {
    // 0 → 1 → 2 → 0 is one cycle; 3 has a self-loop; 4 → 5 is acyclic; 6 is isolated.
    let graph = TestGraphs.graph(7, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 3), (4, 5)])
    let components = StronglyConnectedComponents(graph)
    #expect(components.componentCount == 5)
    let cycle = components.component(of: 0)
    #expect(components.members(of: cycle) == [0, 1, 2])
    #expect(components.size(of: components.component(of: 3)) == 1)
    #expect(components.component(of: 4) != components.component(of: 5))
    #expect(components.component(of: 6) != components.component(of: 4))
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func idsAreTopologicalAndMatchMutualReachability(seed: UInt64) {
    let graph = TestGraphs.random(seed: seed, nodes: 40, edges: 70)
    let components = StronglyConnectedComponents(graph)
    let reach = (0..<40).map { TestGraphs.naiveReachable(graph, from: $0) }
    for node in 0..<40 {
      for other in 0..<40 {
        let mutual = reach[node].contains(other) && reach[other].contains(node)
        #expect(mutual == (components.component(of: node) == components.component(of: other)))
      }
      for next in graph.successors(of: node) {
        #expect(components.component(of: node) <= components.component(of: next))
      }
    }
  }

  @Test func condensationIsADAGWithoutDuplicateEdges() {
    let graph = TestGraphs.graph(4, [(0, 1), (1, 0), (0, 2), (1, 2), (2, 3), (2, 3), (3, 3)])
    let components = StronglyConnectedComponents(graph)
    let dag = components.condensation(of: graph)
    #expect(dag.nodeCount == 3)
    #expect(dag.edgeCount == 2)
    for component in 0..<dag.nodeCount {
      for next in dag.successors(of: component) { #expect(component < next) }
    }
    // The representative edge of {0,1} → {2} is the smaller of edges 2 and 3.
    let from = components.component(of: 0)
    #expect(dag.outgoing(of: from).map { Int(dag.edgeIDs[$0]) } == [2])
  }

  @Test func longChainDoesNotOverflowTheStack() {
    let count = 100_000
    let chain = TestGraphs.graph(count, (0..<(count - 1)).map { ($0, $0 + 1) })
    #expect(StronglyConnectedComponents(chain).componentCount == count)
    let ring = TestGraphs.graph(count, (0..<count).map { ($0, ($0 + 1) % count) })
    #expect(StronglyConnectedComponents(ring).componentCount == 1)
  }
}
