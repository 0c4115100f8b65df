import Testing
import TrustmapAnalysis
import TrustmapGraph
import TrustmapModel
import TrustmapTestSupport

@testable import TrustmapPolicy
@testable import TrustmapReport

/// Files kept in memory, by name.
final class MemoryFiles: ExportFileSet {
  var files: [String: [UInt8]] = [:]

  func file(_ name: String, _ body: (ByteSink) throws -> Void) throws {
    let sink = ByteSink()
    try body(sink)
    files[name] = sink.buffered
  }

  func text(_ name: String) -> String { String(decoding: files[name] ?? [], as: UTF8.self) }
}

@Suite("Export formats")
struct ExportTests {
  static func export(_ format: ExportFormat, scope: ExportScope? = nil) throws -> MemoryFiles {
    let loaded = try #require(SamplesFixture.loaded)
    let input = ExportInput(analysis: loaded.analysis, organization: loaded.organization)
    let subgraph = ExportSubgraph.make(scope ?? format.defaultScope, loaded.analysis)
    let files = MemoryFiles()
    switch format {
    case .neo4jCSV: try BulkCSVExport.write(input, dialect: .neo4j, subgraph: subgraph, to: files)
    case .neptuneCSV:
      try BulkCSVExport.write(input, dialect: .neptune, subgraph: subgraph, to: files)
    case .openGraph: try OpenGraphExport.write(input, subgraph: subgraph, to: files)
    case .graphML: try GraphMLExport.write(input, subgraph: subgraph, to: files)
    }
    return files
  }

  @Test("every format gives the same bytes twice", arguments: ExportFormat.allCases)
  func deterministic(format: ExportFormat) throws {
    #expect(try Self.export(format).files == Self.export(format).files)
  }

  @Test("neo4j-csv writes one row per graph node and edge, typed headers, and load.cypher")
  func neo4jTables() throws {
    let loaded = try #require(SamplesFixture.loaded)
    let files = try Self.export(.neo4jCSV)
    let nodes = files.text("nodes-graph.csv").split(separator: "\r\n")
    let edges = files.text("relationships-graph.csv").split(separator: "\r\n")
    #expect(nodes.count == loaded.analysis.graph.nodes.count + 1)
    #expect(edges.count == loaded.analysis.graph.edges.count + 1)
    #expect(nodes[0].hasPrefix("id:ID,:LABEL,kind:string,"))
    #expect(nodes[0].contains("admin:boolean") && nodes[0].contains("tier:int"))
    #expect(edges[0].hasPrefix(":START_ID,:END_ID,:TYPE,kind:string,"))
    #expect(edges[0].contains("conditions:string[]"))
    #expect(files.text("load.cypher").contains("MERGE (a)-[r:TRUSTMAP_ASSUME_ROLE]->(b)"))
    #expect(files.text("load.cypher").contains("MERGE (n:AWSRole {id: row.`id:ID`})"))
  }

  @Test("neptune-csv gives relationships an :ID and no list types")
  func neptuneTables() throws {
    let files = try Self.export(.neptuneCSV)
    let header = try #require(files.text("relationships-graph.csv").split(separator: "\r\n").first)
    #expect(header.hasPrefix(":ID,:START_ID,:END_ID,:TYPE,kind:String,"))
    #expect(!header.contains("[]"))
    #expect(files.files["load.cypher"] == nil)
    let nodes = try #require(files.text("nodes-graph.csv").split(separator: "\r\n").first)
    #expect(nodes.contains("adminReasons:String[]") && nodes.contains("admin:Bool"))
  }

  @Test("opengraph ids carry no colon and every kind is namespaced")
  func openGraphNames() throws {
    let files = try Self.export(.openGraph, scope: .all)
    let payload = files.text(OpenGraphExport.payloadFileName)
    for line in payload.split(separator: "\n") where line.hasPrefix("{\"id\": ") {
      let id = line.dropFirst(8).prefix { $0 != "\"" }
      #expect(!id.contains(":"))
    }
    #expect(payload.contains("\"kind\": \"Trustmap_AssumeRole\""))
    #expect(files.text("trustmap-extension.json").contains("\"is_traversable\": false"))
  }

  @Test("graphml declares typed keys and holds every node")
  func graphML() throws {
    let loaded = try #require(SamplesFixture.loaded)
    let text = try Self.export(.graphML).text(GraphMLExport.fileName)
    #expect(text.contains("attr.name=\"admin\" attr.type=\"boolean\""))
    #expect(
      text.split(separator: "<node id=", omittingEmptySubsequences: false).count - 1
        == loaded.analysis.graph.nodes.count)
  }
}
