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
  /// The condensation DAG the sets were propagated over.
  public let condensation: IndexedDigraph
  let wordsPerSet: Int
  let words: [UInt64]

  /// Computes the reachable labels of every node; `labels(v)` lists node `v`'s own labels, each
  /// in `0..<labelCount` (a programmer error otherwise).
  public init(graph: IndexedDigraph, labelCount: Int, labels: (Int) -> [Int]) {
    let components = StronglyConnectedComponents(graph)
    let condensation = components.condensation(of: graph)
    let width = (labelCount + 63) / 64
    var words = [UInt64](repeating: 0, count: components.componentCount * width)
    for node in 0..<graph.nodeCount {
      let base = components.component(of: node) * width
      for label in labels(node) {
        precondition(label >= 0 && label < labelCount, "label \(label) out of range")
        words[base + label >> 6] |= 1 << UInt64(label & 63)
      }
    }
    words.withUnsafeMutableBufferPointer { store in
      // Ids are topological, so every successor of `component` has a larger id: done already.
      for component in stride(from: components.componentCount - 1, through: 0, by: -1) {
        let base = component * width
        for slot in condensation.outgoing(of: component) {
          let other = Int(condensation.targets[slot]) * width
          for word in 0..<width { store[base + word] |= store[other + word] }
        }
      }
    }
    self.labelCount = labelCount
    self.components = components
    self.condensation = condensation
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
