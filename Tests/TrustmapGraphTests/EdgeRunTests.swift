import Testing
import TrustmapModel
import TrustmapPolicy

@testable import TrustmapGraph

/// Per-role edge runs and the graph that moves their edges into sorted order.
@Suite("Edge runs")
struct EdgeRunTests {
  static func node(_ number: Int) -> GraphNode {
    let name = "user\(1000 + number)"
    return GraphNode(
      id: NodeID(rawValue: "arn:aws:iam::111111111111:user/" + name), kind: .user,
      account: AccountID(rawValue: "111111111111"), name: name)
  }

  static func edge(_ source: Int, _ target: Int) -> GraphEdge {
    GraphEdge(
      source: node(source).id, target: node(target).id, kind: .memberOf, decision: .fact)
  }

  @Test("a run keeps its edges in order as it grows")
  func growth() {
    let run = EdgeRun(capacity: 1)
    let edges = (0..<40).map { Self.edge($0, $0 + 1) }
    for edge in edges { run.append(edge) }
    #expect(run.count == 40)
    #expect(run.edges == edges)
    #expect(run[17] == edges[17])
    #expect(run.withEdges { $0.map(\.source) } == edges.map(\.source))
  }

  @Test("the edge kind sits in the decision's tail padding: 72 bytes an edge, not 80")
  func edgeLayout() {
    #expect(MemoryLayout<GraphEdge>.stride <= 72)
  }

  @Test("a run starts without storage, and trimming keeps every edge")
  func trimmed() {
    let empty = EdgeRun()
    #expect(empty.count == 0)
    #expect(empty.edges.isEmpty)
    #expect(empty.withEdges(\.count) == 0)
    empty.trim()
    #expect(empty.edges.isEmpty)
    let run = EdgeRun()
    let edges = (0..<5).map { Self.edge($0, $0 + 1) }
    for edge in edges { run.append(edge) }
    run.trim()
    #expect(run.edges == edges)
    run.append(Self.edge(9, 10))
    #expect(run.edges == edges + [Self.edge(9, 10)])
  }

  @Test("EDG: the graph moves the edges of several runs into (source, target, kind) order")
  func movedIntoOrder() {
    let nodes = (0..<30).map(Self.node)
    let pairs = (0..<200).map { ($0 * 7 % 30, $0 * 11 % 29) }
    let edges = pairs.map { Self.edge($0.0, $0.1) }
    let runs = stride(from: 0, to: edges.count, by: 37).map { start in
      EdgeRun(Array(edges[start..<min(start + 37, edges.count)]))
    }
    let graph = TrustGraph(nodes: nodes.reversed(), edgeRuns: runs, danglingTrusts: [])
    let expected = edges.sorted {
      ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind)
    }
    #expect(graph.edges == expected)
    #expect(graph.nodes.map(\.id) == nodes.map(\.id).sorted())
  }

  @Test("edges whose endpoints have no node still come out sorted (by their id strings)")
  func missingEndpoints() {
    let edges = (0..<50).map { Self.edge(49 - $0, $0) }
    let graph = TrustGraph(nodes: [], edges: edges)
    #expect(graph.edges == edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) })
  }
}
