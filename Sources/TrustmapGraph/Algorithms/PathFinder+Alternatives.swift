extension PathFinder {
  /// Up to `count` loopless paths from `source` to `target`, fewest hops first (Yen's k shortest
  /// simple paths with unit weights; BFS as the inner search).
  ///
  /// Paths are told apart by their edge ids, so two parallel edges give two paths. Ties are
  /// broken by `GraphPath`'s order (hops, then node sequence, then edge ids), which makes the
  /// result deterministic. Cost: up to `count × path length` breadth-first searches.
  public func alternativePaths(
    from source: Int, to target: Int, count: Int, allowing: ((Int) -> Bool)? = nil
  ) -> [GraphPath] {
    guard count > 0, source != target,
      let first = shortestPath(from: source, to: target, allowing: allowing)
    else { return [] }
    var accepted = [first]
    var candidates: Set<GraphPath> = []
    while accepted.count < count, let previous = accepted.last {
      for spur in 0..<previous.hopCount {
        let spurPath = deviation(
          of: previous, at: spur, accepted: accepted, target: target, allowing: allowing)
        if let spurPath, !accepted.contains(spurPath) { candidates.insert(spurPath) }
      }
      guard let best = candidates.min() else { break }
      candidates.remove(best)
      accepted.append(best)
    }
    return accepted
  }

  /// The best path that shares `previous`'s first `spur` edges and then leaves every accepted
  /// path with that same prefix, without revisiting a prefix node.
  private func deviation(
    of previous: GraphPath, at spur: Int, accepted: [GraphPath], target: Int,
    allowing: ((Int) -> Bool)?
  ) -> GraphPath? {
    let rootNodes = Array(previous.nodes[0...spur])
    let rootEdges = Array(previous.edgeIDs[0..<spur])
    var constraints = Constraints(allowing: allowing)
    for path in accepted where path.hopCount > spur && Array(path.edgeIDs[0..<spur]) == rootEdges {
      constraints.blockedSourceEdges.insert(path.edgeIDs[spur])
    }
    constraints.blockedNodes = Bitset(capacity: graph.nodeCount, members: rootNodes.dropLast())
    guard
      let tail = search(
        from: previous.nodes[spur], isGoal: { $0 == target }, constraints: constraints)
    else { return nil }
    return GraphPath(
      nodes: rootNodes + tail.nodes.dropFirst(), edgeIDs: rootEdges + tail.edgeIDs)
  }
}
