import Testing

@testable import TrustmapPolicy

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

/// Sort keys compare ASCII texts by bytes and everything else as `String`s.
@Suite("Text keys")
struct TextKeyTests {
  @Test(
    "order equals String order, ASCII or not",
    arguments: [
      ("arn:aws:iam::1:role/a", "arn:aws:iam::1:role/b"), ("abc", "ab"), ("", "a"), ("a", "a"),
      ("Zeta", "alpha"), ("caf\u{E9}", "cafe\u{301}"), ("cafe\u{301}", "caf\u{E9}"),
      ("\u{E9}a", "e"), ("b", "\u{E9}"),
    ])
  func matchesString(_ pair: (String, String)) {
    let (first, second) = (TextKey(pair.0), TextKey(pair.1))
    #expect((first < second) == (pair.0 < pair.1))
    #expect((second < first) == (pair.1 < pair.0))
  }
}
