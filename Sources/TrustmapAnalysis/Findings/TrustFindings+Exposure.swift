import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

extension TrustFindings {
  static func publicTrust(_ edge: GraphEdge, _ engine: PolicyEngine) -> [Finding] {
    guard let role = ARN(edge.target.rawValue), engine.trustSide(for: role)?.isPublic == true else {
      return []
    }
    var finding = exposure(
      .publicTrust, subject: role.rawValue, edge, severity: .critical,
      title: "\(role) can be assumed by any AWS account",
      accounts: role.accountID.map { [$0] } ?? [])
    let others = EdgeRecord(edge).conditions.map(\.label)
    finding.rationale =
      "Critical: anyone with an AWS account can assume the role; no credentials of yours are "
      + "needed"
      + (others.isEmpty
        ? "." : " beyond what these conditions check: " + others.joined(separator: ", ") + ".")
    finding.rules = ["TRU-4", "EDG-4"]
    return [finding]
  }

  /// TRU-16: a web-identity trust without a `sub` condition, or with an unanchored one.
  static func oidc(_ edge: GraphEdge) -> [Finding] {
    let subs = edge.decision.unresolved.compactMap { atom -> [String]? in
      guard case .condition(let key, _, let values) = atom.subject, atom.polarity == .requires,
        key.lowercased().hasSuffix(":sub")
      else { return nil }
      return values
    }
    let anchored = !subs.isEmpty && subs.allSatisfy { $0.allSatisfy(isAnchored) }
    guard !anchored else { return [] }
    let role = edge.target
    let issuer = String(edge.source.rawValue.dropFirst("idp:".count))
    let why =
      subs.isEmpty
      ? "without a sub condition"
      : "with a sub condition that matches any subject ("
        + subs.flatMap { $0 }.joined(separator: ", ")
        + ")"
    var finding = exposure(
      .unguardedOIDCTrust, subject: role.rawValue, edge, severity: .critical,
      title: "\(role) trusts the OIDC provider \(issuer) \(why)",
      accounts: ARN(role.rawValue)?.accountID.map { [$0] } ?? [])
    finding.rationale =
      "Critical: every identity the provider issues can assume the role"
      + (issuer.contains("githubusercontent")
        ? " — any GitHub Actions workflow of any repository." : ".")
    finding.rules = ["TRU-16"]
    return [finding]
  }

  /// A `sub` pattern pinned to something narrower than "any subject" (GitHub: one org).
  static func isAnchored(_ value: String) -> Bool {
    if value.hasPrefix("repo:") {
      let owner = value.dropFirst(5).prefix { $0 != "/" && $0 != ":" }
      return !owner.isEmpty && !owner.contains("*") && !owner.contains("?")
        && value.dropFirst(5 + owner.count).hasPrefix("/")
    }
    return !value.isEmpty && value.first != "*" && value != "*"
  }

  /// One finding per trust of an account (or principal) whose IAM data is not in the input:
  /// `missing-external-id` when it is outside the organisation and no `sts:ExternalId` guards
  /// it, `external-account-trust` otherwise.
  static func external(_ edge: GraphEdge, _ source: GraphNode) -> [Finding] {
    guard let account = source.account else { return [] }
    let outside = source.placement == .outsideOrganization
    let subject = edge.target.rawValue + ":" + account.rawValue
    let accounts = [account] + (ARN(edge.target.rawValue)?.accountID.map { [$0] } ?? [])
    guard outside, !edge.conditionLabels.contains("ExternalId") else {
      var finding = exposure(
        .externalAccountTrust, subject: subject, edge, severity: outside ? .medium : .info,
        title: externalTitle(edge, source, account), accounts: accounts)
      finding.rationale = externalRationale(source.placement)
      finding.rules = ["EDG-6", "EDG-7"]
      return [finding]
    }
    var finding = exposure(
      .missingExternalID, subject: subject, edge, severity: .high,
      title: "\(edge.target) trusts \(account), outside the organisation, without sts:ExternalId",
      accounts: accounts)
    finding.rationale =
      "High: a third party outside the organisation can assume the role, and without an "
      + "ExternalId it can be tricked into doing so for another of its customers (confused deputy)."
    finding.rules = ["TRU-3", "EDG-6"]
    return [finding]
  }

  /// The title of an `external-account-trust` finding, by where the trusted account is.
  static func externalTitle(_ edge: GraphEdge, _ source: GraphNode, _ account: AccountID)
    -> String
  {
    switch source.placement {
    case .imported?:
      let principal = source.id.rawValue.dropFirst("external:".count)
      return "\(edge.target) trusts \(principal), which the export of account \(account) does "
        + "not list"
    case .inOrganization?:
      return "\(edge.target) trusts organisation account \(account), whose IAM data is not in "
        + "the input"
    default:
      return "\(edge.target) trusts external account \(account), whose IAM data is not in the input"
    }
  }

  /// Why an `external-account-trust` finding is medium or info.
  static func externalRationale(_ placement: AccountPlacement?) -> String {
    switch placement {
    case .imported?:
      return "Info: the trust names a principal that its account's export does not list "
        + "(deleted, or left out of the export); it grants nothing unless the principal exists."
    case .inOrganization?:
      return "Info: the account belongs to the organisation but its export is not in the input."
    default:
      return "Medium: principals of an account outside the organisation can assume the role; "
        + "sts:ExternalId guards it, but who holds the access there is unknown."
    }
  }

  /// A finding about one trusting edge: its path is the edge, the statement its trust grant.
  static func exposure(
    _ kind: FindingKind, subject: String, _ edge: GraphEdge, severity: Severity, title: String,
    accounts: [AccountID]
  ) -> Finding {
    var finding = Finding(
      kind: kind, subject: subject, severity: severity, title: title,
      principals: [edge.source, edge.target], accounts: accounts, path: TrustPath(hops: [edge]))
    finding.targets = [edge.target]
    finding.statement = EdgeRecord.firstStatement(in: edge.decision.provenance, layer: .trust)
    return finding
  }
}
