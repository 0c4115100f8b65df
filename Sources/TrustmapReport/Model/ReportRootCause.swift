import TrustmapAnalysis

/// What one fix would change and everything it would remove: the statement (one per account
/// when a template repeats it) that many findings or escalation paths share.
public struct ReportRootCause: Hashable, Sendable {
  /// The stable id, such as `rc:cross-account-escalation:role/ci/deploy-runner#0~1a2b3c4d`.
  public var id: String
  /// The kind of the findings it groups.
  public var kind: String
  /// The worst of what it causes.
  public var severity: Severity
  /// A one-line summary with names.
  public var title: String
  /// Why that severity.
  public var rationale: String
  /// The statements a fix changes (several when a template repeats one).
  public var statements: [StatementRef]
  /// The ids of the findings it causes, whole or in part.
  public var findings: [String]
  /// Every principal it affects.
  public var sources: [PrincipalRef]
  /// The accounts of `sources` (ids), sorted.
  public var sourceAccounts: [String]
  /// The exposed accounts (ids), sorted.
  public var targetAccounts: [String]
  /// Escalations: (principal, account) paths through the statements; else the number of
  /// findings.
  public var paths: Int
  /// How many of them hold without any condition.
  public var allowedPaths: Int
  /// How many of `paths` disappear when the statements are fixed (nil: not worked out).
  public var removedByFix: Int?
  /// A representative path through the statements.
  public var example: [ReportHop]
  /// What to change.
  public var fix: ReportFix
  /// Where the first statement is in the input (the SARIF physical location).
  public var location: ReportLocation?
  /// Specification rules (machine-readable; never shown as text).
  public var rules: [String]

  /// Creates a root cause.
  public init(
    id: String, kind: String, severity: Severity, title: String, rationale: String,
    statements: [StatementRef] = [], findings: [String] = [], sources: [PrincipalRef] = [],
    sourceAccounts: [String] = [], targetAccounts: [String] = [], paths: Int = 0,
    allowedPaths: Int = 0, removedByFix: Int? = nil, example: [ReportHop] = [],
    fix: ReportFix = ReportFix(text: ""), location: ReportLocation? = nil, rules: [String] = []
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.title = title
    self.rationale = rationale
    self.statements = statements
    self.findings = findings
    self.sources = sources
    self.sourceAccounts = sourceAccounts
    self.targetAccounts = targetAccounts
    self.paths = paths
    self.allowedPaths = allowedPaths
    self.removedByFix = removedByFix
    self.example = example
    self.fix = fix
    self.location = location
    self.rules = rules
  }
}

/// What to change, for people: words and, when there is one, JSON to paste.
public struct ReportFix: Hashable, Sendable {
  /// One or two sentences naming the statement and the change.
  public var text: String
  /// JSON to paste into the statement, such as a `Condition` block.
  public var snippet: String?

  /// Creates a fix.
  public init(text: String, snippet: String? = nil) {
    self.text = text
    self.snippet = snippet
  }
}

/// Where a statement is in the input: the file (as shown), the JSON path and, when the file
/// could be read again, the line and column where the statement starts.
public struct ReportLocation: Hashable, Sendable {
  /// The file, relative to where the report was run when it lies inside.
  public var file: String
  /// The JSON path, such as `RoleDetailList[3].AssumeRolePolicyDocument.Statement[0]`.
  public var jsonPath: String
  /// 1-based line, or nil.
  public var line: Int?
  /// 1-based column, or nil.
  public var column: Int?

  /// Creates a location.
  public init(file: String, jsonPath: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.jsonPath = jsonPath
    self.line = line
    self.column = column
  }
}

/// Why a principal is an administrator: in words, and the statements that show it.
public struct ReportAdminReason: Hashable, Sendable {
  /// Such as "may do everything in its account: every administrator probe is allowed".
  public var text: String
  /// The identity statements that allow it.
  public var statements: [StatementRef]

  /// Creates a reason.
  public init(text: String, statements: [StatementRef]) {
    self.text = text
    self.statements = statements
  }
}
