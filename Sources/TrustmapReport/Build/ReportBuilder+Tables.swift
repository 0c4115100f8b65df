import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapRender

extension ReportBuilder {
  /// Imported accounts with roles, by id.
  var matrixAccounts: [AccountID] { analysis.reachability.accounts }

  /// Account × account: the worst reach of the row account's principals into the column
  /// account (admin > role > conditional only), counting the principals behind each cell.
  func matrix() -> ReachabilityMatrix {
    let reach = analysis.reachability
    let columns = matrixAccounts
    var rows: [AccountID: [MatrixTally]] = [:]
    let nodes = graph.nodes
    for position in nodes.indices where nodes[position].isPrincipal {
      guard let source = nodes[position].account else { continue }
      var row =
        rows.removeValue(forKey: source) ?? Array(repeating: MatrixTally(), count: columns.count)
      reach.forEachReachedAccount(from: position) { slot, level in
        guard columns[slot] != source else { return }
        row[slot].count += 1
        row[slot].level = min(row[slot].level, level)
      }
      rows[source] = row
    }
    var cells: [(key: String, cell: MatrixCell)] = []
    for (source, row) in rows {
      for (slot, tally) in row.enumerated() where tally.count > 0 {
        let target = columns[slot].rawValue
        cells.append(
          (
            source.rawValue + ">" + target,
            MatrixCell(
              source: source.rawValue, target: target, level: tally.reportLevel,
              count: tally.count)
          ))
      }
    }
    return ReachabilityMatrix(
      accounts: columns.map {
        MatrixAccount(id: $0.rawValue, name: adapter.accountName($0) ?? $0.rawValue)
      },
      cells: cells.sorted { $0.key < $1.key }.map(\.cell))
  }

  /// Imported users and roles: admin flag, accounts reached beyond their own, and how many
  /// principals they can become (directly or by chains).
  func principals() -> [ReportPrincipal] {
    let nodes = graph.nodes
    let reach = analysis.reachability
    let radii = reach.principalCountsReachable()
    return nodes.indices.filter { nodes[$0].isPrincipal }.map { position in
      let node = nodes[position]
      return ReportPrincipal(
        arn: node.id.rawValue, name: node.kind.rawValue + "/" + DiagramAdapter.shortName(node),
        account: node.account?.rawValue ?? "", kind: node.kind.rawValue, isAdmin: node.isAdmin,
        reachableAccounts: reach.reachedAccountCount(from: position, excluding: node.account),
        blastRadius: radii[position])
    }
  }

  /// Every account of the organisation and the inputs, with OU path and tier.
  func accounts() -> [ReportAccount] {
    let structure = organization.structure
    let ids = Set(organization.accounts.map(\.id)).union(structure?.accounts.map(\.id) ?? [])
    var byAccount: [AccountID: (principals: Int, admins: Int)] = [:]
    for node in graph.nodes where node.isPrincipal {
      guard let account = node.account else { continue }
      byAccount[account, default: (0, 0)].principals += 1
      byAccount[account, default: (0, 0)].admins += node.isAdmin ? 1 : 0
    }
    let findingsByAccount = Dictionary(
      findings.flatMap { finding in finding.accounts.map { ($0, 1) } }, uniquingKeysWith: +)
    return ids.sorted().map { id in
      let own = byAccount[id] ?? (0, 0)
      let path = structure?.ouNamePath(for: id)?.split(separator: "/").dropFirst().map(String.init)
      return ReportAccount(
        id: id.rawValue, name: adapter.accountName(id) ?? id.rawValue, ouPath: path ?? [],
        tier: analysis.tiers.tier(of: id) ?? "", principalCount: own.principals,
        adminCount: own.admins,
        findingCount: findingsByAccount[id] ?? 0,
        imported: organization.account(id) != nil)
    }
  }

  /// The OU tree, or nil without an Organizations export.
  func organizationTree() -> OUNode? {
    guard organization.structure != nil else { return nil }
    func node(_ unit: OverviewUnit) -> OUNode {
      OUNode(
        id: unit.id, name: unit.name, accounts: unit.accountIDs, children: unit.children.map(node))
    }
    var root = node(adapter.rootUnit())
    root.name = organization.structure?.roots.first?.name ?? root.name
    return root
  }

  /// One entry per trusted principal outside the imported accounts (and per identity
  /// provider and service), with the roles that trust it and the guarding conditions.
  func externalTrust() -> [ExternalTrust] {
    var bySource: [Int: [Int]] = [:]
    let nodes = graph.nodes
    let edges = graph.edges
    for (position, ends) in analysis.reachability.edgeEndpoints().enumerated() {
      guard let ends, !nodes[ends.source].isPrincipal else { continue }
      bySource[ends.source, default: []].append(position)
    }
    let flagged = Dictionary(
      findings.flatMap { finding in finding.principals.map { ($0, finding.kind) } },
      uniquingKeysWith: { first, _ in first })
    var labelCache = ConditionLabels()
    // Node positions follow the sorted ids, so sorting positions sorts by id.
    return bySource.keys.sorted().compactMap { source in
      let node = nodes[source]
      guard let positions = bySource[source], let kind = trustKind(node) else { return nil }
      let roles = Array(Set(positions.map { edges[$0].target.rawValue })).sorted()
      // Whoever assumes a public role writes their own policies: not a condition on them.
      let labels = Array(Set(positions.flatMap { labelCache.labels(edges[$0].decision) }))
        .filter { !(node.kind == .publicAny && $0.hasPrefix("identityNotImported:")) }.sorted()
      let notes = Set(positions.compactMap { flagged[edges[$0].target] }).sorted().map(\.rawValue)
      return ExternalTrust(
        kind: kind, principal: externalName(node), roles: roles, conditions: labels,
        note: notes.joined(separator: ", "))
    }
  }

  private func trustKind(_ node: GraphNode) -> ExternalTrust.Kind? {
    switch node.kind {
    case .externalAccount, .externalPrincipal: return .externalAccount
    case .samlProvider, .oidcProvider: return .provider
    case .service: return .service
    case .publicAny: return .publicTrust
    case .user, .role, .group: return nil
    }
  }

  private func externalName(_ node: GraphNode) -> String {
    let raw = node.id.rawValue
    switch node.kind {
    case .externalAccount:
      let name = node.account.flatMap(adapter.accountName).map { " (" + $0 + ")" } ?? ""
      return "arn:aws:iam::" + node.name + ":root" + name
    case .externalPrincipal: return String(raw.dropFirst("external:".count))
    case .samlProvider, .oidcProvider: return String(raw.dropFirst("idp:".count))
    case .service: return node.name
    case .publicAny: return "anyone (any AWS account)"
    default: return raw
    }
  }
}

/// One matrix cell while it is being counted.
struct MatrixTally {
  var level = AccountReach.conditionalOnly
  var count = 0

  var reportLevel: ReachLevel {
    switch level {
    case .adminAllowed: return .reachesAdmin
    case .roleAllowed: return .reachesRole
    case .conditionalOnly: return .conditionalOnly
    }
  }
}
