extension JSONValue {
  /// Compact JSON text, keys in stored order: the same value always gives the same bytes.
  public var compactText: String { text(indented: false) }

  /// Indented JSON text (two spaces) for showing policies to people.
  public var prettyText: String { text(indented: true) }

  private func text(indented: Bool) -> String {
    var out: [UInt8] = []
    append(to: &out, indented: indented, level: 0)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends this value's JSON text as UTF-8, as `prettyText` (indented) or `compactText`
  /// writes it when nested `level` deep: the one JSON writer, also used by writers that
  /// stream large files piece by piece.
  public func append(to out: inout [UInt8], indented: Bool, level: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .string(let text): Self.appendQuoted(text, to: &out)
    case .array(let elements):
      guard !elements.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        Self.appendBreak(after: index == 0, indented: indented, level: level + 1, to: &out)
        element.append(to: &out, indented: indented, level: level + 1)
      }
      Self.appendClosing(UInt8(ascii: "]"), indented: indented, level: level, to: &out)
    case .object(let object):
      guard !object.members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (index, member) in object.members.enumerated() {
        Self.appendBreak(after: index == 0, indented: indented, level: level + 1, to: &out)
        Self.appendQuoted(member.key, to: &out)
        out.append(contentsOf: (indented ? ": " : ":").utf8)
        member.value.append(to: &out, indented: indented, level: level + 1)
      }
      Self.appendClosing(UInt8(ascii: "}"), indented: indented, level: level, to: &out)
    }
  }

  /// Before an element: `,` unless it is the first, then (indented) a newline and indentation.
  private static func appendBreak(
    after isFirst: Bool, indented: Bool, level: Int, to out: inout [UInt8]
  ) {
    if !isFirst { out.append(UInt8(ascii: ",")) }
    if indented {
      out.append(UInt8(ascii: "\n"))
      appendIndentation(level, to: &out)
    }
  }

  private static func appendClosing(
    _ bracket: UInt8, indented: Bool, level: Int, to out: inout [UInt8]
  ) {
    if indented {
      out.append(UInt8(ascii: "\n"))
      appendIndentation(level, to: &out)
    }
    out.append(bracket)
  }

  /// Two spaces per level, as `prettyText` indents.
  public static func appendIndentation(_ level: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  /// A JSON string literal that is also safe inside an HTML `<script>` block.
  ///
  /// `<`, `>`, `&`, U+2028 and U+2029 are escaped as well as what JSON requires.
  public static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    appendQuoted(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// `quoted(text)` appended as UTF-8.
  public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    var text = text
    out.append(UInt8(ascii: "\""))
    text.withUTF8 { bytes in
      // Most text (ARNs, names, ids) needs no escape: copy it whole.
      guard bytes.contains(where: { $0 < 0x20 || escapedBytes.contains($0) || $0 == 0xE2 }) else {
        return out.append(contentsOf: bytes)
      }
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        if byte == 0xE2, index + 1 < bytes.count, bytes[index] == 0x80,
          bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9
        {
          out.append(contentsOf: (bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          index += 2
          continue
        }
        appendEscaped(byte, to: &out)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// `"`, `\`, `<`, `>` and `&`: escaped although printable.
  private static let escapedBytes: [UInt8] = Array("\"\\<>&".utf8)

  private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
    case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
    case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
    case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
    case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
    case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
    case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
    case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
    case 0..<0x20:
      let digits = Array("0123456789abcdef".utf8)
      out.append(contentsOf: "\\u00".utf8)
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    default: out.append(byte)
    }
  }
}
