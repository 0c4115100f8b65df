import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// What one fix would change, and everything it would remove: the statement (one per account
/// when a template put the same statement into many accounts) that many findings, or many
/// escalation paths, share.
///
/// The id is stable across runs (`rc:` + kind + `:` + holder or policy + `#` + statement index
/// + `~` + 8 hex digits of the statement's template), and so are the finding ids it lists:
/// grouping adds this layer above findings without renaming them.
public struct RootCause: Hashable, Sendable {
  /// Stable id, such as `rc:cross-account-escalation:role/ci/deploy-runner#0~1a2b3c4d`.
  public var id: String
  /// The kind of every finding it groups.
  public var kind: FindingKind
  /// The worst of what it causes.
  public var severity: Severity
  /// Why that severity, in words.
  public var rationale: String
  /// The statements a fix changes, sorted (several when a template repeats one statement).
  public var statements: [StatementLocation]
  /// The roles, users or groups holding those statements, sorted.
  public var holders: [NodeID]
  /// The ids of the findings it causes (whole or in part), sorted.
  public var findings: [String]
  /// Every principal it affects, sorted: those that can escalate through it, or the callers
  /// that the statement admits.
  public var sources: [NodeID]
  /// The accounts of `sources`, sorted.
  public var sourceAccounts: [AccountID]
  /// The accounts that are exposed (whose administrators are reached, or that hold the
  /// statements), sorted.
  public var targetAccounts: [AccountID]
  /// Escalations: the (principal, account) pairs whose shortest path goes through the
  /// statements; other kinds: the number of findings.
  public var paths: Int
  /// How many of those hold without any condition.
  public var allowedPaths: Int
  /// Escalations: how many of `paths` disappear when the statements are fixed (nil when not
  /// worked out); fewer than `paths` when some principals have another way.
  public var removedByFix: Int?
  /// A representative path through the statements.
  public var example: TrustPath?
  /// What to change.
  public var fix: Remediation
  /// Specification rules (for tools, never shown as text).
  public var rules: [String]
}

/// A cumulative what-if over the root causes that cover the most escalations: fixing the
/// first `rootCauses` (their `statements` in all) removes `removed` of `total` escalation paths.
public struct ChokePoint: Hashable, Sendable {
  /// The root causes fixed, in order.
  public var rootCauses: [String]
  /// How many statements that is.
  public var statements: Int
  /// Escalation paths (principal, account) that disappear.
  public var removed: Int
  /// Escalation paths in all.
  public var total: Int
}

/// Who can become an administrator of one valuable account (the first three tiers: by default
/// management, security and prod), from lower tiers.
public struct AdminExposure: Hashable, Sendable {
  /// One source account's share.
  public struct Source: Hashable, Sendable {
    /// The account the principals belong to.
    public var account: AccountID
    /// Its principals that can become administrator, sorted.
    public var principals: [NodeID]
    /// How many of them without any condition.
    public var allowed: Int
    /// The fewest hops any of them needs.
    public var fewestHops: Int
    /// The root causes of their paths, sorted.
    public var rootCauses: [String]
  }

  /// The valuable account.
  public var account: AccountID
  /// Its tier.
  public var tier: String
  /// The lower-tier accounts whose principals can become its administrator, most principals
  /// first; empty when none can.
  public var sources: [Source]
}
