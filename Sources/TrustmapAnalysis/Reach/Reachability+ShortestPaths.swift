import TrustmapGraph

extension Reachability {
  /// The shortest path from any of `sources` to each of `targets` that can be reached,
  /// preferring fully-allowed paths (EDG-5) like `shortestPath(fromAny:to:)`.
  ///
  /// One search serves every target (at most two: allowed edges, then all edges for what is
  /// left), instead of one or two per target; each stops once every target is reached.
  public func shortestPaths(fromAny sources: [Int], to targets: [Int]) -> [Int: TrustPath] {
    let edges = graph.edges
    var found = paths(sources, Set(targets)) { edges[$0].isAllowed }
    let missing = Set(targets).subtracting(found.keys)
    if !missing.isEmpty {
      found.merge(paths(sources, missing) { _ in true }) { allowed, _ in allowed }
    }
    return found
  }

  private func paths(
    _ sources: [Int], _ targets: Set<Int>, _ allowing: (Int) -> Bool
  ) -> [Int: TrustPath] {
    var parentEdge = [Int32](repeating: -2, count: digraph.nodeCount)
    var parentNode = [Int32](repeating: -1, count: digraph.nodeCount)
    var queue: [Int] = []
    for source in sources where parentEdge[source] == -2 {
      parentEdge[source] = -1
      queue.append(source)
    }
    var reached: [Int] = []
    var head = 0
    while head < queue.count, reached.count < targets.count {
      let node = queue[head]
      head += 1
      for slot in digraph.outgoing(of: node) {
        let next = Int(digraph.targets[slot])
        let edge = Int(digraph.edgeIDs[slot])
        guard parentEdge[next] == -2, allowing(edge) else { continue }
        parentEdge[next] = Int32(edge)
        parentNode[next] = Int32(node)
        if targets.contains(next) { reached.append(next) }
        queue.append(next)
      }
    }
    return Dictionary(
      uniqueKeysWithValues: reached.map { ($0, unwind($0, parentEdge, parentNode)) })
  }
}
