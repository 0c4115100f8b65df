/// The key to a diagram: sample nodes for shapes and colours, sample edges for line styles.
public struct DiagramLegend: Hashable, Sendable {
  /// Sample nodes, each labelled with what it stands for.
  public var nodes: [DiagramNode]
  /// Sample edges, each labelled with what it stands for; drawn between two small dots.
  public var edges: [DiagramEdge]

  /// Creates a legend.
  ///
  /// The keys of the sample nodes and edges only need to be unique here.
  public init(nodes: [DiagramNode] = [], edges: [DiagramEdge] = []) {
    self.nodes = nodes
    self.edges = edges
  }
}
