/// Which account's principals reach which other account, and how far.
public struct ReachabilityMatrix: Hashable, Sendable {
  /// The accounts in display order (rows and columns).
  public var accounts: [MatrixAccount]
  /// The non-empty cells; a missing (source, target) pair means `none`.
  public var cells: [MatrixCell]

  /// Creates a matrix.
  public init(accounts: [MatrixAccount] = [], cells: [MatrixCell] = []) {
    self.accounts = accounts
    self.cells = cells
  }
}

/// A row/column of the matrix.
public struct MatrixAccount: Hashable, Sendable {
  /// The account id.
  public var id: String
  /// The account name.
  public var name: String

  /// Creates a row/column.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}

/// How far principals of one account get into another.
///
/// Ordered from worst to none.
public enum ReachLevel: String, CaseIterable, Comparable, Hashable, Sendable {
  case reachesAdmin, reachesRole, conditionalOnly, none

  /// Worst first.
  public static func < (lhs: ReachLevel, rhs: ReachLevel) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// The legend text.
  public var displayName: String {
    switch self {
    case .reachesAdmin: return "admin"
    case .reachesRole: return "role"
    case .conditionalOnly: return "conditional"
    case .none: return "none"
    }
  }
}

/// One cell: source account's principals → target account.
public struct MatrixCell: Hashable, Sendable {
  /// The source account id.
  public var source: String
  /// The target account id.
  public var target: String
  /// The worst reach.
  public var level: ReachLevel
  /// How many (source principal, target role) pairs stand behind it.
  public var count: Int

  /// Creates a cell.
  public init(source: String, target: String, level: ReachLevel, count: Int) {
    self.source = source
    self.target = target
    self.level = level
    self.count = count
  }
}
