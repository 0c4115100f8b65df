import TrustmapModel
import TrustmapPolicy

/// The organisation-wide trust graph: nodes sorted by id, edges sorted by (source, target, kind),
/// with integer indexes for the graph algorithms.
///
/// A value; analysis never mutates it.
public struct TrustGraph: Sendable {
  /// Nodes sorted by id.
  public let nodes: [GraphNode]
  /// Edges sorted by source, target, kind.
  public let edges: [GraphEdge]
  /// Findings about trust policies the builder noticed (dangling unique ids, TRU-9).
  public let danglingTrusts: [DanglingTrust]
  private let index: NodePositions

  /// Sorts and indexes nodes and edges.
  public init(nodes: [GraphNode], edges: [GraphEdge], danglingTrusts: [DanglingTrust] = []) {
    self.init(nodes: nodes, edgeRuns: [EdgeRun(edges)], danglingTrusts: danglingTrusts)
  }

  /// Sorts and indexes nodes and the edges of all runs, moved into one array.
  init(nodes: [GraphNode], edgeRuns: [EdgeRun], danglingTrusts: [DanglingTrust]) {
    self.nodes = ParallelSort.order(of: nodes.map(\.id.rawValue)).map { nodes[$0] }
    let index = NodePositions(self.nodes)
    self.index = index
    self.edges = Self.sorted(edgeRuns, index: index)
    self.danglingTrusts = danglingTrusts.sorted()
  }

  /// Edges in (source, target, kind) order, moved out of `runs`.
  ///
  /// Node positions follow id order, so sorting packed integer keys gives the same order as
  /// comparing the id strings, much faster; ties keep their input order.
  static func sorted(_ runs: [EdgeRun], index: NodePositions) -> [GraphEdge] {
    guard var keys = sortKeys(runs, index: index) else {
      // An endpoint without a node: no packed key; sort copies by the id strings.
      return runs.flatMap(\.edges).sorted {
        ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind)
      }
    }
    keys.sort { ($0.order, $0.run, $0.position) < ($1.order, $1.run, $1.position) }
    let order = keys
    let edges = [GraphEdge](unsafeUninitializedCapacity: keys.count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      let destination = Destination(base: base)
      // Every (run, position) is in `order` exactly once: each edge is moved exactly once.
      let count = order.count
      _ = ParallelMap.map([0..<count / 2, count / 2..<count], minimumCount: 1) { range in
        for slot in range {
          let key = order[slot]
          runs[Int(key.run)].move(Int(key.position), to: destination.base + slot)
        }
      }
      initialized = count
    }
    for run in runs { run.didMoveOut() }
    return edges
  }

  /// Packed sort keys of every edge, computed per run on all cores straight into one array (a
  /// run's keys start at the sum of the earlier runs' counts); nil when some endpoint has no
  /// node.
  static func sortKeys(_ runs: [EdgeRun], index: NodePositions) -> [Key]? {
    var starts: [Int] = []
    starts.reserveCapacity(runs.count)
    var total = 0
    for run in runs {
      starts.append(total)
      total += run.count
    }
    guard total < Int32.max, runs.count < Int32.max else { return nil }
    let firstSlots = starts
    var complete = true
    // `Key` is plain data, so slots a failed run left unwritten are never read: nil is returned.
    let keys = [Key](unsafeUninitializedCapacity: total) { buffer, initialized in
      initialized = total
      guard let base = buffer.baseAddress else { return }
      let destination = KeySlots(base: base)
      let filled = ParallelMap.map(Array(runs.indices)) { run in
        writeKeys(of: runs[run], run: run, index: index, to: destination.base + firstSlots[run])
      }
      complete = filled.allSatisfy { $0 }
    }
    return complete ? keys : nil
  }

  /// Writes the keys of one run's edges from `slot` on; false when an endpoint has no node.
  private static func writeKeys(
    of run: EdgeRun, run position: Int, index: NodePositions, to slot: UnsafeMutablePointer<Key>
  ) -> Bool {
    run.withEdges { edges in
      // A role's run has one target: look it up once.
      var lastTarget: (id: NodeID, position: Int)?
      for offset in edges.indices {
        let targetID = edges[offset].target
        if lastTarget?.id != targetID {
          lastTarget = index.position(of: targetID).map { (targetID, $0) }
        }
        guard let source = index.position(of: edges[offset].source),
          let target = lastTarget?.position,
          let kind = sortedKinds.firstIndex(of: edges[offset].kind), source < 1 << 28,
          target < 1 << 28
        else { return false }
        (slot + offset).initialize(
          to: Key(
            order: UInt64(source) << 36 | UInt64(target) << 8 | UInt64(kind),
            run: Int32(position), position: Int32(offset)))
      }
      return true
    }
  }

  private static let sortedKinds = EdgeKind.allCases.sorted()

  /// Key slots shared by the threads that fill disjoint ranges of them.
  struct KeySlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Key>
  }

  /// Where the sorted edges go; shared by the threads that fill disjoint slots of it.
  struct Destination: @unchecked Sendable {
    let base: UnsafeMutablePointer<GraphEdge>
  }

  /// An edge's sort key and where it is.
  struct Key: Sendable {
    let order: UInt64
    let run: Int32
    let position: Int32
  }

  /// The position of a node in `nodes`.
  public func nodeIndex(of id: NodeID) -> Int? { index.position(of: id) }

  /// The node with this id.
  public func node(_ id: NodeID) -> GraphNode? { index.position(of: id).map { nodes[$0] } }

  /// Edges that reachability follows (EDG-5: not `memberOf`), as an indexed digraph whose edge
  /// ids are positions in `edges`.
  public func traversableDigraph() -> IndexedDigraph {
    var sources: [Int] = []
    var targets: [Int] = []
    var ids: [Int] = []
    for (position, edge) in edges.enumerated() where edge.kind.isTraversable {
      guard let source = index.position(of: edge.source),
        let target = index.position(of: edge.target)
      else { continue }
      sources.append(source)
      targets.append(target)
      ids.append(position)
    }
    return IndexedDigraph(nodeCount: nodes.count, sources: sources, targets: targets, edgeIDs: ids)
  }

  /// Edges leaving a node, in sorted order (binary search: edges are sorted by source).
  public func edges(from id: NodeID) -> [GraphEdge] {
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle].source < id { low = middle + 1 } else { high = middle }
    }
    var result: [GraphEdge] = []
    while low < edges.count, edges[low].source == id {
      result.append(edges[low])
      low += 1
    }
    return result
  }

  /// Edges entering a node, in sorted order.
  public func edges(to id: NodeID) -> [GraphEdge] { edges.filter { $0.target == id } }
}

/// A trust statement naming a unique id that matches no imported principal (TRU-9).
public struct DanglingTrust: Hashable, Sendable, Comparable {
  /// The role whose trust policy names it.
  public var role: ARN
  /// The `AIDA…`/`AROA…` id.
  public var uniqueID: String

  /// Creates a record.
  public init(role: ARN, uniqueID: String) {
    self.role = role
    self.uniqueID = uniqueID
  }

  public static func < (lhs: DanglingTrust, rhs: DanglingTrust) -> Bool {
    (lhs.role, lhs.uniqueID) < (rhs.role, rhs.uniqueID)
  }
}
