extension IndexedDigraph {
  /// Builds the graph from parallel arrays that are usually already in adjacency order (sorted by
  /// source, then target, then edge id), as a graph whose edges are sorted by endpoint gives them:
  /// then the rows are laid out directly, without the two counting sorts.
  ///
  /// Any other order gives the same graph as the edge-list initialiser would, by sorting.
  public init(nodeCount: Int, sources: [Int32], targets: [Int32], edgeIDs: [Int32]) {
    guard Self.isAdjacencyOrder(nodeCount, sources, targets, edgeIDs) else {
      self.init(
        nodeCount: nodeCount, sources: sources.map { Int($0) }, targets: targets.map { Int($0) },
        edgeIDs: edgeIDs.map { Int($0) })
      return
    }
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    for source in sources { offsets[Int(source) + 1] += 1 }
    for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
    self.init(nodeCount: nodeCount, offsets: offsets, targets: targets, edgeIDs: edgeIDs)
  }

  /// Whether every endpoint is in range and the edges are in (source, target, edge id) order.
  static func isAdjacencyOrder(
    _ nodeCount: Int, _ sources: [Int32], _ targets: [Int32], _ edgeIDs: [Int32]
  ) -> Bool {
    precondition(sources.count == targets.count && targets.count == edgeIDs.count)
    var previous: (Int32, Int32, Int32) = (-1, -1, -1)
    for index in sources.indices {
      let current = (sources[index], targets[index], edgeIDs[index])
      guard current.0 >= 0, Int(current.0) < nodeCount, current.1 >= 0, Int(current.1) < nodeCount,
        previous < current
      else { return false }
      previous = current
    }
    return true
  }
}
