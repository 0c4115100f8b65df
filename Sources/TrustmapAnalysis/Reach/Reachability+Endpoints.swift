import TrustmapGraph

extension Reachability {
  /// For every position in `graph.edges`, the node positions of its source and target, or nil
  /// for an edge reachability does not follow (`memberOf`, EDG-5): lets callers that walk
  /// millions of edges look nodes up by position instead of hashing ids.
  public func edgeEndpoints() -> [EdgeEndpoints?] {
    var result = [EdgeEndpoints?](repeating: nil, count: graph.edges.count)
    for node in 0..<digraph.nodeCount {
      for slot in digraph.outgoing(of: node) {
        result[Int(digraph.edgeIDs[slot])] = EdgeEndpoints(
          source: node, target: Int(digraph.targets[slot]))
      }
    }
    return result
  }
}

/// The node positions (in `TrustGraph.nodes`) an edge joins.
public struct EdgeEndpoints: Hashable, Sendable {
  /// The caller's position.
  public var source: Int
  /// The target's position.
  public var target: Int
}
