import Testing
import TrustmapModel

@testable import TrustmapGraph

/// The node-position table the graph looks edge endpoints up in.
@Suite("Node positions")
struct NodePositionsTests {
  static func node(_ id: String) -> GraphNode {
    GraphNode(id: NodeID(rawValue: id), kind: .role, account: nil, name: id)
  }

  @Test("every id finds its position; ids of any length, sharing long prefixes")
  func positions() {
    let ids =
      (0..<2_000).map { "arn:aws:iam::111111111111:role/team-\($0)" }
      + ["", "a", "EXTERNAL_ANY", "service:ec2.amazonaws.com", "12345678", "123456789"]
    let table = NodePositions(ids.map(Self.node))
    for (position, id) in ids.enumerated() {
      #expect(table.position(of: NodeID(rawValue: id)) == position, "\(id)")
    }
  }

  @Test("an unknown id has no position, also in an empty table")
  func unknown() {
    let table = NodePositions((0..<100).map { Self.node("id-\($0)") })
    #expect(table.position(of: NodeID(rawValue: "id-100")) == nil)
    #expect(table.position(of: NodeID(rawValue: "id-")) == nil)
    #expect(NodePositions([]).position(of: NodeID(rawValue: "id-1")) == nil)
  }

  @Test("a repeated id keeps its first position")
  func repeated() {
    let table = NodePositions(["x", "y", "x"].map(Self.node))
    #expect(table.position(of: NodeID(rawValue: "x")) == 0)
    #expect(table.position(of: NodeID(rawValue: "y")) == 1)
  }

  @Test("ids that differ only in their last bytes hash apart and are told apart")
  func lastBytes() {
    let ids = (0..<256).map {
      "arn:aws:iam::111111111111:user/u" + String(UnicodeScalar(UInt8($0)))
    }
    let table = NodePositions(ids.map(Self.node))
    #expect(ids.indices.allSatisfy { table.position(of: NodeID(rawValue: ids[$0])) == $0 })
    #expect(Set(ids.map { NodePositions.hash(NodeID(rawValue: $0)) }).count == ids.count)
  }
}
