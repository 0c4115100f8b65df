/// How bad a finding is: the one severity type of findings, root causes and every writer.
///
/// `Comparable` orders from least to most severe (`.info < .critical`); `mostSevereFirst` is
/// the order reports list them in.
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
  case info
  case low
  case medium
  case high
  case critical

  /// Every severity, most severe first (the order of reports and counts).
  public static let mostSevereFirst: [Severity] = allCases.reversed()

  var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The capitalised name for people, such as `Critical`.
  public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
