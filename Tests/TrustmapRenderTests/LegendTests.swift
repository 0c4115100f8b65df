import Testing

@testable import TrustmapRender

@Suite("Legends")
struct LegendTests {
  @Test("a path legend lists only the shapes and line styles the path draws")
  func pathLegendIsTrimmed() throws {
    let diagram = EscalationPathDiagram.diagram(Northwind.path)
    let legend = try #require(diagram.legend)
    let labels = (legend.nodes.map(\.label) + legend.edges.compactMap(\.label)).map {
      "\($0)"
    }
    let drawsConditional = diagram.edges.contains { $0.style == .dashed }
    #expect(labels.contains { $0.contains("role — ellipse") })
    #expect(labels.contains { $0.contains("conditional") } == drawsConditional)
    #expect(!labels.contains { $0.contains("hexagon") })
    #expect(!labels.contains { $0.contains("escalation") })
  }

  @Test("every legend entry of the full legend survives when everything is drawn")
  func fullLegendKeepsAll() {
    let full = StandardLegend.principals
    let trimmed = StandardLegend.principals(drawing: full.nodes, full.edges)
    #expect(trimmed == full)
  }
}
