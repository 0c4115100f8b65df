import TrustmapModel
import TrustmapPolicy

/// Trust statements that name a user, role, role session or unique id (TRU-2, TRU-5, TRU-7,
/// TRU-9): the named principal itself, or an EDG-6 placeholder when its account is not imported.
public struct NamedPrincipalRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    for ref in trust.namedPrincipals {
      switch ref {
      case .user(let arn), .role(let arn):
        if let side = index.side(arn) {
          sink.principal(side)
        } else if let candidate = placeholder(arn, index) {
          sink.add(candidate)
        }
      case .roleSession(let arn):
        if let side = index.roleSide(sessionARN: arn) {
          sink.principal(side)
        } else if let candidate = placeholder(arn, index) {
          sink.add(candidate)
        }
      case .uniqueID(let id):
        if let side = index.side(uniqueID: id) { sink.principal(side) }
      default:
        continue
      }
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

  public func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    let role = trust.roleARNText
    for case .account(let account, _) in trust.namedPrincipals {
      if index.importedAccounts.contains(account) {
        index.visitAssumeCapable(in: account, role: role, into: &sink)
      } else {
        var node = GraphNode(
          id: .externalAccount(account), kind: .externalAccount, account: account,
          name: account.rawValue)
        node.placement = index.placement(of: account)
        sink.add(
          EdgeCandidate(
            caller: .externalAccount(account), node: node.id, kind: .assumeRole, placeholder: node))
      }
    }
  }
}

/// `Principal: "*"` (TRU-4, EDG-4): every principal of the role's own account (a direct grant
/// there), assume-capable principals of the other imported accounts, and `EXTERNAL_ANY`.
public struct WildcardTrustRule: TrustRule {
  /// Creates the rule.
  public init() {}

  public func visitCandidates<Sink: CandidateSink>(
    for trust: TrustSide, index: CandidateIndex, into sink: inout Sink
  ) {
    guard trust.namedPrincipals.contains(.anyone) else { return }
    // Most `*` trusts carry a condition (aws:PrincipalArn, …) that admits few principals of
    // the account: ask the trust side first; a trust-side F is a denied decision (§3.7).
    for side in index.principals(in: trust.accountID)
    where index.engine.trustMayAdmit(side, to: trust) {
      sink.principal(side)
    }
    index.visitAssumeCapable(elsewhereThan: trust.accountID, role: trust.roleARN, into: &sink)
    let node = GraphNode(id: .externalAny, kind: .publicAny, account: nil, name: "*")
    sink.add(
      EdgeCandidate(caller: .externalAny, node: node.id, kind: .assumeRole, placeholder: node))
  }
}
