import TrustmapModel
import TrustmapPolicy

extension TrustGraphBuilder {
  /// User, role and group nodes of every imported account, with admin assessments; accounts
  /// on all cores.
  func principalNodes(admins: [AccountID: [ARN: AdminAssessment]]) -> [GraphNode] {
    ParallelMap.map(organization.accounts, minimumCount: 2) { account in
      Self.principalNodes(of: account, admins: admins[account.id] ?? [:])
    }.flatMap { $0 }
  }

  /// User, role and group nodes of one account.
  static func principalNodes(of account: Account, admins: [ARN: AdminAssessment]) -> [GraphNode] {
    var nodes: [GraphNode] = []
    nodes.reserveCapacity(account.users.count + account.roles.count + account.groups.count)
    for user in account.users {
      var node = GraphNode(id: NodeID(user.arn), kind: .user, account: account.id, name: user.name)
      node.placement = .imported
      node.admin = admins[user.arn]
      nodes.append(node)
    }
    for role in account.roles {
      var node = GraphNode(id: NodeID(role.arn), kind: .role, account: account.id, name: role.name)
      node.placement = .imported
      node.admin = admins[role.arn]
      node.isServiceLinked = role.isServiceLinked
      nodes.append(node)
    }
    for group in account.groups {
      nodes.append(
        GraphNode(id: NodeID(group.arn), kind: .group, account: account.id, name: group.name))
    }
    return nodes
  }

  /// Admin assessment of every identity side (§5.1), by account; accounts on all cores.
  ///
  /// `AdminShareKey`s never span accounts, so each account is worked out on its own.
  func adminAssessments(sides: [IdentitySide]) -> [AccountID: [ARN: AdminAssessment]] {
    // Sides are sorted by ARN, so an account's principals are adjacent.
    let perAccount = ParallelMap.map(Self.accountRuns(sides), minimumCount: 2) { run in
      (sides[run.lowerBound].accountID, adminAssessments(of: sides[run]))
    }
    return Dictionary(perAccount, uniquingKeysWith: { $0.merging($1) { first, _ in first } })
  }

  /// Admin assessments of one account's sides, computed once per `AdminShareKey` for
  /// principals whose policies cover no ADM-2 action; principals that may self-escalate, and
  /// `possibleAdmin` results (their atoms name statements), are assessed one by one.
  func adminAssessments(of sides: ArraySlice<IdentitySide>) -> [ARN: AdminAssessment] {
    guard let first = sides.first else { return [:] }
    // Probe resources are parsed once per account (and partition), not once per principal.
    var targets = AdminProbeTargets(first)
    func assess(_ side: IdentitySide) -> AdminAssessment {
      if !targets.fits(side) { targets = AdminProbeTargets(side) }
      return engine.adminAssessment(of: side, targets: targets)
    }
    var assessments = [ARN: AdminAssessment](minimumCapacity: sides.count)
    var groups: [AdminShareKey: [IdentitySide]] = [:]
    for (side, key) in zip(sides, AdminShareKey.keys(of: sides)) {
      if let key {
        groups[key, default: []].append(side)
      } else if assessments[side.arn] == nil {
        assessments[side.arn] = assess(side)
      }
    }
    for group in groups.values {
      let shared = assess(group[0])
      let isShared: Bool
      if case .possibleAdmin = shared.status { isShared = false } else { isShared = true }
      for side in group where assessments[side.arn] == nil {
        assessments[side.arn] = isShared || side == group[0] ? shared : assess(side)
      }
    }
    return assessments
  }

  /// The ranges of `sides` with one account each.
  static func accountRuns(_ sides: [IdentitySide]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    for position in sides.indices.dropFirst()
    where sides[position].accountID != sides[position - 1].accountID {
      runs.append(start..<position)
      start = position
    }
    if !sides.isEmpty { runs.append(start..<sides.count) }
    return runs
  }
}
