import TrustmapRender

/// Synthetic view inputs at the scale of a 500-account, 1,000-role organisation.
enum SyntheticViews {
  static func account(_ index: Int) -> String {
    String(100_000_000_000 + index * 1_000_001)
  }

  static func overview() -> OverviewInput {
    var generator = SystemRandomNumberGenerator()
    let accounts = (0..<500).map {
      OverviewAccount(id: account($0), name: "acct-\($0)-workload", tier: $0 < 5 ? 0 : $0 % 4)
    }
    let units = (0..<10).map { unit in
      OverviewUnit(
        id: "ou-\(unit)", name: "OU \(unit)",
        children: (0..<5).map { child in
          OverviewUnit(
            id: "ou-\(unit)-\(child)", name: "OU \(unit).\(child)",
            accountIDs: (0..<10).map { account(unit * 50 + child * 10 + $0) })
        })
    }
    var links: [OverviewLink] = []
    for _ in 0..<2_000 {
      let (from, to) = (
        Int.random(in: 0..<500, using: &generator), Int.random(in: 0..<500, using: &generator)
      )
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        links.append(
          OverviewLink(
            from: account(from), to: account(to),
            intoAdmin: Int.random(in: 0..<20, using: &generator) == 0))
      }
    }
    return OverviewInput(
      organizationName: "synthetic",
      root: OverviewUnit(id: "r-0", name: "o-synthetic", children: units),
      accounts: accounts, links: links)
  }

  static func role(_ account: String, _ name: String, admin: Bool = false) -> DiagramPrincipal {
    DiagramPrincipal(
      id: "arn:aws:iam::\(account):role/service-role/\(name)", name: "service-role/" + name,
      accountID: account, accountName: "acct", kind: .role, isAdmin: admin,
      category: name.hasPrefix("svc") ? "service roles" : "application roles")
  }

  static func account() -> AccountViewInput {
    let home = account(0)
    let roles = (0..<1_000).map {
      role(home, ($0 % 3 == 0 ? "svc-" : "app-") + "role-\($0)", admin: $0 % 97 == 0)
    }
    let outside = (1..<200).map { role(account($0), "caller-\($0)") }
    let links =
      outside.enumerated().map { DiagramTrust(from: $1.id, to: roles[$0 * 5].id) }
      + roles.indices.dropFirst().map { DiagramTrust(from: roles[$0 / 2].id, to: roles[$0].id) }
    return AccountViewInput(accountID: home, principals: roles + outside, links: links)
  }

  static func radius() -> PrincipalViewInput {
    let root = role(account(0), "start")
    var parents = [root]
    var reached: [ReachedPrincipal] = []
    for index in 0..<5_000 {
      let principal = role(account(index % 500), "reached-\(index)", admin: index % 50 == 0)
      let parent = parents[index / 6]
      reached.append(
        ReachedPrincipal(principal: principal, via: DiagramTrust(from: parent.id, to: principal.id))
      )
      parents.append(principal)
    }
    return PrincipalViewInput(root: root, reached: reached)
  }

  static func path() -> EscalationPathInput {
    let steps = (0..<7).map { role(account($0), "hop-\($0)", admin: $0 == 6) }
    let hops = (0..<6).map {
      DiagramTrust(from: steps[$0].id, to: steps[$0 + 1].id, conditions: $0 == 2 ? ["MFA"] : [])
    }
    return EscalationPathInput(title: "synthetic path", steps: steps, hops: hops)
  }
}
