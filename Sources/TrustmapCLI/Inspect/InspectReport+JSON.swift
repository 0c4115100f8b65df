import TrustmapModel

extension InspectReport {
  /// The documented, deterministic JSON form (README "trustmap inspect --format json").
  var json: String {
    let total = totals
    let document: JSONValue = object([
      ("organizationId", organizationID.map(JSONValue.string) ?? .null),
      ("accounts", .array(rows.map(rowJSON))),
      (
        "totals",
        object([
          ("accounts", number(total.accounts)), ("imported", number(total.imported)),
          ("users", number(total.users)), ("groups", number(total.groups)),
          ("roles", number(total.roles)), ("managedPolicies", number(total.managedPolicies)),
          ("unknownPolicyReferences", number(total.unknownPolicyReferences)),
          ("externalTrustedAccounts", .array(total.externalTrustedAccounts.map { .string($0.rawValue) })),
        ])
      ),
      ("diagnostics", .array(diagnostics.map(diagnosticJSON))),
    ])
    return document.prettyText + "\n"
  }

  private func rowJSON(_ row: Row) -> JSONValue {
    object([
      ("id", .string(row.id.rawValue)),
      ("name", row.name.map(JSONValue.string) ?? .null),
      ("ouPath", row.ouPath.map(JSONValue.string) ?? .null),
      ("imported", .bool(row.imported)),
      ("users", number(row.users)), ("groups", number(row.groups)), ("roles", number(row.roles)),
      ("managedPolicies", number(row.managedPolicies)),
      ("unknownPolicyReferences", number(row.unknownPolicyReferences)),
      ("externalTrustedAccounts", .array(row.externalTrustedAccounts.map { .string($0.rawValue) })),
      ("incomplete", .bool(row.incomplete)),
      ("notExported", .array(row.notExported.map { .string($0.rawValue) })),
    ])
  }

  private func diagnosticJSON(_ diagnostic: Diagnostic) -> JSONValue {
    object([
      ("severity", .string(diagnostic.severity.description)),
      ("code", .string(diagnostic.code)),
      ("file", diagnostic.file.map(JSONValue.string) ?? .null),
      ("path", diagnostic.path.map { .string($0.description) } ?? .null),
      ("message", .string(diagnostic.message)),
    ])
  }

  private func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }

  private func number(_ value: Int) -> JSONValue { .number(String(value)) }
}
