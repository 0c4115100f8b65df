/// The stable DOT ids of a diagram's nodes: `n1…` in sorted key order.
struct DOTNodeIDs {
  private var index: [String: Int] = [:]

  init(_ diagram: Diagram) throws(RenderError) {
    let keys = diagram.allNodes.map(\.key).sorted()
    for (position, key) in keys.enumerated() {
      guard index[key] == nil else { throw RenderError.duplicateNode(key) }
      index[key] = position + 1
    }
  }

  func id(_ key: String) -> String {
    "n\(index[key] ?? 0)"
  }

  /// Edges sorted by source id, target id, label, style and colour; throws on an unknown endpoint.
  func sortedEdges(_ edges: [DiagramEdge]) throws(RenderError) -> [DiagramEdge] {
    var keyed: [(Int, Int, String, String, String, DiagramEdge)] = []
    for edge in edges {
      guard let from = index[edge.from] else { throw RenderError.unknownNode(edge.from) }
      guard let to = index[edge.to] else { throw RenderError.unknownNode(edge.to) }
      keyed.append((from, to, edge.label?.fullText ?? "", edge.style.rawValue, edge.color, edge))
    }
    return keyed.sorted { ($0.0, $0.1, $0.2, $0.3, $0.4) < ($1.0, $1.1, $1.2, $1.3, $1.4) }
      .map(\.5)
  }
}
