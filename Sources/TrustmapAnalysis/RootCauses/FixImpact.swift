import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// What fixing root causes would remove: the escalation routes searched again with the edges
/// the fixed trust statements grant taken out.
///
/// A fix stops the statements from admitting lower tiers, as the fix texts say: an edge goes
/// with it when its caller's account ranks below the holder's and every trust statement that
/// granted or left it open is one of the fixed statements. Callers of the same or a higher tier
/// keep their edges. The engine names one granting statement per edge; were two statements of
/// one trust policy both to admit the caller, the other would keep the edge, and the count here
/// would be too high.
struct FixImpact {
  let analysis: TrustAnalysis
  let routes: [EscalationRoute]
  let groups: [String: CauseGroup]
  let admins: [AccountID: [Int]]
  /// The traversable edges turned around: a holder's incoming edges are its rows.
  let reversed: IndexedDigraph

  init(
    analysis: TrustAnalysis, routes: [EscalationRoute], groups: [CauseKey: CauseGroup],
    reversed: IndexedDigraph
  ) {
    self.reversed = reversed
    self.analysis = analysis
    self.routes = routes
    self.groups = Dictionary(uniqueKeysWithValues: groups.map { ($0.key.id, $0.value) })
    admins = analysis.reachability.adminRolesByAccount()
  }

  /// `causes` with `removedByFix` worked out for the first `limit` escalation root causes whose
  /// statements are trust statements.
  func withWhatIf(_ causes: [RootCause], limit: Int) -> [RootCause] {
    var approach = AdminApproach(analysis.reachability, reversed: reversed)
    var done = 0
    return causes.map { cause in
      guard done < limit, cause.kind == .crossAccountEscalation,
        cause.statements.allSatisfy({ $0.source.kind == .trust }),
        let group = groups[cause.id]
      else { return cause }
      done += 1
      var cause = cause
      let removed = removedEdges(of: [group])
      cause.removedByFix = cut(group.routes, removed, &approach)
      return cause
    }
  }

  /// For the escalation root causes with the most paths: fixing the first 1, 2, … of them.
  func chokePoints(_ causes: [RootCause], limit: Int) -> [ChokePoint] {
    let ordered = causes.filter {
      $0.kind == .crossAccountEscalation && $0.statements.allSatisfy { $0.source.kind == .trust }
    }
    .sorted { lhs, rhs in
      let (left, right) = (lhs.removedByFix ?? 0, rhs.removedByFix ?? 0)
      if left != right { return left > right }
      return lhs.paths != rhs.paths ? lhs.paths > rhs.paths : lhs.id < rhs.id
    }
    .prefix(limit)
    var approach = AdminApproach(analysis.reachability, reversed: reversed)
    var fixed: [CauseGroup] = []
    var points: [ChokePoint] = []
    for cause in ordered {
      guard let group = groups[cause.id] else { continue }
      fixed.append(group)
      let removed = removedEdges(of: fixed)
      points.append(
        ChokePoint(
          rootCauses: fixed.map(\.key.id), statements: fixed.map(\.statements.count).reduce(0, +),
          removed: cut(Array(routes.indices), removed, &approach), total: routes.count))
    }
    return points
  }

  /// How many of `routes` (positions) have no way left once `removed` edges are gone.
  func cut(_ positions: [Int], _ removed: Set<Int>, _ approach: inout AdminApproach) -> Int {
    var byTarget: [AccountID: Set<Int>] = [:]
    for position in positions {
      byTarget[routes[position].target, default: []].insert(routes[position].source)
    }
    var count = 0
    for target in byTarget.keys.sorted() {
      let wanted = byTarget[target] ?? []
      approach.search(
        toward: admins[target] ?? [], allowedEdges: analysis.reachability.allowedEdges,
        removed: { removed.contains($0) }, wanted: wanted)
      count += wanted.filter { !approach.reaches($0) }.count
    }
    return count
  }

  /// The edge ids into the groups' holders that only the groups' trust statements grant.
  func removedEdges(of fixed: [CauseGroup]) -> Set<Int> {
    let statements = Set(fixed.flatMap(\.statements))
    let graph = analysis.graph
    var removed = Set<Int>()
    for holder in Set(fixed.flatMap(\.holders)) {
      guard let position = graph.nodeIndex(of: holder) else { continue }
      let floor = graph.nodes[position].account.map(analysis.tiers.rank) ?? Int.max
      for slot in reversed.outgoing(of: position) {
        let caller = graph.nodes[Int(reversed.targets[slot])].account
        guard let caller, analysis.tiers.rank(of: caller) < floor else { continue }
        let edgeID = Int(reversed.edgeIDs[slot])
        let trust = graph.edges[edgeID].decision.provenance.filter {
          $0.location.source.kind == .trust && $0.role != .denied
        }
        if !trust.isEmpty, trust.allSatisfy({ statements.contains($0.location) }) {
          removed.insert(edgeID)
        }
      }
    }
    return removed
  }
}
