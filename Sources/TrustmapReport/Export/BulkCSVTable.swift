/// One file of a bulk-load export: nodes or relationships, with typed property columns.
///
/// Every row of a node table repeats its labels in `:LABEL`; every row of a relationship table
/// names its type in `:TYPE`. `load.cypher` is written from the same description, so the CSV
/// header and the Cypher that reads it cannot drift apart.
struct BulkCSVTable: Sendable {
  /// What the rows are.
  enum Shape: Sendable {
    /// Nodes, each row carrying one of these label lists (the first is merged on).
    case nodes(labelSets: [[String]])
    /// Relationships whose endpoints are nodes carrying these labels (for `load.cypher`'s
    /// `MATCH`).
    case relationships(startLabel: String, endLabel: String)
  }

  /// The file name, such as `nodes-graph.csv`.
  let name: String
  /// Nodes or relationships.
  let shape: Shape
  /// The property columns after the system columns.
  let columns: [PropertyColumn]

  var isRelationships: Bool {
    if case .relationships = shape { return true }
    return false
  }

  /// The header row (CRLF-terminated).
  func header(_ dialect: BulkCSVDialect) -> [UInt8] {
    var cells: [String]
    if isRelationships {
      cells = (dialect.relationshipIDs ? [":ID"] : []) + [":START_ID", ":END_ID", ":TYPE"]
    } else {
      cells = ["id:ID", ":LABEL"]
    }
    cells += columns.map { dialect.header($0, onRelationship: isRelationships) }
    var bytes: [UInt8] = []
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      BulkCSVRow.appendField(cell, to: &bytes)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
    return bytes
  }
}

/// A property value of one row, in column order.
enum PropertyValue: Sendable {
  /// A string; nil or empty leaves the field empty (no property).
  case string(String?)
  case boolean(Bool)
  /// An integer; nil leaves the field empty.
  case int(Int?)
  /// A list; empty leaves the field empty.
  case strings([String])
}
