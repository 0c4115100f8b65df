import Testing
import TrustmapGraph

/// Every edge keeps its provenance array for the life of the graph, so the array must not
/// carry room it never uses (half of it did, at millions of edges).
@Suite("Provenance storage")
struct ProvenanceStorageTests {
  @Test("edge provenance arrays hold no spare room beyond allocator rounding")
  func noSpareRoom() throws {
    let loaded = try #require(SamplesAnalysis.loaded)
    let edges = loaded.analysis.graph.edges.filter { !$0.decision.provenance.isEmpty }
    #expect(!edges.isEmpty)
    for edge in edges {
      let provenance = edge.decision.provenance
      // malloc may round a block up by less than one 40-byte entry.
      #expect(
        provenance.capacity <= provenance.count + 1,
        "\(edge.source) -> \(edge.target): \(provenance.count) in room for \(provenance.capacity)")
    }
  }
}
