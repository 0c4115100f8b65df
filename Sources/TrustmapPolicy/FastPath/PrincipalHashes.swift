/// 64-bit FNV-1a over UTF-8: equal strings have equal hashes, so comparing hashes first and
/// the strings only on a hash hit is exact and, on a miss, free of reference counting.
@inline(__always)
func fastHash(_ text: String) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  return hash
}

/// The caller as the fast principal matcher sees it: trivially copyable hashes.
struct CallerKey: Hashable, Sendable {
  let kind: CallerIdentity.Kind
  let name: UInt64
  let account: UInt64
  let uniqueID: UInt64?

  init(kind: CallerIdentity.Kind, name: String, account: String, uniqueID: String?) {
    self.kind = kind
    self.name = fastHash(name)
    self.account = fastHash(account)
    self.uniqueID = uniqueID.map(fastHash)
  }
}

/// Hashes of a statement's principal lists, parallel to `PrincipalIndex`'s lists.
struct PrincipalHashes: Sendable {
  let users: [UInt64]
  let roles: [UInt64]
  let uniqueIDs: [UInt64]
  let services: [UInt64]
  let samlProviders: [UInt64]
  let webIdentity: [UInt64]
  let accounts: [UInt64]

  init(
    users: [String], roles: [String], uniqueIDs: [String], services: [String],
    samlProviders: [String], webIdentity: [String], accounts: [String]
  ) {
    self.users = users.map(fastHash)
    self.roles = roles.map(fastHash)
    self.uniqueIDs = uniqueIDs.map(fastHash)
    self.services = services.map(fastHash)
    self.samlProviders = samlProviders.map(fastHash)
    self.webIdentity = webIdentity.map(fastHash)
    self.accounts = accounts.map(fastHash)
  }
}

extension PrincipalIndex {
  /// `CallerIdentity.match(_:resourcePartition:)` by hashes (TRU-2..7, TRU-14..16); strings
  /// are compared only on a hash hit.
  @inline(__always)
  func quickMatch(_ key: CallerKey, _ caller: CallerIdentity, partition: String) -> PrincipalMatch {
    let hashes = self.hashes
    switch key.kind {
    case .user, .externalPrincipal, .roleSession:
      let own = key.kind == .roleSession
      if hit(own ? hashes.roles : hashes.users, own ? roles : users, key.name, caller.name)
        || (key.kind == .externalPrincipal && hit(hashes.roles, roles, key.name, caller.name))
      {
        return .direct
      }
      if let id = key.uniqueID, let text = caller.uniqueID,
        hit(hashes.uniqueIDs, uniqueIDs, id, text)
      {
        return .direct
      }
      if own && !sessions.isEmpty { return caller.match(self, resourcePartition: partition).0 }
      if anyone { return .wildcard }
      return accountHit(key, caller, partition) ? .account : .none
    case .externalAccount:
      if anyone { return .wildcard }
      return accountHit(key, caller, partition) ? .account : .none
    case .externalAny: return anyone ? .wildcard : .none
    case .service: return hit(hashes.services, services, key.name, caller.name) ? .direct : .none
    case .samlProvider:
      return hit(hashes.samlProviders, samlProviders, key.name, caller.name) ? .direct : .none
    case .oidcProvider:
      return hit(hashes.webIdentity, webIdentity, key.name, caller.name) ? .direct : .none
    }
  }

  @inline(__always)
  private func hit(_ hashes: [UInt64], _ texts: [String], _ hash: UInt64, _ text: String) -> Bool {
    hashes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == hash && texts[index] == text {
        return true
      }
      return false
    }
  }

  private func accountHit(_ key: CallerKey, _ caller: CallerIdentity, _ partition: String) -> Bool
  {
    hashes.accounts.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == key.account {
        let (id, explicit) = accounts[index]
        if id == caller.account && (explicit ?? partition) == caller.partition { return true }
      }
      return false
    }
  }
}
