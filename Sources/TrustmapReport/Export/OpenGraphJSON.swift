import TrustmapGraph
import TrustmapModel

/// One OpenGraph node or edge as a line of compact JSON.
enum OpenGraphJSON {
  /// A node; `accountName` names its account (BloodHound shows and searches `name`, so IAM
  /// users, roles and groups are named `<account name>:<kind>/<name>`, unique in practice).
  static func node(_ node: GraphNode, accountName: String?, to out: inout [UInt8]) {
    out.append(contentsOf: "{\"id\": ".utf8)
    JSONValue.appendQuoted(OpenGraphExport.nodeID(node.id.rawValue), to: &out)
    out.append(contentsOf: ", \"kinds\": ".utf8)
    strings(ExportVocabulary.openGraphKinds(of: node.kind), to: &out)
    var properties = Properties()
    let isIAMEntity = node.kind == .user || node.kind == .role || node.kind == .group
    let qualified = accountName.map { $0 + ":" + node.kind.rawValue + "/" + node.name }
    properties.string("name", isIAMEntity ? qualified ?? node.name : node.name)
    properties.string("short_name", node.name)
    properties.string("trustmap_id", node.id.rawValue)
    properties.string("node_kind", node.kind.rawValue)
    if isIAMEntity { properties.string("arn", node.id.rawValue) }
    properties.string("account", node.account?.rawValue)
    properties.bool("admin", node.isAdmin)
    if let admin = node.admin {
      properties.string("admin_status", GraphTables.adminStatus(admin.status))
      if let tier = admin.tier { properties.raw("tier", String(tier)) }
      properties.strings("admin_reasons", admin.reasons)
    }
    properties.string("placement", node.placement?.rawValue)
    properties.bool("service_linked", node.isServiceLinked)
    out.append(contentsOf: ", \"properties\": ".utf8)
    out.append(contentsOf: properties.closed)
    out.append(UInt8(ascii: "}"))
  }

  /// An edge; `kind` is its OpenGraph kind.
  static func edge(_ record: ExportEdge, kind: String, to out: inout [UInt8]) {
    out.append(contentsOf: "{\"kind\": ".utf8)
    JSONValue.appendQuoted(kind, to: &out)
    out.append(contentsOf: ", \"start\": {\"match_by\": \"id\", \"value\": ".utf8)
    JSONValue.appendQuoted(OpenGraphExport.nodeID(record.source), to: &out)
    out.append(contentsOf: "}, \"end\": {\"match_by\": \"id\", \"value\": ".utf8)
    JSONValue.appendQuoted(OpenGraphExport.nodeID(record.target), to: &out)
    var properties = Properties()
    properties.string("trustmap_kind", record.kind)
    properties.string("action", record.action)
    properties.bool("traversable", record.traversable)
    properties.string("status", record.status)
    properties.strings("conditions", record.conditions)
    properties.strings("unresolved", record.unresolved)
    properties.string("basis", record.basis)
    properties.bool("cross_account", record.crossAccount)
    properties.bool("public", record.isPublic)
    properties.strings("caller_controlled", record.callerControlled)
    properties.strings("via_groups", record.viaGroups)
    properties.strings("provenance", record.provenance)
    properties.string("trust_statement", record.trustStatement)
    properties.string("identity_statement", record.identityStatement)
    out.append(contentsOf: "}, \"properties\": ".utf8)
    out.append(contentsOf: properties.closed)
    out.append(UInt8(ascii: "}"))
  }

  static func strings(_ items: [String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, item) in items.enumerated() {
      if index > 0 { out.append(contentsOf: ", ".utf8) }
      JSONValue.appendQuoted(item, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// A JSON object of primitive properties; nil and empty strings are left out (OpenGraph
  /// allows no null).
  struct Properties {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]

    mutating func string(_ key: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      self.key(key)
      JSONValue.appendQuoted(value, to: &bytes)
    }

    mutating func bool(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }

    mutating func raw(_ key: String, _ literal: String) {
      self.key(key)
      bytes.append(contentsOf: literal.utf8)
    }

    mutating func strings(_ key: String, _ items: [String]) {
      self.key(key)
      OpenGraphJSON.strings(items, to: &bytes)
    }

    private mutating func key(_ key: String) {
      if bytes.count > 1 { bytes.append(contentsOf: ", ".utf8) }
      JSONValue.appendQuoted(key, to: &bytes)
      bytes.append(contentsOf: ": ".utf8)
    }

    var closed: [UInt8] { bytes + [UInt8(ascii: "}")] }
  }
}
