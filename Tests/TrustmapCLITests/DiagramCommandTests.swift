import Foundation
import Testing
import TrustmapRender
import TrustmapTestSupport

@testable import TrustmapCLI

@Suite("trustmap diagram")
struct DiagramCommandTests {
  func parse<T>(_ arguments: [String], as type: T.Type) throws -> T {
    try #require(try TrustmapCommand.parseAsRoot(["diagram"] + arguments) as? T)
  }

  @Test("overview of Samples as DOT (golden)")
  func overviewDOT() throws {
    let command = try parse(
      ["overview", SamplesFixture.samples, "--format", "dot"], as: OverviewDiagramCommand.self)
    let dot = try DOTWriter().write(try command.diagram().diagram)
    assertGolden(dot, ext: "dot")
  }

  @Test("path dan.dev → prod-deploy as DOT (golden): 3 hops through the shared runner")
  func pathDOT() throws {
    let command = try parse(
      [
        "path", SamplesFixture.samples, "--from", "northwind-dev:user/dan.dev",
        "--to", "northwind-prod:role/prod-deploy", "--format", "dot",
      ], as: PathDiagramCommand.self)
    let diagram = try #require(try command.diagram().diagram)
    #expect(diagram.edges.count == 3)
    assertGolden(try DOTWriter().write(diagram), ext: "dot")
  }

  @Test("path --finding draws the finding's evidence path")
  func findingPath() throws {
    let command = try parse(
      [
        "path", SamplesFixture.samples, "--finding",
        "public-trust:arn:aws:iam::666666666666:role/demo-shared-readonly",
      ],
      as: PathDiagramCommand.self)
    let diagram = try #require(try command.diagram().diagram)
    #expect(diagram.allNodes.count == 2)
  }

  @Test("no path (sandbox stays in the sandbox): nil diagram, so exit status 3")
  func noPath() throws {
    let command = try parse(
      [
        "path", SamplesFixture.samples, "--from", "666666666666:role/batch-worker",
        "--to", "333333333333:role/artifact-reader",
      ], as: PathDiagramCommand.self)
    #expect(try command.diagram().diagram == nil)
  }

  @Test("argument errors: both --finding and --from, png without --output, unknown account")
  func errors() throws {
    #expect(throws: (any Error).self) {
      try TrustmapCommand.parseAsRoot([
        "diagram", "path", "x", "--from", "a", "--to", "b", "--finding", "f",
      ])
    }
    #expect(throws: (any Error).self) {
      try TrustmapCommand.parseAsRoot(["diagram", "overview", "x", "--format", "png"])
    }
    let command = try parse(
      ["account", "nope", SamplesFixture.samples], as: AccountDiagramCommand.self)
    #expect(throws: (any Error).self) { try command.diagram() }
  }

  @Test("account and principal views render to SVG with a title per node")
  func svg() throws {
    let account = try parse(
      ["account", "northwind-prod", SamplesFixture.samples], as: AccountDiagramCommand.self)
    let bytes = try account.output.render(try account.diagram().diagram)
    let svg = String(decoding: bytes, as: UTF8.self)
    #expect(svg.contains("<svg"))
    let principal = try parse(
      ["principal", "northwind-dev:user/dan.dev", SamplesFixture.samples],
      as: PrincipalDiagramCommand.self)
    #expect(try principal.diagram().diagram.title.contains("dan.dev"))
  }
}
