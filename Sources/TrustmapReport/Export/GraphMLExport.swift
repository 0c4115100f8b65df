import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// `trustmap export --format graphml`: the trust graph as GraphML (`trustmap.graphml`) for
/// Gephi, yEd, Cytoscape and NetworkX, streamed.
///
/// Node ids are Trustmap's ids; attributes are typed `string`, `boolean` or `int` keys; lists
/// (conditions, provenance, …) are one string with the items joined by `; `. Text is escaped
/// for XML, and characters XML 1.0 cannot carry (control characters) become U+FFFD.
public enum GraphMLExport {
  /// The file name.
  public static let fileName = "trustmap.graphml"

  /// A GraphML attribute key.
  struct Key {
    let id: String
    let type: String
  }

  static let nodeKeys = [
    Key(id: "label", type: "string"), Key(id: "kind", type: "string"),
    Key(id: "account", type: "string"), Key(id: "admin", type: "boolean"),
    Key(id: "admin_status", type: "string"), Key(id: "tier", type: "int"),
    Key(id: "placement", type: "string"), Key(id: "service_linked", type: "boolean"),
  ]

  static let edgeKeys = [
    Key(id: "kind", type: "string"), Key(id: "action", type: "string"),
    Key(id: "traversable", type: "boolean"), Key(id: "status", type: "string"),
    Key(id: "conditions", type: "string"), Key(id: "unresolved", type: "string"),
    Key(id: "basis", type: "string"), Key(id: "cross_account", type: "boolean"),
    Key(id: "public", type: "boolean"), Key(id: "caller_controlled", type: "string"),
    Key(id: "via_groups", type: "string"), Key(id: "provenance", type: "string"),
    Key(id: "trust_statement", type: "string"), Key(id: "identity_statement", type: "string"),
  ]

  /// Writes the GraphML file into `files`.
  public static func write(
    _ input: ExportInput, subgraph: ExportSubgraph, to files: any ExportFileSet
  ) throws {
    try files.file(fileName) { sink in
      sink.write(header())
      let graph = input.graph
      ChunkedWriter.write(count: graph.nodes.count, to: sink) { range, bytes in
        for position in range where subgraph.nodeKept[position] {
          node(graph.nodes[position], to: &bytes)
        }
      }
      let edges = graph.edges
      ChunkedWriter.write(count: edges.count, to: sink) { range, bytes in
        var labels = ConditionLabels()
        edges.withUnsafeBufferPointer { edges in
          for position in range where subgraph.edgeKept[position] {
            edge(ExportEdge(edges[position], labels: &labels), id: position, to: &bytes)
          }
        }
      }
      sink.write("  </graph>\n</graphml>\n")
    }
  }

  static func header() -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
    ]
    for (scope, keys) in [("node", nodeKeys), ("edge", edgeKeys)] {
      for key in keys {
        lines.append(
          "  <key id=\"\(scope)_\(key.id)\" for=\"\(scope)\" attr.name=\"\(key.id)\" "
            + "attr.type=\"\(key.type)\"/>")
      }
    }
    lines.append("  <graph id=\"trustmap\" edgedefault=\"directed\">")
    return lines.joined(separator: "\n") + "\n"
  }

  static func node(_ node: GraphNode, to out: inout [UInt8]) {
    out.append(contentsOf: "    <node id=\"".utf8)
    XMLText.append(node.id.rawValue, to: &out)
    out.append(contentsOf: "\">".utf8)
    var data = DataElements(scope: "node")
    data.add("label", node.name)
    data.add("kind", node.kind.rawValue)
    data.add("account", node.account?.rawValue)
    data.add("admin", node.isAdmin ? "true" : "false")
    data.add("admin_status", node.admin.map { GraphTables.adminStatus($0.status) })
    data.add("tier", node.admin?.tier.map(String.init))
    data.add("placement", node.placement?.rawValue)
    data.add("service_linked", node.isServiceLinked ? "true" : "false")
    out.append(contentsOf: data.bytes)
    out.append(contentsOf: "</node>\n".utf8)
  }

  static func edge(_ record: ExportEdge, id: Int, to out: inout [UInt8]) {
    out.append(contentsOf: "    <edge id=\"e\(id)\" source=\"".utf8)
    XMLText.append(record.source, to: &out)
    out.append(contentsOf: "\" target=\"".utf8)
    XMLText.append(record.target, to: &out)
    out.append(contentsOf: "\">".utf8)
    var data = DataElements(scope: "edge")
    data.add("kind", record.kind)
    data.add("action", record.action)
    data.add("traversable", record.traversable ? "true" : "false")
    data.add("status", record.status)
    data.add("conditions", record.conditions)
    data.add("unresolved", record.unresolved)
    data.add("basis", record.basis)
    data.add("cross_account", record.crossAccount ? "true" : "false")
    data.add("public", record.isPublic ? "true" : "false")
    data.add("caller_controlled", record.callerControlled)
    data.add("via_groups", record.viaGroups)
    data.add("provenance", record.provenance)
    data.add("trust_statement", record.trustStatement)
    data.add("identity_statement", record.identityStatement)
    out.append(contentsOf: data.bytes)
    out.append(contentsOf: "</edge>\n".utf8)
  }

  /// The `<data>` elements of one node or edge; absent values are left out.
  struct DataElements {
    let scope: String
    private(set) var bytes: [UInt8] = []

    init(scope: String) { self.scope = scope }

    mutating func add(_ key: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      bytes.append(contentsOf: "<data key=\"\(scope)_\(key)\">".utf8)
      XMLText.append(value, to: &bytes)
      bytes.append(contentsOf: "</data>".utf8)
    }

    mutating func add(_ key: String, _ items: [String]) {
      add(key, items.joined(separator: "; "))
    }
  }
}
