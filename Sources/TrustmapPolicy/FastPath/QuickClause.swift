/// How the fast path evaluates one condition clause when the request adds no keys: decided
/// without a context, or through `ConditionEvaluator`.
enum QuickClause: Sendable {
  /// CND-7: the caller picks the value that helps it.
  case callerControlled
  /// §4.3: a key nobody knows is unresolved.
  case unknownKey
  /// A request-scoped key, absent from assume requests: CND-1's value.
  case fixed(Truth)
  /// Anything else: `ConditionEvaluator.evaluate`.
  case general

  init(op: ConditionOperator, key: ConditionKey, values: [ConditionValue]) {
    switch key.kind {
    case .callerControlled: self = .callerControlled
    case .other: self = .unknownKey
    case .requestScoped: self = .fixed(ConditionEvaluator.absent(op, values))
    default: self = .general
    }
  }
}
