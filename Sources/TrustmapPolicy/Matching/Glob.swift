/// A compiled wildcard pattern over UTF-8 bytes: `*` matches any run, `?` one character (MAT-2).
///
/// Patterns are classified once into a literal, prefix, suffix or general shape so most checks
/// are a length test plus `memcmp`. Matching never allocates.
public struct Glob: Hashable, Sendable {
  @usableFromInline
  enum Shape: Hashable, Sendable {
    case any
    case exact
    case prefix
    case suffix
    case general
  }

  /// One compiled element: a byte, `*` or `?`.
  @usableFromInline
  static let star: UInt16 = 0x100
  @usableFromInline
  static let one: UInt16 = 0x101

  @usableFromInline let shape: Shape
  @usableFromInline let literal: [UInt8]
  @usableFromInline let tokens: [UInt16]

  /// The pattern as written, for reports.
  public let text: String

  /// Compiles `pattern`; with `wildcards == false` every character is literal.
  public init(_ pattern: String, wildcards: Bool = true) {
    var parts = GlobBuilder()
    if wildcards { parts.appendPattern(pattern) } else { parts.appendLiteral(pattern) }
    self = parts.build(text: pattern)
  }

  init(tokens: [UInt16], text: String) {
    self.text = text
    self.tokens = tokens
    let stars = tokens.filter { $0 == Glob.star }.count
    let hasOne = tokens.contains(Glob.one)
    let bytes = tokens.compactMap { $0 < 0x100 ? UInt8($0) : nil }
    if tokens == [Glob.star] {
      (shape, literal) = (.any, [])
    } else if stars == 0 && !hasOne {
      (shape, literal) = (.exact, bytes)
    } else if stars == 1 && !hasOne && tokens.last == Glob.star {
      (shape, literal) = (.prefix, bytes)
    } else if stars == 1 && !hasOne && tokens.first == Glob.star {
      (shape, literal) = (.suffix, bytes)
    } else {
      (shape, literal) = (.general, [])
    }
  }

  /// True when the pattern contains no wildcard.
  public var isLiteral: Bool { shape == .exact }

  /// The literal text when the pattern has no wildcard.
  public var literalText: String? {
    shape == .exact ? String(decoding: literal, as: UTF8.self) : nil
  }

  /// Whether `value` matches the whole pattern (case-sensitive, byte-wise).
  @inlinable
  public func matches(_ value: String) -> Bool {
    if shape == .any { return true }
    if let result = value.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) {
      return result
    }
    return Array(value.utf8).withUnsafeBufferPointer { matches(bytes: $0) }
  }

  /// Whether the bytes match the whole pattern.
  @inlinable
  public func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch shape {
    case .any: return true
    case .exact:
      return bytes.count == literal.count && Glob.equal(bytes.baseAddress, literal, at: 0)
    case .prefix:
      return bytes.count >= literal.count && Glob.equal(bytes.baseAddress, literal, at: 0)
    case .suffix:
      return bytes.count >= literal.count
        && Glob.equal(bytes.baseAddress, literal, at: bytes.count - literal.count)
    case .general: return GlobMatcher.match(tokens: tokens, bytes: bytes)
    }
  }
}

extension Glob {
  /// `memcmp` of `literal` against `base[offset...]`; the caller checked the length.
  @usableFromInline
  static func equal(_ base: UnsafePointer<UInt8>?, _ literal: [UInt8], at offset: Int) -> Bool {
    if literal.isEmpty { return true }
    guard let base else { return false }
    return literal.withUnsafeBufferPointer { pattern in
      guard let start = pattern.baseAddress else { return true }
      var index = 0
      while index < pattern.count {
        if base[offset + index] != start[index] { return false }
        index += 1
      }
      return true
    }
  }
}

/// Builds glob tokens from pattern text and literal text (for `${*}` escapes, VAR-3).
struct GlobBuilder {
  var tokens: [UInt16] = []

  mutating func appendPattern(_ text: String) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "*"):
        if tokens.last != Glob.star { tokens.append(Glob.star) }
      case UInt8(ascii: "?"): tokens.append(Glob.one)
      default: tokens.append(UInt16(byte))
      }
    }
  }

  mutating func appendLiteral(_ text: String) {
    tokens.append(contentsOf: text.utf8.map { UInt16($0) })
  }

  func build(text: String) -> Glob { Glob(tokens: tokens, text: text) }
}

/// The general matcher: greedy with backtracking to the last `*`, linear in practice.
@usableFromInline
enum GlobMatcher {
  @usableFromInline
  static func match(tokens: [UInt16], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    tokens.withUnsafeBufferPointer { pattern in
      var p = 0
      var s = 0
      var starP = -1
      var starS = 0
      while s < bytes.count {
        if p < pattern.count, pattern[p] == Glob.one {
          p += 1
          s = nextScalar(bytes, after: s)
        } else if p < pattern.count, pattern[p] == Glob.star {
          starP = p
          starS = s
          p += 1
        } else if p < pattern.count, pattern[p] == UInt16(bytes[s]) {
          p += 1
          s += 1
        } else if starP >= 0 {
          p = starP + 1
          starS = nextScalar(bytes, after: starS)
          s = starS
        } else {
          return false
        }
      }
      while p < pattern.count, pattern[p] == Glob.star { p += 1 }
      return p == pattern.count
    }
  }

  /// `?` and a backtracking `*` step over one whole UTF-8 scalar, not one byte.
  @inline(__always)
  static func nextScalar(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
    var next = index + 1
    while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }
}
