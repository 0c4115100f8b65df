import TrustmapModel

extension InspectReport {
  /// The documented, deterministic JSON form (README "trustmap inspect --format json").
  var json: String {
    let total = totals
    let external = JSONValue.array(total.externalTrustedAccounts.map { .string($0.rawValue) })
    let totalsJSON = object(
      [("accounts", number(total.accounts)), ("imported", number(total.imported))]
        + counts(total.counts) + [("externalTrustedAccounts", external)])
    let document: JSONValue = object([
      ("organizationId", organizationID.map(JSONValue.string) ?? .null),
      ("accounts", .array(rows.map(rowJSON))),
      ("totals", totalsJSON),
      ("diagnostics", .array(diagnostics.map(diagnosticJSON))),
    ])
    return document.prettyText + "\n"
  }

  private func rowJSON(_ row: Row) -> JSONValue {
    object(
      [
        ("id", .string(row.id.rawValue)),
        ("name", row.name.map(JSONValue.string) ?? .null),
        ("ouPath", row.ouPath.map(JSONValue.string) ?? .null),
        ("imported", .bool(row.imported)),
      ] + counts(row.counts) + [
        (
          "externalTrustedAccounts",
          .array(row.externalTrustedAccounts.map { .string($0.rawValue) })
        ),
        ("incomplete", .bool(row.incomplete)),
        ("notExported", .array(row.notExported.map { .string($0.rawValue) })),
      ])
  }

  private func counts(_ counts: Counts) -> [(String, JSONValue)] {
    counts.fields.map { ($0.key, number($0.value)) }
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
