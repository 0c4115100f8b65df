/// A walk through an `IndexedDigraph`: `nodes[i]` to `nodes[i + 1]` along edge `edgeIDs[i]`.
public struct GraphPath: Hashable, Sendable, Comparable {
  /// The visited nodes, source first; one more than `edgeIDs`.
  public var nodes: [Int]
  /// The caller's edge ids along the path.
  public var edgeIDs: [Int]

  /// Creates a path; `nodes.count` must be `edgeIDs.count + 1`.
  public init(nodes: [Int], edgeIDs: [Int]) {
    precondition(nodes.count == edgeIDs.count + 1, "a path has one more node than edges")
    self.nodes = nodes
    self.edgeIDs = edgeIDs
  }

  /// The number of edges.
  public var hopCount: Int { edgeIDs.count }

  /// Fewer hops first, then by node sequence, then by edge ids: the tie-break of every search.
  public static func < (lhs: GraphPath, rhs: GraphPath) -> Bool {
    if lhs.hopCount != rhs.hopCount { return lhs.hopCount < rhs.hopCount }
    if lhs.nodes != rhs.nodes { return lhs.nodes.lexicographicallyPrecedes(rhs.nodes) }
    return lhs.edgeIDs.lexicographicallyPrecedes(rhs.edgeIDs)
  }
}
