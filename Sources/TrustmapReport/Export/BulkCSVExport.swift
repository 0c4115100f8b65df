import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel

/// `trustmap export --format neo4j-csv|neptune-csv`: the trust graph, the accounts and OUs, and
/// the findings as bulk-load CSV files, streamed to disk (`docs/export.md`).
///
/// Graph node and edge rows are formatted in parallel chunks and written in order, never held
/// whole; the neo4j dialect also writes `load.cypher`, made from the same table descriptions.
public enum BulkCSVExport {
  /// The tables, in the order they are written (nodes before the relationships that need them).
  static let tables: [BulkCSVTable] = [
    GraphTables.nodes, OrgTables.accounts, OrgTables.orgNodes, FindingTables.nodes,
    GraphTables.relationships, OrgTables.accountResources, OrgTables.orgTree,
    OrgTables.orgAccounts, FindingTables.principals, FindingTables.accounts,
  ]

  /// Writes every table (and `load.cypher` for neo4j) into `files`.
  public static func write(
    _ input: ExportInput, dialect: BulkCSVDialect, subgraph: ExportSubgraph,
    to files: any ExportFileSet
  ) throws {
    let context = BulkCSVContext(input: input, dialect: dialect, subgraph: subgraph)
    try files.file(GraphTables.nodes.name) { GraphTables.writeNodes(context, to: $0) }
    try files.file(OrgTables.accounts.name) { OrgTables.writeAccounts(context, to: $0) }
    try files.file(OrgTables.orgNodes.name) { OrgTables.writeOrgNodes(context, to: $0) }
    try files.file(FindingTables.nodes.name) { FindingTables.writeNodes(context, to: $0) }
    try files.file(GraphTables.relationships.name) {
      GraphTables.writeRelationships(context, to: $0)
    }
    try files.file(OrgTables.accountResources.name) {
      OrgTables.writeAccountResources(context, to: $0)
    }
    try files.file(OrgTables.orgTree.name) { OrgTables.writeOrgTree(context, to: $0) }
    try files.file(OrgTables.orgAccounts.name) { OrgTables.writeOrgAccounts(context, to: $0) }
    try files.file(FindingTables.principals.name) {
      FindingTables.writePrincipals(context, to: $0)
    }
    try files.file(FindingTables.accounts.name) { FindingTables.writeAccounts(context, to: $0) }
    if dialect == .neo4j {
      let script = LoadCypher.script(tables: tables, types: context.relationshipTypes())
      try files.file(LoadCypher.fileName) { $0.write(script) }
    }
  }
}

/// What the table writers share.
struct BulkCSVContext: Sendable {
  let input: ExportInput
  let dialect: BulkCSVDialect
  let subgraph: ExportSubgraph

  var graph: TrustGraph { input.graph }

  /// A node row: `id`, labels, values.
  func nodeRow(
    _ id: String, labels: [String], _ values: [PropertyValue], into out: inout [UInt8]
  ) {
    var row = BulkCSVRow(dialect: dialect, onRelationship: false)
    row.text(id)
    row.text(labels.joined(separator: ";"))
    for value in values { row.value(value) }
    row.end(into: &out)
  }

  /// A relationship row; the neptune dialect adds an id made of type and endpoints.
  func relationshipRow(
    _ start: String, _ end: String, type: String, _ values: [PropertyValue],
    into out: inout [UInt8]
  ) {
    var row = BulkCSVRow(dialect: dialect, onRelationship: true)
    if dialect.relationshipIDs { row.text(type + "|" + start + "|" + end) }
    row.text(start)
    row.text(end)
    row.text(type)
    for value in values { row.value(value) }
    row.end(into: &out)
  }

  /// Writes `table`'s header, then `body`'s rows.
  func write(_ table: BulkCSVTable, to sink: ByteSink, _ body: (inout [UInt8]) -> Void) {
    var bytes = table.header(dialect)
    body(&bytes)
    sink.write(bytes)
  }

  /// Writes `bytes` to `sink` once they pass 1 MiB, so long tables stream.
  func flush(_ bytes: inout [UInt8], to sink: ByteSink) {
    guard bytes.count >= 1 << 20 else { return }
    sink.write(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Every relationship type the export writes, per table name (for `load.cypher`).
  func relationshipTypes() -> [String: [String]] {
    var kinds = Set<String>()
    var last: EdgeKind?
    for (position, edge) in graph.edges.enumerated()
    where edge.kind != last && subgraph.edgeKept[position] {
      kinds.insert(ExportEdge.kindText(edge.kind))
      last = edge.kind
    }
    return [
      GraphTables.relationships.name: kinds.map(ExportVocabulary.relationshipType).sorted(),
      OrgTables.accountResources.name: ["RESOURCE"], OrgTables.orgTree.name: ["RESOURCE"],
      OrgTables.orgAccounts.name: ["RESOURCE"],
      FindingTables.principals.name: [FindingTables.concerns],
      FindingTables.accounts.name: [FindingTables.affects],
    ]
  }
}
