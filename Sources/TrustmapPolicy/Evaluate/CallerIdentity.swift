import TrustmapModel

/// How strongly a statement's principal names the caller (for TRU-2..5 and the edge basis).
enum PrincipalMatch: UInt8, Comparable {
  case none = 0
  /// `.account`: delegation (TRU-3).
  case account = 1
  /// `.anyone` (TRU-4).
  case wildcard = 2
  /// `.roleSession`: the caller must pick the session name (CND-7).
  case session = 3
  /// `.user`, `.role`, `.uniqueID`, a provider or a service: the caller itself.
  case direct = 4

  static func < (lhs: PrincipalMatch, rhs: PrincipalMatch) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Direct grants in the sense of §3.7 `trustDirect`.
  var isDirect: Bool { self >= .wildcard }
}

/// The caller as principal matching sees it.
///
/// A shared immutable object: every request of a decision refers to it, so passing it on costs
/// one reference count instead of copying five strings.
final class CallerIdentity: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case user
    case roleSession
    case samlProvider
    case oidcProvider
    case service
    case externalAccount
    case externalPrincipal
    case externalAny
  }

  let kind: Kind
  /// User or role ARN, provider ARN or name, service name; empty when unknown.
  let name: String
  /// The caller's account id; empty when unknown.
  let account: String
  let partition: String
  /// `UserId`/`RoleId` of an imported principal (TRU-9).
  let uniqueID: String?
  /// The role name, for `assumed-role/<name>/<session>` principals (TRU-7).
  let roleName: String?
  /// Hashes for the fast path, computed once.
  let key: CallerKey

  init(
    kind: Kind, name: String, account: String, partition: String, uniqueID: String?,
    roleName: String?
  ) {
    (self.kind, self.name, self.account, self.partition) = (kind, name, account, partition)
    (self.uniqueID, self.roleName) = (uniqueID, roleName)
    key = CallerKey(kind: kind, name: name, account: account, uniqueID: uniqueID)
  }

  static func == (lhs: CallerIdentity, rhs: CallerIdentity) -> Bool {
    lhs === rhs
      || (lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.account == rhs.account
        && lhs.partition == rhs.partition && lhs.uniqueID == rhs.uniqueID
        && lhs.roleName == rhs.roleName)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(name)
    hasher.combine(account)
    hasher.combine(partition)
    hasher.combine(uniqueID)
    hasher.combine(roleName)
  }

  /// The best match of `refs` for this caller; `session` carries the session name to pick.
  func match(_ refs: [PrincipalRef], resourcePartition: String) -> (PrincipalMatch, String?) {
    var best = PrincipalMatch.none
    var session: String?
    for ref in refs {
      let (kind, name) = match(ref, resourcePartition: resourcePartition)
      if kind > best { (best, session) = (kind, name) }
      if best == .direct { break }
    }
    return (best, session)
  }

  private func match(_ ref: PrincipalRef, resourcePartition: String) -> (PrincipalMatch, String?) {
    switch ref {
    case .anyone:
      return (
        [.user, .roleSession, .externalAccount, .externalPrincipal, .externalAny].contains(kind)
          ? .wildcard : .none, nil
      )
    case .account(let id, let partition):
      let sameAccount = id.rawValue == account && (partition ?? resourcePartition) == self.partition
      let isAWS =
        kind == .user || kind == .roleSession || kind == .externalAccount
        || kind == .externalPrincipal
      return (sameAccount && isAWS ? .account : .none, nil)
    case .user(let arn):
      return (
        (kind == .user || kind == .externalPrincipal) && arn.rawValue == name ? .direct : .none, nil
      )
    case .role(let arn):
      return (
        (kind == .roleSession || kind == .externalPrincipal) && arn.rawValue == name
          ? .direct : .none, nil
      )
    case .uniqueID(let id):
      return (uniqueID == id ? .direct : .none, nil)
    case .roleSession(let arn): return matchSession(arn)
    case .service(let service): return (kind == .service && service == name ? .direct : .none, nil)
    case .samlProvider(let arn):
      return (kind == .samlProvider && arn.rawValue == name ? .direct : .none, nil)
    case .oidcProvider(let arn):
      return (kind == .oidcProvider && arn.rawValue == name ? .direct : .none, nil)
    case .webIdentityProvider(let provider):
      return (kind == .oidcProvider && provider == name ? .direct : .none, nil)
    case .federatedUser, .invalid: return (.none, nil)
    }
  }

  /// `arn:aws:sts::<acct>:assumed-role/<role name>/<session>` (no role path, §2.4).
  private func matchSession(_ arn: ARN) -> (PrincipalMatch, String?) {
    guard kind == .roleSession, let roleName, arn.account == account, arn.partition == partition
    else {
      return (.none, nil)
    }
    let parts = arn.resource.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1] == roleName else { return (.none, nil) }
    return (.session, String(parts[2]))
  }
}
