import TrustmapModel

extension StatementCompiler {
  /// Principal/NotPrincipal (§2.4, GRM-5, GRM-10, TRU-8).
  mutating func readPrincipals(_ object: JSONObject) -> ([PrincipalRef]?, Bool) {
    let (value, negated) = pair(object, "Principal", "NotPrincipal", rule: "GRM-5")
    switch kind {
    case .identity, .boundary, .scp:
      if value != nil {
        violate(
          "GRM-5", "principalNotAllowed", "\(kind.rawValue) policies must not name a Principal")
      }
      return (nil, false)
    case .trust, .rcp:
      guard let value else {
        violate("GRM-5", "missingPrincipal", "\(kind.rawValue) policies need a Principal")
        return (nil, false)
      }
      if negated && kind == .trust {
        violate(
          "GRM-10", "notPrincipalInTrustPolicy",
          "NotPrincipal is not allowed in a role trust policy")
      }
      return (parsePrincipals(value), negated)
    }
  }

  mutating func parsePrincipals(_ value: JSONValue) -> [PrincipalRef]? {
    if case .string("*") = value { return [.anyone] }
    guard let object = value.objectValue else {
      fail(
        "§2.4", "invalidPrincipal", "Principal must be \"*\" or an object, found \(value.typeName)")
      return nil
    }
    if object.members.isEmpty { empty("Principal") }
    var refs: [PrincipalRef] = []
    for member in object.members {
      guard ["AWS", "Service", "Federated", "CanonicalUser"].contains(member.key) else {
        fail("§2.4", "invalidPrincipal", "unknown principal type \"\(member.key)\"")
        continue
      }
      guard let list = member.value.stringList() else {
        fail("GRM-8", "invalidPrincipal", "\(member.key) principals must be strings")
        continue
      }
      if list.isEmpty { empty("Principal \(member.key)") }
      for text in list { refs.append(principal(kind: member.key, text)) }
    }
    return refs
  }

  mutating func principal(kind principalKind: String, _ text: String) -> PrincipalRef {
    let ref = PrincipalParser.parse(kind: principalKind, value: text)
    if case .invalid(_, let reason) = ref {
      let rule = reason == .groupNotAPrincipal ? "TRU-8" : "§2.4"
      let severity: LintFinding.Severity =
        reason == .canonicalUser && kind != .trust ? .info : .error
      note(
        severity, rule, reason.rawValue, "principal \"\(text)\" never matches (\(reason.rawValue))")
    }
    return ref
  }

  /// Condition (GRM-11, GRM-7, CND-3, CND-5).
  mutating func readConditions(_ object: JSONObject) -> [ConditionClause] {
    guard let value = object["Condition"] else { return [] }
    guard let block = value.objectValue else {
      fail("GRM-11", "invalidCondition", "Condition must be an object")
      return []
    }
    if block.members.isEmpty { empty("Condition") }
    var clauses: [ConditionClause] = []
    for member in block.members {
      guard let op = ConditionOperator(member.key) else {
        fail("GRM-11", "unknownOperator", "unknown condition operator \"\(member.key)\"")
        continue
      }
      guard let keys = member.value.objectValue else {
        fail("GRM-11", "invalidCondition", "the value of \(member.key) must be an object")
        continue
      }
      if keys.members.isEmpty { empty("Condition \(member.key)") }
      for entry in keys.members {
        guard let values = entry.value.scalarList() else {
          fail(
            "GRM-8", "invalidConditionValue",
            "values of \(entry.key) must be strings, numbers or booleans")
          continue
        }
        clauses.append(clause(op, ConditionKey(entry.key), values))
      }
    }
    return clauses
  }

  mutating func clause(_ op: ConditionOperator, _ key: ConditionKey, _ values: [String])
    -> ConditionClause
  {
    if op.family == .string,
      values.contains(where: { $0.containsASCII("*") || $0.containsASCII("?") })
    {
      note(
        .warning, "CND-5", "wildcardWithoutLike",
        "\(op.name) compares \(key.name) literally; the wildcard needs a Like operator")
    }
    if op.qualifier != nil && !key.isMultivalued {
      note(
        .warning, "CND-3", "setOperatorOnSingleValuedKey",
        "\(op.name) on single-valued key \(key.name)")
    }
    if !key.isKnown {
      note(.info, "§4.3", "unknownConditionKey", "unknown condition key \(key.name): unresolved")
    }
    if values.isEmpty {
      note(.warning, "GRM-7", "emptyConditionValues", "\(op.name) \(key.name) has no values")
    }
    return ConditionClause(op: op, key: key, rawValues: values, variables: variables)
  }

  /// `mismatchedActionForPrincipal` (TRU-15, TRU-16, [S26]).
  mutating func checkFederatedActions(
    _ principals: [PrincipalRef]?, _ actions: [Glob], _ notAction: Bool
  ) {
    guard kind == .trust, let principals, !notAction else { return }
    for ref in principals {
      let needed: String
      switch ref {
      case .samlProvider: needed = "sts:assumerolewithsaml"
      case .oidcProvider, .webIdentityProvider: needed = "sts:assumerolewithwebidentity"
      default: continue
      }
      if !actions.contains(where: { $0.matches(needed) }) {
        note(
          .warning, "TRU-15", "mismatchedActionForPrincipal",
          "federated principal \(ref) is not allowed \(needed); it can never use this statement")
      }
    }
  }
}
