/// A box around related nodes, such as an organisational unit or an account; clusters nest.
public struct DiagramCluster: Hashable, Sendable {
  /// A stable key, used only to sort; never written to the output.
  public var key: String
  /// The caption drawn at the top of the box.
  public var label: DiagramLabel
  /// The fill colour (`#rrggbb`).
  public var fillColor: String
  /// The border colour (`#rrggbb`).
  public var borderColor: String
  /// Whether the border is dashed (such as outside the organisation).
  public var dashed: Bool
  /// The nodes directly inside this cluster.
  public var nodes: [DiagramNode]
  /// Clusters nested inside this one.
  public var clusters: [DiagramCluster]

  /// Creates a cluster.
  public init(
    key: String, label: DiagramLabel, fillColor: String = "#f7f8fa",
    borderColor: String = "#c5cbd3", dashed: Bool = false, nodes: [DiagramNode] = [],
    clusters: [DiagramCluster] = []
  ) {
    self.key = key
    self.label = label
    self.fillColor = fillColor
    self.borderColor = borderColor
    self.dashed = dashed
    self.nodes = nodes
    self.clusters = clusters
  }

  /// The nodes in this cluster and every nested one.
  public var allNodes: [DiagramNode] {
    nodes + clusters.flatMap(\.allNodes)
  }
}
