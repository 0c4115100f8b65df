/// One compiled condition atom: an operator, a key and its values (TVL-1).
public struct ConditionClause: Hashable, Sendable {
  /// The operator.
  public let op: ConditionOperator
  /// The key.
  public let key: ConditionKey
  /// The values as written (numbers and booleans in canonical text, GRM-8).
  public let rawValues: [String]
  let values: [ConditionValue]

  /// Compiles a clause; `variables` is true for `Version: 2012-10-17` (VAR-1).
  init(op: ConditionOperator, key: ConditionKey, rawValues: [String], variables: Bool) {
    self.op = op
    self.key = key
    self.rawValues = rawValues
    let allowVariables = variables && op.allowsVariables
    values = rawValues.map {
      ConditionValue.compile($0, family: op.family, variables: allowVariables)
    }
  }
}

/// A compiled condition value.
enum ConditionValue: Hashable, Sendable {
  case glob(Glob)
  case arn(ArnPattern)
  case template(Template)
  case number(Double)
  case date(Double)
  case bool(String)
  case binary(String)
  case ip(IPRange)
  case null(Bool)
  case never

  static func compile(_ raw: String, family: ConditionOperator.Family, variables: Bool)
    -> ConditionValue
  {
    let template = Template(raw, variables: variables)
    if template.hasVariables { return .template(template) }
    switch family {
    case .string: return .glob(Glob(tokens: template.staticTokens(wildcards: false), text: raw))
    case .stringIgnoreCase:
      return .glob(Glob(tokens: template.staticTokens(wildcards: false).map(lowerToken), text: raw))
    case .stringLike: return .glob(Glob(tokens: template.staticTokens(wildcards: true), text: raw))
    case .arn:
      guard
        case .success(let pattern) = ArnPattern.compile(
          tokens: template.staticTokens(wildcards: true))
      else {
        return .never
      }
      return .arn(pattern)
    case .numeric: return Double(raw).map { .number($0) } ?? .never
    case .date: return DateParser.epochSeconds(raw).map { .date($0) } ?? .never
    case .bool: return .bool(raw.lowercased())
    case .binary: return .binary(raw)
    case .ip: return IPRange(raw).map { .ip($0) } ?? .never
    case .null:
      switch raw.lowercased() {
      case "true": return .null(true)
      case "false": return .null(false)
      default: return .never
      }
    }
  }

  /// The literal text for string values without wildcards, used for `.notIn` reasoning.
  var literalPrefix: String? {
    guard case .glob(let glob) = self else { return nil }
    return glob.literalText
      ?? (glob.shape == .prefix ? String(decoding: glob.literal, as: UTF8.self) : nil)
  }
}

@inline(__always)
func lowerToken(_ token: UInt16) -> UInt16 {
  token >= 65 && token <= 90 ? token + 32 : token
}
