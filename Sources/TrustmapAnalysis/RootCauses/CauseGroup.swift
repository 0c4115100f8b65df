import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// The key of a root cause: the finding kind and the template of the statement at fault.
struct CauseKey: Hashable, Sendable, Comparable {
  var kind: FindingKind
  var template: StatementTemplate

  /// The stable root-cause id.
  var id: String { "rc:" + kind.rawValue + ":" + template.key }

  static func < (lhs: CauseKey, rhs: CauseKey) -> Bool {
    (lhs.kind, lhs.template) < (rhs.kind, rhs.template)
  }
}

/// What one root cause collects while findings and routes are grouped.
struct CauseGroup: Sendable {
  var key: CauseKey
  var statements: Set<StatementLocation> = []
  var holders: Set<NodeID> = []
  var findings: [Finding] = []
  var findingIDs: Set<String> = []
  /// Escalations: positions in the routes array.
  var routes: [Int] = []
  var sources: Set<NodeID> = []
  var targetAccounts: Set<AccountID> = []

  init(_ key: CauseKey) { self.key = key }

  /// The root cause, before its what-if.
  func rootCause(_ all: [EscalationRoute], _ analysis: TrustAnalysis, _ advisor: FixAdvisor)
    -> RootCause
  {
    let graph = analysis.graph
    let mine = routes.map { all[$0] }
    let severity =
      mine.isEmpty ? findings.map(\.severity).max() ?? .info : routeSeverity(mine, analysis)
    let sources = self.sources.sorted()
    let statements = self.statements.sorted()
    var cause = RootCause(
      id: key.id, kind: key.kind, severity: severity, rationale: "", statements: statements,
      holders: holders.sorted(), findings: findingIDs.sorted(), sources: sources,
      sourceAccounts: Array(Set(sources.compactMap { graph.node($0)?.account })).sorted(),
      targetAccounts: targetAccounts.sorted(),
      paths: mine.isEmpty ? findings.count : mine.count,
      allowedPaths: mine.isEmpty
        ? findings.filter { finding in
          finding.path?.hops.allSatisfy { EdgeRecord($0).holdsForAnyone } ?? true
        }.count : mine.filter(\.allowed).count,
      removedByFix: nil, example: example(mine, graph) ?? findings.first?.path,
      fix: Remediation(text: ""),
      rules: Array(Set(findings.flatMap(\.rules) + (mine.isEmpty ? [] : ["EDG-5", "ADM-5"])))
        .sorted())
    cause.rationale = advisor.rationale(for: cause, routes: mine, findings: findings)
    cause.fix = advisor.fix(for: cause, template: key.template, routes: mine)
    return cause
  }

  /// Critical for an allowed route into the most valuable tier, high for another allowed
  /// route, medium when every route is conditional (as for the findings).
  func routeSeverity(_ routes: [EscalationRoute], _ analysis: TrustAnalysis) -> Severity {
    let top = analysis.tiers.order.first
    let allowed = routes.filter(\.allowed)
    if allowed.contains(where: { analysis.tiers.tier(of: $0.target) == top }) { return .critical }
    return allowed.isEmpty ? .medium : .high
  }

  /// The shortest allowed route (else the shortest), ties by source and target.
  func example(_ routes: [EscalationRoute], _ graph: TrustGraph) -> TrustPath? {
    let best = routes.min { lhs, rhs in
      (lhs.allowed ? 0 : 1, lhs.edges.count, lhs.source, lhs.target)
        < (rhs.allowed ? 0 : 1, rhs.edges.count, rhs.source, rhs.target)
    }
    return best.map { TrustPath(hops: $0.edges.map { graph.edges[$0] }) }
  }
}
