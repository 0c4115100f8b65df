import TrustmapModel
import TrustmapPolicy

extension TrustGraphBuilder {
  /// ADM-2 actions: when a principal's policies cover none of them, its admin assessment is
  /// the same for every principal with the same fingerprint, so it is computed once.
  static let selfEscalationActions = [
    "iam:PutUserPolicy", "iam:AttachUserPolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy",
    "iam:CreateRole", "iam:CreatePolicyVersion", "iam:PutGroupPolicy", "iam:AttachGroupPolicy",
  ]

  /// User, role and group nodes of every imported account, with admin assessments.
  func principalNodes(index: CandidateIndex) -> [GraphNode] {
    let admins = adminAssessments(index: index)
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

  /// Admin assessment of every identity side, shared within a fingerprint group when exact.
  func adminAssessments(index: CandidateIndex) -> [ARN: AdminAssessment] {
    let groups = index.allGroups
    let results = ParallelMap.map(groups) { group -> [(ARN, AdminAssessment)] in
      let shareable = !group[0].mayAllowAny(of: Self.selfEscalationActions)
      if shareable {
        let assessment = engine.adminAssessment(of: group[0])
        return group.map { ($0.arn, assessment) }
      }
      return group.map { ($0.arn, engine.adminAssessment(of: $0)) }
    }
    return Dictionary(results.flatMap { $0 }, uniquingKeysWith: { a, _ in a })
  }
}
