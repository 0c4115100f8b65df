import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapRender

extension ReportBuilder {
  /// Every finding with its hops explained, its root causes and fixes, its other paths and
  /// (for the most severe `maxDiagrams`) an SVG of its path.
  func reportFindings(_ causes: RootCauseAnalysis, _ rootCauses: [ReportRootCause])
    -> [ReportFinding]
  {
    var principalsByAccount: [AccountID: [Int]] = [:]
    for (position, node) in graph.nodes.enumerated() where node.isPrincipal {
      if let account = node.account { principalsByAccount[account, default: []].append(position) }
    }
    let byID = Dictionary(uniqueKeysWithValues: rootCauses.map { ($0.id, $0) })
    return findings.enumerated().map { position, finding in
      var result = ReportFinding(
        id: finding.id, kind: finding.kind.rawValue, severity: finding.severity,
        title: title(finding), summary: withAccountNames(summary(finding), finding.accounts),
        principals: finding.principals.map(\.rawValue), count: finding.principalCount,
        hops: finding.path.map { hops($0) } ?? [], chained: finding.path?.isChained ?? false)
      result.targets = finding.targets.map(\.rawValue)
      result.accounts = finding.accounts.map(\.rawValue)
      result.rationale = withAccountNames(finding.rationale, finding.accounts)
      result.admin = finding.admin.map { adminReason($0, of: finding) }
      result.rootCauses = causes.causes[finding.id] ?? []
      let mine = result.rootCauses.compactMap { byID[$0] }
      result.fixes = mine.map(\.fix)
      result.location = mine.first?.location
      result.rules = finding.rules
      result.otherPaths = otherPaths(finding, principalsByAccount: principalsByAccount).map {
        path in
        ReportPath(title: adapter.title(of: path), hops: hops(path), chained: path.isChained)
      }
      if position < maxDiagrams { result.diagramSVG = diagramSVG(finding) }
      return result
    }
  }

  /// Escalations: "8 principals of northwind-dev can become administrators of northwind-prod";
  /// other kinds: the analysis title with ARNs replaced by names and accounts.
  func title(_ finding: Finding) -> String {
    guard finding.kind == .crossAccountEscalation, let path = finding.path,
      let start = path.start, let end = path.end
    else { return named(finding.title, finding.targets + finding.principals) }
    return Wording.count(finding.principalCount, "principal") + " of "
      + adapter.principal(start).accountLabel + " can become administrators of "
      + adapter.principal(end).accountLabel + (path.isAllowed ? "" : " (conditional)")
  }

  /// `text` with each of `ids` that appears in it replaced by "name (account)".
  func named(_ text: String, _ ids: [NodeID]) -> String {
    var result = text
    for id in Set(ids) where id.rawValue.hasPrefix("arn:") {
      result = result.replacingOccurrences(of: id.rawValue, with: reference(id).name)
    }
    return result
  }

  /// `text` with each of `accounts` that stands alone (not inside an ARN) followed by its
  /// name: `555555555555` becomes `northwind-dev (555555555555)`.
  func withAccountNames(_ text: String, _ accounts: [AccountID]) -> String {
    var result = text
    for account in Set(accounts) {
      guard let name = adapter.accountName(account) else { continue }
      var out = ""
      var rest = Substring(result)
      while let range = rest.range(of: account.rawValue) {
        let before = rest[..<range.lowerBound]
        let after = rest[range.upperBound...]
        let inside =
          before.last.map { $0 == ":" || $0.isNumber || $0 == "(" } ?? false
          || after.first.map { $0 == ":" || $0.isNumber } ?? false
        out += before + (inside ? account.rawValue : "\(name) (\(account.rawValue))")
        rest = after
      }
      result = out + rest
    }
    return result
  }

  /// The kind's explanation, then the evidence lines.
  func summary(_ finding: Finding) -> String {
    ([finding.kind.about.full] + finding.evidence).joined(separator: " ")
  }

  /// Why a principal is an administrator, with the identity statements that allow it.
  func adminReason(_ explanation: AdminExplanation, of finding: Finding) -> ReportAdminReason {
    let lookup = StatementLookup(organization: organization)
    let who =
      (finding.kind == .adminUser ? finding.principals.first : finding.path?.end)
      .map { reference($0).name } ?? "The principal"
    let text: String
    switch explanation.basis {
    case .probes:
      text =
        "\(who) may do everything in its account: every request an administrator can make "
        + "(changing IAM policies, creating access keys, passing roles, assuming roles, running "
        + "instances, reading data) is allowed by these statements."
    case .selfEscalation:
      text =
        "\(who) can rewrite its own permissions: \(explanation.action ?? "?") on "
        + "\(explanation.resource ?? "itself") is allowed by these statements, so it can grant "
        + "itself anything."
    }
    let statements = explanation.statements.filter { $0.location.source.kind == .identity }
    return ReportAdminReason(
      text: text, statements: statements.map { lookup.reference($0.location) })
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
}
