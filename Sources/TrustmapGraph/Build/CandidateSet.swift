/// A candidate's identity for de-duplication across rules: caller node and edge kind.
struct CandidateKey: Hashable {
  let node: NodeID
  let kind: EdgeKind

  // Kind first: comparing it is cheaper than comparing node texts.
  static func == (lhs: CandidateKey, rhs: CandidateKey) -> Bool {
    lhs.kind == rhs.kind && lhs.node == rhs.node
  }
}

/// The candidates of one role seen so far, by node text and kind.
typealias CandidateSet = KeySet<CandidateKey>

/// The keys of one role's candidates seen so far, for de-duplication across rules.
///
/// Most roles have a handful of candidates: those are compared directly, which is cheaper
/// than hashing and growing a set. Past `linearLimit` keys everything moves into a `Set`.
/// Membership is `==` either way.
struct KeySet<Key: Hashable> {
  /// How many keys are kept in the array before switching to the set.
  static var linearLimit: Int { 16 }

  private var keys: [Key] = []
  private var hashed: Set<Key>?

  /// The number of distinct keys inserted.
  var count: Int { hashed?.count ?? keys.count }

  /// Prepares for up to `additional` more keys: when they may pass `linearLimit`, the keys move
  /// into a set sized for all of them at once, which then never grows (rehashes) on the way.
  mutating func reserve(_ additional: Int) {
    let total = count + additional
    if hashed != nil {
      hashed?.reserveCapacity(total)
    } else if total > Self.linearLimit {
      var all = Set(keys)
      all.reserveCapacity(total)
      hashed = all
      keys = []
    }
  }

  /// Inserts `key`; true when it was not there yet.
  mutating func insert(_ key: Key) -> Bool {
    if hashed != nil { return hashed?.insert(key).inserted ?? false }
    for seen in keys where seen == key { return false }
    if keys.isEmpty {
      // Room for all the linear keys at once: growing 1, 2, 4, 8, 16 allocates five times.
      keys.reserveCapacity(Self.linearLimit)
      keys.append(key)
    } else if keys.count < Self.linearLimit {
      keys.append(key)
    } else {
      var all = Set(keys)
      all.reserveCapacity(Self.linearLimit * 4)
      all.insert(key)
      hashed = all
      keys = []
    }
    return true
  }
}
