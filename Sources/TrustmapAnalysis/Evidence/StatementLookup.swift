import TrustmapModel
import TrustmapPolicy

/// Finds the statement a piece of engine provenance points at, in the imported model: the
/// statement text that evidence, fixes and root-cause grouping show and compare.
public struct StatementLookup: Sendable {
  /// The imported organisation.
  public let organization: Organization

  /// A lookup over `organization`.
  public init(organization: Organization) { self.organization = organization }

  /// The statement at `location`, or nil when its document is in no export.
  public func statement(_ location: StatementLocation) -> JSONValue? {
    document(location.source).flatMap { Self.statement(in: $0, at: location.index) }
  }

  /// The index of the first statement of `role`'s trust policy whose text contains `text`
  /// (a deleted principal's unique id, TRU-9), or nil.
  public func trustStatementIndex(of role: ARN, containing text: String) -> Int? {
    guard let document = self.role(role.rawValue)?.trustPolicy,
      let statements = document.json["Statement"]
    else { return nil }
    let list = statements.arrayValue ?? [statements]
    return list.firstIndex { $0.compactText.contains(text) }
  }

  /// `policy#index (Sid)` without looking the document up: for the millions of CSV rows, which
  /// name the statement but do not show it.
  public static func shortReference(_ location: StatementLocation) -> String {
    var text = policyName(location.source)
    let index = String(location.index)
    text.reserveCapacity(text.utf8.count + index.utf8.count + (location.sid?.utf8.count ?? 0) + 4)
    text += "#"
    text += index
    if let sid = location.sid {
      text += " ("
      text += sid
      text += ")"
    }
    return text
  }

  /// The name a reference shows for the policy.
  public static func policyName(_ source: PolicySource) -> String {
    source.holding == .trust ? "trust policy" : source.name
  }

  /// Where the policy lives, such as `inline on arn:…:role/ci-pipeline` or a managed ARN@version.
  public static func describe(_ source: PolicySource) -> String {
    switch source.holding {
    case .inline: return "inline on " + (source.holder ?? "?")
    case .trust: return "trust policy of " + (source.holder ?? "?")
    case .managed:
      let version = source.versionID.map { "@" + $0 } ?? ""
      let holder = source.holder.map { ", attached to " + $0 } ?? ""
      return (source.policyID ?? source.name) + version + holder
    case .organization:
      return source.kind.rawValue.uppercased() + " " + (source.policyID ?? source.name)
        + (source.holder.map { " on " + $0 } ?? "")
    }
  }

  /// The statement at `index` of the normalised `Statement` array (GRM-2: one object = [0]).
  public static func statement(in document: PolicyDocument, at index: Int) -> JSONValue? {
    guard let statements = document.json["Statement"] else { return nil }
    let list = statements.arrayValue ?? [statements]
    return list.indices.contains(index) ? list[index] : nil
  }

  public func document(_ source: PolicySource) -> PolicyDocument? {
    switch source.holding {
    case .trust:
      return role(source.holder)?.trustPolicy
    case .inline:
      return inlinePolicies(source.holder).first { $0.name == source.name }?.document
    case .managed:
      guard let arn = source.policyID.flatMap(ARN.init), let policy = managedPolicy(arn, source)
      else { return nil }
      let version = policy.versions.first { $0.versionID == source.versionID }
      return version?.document ?? policy.defaultDocument
    case .organization:
      return organization.structure?.policies.first { $0.id == source.policyID }?.document
    }
  }

  /// The managed policy as the holder's account sees it, else from the AWS managed pool.
  private func managedPolicy(_ arn: ARN, _ source: PolicySource) -> ManagedPolicy? {
    let account = source.account ?? source.holder.flatMap(ARN.init)?.accountID
    if let account, let policy = organization.managedPolicy(arn, from: account) { return policy }
    return organization.awsManagedPolicies.first { $0.arn == arn }
      ?? organization.accounts.lazy.compactMap { $0.managedPolicy(arn) }.first
  }

  private func role(_ holder: String?) -> Role? {
    guard let arn = holder.flatMap(ARN.init), let account = arn.accountID else { return nil }
    return organization.account(account)?.roles.first { $0.arn == arn }
  }

  private func inlinePolicies(_ holder: String?) -> [InlinePolicy] {
    guard let arn = holder.flatMap(ARN.init), let id = arn.accountID,
      let account = organization.account(id)
    else { return [] }
    if let role = account.roles.first(where: { $0.arn == arn }) { return role.inlinePolicies }
    if let user = account.users.first(where: { $0.arn == arn }) { return user.inlinePolicies }
    return account.groups.first { $0.arn == arn }?.inlinePolicies ?? []
  }
}
