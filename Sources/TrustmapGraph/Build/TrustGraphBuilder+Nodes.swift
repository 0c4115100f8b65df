import TrustmapModel
import TrustmapPolicy

extension TrustGraphBuilder {
  /// User, role and group nodes of every imported account, with admin assessments.
  func principalNodes(admins: [ARN: AdminAssessment]) -> [GraphNode] {
    var nodes: [GraphNode] = []
    for account in organization.accounts {
      for user in account.users {
        var node = GraphNode(
          id: NodeID(user.arn), kind: .user, account: account.id, name: user.name)
        node.placement = .imported
        node.admin = admins[user.arn]
        nodes.append(node)
      }
      for role in account.roles {
        var node = GraphNode(
          id: NodeID(role.arn), kind: .role, account: account.id, name: role.name)
        node.placement = .imported
        node.admin = admins[role.arn]
        node.isServiceLinked = role.isServiceLinked
        nodes.append(node)
      }
      for group in account.groups {
        nodes.append(
          GraphNode(id: NodeID(group.arn), kind: .group, account: account.id, name: group.name))
      }
    }
    return nodes
  }

  /// Admin assessment of every identity side (§5.1), computed once per `AdminShareKey` for
  /// principals whose policies cover no ADM-2 action; principals that may self-escalate, and
  /// `possibleAdmin` results (their atoms name statements), are assessed one by one.
  func adminAssessments(sides: [IdentitySide]) -> [ARN: AdminAssessment] {
    let keyed = ParallelMap.map(sides) { side -> AdminShareKey? in
      side.mayAllowSelfEscalation ? nil : AdminShareKey(side)
    }
    var groups: [AdminShareKey: [IdentitySide]] = [:]
    var single: [[IdentitySide]] = []
    for (side, key) in zip(sides, keyed) {
      if let key { groups[key, default: []].append(side) } else { single.append([side]) }
    }
    let shared = Array(groups.values)
    let work =
      single + ParallelSort.order(of: shared.map { $0[0].arn.rawValue }).map { shared[$0] }
    let results = ParallelMap.map(work) { group -> [(ARN, AdminAssessment)] in
      let shared = engine.adminAssessment(of: group[0])
      if case .possibleAdmin = shared.status {
        return group.map { ($0.arn, $0 == group[0] ? shared : engine.adminAssessment(of: $0)) }
      }
      return group.map { ($0.arn, shared) }
    }
    var assessments = [ARN: AdminAssessment](minimumCapacity: sides.count)
    for group in results {
      for (arn, assessment) in group where assessments[arn] == nil { assessments[arn] = assessment }
    }
    return assessments
  }
}
