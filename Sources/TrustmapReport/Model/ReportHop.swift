/// Whether an edge or path holds: for any caller that may (`allowed`), only if unresolved
/// conditions hold (`conditional`), or for anyone with an AWS account (`public`).
public enum HopStatus: String, Hashable, Sendable {
  case allowed, conditional
  case `public`

  /// A path's status: conditional when a hop is, else public when a hop is, else allowed.
  public static func of(_ hops: [ReportHop]) -> HopStatus {
    if hops.contains(where: { $0.status == .conditional }) { return .conditional }
    return hops.contains { $0.status == .public } ? .public : .allowed
  }
}

/// A principal as shown on a hop: display name and ARN (or placeholder id, EDG-6).
public struct PrincipalRef: Hashable, Sendable {
  /// A short name, such as `ci/deploy-runner (333333333333)`.
  public var name: String
  /// The ARN or placeholder id, such as `externalAccount:888888888888`.
  public var arn: String

  /// Creates a reference.
  public init(name: String, arn: String) {
    self.name = name
    self.arn = arn
  }

  /// A node id as people read it: ARNs as they are; `anyone (any AWS account)` for the public,
  /// `account 888888888888` for an account placeholder, the provider or service name for
  /// `idp:` and `service:` ids.
  public static func displayID(_ id: String) -> String {
    if id == "EXTERNAL_ANY" { return "anyone (any AWS account)" }
    for (prefix, replacement) in [
      ("externalAccount:", "account "), ("external:", ""), ("idp:", ""), ("service:", ""),
    ] where id.hasPrefix(prefix) {
      return replacement + id.dropFirst(prefix.count)
    }
    return id
  }
}

/// One hop of a path, with every statement that decides it.
public struct ReportHop: Hashable, Sendable {
  /// The caller.
  public var from: PrincipalRef
  /// The role (or principal) reached.
  public var to: PrincipalRef
  /// The action or edge kind, such as `sts:AssumeRole`, `passRole:ec2`.
  public var action: String
  /// Allowed, conditional or public.
  public var status: HopStatus
  /// The unresolved conditions (TVL-4), empty when allowed.
  public var conditions: [ReportCondition]
  /// Every statement that granted, let through or left the hop open: the trust statement
  /// first, then the caller's identity statements (one per action), boundary, SCP and RCP.
  public var grants: [ReportGrant]

  /// Creates a hop.
  public init(
    from: PrincipalRef, to: PrincipalRef, action: String = "sts:AssumeRole",
    status: HopStatus = .allowed, conditions: [ReportCondition] = [], grants: [ReportGrant]
  ) {
    self.from = from
    self.to = to
    self.action = action
    self.status = status
    self.conditions = conditions
    self.grants = grants
  }

  /// Creates a hop with at most one trust and one identity statement.
  public init(
    from: PrincipalRef, to: PrincipalRef, action: String = "sts:AssumeRole",
    status: HopStatus = .allowed, conditions: [ReportCondition] = [],
    trustStatement: StatementRef? = nil, identityStatement: StatementRef? = nil
  ) {
    let grants = [("trust", trustStatement), ("identity", identityStatement)].compactMap {
      layer, statement in
      statement.map { ReportGrant(action: action, layer: layer, effect: "granted", statement: $0) }
    }
    self.init(
      from: from, to: to, action: action, status: status, conditions: conditions, grants: grants)
  }

  /// The first trust statement (granted, else left open).
  public var trustStatement: StatementRef? { grants.first { $0.layer == "trust" }?.statement }
  /// The first identity statement.
  public var identityStatement: StatementRef? {
    grants.first { $0.layer == "identity" }?.statement
  }
}

/// One statement on a hop: what it decides and what it did.
public struct ReportGrant: Hashable, Sendable {
  /// The action it decides, such as `sts:AssumeRole`.
  public var action: String
  /// `trust`, `identity`, `boundary`, `scp` or `rcp`.
  public var layer: String
  /// `granted`, `permitted` (a boundary, SCP or RCP let it through) or `conditional` (an `Allow`
  /// whose conditions the exports cannot decide).
  public var effect: String
  /// The statement.
  public var statement: StatementRef

  /// Creates a grant.
  public init(action: String, layer: String, effect: String, statement: StatementRef) {
    self.action = action
    self.layer = layer
    self.effect = effect
    self.statement = statement
  }
}

/// A further path that proves the same finding, such as another administrator of the target
/// account reached from the source account's users.
public struct ReportPath: Hashable, Sendable {
  /// "dan.dev (northwind-dev) → prod-deploy (northwind-prod), admin".
  public var title: String
  /// The hops.
  public var hops: [ReportHop]
  /// True when the path chains role sessions (TRU-12).
  public var chained: Bool

  /// Creates a path.
  public init(title: String, hops: [ReportHop], chained: Bool = false) {
    self.title = title
    self.hops = hops
    self.chained = chained
  }
}
