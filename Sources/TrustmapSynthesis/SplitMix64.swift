/// The SplitMix64 generator: small, fast and fully specified, so the same seed gives the same
/// organisation on every platform and Swift version (the standard library's generators and
/// `random(in:using:)` make no such promise).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    self.state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The SplitMix64 finaliser: a bijection on 64-bit values, so distinct inputs stay distinct.
  public static func mix(_ input: UInt64) -> UInt64 {
    var value = input
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A value in `0..<bound`; `bound` must be positive.
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(next() % UInt64(bound))
  }

  /// True with probability `percent`/100.
  mutating func percent(_ percent: Int) -> Bool {
    below(100) < percent
  }

  /// One element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// `count` characters drawn from `alphabet`.
  mutating func string(_ count: Int, from alphabet: [Character]) -> String {
    String((0..<count).map { _ in pick(alphabet) })
  }

  /// A generator for a sub-stream, such as one account's.
  ///
  /// It does not depend on how much of this stream was used: `derived(1)` is the same whatever
  /// ran before.
  func derived(_ stream: UInt64) -> SplitMix64 {
    SplitMix64(seed: SplitMix64.mix(state ^ SplitMix64.mix(stream &+ 0x5DEE_CE66_D1CE_4E5B)))
  }
}

/// Character sets used for AWS-style identifiers.
enum Alphabet {
  static let lowerAlphanumeric = Array("abcdefghijklmnopqrstuvwxyz0123456789")
  static let hex = Array("0123456789abcdef")
  static let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
}
