import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapPolicy
import TrustmapReport

/// JSON shapes of nodes, edges, paths and findings (documented in README "JSON output").
enum GraphJSON {
  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }

  static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

  static func node(_ node: GraphNode) -> JSONValue {
    object([
      ("id", .string(node.id.rawValue)), ("kind", .string(node.kind.rawValue)),
      ("account", node.account.map { .string($0.rawValue) } ?? .null),
      ("name", .string(node.name)), ("admin", .bool(node.isAdmin)),
      ("tier", node.admin?.tier.map { .number(String($0)) } ?? .null),
      ("placement", node.placement.map { .string($0.rawValue) } ?? .null),
      ("serviceLinked", .bool(node.isServiceLinked)),
    ])
  }

  static func edge(_ edge: GraphEdge) -> JSONValue {
    let record = EdgeRecord(edge)
    return object([
      ("from", .string(record.source)), ("to", .string(record.target)),
      ("action", .string(record.action)), ("kind", .string(record.kind)),
      ("status", .string(record.status)), ("conditions", strings(record.conditions)),
      ("unresolved", strings(record.unresolved)),
      ("basis", record.basis.map { .string($0) } ?? .null),
      ("crossAccount", .bool(record.crossAccount)), ("public", .bool(record.isPublic)),
      ("callerControlled", strings(record.callerControlled)),
      ("viaGroups", strings(record.viaGroups)), ("provenance", strings(record.provenance)),
    ])
  }

  static func path(_ path: TrustPath) -> JSONValue {
    object([
      ("status", .string(path.isAllowed ? "allowed" : "conditional")),
      ("conditions", strings(path.conditions)),
      ("roleChainLength", .number(String(path.roleChainLength))),
      ("chained", .bool(path.isChained)), ("hops", .array(path.hops.map(edge))),
    ])
  }

  static func finding(_ finding: Finding) -> JSONValue {
    object([
      ("id", .string(finding.id)), ("kind", .string(finding.kind.rawValue)),
      ("severity", .string(finding.severity.rawValue)), ("title", .string(finding.title)),
      ("principals", strings(finding.principals.map(\.rawValue))),
      ("accounts", strings(finding.accounts.map(\.rawValue))),
      ("principalCount", .number(String(finding.principalCount))),
      ("path", finding.path.map(path) ?? .null), ("evidence", strings(finding.evidence)),
    ])
  }

  /// One text line per hop.
  static func hopLines(_ path: TrustPath) -> [String] {
    path.hops.flatMap { hop -> [String] in
      let status =
        hop.isAllowed
        ? "allowed" : "conditional [" + hop.conditionLabels.joined(separator: ", ") + "]"
      let why = hop.decision.provenance.filter { $0.role == .granted }.map(\.location.description)
      return ["  \(hop.source) -> \(hop.target) (\(hop.kind.action), \(status))"]
        + why.map { "      via " + $0 }
    }
  }
}
