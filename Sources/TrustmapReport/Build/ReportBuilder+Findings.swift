import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapRender

extension ReportBuilder {
  /// Every finding with its hops explained, its other paths and (for the most severe
  /// `maxDiagrams`) an SVG of its path.
  func reportFindings() -> [ReportFinding] {
    var principalsByAccount: [AccountID: [Int]] = [:]
    for (position, node) in graph.nodes.enumerated() where node.isPrincipal {
      if let account = node.account { principalsByAccount[account, default: []].append(position) }
    }
    return findings.enumerated().map { position, finding in
      var result = ReportFinding(
        id: finding.id, kind: finding.kind.rawValue,
        severity: finding.severity,
        title: title(finding), summary: summary(finding),
        principals: finding.principals.map(\.rawValue), count: finding.principalCount,
        hops: finding.path.map { hops($0) } ?? [], chained: finding.path?.isChained ?? false)
      result.otherPaths = otherPaths(finding, principalsByAccount: principalsByAccount).map {
        path in
        ReportPath(title: adapter.title(of: path), hops: hops(path), chained: path.isChained)
      }
      if position < maxDiagrams { result.diagramSVG = diagramSVG(finding) }
      return result
    }
  }

  /// For escalations "dev-account → prod-account: start → admin, N hop(s)"; else the
  /// analysis title.
  func title(_ finding: Finding) -> String {
    guard finding.kind == .crossAccountEscalation, let path = finding.path,
      let start = path.start, let end = path.end
    else { return finding.title }
    return adapter.principal(start).accountLabel + " → " + adapter.principal(end).accountLabel
      + ": " + adapter.title(of: path) + ", \(path.hops.count) hop(s)"
      + (path.isAllowed ? "" : " (conditional)")
  }

  /// The kind's explanation, then the evidence lines the hops do not already show.
  func summary(_ finding: Finding) -> String {
    let explained = ["also: ", "granted: ", "permitted: ", "leftOpen: "]
    let lines = finding.evidence.filter { line in
      !explained.contains { line.hasPrefix($0) } && !line.contains("(requires, ")
        && !line.contains("(forbids, ")
    }
    let kind = finding.kind.about.full
    return ([kind] + lines.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." })
      .joined(separator: " ")
  }

  /// The finding's path as an SVG (unsanitised; the HTML writer sanitises it), or nil.
  public func diagramSVG(_ finding: Finding) -> String? {
    guard let renderer, let input = adapter.escalationPath(finding) else { return nil }
    var diagram = EscalationPathDiagram.diagram(input)
    diagram.legend = nil  // the report has one legend section for every diagram
    guard let bytes = try? renderer.render(diagram, format: .svg, engine: nil) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// For an escalation: one path per administrator role of the target account.
  ///
  /// Paths start from the source account's users first (the people), then its other non-admin
  /// principals; paths equal to the finding's own are left out. At most five.
  func otherPaths(_ finding: Finding, principalsByAccount: [AccountID: [Int]]) -> [TrustPath] {
    guard finding.kind == .crossAccountEscalation, let main = finding.path,
      let start = main.start.flatMap(graph.node), let end = main.end.flatMap(graph.node),
      let source = start.account, let target = end.account
    else { return [] }
    let nodes = graph.nodes
    let plain = (principalsByAccount[source] ?? []).filter { !nodes[$0].isAdmin }
    let users = plain.filter { nodes[$0].kind == .user }
    let admins = (principalsByAccount[target] ?? []).filter {
      nodes[$0].kind == .role && nodes[$0].isAdmin
    }
    let reach = analysis.reachability
    let fromUsers = users.isEmpty ? [:] : reach.shortestPaths(fromAny: users, to: admins)
    let rest = admins.filter { fromUsers[$0] == nil }
    let fromPlain = rest.isEmpty ? [:] : reach.shortestPaths(fromAny: plain, to: rest)
    let paths = admins.compactMap { fromUsers[$0] ?? fromPlain[$0] }.filter { $0 != main }
    return Array(paths.prefix(5))
  }

  /// One `ReportHop` per edge, with the statements that decide it.
  func hops(_ path: TrustPath) -> [ReportHop] {
    let lookup = StatementLookup(organization: organization)
    return path.hops.map { edge in
      let granted = edge.decision.provenance.filter { $0.role == .granted }
      return ReportHop(
        from: reference(edge.source), to: reference(edge.target), action: edge.kind.action,
        status: edge.isAllowed ? .allowed : .conditional,
        conditions: conditions(edge.decision.unresolved),
        trustStatement: granted.first { $0.location.source.kind == .trust }.map {
          lookup.reference($0.location)
        },
        identityStatement: granted.first { $0.location.source.kind == .identity }.map {
          lookup.reference($0.location)
        })
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
