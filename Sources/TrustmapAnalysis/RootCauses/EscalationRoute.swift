import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// One principal's shortest way to an administrator of one account, and the hop a fix should
/// cut: the first hop that climbs above the principal's own tier.
struct EscalationRoute: Sendable {
  /// The escalation finding (source account → target account) it belongs to.
  var finding: String
  /// The principal (node position).
  var source: Int
  /// The account whose administrator it reaches.
  var target: AccountID
  /// The path's edge ids, in order.
  var edges: [Int]
  /// Every hop allowed.
  var allowed: Bool
  /// The index in `edges` of the hop that climbs: the first whose target's account ranks
  /// above the principal's account (its trust statement is what lets a lower tier in).
  var climb: Int
}

extension RootCauseAnalysis {
  /// Every source principal's route, for each escalation finding of `findings`; one backward
  /// search per target account serves all its findings.
  static func routes(
    _ findings: [Finding], _ analysis: TrustAnalysis, reversed: IndexedDigraph
  ) -> [EscalationRoute] {
    let reach = analysis.reachability
    let graph = analysis.graph
    var byTarget: [AccountID: [(finding: String, sources: [Int])]] = [:]
    for finding in findings where finding.kind == .crossAccountEscalation {
      guard let end = finding.path?.end, let target = graph.node(end)?.account else { continue }
      let sources = finding.principals.compactMap(graph.nodeIndex)
      byTarget[target, default: []].append((finding.id, sources))
    }
    let admins = reach.adminRolesByAccount()
    var approach = AdminApproach(reach, reversed: reversed)
    var routes: [EscalationRoute] = []
    for target in byTarget.keys.sorted() {
      let entries = byTarget[target] ?? []
      approach.search(
        toward: admins[target] ?? [], allowedEdges: reach.allowedEdges,
        wanted: Set(entries.flatMap(\.sources)))
      for entry in entries {
        for source in entry.sources where approach.reaches(source) {
          let edges = approach.path(from: source)
          routes.append(
            EscalationRoute(
              finding: entry.finding, source: source, target: target, edges: edges,
              allowed: approach.isAllowed(source),
              climb: climb(edges, from: source, analysis)))
        }
      }
    }
    return routes
  }

  /// The index of the first hop of `edges` whose target's account ranks above `source`'s.
  static func climb(_ edges: [Int], from source: Int, _ analysis: TrustAnalysis) -> Int {
    let graph = analysis.graph
    guard let account = graph.nodes[source].account else { return max(edges.count - 1, 0) }
    let floor = analysis.tiers.rank(of: account)
    for (index, edge) in edges.enumerated() {
      if let reached = graph.node(graph.edges[edge].target)?.account,
        analysis.tiers.rank(of: reached) > floor
      {
        return index
      }
    }
    return max(edges.count - 1, 0)
  }
}
