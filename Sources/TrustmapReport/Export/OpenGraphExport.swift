import TrustmapGraph
import TrustmapModel
import TrustmapPolicy

/// `trustmap export --format opengraph`: a BloodHound OpenGraph data payload
/// (`opengraph.json`, one node or edge per line, streamed) and the extension definition schema
/// BloodHound needs for pathfinding (`trustmap-extension.json`).
///
/// Node ids are Trustmap's ids with `%` and `:` percent-encoded (BloodHound does not fully
/// support colons in ids); the original id is kept in the `trustmap_id` property. Every kind is
/// under the `Trustmap` namespace; property names are lower case and values are strings,
/// numbers, booleans or string lists (never null).
public enum OpenGraphExport {
  /// The data payload's file name.
  public static let payloadFileName = "opengraph.json"

  /// Writes the payload and the extension schema into `files`.
  public static func write(
    _ input: ExportInput, subgraph: ExportSubgraph, to files: any ExportFileSet
  ) throws {
    var kinds: [String: Bool] = [:]
    try files.file(payloadFileName) { sink in
      sink.write(
        "{\n\"metadata\": {\"source_kind\": \"\(ExportVocabulary.openGraphNamespace)\"},\n"
          + "\"graph\": {\n\"nodes\": [\n")
      writeNodes(input, subgraph: subgraph, to: sink)
      sink.write("\n],\n\"edges\": [\n")
      kinds = writeEdges(input.graph, subgraph: subgraph, to: sink)
      sink.write("\n]\n}\n}\n")
    }
    try files.file(OpenGraphSchema.fileName) { $0.write(OpenGraphSchema.text(edgeKinds: kinds)) }
  }

  /// A node id without colons: `%` → `%25`, `:` → `%3A` (reversible, so ids stay unique).
  public static func nodeID(_ id: String) -> String {
    guard id.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "%") }) else {
      return id
    }
    return id.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: ":", with: "%3A")
  }

  static func writeNodes(_ input: ExportInput, subgraph: ExportSubgraph, to sink: ByteSink) {
    let graph = input.graph
    let organization = input.organization
    let first = subgraph.nodeKept.firstIndex(of: true)
    ChunkedWriter.write(count: graph.nodes.count, to: sink) { range, bytes in
      for position in range where subgraph.nodeKept[position] {
        if position != first { bytes.append(contentsOf: ",\n".utf8) }
        let node = graph.nodes[position]
        let accountName = node.account.map { organization.displayName(of: $0) }
        OpenGraphJSON.node(node, accountName: accountName, to: &bytes)
      }
    }
  }

  /// Writes the kept edges; returns every edge kind written with whether it is traversable.
  static func writeEdges(
    _ graph: TrustGraph, subgraph: ExportSubgraph, to sink: ByteSink
  ) -> [String: Bool] {
    let first = subgraph.edgeKept.firstIndex(of: true)
    var kinds: [String: Bool] = [:]
    var last: EdgeKind?
    for (position, edge) in graph.edges.enumerated()
    where edge.kind != last && subgraph.edgeKept[position] {
      kinds[ExportEdge.kindText(edge.kind)] = ExportEdge.isTraversable(edge.kind)
      last = edge.kind
    }
    let edges = graph.edges
    ChunkedWriter.write(count: edges.count, to: sink) { range, bytes in
      var labels = ConditionLabels()
      var names: [String: String] = [:]
      edges.withUnsafeBufferPointer { edges in
        for position in range where subgraph.edgeKept[position] {
          if position != first { bytes.append(contentsOf: ",\n".utf8) }
          let record = ExportEdge(edges[position], labels: &labels)
          let kind = names[record.kind] ?? ExportVocabulary.openGraphEdgeKind(ofKind: record.kind)
          names[record.kind] = kind
          OpenGraphJSON.edge(record, kind: kind, to: &bytes)
        }
      }
    }
    return kinds
  }
}
