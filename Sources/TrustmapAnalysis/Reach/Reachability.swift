import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Transitive reachability over the trust graph (EDG-5): strongly connected components and per-
/// component label bitsets, once over all traversable edges and once over allowed edges only, so
/// every answer says whether a fully-allowed path exists.
///
/// Labels are accounts ("a role of A") and admin-of-account ("an admin of A", which by ADM-5 means
/// everything in A).
public struct Reachability: Sendable {
  /// The graph.
  public let graph: TrustGraph
  /// Traversable edges (ids are positions in `graph.edges`).
  public let digraph: IndexedDigraph
  /// Accounts that label nodes, sorted.
  public let accounts: [AccountID]
  let accountIndex: [AccountID: Int]
  let any: LabelReachability
  let allowedOnly: LabelReachability

  /// Whether each edge (by position in `graph.edges`) is allowed (EDG-5).
  let allowedEdges: [Bool]
  /// The nodes' labels.
  let labels: NodeLabels

  /// Builds both label reachabilities, side by side.
  public init(graph: TrustGraph) {
    self.graph = graph
    let scan = TraversableEdges(graph)
    let nodeCount = graph.nodes.count
    let digraph = scan.digraph(nodeCount: nodeCount)
    self.digraph = digraph
    allowedEdges = scan.allowed
    let labels = NodeLabels(graph)
    self.labels = labels
    accounts = labels.accounts
    accountIndex = Dictionary(uniqueKeysWithValues: labels.accounts.enumerated().map { ($1, $0) })
    (any, allowedOnly) = Concurrently.both(
      { labels.reachability(over: digraph) },
      { labels.reachability(over: scan.allowedDigraph(nodeCount: nodeCount)) })
  }

  /// Accounts with a role reachable from `node`, each with whether a fully-allowed path exists.
  public func accountsReachable(from node: Int) -> [ReachedAccount] {
    reached(from: node, offset: 0)
  }

  /// Accounts whose admin is reachable from `node` (ADM-5: everything in them).
  public func adminAccountsReachable(from node: Int) -> [ReachedAccount] {
    reached(from: node, offset: accounts.count)
  }

  func reached(from node: Int, offset: Int) -> [ReachedAccount] {
    let all = any.labels(reachableFrom: node)
    let allowed = allowedOnly.labels(reachableFrom: node)
    return accounts.indices.compactMap { slot in
      guard all.contains(offset + slot) else { return nil }
      return ReachedAccount(account: accounts[slot], allowed: allowed.contains(offset + slot))
    }
  }

  /// True when `node` can reach an admin of `account` (conditional edges count).
  public func reachesAdmin(of account: AccountID, from node: Int) -> Bool {
    guard let slot = accountIndex[account] else { return false }
    return any.canReach(label: accounts.count + slot, from: node)
  }

  /// Nodes reachable from `node` (itself excluded), with ADM-5 expansion not applied.
  public func nodesReachable(from node: Int) -> [Int] {
    digraph.nodes(reachableFrom: [node]).members.filter { $0 != node }
  }

  /// Nodes that can reach any of `targets` (the targets excluded).
  public func nodesReaching(_ targets: [Int]) -> [Int] {
    let reached = digraph.reversed().nodes(reachableFrom: targets)
    let excluded = Set(targets)
    return reached.members.filter { !excluded.contains($0) }
  }
}

/// An account reached, and whether some fully-allowed path reaches it (EDG-5).
public struct ReachedAccount: Hashable, Sendable {
  /// The account.
  public var account: AccountID
  /// A path of allowed edges only exists.
  public var allowed: Bool
}
