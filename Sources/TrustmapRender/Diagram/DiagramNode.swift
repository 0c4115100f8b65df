/// One node of a diagram.
public struct DiagramNode: Hashable, Sendable {
  /// The caller's stable key (such as an ARN), which edges refer to; never written out.
  public var key: String
  /// What the node shows.
  public var label: DiagramLabel
  /// The outline shape (EDG-3).
  public var shape: NodeShape
  /// Whether the outline is dashed (EDG-3: external placeholders).
  public var dashed: Bool
  /// Whether the outline is doubled (EDG-3: administrators).
  public var doubleBorder: Bool
  /// The fill colour (`#rrggbb`).
  public var fillColor: String
  /// The outline colour (`#rrggbb`).
  public var borderColor: String
  /// The hover text; defaults to the label's full text when `nil`.
  public var tooltip: String?

  /// Creates a node.
  public init(
    key: String, label: DiagramLabel, shape: NodeShape = .box, dashed: Bool = false,
    doubleBorder: Bool = false, fillColor: String = "#ffffff", borderColor: String = "#5f6b7a",
    tooltip: String? = nil
  ) {
    self.key = key
    self.label = label
    self.shape = shape
    self.dashed = dashed
    self.doubleBorder = doubleBorder
    self.fillColor = fillColor
    self.borderColor = borderColor
    self.tooltip = tooltip
  }
}

/// Node outlines used by the diagrams (EDG-3).
public enum NodeShape: String, Hashable, Sendable, CaseIterable {
  /// A rounded box: users, accounts, groups of principals.
  case box
  /// An ellipse: roles.
  case ellipse
  /// A diamond: identity providers.
  case diamond
  /// A hexagon: AWS services.
  case hexagon
  /// A note: elision markers such as "12 more".
  case note
  /// An octagon: the public (anyone).
  case octagon
}
