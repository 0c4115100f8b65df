import TrustmapGraph
import TrustmapModel

extension Reachability {
  /// How many accounts with a role `node` reaches (conditional edges count), `excluded` left
  /// out: `accountsReachable(from:)` counted without building the list.
  public func reachedAccountCount(from node: Int, excluding excluded: AccountID?) -> Int {
    let reached = any.labels(reachableFrom: node)
    var count = 0
    for (index, word) in reached.words.enumerated() where index << 6 < accounts.count {
      let remaining = accounts.count - index << 6
      let mask: UInt64 = remaining >= 64 ? ~0 : (1 << UInt64(remaining)) - 1
      count += (word & mask).nonzeroBitCount
    }
    if let excluded, let slot = accountIndex[excluded], reached.contains(slot) { count -= 1 }
    return count
  }

  /// Every account with a role `node` reaches, as its position in `accounts`, with how far: an
  /// administrator over allowed edges only, a role over allowed edges only, or only through
  /// conditional edges.
  ///
  /// The same facts as `accountsReachable` and `adminAccountsReachable`, without building their
  /// lists.
  public func forEachReachedAccount(
    from node: Int, _ body: (_ slot: Int, _ reach: AccountReach) -> Void
  ) {
    let reached = any.labels(reachableFrom: node)
    let allowed = allowedOnly.labels(reachableFrom: node)
    let count = accounts.count
    // Role labels are the slots below `count`; admin labels follow them.
    reached.forEachMember { slot in
      guard slot < count else { return }
      let reach: AccountReach =
        allowed.contains(count + slot)
        ? .adminAllowed : (allowed.contains(slot) ? .roleAllowed : .conditionalOnly)
      body(slot, reach)
    }
  }
}

/// How far a principal gets into one account.
public enum AccountReach: Int, Hashable, Sendable, Comparable {
  /// An administrator, over allowed edges only.
  case adminAllowed
  /// A role (not an administrator) over allowed edges only.
  case roleAllowed
  /// Only through conditional edges (an administrator reached that way counts here too).
  case conditionalOnly

  /// Farthest first.
  public static func < (lhs: AccountReach, rhs: AccountReach) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension Reachability {
  /// The admin roles (ADM-5 targets) of each account that has one, ascending.
  func adminRolesByAccount() -> [AccountID: [Int]] {
    var result: [AccountID: [Int]] = [:]
    for node in labels.admins.indices where labels.admins[node] {
      result[accounts[Int(labels.slots[node])], default: []].append(node)
    }
    return result
  }
}
