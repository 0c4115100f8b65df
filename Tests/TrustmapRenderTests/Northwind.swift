import TrustmapRender

/// View inputs modelled on Samples/README.md's Northwind organisation.
enum Northwind {
  static let names = [
    "111111111111": "northwind-management", "222222222222": "northwind-security",
    "333333333333": "northwind-shared-tooling", "444444444444": "northwind-prod",
    "555555555555": "northwind-dev", "666666666666": "northwind-sandbox",
  ]

  static func principal(
    _ account: String, _ name: String, _ kind: PrincipalKind = .role, admin: Bool = false
  ) -> DiagramPrincipal {
    let type = kind == .user ? "user" : "role"
    return DiagramPrincipal(
      id: "arn:aws:iam::\(account):\(type)/\(name)", name: name, accountID: account,
      accountName: names[account], kind: kind, isAdmin: admin)
  }

  static let dan = principal("555555555555", "dan.dev", .user)
  static let pipeline = principal("555555555555", "ci-pipeline")
  static let runner = principal("333333333333", "ci/deploy-runner")
  static let prodDeploy = principal("444444444444", "prod-deploy", admin: true)

  static let path = EscalationPathInput(
    title: "dan.dev → prod-deploy (administrator of northwind-prod)",
    steps: [dan, pipeline, runner, prodDeploy],
    hops: [
      DiagramTrust(from: dan.id, to: pipeline.id),
      DiagramTrust(from: pipeline.id, to: runner.id),
      DiagramTrust(from: runner.id, to: prodDeploy.id),
    ])

  static let overview: OverviewInput = {
    let root = OverviewUnit(
      id: "r-nw01", name: "o-nw4k7q2m9x", accountIDs: ["111111111111"],
      children: [
        OverviewUnit(id: "ou-nw01-sec4r7k2", name: "Security", accountIDs: ["222222222222"]),
        OverviewUnit(id: "ou-nw01-inf8m3p5", name: "Infrastructure", accountIDs: ["333333333333"]),
        OverviewUnit(
          id: "ou-nw01-wkl2x9d4", name: "Workloads",
          children: [
            OverviewUnit(id: "ou-nw01-prd6t1q8", name: "Prod", accountIDs: ["444444444444"]),
            OverviewUnit(id: "ou-nw01-dev3h5n7", name: "Dev", accountIDs: ["555555555555"]),
          ]),
        OverviewUnit(id: "ou-nw01-sbx9c2w6", name: "Sandbox", accountIDs: ["666666666666"]),
      ])
    let tiers = [
      "111111111111": 0, "222222222222": 0, "333333333333": 1, "444444444444": 1,
      "555555555555": 2, "666666666666": 3,
    ]
    let accounts = names.keys.sorted().map {
      OverviewAccount(id: $0, name: names[$0] ?? $0, tier: tiers[$0])
    }
    var links: [OverviewLink] = []
    for member in ["222222222222", "333333333333", "444444444444", "555555555555", "666666666666"] {
      links += Array(
        repeating: OverviewLink(from: "111111111111", to: member, intoAdmin: true), count: 3)
    }
    for target in names.keys where target != "222222222222" {
      links.append(OverviewLink(from: "222222222222", to: target))
    }
    links += Array(
      repeating: OverviewLink(
        from: "222222222222", to: "111111111111", intoAdmin: true, isConditional: true), count: 4)
    links += Array(repeating: OverviewLink(from: "555555555555", to: "333333333333"), count: 5)
    links += [
      OverviewLink(from: "333333333333", to: "444444444444", intoAdmin: true),
      OverviewLink(from: "333333333333", to: "555555555555"),
      OverviewLink(from: "555555555555", to: "444444444444", intoAdmin: true),
      OverviewLink(from: "externalAccount:999999999999", to: "444444444444", isConditional: true),
      OverviewLink(from: "externalAccount:888888888888", to: "111111111111", isConditional: true),
      OverviewLink(from: "EXTERNAL_ANY", to: "666666666666", isPublic: true),
      OverviewLink(
        from: "oidc:token.actions.githubusercontent.com", to: "444444444444", isPublic: true),
    ]
    let outsiders = [
      OverviewOutsider(
        key: "externalAccount:999999999999", name: "Skyline Monitoring (999999999999)",
        kind: .externalAccount),
      OverviewOutsider(
        key: "externalAccount:888888888888", name: "Ledgerly (888888888888)", kind: .externalAccount
      ),
      OverviewOutsider(key: "EXTERNAL_ANY", name: "anyone", kind: .anyone),
      OverviewOutsider(
        key: "oidc:token.actions.githubusercontent.com", name: "GitHub Actions (any repo)",
        kind: .identityProvider),
    ]
    return OverviewInput(
      organizationName: "Northwind Logistics", root: root, accounts: accounts, outsiders: outsiders,
      links: links)
  }()
}
