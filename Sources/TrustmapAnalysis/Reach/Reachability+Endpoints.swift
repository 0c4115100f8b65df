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
          source: Int32(node), target: digraph.targets[slot])
      }
    }
    return result
  }
}

/// The node positions (in `TrustGraph.nodes`) an edge joins, kept small for millions of edges.
public struct EdgeEndpoints: Hashable, Sendable {
  private var sourcePosition: Int32
  private var targetPosition: Int32

  init(source: Int32, target: Int32) {
    sourcePosition = source
    targetPosition = target
  }

  /// The caller's position.
  public var source: Int { Int(sourcePosition) }
  /// The target's position.
  public var target: Int { Int(targetPosition) }
}
