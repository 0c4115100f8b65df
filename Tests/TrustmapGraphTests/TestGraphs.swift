import TrustmapGraph

/// A tiny deterministic generator for test graphs (SplitMix64).
struct TestRandom {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Graph builders shared by the algorithm tests.
enum TestGraphs {
  /// A graph from `(source, target)` pairs; edge ids follow the list order.
  static func graph(_ nodeCount: Int, _ pairs: [(Int, Int)]) -> IndexedDigraph {
    IndexedDigraph(
      nodeCount: nodeCount, edges: pairs.map { IndexedEdge(source: $0.0, target: $0.1) })
  }

  /// A random multigraph with self-loops allowed.
  static func random(seed: UInt64, nodes: Int, edges: Int) -> IndexedDigraph {
    var random = TestRandom(state: seed)
    let pairs = (0..<edges).map { _ in (random.below(nodes), random.below(nodes)) }
    return graph(nodes, pairs)
  }

  /// Reflexive reachability by plain BFS from `source`, the reference for propagation tests.
  static func naiveReachable(_ graph: IndexedDigraph, from source: Int) -> Set<Int> {
    var seen: Set<Int> = [source]
    var stack = [source]
    while let node = stack.popLast() {
      for next in graph.successors(of: node) where seen.insert(next).inserted {
        stack.append(next)
      }
    }
    return seen
  }

  /// Every simple path from `source` to `target` (brute force, tiny graphs only).
  static func allSimplePaths(_ graph: IndexedDigraph, from source: Int, to target: Int)
    -> [GraphPath]
  {
    var result: [GraphPath] = []
    func extend(_ nodes: [Int], _ edges: [Int]) {
      guard let last = nodes.last else { return }
      if last == target {
        result.append(GraphPath(nodes: nodes, edgeIDs: edges))
        return
      }
      for slot in graph.outgoing(of: last) where !nodes.contains(Int(graph.targets[slot])) {
        extend(nodes + [Int(graph.targets[slot])], edges + [Int(graph.edgeIDs[slot])])
      }
    }
    extend([source], [])
    return result.sorted()
  }
}
