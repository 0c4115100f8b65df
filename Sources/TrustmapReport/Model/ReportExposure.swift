/// Who can become administrator of one valuable account, by source account (lower tiers only).
public struct ReportExposure: Hashable, Sendable {
  /// One source account's share.
  public struct Source: Hashable, Sendable {
    /// The account id.
    public var account: String
    /// Its name and id, as shown.
    public var label: String
    /// Its principals that can become administrator.
    public var principals: [PrincipalRef]
    /// How many of them without any condition.
    public var allowed: Int
    /// The fewest hops any of them needs.
    public var fewestHops: Int
    /// The root causes of their paths.
    public var rootCauses: [String]

    /// Creates a row.
    public init(
      account: String, label: String, principals: [PrincipalRef], allowed: Int, fewestHops: Int,
      rootCauses: [String]
    ) {
      self.account = account
      self.label = label
      self.principals = principals
      self.allowed = allowed
      self.fewestHops = fewestHops
      self.rootCauses = rootCauses
    }
  }

  /// The valuable account's id.
  public var account: String
  /// Its name and id, as shown.
  public var label: String
  /// Its tier, such as `prod`.
  public var tier: String
  /// The lower-tier accounts whose principals can become its administrator; empty when none.
  public var sources: [Source]

  /// Creates an exposure entry.
  public init(account: String, label: String, tier: String, sources: [Source]) {
    self.account = account
    self.label = label
    self.tier = tier
    self.sources = sources
  }
}

/// Fixing the first few root causes together removes this many escalation paths.
public struct ReportChokePoint: Hashable, Sendable {
  /// The root causes, in order.
  public var rootCauses: [String]
  /// How many statements they are.
  public var statements: Int
  /// Escalation paths that disappear.
  public var removed: Int
  /// Escalation paths in all.
  public var total: Int

  /// Creates a choke point.
  public init(rootCauses: [String], statements: Int, removed: Int, total: Int) {
    self.rootCauses = rootCauses
    self.statements = statements
    self.removed = removed
    self.total = total
  }
}
