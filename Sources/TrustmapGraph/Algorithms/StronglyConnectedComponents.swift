/// The strongly connected components of an `IndexedDigraph`, numbered in topological order.
///
/// Computed by an iterative Tarjan (an explicit stack instead of recursion, so a 100,000-node
/// chain does not overflow the thread stack). Component ids are in topological order of the
/// condensation: every edge between two different components goes from a lower id to a higher
/// one, so walking ids downwards visits successors before predecessors.
public struct StronglyConnectedComponents: Sendable {
  /// The component id of every node.
  public let componentOfNode: [Int32]
  /// `memberOffsets[c]..<memberOffsets[c + 1]` index the members of component `c` in `members`.
  public let memberOffsets: [Int]
  /// The nodes grouped by component, ascending within each component.
  public let members: [Int32]

  /// The number of components.
  public var componentCount: Int { memberOffsets.count - 1 }

  /// Finds the components of `graph`.
  public init(_ graph: IndexedDigraph) {
    let emitted = TarjanState.run(graph)
    let count = emitted.count
    // Tarjan emits sinks first; reverse the numbering to get a topological order.
    var componentOfNode = [Int32](repeating: 0, count: graph.nodeCount)
    for node in 0..<graph.nodeCount {
      componentOfNode[node] = Int32(count - 1) - emitted.componentOfNode[node]
    }
    var offsets = [Int](repeating: 0, count: count + 1)
    for component in componentOfNode { offsets[Int(component) + 1] += 1 }
    for component in 0..<count { offsets[component + 1] += offsets[component] }
    var next = offsets
    var members = [Int32](repeating: 0, count: graph.nodeCount)
    for node in 0..<graph.nodeCount {
      let component = Int(componentOfNode[node])
      members[next[component]] = Int32(node)
      next[component] += 1
    }
    self.componentOfNode = componentOfNode
    self.memberOffsets = offsets
    self.members = members
  }

  /// The component id of `node`.
  public func component(of node: Int) -> Int { Int(componentOfNode[node]) }

  /// The members of `component`, ascending.
  public func members(of component: Int) -> [Int] {
    members[memberOffsets[component]..<memberOffsets[component + 1]].map { Int($0) }
  }

  /// The number of nodes in `component`.
  public func size(of component: Int) -> Int {
    memberOffsets[component + 1] - memberOffsets[component]
  }

  /// The condensation DAG.
  ///
  /// One node per component, one edge per distinct pair of connected components (self-loops
  /// dropped). Each edge's id is the smallest original edge id between
  /// the pair. Every edge goes from a lower to a higher component id.
  ///
  /// Rows are filled in component order and each is sorted on its own, so the rows are laid out
  /// directly instead of counting-sorting every edge twice.
  public func condensation(of graph: IndexedDigraph) -> IndexedDigraph {
    var seenFrom = [Int32](repeating: -1, count: componentCount)  // last `from` that linked `to`
    var position = [Int32](repeating: 0, count: componentCount)  // its index in `row`
    var offsets = [0]
    offsets.reserveCapacity(componentCount + 1)
    var targets: [Int32] = []
    var ids: [Int32] = []
    var row: [(target: Int32, id: Int32)] = []
    for from in 0..<componentCount {
      row.removeAll(keepingCapacity: true)
      for member in members[memberOffsets[from]..<memberOffsets[from + 1]] {
        for slot in graph.outgoing(of: Int(member)) {
          let to = componentOfNode[Int(graph.targets[slot])]
          let edgeID = graph.edgeIDs[slot]
          if Int(to) == from { continue }
          if seenFrom[Int(to)] == Int32(from) {
            let index = Int(position[Int(to)])
            row[index].id = min(row[index].id, edgeID)
            continue
          }
          seenFrom[Int(to)] = Int32(from)
          position[Int(to)] = Int32(row.count)
          row.append((to, edgeID))
        }
      }
      if row.count > 1 { row.sort { $0.target < $1.target } }
      for entry in row {
        targets.append(entry.target)
        ids.append(entry.id)
      }
      offsets.append(targets.count)
    }
    return IndexedDigraph(
      nodeCount: componentCount, offsets: offsets, targets: targets, edgeIDs: ids)
  }
}

/// The working state of one iterative Tarjan run.
private struct TarjanState {
  static let unvisited = Int32(-1)
  /// Component ids in emission order (sinks first).
  var componentOfNode: [Int32]
  var count = 0
  var order: [Int32]
  var lowLink: [Int32]
  var onStack: [Bool]
  var stack: [Int32] = []
  var frames: [(node: Int, slot: Int)] = []
  var nextOrder: Int32 = 0

  init(nodeCount: Int) {
    componentOfNode = [Int32](repeating: -1, count: nodeCount)
    order = [Int32](repeating: TarjanState.unvisited, count: nodeCount)
    lowLink = [Int32](repeating: 0, count: nodeCount)
    onStack = [Bool](repeating: false, count: nodeCount)
  }

  static func run(_ graph: IndexedDigraph) -> TarjanState {
    var state = TarjanState(nodeCount: graph.nodeCount)
    for root in 0..<graph.nodeCount where state.order[root] == unvisited {
      state.discover(root, in: graph)
      while let frame = state.frames.last {
        if frame.slot < graph.offsets[frame.node + 1] {
          state.frames[state.frames.count - 1].slot += 1
          let next = Int(graph.targets[frame.slot])
          if state.order[next] == unvisited {
            state.discover(next, in: graph)
          } else if state.onStack[next] {
            state.lowLink[frame.node] = min(state.lowLink[frame.node], state.order[next])
          }
        } else {
          state.finish(frame.node)
        }
      }
    }
    return state
  }

  /// Numbers `node`, pushes it on the component stack and opens a frame for its edges.
  mutating func discover(_ node: Int, in graph: IndexedDigraph) {
    order[node] = nextOrder
    lowLink[node] = nextOrder
    nextOrder += 1
    stack.append(Int32(node))
    onStack[node] = true
    frames.append((node, graph.offsets[node]))
  }

  /// Closes `node`'s frame; pops a component when `node` is its root.
  mutating func finish(_ node: Int) {
    frames.removeLast()
    if let parent = frames.last {
      lowLink[parent.node] = min(lowLink[parent.node], lowLink[node])
    }
    guard lowLink[node] == order[node] else { return }
    while let member = stack.popLast() {
      onStack[Int(member)] = false
      componentOfNode[Int(member)] = Int32(count)
      if Int(member) == node { break }
    }
    count += 1
  }
}
