import TrustmapModel

/// Text that may contain policy variables `${key}` / `${key, 'default'}` and the escapes `${*}`, `${?}`, `${$}` (VAR-1..4).
///
/// Compiled once; substituted per request only when it has variables.
struct Template: Hashable, Sendable {
  enum Part: Hashable, Sendable {
    /// Policy text: `*` and `?` are wildcards in wildcard contexts.
    case text(String)
    /// Text produced by an escape: never a wildcard (VAR-3).
    case literal(String)
    /// A variable: the lowercased key and an optional default (VAR-4).
    case variable(key: ConditionKey, defaultValue: String?)
  }

  let parts: [Part]
  let raw: String

  /// Parses `raw`; with `variables == false` (no `Version: 2012-10-17`) it is all text (VAR-1).
  init(_ raw: String, variables: Bool) {
    self.raw = raw
    guard variables, Template.firstOpening(in: Substring(raw)) != nil else {
      parts = [.text(raw)]
      return
    }
    parts = Template.split(raw)
  }

  var hasVariables: Bool {
    parts.contains { if case .variable = $0 { return true } else { return false } }
  }

  /// The glob tokens when the template has no variables.
  func staticTokens(wildcards: Bool) -> [UInt16] {
    var builder = GlobBuilder()
    for part in parts {
      switch part {
      case .text(let text):
        if wildcards { builder.appendPattern(text) } else { builder.appendLiteral(text) }
      case .literal(let text): builder.appendLiteral(text)
      case .variable: break
      }
    }
    return builder.tokens
  }

  /// Substitutes variables from `context` (VAR-5): tokens, or why substitution failed.
  func resolve(wildcards: Bool, in context: RequestContext) -> Resolution {
    var builder = GlobBuilder()
    for part in parts {
      switch part {
      case .text(let text):
        if wildcards { builder.appendPattern(text) } else { builder.appendLiteral(text) }
      case .literal(let text): builder.appendLiteral(text)
      case .variable(let key, let defaultValue):
        switch context.value(for: key) {
        case .known(let values) where values.count == 1: builder.appendLiteral(values[0])
        case .known(let values) where values.isEmpty:
          guard let defaultValue else { return .absent }
          builder.appendLiteral(defaultValue)
        case .absent:
          guard let defaultValue else { return .absent }
          builder.appendLiteral(defaultValue)
        case .known, .notIn, .unknown: return .unknown(key)  // VAR-6: multivalued → unknown
        }
      }
    }
    return .tokens(builder.tokens)
  }

  enum Resolution {
    case tokens([UInt16])
    case absent
    case unknown(ConditionKey)
  }

  private static func split(_ raw: String) -> [Part] {
    var parts: [Part] = []
    var rest = Substring(raw)
    while let open = firstOpening(in: rest) {
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
      if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
      parts.append(variablePart(String(rest[open.upperBound..<close])))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(.text(String(rest))) }
    return parts
  }

  /// The first `${` in `text`, found byte by byte: the generic substring search cost some
  /// 24,000 instructions per pattern.
  static func firstOpening(in text: Substring) -> Range<Substring.Index>? {
    let bytes = text.utf8
    var from = bytes.startIndex
    while let dollar = bytes[from...].firstIndex(of: UInt8(ascii: "$")) {
      let next = bytes.index(after: dollar)
      guard next < bytes.endIndex else { return nil }
      if bytes[next] == UInt8(ascii: "{") { return dollar..<bytes.index(after: next) }
      from = next
    }
    return nil
  }

  private static func variablePart(_ body: String) -> Part {
    switch body {
    case "*", "?", "$": return .literal(body)
    default: break
    }
    let pieces = body.split(separator: ",", maxSplits: 1)
    let name = pieces.first.map { $0.trimmingSpaces } ?? body
    var defaultValue: String?
    if pieces.count == 2 {
      let text = pieces[1].trimmingSpaces
      defaultValue =
        text.count >= 2 && text.hasPrefix("'") && text.hasSuffix("'")
        ? String(text.dropFirst().dropLast()) : text
    }
    return .variable(key: ConditionKey(name), defaultValue: defaultValue)
  }
}

extension Substring {
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
