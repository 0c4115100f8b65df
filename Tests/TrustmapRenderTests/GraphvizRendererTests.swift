import Foundation
import Testing
import TrustmapRender

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("GraphvizRenderer", .tags(.graphviz))
struct GraphvizRendererTests {
  let renderer = GraphvizRenderer()

  @Test func svgHasARootAndOneTitlePerNode() throws {
    let diagram = EscalationPathDiagram.diagram(Northwind.path)
    let svg = String(decoding: try renderer.render(diagram, format: .svg), as: UTF8.self)
    #expect(svg.contains("<svg"))
    for index in 1...diagram.allNodes.count {
      #expect(svg.components(separatedBy: "<title>n\(index)</title>").count == 2)
    }
    #expect(isWellFormedXML(svg))
  }

  @Test func pngStartsWithItsMagicBytes() throws {
    let png = try renderer.render(EscalationPathDiagram.diagram(Northwind.path), format: .png)
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  }

  @Test func pdfStartsWithItsHeader() throws {
    let pdf = try renderer.render(EscalationPathDiagram.diagram(Northwind.path), format: .pdf)
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
  }

  @Test func dotFormatIsOurTextUnlaidOut() throws {
    let diagram = EscalationPathDiagram.diagram(Northwind.path)
    let bytes = try renderer.render(diagram, format: .dot)
    #expect(String(decoding: bytes, as: UTF8.self) == (try DOTWriter().write(diagram)))
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineLoadsWithoutTheDotProgram(engine: LayoutEngine) throws {
    let svg = try renderer.render(
      AccountDiagram.diagram(Northwind.devAccount), format: .svg, engine: engine)
    #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
  }

  @Test func invalidDOTGivesLibcgraphsMessage() {
    // libcgraph's line counter is global state, so match the message, not the line number.
    let error = #expect(throws: RenderError.self) {
      try renderer.render(dot: "digraph { a -> }", format: .svg)
    }
    guard case .invalidDOT(let reason) = error else {
      Issue.record("expected invalidDOT, got \(String(describing: error))")
      return
    }
    #expect(reason.hasPrefix("syntax error in line "))
    #expect(reason.hasSuffix("near '}'"))
    // The parser recovers: the next render works.
    #expect(throws: Never.self) { try renderer.render(dot: "digraph { a -> b }") }
  }

  @Test func invalidDOTLeavesStderrEmpty() async {
    let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
      _ = try? GraphvizRenderer().render(dot: "digraph { a -> }", format: .svg)
      _ = try? GraphvizRenderer().render(dot: "digraph { a [label=<<b>x>] }", format: .svg)
    }
    #expect(result?.standardErrorContent.isEmpty == true)
  }

  @Test func badHTMLLabelIsAnError() {
    #expect(throws: RenderError.self) {
      try renderer.render(dot: "digraph { a [label=<<b>unclosed>] }", format: .svg)
    }
  }

  @Test("32 parallel renders are safe and give identical bytes")
  func parallelRenders() async throws {
    // Clustered on purpose: with libcgraph's default address-based IDs the cluster order, and so
    // the layout, varied between renders in one process.
    let diagram = OverviewDiagram.diagram(Northwind.overview)
    let expected = try renderer.render(diagram, format: .svg)
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<32 {
        group.addTask { try GraphvizRenderer().render(diagram, format: .svg) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 32)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func northwindViewsRenderAsPNG() throws {
    let views: [(String, Diagram)] = [
      ("overview", OverviewDiagram.diagram(Northwind.overview)),
      ("path", EscalationPathDiagram.diagram(Northwind.path)),
      ("account", AccountDiagram.diagram(Northwind.devAccount)),
      ("principal", PrincipalDiagram.diagram(Northwind.danRadius)),
    ]
    let folder = ProcessInfo.processInfo.environment["TRUSTMAP_DIAGRAM_DIR"]
    for (name, diagram) in views {
      let png = try renderer.render(diagram, format: .png)
      #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
      if let folder {
        try Data(png).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".png"))
      }
    }
  }
}

func isWellFormedXML(_ text: String) -> Bool {
  let parser = XMLParser(data: Data(text.utf8))
  parser.shouldResolveExternalEntities = false
  return parser.parse()
}
