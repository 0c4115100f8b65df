extension LabelReachability {
  /// Calls `body` with every label in `range` that `node` reaches, ascending, without building a
  /// set: for callers that walk every node of a large graph.
  public func forEachLabel(reachableFrom node: Int, in range: Range<Int>, _ body: (Int) -> Void) {
    let range = range.clamped(to: 0..<labelCount)
    guard !range.isEmpty else { return }
    let base = components.component(of: node) * wordsPerSet
    for index in range.lowerBound >> 6...(range.upperBound - 1) >> 6 {
      var word = words[base + index] & Self.mask(word: index, range)
      while word != 0 {
        body(index << 6 + word.trailingZeroBitCount)
        word &= word - 1
      }
    }
  }

  /// How many labels in `range` `node` reaches.
  public func count(reachableFrom node: Int, in range: Range<Int>) -> Int {
    let range = range.clamped(to: 0..<labelCount)
    guard !range.isEmpty else { return 0 }
    let base = components.component(of: node) * wordsPerSet
    var total = 0
    for index in range.lowerBound >> 6...(range.upperBound - 1) >> 6 {
      total += (words[base + index] & Self.mask(word: index, range)).nonzeroBitCount
    }
    return total
  }

  /// The bits of word `index` that fall in `range`.
  static func mask(word index: Int, _ range: Range<Int>) -> UInt64 {
    let first = index << 6
    let low = max(range.lowerBound - first, 0)
    let high = min(range.upperBound - first, 64)
    let upper: UInt64 = high >= 64 ? ~0 : (1 << UInt64(high)) - 1
    return upper & ~((1 << UInt64(low)) - 1)
  }
}
