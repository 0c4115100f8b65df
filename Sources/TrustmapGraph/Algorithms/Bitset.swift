/// A fixed-capacity set of small non-negative integers (labels), stored as 64-bit words.
///
/// Used by `LabelReachability` to carry "which labels can be reached" per strongly connected
/// component; union is a word-wise OR, so propagation over a DAG costs `O(edges × words)`.
public struct Bitset: Hashable, Sendable {
  /// The number of representable members: valid members are `0..<capacity`.
  public let capacity: Int
  /// The backing words; bit `i % 64` of word `i / 64` is member `i`.
  public private(set) var words: [UInt64]

  /// Creates an empty set that can hold members `0..<capacity`.
  public init(capacity: Int) {
    precondition(capacity >= 0, "Bitset capacity must not be negative")
    self.capacity = capacity
    self.words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
  }

  /// Creates a set holding `members`; every member must be in `0..<capacity`.
  public init<S: Sequence<Int>>(capacity: Int, members: S) {
    self.init(capacity: capacity)
    for member in members { insert(member) }
  }

  /// Whether the set has no members.
  public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  /// The number of members.
  public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// Whether `member` is in the set (false for values outside `0..<capacity`).
  public func contains(_ member: Int) -> Bool {
    guard member >= 0, member < capacity else { return false }
    return words[member >> 6] & (1 << UInt64(member & 63)) != 0
  }

  /// Adds `member`, which must be in `0..<capacity` (a programmer error otherwise).
  public mutating func insert(_ member: Int) {
    precondition(member >= 0 && member < capacity, "Bitset member \(member) out of range")
    words[member >> 6] |= 1 << UInt64(member & 63)
  }

  /// Removes `member` if present.
  public mutating func remove(_ member: Int) {
    guard member >= 0, member < capacity else { return }
    words[member >> 6] &= ~(1 << UInt64(member & 63))
  }

  /// Adds every member of `other`; both sets must have the same capacity.
  public mutating func formUnion(_ other: Bitset) {
    precondition(other.capacity == capacity, "Bitset capacities differ")
    words.withUnsafeMutableBufferPointer { mine in
      other.words.withUnsafeBufferPointer { theirs in
        for index in mine.indices { mine[index] |= theirs[index] }
      }
    }
  }

  /// The union of this set and `other`.
  public func union(_ other: Bitset) -> Bitset {
    var result = self
    result.formUnion(other)
    return result
  }

  /// The members in increasing order.
  public var members: [Int] {
    var result: [Int] = []
    result.reserveCapacity(count)
    forEachMember { result.append($0) }
    return result
  }

  /// Calls `body` with each member in increasing order, without building a list.
  public func forEachMember(_ body: (Int) -> Void) {
    for (wordIndex, word) in words.enumerated() {
      var remaining = word
      while remaining != 0 {
        body(wordIndex << 6 + remaining.trailingZeroBitCount)
        remaining &= remaining - 1
      }
    }
  }
}

extension Bitset {
  /// Wraps words taken from a larger flat store; `words.count` must fit `capacity`.
  init(capacity: Int, words: [UInt64]) {
    precondition(words.count == (capacity + 63) / 64, "Bitset word count does not fit capacity")
    self.capacity = capacity
    self.words = words
  }
}
