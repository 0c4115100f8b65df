/// Edges gathered for one role (or the memberships), in storage the graph moves them out of.
///
/// The graph sorts millions of edges from per-role lists into one array. Copying each edge
/// there and then releasing the lists cost five reference counts per edge, twice (3.6 s at
/// 500 × 1,000); moving an edge is a memory copy.
///
/// Unchecked `Sendable`: a run is filled by one thread; afterwards the graph reads it, or moves
/// each position out exactly once, from threads that touch disjoint positions.
final class EdgeRun: @unchecked Sendable {
  /// Nil until the first edge: most roles have one edge or none (three in four of a
  /// generated 50 × 200 org), so nothing is allocated ahead.
  private var base: UnsafeMutablePointer<GraphEdge>?
  private var capacity: Int
  /// Number of edges appended.
  private(set) var count = 0
  /// Set once every edge was moved out: only the memory is left to free.
  private var isMovedOut = false

  /// An empty run with room for `capacity` edges (none allocated when zero).
  init(capacity: Int = 0) {
    self.capacity = max(capacity, 0)
    base = capacity > 0 ? .allocate(capacity: capacity) : nil
  }

  /// A run holding copies of `edges`.
  convenience init(_ edges: [GraphEdge]) {
    self.init(capacity: edges.count)
    for edge in edges { append(edge) }
  }

  deinit {
    guard let base else { return }
    if !isMovedOut { base.deinitialize(count: count) }
    base.deallocate()
  }

  /// Appends an edge.
  func append(_ edge: GraphEdge) {
    precondition(!isMovedOut, "append to a run whose edges were moved out")
    if count == capacity { reallocate(capacity: max(capacity * 2, 1)) }
    guard let base else { preconditionFailure("a run with room has storage") }
    (base + count).initialize(to: edge)
    count += 1
  }

  /// Gives back the room no edge uses (the graph holds runs until it moves their edges).
  func trim() {
    if count < capacity { reallocate(capacity: count) }
  }

  /// Moves the edges to storage for `newCapacity` (at least `count`) edges.
  private func reallocate(capacity newCapacity: Int) {
    let larger: UnsafeMutablePointer<GraphEdge>? =
      newCapacity > 0 ? .allocate(capacity: newCapacity) : nil
    if let base {
      larger?.moveInitialize(from: base, count: count)
      base.deallocate()
    }
    base = larger
    capacity = newCapacity
  }

  /// A copy of the edge at `position`.
  subscript(position: Int) -> GraphEdge {
    precondition(!isMovedOut && position >= 0 && position < count)
    guard let base else { preconditionFailure("a run with edges has storage") }
    return base[position]
  }

  /// Calls `body` with the edges in place (no copies).
  func withEdges<R>(_ body: (UnsafeBufferPointer<GraphEdge>) -> R) -> R {
    precondition(!isMovedOut, "read from a run whose edges were moved out")
    return body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Copies of every edge, in order.
  var edges: [GraphEdge] { (0..<count).map { self[$0] } }

  /// Moves the edge at `position` to uninitialised memory at `destination`.
  ///
  /// The caller moves every position exactly once and then calls `didMoveOut()`.
  func move(_ position: Int, to destination: UnsafeMutablePointer<GraphEdge>) {
    guard let base else { preconditionFailure("a run with edges has storage") }
    destination.moveInitialize(from: base + position, count: 1)
  }

  /// Records that every edge was moved out by `move(_:to:)`.
  func didMoveOut() { isMovedOut = true }
}
