import TrustmapGraph
import TrustmapModel

/// A path through the trust graph with one explained hop per edge (EDG-5, TRU-12).
public struct TrustPath: Hashable, Sendable {
  /// The edges, in order.
  public let hops: [GraphEdge]

  /// Wraps edges.
  public init(hops: [GraphEdge]) { self.hops = hops }

  /// Allowed iff every hop is allowed (EDG-5).
  public var isAllowed: Bool { hops.allSatisfy(\.isAllowed) }

  /// The union of the hops' condition labels, sorted.
  public var conditions: [String] { Array(Set(hops.flatMap(\.conditionLabels))).sorted() }

  /// Hops whose caller is a role session: role chaining (TRU-12).
  public var roleChainLength: Int {
    hops.filter { $0.kind == .assumeRole && $0.decision.attributes.chainedHopCapable }.count
  }

  /// ≥ 2 consecutive AssumeRole hops: sessions limited to 1 hour (TRU-12).
  public var isChained: Bool { roleChainLength >= 1 && hops.count >= 2 }

  /// The first node, or nil for an empty path.
  public var start: NodeID? { hops.first?.source }
  /// The last node.
  public var end: NodeID? { hops.last?.target }

  /// Resolves an algorithm path (edge ids are positions in `graph.edges`).
  public init(_ path: GraphPath, in graph: TrustGraph) {
    hops = path.edgeIDs.map { graph.edges[$0] }
  }
}

extension Reachability {
  /// Shortest paths from `source` to `target`: the shortest fully-allowed path first when one
  /// exists (EDG-5), then up to `alternatives - 1` further loopless paths, fewest hops first.
  public func paths(from source: Int, to target: Int, alternatives: Int = 1) -> [TrustPath] {
    let finder = PathFinder(graph: digraph)
    let allowed = allowedEdges
    var result: [GraphPath] = []
    if let allowed = finder.shortestPath(
      from: source, to: target, allowing: { allowed[$0] })
    {
      result.append(allowed)
    }
    if result.count < alternatives || result.isEmpty {
      for path in finder.alternativePaths(from: source, to: target, count: max(alternatives, 1) + 1)
      where !result.contains(path) && result.count < max(alternatives, 1) {
        result.append(path)
      }
    }
    return result.map { TrustPath($0, in: graph) }
  }

  /// The shortest path from any of `sources` to the first node satisfying `isGoal`, preferring
  /// fully-allowed paths (multi-source BFS, deterministic by source order and edge order).
  public func shortestPath(fromAny sources: [Int], to isGoal: (Int) -> Bool) -> TrustPath? {
    let allowed = allowedEdges
    if let path = search(sources, isGoal, { allowed[$0] }) { return path }
    return search(sources, isGoal, { _ in true })
  }

  func search(_ sources: [Int], _ isGoal: (Int) -> Bool, _ allowing: (Int) -> Bool) -> TrustPath? {
    var goal: Int?
    let tree = breadthFirst(from: sources, allowing: allowing) { node in
      guard isGoal(node) else { return false }
      goal = node
      return true
    }
    return goal.map { unwind($0, tree.parentEdge, tree.parentNode) }
  }

  /// Multi-source breadth-first search over the edges `allowing` admits (deterministic by source
  /// order and edge order).
  ///
  /// `reached` sees each node reached by an edge, in order, and ends the search by returning true.
  /// The parent links lead back to a source (`unwind`).
  func breadthFirst(
    from sources: [Int], allowing: (Int) -> Bool, reached: (Int) -> Bool
  ) -> (parentEdge: [Int32], parentNode: [Int32]) {
    var parentEdge = [Int32](repeating: -2, count: digraph.nodeCount)
    var parentNode = [Int32](repeating: -1, count: digraph.nodeCount)
    var queue: [Int] = []
    for source in sources where parentEdge[source] == -2 {
      parentEdge[source] = -1
      queue.append(source)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for slot in digraph.outgoing(of: node) {
        let next = Int(digraph.targets[slot])
        let edge = Int(digraph.edgeIDs[slot])
        guard parentEdge[next] == -2, allowing(edge) else { continue }
        parentEdge[next] = Int32(edge)
        parentNode[next] = Int32(node)
        if reached(next) { return (parentEdge, parentNode) }
        queue.append(next)
      }
    }
    return (parentEdge, parentNode)
  }

  func unwind(_ end: Int, _ parentEdge: [Int32], _ parentNode: [Int32]) -> TrustPath {
    var edgeIDs: [Int] = []
    var node = end
    while parentEdge[node] >= 0 {
      edgeIDs.append(Int(parentEdge[node]))
      node = Int(parentNode[node])
    }
    return TrustPath(hops: edgeIDs.reversed().map { graph.edges[$0] })
  }
}
