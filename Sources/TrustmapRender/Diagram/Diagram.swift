/// A graph to draw, independent of Graphviz: clusters, nodes, edges, a legend and notes.
///
/// Node keys are the caller's stable identifiers (ARNs, account ids). They never reach the
/// output: `DOTWriter` assigns ids `n1…` in sorted key order, and only labels show names.
public struct Diagram: Hashable, Sendable {
  /// The title drawn above the diagram.
  public var title: String
  /// Notes drawn under the title, such as what was elided to keep the diagram readable.
  public var notes: [String]
  /// The direction in which ranks run.
  public var rankDirection: RankDirection
  /// The layout engine this diagram was designed for.
  public var engine: LayoutEngine
  /// Clusters at the top level; each may nest more clusters.
  public var clusters: [DiagramCluster]
  /// Nodes outside any cluster.
  public var nodes: [DiagramNode]
  /// Edges between node keys.
  public var edges: [DiagramEdge]
  /// The key explaining shapes, colours and line styles; `nil` draws none.
  public var legend: DiagramLegend?

  /// Creates a diagram.
  public init(
    title: String, notes: [String] = [], rankDirection: RankDirection = .topToBottom,
    engine: LayoutEngine = .dot, clusters: [DiagramCluster] = [], nodes: [DiagramNode] = [],
    edges: [DiagramEdge] = [], legend: DiagramLegend? = nil
  ) {
    self.title = title
    self.notes = notes
    self.rankDirection = rankDirection
    self.engine = engine
    self.clusters = clusters
    self.nodes = nodes
    self.edges = edges
    self.legend = legend
  }

  /// Every node, in clusters or not, in no particular order.
  public var allNodes: [DiagramNode] {
    nodes + clusters.flatMap(\.allNodes)
  }
}

/// The direction in which Graphviz's `dot` engine lays out ranks.
public enum RankDirection: String, Hashable, Sendable, CaseIterable {
  /// Top to bottom (`TB`).
  case topToBottom = "TB"
  /// Left to right (`LR`).
  case leftToRight = "LR"
}
