import Testing
import TrustmapGraph

@Suite("Condensation")
struct CondensationTests {
  /// The condensation by definition: every distinct component pair once, with its smallest
  /// edge id, sorted by (from, to).
  static func reference(_ graph: IndexedDigraph, _ components: StronglyConnectedComponents)
    -> [[Int]]
  {
    var smallest: [[Int]: Int] = [:]
    for node in 0..<graph.nodeCount {
      for slot in graph.outgoing(of: node) {
        let from = components.component(of: node)
        let to = components.component(of: Int(graph.targets[slot]))
        guard from != to else { continue }
        let id = Int(graph.edgeIDs[slot])
        smallest[[from, to]] = min(smallest[[from, to]] ?? id, id)
      }
    }
    return smallest.keys.sorted { $0.lexicographicallyPrecedes($1) }.map {
      $0 + [smallest[$0] ?? -1]
    }
  }

  @Test(
    "rows equal the pairs of connected components with their smallest edge id",
    arguments: [UInt64(31), 32, 33, 34, 35])
  func matchesDefinition(seed: UInt64) {
    let graph = TestGraphs.random(seed: seed, nodes: 60, edges: 150)
    let components = StronglyConnectedComponents(graph)
    let dag = components.condensation(of: graph)
    var rows: [[Int]] = []
    for from in 0..<dag.nodeCount {
      for slot in dag.outgoing(of: from) {
        rows.append([from, Int(dag.targets[slot]), Int(dag.edgeIDs[slot])])
      }
    }
    #expect(dag.nodeCount == components.componentCount)
    #expect(rows == Self.reference(graph, components))
  }
}
