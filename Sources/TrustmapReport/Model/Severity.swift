/// How bad a finding is.
///
/// `Comparable` puts the most severe first.
public enum Severity: String, CaseIterable, Comparable, Hashable, Sendable {
  case critical, high, medium, low, info

  /// Sort rank: 0 for critical.
  var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }

  /// Most severe sorts first.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The capitalised name for people, such as `Critical`.
  public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// The SARIF 2.1.0 `level` for this severity.
  public var sarifLevel: String {
    switch self {
    case .critical, .high: return "error"
    case .medium: return "warning"
    case .low, .info: return "note"
    }
  }
}
