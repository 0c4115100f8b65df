/// The organisation-wide decisions every account file depends on: ids, tiers, OUs, and the
/// cross-account principals (security hub, CI runners, vendors) that trust policies name.
struct OrgPlan: Sendable {
  var organizationID: String
  var rootID: String
  var accounts: [PlannedAccount]
  var organizationalUnits: [PlannedOU]
  /// Account ids outside the organisation that vendor roles trust.
  var vendorAccountIDs: [String]
  /// The Identity Center instance suffix used in SAML provider names.
  var identityCenterSuffix: String
  /// The seed stream that per-account streams are derived from.
  var random: SplitMix64

  var management: PlannedAccount { accounts[0] }

  /// The ids of the accounts of `tier`, in plan order.
  func accountIDs(_ tier: AccountTier) -> [String] {
    accounts.filter { $0.tier == tier }.map(\.id)
  }

  /// The account that hosts the security audit hub role (the management account if there is
  /// no security account).
  var securityHubAccountID: String {
    accountIDs(.security).first ?? management.id
  }

  /// Plans an organisation of `options.accountCount` accounts.
  init(options: SynthesisOptions) {
    var random = SplitMix64(seed: options.seed)
    var taken: Set<String> = []
    func accountID() -> String {
      while true {
        let id = String(100_000_000_000 + random.below(899_999_999_999))
        if taken.insert(id).inserted { return id }
      }
    }
    organizationID = "o-" + random.string(10, from: Alphabet.lowerAlphanumeric)
    rootID = "r-" + random.string(4, from: Alphabet.lowerAlphanumeric)
    identityCenterSuffix = random.string(16, from: Alphabet.hex)
    let tiers = OrgPlan.tiers(accountCount: options.accountCount)
    var layout = OULayout(rootID: rootID, random: random.derived(1))
    accounts = []
    for (index, tier) in tiers.enumerated() {
      let ordinal = accounts.filter { $0.tier == tier }.count
      let (name, application) = OrgPlan.name(tier: tier, ordinal: ordinal)
      accounts.append(
        PlannedAccount(
          index: index, id: accountID(), name: name, tier: tier,
          parentID: layout.parent(for: tier, ordinal: ordinal), application: application))
    }
    organizationalUnits = layout.units
    vendorAccountIDs = (0..<OrgPlan.vendorNames.count).map { _ in accountID() }
    self.random = random.derived(2)
  }

  /// The tier of every account: management first, then security, infrastructure, and the
  /// workloads spread over prod, dev and sandbox in a 2:2:1 pattern.
  static func tiers(accountCount: Int) -> [AccountTier] {
    guard accountCount > 0 else { return [] }
    var tiers: [AccountTier] = [.management]
    let security = accountCount >= 2 ? (accountCount >= 8 ? 2 : 1) : 0
    let infrastructure = accountCount >= 3 ? max(1, accountCount / 40) : 0
    tiers += Array(repeating: .security, count: security)
    tiers += Array(repeating: .infrastructure, count: infrastructure)
    let pattern: [AccountTier] = [.prod, .dev, .prod, .dev, .sandbox]
    for slot in 0..<max(0, accountCount - tiers.count) { tiers.append(pattern[slot % 5]) }
    return tiers
  }

  /// The account name and application of the `ordinal`-th account of `tier`.
  static func name(tier: AccountTier, ordinal: Int) -> (String, String) {
    let round = ordinal / applications.count
    let base = applications[ordinal % applications.count]
    let application = round == 0 ? base : "\(base)\(round + 1)"
    let suffix = ordinal == 0 ? "" : "-\(ordinal + 1)"
    switch tier {
    case .management: return ("acme-management", "org")
    case .security: return (ordinal == 0 ? "acme-security" : "acme-log-archive\(suffix)", "sec")
    case .infrastructure: return ("acme-cicd-tools\(suffix)", "cicd")
    case .prod: return ("acme-\(application)-prod", application)
    case .dev: return ("acme-\(application)-dev", application)
    case .sandbox: return ("acme-sandbox-\(people[ordinal % people.count])\(suffix)", "sandbox")
    }
  }

  static let applications = [
    "payments", "orders", "catalog", "search", "ledger", "shipping", "loyalty", "identity",
    "pricing", "media", "fraud", "analytics", "gateway", "billing", "inventory", "messaging",
  ]
  static let people = ["ana", "ben", "chen", "dara", "eli", "fatima", "goran", "hana"]
  static let vendorNames = [
    "northwind-monitoring", "contoso-backup", "fabrikam-finops", "tailspin-siem",
  ]
}
