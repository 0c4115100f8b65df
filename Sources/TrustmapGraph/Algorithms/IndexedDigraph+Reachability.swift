extension IndexedDigraph {
  /// Every node reachable from `sources` (the sources included), by breadth-first search.
  ///
  /// `allowing` filters edges by edge id (e.g. skip conditional edges). For "who can reach X",
  /// call this on `reversed()`.
  public func nodes(reachableFrom sources: [Int], allowing: ((Int) -> Bool)? = nil) -> Bitset {
    var seen = Bitset(capacity: nodeCount)
    var queue: [Int] = []
    for source in sources where !seen.contains(source) {
      seen.insert(source)
      queue.append(source)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for slot in outgoing(of: node) {
        let next = Int(targets[slot])
        if seen.contains(next) { continue }
        if let allowing, !allowing(Int(edgeIDs[slot])) { continue }
        seen.insert(next)
        queue.append(next)
      }
    }
    return seen
  }
}
