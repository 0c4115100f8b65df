import TrustmapGraph
import TrustmapModel

/// Finding kinds; the raw values are the stable names used in JSON and ids.
public enum FindingKind: String, Hashable, Sendable, CaseIterable, Comparable {
  case crossAccountEscalation = "cross-account-escalation"
  case publicTrust = "public-trust"
  case unguardedOIDCTrust = "unguarded-oidc-trust"
  case missingExternalID = "missing-external-id"
  case externalAccountTrust = "external-account-trust"
  case danglingTrustPrincipal = "dangling-trust-principal"
  case adminUser = "admin-user"

  public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One finding with evidence.
public struct Finding: Hashable, Sendable, Comparable {
  /// Stable id: the kind plus the principals/accounts it is about (never a counter).
  public var id: String
  /// The kind.
  public var kind: FindingKind
  /// Severity.
  public var severity: Severity
  /// One-line summary.
  public var title: String
  /// The principals involved (node ids), sorted.
  public var principals: [NodeID]
  /// Accounts involved, sorted.
  public var accounts: [AccountID]
  /// The evidence path, when there is one.
  public var path: TrustPath?
  /// Further evidence lines (statements, conditions, counts).
  public var evidence: [String]
  /// How many principals share this finding, such as those that can make the same escalation.
  public var principalCount: Int

  /// Creates a finding; `id` is `kind:` + the subject.
  public init(
    kind: FindingKind, subject: String, severity: Severity, title: String, principals: [NodeID],
    accounts: [AccountID], path: TrustPath? = nil, evidence: [String] = [], principalCount: Int = 1
  ) {
    id = kind.rawValue + ":" + subject
    self.kind = kind
    self.severity = severity
    self.title = title
    self.principals = principals.sorted()
    self.accounts = accounts.sorted()
    self.path = path
    self.evidence = evidence
    self.principalCount = principalCount
  }

  /// Most severe first, then by id.
  public static func < (lhs: Finding, rhs: Finding) -> Bool {
    lhs.severity != rhs.severity ? lhs.severity > rhs.severity : lhs.id < rhs.id
  }
}
