import TrustmapModel
import TrustmapPolicy

/// Trust statements that name a user, role, role session or unique id (TRU-2, TRU-5, TRU-7,
/// TRU-9): the named principal itself, or an EDG-6 placeholder when its account is not imported.
public struct NamedPrincipalRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func candidates(for trust: TrustSide, index: CandidateIndex) -> [EdgeCandidate] {
    trust.namedPrincipals.compactMap { candidate($0, index) }
  }

  func candidate(_ ref: PrincipalRef, _ index: CandidateIndex) -> EdgeCandidate? {
    switch ref {
    case .user(let arn), .role(let arn):
      if let side = index.side(arn) { return .principal(side) }
      return placeholder(arn, index)
    case .roleSession(let arn):
      if let side = index.roleSide(sessionARN: arn) { return .principal(side) }
      return placeholder(arn, index)
    case .uniqueID(let id):
      return index.side(uniqueID: id).map { .principal($0) }
    default:
      return nil
    }
  }

  func placeholder(_ arn: ARN, _ index: CandidateIndex) -> EdgeCandidate? {
    guard let account = arn.accountID else { return nil }
    var node = GraphNode(
      id: .externalPrincipal(arn), kind: .externalPrincipal, account: account,
      name: arn.resourceName)
    node.placement = index.placement(of: account)
    return EdgeCandidate(
      caller: .externalPrincipal(arn), node: node.id, kind: .assumeRole, placeholder: node)
  }
}

/// Trust statements that name an account (TRU-3, TRU-5): the account's principals whose
/// policies may allow `sts:AssumeRole` on the role, or an `externalAccount:<id>` placeholder.
public struct AccountDelegationRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func candidates(for trust: TrustSide, index: CandidateIndex) -> [EdgeCandidate] {
    var result: [EdgeCandidate] = []
    let role = trust.roleARNText
    for case .account(let account, _) in trust.namedPrincipals {
      if index.importedAccounts.contains(account) {
        index.forEachAssumeCapable(in: account, role: role) { result.append(.principal($0)) }
      } else {
        var node = GraphNode(
          id: .externalAccount(account), kind: .externalAccount, account: account,
          name: account.rawValue)
        node.placement = index.placement(of: account)
        result.append(
          EdgeCandidate(
            caller: .externalAccount(account), node: node.id, kind: .assumeRole, placeholder: node))
      }
    }
    return result
  }
}

/// `Principal: "*"` (TRU-4, EDG-4): every principal of the role's own account (a direct grant
/// there), assume-capable principals of the other imported accounts, and `EXTERNAL_ANY`.
public struct WildcardTrustRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func candidates(for trust: TrustSide, index: CandidateIndex) -> [EdgeCandidate] {
    guard trust.namedPrincipals.contains(.anyone) else { return [] }
    // Most `*` trusts carry a condition (aws:PrincipalArn, …) that admits few principals of
    // the account: ask the trust side first; a trust-side F is a denied decision (§3.7).
    var result = index.principals(in: trust.accountID)
      .filter { index.engine.trustMayAdmit($0, to: trust) }.map { EdgeCandidate.principal($0) }
    result += index.assumeCapableAnywhere(role: trust.roleARN)
      .filter { $0.accountID != trust.accountID }.map { .principal($0) }
    let node = GraphNode(id: .externalAny, kind: .publicAny, account: nil, name: "*")
    result.append(
      EdgeCandidate(caller: .externalAny, node: node.id, kind: .assumeRole, placeholder: node))
    return result
  }
}
