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
    let flat = ExportEdge(edge)
    return object([
      ("from", .string(flat.source)), ("to", .string(flat.target)),
      ("action", .string(flat.action)), ("kind", .string(flat.kind)),
      ("status", .string(flat.status)), ("conditions", strings(flat.conditions)),
      ("unresolved", strings(flat.unresolved)),
      ("basis", flat.basis.map { .string($0) } ?? .null),
      ("crossAccount", .bool(flat.crossAccount)), ("public", .bool(flat.isPublic)),
      ("callerControlled", strings(flat.callerControlled)),
      ("viaGroups", strings(flat.viaGroups)), ("provenance", strings(flat.provenance)),
      ("grants", .array(EdgeRecord(edge).grants.map(grant))),
    ])
  }

  /// One statement of an edge: action, layer, effect and where the statement is.
  static func grant(_ grant: EdgeGrant) -> JSONValue {
    let source = grant.location.source
    return object([
      ("action", .string(grant.action)), ("layer", .string(grant.layer.rawValue)),
      ("effect", .string(grant.effect.rawValue)),
      ("policy", .string(StatementLookup.policyName(source))),
      ("policyId", source.policyID.map { .string($0) } ?? .null),
      ("holder", source.holder.map { .string($0) } ?? .null),
      ("index", .number(String(grant.location.index))),
      ("sid", grant.location.sid.map { .string($0) } ?? .null),
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
