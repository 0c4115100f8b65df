/// For every node of a graph, the set of labels carried by the nodes it can reach.
///
/// A label is any small integer the caller attaches to nodes (an account index, an
/// "administrator of account i" index, …). Reachability is reflexive: a node reaches itself, so
/// its own labels are included. The sets are computed once per strongly connected component,
/// bottom-up over the condensation (successors before predecessors), as flat bit words: time
/// `O(nodes + edges × labels / 64)`, memory `components × labels / 8` bytes.
///
/// For the reverse question ("which labels can reach X"), build it over `graph.reversed()`.
public struct LabelReachability: Sendable {
  /// The number of distinct labels; labels are `0..<labelCount`.
  public let labelCount: Int
  /// The components the sets are stored by.
  public let components: StronglyConnectedComponents
  /// The graph the sets were computed over.
  let graph: IndexedDigraph
  let wordsPerSet: Int
  let words: [UInt64]

  /// The condensation DAG the sets were propagated over (built on demand: the propagation
  /// walks the graph's own rows).
  public var condensation: IndexedDigraph { components.condensation(of: graph) }

  /// Computes the reachable labels of every node; `labels(v)` lists node `v`'s own labels, each
  /// in `0..<labelCount` (a programmer error otherwise).
  ///
  /// Components are filled from the last id down: every successor of a component has a larger
  /// id, so its set is complete when the component ORs it in, once per distinct successor
  /// (the condensation's edges, without building it).
  public init(graph: IndexedDigraph, labelCount: Int, labels: (Int) -> [Int]) {
    let components = StronglyConnectedComponents(graph)
    let width = (labelCount + 63) / 64
    let count = components.componentCount
    var merged = [Int32](repeating: -1, count: count)  // the last component that ORed it in
    let words = [UInt64](unsafeUninitializedCapacity: count * width) { store, initialized in
      for component in stride(from: count - 1, through: 0, by: -1) {
        let base = component * width
        for word in 0..<width { store[base + word] = 0 }
        for index in components.memberOffsets[component]..<components.memberOffsets[component + 1] {
          let member = Int(components.members[index])
          for label in labels(member) {
            precondition(label >= 0 && label < labelCount, "label \(label) out of range")
            store[base + label >> 6] |= 1 << UInt64(label & 63)
          }
          for slot in graph.outgoing(of: member) {
            let other = Int(components.componentOfNode[Int(graph.targets[slot])])
            guard other != component, merged[other] != Int32(component) else { continue }
            merged[other] = Int32(component)
            let from = other * width
            for word in 0..<width { store[base + word] |= store[from + word] }
          }
        }
      }
      initialized = count * width
    }
    self.labelCount = labelCount
    self.components = components
    self.graph = graph
    self.wordsPerSet = width
    self.words = words
  }

  /// The labels reachable from `node` (its own included).
  public func labels(reachableFrom node: Int) -> Bitset {
    labels(reachableFromComponent: components.component(of: node))
  }

  /// The labels reachable from any member of `component`.
  public func labels(reachableFromComponent component: Int) -> Bitset {
    let base = component * wordsPerSet
    return Bitset(capacity: labelCount, words: Array(words[base..<base + wordsPerSet]))
  }

  /// Whether `node` can reach a node carrying `label`.
  public func canReach(label: Int, from node: Int) -> Bool {
    guard label >= 0, label < labelCount else { return false }
    let base = components.component(of: node) * wordsPerSet
    return words[base + label >> 6] & (1 << UInt64(label & 63)) != 0
  }
}
