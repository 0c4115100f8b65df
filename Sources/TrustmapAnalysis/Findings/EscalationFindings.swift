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
    let (labels, slot) = (reach.labels, reach.accountIndex[pair.target] ?? -1)
    let isGoal: (Int) -> Bool = { labels.admins[$0] && labels.slots[$0] == slot }
    let plain = sources.filter { !nodes[$0].isAdmin }
    guard
      let path = reach.shortestPath(fromAny: plain, to: isGoal)
        ?? reach.shortestPath(fromAny: sources, to: isGoal),
      let start = path.start, let end = path.end
    else { return nil }
    let top = tiers.tier(of: pair.target) == tiers.order.first
    let severity: Severity = !path.isAllowed ? .medium : (top ? .critical : .high)
    let names =
      "\(tiers.tier(of: pair.source) ?? "?") \(pair.source) → \(tiers.tier(of: pair.target) ?? "?") \(pair.target)"
    var evidence = [
      Wording.count(sources.count, "principal")
        + " of \(pair.source) can become an administrator of \(pair.target)."
    ]
    if !path.isAllowed {
      evidence.append("The path holds only if: " + path.conditions.joined(separator: ", ") + ".")
    }
    if path.isChained {
      evidence.append("The path chains role sessions: each session lasts at most one hour.")
    }
    var finding = Finding(
      kind: .crossAccountEscalation, subject: pair.source.rawValue + "->" + pair.target.rawValue,
      severity: severity,
      title: "escalation \(names): \(start) reaches admin \(end) in \(path.hops.count) hop(s)"
        + (path.isAllowed ? "" : " (conditional)"),
      principals: sources.map { nodes[$0].id }, accounts: [pair.source, pair.target], path: path,
      evidence: evidence, principalCount: sources.count)
    finding.targets = reached(admins[pair.target] ?? [], from: sources, reach)
    finding.rationale = rationale(pair, path, tiers)
    finding.rules = ["EDG-5", "ADM-5"] + (path.isChained ? ["TRU-12"] : [])
    return finding
  }

  /// Why the severity: the tiers, and whether the path holds for sure.
  static func rationale(_ pair: Pair, _ path: TrustPath, _ tiers: AccountTiers) -> String {
    let source = "\(tiers.tier(of: pair.source) ?? "unknown")-tier account \(pair.source)"
    let target = "\(tiers.tier(of: pair.target) ?? "unknown")-tier account \(pair.target)"
    guard path.isAllowed else {
      return "Medium: principals of the \(source) become administrators of the \(target) only "
        + "if " + path.conditions.joined(separator: ", ")
        + " holds, which the exports cannot decide; it is high or critical when it does."
    }
    if tiers.tier(of: pair.target) == tiers.order.first {
      return "Critical: principals of the \(source) can become administrators of the \(target), "
        + "the most valuable tier, with nothing but their own permissions."
    }
    return "High: principals of the \(source) can become administrators of the more valuable "
      + "\(target) with nothing but their own permissions."
  }

  /// The administrator roles among `admins` (ascending) that any of `sources` reaches.
  static func reached(_ admins: [Int], from sources: [Int], _ reach: Reachability) -> [NodeID] {
    guard !admins.isEmpty else { return [] }
    let seen = reach.digraph.nodes(reachableFrom: sources)
    return admins.filter { seen.contains($0) }.map { reach.graph.nodes[$0].id }
  }

  struct Pair: Hashable, Comparable, Sendable {
    var source: AccountID
    var target: AccountID

    static func < (lhs: Pair, rhs: Pair) -> Bool {
      (lhs.source, lhs.target) < (rhs.source, rhs.target)
    }
  }
}
