import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// `cross-account-escalation`: principals of a lower-tier account that reach an admin of a
/// higher-tier account (ADM-5); one finding per (source account, target account), with the
/// shortest (preferably fully-allowed) path and the number of principals that can do it.
enum EscalationFindings {
  static func all(_ reach: Reachability, _ tiers: AccountTiers) -> [Finding] {
    let sourcesByPair = sources(reach, tiers)
    let admins = reach.adminRolesByAccount()
    let found = ParallelMap.map(sourcesByPair.keys.sorted()) { pair in
      finding(pair, sourcesByPair[pair] ?? [], reach, tiers, admins)
    }
    return found.compactMap { $0 }
  }

  /// The principals of each (source, target) pair, ascending: for every principal, the admin
  /// labels it reaches read straight off the label words, with tier ranks per account slot.
  static func sources(_ reach: Reachability, _ tiers: AccountTiers) -> [Pair: [Int]] {
    let accounts = reach.accounts
    let ranks = accounts.map { tiers.rank(of: $0) }
    let count = accounts.count
    var sourcesByPair: [Pair: [Int]] = [:]
    reach.graph.nodes.withUnsafeBufferPointer { nodes in
      var last: (account: AccountID, slot: Int, rank: Int)?
      for position in nodes.indices where reach.labels.principals[position] {
        guard let account = nodes[position].account else { continue }
        if last?.account != account {
          last = (account, reach.accountIndex[account] ?? -1, tiers.rank(of: account))
        }
        guard let (_, own, rank) = last else { continue }
        reach.any.forEachLabel(reachableFrom: position, in: count..<2 * count) { label in
          let slot = label - count
          guard slot != own, ranks[slot] > rank else { return }
          sourcesByPair[Pair(source: account, target: accounts[slot]), default: []].append(position)
        }
      }
    }
    return sourcesByPair
  }

  static func finding(
    _ pair: Pair, _ sources: [Int], _ reach: Reachability, _ tiers: AccountTiers,
    _ admins: [AccountID: [Int]]
  ) -> Finding? {
    let nodes = reach.graph.nodes
    let targetAdmins = admins[pair.target] ?? []
    let (labels, slot) = (reach.labels, reach.accountIndex[pair.target] ?? -1)
    let isGoal: (Int) -> Bool = { labels.admins[$0] && labels.slots[$0] == slot }
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
    evidence += otherTargets(targetAdmins, plain.isEmpty ? sources : plain, except: end, reach)
    return Finding(
      kind: .crossAccountEscalation, subject: pair.source.rawValue + "->" + pair.target.rawValue,
      severity: severity,
      title: "escalation \(names): \(start) reaches admin \(end) in \(path.hops.count) hop(s)"
        + (path.isAllowed ? "" : " (conditional)"),
      principals: [start, end], accounts: [pair.source, pair.target], path: path,
      evidence: evidence,
      principalCount: sources.count)
  }

  /// One evidence line per further admin role of the target account (`admins`, ascending) that
  /// the sources reach.
  static func otherTargets(_ admins: [Int], _ sources: [Int], except: NodeID, _ reach: Reachability)
    -> [String]
  {
    let nodes = reach.graph.nodes
    return admins.filter { nodes[$0].id != except }.prefix(5).compactMap { admin in
      guard let path = reach.shortestPath(fromAny: sources, to: { $0 == admin }),
        let start = path.start
      else { return nil }
      let hops = path.hops.map(\.target.rawValue).joined(separator: " -> ")
      return "also: \(start) -> \(hops) (\(path.isAllowed ? "allowed" : "conditional"))"
    }
  }

  struct Pair: Hashable, Comparable, Sendable {
    var source: AccountID
    var target: AccountID

    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.source, lhs.target) < (rhs.source, rhs.target)
    }
  }
}
