import TrustmapGraph
import TrustmapPolicy

/// The edges reachability follows (EDG-5: not `memberOf`), as node positions in edge order, with
/// whether each is allowed: what `TrustGraph.traversableDigraph()` gives, read without copying
/// millions of edges and, since edges are sorted by source, hashing each source id once.
struct TraversableEdges: Sendable {
  /// Source positions, ascending.
  var sources: [Int32] = []
  /// Target positions, ascending per source.
  var targets: [Int32] = []
  /// Positions in `graph.edges`, ascending.
  var edgeIDs: [Int32] = []
  /// Whether each edge of the graph (by position, `memberOf` included) is allowed.
  var allowed: [Bool] = []

  /// Scans both halves of the edges side by side.
  init(_ graph: TrustGraph) {
    let count = graph.edges.count
    precondition(count <= Int(Int32.max), "too many edges for 32-bit edge ids")
    let halves = ParallelMap.map([0..<count / 2, count / 2..<count], minimumCount: 1) {
      TraversableEdges(graph, $0)
    }
    for half in halves {
      sources += half.sources
      targets += half.targets
      edgeIDs += half.edgeIDs
      allowed += half.allowed
    }
  }

  /// Scans the edges at `range`.
  init(_ graph: TrustGraph, _ range: Range<Int>) {
    allowed.reserveCapacity(range.count)
    sources.reserveCapacity(range.count)
    targets.reserveCapacity(range.count)
    edgeIDs.reserveCapacity(range.count)
    graph.edges.withUnsafeBufferPointer { edges in
      var lastSource: (id: NodeID, position: Int?)?
      var lastTarget: (id: NodeID, position: Int?)?
      for position in range {
        let edge = edges.baseAddress.unsafelyUnwrapped + position
        if case .allowed = edge.pointee.decision.verdict {
          allowed.append(true)
        } else {
          allowed.append(false)
        }
        guard edge.pointee.kind.isTraversable else { continue }
        if lastSource?.id != edge.pointee.source {
          lastSource = (edge.pointee.source, graph.nodeIndex(of: edge.pointee.source))
        }
        // Parallel edges (one per kind) to the same target are next to each other.
        if lastTarget?.id != edge.pointee.target {
          lastTarget = (edge.pointee.target, graph.nodeIndex(of: edge.pointee.target))
        }
        guard let source = lastSource?.position, let target = lastTarget?.position else { continue }
        sources.append(Int32(source))
        targets.append(Int32(target))
        edgeIDs.append(Int32(position))
      }
    }
  }

  /// The traversable graph.
  func digraph(nodeCount: Int) -> IndexedDigraph {
    IndexedDigraph(nodeCount: nodeCount, sources: sources, targets: targets, edgeIDs: edgeIDs)
  }

  /// The traversable graph over allowed edges only.
  func allowedDigraph(nodeCount: Int) -> IndexedDigraph {
    var kept = TraversableEdges()
    kept.sources.reserveCapacity(edgeIDs.count)
    kept.targets.reserveCapacity(edgeIDs.count)
    kept.edgeIDs.reserveCapacity(edgeIDs.count)
    for index in edgeIDs.indices where allowed[Int(edgeIDs[index])] {
      kept.sources.append(sources[index])
      kept.targets.append(targets[index])
      kept.edgeIDs.append(edgeIDs[index])
    }
    return kept.digraph(nodeCount: nodeCount)
  }

  private init() {}
}
