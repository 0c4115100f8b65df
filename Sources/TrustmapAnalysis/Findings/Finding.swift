import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

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
  /// The principals reached or exposed: the administrator roles of the target account that
  /// the sources reach, or the role whose trust is at fault.
  public var targets: [NodeID] = []
  /// Why this severity and not another, in words.
  public var rationale = ""
  /// The statement a fix changes, when one statement is at fault (a trust statement).
  public var statement: StatementLocation?
  /// Why the target (the path's end, or the admin user) is an administrator.
  public var admin: AdminExplanation?
  /// The specification rules that decide it (`iam-semantics.md` ids): for tools, never shown
  /// as text.
  public var rules: [String] = []

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
