import Testing
import TrustmapPolicy

/// The two-core sort gives the order of a stable sequential sort.
@Suite("Parallel sort")
struct ParallelSortTests {
  static func texts(_ count: Int, seed: UInt64) -> [String] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Few distinct values, so ties are common and their order is checked too.
      return "arn:aws:iam::\(state >> 60):role/r\((state >> 40) % 97)"
    }
  }

  @Test("order equals a stable sort of the positions", arguments: [0, 1, 5, 4_096, 4_097, 20_011])
  func matchesStableSort(_ count: Int) {
    let texts = Self.texts(count, seed: UInt64(count) + 3)
    let expected = texts.indices.sorted { (texts[$0], $0) < (texts[$1], $1) }
    #expect(ParallelSort.order(of: texts) == expected)
  }
}
