/// A statement's principals flattened into string lists for allocation-free matching.
///
/// A final class: statements hand it to every match, and one reference count is cheaper than
/// one per list.
final class PrincipalIndex: Sendable {
  struct Session: Sendable {
    let account: String
    let partition: String
    let roleName: String
    let sessionName: String
  }

  let anyone: Bool
  /// Account ids with their partition (nil: the resource's partition).
  let accounts: [(String, String?)]
  let users: [String]
  let roles: [String]
  let uniqueIDs: [String]
  let services: [String]
  let samlProviders: [String]
  /// OIDC provider ARNs and well-known web identity provider names.
  let webIdentity: [String]
  let sessions: [Session]
  /// The lists hashed, for the fast path.
  let hashes: PrincipalHashes

  init(_ refs: [PrincipalRef]) {
    var anyone = false
    var accounts: [(String, String?)] = []
    var users: [String] = []
    var roles: [String] = []
    var uniqueIDs: [String] = []
    var services: [String] = []
    var samlProviders: [String] = []
    var webIdentity: [String] = []
    var sessions: [Session] = []
    for ref in refs {
      switch ref {
      case .anyone: anyone = true
      case .account(let id, let partition): accounts.append((id.rawValue, partition))
      case .user(let arn): users.append(arn.rawValue)
      case .role(let arn): roles.append(arn.rawValue)
      case .uniqueID(let id): uniqueIDs.append(id)
      case .service(let name): services.append(name)
      case .samlProvider(let arn): samlProviders.append(arn.rawValue)
      case .oidcProvider(let arn): webIdentity.append(arn.rawValue)
      case .webIdentityProvider(let name): webIdentity.append(name)
      case .roleSession(let arn):
        let parts = arn.resource.split(
          separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count == 3 {
          sessions.append(
            Session(
              account: arn.account, partition: arn.partition, roleName: String(parts[1]),
              sessionName: String(parts[2])))
        }
      case .federatedUser, .invalid: break
      }
    }
    (self.anyone, self.accounts, self.users, self.roles) = (anyone, accounts, users, roles)
    (self.uniqueIDs, self.services, self.samlProviders) = (uniqueIDs, services, samlProviders)
    (self.webIdentity, self.sessions) = (webIdentity, sessions)
    hashes = PrincipalHashes([
      users, roles, uniqueIDs, services, samlProviders, webIdentity, accounts.map(\.0),
    ])
  }
}

@inline(__always)
func containsString(_ list: [String], _ value: String) -> Bool {
  list.withUnsafeBufferPointer { buffer in
    for index in buffer.indices where buffer[index] == value { return true }
    return false
  }
}

extension CallerIdentity {
  /// The best match for this caller among a statement's principals (TRU-2..7, TRU-14..16).
  func match(_ index: PrincipalIndex, resourcePartition: String) -> (PrincipalMatch, String?) {
    switch kind {
    case .user, .externalPrincipal, .roleSession:
      let own = kind == .roleSession ? index.roles : index.users
      if containsString(own, name)
        || (kind == .externalPrincipal && containsString(index.roles, name))
      {
        return (.direct, nil)
      }
      if let uniqueID, containsString(index.uniqueIDs, uniqueID) { return (.direct, nil) }
      if kind == .roleSession, let roleName {
        for session in index.sessions
        where session.account == account && session.partition == partition
          && session.roleName == roleName
        {
          return (.session, session.sessionName)
        }
      }
      if index.anyone { return (.wildcard, nil) }
      return (matchesAccount(index, resourcePartition) ? .account : .none, nil)
    case .externalAccount:
      if index.anyone { return (.wildcard, nil) }
      return (matchesAccount(index, resourcePartition) ? .account : .none, nil)
    case .externalAny: return (index.anyone ? .wildcard : .none, nil)
    case .service: return (containsString(index.services, name) ? .direct : .none, nil)
    case .samlProvider: return (containsString(index.samlProviders, name) ? .direct : .none, nil)
    case .oidcProvider: return (containsString(index.webIdentity, name) ? .direct : .none, nil)
    }
  }

  private func matchesAccount(_ index: PrincipalIndex, _ resourcePartition: String) -> Bool {
    for (id, explicit) in index.accounts
    where id == account && (explicit ?? resourcePartition) == partition {
      return true
    }
    return false
  }
}
