import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension ReportBuilder {
  /// The root causes of the reported findings.
  func rootCauseAnalysis() -> RootCauseAnalysis {
    RootCauseAnalysis(analysis: analysis, organization: organization, findings: findings)
  }

  /// The root causes with names, statement texts and example paths.
  func reportRootCauses(_ causes: RootCauseAnalysis, _ context: ReportContext)
    -> [ReportRootCause]
  {
    let lookup = StatementLookup(organization: organization)
    let firsts = causes.rootCauses.compactMap(\.statements.first)
    let detached = causes.rootCauses.filter { $0.kind == .adminUser }.compactMap(\.statements.first)
    let sites = locations(firsts, context, attachments: Set(detached))
    return causes.rootCauses.map { cause in
      ReportRootCause(
        id: cause.id, kind: cause.kind.rawValue, severity: cause.severity, title: title(cause),
        rationale: cause.rationale, statements: cause.statements.map(lookup.reference),
        findings: cause.findings, sources: cause.sources.map(reference),
        sourceAccounts: cause.sourceAccounts.map(\.rawValue),
        targetAccounts: cause.targetAccounts.map(\.rawValue), paths: cause.paths,
        allowedPaths: cause.allowedPaths, removedByFix: cause.removedByFix,
        example: cause.example.map(hops) ?? [],
        fix: ReportFix(text: cause.fix.text, snippet: cause.fix.snippet),
        location: cause.statements.first.flatMap { sites[$0] }, rules: cause.rules)
    }
  }

  /// "The trust of role ci/deploy-runner (northwind-shared-tooling) lets 4 principals of
  /// northwind-dev become administrators of northwind-prod", and the like per kind.
  func title(_ cause: RootCause) -> String {
    let holders = holderPhrase(cause.holders)
    let accounts = { (ids: [AccountID]) in
      ids.prefix(3).map(self.accountLabel).joined(separator: ", ")
        + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
    }
    switch cause.kind {
    case .crossAccountEscalation:
      return "The trust of \(holders) lets " + Wording.count(cause.sources.count, "principal")
        + " of \(accounts(cause.sourceAccounts)) become administrators of "
        + accounts(cause.targetAccounts) + (cause.allowedPaths == 0 ? " (conditional)" : "")
    case .publicTrust: return capitalised(holders) + " can be assumed by any AWS account"
    case .unguardedOIDCTrust:
      return capitalised(holders) + " accepts every identity of its OIDC provider"
    case .missingExternalID:
      return capitalised(holders) + " trusts \(outside(cause)) without sts:ExternalId"
    case .externalAccountTrust:
      return capitalised(holders) + " trusts \(outside(cause)), whose IAM data is not in the input"
    case .danglingTrustPrincipal:
      return capitalised(holders) + " trusts the unique id of a deleted principal"
    case .adminUser:
      let users =
        cause.sources.count == 1
        ? "IAM user " + reference(cause.sources[0]).name
        : Wording.count(cause.sources.count, "IAM user")
      return users + (cause.sources.count == 1 ? " is an administrator" : " are administrators")
        + (cause.statements.first.map { " through the policy " + $0.source.name } ?? "")
    }
  }

  /// `role ci/deploy-runner (northwind-shared-tooling)`, or `role cicd/ci-deploy in 20
  /// accounts` for a template.
  func holderPhrase(_ holders: [NodeID]) -> String {
    guard let first = holders.first, let arn = ARN(first.rawValue) else {
      return holders.first?.rawValue ?? "a policy"
    }
    let kind = arn.resourceType
    let name = String(arn.resource.dropFirst(kind.count + 1))
    guard holders.count > 1 else { return "\(kind) \(name) (\(accountLabel(arn.accountID)))" }
    let names = Set(holders.compactMap { ARN($0.rawValue)?.resource })
    return names.count == 1
      ? "\(kind) \(name) in \(holders.count) accounts"
      : "\(kind) \(name) and \(holders.count - 1) more"
  }

  /// `northwind-dev`, or the id when the account has no name.
  func accountLabel(_ id: AccountID?) -> String {
    guard let id else { return "?" }
    return adapter.accountName(id) ?? id.rawValue
  }

  /// `account 888888888888` for the callers of an external trust.
  func outside(_ cause: RootCause) -> String {
    let accounts = Set(cause.sources.compactMap { graph.node($0)?.account }).sorted()
    guard !accounts.isEmpty else { return "a principal outside the input" }
    return (accounts.count == 1 ? "account " : "accounts ")
      + accounts.map(\.rawValue).joined(separator: ", ")
  }

  func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

  /// Who can become administrator of each valuable account, with names.
  func reportExposure(_ causes: RootCauseAnalysis) -> [ReportExposure] {
    causes.exposure.map { entry in
      ReportExposure(
        account: entry.account.rawValue, label: accountLabel(entry.account), tier: entry.tier,
        sources: entry.sources.map { source in
          ReportExposure.Source(
            account: source.account.rawValue, label: accountLabel(source.account),
            principals: source.principals.map(reference), allowed: source.allowed,
            fewestHops: source.fewestHops, rootCauses: source.rootCauses)
        })
    }
  }

  /// The choke points, as they are.
  func reportChokePoints(_ causes: RootCauseAnalysis) -> [ReportChokePoint] {
    causes.chokePoints.map {
      ReportChokePoint(
        rootCauses: $0.rootCauses, statements: $0.statements, removed: $0.removed, total: $0.total)
    }
  }
}
