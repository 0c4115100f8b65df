/// One principal row: identity, kind, admin flag, reach.
public struct ReportPrincipal: Hashable, Sendable {
  /// The ARN or placeholder id.
  public var arn: String
  /// A short display name, such as `role/ci/deploy-runner`.
  public var name: String
  /// The account id (or an empty string for placeholders without one).
  public var account: String
  /// `user`, `role`, `group`, `idp`, `service`, `external`.
  public var kind: String
  /// True when the principal is an administrator of its account (ADM-1).
  public var isAdmin: Bool
  /// How many accounts other than its own it can reach.
  public var reachableAccounts: Int
  /// How many principals it can become (directly or by chains).
  public var blastRadius: Int

  /// Creates a principal row.
  public init(
    arn: String, name: String, account: String, kind: String, isAdmin: Bool = false,
    reachableAccounts: Int = 0, blastRadius: Int = 0
  ) {
    self.arn = arn
    self.name = name
    self.account = account
    self.kind = kind
    self.isAdmin = isAdmin
    self.reachableAccounts = reachableAccounts
    self.blastRadius = blastRadius
  }
}
