/// A legend as one HTML-like table node: compact, and placed like any other node.
enum DOTLegendTable {
  /// The table around `rows`.
  static func table(_ rows: [String]) -> String {
    "<TABLE BORDER=\"1\" COLOR=\"#c5cbd3\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
      + "CELLPADDING=\"2\" BGCOLOR=\"#ffffff\"><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">"
      + "<B>Legend</B></TD></TR>" + rows.joined() + "</TABLE>"
  }

  /// A row with a swatch in the node's colours and its explanation.
  static func row(node: DiagramNode) -> String {
    let swatch =
      "<TD BGCOLOR=\(attribute(node.fillColor)) COLOR=\(attribute(node.borderColor)) "
      + "BORDER=\"\(node.doubleBorder ? 3 : 1)\" STYLE=\"rounded\" WIDTH=\"30\" HEIGHT=\"14\"> </TD>"
    return "<TR>" + swatch + text(node.label.fullText) + "</TR>"
  }

  /// A row with a short line in the edge's colour, pattern and weight, and its explanation.
  static func row(edge: DiagramEdge) -> String {
    let glyph: String
    switch edge.style {
    case .solid: glyph = edge.penWidth >= 2 ? "━━━━▶" : "────▶"
    case .dashed: glyph = "╌╌╌╌▶"
    case .dotted: glyph = "┈┈┈┈▶"
    }
    let line = "<TD><FONT COLOR=\(attribute(edge.color))>" + glyph + "</FONT></TD>"
    return "<TR>" + line + text(edge.label?.fullText ?? "") + "</TR>"
  }

  private static func text(_ value: String) -> String {
    "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">" + DOTText.html(value) + "</FONT></TD>"
  }

  private static func attribute(_ value: String) -> String {
    "\"" + DOTText.escapedForHTML(value) + "\""
  }
}
