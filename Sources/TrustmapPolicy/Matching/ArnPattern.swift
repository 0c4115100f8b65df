/// An ARN pattern matched field by field (MAT-5): `*`/`?` stay inside fields 1–5 and may cross `/` and `:` in field 6.
///
/// Case-sensitive. Used for `Resource` and the `Arn*` operators.
struct ArnPattern: Hashable, Sendable {
  /// Why a pattern can never match.
  enum Problem: String, Hashable, Sendable {
    case tooFewFields
    case wildcardInService
  }

  let fields: [Glob]
  /// True when the pattern has no wildcard: `text` is then matched by one string comparison.
  let isExact: Bool
  /// The pattern's literal characters (the whole pattern when `isExact`).
  ///
  /// Not optional: reading an optional string out of a pattern copies (retains) it.
  let text: String

  /// Splits glob tokens at the first five colons; nil with a problem when invalid.
  static func compile(tokens: [UInt16]) -> Result<ArnPattern, ArnPatternError> {
    var fields: [[UInt16]] = [[]]
    for token in tokens {
      if token == UInt16(UInt8(ascii: ":")) && fields.count < 6 {
        fields.append([])
      } else {
        fields[fields.count - 1].append(token)
      }
    }
    guard fields.count == 6 else { return .failure(ArnPatternError(problem: .tooFewFields)) }
    if fields[2].contains(where: { $0 >= 0x100 }) {
      return .failure(ArnPatternError(problem: .wildcardInService))
    }
    let globs = fields.map { Glob(tokens: $0, text: "") }
    let isExact = !tokens.contains { $0 >= 0x100 }
    let text = String(decoding: tokens.compactMap { $0 < 0x100 ? UInt8($0) : nil }, as: UTF8.self)
    return .success(ArnPattern(fields: globs, isExact: isExact, text: isExact ? text : ""))
  }

  /// Whether the ARN text matches.
  func matches(_ value: String) -> Bool {
    if isExact { return text == value }
    if let result = value.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) {
      return result
    }
    return Array(value.utf8).withUnsafeBufferPointer { matches(bytes: $0) }
  }

  private func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    for field in 0..<6 {
      var end = start
      if field < 5 {
        while end < bytes.count, bytes[end] != UInt8(ascii: ":") { end += 1 }
        if end == bytes.count { return false }
      } else {
        end = bytes.count
      }
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if !fields[field].matches(bytes: slice) { return false }
      start = end + 1
    }
    return true
  }
}

/// The reason an ARN pattern was rejected.
struct ArnPatternError: Error, Hashable {
  let problem: ArnPattern.Problem
}
