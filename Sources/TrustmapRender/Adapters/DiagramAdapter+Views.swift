import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

extension DiagramAdapter {
  /// The escalation-path view of `path`: one step per principal, one hop per edge, with the
  /// hops' conditions; `title` defaults to "start → end".
  public func escalationPath(_ path: TrustPath, title: String? = nil) -> EscalationPathInput {
    let ids = path.hops.first.map { [$0.source] + path.hops.map(\.target) } ?? []
    let steps = ids.map(principal)
    return EscalationPathInput(
      title: title ?? self.title(of: path), steps: steps, hops: path.hops.map(trust))
  }

  /// The escalation-path view of a finding's evidence path, or nil when it has none.
  public func escalationPath(_ finding: Finding) -> EscalationPathInput? {
    guard let path = finding.path, !path.hops.isEmpty else { return nil }
    return escalationPath(path, title: finding.kind.rawValue + ": " + title(of: path))
  }

  /// "dan.dev (northwind-dev) → prod-deploy (northwind-prod), admin".
  public func title(of path: TrustPath) -> String {
    guard let start = path.start, let end = path.end else { return "empty path" }
    let first = principal(start)
    let last = principal(end)
    return first.name + " (" + first.accountLabel + ") → " + last.name + " ("
      + last.accountLabel + ")" + (last.isAdmin ? ", admin" : "")
  }

  /// One account's principals plus every principal outside it that a drawn edge names, and
  /// the traversable edges with at least one end in the account.
  public func accountView(_ account: AccountID) -> AccountViewInput {
    let inside = graph.nodes.filter { $0.account == account && $0.isPrincipal }.map(\.id)
    let insideSet = Set(inside)
    let edges = graph.edges.filter { edge in
      edge.kind.isTraversable
        && (insideSet.contains(edge.source) || insideSet.contains(edge.target))
    }
    var ids = inside
    var seen = insideSet
    for edge in edges {
      for end in [edge.source, edge.target] where seen.insert(end).inserted { ids.append(end) }
    }
    return AccountViewInput(
      accountID: account.rawValue, accountName: accountName(account),
      principals: ids.map(principal), links: edges.map(trust))
  }

  /// What `root` can reach: a breadth-first shortest-path tree over traversable edges,
  /// edges in graph order (deterministic), each reached principal with its tree edge.
  public func principalView(_ root: NodeID) -> PrincipalViewInput {
    var reached: [ReachedPrincipal] = []
    var visited: Set<NodeID> = [root]
    var queue = [root]
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      for edge in graph.edges(from: current)
      where edge.kind.isTraversable && visited.insert(edge.target).inserted {
        reached.append(ReachedPrincipal(principal: principal(edge.target), via: trust(edge)))
        queue.append(edge.target)
      }
    }
    return PrincipalViewInput(root: principal(root), reached: reached)
  }
}
