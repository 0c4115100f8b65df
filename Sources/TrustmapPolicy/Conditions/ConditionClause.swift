/// One compiled condition atom: an operator, a key and its values (TVL-1).
///
/// The payload lives in one shared immutable box: evaluation copies clauses per statement, and
/// one reference count is cheaper than one per field.
public struct ConditionClause: Hashable, Sendable {
  final class Storage: Sendable {
    let op: ConditionOperator
    let key: ConditionKey
    let rawValues: [String]
    let values: [ConditionValue]
    /// What the fast path can decide without a context (when the request adds no keys).
    let quick: QuickClause

    init(op: ConditionOperator, key: ConditionKey, rawValues: [String], values: [ConditionValue]) {
      self.op = op
      self.key = key
      self.rawValues = rawValues
      self.values = values
      quick = QuickClause(op: op, key: key, values: values)
    }
  }

  let storage: Storage

  /// The operator.
  public var op: ConditionOperator { storage.op }
  /// The key.
  public var key: ConditionKey { storage.key }
  /// The values as written (numbers and booleans in canonical text, GRM-8).
  public var rawValues: [String] { storage.rawValues }
  var values: [ConditionValue] { storage.values }

  /// Compiles a clause; `variables` is true for `Version: 2012-10-17` (VAR-1).
  init(op: ConditionOperator, key: ConditionKey, rawValues: [String], variables: Bool) {
    let allowVariables = variables && op.allowsVariables
    let values = rawValues.map {
      ConditionValue.compile($0, family: op.family, variables: allowVariables)
    }
    storage = Storage(op: op, key: key, rawValues: rawValues, values: values)
  }

  public static func == (lhs: ConditionClause, rhs: ConditionClause) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.op == rhs.op && lhs.key == rhs.key && lhs.rawValues == rhs.rawValues
        && lhs.values == rhs.values)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(op)
    hasher.combine(key)
    hasher.combine(rawValues)
    hasher.combine(values)
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
