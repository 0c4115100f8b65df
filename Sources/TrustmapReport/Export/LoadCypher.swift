/// `load.cypher`: loads a `neo4j-csv` export into a running Neo4j 5 database with `LOAD CSV`,
/// written from the same table descriptions as the CSV headers.
///
/// Nodes are merged on `id` under their first label (Cartography's `AWSRole`, `AWSUser`,
/// `AWSGroup`, `AWSAccount`, … where the meaning is the same), so loading into a Cartography
/// database joins its nodes instead of duplicating them; relationships are merged too, so a
/// second run changes nothing. Each statement reads its file in batches of 10,000 rows
/// (`CALL { … } IN TRANSACTIONS`, hence cypher-shell's `:auto`).
enum LoadCypher {
  static let fileName = "load.cypher"

  /// The script for `tables`; `types` lists the relationship types present per table name.
  static func script(tables: [BulkCSVTable], types: [String: [String]]) -> String {
    var lines = header(tables)
    lines += schema(tables)
    for table in tables {
      switch table.shape {
      case .nodes(let labelSets):
        for labels in labelSets { lines += nodeStatement(table, labels: labels) }
      case .relationships(let start, let end):
        for type in types[table.name] ?? [] {
          lines += relationshipStatement(table, type: type, start: start, end: end)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func header(_ tables: [BulkCSVTable]) -> [String] {
    let nodes = tables.filter { !$0.isRelationships }.map { "--nodes=" + $0.name }
    let relationships = tables.filter(\.isRelationships).map { "--relationships=" + $0.name }
    return [
      "// Trustmap export: load into a running Neo4j 5 database with LOAD CSV (docs/export.md).",
      "// Put the CSV files where the server may read them (its import directory) and run:",
      "//   cypher-shell -u neo4j -p PASSWORD --param \"base => 'file:///trustmap'\" -f load.cypher",
      "// Into a new, empty database, neo4j-admin is much faster (run in this folder):",
      "//   neo4j-admin database import full --multiline-fields=true \\",
      "//     " + (nodes + relationships).joined(separator: " ") + " trustmap",
      "",
    ]
  }

  /// Uniqueness for Trustmap's own labels, indexes on the labels shared with Cartography.
  static func schema(_ tables: [BulkCSVTable]) -> [String] {
    var mergeLabels: [String] = []
    for table in tables {
      guard case .nodes(let labelSets) = table.shape else { continue }
      for labels in labelSets where !mergeLabels.contains(labels[0]) {
        mergeLabels.append(labels[0])
      }
    }
    var lines: [String] = []
    for label in [ExportVocabulary.graphNodeLabel, OrgTables.orgNodeLabel, "TrustmapFinding"] {
      lines.append(
        "CREATE CONSTRAINT \(constraintName(label)) IF NOT EXISTS FOR (n:\(label)) "
          + "REQUIRE n.id IS UNIQUE;")
    }
    for label in mergeLabels where label != "TrustmapFinding" {
      lines.append(
        "CREATE INDEX \(constraintName(label)) IF NOT EXISTS FOR (n:\(label)) ON (n.id);")
    }
    return lines + [""]
  }

  static func constraintName(_ label: String) -> String { "trustmap_" + label.lowercased() + "_id" }

  static func nodeStatement(_ table: BulkCSVTable, labels: [String]) -> [String] {
    let others = labels.dropFirst().map { ":" + $0 }.joined()
    let setLabels = others.isEmpty ? "" : "n" + others + ", "
    return [
      ":auto LOAD CSV WITH HEADERS FROM $base + '/\(table.name)' AS row",
      "WITH row WHERE row.`:LABEL` = '\(labels.joined(separator: ";"))'",
      "CALL { WITH row",
      "  MERGE (n:\(labels[0]) {id: row.`id:ID`})",
      "  SET \(setLabels)n += \(properties(table))",
      "} IN TRANSACTIONS OF 10000 ROWS;",
      "",
    ]
  }

  static func relationshipStatement(
    _ table: BulkCSVTable, type: String, start: String, end: String
  ) -> [String] {
    [
      ":auto LOAD CSV WITH HEADERS FROM $base + '/\(table.name)' AS row",
      "WITH row WHERE row.`:TYPE` = '\(type)'",
      "CALL { WITH row",
      "  MATCH (a:\(start) {id: row.`:START_ID`})",
      "  MATCH (b:\(end) {id: row.`:END_ID`})",
      "  MERGE (a)-[r:\(type)]->(b)",
      "  SET r += \(properties(table))",
      "} IN TRANSACTIONS OF 10000 ROWS;",
      "",
    ]
  }

  /// The map of a table's properties, each converted from its CSV text.
  static func properties(_ table: BulkCSVTable) -> String {
    let entries = table.columns.map { column -> String in
      let header = BulkCSVDialect.neo4j.header(column, onRelationship: table.isRelationships)
      let field = "row.`\(header)`"
      let value: String
      switch column.type {
      case .string: value = "CASE WHEN \(field) = '' THEN null ELSE \(field) END"
      case .boolean: value = "toBoolean(\(field))"
      case .int: value = "toInteger(\(field))"
      case .strings:
        value = "CASE WHEN coalesce(\(field), '') = '' THEN null ELSE split(\(field), ';') END"
      }
      return column.name + ": " + value
    }
    return "{" + entries.joined(separator: ", ") + "}"
  }
}
