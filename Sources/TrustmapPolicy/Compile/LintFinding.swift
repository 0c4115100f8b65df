import TrustmapModel

/// A problem the compiler found in a policy document, with its location (GRM-12).
public struct LintFinding: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How serious the finding is.
  public enum Severity: Int, Hashable, Sendable, Comparable {
    /// Informational note (e.g. an unknown condition key).
    case info = 0
    /// Suspicious but honoured.
    case warning = 1
    /// Malformed: the statement (or element) is ignored.
    case error = 2

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// How serious it is.
  public var severity: Severity
  /// The spec rule, for example `GRM-7`.
  public var rule: String
  /// A stable machine-readable code, for example `emptyCondition`, `groupNotAPrincipal`.
  public var code: String
  /// The policy it was found in (nil while the document is compiled without a source).
  public var source: PolicySource?
  /// Statement index, nil for document-level findings.
  public var statementIndex: Int?
  /// The statement's Sid, when present.
  public var sid: String?
  /// One sentence for a person.
  public var message: String
  /// True when the statement was dropped because of this finding.
  public var dropsStatement: Bool

  /// Creates a finding.
  public init(
    _ severity: Severity, rule: String, code: String, source: PolicySource? = nil,
    statementIndex: Int? = nil, sid: String? = nil, message: String, dropsStatement: Bool = false
  ) {
    self.severity = severity
    self.rule = rule
    self.code = code
    self.source = source
    self.statementIndex = statementIndex
    self.sid = sid
    self.message = message
    self.dropsStatement = dropsStatement
  }

  /// This finding placed in a concrete policy.
  public func located(in source: PolicySource) -> LintFinding {
    var copy = self
    copy.source = source
    return copy
  }

  /// The finding as a model diagnostic (errors and warnings become warnings).
  public var diagnostic: Diagnostic {
    Diagnostic(severity == .info ? .info : .warning, code: code, message: description)
  }

  public var description: String {
    var location = source.map { "\($0)" } ?? "policy"
    if let statementIndex { location += " statement \(statementIndex)" }
    if let sid { location += " (Sid \(sid))" }
    return "\(location): \(message) [\(rule)]"
  }

  public static func < (lhs: LintFinding, rhs: LintFinding) -> Bool {
    let lhsSource = lhs.source.map { "\($0)" } ?? ""
    let rhsSource = rhs.source.map { "\($0)" } ?? ""
    return (lhsSource, lhs.statementIndex ?? -1, lhs.code, lhs.message)
      < (rhsSource, rhs.statementIndex ?? -1, rhs.code, rhs.message)
  }
}
