/// A 12-digit AWS account id, validated once at import.
public struct AccountID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  Codable
{
  /// The twelve digits.
  public let rawValue: String

  /// Accepts exactly twelve ASCII digits.
  public init?(rawValue: String) {
    guard rawValue.utf8.count == 12, rawValue.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      return nil
    }
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: AccountID, rhs: AccountID) -> Bool { lhs.rawValue < rhs.rawValue }
}
