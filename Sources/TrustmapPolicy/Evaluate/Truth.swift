/// A Kleene truth value (TVL-1): true, false or unknown.
public enum Truth: UInt8, Hashable, Sendable, CustomStringConvertible {
  case `false` = 0
  case unknown = 1
  case `true` = 2

  /// Strong Kleene conjunction: `F ∧ x = F`.
  @inlinable
  public static func && (lhs: Truth, rhs: Truth) -> Truth {
    Truth(rawValue: min(lhs.rawValue, rhs.rawValue)) ?? .unknown
  }

  /// Strong Kleene disjunction: `T ∨ x = T`.
  @inlinable
  public static func || (lhs: Truth, rhs: Truth) -> Truth {
    Truth(rawValue: max(lhs.rawValue, rhs.rawValue)) ?? .unknown
  }

  /// Kleene negation: `¬U = U`.
  @inlinable
  public static prefix func ! (value: Truth) -> Truth {
    Truth(rawValue: 2 - value.rawValue) ?? .unknown
  }

  /// Lifts a Boolean.
  @inlinable
  public init(_ value: Bool) { self = value ? .true : .false }

  public var description: String {
    switch self {
    case .true: return "T"
    case .false: return "F"
    case .unknown: return "U"
    }
  }
}
