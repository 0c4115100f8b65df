import TrustmapModel

/// `JSONValue.prettyText` written as UTF-8 bytes into a buffer, byte for byte the same text, so
/// large JSON files can be streamed piece by piece instead of built as one string.
enum PrettyJSON {
  /// Appends `value` as `prettyText` would write it nested `level` deep (two spaces a level).
  static func append(_ value: JSONValue, level: Int, to out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .string(let text): appendQuoted(text, to: &out)
    case .array(let elements):
      guard !elements.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(contentsOf: "[\n".utf8)
      for (index, element) in elements.enumerated() {
        pad(level + 1, &out)
        append(element, level: level + 1, to: &out)
        endItem(isLast: index == elements.count - 1, &out)
      }
      pad(level, &out)
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(contentsOf: "{\n".utf8)
      for (index, member) in object.members.enumerated() {
        appendKey(member.key, level: level + 1, to: &out)
        append(member.value, level: level + 1, to: &out)
        endItem(isLast: index == object.members.count - 1, &out)
      }
      pad(level, &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// The indentation, `"key": ` of an object member nested `level` deep.
  static func appendKey(_ key: String, level: Int, to out: inout [UInt8]) {
    pad(level, &out)
    appendQuoted(key, to: &out)
    out.append(contentsOf: ": ".utf8)
  }

  /// `,` unless last, then a newline.
  static func endItem(isLast: Bool, _ out: inout [UInt8]) {
    if !isLast { out.append(UInt8(ascii: ",")) }
    out.append(UInt8(ascii: "\n"))
  }

  /// Two spaces per level.
  static func pad(_ level: Int, _ out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  /// `JSONValue.quoted(text)` as bytes: JSON escapes plus `<`, `>`, `&`, U+2028 and U+2029.
  static func appendQuoted(_ text: String, to out: inout [UInt8]) {
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
