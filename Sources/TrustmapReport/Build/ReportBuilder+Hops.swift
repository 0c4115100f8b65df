import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapRender

extension ReportBuilder {
  /// One `ReportHop` per edge, with every statement that decides it.
  func hops(_ path: TrustPath) -> [ReportHop] {
    hops(path.hops)
  }

  /// One `ReportHop` per edge.
  func hops(_ edges: [GraphEdge]) -> [ReportHop] {
    let lookup = StatementLookup(organization: organization)
    return edges.map { edge in
      let record = EdgeRecord(edge)
      let status: HopStatus =
        record.isAllowed ? .allowed : (record.holdsForAnyone ? .public : .conditional)
      return ReportHop(
        from: reference(edge.source), to: reference(edge.target), action: record.action,
        status: status, conditions: conditions(record.conditions),
        grants: record.grants.map { grant in
          ReportGrant(
            action: grant.action, layer: grant.layer.rawValue, effect: Self.effect(grant.effect),
            statement: lookup.reference(grant.location))
        })
    }
  }

  /// `granted`, `permitted` or `conditional` (a statement left open).
  static func effect(_ role: Evidence.Role) -> String {
    switch role {
    case .granted: return "granted"
    case .permitted: return "permitted"
    case .leftOpen: return "conditional"
    case .denied: return "denied"
    }
  }

  /// "ci/deploy-runner (northwind-shared-tooling)" and the ARN or placeholder id.
  func reference(_ id: NodeID) -> PrincipalRef {
    let principal = adapter.principal(id)
    let account = principal.accountID.isEmpty ? "" : " (" + principal.accountLabel + ")"
    return PrincipalRef(name: principal.name + account, arn: id.rawValue)
  }

  /// Unresolved atoms as report conditions, one per label and key (TVL-4, TVL-5).
  func conditions(_ atoms: [UnresolvedCondition]) -> [ReportCondition] {
    var seen = Set<String>()
    return atoms.compactMap { atom in
      var condition = ReportCondition(label: atom.label)
      if case .condition(let key, let op, let values) = atom.subject {
        condition = ReportCondition(
          label: atom.label, key: key, conditionOperator: op, values: values)
      }
      let identity = condition.label + "\u{0}" + condition.fullText
      return seen.insert(identity).inserted ? condition : nil
    }
  }
}
