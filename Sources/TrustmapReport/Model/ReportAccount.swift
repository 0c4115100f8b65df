/// One account row: where it sits in the organisation and what it holds.
public struct ReportAccount: Hashable, Sendable {
  /// The 12-digit account id.
  public var id: String
  /// The account name.
  public var name: String
  /// OU names from the root down, such as `["Workloads", "Prod"]` (empty: directly under root).
  public var ouPath: [String]
  /// The highest tier reached, such as `tier 0`, or empty when unknown.
  public var tier: String
  /// Principals imported from this account.
  public var principalCount: Int
  /// Administrators of this account (ADM-1).
  public var adminCount: Int
  /// Findings that touch this account.
  public var findingCount: Int
  /// False for accounts referenced but not imported.
  public var imported: Bool

  /// Creates an account row.
  public init(
    id: String, name: String, ouPath: [String] = [], tier: String = "", principalCount: Int = 0,
    adminCount: Int = 0, findingCount: Int = 0, imported: Bool = true
  ) {
    self.id = id
    self.name = name
    self.ouPath = ouPath
    self.tier = tier
    self.principalCount = principalCount
    self.adminCount = adminCount
    self.findingCount = findingCount
    self.imported = imported
  }
}

/// One node of the OU tree (the root, an OU), with its accounts and child OUs.
public struct OUNode: Hashable, Sendable {
  /// The root or OU id, such as `r-nw01`, `ou-nw01-sec4r7k2`.
  public var id: String
  /// The display name, such as `Root`, `Security`.
  public var name: String
  /// Account ids directly in this node.
  public var accounts: [String]
  /// Child OUs.
  public var children: [OUNode]

  /// Creates a node.
  public init(id: String, name: String, accounts: [String] = [], children: [OUNode] = []) {
    self.id = id
    self.name = name
    self.accounts = accounts
    self.children = children
  }
}

/// Trust granted to something outside the imported accounts.
public struct ExternalTrust: Hashable, Sendable {
  /// What is trusted.
  public enum Kind: String, Hashable, Sendable {
    case externalAccount = "external account"
    case provider = "identity provider"
    case service = "service"
    case publicTrust = "public"
  }

  /// What is trusted.
  public var kind: Kind
  /// The trusted principal, such as `arn:aws:iam::888888888888:root` or an OIDC provider ARN.
  public var principal: String
  /// The roles that trust it (ARNs).
  public var roles: [String]
  /// The TVL-5 labels of the guarding conditions (empty: unguarded).
  public var conditions: [String]
  /// A short note, such as `no sts:ExternalId`.
  public var note: String

  /// Creates an entry.
  public init(
    kind: Kind, principal: String, roles: [String], conditions: [String] = [], note: String = ""
  ) {
    self.kind = kind
    self.principal = principal
    self.roles = roles
    self.conditions = conditions
    self.note = note
  }
}
