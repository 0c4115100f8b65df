import TrustmapAnalysis

/// One finding: what is wrong, who is affected, and the path that proves it.
public struct ReportFinding: Hashable, Sendable {
  /// A stable id, such as `TM-0001` or a hash of kind + endpoints; used as fingerprint in SARIF.
  public var id: String
  /// The finding kind, such as `cross-account-escalation`, `public-trust` (the SARIF rule id).
  public var kind: String
  /// How bad it is.
  public var severity: Severity
  /// A short title.
  public var title: String
  /// One or two sentences of explanation.
  public var summary: String
  /// ARNs of the principals affected (starts of the path, or the subject).
  public var principals: [String]
  /// How many principals or paths this finding stands for (≥ `principals.count` when capped).
  public var count: Int
  /// The representative path, hop by hop (empty for findings that are not paths).
  public var hops: [ReportHop]
  /// True when the path chains role sessions (TRU-12).
  public var chained: Bool
  /// An SVG diagram of the path from the renderer; sanitised before it is inlined.
  public var diagramSVG: String?
  /// Further paths that prove the same finding (shown after the representative one).
  public var otherPaths: [ReportPath] = []

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

  /// `allowed` when every hop is allowed, otherwise `conditional` (EDG-5).
  public var status: HopStatus {
    hops.allSatisfy { $0.status == .allowed } ? .allowed : .conditional
  }

  /// The distinct short condition labels over all hops, in first-seen order.
  public var conditionLabels: [String] {
    var seen = Set<String>()
    return hops.flatMap { $0.conditions.map(\.label) }.filter { seen.insert($0).inserted }
  }
}

/// Whether an edge or path holds unconditionally (TVL-3).
public enum HopStatus: String, Hashable, Sendable {
  case allowed, conditional
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
}

/// One hop of a path, with the statements that decide it.
public struct ReportHop: Hashable, Sendable {
  /// The caller.
  public var from: PrincipalRef
  /// The role (or principal) reached.
  public var to: PrincipalRef
  /// The action or edge kind, such as `sts:AssumeRole`, `passRole:ec2`.
  public var action: String
  /// Allowed or conditional.
  public var status: HopStatus
  /// The unresolved conditions (TVL-4), empty when allowed.
  public var conditions: [ReportCondition]
  /// The trust-policy statement that lets `from` in, if any.
  public var trustStatement: StatementRef?
  /// The caller-side statement that allows the action, if any.
  public var identityStatement: StatementRef?

  /// Creates a hop.
  public init(
    from: PrincipalRef, to: PrincipalRef, action: String = "sts:AssumeRole",
    status: HopStatus = .allowed, conditions: [ReportCondition] = [],
    trustStatement: StatementRef? = nil, identityStatement: StatementRef? = nil
  ) {
    self.from = from
    self.to = to
    self.action = action
    self.status = status
    self.conditions = conditions
    self.trustStatement = trustStatement
    self.identityStatement = identityStatement
  }
}

/// An unresolved condition atom: its TVL-5 label and the full key/operator/values.
public struct ReportCondition: Hashable, Sendable {
  /// The short label, such as `MFA`, `ExternalId`, `identityNotImported:888888888888`.
  public var label: String
  /// The condition key, such as `aws:MultiFactorAuthPresent` (empty for synthetic atoms).
  public var key: String
  /// The operator, such as `Bool` (empty for synthetic atoms).
  public var conditionOperator: String
  /// The values as written.
  public var values: [String]

  /// Creates a condition.
  public init(
    label: String, key: String = "", conditionOperator: String = "", values: [String] = []
  ) {
    self.label = label
    self.key = key
    self.conditionOperator = conditionOperator
    self.values = values
  }

  /// `Bool aws:MultiFactorAuthPresent = true`, or the label for synthetic atoms.
  public var fullText: String {
    guard !key.isEmpty else { return label }
    return "\(conditionOperator) \(key) = \(values.joined(separator: " | "))"
  }
}

/// Points at one statement of one policy and carries its JSON text.
public struct StatementRef: Hashable, Sendable {
  /// The policy's name, such as `developers-base` or `trust policy`.
  public var policyName: String
  /// Where the policy lives, such as a policy ARN with version, or `inline on role/ci-pipeline`.
  public var source: String
  /// The statement index (from 0).
  public var index: Int
  /// The statement's `Sid`, if any.
  public var sid: String?
  /// The statement as pretty JSON text (untrusted: escaped by every writer).
  public var json: String

  /// Creates a statement reference.
  public init(policyName: String, source: String, index: Int, sid: String? = nil, json: String) {
    self.policyName = policyName
    self.source = source
    self.index = index
    self.sid = sid
    self.json = json
  }

  /// A compact reference, such as `developers-base#0 (UseCiRoles)`.
  public var shortReference: String {
    "\(policyName)#\(index)" + (sid.map { " (\($0))" } ?? "")
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
