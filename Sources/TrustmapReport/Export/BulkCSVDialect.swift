/// The two bulk-load CSV formats `trustmap export` writes: the header format of
/// `neo4j-admin database import` (read as well by `LOAD CSV` through `load.cypher`) and Amazon
/// Neptune's openCypher load format.
///
/// Both are RFC 4180 files with typed `name:type` headers and the system columns `:ID`,
/// `:LABEL`, `:START_ID`, `:END_ID` and `:TYPE`. They differ where Neptune is stricter:
///
/// | | neo4j | neptune |
/// | --- | --- | --- |
/// | type names | `string`, `boolean`, `int`, `string[]` | `String`, `Bool`, `Int`, `String[]` |
/// | relationship `:ID` column | none | required (`userProvidedEdgeIds`, the default) |
/// | list properties on relationships | `string[]` | one `String`, items joined by `; ` |
/// | `;` inside a list item | replaced by `；` (U+FF1B): the importer has no escape | `\;` |
public enum BulkCSVDialect: String, Sendable, CaseIterable {
  case neo4j
  case neptune

  /// The header name of a property column: `name:type`.
  func header(_ column: PropertyColumn, onRelationship: Bool) -> String {
    column.name + ":" + typeName(column.type, onRelationship: onRelationship)
  }

  /// The type as the header spells it.
  func typeName(_ type: PropertyType, onRelationship: Bool) -> String {
    switch (self, type) {
    case (.neo4j, .string): return "string"
    case (.neo4j, .boolean): return "boolean"
    case (.neo4j, .int): return "int"
    case (.neo4j, .strings): return "string[]"
    case (.neptune, .string): return "String"
    case (.neptune, .boolean): return "Bool"
    case (.neptune, .int): return "Int"
    case (.neptune, .strings): return onRelationship ? "String" : "String[]"
    }
  }

  /// Whether relationship files carry an `:ID` column.
  var relationshipIDs: Bool { self == .neptune }

  /// A list item with the array delimiter made harmless.
  func arrayItem(_ item: String) -> String {
    guard item.utf8.contains(UInt8(ascii: ";")) else { return item }
    switch self {
    case .neo4j: return item.replacingOccurrences(of: ";", with: "\u{FF1B}")
    case .neptune: return item.replacingOccurrences(of: ";", with: "\\;")
    }
  }

  /// How the items of a list are joined into one field.
  func joinedList(_ items: [String], onRelationship: Bool) -> String {
    if self == .neptune && onRelationship { return items.joined(separator: "; ") }
    return items.map(arrayItem).joined(separator: ";")
  }
}

/// The value type of a property column.
enum PropertyType: Sendable {
  case string
  case boolean
  case int
  case strings
}

/// A typed property column.
struct PropertyColumn: Sendable {
  let name: String
  let type: PropertyType

  init(_ name: String, _ type: PropertyType = .string) {
    self.name = name
    self.type = type
  }
}
