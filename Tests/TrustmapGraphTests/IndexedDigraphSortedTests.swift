import Testing
import TrustmapGraph

@Suite("Indexed digraph from presorted arrays")
struct IndexedDigraphSortedTests {
  static func same(_ lhs: IndexedDigraph, _ rhs: IndexedDigraph) -> Bool {
    lhs.nodeCount == rhs.nodeCount && lhs.offsets == rhs.offsets && lhs.targets == rhs.targets
      && lhs.edgeIDs == rhs.edgeIDs
  }

  @Test(
    "rows laid out directly equal the counting-sorted ones", arguments: [UInt64(1), 2, 3, 4])
  func sortedInputMatchesEdgeList(seed: UInt64) {
    var random = TestRandom(state: seed)
    let nodes = 50
    let pairs = (0..<400).map { _ in (random.below(nodes), random.below(nodes)) }
      .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    let direct = IndexedDigraph(
      nodeCount: nodes, sources: pairs.map { Int32($0.0) }, targets: pairs.map { Int32($0.1) },
      edgeIDs: pairs.indices.map { Int32($0) })
    #expect(Self.same(direct, TestGraphs.graph(nodes, pairs)))
  }

  @Test("unsorted input is sorted like the edge list", arguments: [UInt64(5), 6, 7])
  func unsortedInputMatchesEdgeList(seed: UInt64) {
    var random = TestRandom(state: seed)
    let nodes = 40
    let pairs = (0..<300).map { _ in (random.below(nodes), random.below(nodes)) }
    let built = IndexedDigraph(
      nodeCount: nodes, sources: pairs.map { Int32($0.0) }, targets: pairs.map { Int32($0.1) },
      edgeIDs: pairs.indices.map { Int32($0) })
    #expect(Self.same(built, TestGraphs.graph(nodes, pairs)))
  }

  @Test func sparseEdgeIDsAreKept() {
    // Sorted by (source, target, id) with gaps in the ids, as a filtered edge list gives them.
    let graph = IndexedDigraph(
      nodeCount: 3, sources: [0, 0, 2], targets: [1, 1, 0], edgeIDs: [4, 9, 12])
    #expect(graph.offsets == [0, 2, 2, 3])
    #expect(graph.targets == [1, 1, 0])
    #expect(graph.edgeIDs == [4, 9, 12])
  }
}
