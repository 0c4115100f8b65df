import TrustmapGraph
import TrustmapModel

/// `cross-account-escalation`: principals of a lower-tier account that reach an admin of a
/// higher-tier account (ADM-5); one finding per (source account, target account), with the
/// shortest (preferably fully-allowed) path and the number of principals that can do it.
enum EscalationFindings {
  static func all(_ reach: Reachability, _ tiers: AccountTiers) -> [Finding] {
    let graph = reach.graph
    var sourcesByPair: [Pair: [Int]] = [:]
    for (position, node) in graph.nodes.enumerated() where node.isPrincipal {
      guard let account = node.account else { continue }
      let rank = tiers.rank(of: account)
      for reached in reach.adminAccountsReachable(from: position)
      where reached.account != account && tiers.rank(of: reached.account) > rank {
        sourcesByPair[Pair(source: account, target: reached.account), default: []].append(position)
      }
    }
    return sourcesByPair.keys.sorted().compactMap { pair in
      finding(pair, sourcesByPair[pair] ?? [], reach, tiers)
    }
  }

  static func finding(_ pair: Pair, _ sources: [Int], _ reach: Reachability, _ tiers: AccountTiers)
    -> Finding?
  {
    let nodes = reach.graph.nodes
    let isGoal: (Int) -> Bool = {
      nodes[$0].isAdmin && nodes[$0].account == pair.target && nodes[$0].kind == .role
    }
    let plain = sources.filter { !nodes[$0].isAdmin }
    guard
      let path = reach.shortestPath(fromAny: plain, to: isGoal)
        ?? reach.shortestPath(fromAny: sources, to: isGoal),
      let start = path.start, let end = path.end
    else { return nil }
    let severity: Severity =
      !path.isAllowed
      ? .medium : (tiers.tier(of: pair.target) == tiers.order.first ? .critical : .high)
    let names =
      "\(tiers.tier(of: pair.source) ?? "?") \(pair.source) → \(tiers.tier(of: pair.target) ?? "?") \(pair.target)"
    var evidence = [
      "\(sources.count) principal(s) of \(pair.source) can reach an admin of \(pair.target)"
    ]
    if !path.isAllowed {
      evidence.append("conditional on: " + path.conditions.joined(separator: ", "))
    }
    if path.isChained { evidence.append("role chaining: sessions limited to 1 hour (TRU-12)") }
    evidence += otherTargets(pair, plain.isEmpty ? sources : plain, except: end, reach)
    return Finding(
      kind: .crossAccountEscalation, subject: pair.source.rawValue + "->" + pair.target.rawValue,
      severity: severity,
      title: "escalation \(names): \(start) reaches admin \(end) in \(path.hops.count) hop(s)"
        + (path.isAllowed ? "" : " (conditional)"),
      principals: [start, end], accounts: [pair.source, pair.target], path: path,
      evidence: evidence,
      principalCount: sources.count)
  }

  /// One evidence line per further admin role of the target account that the sources reach.
  static func otherTargets(_ pair: Pair, _ sources: [Int], except: NodeID, _ reach: Reachability)
    -> [String]
  {
    let nodes = reach.graph.nodes
    let admins = nodes.indices.filter {
      nodes[$0].isAdmin && nodes[$0].account == pair.target && nodes[$0].kind == .role
        && nodes[$0].id != except
    }
    return admins.prefix(5).compactMap { admin in
      guard let path = reach.shortestPath(fromAny: sources, to: { $0 == admin }),
        let start = path.start
      else { return nil }
      let hops = path.hops.map(\.target.rawValue).joined(separator: " -> ")
      return "also: \(start) -> \(hops) (\(path.isAllowed ? "allowed" : "conditional"))"
    }
  }

  struct Pair: Hashable, Comparable {
    var source: AccountID
    var target: AccountID

    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.source, lhs.target) < (rhs.source, rhs.target)
    }
  }
}
