import TrustmapGraph
import TrustmapModel

/// The reachability labels of every node: a role is labelled with its account's slot in
/// `accounts` ("a role of A"), and an admin role also with `accounts.count` + that slot ("an
/// admin of A", ADM-5).
struct NodeLabels: Sendable {
  /// Accounts that have a role, sorted.
  let accounts: [AccountID]
  /// Per node: its account's slot for a role, else -1.
  let slots: [Int32]
  /// Per node: an admin role.
  let admins: [Bool]
  /// Per node: an imported user or role.
  let principals: [Bool]

  /// Reads the labels off the nodes without copying them; nodes are sorted by id, so one
  /// account's nodes are next to each other and its id is hashed once per run.
  init(_ graph: TrustGraph) {
    var roleAccounts: [AccountID?] = []
    var admins: [Bool] = []
    var principals: [Bool] = []
    roleAccounts.reserveCapacity(graph.nodes.count)
    admins.reserveCapacity(graph.nodes.count)
    principals.reserveCapacity(graph.nodes.count)
    graph.nodes.withUnsafeBufferPointer { nodes in
      // Stored properties only: a computed one (`isAdmin`) would copy each node.
      for node in nodes.indices {
        let kind = nodes[node].kind
        roleAccounts.append(kind == .role ? nodes[node].account : nil)
        if kind == .role, case .admin? = nodes[node].admin?.status {
          admins.append(true)
        } else {
          admins.append(false)
        }
        principals.append(kind == .user || kind == .role)
      }
    }
    var unique: Set<AccountID> = []
    var last: AccountID?
    for case let account? in roleAccounts where account != last {
      unique.insert(account)
      last = account
    }
    let accounts = unique.sorted()
    let index = Dictionary(uniqueKeysWithValues: accounts.enumerated().map { ($1, Int32($0)) })
    var lastSlot: (account: AccountID, slot: Int32)?
    slots = roleAccounts.map { account in
      guard let account else { return -1 }
      if lastSlot?.account != account { lastSlot = index[account].map { (account, $0) } }
      return lastSlot?.slot ?? -1
    }
    self.accounts = accounts
    self.admins = admins
    self.principals = principals
  }

  /// Label reachability over `digraph` (whose nodes are the graph's).
  func reachability(over digraph: IndexedDigraph) -> LabelReachability {
    let count = accounts.count
    return LabelReachability(graph: digraph, labelCount: 2 * count) { node in
      let slot = Int(slots[node])
      guard slot >= 0 else { return [] }
      return admins[node] ? [slot, count + slot] : [slot]
    }
  }
}
