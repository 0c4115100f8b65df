/// The organisation as the overview needs it: OU tree, accounts, outsiders, and trust edges
/// reduced to their accounts.
public struct OverviewInput: Hashable, Sendable {
  /// The organisation's name or id, for the title.
  public var organizationName: String
  /// The root of the OU tree; accounts directly under the root sit in `root.accountIDs`.
  public var root: OverviewUnit
  /// Every imported account.
  public var accounts: [OverviewAccount]
  /// Accounts outside the organisation, identity providers' issuers and the public.
  public var outsiders: [OverviewOutsider]
  /// The principal-level trust edges, reduced to their two ends' accounts; equal entries may be
  /// merged into one with a `count`.
  public var links: [OverviewLink]
  /// What the caller left out of `links`, drawn under the title.
  public var notes: [String]

  /// Creates the input.
  public init(
    organizationName: String, root: OverviewUnit, accounts: [OverviewAccount],
    outsiders: [OverviewOutsider] = [], links: [OverviewLink], notes: [String] = []
  ) {
    self.notes = notes
    self.organizationName = organizationName
    self.root = root
    self.accounts = accounts
    self.outsiders = outsiders
    self.links = links
  }

  /// How many principal-level trust edges `links` stands for.
  public var edgeCount: Int { links.reduce(0) { $0 + $1.count } }
}

/// An organisational unit (or the root) with its accounts and child units.
public struct OverviewUnit: Hashable, Sendable {
  /// The OU id, such as `ou-nw01-sec4r7k2`.
  public var id: String
  /// The OU name.
  public var name: String
  /// The ids of the accounts directly in this unit.
  public var accountIDs: [String]
  /// Child units.
  public var children: [OverviewUnit]

  /// Creates a unit.
  public init(id: String, name: String, accountIDs: [String] = [], children: [OverviewUnit] = []) {
    self.id = id
    self.name = name
    self.accountIDs = accountIDs
    self.children = children
  }
}

/// An imported account.
public struct OverviewAccount: Hashable, Sendable {
  /// The 12-digit id.
  public var id: String
  /// The account name.
  public var name: String
  /// The sensitivity tier, 0 (control plane) to 3 (sandbox); `nil` when unknown.
  public var tier: Int?

  /// Creates an account.
  public init(id: String, name: String, tier: Int? = nil) {
    self.id = id
    self.name = name
    self.tier = tier
  }
}

/// Something outside the organisation that trust edges come from.
public struct OverviewOutsider: Hashable, Sendable {
  /// The key links use, such as `externalAccount:999999999999` or `EXTERNAL_ANY`.
  public var key: String
  /// What the node shows, such as `Skyline Monitoring (vendor)`.
  public var name: String
  /// External account, identity provider or anyone.
  public var kind: PrincipalKind

  /// Creates an outsider.
  public init(key: String, name: String, kind: PrincipalKind) {
    self.key = key
    self.name = name
    self.kind = kind
  }
}

/// A principal-level trust edge, reduced to the accounts at its ends.
public struct OverviewLink: Hashable, Sendable {
  /// The source account id, or an outsider's key.
  public var from: String
  /// The target account id.
  public var to: String
  /// Whether the target principal is an administrator.
  public var intoAdmin: Bool
  /// Whether the edge is conditional.
  public var isConditional: Bool
  /// Whether the edge is public or an unpinned OIDC trust.
  public var isPublic: Bool
  /// How many equal principal-level edges this entry stands for.
  public var count: Int

  /// Creates a link standing for `count` equal edges.
  public init(
    from: String, to: String, intoAdmin: Bool = false, isConditional: Bool = false,
    isPublic: Bool = false, count: Int = 1
  ) {
    self.from = from
    self.to = to
    self.intoAdmin = intoAdmin
    self.isConditional = isConditional
    self.isPublic = isPublic
    self.count = count
  }
}
