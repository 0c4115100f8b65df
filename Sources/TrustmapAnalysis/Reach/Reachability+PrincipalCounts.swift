import TrustmapGraph

extension Reachability {
  /// For every node, how many imported users and roles it can reach through any number of hops
  /// (itself excluded): the principal's blast radius.
  ///
  /// One search per principal would be quadratic on a large organisation. Principals with the
  /// same direct targets (group members, roles with the same policies) reach the same set, so
  /// one search serves every node with that target set; a node reaches itself through its
  /// targets exactly when its strongly connected component is larger than one node or it has a
  /// self-loop, which is subtracted without keeping the set.
  public func principalCountsReachable() -> [Int] {
    let principals = labels.principals
    var search = StampedSearch(digraph: digraph)
    var memo: [[Int32]: Int] = [:]
    var counts = [Int](repeating: 0, count: digraph.nodeCount)
    for node in 0..<digraph.nodeCount where principals[node] {
      let targets = Array(Set(digraph.outgoing(of: node).map { digraph.targets[$0] })).sorted()
      guard !targets.isEmpty else { continue }
      let reached =
        memo[targets]
        ?? {
          let count = search.count(from: targets) { principals[$0] }
          memo[targets] = count
          return count
        }()
      let reachesItself =
        any.components.size(of: any.components.component(of: node)) > 1
        || targets.contains(Int32(node))
      counts[node] = reached - (reachesItself ? 1 : 0)
    }
    return counts
  }
}

/// Breadth-first search that reuses one visit array between searches (a generation stamp per
/// node) instead of allocating a bitset of the whole graph each time.
private struct StampedSearch {
  let digraph: IndexedDigraph
  var stamps: [UInt32]
  var generation: UInt32 = 0
  var queue: [Int32] = []

  init(digraph: IndexedDigraph) {
    self.digraph = digraph
    stamps = [UInt32](repeating: 0, count: digraph.nodeCount)
  }

  /// Nodes reachable from `sources` (sources included) that satisfy `counted`.
  mutating func count(from sources: [Int32], where counted: (Int) -> Bool) -> Int {
    generation += 1
    queue.removeAll(keepingCapacity: true)
    var total = 0
    for source in sources where stamps[Int(source)] != generation {
      stamps[Int(source)] = generation
      queue.append(source)
    }
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      if counted(node) { total += 1 }
      for slot in digraph.outgoing(of: node) {
        let next = digraph.targets[slot]
        if stamps[Int(next)] == generation { continue }
        stamps[Int(next)] = generation
        queue.append(next)
      }
    }
    return total
  }
}
