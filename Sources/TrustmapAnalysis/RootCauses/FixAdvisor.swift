import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// Writes what to change for a root cause, and why it is as bad as it is.
///
/// The words are for a reviewer to paste: which statement of which policy, the condition to
/// add, the principal to remove, the policy to detach. Only names, account ids and statement texts from the input appear;
/// `<…>` marks what the reviewer fills in.
struct FixAdvisor: Sendable {
  let analysis: TrustAnalysis
  let organization: Organization
  let lookup: StatementLookup

  /// The fix for `cause`.
  func fix(for cause: RootCause, template: StatementTemplate, routes: [EscalationRoute])
    -> Remediation
  {
    var fix: Remediation
    switch cause.kind {
    case .crossAccountEscalation: fix = escalationFix(cause, routes)
    case .publicTrust: fix = publicFix(cause)
    case .unguardedOIDCTrust: fix = oidcFix(cause)
    case .missingExternalID: fix = externalIDFix(cause)
    case .externalAccountTrust: fix = externalFix(cause)
    case .danglingTrustPrincipal: fix = danglingFix(cause)
    case .adminUser: fix = adminUserFix(cause)
    }
    if cause.statements.count > 1 {
      fix.text =
        "The same statement is in \(cause.statements.count) policies (\(templated(cause))): "
        + "change it where they are all made, such as the template or module. " + fix.text
    }
    fix.statements = cause.statements
    return fix
  }

  /// Why `cause` is as severe as it is.
  func rationale(for cause: RootCause, routes: [EscalationRoute], findings: [Finding]) -> String {
    guard !routes.isEmpty else {
      let worst = findings.max { $0.severity < $1.severity }
      return worst?.rationale ?? ""
    }
    let targets = accountList(cause.targetAccounts)
    let tiers = Set(cause.targetAccounts.compactMap { analysis.tiers.tier(of: $0) }).sorted()
    let count =
      Wording.count(cause.sources.count, "principal") + " of \(accountList(cause.sourceAccounts))"
    switch cause.severity {
    case .critical:
      return "Critical: \(count) can become administrators of \(targets), of the most valuable "
        + "tier (\(tiers.joined(separator: ", "))), with nothing but their own permissions."
    case .high:
      return "High: \(count) can become administrators of \(targets) (tier "
        + "\(tiers.joined(separator: ", "))), more valuable than their own, with nothing but "
        + "their own permissions."
    default:
      let conditions = Set(
        routes.flatMap { $0.edges.flatMap { analysis.graph.edges[$0].conditionLabels } }
      ).sorted()
      return "Medium: \(count) can become administrators of \(targets) only if "
        + conditions.joined(separator: ", ")
        + " holds, which the exports cannot decide; when it does this is high or critical."
    }
  }

  // MARK: - Names

  /// `northwind-prod (444444444444)`, or the id alone when the account has no other name.
  func account(_ id: AccountID) -> String {
    let name = organization.displayName(of: id)
    return name == id.rawValue ? name : "\(name) (\(id.rawValue))"
  }

  /// Up to three accounts by name, then how many more.
  func accountList(_ ids: [AccountID]) -> String {
    let shown = ids.prefix(3).map(account)
    let more = ids.count > 3 ? " and \(ids.count - 3) more accounts" : ""
    return shown.joined(separator: ", ") + more
  }

  /// `role ci/deploy-runner`, `user ops-legacy`, `group admins`: a principal's kind and its
  /// path and name.
  func principal(_ arn: String) -> String {
    guard let parsed = ARN(arn) else { return arn }
    let resource = parsed.resource
    guard let slash = resource.firstIndex(of: "/") else { return resource }
    return resource[..<slash] + " " + resource[resource.index(after: slash)...]
  }

  /// `statement 0 (Sid CiCallers) of the trust policy of role ci/deploy-runner in
  /// northwind-shared-tooling (333333333333)`.
  func describe(_ location: StatementLocation) -> String {
    let source = location.source
    let statement =
      "statement \(location.index)" + (location.sid.map { " (Sid \($0))" } ?? "")
    let holder = source.holder.map(principal) ?? ""
    let place = source.account.map { " in " + account($0) } ?? ""
    switch source.holding {
    case .trust: return "\(statement) of the trust policy of \(holder)\(place)"
    case .inline: return "\(statement) of the inline policy \(source.name) of \(holder)\(place)"
    case .managed:
      let attached = holder.isEmpty ? "" : ", attached to \(holder)"
      return "\(statement) of the managed policy \(source.name)\(attached)\(place)"
    case .organization:
      return "\(statement) of the \(source.kind.rawValue.uppercased()) \(source.name)"
    }
  }

  /// The accounts of a templated root cause's statements.
  func templated(_ cause: RootCause) -> String {
    accountList(Array(Set(cause.statements.compactMap(\.source.account))).sorted())
  }

  /// The JSON text of the first statement, compact, or nil.
  func statementJSON(_ cause: RootCause) -> JSONValue? {
    cause.statements.first.flatMap(lookup.statement)
  }

  /// `"Condition": {…}` as a reviewer pastes it.
  static func condition(_ operator: String, _ key: String, _ value: String) -> String {
    "\"Condition\": {\"\(`operator`)\": {\"\(key)\": \"\(value)\"}}"
  }
}
