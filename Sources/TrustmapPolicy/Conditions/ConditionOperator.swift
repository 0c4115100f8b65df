/// A condition operator name parsed into its family, negation, `…IfExists` and set qualifier (§4.1).
///
/// Unknown names do not parse (GRM-11: lint error, statement ignored).
public struct ConditionOperator: Hashable, Sendable, CustomStringConvertible {
  /// The comparison family.
  public enum Family: Hashable, Sendable {
    case string
    case stringIgnoreCase
    case stringLike
    case numeric(Comparison)
    case date(Comparison)
    case bool
    case binary
    case ip
    case arn
    case null
  }

  /// Ordering comparisons of the numeric and date families.
  public enum Comparison: Hashable, Sendable {
    case equals
    case lessThan
    case lessThanEquals
    case greaterThan
    case greaterThanEquals
  }

  /// `ForAllValues:` / `ForAnyValue:` (CND-3).
  public enum Qualifier: Hashable, Sendable {
    case forAllValues
    case forAnyValue
  }

  /// The operator as written.
  public let name: String
  /// Family and comparison.
  public let family: Family
  /// True for `…Not…` operators: several values combine as NOR (GRM-11).
  public let negated: Bool
  /// `…IfExists`: true when the key is absent.
  public let ifExists: Bool
  /// The set qualifier, if any.
  public let qualifier: Qualifier?

  /// Parses an operator name; nil when unknown.
  public init?(_ name: String) {
    self.name = name
    var rest = Substring(name)
    if rest.hasPrefix("ForAllValues:") {
      qualifier = .forAllValues
      rest = rest.dropFirst("ForAllValues:".count)
    } else if rest.hasPrefix("ForAnyValue:") {
      qualifier = .forAnyValue
      rest = rest.dropFirst("ForAnyValue:".count)
    } else {
      qualifier = nil
    }
    ifExists = rest.hasSuffix("IfExists") && rest != "IfExists"
    if ifExists { rest = rest.dropLast("IfExists".count) }
    guard let (family, negated) = ConditionOperator.families[String(rest)] else { return nil }
    if family == .null && (ifExists || qualifier != nil) { return nil }
    self.family = family
    self.negated = negated
  }

  /// True when policy variables may appear in values (VAR-2).
  public var allowsVariables: Bool {
    switch family {
    case .string, .stringIgnoreCase, .stringLike, .arn, .bool: return true
    default: return false
    }
  }

  public var description: String { name }

  private static let families: [String: (Family, Bool)] = {
    var table: [String: (Family, Bool)] = [
      "StringEquals": (.string, false), "StringNotEquals": (.string, true),
      "StringEqualsIgnoreCase": (.stringIgnoreCase, false),
      "StringNotEqualsIgnoreCase": (.stringIgnoreCase, true),
      "StringLike": (.stringLike, false), "StringNotLike": (.stringLike, true),
      "Bool": (.bool, false), "BinaryEquals": (.binary, false),
      "IpAddress": (.ip, false), "NotIpAddress": (.ip, true),
      "ArnEquals": (.arn, false), "ArnLike": (.arn, false),
      "ArnNotEquals": (.arn, true), "ArnNotLike": (.arn, true), "Null": (.null, false),
    ]
    let comparisons: [(String, Comparison, Bool)] = [
      ("Equals", .equals, false), ("NotEquals", .equals, true), ("LessThan", .lessThan, false),
      ("LessThanEquals", .lessThanEquals, false), ("GreaterThan", .greaterThan, false),
      ("GreaterThanEquals", .greaterThanEquals, false),
    ]
    for (suffix, comparison, negated) in comparisons {
      table["Numeric" + suffix] = (.numeric(comparison), negated)
      table["Date" + suffix] = (.date(comparison), negated)
    }
    return table
  }()
}
