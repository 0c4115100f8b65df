import TrustmapGraph
import TrustmapModel

extension RootCauseAnalysis {
  /// The tiers whose accounts the exposure table lists: the three most valuable (by default
  /// management, security and prod).
  static let exposedTierCount = 3

  /// For every account of the most valuable tiers, the lower-tier principals that can become
  /// its administrator, by source account.
  static func exposure(
    _ routes: [EscalationRoute], _ groups: [CauseKey: CauseGroup], _ analysis: TrustAnalysis
  ) -> [AdminExposure] {
    let tiers = analysis.tiers
    let graph = analysis.graph
    let valuable = Array(tiers.order.prefix(exposedTierCount))
    var causeOf: [Int: String] = [:]
    for (key, group) in groups {
      for route in group.routes { causeOf[route] = key.id }
    }
    var byTarget: [AccountID: [AccountID: [Int]]] = [:]
    for (position, route) in routes.enumerated() {
      guard let source = graph.nodes[route.source].account else { continue }
      byTarget[route.target, default: [:]][source, default: []].append(position)
    }
    let imported = Set(analysis.reachability.accounts)
    let accounts = tiers.tiers.filter { valuable.contains($0.value) && imported.contains($0.key) }
      .map(\.key)
    return
      accounts
      .sorted {
        (valuable.firstIndex(of: tiers.tier(of: $0) ?? "") ?? 0, $0)
          < (valuable.firstIndex(of: tiers.tier(of: $1) ?? "") ?? 0, $1)
      }
      .map { account in
        let sources = (byTarget[account] ?? [:]).map { source, positions in
          let mine = positions.map { routes[$0] }
          return AdminExposure.Source(
            account: source,
            principals: mine.map { graph.nodes[$0.source].id }.sorted(),
            allowed: mine.filter(\.allowed).count,
            fewestHops: mine.map(\.edges.count).min() ?? 0,
            rootCauses: Array(Set(positions.compactMap { causeOf[$0] })).sorted())
        }
        return AdminExposure(
          account: account, tier: tiers.tier(of: account) ?? "",
          sources: sources.sorted {
            ($1.principals.count, $0.account) < ($0.principals.count, $1.account)
          })
      }
  }
}
