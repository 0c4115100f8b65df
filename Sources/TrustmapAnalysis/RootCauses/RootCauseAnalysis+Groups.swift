import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension RootCauseAnalysis {
  /// Escalation routes grouped by the statement of their climbing hop: its trust statement, or
  /// its first identity statement when it has none.
  static func escalationGroups(
    _ routes: [EscalationRoute], _ analysis: TrustAnalysis, _ templates: StatementTemplates
  ) -> [CauseKey: CauseGroup] {
    let graph = analysis.graph
    var groups: [CauseKey: CauseGroup] = [:]
    var templateOf: [StatementLocation: StatementTemplate] = [:]
    for (position, route) in routes.enumerated() {
      guard route.climb < route.edges.count else { continue }
      let edge = graph.edges[route.edges[route.climb]]
      let provenance = edge.decision.provenance
      guard
        let location = EdgeRecord.firstStatement(in: provenance, layer: .trust)
          ?? EdgeRecord.firstStatement(in: provenance, layer: .identity)
      else { continue }
      let template = templateOf[location] ?? templates.template(location)
      templateOf[location] = template
      let key = CauseKey(kind: .crossAccountEscalation, template: template)
      var group = groups[key] ?? CauseGroup(key)
      group.statements.insert(location)
      group.holders.insert(
        location.source.kind == .trust ? edge.target : holderNode(location) ?? edge.source)
      group.findingIDs.insert(route.finding)
      group.routes.append(position)
      group.sources.insert(graph.nodes[route.source].id)
      group.targetAccounts.insert(route.target)
      groups[key] = group
    }
    return groups
  }

  /// Every finding but escalations, grouped by the statement at fault.
  static func findingGroups(
    _ findings: [Finding], _ analysis: TrustAnalysis, _ templates: StatementTemplates
  ) -> [CauseKey: CauseGroup] {
    var groups: [CauseKey: CauseGroup] = [:]
    for finding in findings where finding.kind != .crossAccountEscalation {
      let location = statement(of: finding, templates.lookup)
      let template =
        location.map { templates.template($0, directHolder: finding.kind == .adminUser) }
        ?? StatementTemplate(
          layer: .identity, holder: finding.targets.first?.rawValue ?? finding.id, policy: "",
          index: 0, sid: nil, text: "")
      let key = CauseKey(kind: finding.kind, template: template)
      var group = groups[key] ?? CauseGroup(key)
      if let location { group.statements.insert(location) }
      group.holders.insert(
        location.flatMap(holderNode) ?? finding.targets.first ?? finding.principals[0])
      group.findings.append(finding)
      group.findingIDs.insert(finding.id)
      let targets = Set(finding.targets)
      group.sources.formUnion(
        finding.kind == .adminUser
          ? finding.principals : finding.principals.filter { !targets.contains($0) })
      let accounts = finding.targets.compactMap { analysis.graph.node($0)?.account }
      group.targetAccounts.formUnion(accounts)
      groups[key] = group
    }
    return groups
  }

  /// The statement at fault: the finding's own, the trust statement naming a deleted
  /// principal, or the identity statement that makes a user an administrator.
  static func statement(of finding: Finding, _ lookup: StatementLookup) -> StatementLocation? {
    if let statement = finding.statement { return statement }
    switch finding.kind {
    case .danglingTrustPrincipal:
      guard let role = finding.targets.first.flatMap({ ARN($0.rawValue) }),
        let uniqueID = finding.id.split(separator: ":").last.map(String.init),
        let index = lookup.trustStatementIndex(of: role, containing: uniqueID)
      else { return nil }
      let source = PolicySource(
        kind: .trust, holding: .trust, name: "trust policy", account: role.accountID,
        holder: role.rawValue)
      let location = StatementLocation(source: source, index: index, sid: nil)
      let sid = lookup.statement(location)?["Sid"]?.stringValue
      return StatementLocation(source: source, index: index, sid: sid)
    case .adminUser:
      return finding.admin?.statements.first { $0.location.source.kind == .identity }?.location
    default:
      return nil
    }
  }

  /// The node of a statement's holder (a role, user or group), when it is one.
  static func holderNode(_ location: StatementLocation) -> NodeID? {
    location.source.holder.flatMap(ARN.init).map(NodeID.init)
  }
}
