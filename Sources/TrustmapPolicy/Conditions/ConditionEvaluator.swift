/// Side facts collected while evaluating: time dependence and caller-controlled keys.
struct EvalTrace {
  /// A condition read `aws:CurrentTime`/`aws:EpochTime` (CND-10).
  var timeDependent = false
  /// Caller-controlled keys that were treated as satisfiable (CND-7), as written.
  var callerControlled: [String] = []

  mutating func noteCallerControlled(_ label: String) {
    if !callerControlled.contains(label) { callerControlled.append(label) }
  }
}

/// Three-valued evaluation of one condition clause (§4.1, CND-1..9, GRM-7, GRM-11).
enum ConditionEvaluator {
  /// Evaluates `clause`; `favorable` is the value a caller-controlled key takes (T in an `Allow`,
  /// F in a `Deny`: the caller picks what helps it, CND-7).
  static func evaluate(
    _ clause: ConditionClause, in context: RequestContext, favorable: Truth, trace: inout EvalTrace
  ) -> Truth {
    let key = clause.key
    if key.kind == .callerControlled && context.extra[key.lowered] == nil {
      trace.noteCallerControlled(key.name)
      return favorable
    }
    if key.kind == .currentTime || key.kind == .epochTime { trace.timeDependent = true }
    if key.kind == .userID, let roleID = context.principalBox.value.roleID, context.extra.isEmpty {
      return sessionUserID(clause, roleID: roleID, favorable: favorable, trace: &trace)
    }
    switch context.value(for: key) {
    case .unknown: return .unknown
    case .absent: return absent(clause)
    case .known(let values): return values.isEmpty ? absent(clause) : known(clause, values, context)
    case .notIn(let excluded):
      let ifAbsent = absent(clause)
      let ifOther = combine(clause, count: 1) { _ in pairNotIn(excluded, clause) }
      return ifAbsent == ifOther ? ifAbsent : .unknown
    }
  }

  /// CND-1, CND-3, GRM-7: the result when the key is absent.
  static func absent(_ clause: ConditionClause) -> Truth { absent(clause.op, clause.values) }

  /// CND-1 for an operator and its compiled values.
  static func absent(_ op: ConditionOperator, _ values: [ConditionValue]) -> Truth {
    if op.family == .null {
      return values.contains(.null(true)) ? .true : .false
    }
    switch op.qualifier {
    case .forAllValues: return .true
    case .forAnyValue: return .false
    case nil: return Truth(op.ifExists || (op.negated && !values.isEmpty))
    }
  }

  static func known(_ clause: ConditionClause, _ values: [String], _ context: RequestContext)
    -> Truth
  {
    if clause.op.family == .null {
      return clause.values.contains(.null(false)) ? .true : .false
    }
    return combine(clause, count: values.count) { index in
      var result = Truth.false
      for value in clause.values {
        result = result || pair(values[index], value, clause.op.family, context)
        if result == .true { break }
      }
      return result
    }
  }

  /// Combines per-request-value results: OR/NOR across policy values (GRM-11), ANY/ALL across request values (CND-3).
  ///
  /// `match(i)` is the positive match of request value i.
  static func combine(_ clause: ConditionClause, count: Int, match: (Int) -> Truth) -> Truth {
    if clause.values.isEmpty { return .false }  // GRM-7: an empty list never matches a value
    let negated = clause.op.negated
    let all = clause.op.qualifier == .forAllValues || (clause.op.qualifier == nil && negated)
    var result: Truth = all ? .true : .false
    for index in 0..<count {
      let positive = match(index)
      let perValue = negated ? !positive : positive
      result = all ? (result && perValue) : (result || perValue)
    }
    return result
  }

  static func pair(
    _ value: String, _ pattern: ConditionValue, _ family: ConditionOperator.Family,
    _ context: RequestContext
  ) -> Truth {
    switch pattern {
    case .glob(let glob):
      return Truth(glob.matches(family == .stringIgnoreCase ? value.lowercased() : value))
    case .arn(let arn): return Truth(arn.matches(value))
    case .template(let template): return templatePair(value, template, family, context)
    case .number(let number): return compare(Double(value), number, family)
    case .date(let date): return compare(DateParser.epochSeconds(value), date, family)
    case .bool(let text): return Truth(value.lowercased() == text)
    case .binary(let text): return Truth(value == text)
    case .ip(let range): return Truth(range.contains(value))
    case .null, .never: return .false
    }
  }

  static func compare(_ value: Double?, _ pattern: Double, _ family: ConditionOperator.Family)
    -> Truth
  {
    guard let value else { return .false }
    let comparison: ConditionOperator.Comparison
    switch family {
    case .numeric(let kind), .date(let kind): comparison = kind
    default: return .false
    }
    switch comparison {
    case .equals: return Truth(value == pattern)
    case .lessThan: return Truth(value < pattern)
    case .lessThanEquals: return Truth(value <= pattern)
    case .greaterThan: return Truth(value > pattern)
    case .greaterThanEquals: return Truth(value >= pattern)
    }
  }

  /// VAR-5: substitute, then match; an absent variable never matches, an unknown one is U.
  static func templatePair(
    _ value: String, _ template: Template, _ family: ConditionOperator.Family,
    _ context: RequestContext
  ) -> Truth {
    let wildcards = family == .stringLike || family == .arn
    switch template.resolve(wildcards: wildcards, in: context) {
    case .absent: return .false
    case .unknown: return .unknown
    case .tokens(let tokens):
      switch family {
      case .arn:
        guard case .success(let pattern) = ArnPattern.compile(tokens: tokens) else { return .false }
        return Truth(pattern.matches(value))
      case .stringIgnoreCase:
        return Truth(Glob(tokens: tokens.map(lowerToken), text: "").matches(value.lowercased()))
      case .bool:
        return Truth(
          value.lowercased()
            == String(decoding: tokens.map { UInt8($0 & 0xFF) }, as: UTF8.self).lowercased())
      default: return Truth(Glob(tokens: tokens, text: "").matches(value))
      }
    }
  }

  /// CND-9: the request value is some string outside `excluded` (and outside their paths).
  static func pairNotIn(_ excluded: Set<String>, _ clause: ConditionClause) -> Truth {
    var result = Truth.false
    for value in clause.values {
      result = result || pairNotIn(excluded, value)
    }
    return result
  }

  static func pairNotIn(_ excluded: Set<String>, _ value: ConditionValue) -> Truth {
    switch value {
    case .glob(let glob):
      if let literal = glob.literalText, excluded.contains(literal) { return .false }
      if let prefix = value.literalPrefix,
        excluded.contains(where: { prefix.hasPrefix($0 + "/") || prefix.hasPrefix($0 + ":") })
      {
        return .false
      }
      return .unknown
    case .arn(let pattern):
      if let account = pattern.fields[4].literalText, excluded.contains(account) { return .false }
      return .unknown
    default: return .unknown
    }
  }

  /// `aws:userid` of a role session is `<roleID>:<session name>`; the caller picks the name.
  static func sessionUserID(
    _ clause: ConditionClause, roleID: String, favorable: Truth, trace: inout EvalTrace
  ) -> Truth {
    let like = clause.op.family == .stringLike
    let reachable = clause.rawValues.contains { raw in
      guard let colon = raw.firstIndex(of: ":") else {
        return like && raw.hasSuffix("*") && Glob(raw).matches(roleID + ":x")
      }
      return Glob(String(raw[..<colon]), wildcards: like).matches(roleID)
    }
    guard reachable, clause.op.family != .null else { return clause.op.negated ? .true : .false }
    trace.noteCallerControlled("aws:userid (session name)")
    return favorable
  }
}
