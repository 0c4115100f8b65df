/// One directed edge of an edge list handed to `IndexedDigraph`; its position in the list is
/// its edge id.
public struct IndexedEdge: Hashable, Sendable {
  /// The node the edge leaves.
  public var source: Int
  /// The node the edge enters.
  public var target: Int

  /// Creates an edge from `source` to `target`.
  public init(source: Int, target: Int) {
    self.source = source
    self.target = target
  }
}

/// A directed multigraph over nodes `0..<nodeCount` in compressed sparse row form.
///
/// The adjacency of node `v` is the slot range `outgoing(of: v)`; each slot names a target and
/// the id of the edge that put it there (its index in the original edge list), so callers can
/// map back to their own edge records. Within a node, slots are sorted by target and then by
/// edge id, which makes every traversal deterministic (EDG-5).
public struct IndexedDigraph: Sendable {
  /// The number of nodes.
  public let nodeCount: Int
  /// `offsets[v]..<offsets[v + 1]` are node `v`'s slots; `nodeCount + 1` entries.
  public let offsets: [Int]
  /// The target node of each slot.
  public let targets: [Int32]
  /// The caller's edge id of each slot.
  public let edgeIDs: [Int32]

  /// The number of edges (slots).
  public var edgeCount: Int { targets.count }

  /// Builds the graph from an edge list; edge `i` of the list gets edge id `i`.
  ///
  /// Endpoints outside `0..<nodeCount` are a programmer error. Self-loops and parallel edges are
  /// kept.
  public init(nodeCount: Int, edges: [IndexedEdge]) {
    self.init(
      nodeCount: nodeCount,
      sources: edges.map(\.source), targets: edges.map(\.target),
      edgeIDs: Array(0..<edges.count))
  }

  /// Builds the graph from parallel arrays; `edgeIDs[i]` is the id recorded for edge `i`.
  init(nodeCount: Int, sources: [Int], targets: [Int], edgeIDs: [Int]) {
    precondition(nodeCount <= Int(Int32.max) && sources.count <= Int(Int32.max))
    precondition(sources.count == targets.count && targets.count == edgeIDs.count)
    for (source, target) in zip(sources, targets) {
      precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount)
    }
    // Two stable counting sorts: by target, then by source, gives (source, target, input order).
    let byTarget = IndexedDigraph.stableOrder(keys: targets, keyCount: nodeCount, order: nil)
    let bySource = IndexedDigraph.stableOrder(keys: sources, keyCount: nodeCount, order: byTarget)
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    for source in sources { offsets[source + 1] += 1 }
    for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.targets = bySource.map { Int32(targets[$0]) }
    self.edgeIDs = bySource.map { Int32(edgeIDs[$0]) }
  }

  /// Takes rows already laid out: `offsets` as documented, `targets` and `edgeIDs` per slot.
  init(nodeCount: Int, offsets: [Int], targets: [Int32], edgeIDs: [Int32]) {
    precondition(offsets.count == nodeCount + 1 && offsets.last == targets.count)
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.targets = targets
    self.edgeIDs = edgeIDs
  }

  /// The positions `0..<keys.count` (visited in `order`, or in index order) stably sorted by key.
  private static func stableOrder(keys: [Int], keyCount: Int, order: [Int]?) -> [Int] {
    var starts = [Int](repeating: 0, count: keyCount + 1)
    for key in keys { starts[key + 1] += 1 }
    for key in 0..<keyCount { starts[key + 1] += starts[key] }
    var result = [Int](repeating: 0, count: keys.count)
    for position in order ?? Array(keys.indices) {
      let key = keys[position]
      result[starts[key]] = position
      starts[key] += 1
    }
    return result
  }

  /// The slot range of `node`'s outgoing edges.
  public func outgoing(of node: Int) -> Range<Int> {
    offsets[node]..<offsets[node + 1]
  }

  /// The targets of `node`'s outgoing edges, sorted (repeated for parallel edges).
  public func successors(of node: Int) -> [Int] {
    outgoing(of: node).map { Int(targets[$0]) }
  }

  /// The graph with every edge turned around; edge ids are kept.
  public func reversed() -> IndexedDigraph {
    var sources: [Int] = []
    sources.reserveCapacity(edgeCount)
    for node in 0..<nodeCount {
      for _ in outgoing(of: node) { sources.append(node) }
    }
    return IndexedDigraph(
      nodeCount: nodeCount, sources: targets.map { Int($0) }, targets: sources,
      edgeIDs: edgeIDs.map { Int($0) })
  }
}
