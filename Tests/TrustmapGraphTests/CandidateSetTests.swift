import Testing

@testable import TrustmapGraph

/// De-duplication of a role's candidates by (node, kind), before and after it switches from
/// the array to the set.
@Suite("Candidate set")
struct CandidateSetTests {
  static func key(_ text: String, _ kind: EdgeKind = .assumeRole) -> CandidateKey {
    CandidateKey(node: NodeID(rawValue: text), kind: kind)
  }

  static func role(_ index: Int) -> CandidateKey {
    key("arn:aws:iam::111111111111:role/r\(index)")
  }

  /// Inserts every key in turn; true for each key that was new.
  static func insert(_ keys: [CandidateKey], into set: inout CandidateSet) -> [Bool] {
    keys.map { set.insert($0) }
  }

  @Test("a key is new once; the same node with another kind is another key")
  func small() {
    var set = CandidateSet()
    let node = "arn:aws:iam::111111111111:role/r1"
    let fresh = Self.insert(
      [Self.key(node), Self.key(node), Self.key(node, .serviceTrust)], into: &set)
    #expect(fresh == [true, false, true])
    #expect(set.count == 2)
  }

  @Test(
    "keys seen before the switch to the set are still found after it",
    arguments: [15, 16, 17, 40])
  func acrossTheLimit(count: Int) {
    var set = CandidateSet()
    let keys = (0..<count).map(Self.role)
    #expect(Self.insert(keys, into: &set) == Array(repeating: true, count: count))
    #expect(Self.insert(keys, into: &set) == Array(repeating: false, count: count))
    #expect(Self.insert([Self.role(count)], into: &set) == [true])
    #expect(set.count == count + 1)
  }

  @Test("keys seen before a reserve past the limit are still found after it", arguments: [3, 16])
  func reserveKeepsKeys(before: Int) {
    var set = CandidateSet()
    let keys = (0..<40).map(Self.role)
    let first = Self.insert(Array(keys[..<before]), into: &set)
    #expect(first == Array(repeating: true, count: before))
    set.reserve(keys.count - before)
    #expect(Self.insert(keys, into: &set) == (0..<40).map { $0 >= before })
    #expect(set.count == 40)
  }

  @Test("equal node text from separately built strings is one key")
  func equalText() {
    var set = CandidateSet()
    let joined = ["arn:aws:iam::111111111111:", "role/shared"].joined()
    let fresh = Self.insert(
      [Self.key(joined), Self.key("arn:aws:iam::111111111111:role/shared")], into: &set)
    #expect(fresh == [true, false])
  }
}
