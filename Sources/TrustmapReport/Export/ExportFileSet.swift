/// Where an export puts its files: a directory, or memory in tests.
public protocol ExportFileSet: AnyObject {
  /// Creates the file `name` (relative to the export's folder) and lets `body` fill its sink;
  /// the file is complete when this returns.
  func file(_ name: String, _ body: (ByteSink) throws -> Void) throws
}

/// The formats of `trustmap export`.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// `neo4j-admin database import` CSV files plus `load.cypher` for `LOAD CSV`.
  case neo4jCSV = "neo4j-csv"
  /// Amazon Neptune openCypher load CSV files.
  case neptuneCSV = "neptune-csv"
  /// BloodHound OpenGraph JSON plus its extension definition schema.
  case openGraph = "opengraph"
  /// GraphML (Gephi, yEd, Cytoscape, NetworkX).
  case graphML = "graphml"

  /// The part of the graph a format writes unless told otherwise.
  public var defaultScope: ExportScope { self == .openGraph ? .attackPaths : .all }
}

/// Which part of the trust graph an export writes.
public enum ExportScope: String, Sendable, CaseIterable {
  /// Every node and edge.
  case all
  /// The attack-relevant subgraph (`AttackSubgraph`).
  case attackPaths = "attack-paths"
}
