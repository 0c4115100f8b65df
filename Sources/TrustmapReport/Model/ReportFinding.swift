import TrustmapAnalysis

/// One finding: what is wrong, who is affected, why it is this severe, how to fix it, and the
/// path that proves it.
public struct ReportFinding: Hashable, Sendable {
  /// The stable id, such as `cross-account-escalation:555555555555->444444444444`; the SARIF
  /// fingerprint.
  public var id: String
  /// The finding kind, such as `cross-account-escalation`, `public-trust` (the SARIF rule id).
  public var kind: String
  /// How bad it is.
  public var severity: Severity
  /// A short title.
  public var title: String
  /// What the kind means, then what the evidence adds.
  public var summary: String
  /// ARNs of every affected principal: the sources of an escalation, the role or user at fault.
  public var principals: [String]
  /// How many principals or paths this finding stands for (≥ `principals.count` when capped).
  public var count: Int
  /// The representative path, hop by hop (empty for findings that are not paths).
  public var hops: [ReportHop]
  /// True when the path chains role sessions (sessions of at most an hour).
  public var chained: Bool
  /// An SVG diagram of the path from the renderer; sanitised before it is inlined.
  public var diagramSVG: String?
  /// Further paths that prove the same finding (shown after the representative one).
  public var otherPaths: [ReportPath] = []
  /// ARNs of the principals reached or exposed: the administrator roles reached, the role whose
  /// trust is at fault, the admin user.
  public var targets: [String] = []
  /// The accounts involved, sorted.
  public var accounts: [String] = []
  /// Why this severity, in words.
  public var rationale = ""
  /// Why the target is an administrator (escalations and admin users).
  public var admin: ReportAdminReason?
  /// The root causes (ids) that cause it, sorted; one fix each.
  public var rootCauses: [String] = []
  /// What to change: the fix of each root cause.
  public var fixes: [ReportFix] = []
  /// Where in the input the statement to fix is (the SARIF physical location).
  public var location: ReportLocation?
  /// Specification rules (machine-readable; never shown as text).
  public var rules: [String] = []

  /// Creates a finding.
  public init(
    id: String, kind: String, severity: Severity, title: String, summary: String,
    principals: [String] = [], count: Int? = nil, hops: [ReportHop] = [],
    chained: Bool = false, diagramSVG: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.title = title
    self.summary = summary
    self.principals = principals
    self.count = count ?? principals.count
    self.hops = hops
    self.chained = chained
    self.diagramSVG = diagramSVG
  }

  /// `conditional` when a hop is; else `public` when a hop is open to anyone; else `allowed`.
  public var status: HopStatus { HopStatus.of(hops) }

  /// The distinct condition labels over all hops, in first-seen order.
  public var conditionLabels: [String] {
    var seen = Set<String>()
    return hops.flatMap { $0.conditions.map(\.label) }.filter { seen.insert($0).inserted }
  }

  /// The distinct conditions over all hops, in first-seen order, for people to read.
  public var conditionTexts: [String] {
    var seen = Set<String>()
    return hops.flatMap { $0.conditions.map(\.text) }.filter { seen.insert($0).inserted }
  }
}
