/// Fewest-hop paths in an `IndexedDigraph`, deterministic by node index.
///
/// Breadth-first search expands nodes in queue order and each node's slots in (target, edge id)
/// order, and a node keeps the first edge that discovered it. The returned path is therefore the
/// same on every run for the same graph. An optional `allowing` filter decides per edge id
/// whether the edge may be used (e.g. skip conditional edges, EDG-5).
public struct PathFinder: Sendable {
  /// The graph searched.
  public let graph: IndexedDigraph

  /// Creates a path finder over `graph`.
  public init(graph: IndexedDigraph) {
    self.graph = graph
  }

  /// The fewest-hop path from `source` to `target`, or nil if there is none.
  public func shortestPath(
    from source: Int, to target: Int, allowing: ((Int) -> Bool)? = nil
  ) -> GraphPath? {
    search(from: source, isGoal: { $0 == target }, constraints: Constraints(allowing: allowing))
  }

  /// The fewest-hop path from `source` to the first node (in BFS order) with `isGoal`; a source
  /// that is itself a goal gives the zero-hop path.
  public func shortestPath(
    from source: Int, toFirst isGoal: (Int) -> Bool, allowing: ((Int) -> Bool)? = nil
  ) -> GraphPath? {
    search(from: source, isGoal: isGoal, constraints: Constraints(allowing: allowing))
  }

  /// Restrictions on one search.
  ///
  /// A caller filter plus the nodes and source edges Yen's algorithm removes. Removed edges always leave the search source, so they are only checked
  /// there, and removed nodes are a bitset: the hot loop does no hashing.
  struct Constraints {
    var allowing: ((Int) -> Bool)?
    var blockedNodes: Bitset? = nil
    var blockedSourceEdges: Set<Int> = []
  }

  /// Breadth-first search; a goal is accepted when it is discovered.
  func search(from source: Int, isGoal: (Int) -> Bool, constraints: Constraints) -> GraphPath? {
    if isGoal(source) { return GraphPath(nodes: [source], edgeIDs: []) }
    var parentSlot = [Int](repeating: -1, count: graph.nodeCount)
    var parentNode = [Int](repeating: -1, count: graph.nodeCount)
    var queue = [source]
    parentNode[source] = source
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for slot in graph.outgoing(of: node) {
        let next = Int(graph.targets[slot])
        let edge = Int(graph.edgeIDs[slot])
        guard parentNode[next] < 0, constraints.blockedNodes?.contains(next) != true else {
          continue
        }
        if node == source && constraints.blockedSourceEdges.contains(edge) { continue }
        if let allowing = constraints.allowing, !allowing(edge) { continue }
        parentNode[next] = node
        parentSlot[next] = slot
        if isGoal(next) {
          return path(to: next, from: source, parentNode: parentNode, parentSlot: parentSlot)
        }
        queue.append(next)
      }
    }
    return nil
  }

  private func path(to end: Int, from source: Int, parentNode: [Int], parentSlot: [Int])
    -> GraphPath
  {
    var nodes = [end]
    var edges: [Int] = []
    var node = end
    while node != source {
      edges.append(Int(graph.edgeIDs[parentSlot[node]]))
      node = parentNode[node]
      nodes.append(node)
    }
    return GraphPath(nodes: nodes.reversed(), edgeIDs: edges.reversed())
  }
}
