/// One arrow of a diagram, between two node keys.
public struct DiagramEdge: Hashable, Sendable {
  /// The key of the source node.
  public var from: String
  /// The key of the target node.
  public var to: String
  /// Text on the edge; may hold several lines.
  public var label: DiagramLabel?
  /// The line pattern (EDG-3: dashed = conditional, dotted = escalation).
  public var style: LineStyle
  /// The line colour (`#rrggbb`).
  public var color: String
  /// The line width in points; 1 is normal, 2.5 and more read as bold.
  public var penWidth: Double
  /// The hover text.
  public var tooltip: String?
  /// Whether the edge takes part in ranking; `false` keeps back-links from bending the layout.
  public var constraint: Bool

  /// Creates an edge.
  public init(
    from: String, to: String, label: DiagramLabel? = nil, style: LineStyle = .solid,
    color: String = "#5f6b7a", penWidth: Double = 1, tooltip: String? = nil,
    constraint: Bool = true
  ) {
    self.from = from
    self.to = to
    self.label = label
    self.style = style
    self.color = color
    self.penWidth = penWidth
    self.tooltip = tooltip
    self.constraint = constraint
  }
}

/// Line patterns for edges (EDG-3).
public enum LineStyle: String, Hashable, Sendable, CaseIterable {
  /// An allowed edge.
  case solid
  /// A conditional edge.
  case dashed
  /// An escalation edge.
  case dotted
}
