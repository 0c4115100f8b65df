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
    var cells: [String: MatrixCell] = [:]
    for (position, node) in graph.nodes.enumerated() where node.isPrincipal {
      guard let source = node.account else { continue }
      let admin = Dictionary(
        reach.adminAccountsReachable(from: position).map { ($0.account, $0.allowed) },
        uniquingKeysWith: { first, _ in first })
      for reached in reach.accountsReachable(from: position) where reached.account != source {
        let level: ReachLevel =
          admin[reached.account] == true
          ? .reachesAdmin : (reached.allowed ? .reachesRole : .conditionalOnly)
        let key = source.rawValue + ">" + reached.account.rawValue
        var cell =
          cells[key]
          ?? MatrixCell(
            source: source.rawValue, target: reached.account.rawValue, level: level, count: 0)
        cell.level = min(cell.level, level)
        cell.count += 1
        cells[key] = cell
      }
    }
    return ReachabilityMatrix(
      accounts: matrixAccounts.map {
        MatrixAccount(id: $0.rawValue, name: adapter.accountName($0) ?? $0.rawValue)
      },
      cells: cells.keys.sorted().compactMap { cells[$0] })
  }

  /// Imported users and roles: admin flag, accounts reached beyond their own, and how many
  /// principals they can become (directly or by chains).
  func principals() -> [ReportPrincipal] {
    let nodes = graph.nodes
    let reach = analysis.reachability
    return nodes.indices.filter { nodes[$0].isPrincipal }.map { position in
      let node = nodes[position]
      let accounts = reach.accountsReachable(from: position).filter { $0.account != node.account }
      let radius = reach.nodesReachable(from: position).filter { nodes[$0].isPrincipal }.count
      return ReportPrincipal(
        arn: node.id.rawValue, name: node.kind.rawValue + "/" + DiagramAdapter.shortName(node),
        account: node.account?.rawValue ?? "", kind: node.kind.rawValue, isAdmin: node.isAdmin,
        reachableAccounts: accounts.count, blastRadius: radius)
    }
  }

  /// Every account of the organisation and the inputs, with OU path and tier.
  func accounts() -> [ReportAccount] {
    let structure = organization.structure
    let ids = Set(organization.accounts.map(\.id)).union(structure?.accounts.map(\.id) ?? [])
    let principalNodes = graph.nodes.filter(\.isPrincipal)
    return ids.sorted().map { id in
      let own = principalNodes.filter { $0.account == id }
      let path = structure?.ouNamePath(for: id)?.split(separator: "/").dropFirst().map(String.init)
      return ReportAccount(
        id: id.rawValue, name: adapter.accountName(id) ?? id.rawValue, ouPath: path ?? [],
        tier: analysis.tiers.tier(of: id) ?? "", principalCount: own.count,
        adminCount: own.filter(\.isAdmin).count,
        findingCount: findings.filter { $0.accounts.contains(id) }.count,
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
    var bySource: [NodeID: [GraphEdge]] = [:]
    for edge in graph.edges where edge.kind.isTraversable {
      guard let node = graph.node(edge.source), !node.isPrincipal else { continue }
      bySource[edge.source, default: []].append(edge)
    }
    let flagged = Dictionary(
      findings.flatMap { finding in finding.principals.map { ($0, finding.kind) } },
      uniquingKeysWith: { first, _ in first })
    return bySource.keys.sorted().compactMap { id in
      guard let node = graph.node(id), let edges = bySource[id], let kind = trustKind(node)
      else { return nil }
      let roles = Array(Set(edges.map(\.target.rawValue))).sorted()
      let labels = Array(Set(edges.flatMap(\.conditionLabels))).sorted()
      let notes = Set(edges.compactMap { flagged[$0.target] }).sorted().map(\.rawValue)
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
    default: return raw
    }
  }
}
