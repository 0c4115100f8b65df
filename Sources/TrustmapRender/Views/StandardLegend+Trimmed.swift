extension StandardLegend {
  /// The principal legend reduced to what `nodes` and `edges` actually draw.
  ///
  /// A four-node path should not carry a legend of every shape and line style: entries for
  /// shapes, borders and line styles that do not occur are left out.
  public static func principals(drawing nodes: [DiagramNode], _ edges: [DiagramEdge])
    -> DiagramLegend
  {
    let keptNodes = principals.nodes.filter { sample in
      nodes.contains { node in
        sample.doubleBorder
          ? node.doubleBorder
          : sample.dashed ? node.dashed : node.shape == sample.shape && !node.dashed
      }
    }
    let keptEdges = principals.edges.filter { sample in
      edges.contains { edge in
        switch (sample.style, sample.color) {
        case (.dashed, _): return edge.style == .dashed
        case (.dotted, _): return edge.style == .dotted
        case (_, Palette.danger): return edge.color == Palette.danger
        case (_, Palette.crossAccount): return edge.color == Palette.crossAccount
        default:
          return sample.penWidth > 2 ? edge.penWidth > 2 : edge.style == .solid
        }
      }
    }
    return DiagramLegend(nodes: keptNodes, edges: keptEdges)
  }
}

extension Diagram {
  /// This diagram with its principal legend reduced to the shapes and lines it draws.
  func withPrincipalLegendTrimmed() -> Diagram {
    var copy = self
    copy.legend = StandardLegend.principals(drawing: allNodes, edges)
    return copy
  }
}
