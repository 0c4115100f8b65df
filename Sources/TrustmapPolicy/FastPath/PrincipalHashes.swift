/// Hashes of a statement's principal lists in one contiguous array, list after list.
struct PrincipalHashes: Sendable {
  enum List: Int {
    case users, roles, uniqueIDs, services, samlProviders, webIdentity, accounts
  }

  let values: [UInt64]
  /// `values[offsets[l] ..< offsets[l + 1]]` are the hashes of list `l`.
  let offsets: SIMD8<Int>

  init(_ lists: [[String]]) {
    var values: [UInt64] = []
    var offsets = SIMD8<Int>(repeating: 0)
    for (index, list) in lists.enumerated() {
      values += list.map(fastHash)
      offsets[index + 1] = values.count
    }
    self.values = values
    self.offsets = offsets
  }
}

extension PrincipalIndex {
  /// `CallerIdentity.match(_:resourcePartition:)` by hashes (TRU-2..7, TRU-14..16); strings
  /// are compared only on a hash hit.
  @inline(__always)
  func quickMatch(_ key: CallerKey, _ request: EvalRequest) -> PrincipalMatch {
    switch key.kind {
    case .user, .externalPrincipal, .roleSession:
      let own = key.kind == .roleSession
      if hit(own ? .roles : .users, key.name, request)
        || (key.kind == .externalPrincipal && hit(.roles, key.name, request))
      {
        return .direct
      }
      if let id = key.uniqueID, hit(.uniqueIDs, id, request) { return .direct }
      if own && !sessions.isEmpty, let caller = request.caller {
        return caller.match(self, resourcePartition: request.partition).0
      }
      if anyone { return .wildcard }
      return accountHit(key, request) ? .account : .none
    case .externalAccount:
      if anyone { return .wildcard }
      return accountHit(key, request) ? .account : .none
    case .externalAny: return anyone ? .wildcard : .none
    case .service: return hit(.services, key.name, request) ? .direct : .none
    case .samlProvider: return hit(.samlProviders, key.name, request) ? .direct : .none
    case .oidcProvider: return hit(.webIdentity, key.name, request) ? .direct : .none
    }
  }

  /// Whether `list` holds the caller's name (unique id for `.uniqueIDs`), whose hash is `hash`.
  @inline(__always)
  private func hit(_ list: PrincipalHashes.List, _ hash: UInt64, _ request: EvalRequest) -> Bool {
    let start = hashes.offsets[list.rawValue]
    let end = hashes.offsets[list.rawValue + 1]
    if start == end { return false }
    return hashes.values.withUnsafeBufferPointer { buffer in
      for index in start..<end where buffer[index] == hash {
        let text = list == .uniqueIDs ? request.caller?.uniqueID : request.caller?.name
        if self.text(list, index - start) == text { return true }
      }
      return false
    }
  }

  private func text(_ list: PrincipalHashes.List, _ index: Int) -> String {
    switch list {
    case .users: return users[index]
    case .roles: return roles[index]
    case .uniqueIDs: return uniqueIDs[index]
    case .services: return services[index]
    case .samlProviders: return samlProviders[index]
    case .webIdentity: return webIdentity[index]
    case .accounts: return accounts[index].0
    }
  }

  private func accountHit(_ key: CallerKey, _ request: EvalRequest) -> Bool {
    let start = hashes.offsets[PrincipalHashes.List.accounts.rawValue]
    let end = hashes.offsets[PrincipalHashes.List.accounts.rawValue + 1]
    if start == end { return false }
    return hashes.values.withUnsafeBufferPointer { buffer in
      for index in start..<end where buffer[index] == key.account {
        let (id, explicit) = accounts[index - start]
        if id == request.caller?.account
          && (explicit ?? request.partition) == request.caller?.partition
        {
          return true
        }
      }
      return false
    }
  }
}
