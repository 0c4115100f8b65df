import TrustmapGraph

/// Shortest paths from every node toward the administrators of one account, found by one
/// breadth-first search backwards from those administrators: what one forward search per
/// principal would give, for all of them at once (EDG-5: a fully-allowed path is preferred,
/// then the shortest one over all traversable edges).
///
/// The buffers are reused from account to account; only the nodes a search touched are reset.
struct AdminApproach {
  /// Edges turned around, so a search walks from an administrator to its callers.
  let reversed: IndexedDigraph
  /// Per node: the edge id of its next hop toward an administrator, or -1.
  private var nextEdge: [Int32]
  /// Per node: the node that edge leads to.
  private var nextNode: [Int32]
  /// Per node: whether its path is fully allowed.
  private var allowed: [Bool]
  private var touched: [Int] = []

  init(_ reach: Reachability, reversed: IndexedDigraph? = nil) {
    self.reversed = reversed ?? reach.digraph.reversed()
    let count = reach.digraph.nodeCount
    nextEdge = [Int32](repeating: -1, count: count)
    nextNode = [Int32](repeating: -1, count: count)
    allowed = [Bool](repeating: false, count: count)
  }

  /// Searches toward `admins`, over allowed edges first and then over all edges, skipping the
  /// edge ids `removed` marks; stops once every node of `wanted` has a path.
  ///
  /// A node first reached over all edges keeps the next hop it was reached by; the rest of its
  /// path is that of the node it leads to, fully allowed where one was found.
  mutating func search(
    toward admins: [Int], allowedEdges: [Bool], removed: (Int) -> Bool = { _ in false },
    wanted: Set<Int>
  ) {
    reset()
    let goals = Set(admins)
    var found = 0
    for allowedOnly in [true, false] where found < wanted.count {
      var seen = goals
      var queue = admins
      var head = 0
      while head < queue.count, found < wanted.count {
        let node = queue[head]
        head += 1
        for slot in reversed.outgoing(of: node) {
          let caller = Int(reversed.targets[slot])
          let edge = Int(reversed.edgeIDs[slot])
          guard !seen.contains(caller), !removed(edge), !allowedOnly || allowedEdges[edge]
          else { continue }
          seen.insert(caller)
          queue.append(caller)
          guard nextEdge[caller] < 0 else { continue }
          nextEdge[caller] = Int32(edge)
          nextNode[caller] = Int32(node)
          allowed[caller] = allowedOnly
          touched.append(caller)
          if wanted.contains(caller) { found += 1 }
        }
      }
    }
  }

  private mutating func reset() {
    for node in touched {
      nextEdge[node] = -1
      nextNode[node] = -1
      allowed[node] = false
    }
    touched = []
  }

  /// Whether `node` has a path to an administrator (itself excluded).
  func reaches(_ node: Int) -> Bool { nextEdge[node] >= 0 }

  /// Whether that path is fully allowed.
  func isAllowed(_ node: Int) -> Bool { allowed[node] }

  /// The edge ids of `node`'s path, in order; empty when it has none.
  func path(from node: Int) -> [Int] {
    var edges: [Int] = []
    var current = node
    while nextEdge[current] >= 0, edges.count <= nextEdge.count {
      edges.append(Int(nextEdge[current]))
      current = Int(nextNode[current])
    }
    return edges
  }
}
