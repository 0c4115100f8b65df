import Foundation
import Testing
import TrustmapRender

/// Names, paths and tags come from untrusted files: none may escape its label.
@Suite("Hostile labels", .tags(.graphviz))
struct HostileLabelTests {
  static let hostile = [
    "\"]; n1 -> n2; x [label=\"", "</B>><script>alert(1)</script>", "<script src=//x>",
    "a\\\"b\\", "\\N\\G\\E\\L", "&bogus; &amp; &#0; &lt;script&gt;", "line1\nline2\r\u{0}end",
    "\u{202E}evil\u{2066}", "Zoë/東京/🚀", String(repeating: "very-long-role-name/", count: 30),
    "]]><!--", "'single' \"double\"",
  ]

  func diagram(_ text: String) -> Diagram {
    let evil = DiagramPrincipal(
      id: "arn:aws:iam::111111111111:role/" + text, name: text, accountID: "111111111111",
      accountName: text, kind: .role, isAdmin: true)
    let plain = DiagramPrincipal(
      id: "plain", name: "plain", accountID: "222222222222", kind: .user)
    return EscalationPathDiagram.diagram(
      EscalationPathInput(
        title: text, steps: [plain, evil],
        hops: [DiagramTrust(from: "plain", to: evil.id, action: text, conditions: [text])]))
  }

  @Test(arguments: hostile)
  func svgStaysWellFormedWithoutScript(text: String) throws {
    var plainLabels = diagram(text)
    plainLabels.nodes = plainLabels.allNodes.map { node in
      var node = node
      node.label = .plain([text, text])
      return node
    }
    plainLabels.clusters = []
    for candidate in [diagram(text), plainLabels] {
      let svg = String(decoding: try GraphvizRenderer().render(candidate), as: UTF8.self)
      #expect(isWellFormedXML(svg), "\(svg)")
      #expect(!svg.lowercased().contains("<script"))
      #expect(svg.components(separatedBy: "<title>n1</title>").count == 2)
      #expect(svg.components(separatedBy: "<title>n2</title>").count == 2)
      #expect(!svg.contains("<title>n3</title>"), "a label broke out and created a node")
    }
  }

  @Test func backslashesAndAmpersandsShowLiterally() throws {
    let svg = String(decoding: try GraphvizRenderer().render(diagram("a\\Nb &x;")), as: UTF8.self)
    #expect(svg.contains("a\\Nb &amp;x;"))
  }

  @Test func truncatedNamesKeepTheirFullTextInTheTooltip() throws {
    let name = String(repeating: "x", count: 200)
    let svg = String(decoding: try GraphvizRenderer().render(diagram(name)), as: UTF8.self)
    #expect(svg.contains(String(repeating: "x", count: DOTText.maximumLineLength - 1) + "…"))
    #expect(svg.contains(name))
  }
}
