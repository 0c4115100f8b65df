import Testing
import TrustmapModel

@testable import TrustmapPolicy

/// The engine's sorted identity and trust lists: per-account lists joined when already in
/// order, sorted afresh otherwise.
@Suite("Sorted sides")
struct SortedSidesTests {
  static func arns(_ texts: [String]) -> [ARN] { texts.compactMap(ARN.init) }

  static let first = arns([
    "arn:aws:iam::111111111111:role/a", "arn:aws:iam::111111111111:user/b",
  ])
  static let second = arns(["arn:aws:iam::222222222222:role/a"])

  @Test("lists already in order are joined as they are")
  func joined() {
    var fallbackUsed = false
    let result = EngineBuilder.joinedInOrder([Self.first, Self.second], \.rawValue) {
      fallbackUsed = true
      return []
    }
    #expect(result == Self.first + Self.second)
    #expect(!fallbackUsed)
  }

  @Test(
    "lists out of order, or with an ARN twice, take the full sort",
    arguments: [[second, first], [first, first], [first.reversed(), second]])
  func sortedAfresh(_ lists: [[ARN]]) {
    let sentinel = Self.arns(["arn:aws:iam::999999999999:role/sorted"])
    #expect(EngineBuilder.joinedInOrder(lists, \.rawValue) { sentinel } == sentinel)
  }

  @Test("sortedByKey orders the values of a table by ARN text")
  func sortedByKey() {
    let arns = Self.first + Self.second
    let table = Dictionary(uniqueKeysWithValues: arns.map { ($0.rawValue, $0.rawValue) })
    #expect(PolicyEngine.sortedByKey(table) == arns.map(\.rawValue).sorted())
  }
}
