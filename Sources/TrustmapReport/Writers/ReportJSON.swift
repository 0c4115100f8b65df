import TrustmapModel

/// JSON encodings of the view-model parts, shared by `FindingsJSON` (and documented in the
/// schema).
enum ReportJSON {
  static func finding(_ finding: ReportFinding) -> JSONValue {
    object([
      ("id", .string(finding.id)), ("kind", .string(finding.kind)),
      ("severity", .string(finding.severity.rawValue)),
      ("status", .string(finding.status.rawValue)), ("title", .string(finding.title)),
      ("summary", .string(finding.summary)), ("principals", strings(finding.principals)),
      ("count", number(finding.count)), ("chained", .bool(finding.chained)),
      ("conditions", strings(finding.conditionLabels)), ("hops", .array(finding.hops.map(hop))),
    ])
  }

  static func hop(_ hop: ReportHop) -> JSONValue {
    object([
      ("from", principalRef(hop.from)), ("to", principalRef(hop.to)),
      ("action", .string(hop.action)), ("status", .string(hop.status.rawValue)),
      ("conditions", .array(hop.conditions.map(condition))),
      ("trustStatement", hop.trustStatement.map(statement) ?? .null),
      ("identityStatement", hop.identityStatement.map(statement) ?? .null),
    ])
  }

  static func principalRef(_ ref: PrincipalRef) -> JSONValue {
    object([("name", .string(ref.name)), ("arn", .string(ref.arn))])
  }

  static func condition(_ condition: ReportCondition) -> JSONValue {
    object([
      ("label", .string(condition.label)), ("key", .string(condition.key)),
      ("operator", .string(condition.conditionOperator)), ("values", strings(condition.values)),
    ])
  }

  static func statement(_ ref: StatementRef) -> JSONValue {
    object([
      ("policyName", .string(ref.policyName)), ("source", .string(ref.source)),
      ("index", number(ref.index)), ("sid", optional(ref.sid)), ("json", .string(ref.json)),
    ])
  }

  static func principal(_ principal: ReportPrincipal) -> JSONValue {
    object([
      ("arn", .string(principal.arn)), ("name", .string(principal.name)),
      ("account", .string(principal.account)), ("kind", .string(principal.kind)),
      ("admin", .bool(principal.isAdmin)),
      ("reachableAccounts", number(principal.reachableAccounts)),
      ("blastRadius", number(principal.blastRadius)),
    ])
  }

  static func coverage(_ coverage: Coverage) -> JSONValue {
    let item = { (item: CoverageItem) in
      object([("subject", .string(item.subject)), ("detail", .string(item.detail))])
    }
    let labels = coverage.unresolvedConditions.map {
      object([("label", .string($0.label)), ("count", number($0.count))])
    }
    let lint = coverage.lintFindings.map {
      object([
        ("level", .string($0.level)), ("code", .string($0.code)),
        ("message", .string($0.message)), ("location", .string($0.location)),
      ])
    }
    return object([
      ("missingPolicies", .array(coverage.missingPolicies.map(item))),
      ("unresolvedConditions", .array(labels)),
      ("unimportedAccounts", strings(coverage.unimportedAccounts)),
      ("incompleteExports", .array(coverage.incompleteExports.map(item))),
      ("lintFindings", .array(lint)),
    ])
  }
}
