import Testing
import TrustmapRender
import TrustmapTestSupport

/// Golden DOT for each view on the Northwind sample (style guide §8).
@Suite("View DOT goldens")
struct ViewGoldenTests {
  let writer = DOTWriter()

  @Test func overviewNorthwind() throws {
    assertGolden(try writer.write(OverviewDiagram.diagram(Northwind.overview)), ext: "dot")
  }

  @Test func escalationPathDanToProdDeploy() throws {
    assertGolden(try writer.write(EscalationPathDiagram.diagram(Northwind.path)), ext: "dot")
  }

  @Test func accountViewDev() throws {
    assertGolden(try writer.write(AccountDiagram.diagram(Northwind.devAccount)), ext: "dot")
  }

  @Test func principalViewDan() throws {
    assertGolden(try writer.write(PrincipalDiagram.diagram(Northwind.danRadius)), ext: "dot")
  }

  @Test("Input order does not change the DOT text")
  func deterministic() throws {
    var shuffled = Northwind.devAccount
    shuffled.principals.reverse()
    shuffled.links.reverse()
    #expect(
      try writer.write(AccountDiagram.diagram(shuffled))
        == writer.write(AccountDiagram.diagram(Northwind.devAccount)))
  }

  @Test("DOT has stable n… ids; ARNs appear only inside labels and tooltips")
  func idsAreOpaque() throws {
    let dot = try writer.write(EscalationPathDiagram.diagram(Northwind.path))
    for line in dot.split(separator: "\n") where line.contains("->") {
      #expect(line.trimmingPrefix(while: \.isWhitespace).hasPrefix("n") || line.contains("le"))
    }
    #expect(dot.hasSuffix("}\n"))
    #expect(!dot.contains("\r"))
  }
}
