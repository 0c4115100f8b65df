import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Groups findings by what a fix would change: the root causes, the choke points among them
/// and who can become administrator of each valuable account.
///
/// An escalation is grouped per principal: each source principal's shortest route to an
/// administrator of the target account, by the trust statement of the hop where the route
/// first climbs above the principal's tier. Every other finding is grouped by the statement at
/// fault (the trust statement; for admin users the statement that makes them admin). Statements
/// that a template repeats in many accounts are one root cause (`StatementTemplate`).
public struct RootCauseAnalysis: Sendable {
  /// The root causes: most severe first, then most paths, then by id.
  public let rootCauses: [RootCause]
  /// Cumulative what-ifs over the root causes that cover the most escalations.
  public let chokePoints: [ChokePoint]
  /// Who can become administrator of each account of the three most valuable tiers.
  public let exposure: [AdminExposure]
  /// Finding id → the ids of its root causes, sorted.
  public let causes: [String: [String]]

  /// At most this many escalation root causes get a what-if (`RootCause.removedByFix`).
  public static let whatIfLimit = 50
  /// Choke points list at most this many prefixes.
  public static let chokePointLimit = 5

  /// Groups `findings` (by default all of the analysis's).
  public init(analysis: TrustAnalysis, organization: Organization, findings: [Finding]? = nil) {
    let findings = findings ?? analysis.findings
    let templates = StatementTemplates(organization)
    let reversed = analysis.reachability.digraph.reversed()
    let routes = Self.routes(findings, analysis, reversed: reversed)
    var groups = Self.escalationGroups(routes, analysis, templates)
    groups.merge(Self.findingGroups(findings, analysis, templates)) { first, _ in first }
    let context = FixAdvisor(
      analysis: analysis, organization: organization, lookup: templates.lookup)
    var causes = groups.values.map { $0.rootCause(routes, analysis, context) }
    causes.sort { lhs, rhs in
      if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
      if lhs.paths != rhs.paths { return lhs.paths > rhs.paths }
      return lhs.id < rhs.id
    }
    let impact = FixImpact(
      analysis: analysis, routes: routes, groups: groups, reversed: reversed)
    causes = impact.withWhatIf(causes, limit: Self.whatIfLimit)
    rootCauses = causes
    chokePoints = impact.chokePoints(causes, limit: Self.chokePointLimit)
    exposure = Self.exposure(routes, groups, analysis)
    var byFinding: [String: Set<String>] = [:]
    for cause in causes {
      for finding in cause.findings { byFinding[finding, default: []].insert(cause.id) }
    }
    self.causes = byFinding.mapValues { $0.sorted() }
  }
}
