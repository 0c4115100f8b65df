import Foundation
import Testing
import TrustmapReport
import TrustmapTestSupport

@testable import TrustmapCLI

@Suite("trustmap export")
struct ExportCommandTests {
  func run(_ extra: [String]) throws -> MemoryDestination {
    let parsed = try TrustmapCommand.parseAsRoot(
      ["export", SamplesFixture.samples, "--out", "unused", "--quiet"] + extra)
    let command = try #require(parsed as? ExportCommand)
    let files = MemoryDestination()
    _ = try ExportRun(command: command).run(into: files)
    return files
  }

  @Test(
    "each format writes its files",
    arguments: [
      ("neo4j-csv", ["load.cypher", "nodes-graph.csv", "relationships-graph.csv"]),
      ("neptune-csv", ["nodes-graph.csv", "relationships-graph.csv"]),
      ("opengraph", ["opengraph.json", "trustmap-extension.json"]),
      ("graphml", ["trustmap.graphml"]),
    ])
  func formats(format: String, expected: [String]) throws {
    let names = try run(["--format", format]).files.map(\.name)
    for name in expected { #expect(names.contains(name)) }
    #expect(names.contains("load.cypher") == (format == "neo4j-csv"))
  }

  @Test("--scope all writes more of the graph than the opengraph default")
  func scope() throws {
    func size(_ extra: [String]) throws -> Int {
      try run(["--format", "opengraph"] + extra).files.first { $0.name == "opengraph.json" }?
        .bytes.count ?? 0
    }
    #expect(try size(["--scope", "all"]) > size([]))
  }

  @Test("an --out that is a file, an unknown format or a bad time is a usage error")
  func usageErrors() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "trustmap-export-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    for arguments in [
      ["--format", "graphml", "--out", file.path], ["--format", "csv", "--out", "x"],
      ["--format", "graphml", "--out", "x", "--generated-at", "yesterday"],
    ] {
      #expect(throws: (any Error).self) {
        _ = try TrustmapCommand.parseAsRoot(["export", SamplesFixture.samples] + arguments)
      }
    }
    _ = try TrustmapCommand.parseAsRoot(
      ["export", SamplesFixture.samples, "--format", "graphml", "--out", "x"])
  }
}
