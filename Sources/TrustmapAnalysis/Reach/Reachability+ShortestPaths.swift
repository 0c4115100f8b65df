import TrustmapGraph

extension Reachability {
  /// The shortest path from any of `sources` to each of `targets` that can be reached,
  /// preferring fully-allowed paths (EDG-5) like `shortestPath(fromAny:to:)`.
  ///
  /// One search serves every target (at most two: allowed edges, then all edges for what is
  /// left), instead of one or two per target; each stops once every target is reached.
  public func shortestPaths(fromAny sources: [Int], to targets: [Int]) -> [Int: TrustPath] {
    let allowed = allowedEdges
    var found = paths(sources, Set(targets)) { allowed[$0] }
    let missing = Set(targets).subtracting(found.keys)
    if !missing.isEmpty {
      found.merge(paths(sources, missing) { _ in true }) { allowed, _ in allowed }
    }
    return found
  }

  private func paths(
    _ sources: [Int], _ targets: Set<Int>, _ allowing: (Int) -> Bool
  ) -> [Int: TrustPath] {
    guard !targets.isEmpty else { return [:] }
    var found: [Int] = []
    let tree = breadthFirst(from: sources, allowing: allowing) { node in
      if targets.contains(node) { found.append(node) }
      return found.count == targets.count
    }
    return Dictionary(
      uniqueKeysWithValues: found.map { ($0, unwind($0, tree.parentEdge, tree.parentNode)) })
  }
}
