import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// The trust graph's nodes and edges as bulk-load tables: exactly the nodes and edges of
/// `trustmap graph` (in the attack-paths scope, the kept ones).
enum GraphTables {
  static let nodes = BulkCSVTable(
    name: "nodes-graph.csv",
    shape: .nodes(labelSets: NodeKind.allCases.map(ExportVocabulary.labels(of:))),
    columns: [
      PropertyColumn("kind"), PropertyColumn("name"), PropertyColumn("arn"),
      PropertyColumn("account"), PropertyColumn("accountName"),
      PropertyColumn("admin", .boolean), PropertyColumn("adminStatus"),
      PropertyColumn("tier", .int), PropertyColumn("adminReasons", .strings),
      PropertyColumn("placement"), PropertyColumn("serviceLinked", .boolean),
    ])

  static let relationships = BulkCSVTable(
    name: "relationships-graph.csv",
    shape: .relationships(
      startLabel: ExportVocabulary.graphNodeLabel, endLabel: ExportVocabulary.graphNodeLabel),
    columns: [
      PropertyColumn("kind"), PropertyColumn("action"), PropertyColumn("traversable", .boolean),
      PropertyColumn("status"), PropertyColumn("conditions", .strings),
      PropertyColumn("unresolved", .strings), PropertyColumn("basis"),
      PropertyColumn("crossAccount", .boolean), PropertyColumn("public", .boolean),
      PropertyColumn("callerControlled", .strings), PropertyColumn("viaGroups", .strings),
      PropertyColumn("provenance", .strings), PropertyColumn("trustStatement"),
      PropertyColumn("identityStatement"), PropertyColumn("findings", .strings),
    ])

  static func writeNodes(_ context: BulkCSVContext, to sink: ByteSink) {
    sink.write(nodes.header(context.dialect))
    let graph = context.graph
    let organization = context.input.organization
    ChunkedWriter.write(count: graph.nodes.count, to: sink) { range, bytes in
      for position in range where context.subgraph.nodeKept[position] {
        let node = graph.nodes[position]
        context.nodeRow(
          node.id.rawValue, labels: ExportVocabulary.labels(of: node.kind),
          values(node, organization), into: &bytes)
      }
    }
  }

  static func values(_ node: GraphNode, _ organization: Organization) -> [PropertyValue] {
    let isIAMEntity = node.kind == .user || node.kind == .role || node.kind == .group
    return [
      .string(node.kind.rawValue), .string(node.name),
      .string(isIAMEntity ? node.id.rawValue : nil), .string(node.account?.rawValue),
      .string(node.account.map { organization.displayName(of: $0) }),
      .boolean(node.isAdmin), .string(node.admin.map { adminStatus($0.status) }),
      .int(node.admin?.tier), .strings(node.admin?.reasons ?? []),
      .string(node.placement?.rawValue), .boolean(node.isServiceLinked),
    ]
  }

  /// The admin status as one word (§5.1).
  static func adminStatus(_ status: AdminStatus) -> String {
    switch status {
    case .admin: return "admin"
    case .possibleAdmin: return "possible-admin"
    case .boundedSelfEscalation: return "bounded-self-escalation"
    case .highValue: return "high-value"
    case .none: return "none"
    }
  }

  static func writeRelationships(_ context: BulkCSVContext, to sink: ByteSink) {
    sink.write(relationships.header(context.dialect))
    let edges = context.graph.edges
    let findings = context.input.findingsByEdge()
    ChunkedWriter.write(count: edges.count, to: sink) { range, bytes in
      var labels = ConditionLabels()
      var types: [String: String] = [:]
      var onPath = FindingLookup(findings)
      // The buffer reads each edge in place (an array read would copy it first).
      edges.withUnsafeBufferPointer { edges in
        for position in range where context.subgraph.edgeKept[position] {
          let record = ExportEdge(edges[position], labels: &labels)
          let ids = onPath.ids(edges[position])
          let type = types[record.kind] ?? ExportVocabulary.relationshipType(ofKind: record.kind)
          types[record.kind] = type
          context.relationshipRow(
            record.source, record.target, type: type, values(record, findings: ids), into: &bytes)
        }
      }
    }
  }

  static func values(_ record: ExportEdge, findings: [String]) -> [PropertyValue] {
    [
      .string(record.kind), .string(record.action), .boolean(record.traversable),
      .string(record.status), .strings(record.conditions), .strings(record.unresolved),
      .string(record.basis), .boolean(record.crossAccount), .boolean(record.isPublic),
      .strings(record.callerControlled), .strings(record.viaGroups), .strings(record.provenance),
      .string(record.trustStatement), .string(record.identityStatement), .strings(findings),
    ]
  }
}
