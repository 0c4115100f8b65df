import TrustmapModel

/// JSON encodings of the view-model parts, shared by `FindingsJSON` (and documented in the
/// schema).
enum ReportJSON {
  static func finding(_ finding: ReportFinding) -> JSONValue {
    object([
      ("id", .string(finding.id)), ("kind", .string(finding.kind)),
      ("severity", .string(finding.severity.rawValue)),
      ("status", .string(finding.status.rawValue)), ("title", .string(finding.title)),
      ("summary", .string(finding.summary)), ("rationale", .string(finding.rationale)),
      ("principals", strings(finding.principals)), ("count", number(finding.count)),
      ("targets", strings(finding.targets)), ("accounts", strings(finding.accounts)),
      ("chained", .bool(finding.chained)), ("conditions", strings(finding.conditionLabels)),
      ("admin", finding.admin.map(admin) ?? .null),
      ("rootCauses", strings(finding.rootCauses)), ("fixes", .array(finding.fixes.map(fix))),
      ("location", finding.location.map(location) ?? .null), ("rules", strings(finding.rules)),
      ("hops", .array(finding.hops.map(hop))),
    ])
  }

  static func rootCause(_ cause: ReportRootCause) -> JSONValue {
    object([
      ("id", .string(cause.id)), ("kind", .string(cause.kind)),
      ("severity", .string(cause.severity.rawValue)), ("title", .string(cause.title)),
      ("rationale", .string(cause.rationale)),
      ("statements", .array(cause.statements.map(statement))),
      ("findings", strings(cause.findings)), ("sources", .array(cause.sources.map(principalRef))),
      ("sourceAccounts", strings(cause.sourceAccounts)),
      ("targetAccounts", strings(cause.targetAccounts)), ("paths", number(cause.paths)),
      ("allowedPaths", number(cause.allowedPaths)),
      ("removedByFix", cause.removedByFix.map(number) ?? .null),
      ("fix", fix(cause.fix)), ("location", cause.location.map(location) ?? .null),
      ("rules", strings(cause.rules)), ("example", .array(cause.example.map(hop))),
    ])
  }

  static func exposure(_ entry: ReportExposure) -> JSONValue {
    object([
      ("account", .string(entry.account)), ("label", .string(entry.label)),
      ("tier", .string(entry.tier)),
      (
        "sources",
        .array(
          entry.sources.map { source in
            object([
              ("account", .string(source.account)), ("label", .string(source.label)),
              ("principals", .array(source.principals.map(principalRef))),
              ("allowed", number(source.allowed)), ("fewestHops", number(source.fewestHops)),
              ("rootCauses", strings(source.rootCauses)),
            ])
          })
      ),
    ])
  }

  static func chokePoint(_ point: ReportChokePoint) -> JSONValue {
    object([
      ("rootCauses", strings(point.rootCauses)), ("statements", number(point.statements)),
      ("removed", number(point.removed)), ("total", number(point.total)),
    ])
  }

  static func fix(_ fix: ReportFix) -> JSONValue {
    object([("text", .string(fix.text)), ("snippet", optional(fix.snippet))])
  }

  static func admin(_ reason: ReportAdminReason) -> JSONValue {
    object([
      ("text", .string(reason.text)), ("statements", .array(reason.statements.map(statement))),
    ])
  }

  static func location(_ location: ReportLocation) -> JSONValue {
    object([
      ("file", .string(location.file)), ("jsonPath", .string(location.jsonPath)),
      ("line", location.line.map(number) ?? .null),
      ("column", location.column.map(number) ?? .null),
    ])
  }

  static func hop(_ hop: ReportHop) -> JSONValue {
    object([
      ("from", principalRef(hop.from)), ("to", principalRef(hop.to)),
      ("action", .string(hop.action)), ("status", .string(hop.status.rawValue)),
      ("conditions", .array(hop.conditions.map(condition))),
      ("grants", .array(hop.grants.map(grant))),
    ])
  }

  static func grant(_ grant: ReportGrant) -> JSONValue {
    object([
      ("action", .string(grant.action)), ("layer", .string(grant.layer)),
      ("effect", .string(grant.effect)), ("statement", statement(grant.statement)),
    ])
  }

  static func principalRef(_ ref: PrincipalRef) -> JSONValue {
    object([("name", .string(ref.name)), ("arn", .string(ref.arn))])
  }

  static func condition(_ condition: ReportCondition) -> JSONValue {
    object([
      ("label", .string(condition.label)), ("text", .string(condition.text)),
      ("key", .string(condition.key)), ("operator", .string(condition.conditionOperator)),
      ("values", strings(condition.values)),
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
        ("rule", .string($0.rule)),
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
